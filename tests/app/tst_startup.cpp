// hadesk's start, the binary itself against a real haproxy: the instances open at the last
// exit are opened again when no endpoint is named (and not when reopening is off), and an
// audit log path in the preferences that can no longer be written falls back to the default
// with a message.

#include "models/connectionprofile.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// CLI sessions open on the admin socket, the one asking included.
int cliSessions(const QString &socket)
{
    return int(HaproxyFixture::rawCommand(socket, "show sess").count("fe=GLOBAL"));
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void reopensTheInstancesOpenAtExit();
    void reopeningOffOpensNothing();
    void unusableAuditPathFallsBack();

private:
    // hadesk with the test's settings file and folders; env: more variables.
    void start(const QStringList &env = {});

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_hadesk;
    QString m_settingsFile;
};

void TestStartup::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(HADESK_BINARY)).isExecutable(), HADESK_BINARY);
    m_haproxy = std::make_unique<HaproxyFixture>();
    QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
}

void TestStartup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(QStringLiteral("hadesk.ini"));
}

void TestStartup::cleanup()
{
    if (m_hadesk && m_hadesk->state() != QProcess::NotRunning) {
        m_hadesk->kill();
        m_hadesk->waitForFinished(5000);
    }
    m_hadesk.reset();
    m_dir.reset();
}

void TestStartup::cleanupTestCase()
{
    if (m_haproxy)
        m_haproxy->stop();
}

void TestStartup::start(const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("HADESK_SETTINGS"), m_settingsFile);
    environment.remove(QStringLiteral("HADESK_AUDIT_LOG"));
    for (const QString &variable : env)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    m_hadesk = std::make_unique<QProcess>();
    m_hadesk->setProcessEnvironment(environment);
    m_hadesk->start(QStringLiteral(HADESK_BINARY), {});
    QVERIFY(m_hadesk->waitForStarted(5000));
}

void TestStartup::reopensTheInstancesOpenAtExit()
{
    {
        Settings settings(m_settingsFile);
        ConnectionProfile profile;
        profile.endpoint = m_haproxy->adminSocket();
        profile.pollIntervalMs = 500;
        settings.setOpenInstances({ profile }, 0);
        QVERIFY(settings.reopenInstances()); // on by default
    }
    const QString socket = m_haproxy->adminSocket();
    QCOMPARE(cliSessions(socket), 1);
    start();
    // hadesk's own CLI session on the socket, besides the one asking.
    QTRY_VERIFY_WITH_TIMEOUT(cliSessions(socket) >= 2, 15000);
    QCOMPARE(m_hadesk->state(), QProcess::Running);
}

void TestStartup::reopeningOffOpensNothing()
{
    {
        Settings settings(m_settingsFile);
        ConnectionProfile profile;
        profile.endpoint = m_haproxy->adminSocket();
        settings.setOpenInstances({ profile }, 0);
        settings.setReopenInstances(false);
    }
    const QString socket = m_haproxy->adminSocket();
    // A screenshot after 2 s ends the run without the connect dialog; until it has ended,
    // no session of hadesk's may appear.
    start({ QStringLiteral("HADESK_SCREENSHOT=") + m_dir->filePath(QStringLiteral("shot.png")),
        QStringLiteral("HADESK_SCREENSHOT_DELAY=2") });
    int most = 0;
    while (m_hadesk->state() != QProcess::NotRunning) {
        most = qMax(most, cliSessions(socket));
        m_hadesk->waitForFinished(100);
    }
    QCOMPARE(m_hadesk->exitCode(), 0);
    QCOMPARE(most, 1);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("shot.png"))));
}

void TestStartup::unusableAuditPathFallsBack()
{
    // Under a file: no folder can be made there (a permission would not stop root).
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString unusable = m_dir->filePath(QStringLiteral("not-a-folder/audit.jsonl"));
    Settings(m_settingsFile).setAuditLogPath(unusable);
    start({ QStringLiteral("HADESK_SCREENSHOT=") + m_dir->filePath(QStringLiteral("shot.png")),
        QStringLiteral("HADESK_SCREENSHOT_DELAY=0.5") });
    QVERIFY(m_hadesk->waitForFinished(15000));
    QCOMPARE(m_hadesk->exitCode(), 0);
    const QString errors = QString::fromLocal8Bit(m_hadesk->readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("the audit log chosen in the preferences cannot be used")),
        qPrintable(errors));
    QVERIFY2(errors.contains(m_dir->filePath(QStringLiteral("data"))), qPrintable(errors)); // the default
    QVERIFY(!QFileInfo::exists(unusable));
    // The setting is kept as it was: the user may make the folder and start again.
    QCOMPARE(Settings(m_settingsFile).auditLogPath(), unusable);
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
