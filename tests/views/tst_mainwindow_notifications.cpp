// The main window's part in notifications, against a real haproxy in master-worker mode: a
// reload started from Instance › Reload that fails (the configuration on disk broken) reaches
// the notifier as one reload-failed, named after the instance; a click on a notification
// brings the window to that instance.

#include "core/client/runtimeconnection.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/notificationcenter.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/mainwindow.h"
#include "views/reloadflow.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 40000; // a reload on a loaded machine

class RecordingNotifier : public Notifier
{
public:
    void notify(const Notification &notification) override { shown.append(notification); }
    void click(const QString &instanceId) const { activated(instanceId); }
    QList<Notification> shown;
};

} // namespace

class TestMainWindowNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<MasterReload::Report>(); }

    void failedReloadIsTold()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));

        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        ConnectionProfilesModel profiles(&settings.store());
        RecordingNotifier notifier;
        NotificationCenter center(&settings, &notifier);
        TestServices services(&settings, &profiles);
        center.setSessionManager(services.sessions());
        center.setEnabled(Notification::Kind::CertExpiring, false);
        MainWindow::Services forWindow = services.forWindow();
        forWindow.notifications = &center;
        MainWindow window(forWindow);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConnectionProfile profile;
        profile.name = u"lb1"_s;
        profile.endpoint = haproxy.masterSocket();
        QVERIFY(window.connectTo(profile));
        InstanceSession *session = window.currentSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->connection()->isReady(), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(ReloadFlow::unavailableReason(session).isEmpty(), WaitMs);

        window.openReload();
        ReloadFlow *flow = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((flow = window.findChild<ReloadFlow *>()) && flow->confirmDialog()
                && flow->confirmDialog()->isVisible(),
            WaitMs);
        // The configuration on disk no longer loads.
        QFile config(haproxy.configPath());
        QVERIFY(config.open(QIODevice::Append));
        config.write("\nbackend broken\n    server x 127.0.0.1:1 no-such-keyword\n");
        config.close();
        flow->confirmDialog()->findChild<QPushButton *>(u"reloadButton"_s)->click();

        QTRY_VERIFY_WITH_TIMEOUT(!notifier.shown.isEmpty(), WaitMs);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().kind, Notification::Kind::ReloadFailed);
        QCOMPARE(notifier.shown.constFirst().instanceId, session->id());
        QVERIFY2(notifier.shown.constFirst().title.contains(u"lb1"_s),
            qPrintable(notifier.shown.constFirst().title));
        QVERIFY2(notifier.shown.constFirst().title.contains(u"failed"_s),
            qPrintable(notifier.shown.constFirst().title));
    }

    void clickShowsTheInstance()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        ConnectionProfilesModel profiles(&settings.store());
        RecordingNotifier notifier;
        NotificationCenter center(&settings, &notifier);
        TestServices services(&settings, &profiles);
        MainWindow::Services forWindow = services.forWindow();
        forWindow.notifications = &center;
        MainWindow window(forWindow);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.connectTo({ u"first"_s, haproxy.adminSocket(), {}, 1000 }));
        InstanceSession *first = window.currentSession();
        QVERIFY(window.connectTo({ u"second"_s, haproxy.operatorSocket(), {}, 1000 }));
        QVERIFY(window.currentSession() != first);
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        notifier.click(first->id());
        QCOMPARE(window.currentSession(), first);
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestMainWindowNotifications)
#include "tst_mainwindow_notifications.moc"
