// Help › About on a real main window: the details a bug report needs (hadesk's version, the
// Qt versions, the HAProxy versions hadesk knows, the connected instance's version, the
// settings and audit log files) and the button that copies them.

#include "core/buildinfo.h"
#include "core/client/runtimeconnection.h"
#include "core/storage/auditlog.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/aboutdialog.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<MainWindow> m_window;

    QString openAndRead()
    {
        m_window->findChild<QAction *>(u"actionAbout"_s)->trigger();
        auto *dialog = m_window->findChild<AboutDialog *>();
        if (!dialog || !dialog->isVisible())
            return {};
        return dialog->findChild<QPlainTextEdit *>(u"aboutDetails"_s)->toPlainText();
    }

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"9.8.7"_s); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"hadesk.ini"_s));
        m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
        m_services = std::make_unique<TestServices>(m_settings.get(), m_profiles.get());
        m_audit = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
        MainWindow::Services services = m_services->forWindow();
        services.auditLog = m_audit.get();
        m_window = std::make_unique<MainWindow>(services);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_audit.reset();
        m_services.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void saysTheVersionsAndTheFiles()
    {
        const QString text = openAndRead();
        QVERIFY2(text.contains(u"hadesk: 9.8.7"_s), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY(text.contains(u"HAProxy 2.6 and 3.0"_s));
        QVERIFY(text.contains(BuildInfo::haproxyCompatibility()));
        QVERIFY(text.contains(m_settings->store().fileName()));
        QVERIFY(text.contains(m_dir->filePath(u"audit.jsonl"_s)));
        QVERIFY(text.contains(u"none connected"_s));
    }

    void copiesTheDetails()
    {
        const QString text = openAndRead();
        QVERIFY(!text.isEmpty());
        QGuiApplication::clipboard()->clear();
        auto *dialog = m_window->findChild<AboutDialog *>();
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }

    void namesTheConnectedInstancesVersion()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionProfile profile;
        profile.endpoint = haproxy.adminSocket();
        QVERIFY(m_window->connectTo(profile));
        const auto connected = [this] {
            const InstanceSession *session = m_window->currentSession();
            return session && session->connection()->version().isValid();
        };
        QTRY_VERIFY(connected());
        const QString version = m_window->currentSession()->connection()->version().text;
        const QString text = openAndRead();
        QVERIFY2(text.contains(u"HAProxy "_s + version), qPrintable(text));
        QVERIFY(!text.contains(u"none connected"_s));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
