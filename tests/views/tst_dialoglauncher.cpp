#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/connectdialog.h"
#include "views/dialoglauncher.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's dialogs open without blocking, once each, and say what they need.
class TestDialogLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rollingTargetsFromTheSelection()
    {
        using Targets = DialogLauncher::RollingTargets;
        const auto targets = [](const QList<ServerTarget> &selection,
                                 const QStringList &backends) -> QString {
            const Targets result = DialogLauncher::rollingTargets(selection, backends);
            return result.backend + u':' + result.servers.join(u',');
        };
        QCOMPARE(targets({}, {}), u":"_s);
        QCOMPARE(targets({}, { u"be_b"_s, u"be_c"_s }), u"be_b:"_s);
        // The first selected server's backend wins over the side list, and only its servers go.
        QCOMPARE(targets({ { u"be_a"_s, u"s1"_s }, { u"be_b"_s, u"t1"_s }, { u"be_a"_s, u"s2"_s } },
                     { u"be_b"_s }),
            u"be_a:s1,s2"_s);
    }

    void oneConnectDialogAtATime()
    {
        Settings settings(m_dir.filePath(u"hadesk.ini"_s));
        ConnectionProfilesModel profiles(&settings.store());
        QMainWindow window;
        DialogLauncher launcher(&profiles, nullptr, &window);
        launcher.openConnect();
        QCOMPARE(window.findChildren<ConnectDialog *>().size(), 1);
        QVERIFY(window.findChild<ConnectDialog *>()->isVisible());
        launcher.openConnect();
        QCOMPARE(window.findChildren<ConnectDialog *>().size(), 1);
        window.findChild<ConnectDialog *>()->reject();
    }

    void scheduleDrainNeedsServers()
    {
        Settings settings(m_dir.filePath(u"hadesk.ini"_s));
        ConnectionProfilesModel profiles(&settings.store());
        const TestServices services(&settings, &profiles);
        QMainWindow window;
        DialogLauncher launcher(&profiles, services.drainScheduler(), &window);
        QSignalSpy status(&launcher, &DialogLauncher::statusMessage);
        launcher.openScheduleDrain(nullptr, { { u"be"_s, u"s1"_s } }); // no instance: nothing
        QCOMPARE(status.count(), 0);
        const ConnectionProfile profile { u"t"_s, m_dir.filePath(u"none.sock"_s), {}, 1000 };
        InstanceSession *session = services.sessions()->open(profile, *profile.toEndpoint(), 1000);
        launcher.openScheduleDrain(session, {});
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.constFirst().at(1).toBool(), true);
        QVERIFY(window.findChildren<QDialog *>().isEmpty());
    }

    void unreadableFileWarnedOnceTheLoopRuns()
    {
        QMainWindow window;
        DialogLauncher launcher(nullptr, nullptr, &window);
        QMessageBox *box = launcher.warnUnreadableFile(u"Title"_s, u"What was kept"_s);
        QCOMPARE(box->objectName(), u"unreadableFileDialog"_s);
        QCOMPARE(box->text(), u"What was kept"_s);
        QVERIFY(!box->isVisible());
        QTRY_VERIFY(box->isVisible());
        box->close();
    }
};

QTEST_MAIN(TestDialogLauncher)
#include "tst_dialoglauncher.moc"
