// Proves the test support that every integration test stands on: HaproxyFixture starts, reloads,
// restarts and stops a real haproxy, its servers answer through the frontend, hadesk-testbackend stays
// on loopback, and FakeCliServer passes a client's handshake and misbehaves on demand.

#include "tests/support/fakecliserver.h"
#include "tests/support/haproxyfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

#define START_OR_FAIL(fixture) QVERIFY2((fixture).start(), qPrintable((fixture).errorString()))

// Sets an environment variable for one scope, so a failing test cannot leak it into the next.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_hadValue(qEnvironmentVariableIsSet(name))
        , m_oldValue(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_hadValue)
            qputenv(m_name, m_oldValue);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_hadValue;
    QByteArray m_oldValue;
};

// The "status" column of one row of show stat, found by header name.
QByteArray statStatus(const QByteArray &showStat, const QByteArray &proxy, const QByteArray &server)
{
    const QList<QByteArray> lines = showStat.split('\n');
    if (lines.isEmpty())
        return {};
    const qsizetype column = lines.first().mid(2).split(',').indexOf("status");
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() > column && fields.at(0) == proxy && fields.at(1) == server)
            return fields.at(column);
    }
    return {};
}

QByteArray statField(
    const QByteArray &showStat, const QByteArray &proxy, const QByteArray &server, const QByteArray &name)
{
    const QList<QByteArray> lines = showStat.split('\n');
    const qsizetype column = lines.value(0).mid(2).split(',').indexOf(name);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        if (column >= 0 && fields.size() > column && fields.at(0) == proxy && fields.at(1) == server)
            return fields.at(column);
    }
    return {};
}

void reportTiming(const char *what, qint64 ms)
{
    qInfo("timing: %s took %lld ms", what, ms);
}

} // namespace

class tst_HaproxyFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // HaproxyFixture
    void startAndStop();
    void destructorStopsEverything();
    void socketsAnswerWithTheirLevel();
    void tcpStatsSockets();
    void customBodyAndPlaceholders();
    void unknownPlaceholderIsAnError();
    void badConfigReportsHaproxyWords();
    void missingBinaryFailsClearly();
    void nonExecutableBinaryFailsClearly();
    void restartKeepsSocketsAndPorts();
    void crashThenRestart();
    void masterWorkerReload();
    void stopEndsLingeringOldWorker();
    void reloadWithChangedBody();
    void reloadRefusesBrokenConfig();

    // hadesk-testbackend through haproxy
    void backendsAnswerThroughFrontend();
    void stoppedBackendGoesDownAndComesBack();
    void addedBackendAnswersDirectly();
    void slowBackendHoldsConnections();
    void trafficThroughFrontend();
    void testBackendRefusesNonLoopback();

    // FakeCliServer
    void fakeHandshake();
    void fakeNonInteractive();
    void fakeMisbehaves_data();
    void fakeMisbehaves();
    void fakeEndlessStream();
    void fakeBehaviourForSomeTimes();
    void fakeConnectionBehaviours();
    void fakeOverTcp();
};

void tst_HaproxyFixture::initTestCase()
{
    QString error;
    const QString binary = HaproxyFixture::findHaproxy(&error);
    QVERIFY2(!binary.isEmpty(), qPrintable(error));
    QVERIFY2(
        QFile::exists(HaproxyFixture::testBackendBinary()), qPrintable(HaproxyFixture::testBackendBinary()));
}

void tst_HaproxyFixture::startAndStop()
{
    HaproxyFixture haproxy;
    QElapsedTimer timer;
    timer.start();
    START_OR_FAIL(haproxy);
    reportTiming("start (daemon, 3 test servers)", timer.elapsed());
    qInfo("%s, %s", qPrintable(haproxy.version()), qPrintable(haproxy.binary()));
    QVERIFY(haproxy.version().startsWith(u"HAProxy version"));

    const pid_t pid = haproxy.pid();
    QVERIFY(pid > 0);
    QVERIFY(haproxy.isRunning());
    QCOMPARE(haproxy.masterPid(), 0);
    QCOMPARE(haproxy.workerPid(), pid); // a daemon is its own worker
    QVERIFY(haproxy.dir().size() < 40);
    QVERIFY(QFile::exists(haproxy.configPath()));
    QVERIFY(haproxy.config().contains(u"level admin"));
    QVERIFY(haproxy.frontendPort() > 0);

    timer.restart();
    QVERIFY2(haproxy.stop(), qPrintable(haproxy.errorString()));
    reportTiming("stop (daemon)", timer.elapsed());
    QVERIFY(!haproxy.isRunning());
    QVERIFY(!HaproxyFixture::isProcessAlive(pid));
    QString error;
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show cli level", 1000, &error), QByteArray());
    QVERIFY(!error.isEmpty());
    QVERIFY(haproxy.stop()); // twice is harmless
}

void tst_HaproxyFixture::destructorStopsEverything()
{
    pid_t pid = 0;
    QString dir;
    {
        HaproxyFixture haproxy;
        START_OR_FAIL(haproxy);
        pid = haproxy.pid();
        dir = haproxy.dir();
        QVERIFY(HaproxyFixture::isProcessAlive(pid));
    }
    QVERIFY(!HaproxyFixture::isProcessAlive(pid));
    QVERIFY(!QFile::exists(dir));
}

void tst_HaproxyFixture::socketsAnswerWithTheirLevel()
{
    HaproxyFixture haproxy;
    START_OR_FAIL(haproxy);
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show cli level"), QByteArray("admin\n\n"));
    QCOMPARE(
        HaproxyFixture::rawCommand(haproxy.operatorSocket(), "show cli level"), QByteArray("operator\n\n"));
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.userSocket(), "show cli level"), QByteArray("user\n\n"));
    QCOMPARE(
        HaproxyFixture::rawCommand(haproxy.userSocket(), "show sess"), QByteArray("Permission denied\n\n"));

    // A session in prompt mode through RawConnection, framed on "\n> ".
    RawConnection session;
    QVERIFY2(session.connectToUnix(haproxy.adminSocket()), qPrintable(session.errorString()));
    QVERIFY(session.write("prompt\n"));
    QCOMPARE(session.readUntilEndsWith("\n> "), QByteArray("\n> "));
    QVERIFY(session.write("set severity-output number\nshow cli level\n"));
    QCOMPARE(session.readUntilEndsWith("admin\n\n> "), QByteArray("\n> [6]: admin\n\n> "));
}

void tst_HaproxyFixture::tcpStatsSockets()
{
    HaproxyFixture::Options options;
    options.tcpStatsSockets = true;
    options.statsMaxconn = 50;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    QVERIFY(haproxy.tcpAdminPort() > 0);
    QVERIFY(haproxy.config().contains(u"stats maxconn 50"));
    QCOMPARE(
        HaproxyFixture::rawTcpCommand(haproxy.tcpAdminPort(), "show cli level"), QByteArray("admin\n\n"));
    QCOMPARE(
        HaproxyFixture::rawTcpCommand(haproxy.tcpPort(HaproxyFixture::Level::Operator), "show cli level"),
        QByteArray("operator\n\n"));
    QCOMPARE(HaproxyFixture::rawTcpCommand(haproxy.tcpPort(HaproxyFixture::Level::User), "show cli level"),
        QByteArray("user\n\n"));
}

void tst_HaproxyFixture::customBodyAndPlaceholders()
{
    HaproxyFixture::Options options;
    options.serverStateFile = true;
    options.hardStopAfterSeconds = 5;
    options.backendDelayMs = 150;
    options.extraGlobal = u"    nbthread 1"_s;
    options.body = uR"(frontend web
    bind 127.0.0.1:${PORT:web}
    default_backend app

backend app
    balance leastconn
    server a1 ${BACKEND:a1} check inter 1s
    server down1 127.0.0.1:${PORT:closed} check inter 1s fall 1

# a TLS-less listen section pointing at a stats socket, the way tlsproxy.cfg does it
listen cli_proxy
    mode tcp
    bind 127.0.0.1:${PORT:cli_proxy}
    server admin unix@${ADMIN_SOCKET}
)"_s;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    QVERIFY(haproxy.port(u"web"_s) > 0);
    QVERIFY(haproxy.port(u"closed"_s) > 0);
    QVERIFY(haproxy.port(u"web"_s) != haproxy.port(u"closed"_s));
    QCOMPARE(haproxy.port(u"nope"_s), quint16(0));
    QVERIFY(haproxy.backendPort(u"a1"_s) > 0);
    QVERIFY(haproxy.config().contains(u"server-state-file " + haproxy.dir() + u"/server.state"));
    QVERIFY(haproxy.config().contains(u"hard-stop-after 5s"));
    QVERIFY(haproxy.config().contains(u"server admin unix@" + haproxy.adminSocket()));
    QVERIFY(!haproxy.config().contains(u"${"));

    QCOMPARE(HaproxyFixture::rawTcpCommand(haproxy.port(u"cli_proxy"_s), "show cli level"),
        QByteArray("admin\n\n"));
    // A checked server starts UP until its first check fails, and which of two idle leastconn
    // servers takes a request is HAProxy's choice, not specified and not the same on every
    // version: wait until down1 is DOWN, so that a1 is the only candidate whatever the version.
    // One failed check does it (fall 1); the first check runs within `inter` of the start.
    QByteArray stat;
    QVERIFY2(
        haproxy.waitForAdminReply(
            "show stat", [](const QByteArray &r) { return statStatus(r, "app", "down1").startsWith("DOWN"); },
            10000, &stat),
        stat.constData());
    QElapsedTimer timer;
    timer.start();
    const HaproxyFixture::HttpReply reply = HaproxyFixture::httpGet(haproxy.port(u"web"_s));
    QVERIFY2(reply.status == 200, qPrintable(reply.error));
    QVERIFY(timer.elapsed() >= 150); // Options::backendDelayMs
    QCOMPARE(reply.server, QByteArray("a1"));
    QCOMPARE(reply.body, QByteArray("a1\n"));
}

void tst_HaproxyFixture::unknownPlaceholderIsAnError()
{
    HaproxyFixture::Options options;
    options.body = u"backend b\n    server x ${NOPE:x}\n"_s;
    HaproxyFixture haproxy(options);
    QVERIFY(!haproxy.start());
    QVERIFY2(haproxy.errorString().contains(u"${NOPE:x}"), qPrintable(haproxy.errorString()));
}

void tst_HaproxyFixture::badConfigReportsHaproxyWords()
{
    HaproxyFixture::Options options;
    options.body = u"backend bad;name\n    balance roundrobin\n"_s;
    HaproxyFixture haproxy(options);
    QVERIFY(!haproxy.start());
    QVERIFY(!haproxy.isRunning());
    const QString error = haproxy.errorString();
    QVERIFY2(error.contains(u"haproxy -c rejected the config"), qPrintable(error));
    QVERIFY2(error.contains(u"character ';' is not permitted"), qPrintable(error));
    QVERIFY2(error.contains(u"backend bad;name"), qPrintable(error)); // the numbered config is shown
}

void tst_HaproxyFixture::missingBinaryFailsClearly()
{
    const ScopedEnv env("HADESK_HAPROXY", "/nonexistent/hadesk/haproxy");
    HaproxyFixture haproxy;
    QVERIFY(!haproxy.start());
    QVERIFY(!haproxy.isRunning());
    QVERIFY2(haproxy.errorString().contains(u"HADESK_HAPROXY"), qPrintable(haproxy.errorString()));
    QVERIFY2(
        haproxy.errorString().contains(u"/nonexistent/hadesk/haproxy"), qPrintable(haproxy.errorString()));
    QVERIFY2(haproxy.errorString().contains(u"does not exist"), qPrintable(haproxy.errorString()));
}

void tst_HaproxyFixture::nonExecutableBinaryFailsClearly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"haproxy"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const ScopedEnv env("HADESK_HAPROXY", QFile::encodeName(file.fileName()));
    HaproxyFixture haproxy;
    QVERIFY(!haproxy.start());
    QVERIFY2(haproxy.errorString().contains(u"not an executable file"), qPrintable(haproxy.errorString()));
}

void tst_HaproxyFixture::restartKeepsSocketsAndPorts()
{
    HaproxyFixture::Options options;
    options.tcpStatsSockets = true;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    const pid_t before = haproxy.pid();
    const quint16 frontend = haproxy.frontendPort();
    const quint16 tcp = haproxy.tcpAdminPort();
    const quint16 s1 = haproxy.backendPort(u"s1"_s);

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
    reportTiming("restart (daemon)", timer.elapsed());
    QVERIFY(haproxy.pid() != before);
    QVERIFY(!HaproxyFixture::isProcessAlive(before));
    QCOMPARE(haproxy.frontendPort(), frontend);
    QCOMPARE(haproxy.tcpAdminPort(), tcp);
    QCOMPARE(haproxy.backendPort(u"s1"_s), s1);
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show cli level"), QByteArray("admin\n\n"));
    QCOMPARE(HaproxyFixture::rawTcpCommand(tcp, "show cli level"), QByteArray("admin\n\n"));
    QCOMPARE(HaproxyFixture::httpGet(frontend).status, 200);
}

void tst_HaproxyFixture::crashThenRestart()
{
    HaproxyFixture haproxy;
    START_OR_FAIL(haproxy);
    const pid_t before = haproxy.pid();
    RawConnection open;
    QVERIFY(open.connectToUnix(haproxy.adminSocket()));
    QVERIFY2(haproxy.crash(), qPrintable(haproxy.errorString()));
    QVERIFY(!HaproxyFixture::isProcessAlive(before));
    QVERIFY(QFile::exists(haproxy.adminSocket())); // a crash leaves the socket file behind
    open.readToEnd(2000);
    QVERIFY(open.sawEof()); // the open connection was cut

    QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show cli level"), QByteArray("admin\n\n"));
}

void tst_HaproxyFixture::masterWorkerReload()
{
    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    options.tcpStatsSockets = true;
    HaproxyFixture haproxy(options);
    QElapsedTimer timer;
    timer.start();
    START_OR_FAIL(haproxy);
    reportTiming("start (master-worker)", timer.elapsed());

    const pid_t master = haproxy.masterPid();
    const pid_t oldWorker = haproxy.workerPid();
    QVERIFY(master > 0);
    QVERIFY(oldWorker > 0);
    QVERIFY(oldWorker != master);
    QVERIFY(haproxy.config().contains(u"expose-fd listeners"));
    QString procError;
    const QByteArray proc = HaproxyFixture::rawCommand(haproxy.masterSocket(), "show proc", 5000, &procError);
    QVERIFY2(proc.contains(QByteArray(QByteArray::number(master) + ' ')), qPrintable(procError));
    QVERIFY2(proc.contains(QByteArray::number(oldWorker)), proc.constData());

    // Opened before the reload: these stay with the old worker.
    RawConnection oldUnix;
    RawConnection oldTcp;
    QVERIFY(oldUnix.connectToUnix(haproxy.adminSocket()));
    QVERIFY(oldTcp.connectToTcp(haproxy.tcpAdminPort()));

    timer.restart();
    const pid_t newWorker = haproxy.reload();
    reportTiming("reload (until a new connection reaches the new worker)", timer.elapsed());
    QVERIFY2(newWorker > 0, qPrintable(haproxy.errorString()));
    QVERIFY(newWorker != oldWorker);
    QCOMPARE(haproxy.masterPid(), master);
    QCOMPARE(haproxy.workerPid(), newWorker);
    QVERIFY(haproxy.workerPidsSeen().contains(oldWorker));
    QVERIFY(haproxy.workerPidsSeen().contains(newWorker));
    QVERIFY(HaproxyFixture::rawCommand(haproxy.masterSocket(), "show proc")
                .contains(QByteArray::number(newWorker)));

    const QByteArray oldInfo = oldUnix.command("show info");
    QCOMPARE(HaproxyFixture::infoField(oldInfo, "Pid"), QByteArray::number(oldWorker));
    QCOMPARE(HaproxyFixture::infoField(oldInfo, "Stopping"), QByteArray("1"));
    const QByteArray oldTcpInfo = oldTcp.command("show info");
    QCOMPARE(HaproxyFixture::infoField(oldTcpInfo, "Pid"), QByteArray::number(oldWorker));
    QCOMPARE(HaproxyFixture::infoField(oldTcpInfo, "Stopping"), QByteArray("1"));
    const QByteArray newInfo = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show info");
    QCOMPARE(HaproxyFixture::infoField(newInfo, "Pid"), QByteArray::number(newWorker));
    QCOMPARE(HaproxyFixture::infoField(newInfo, "Stopping"), QByteArray("0"));
    QCOMPARE(HaproxyFixture::httpGet(haproxy.frontendPort()).status, 200);

    // With its last CLI connection gone, the old worker finishes.
    timer.restart();
    // haproxy daemons are not our children: no waitpid(), the pid is polled.
    QTRY_VERIFY_WITH_TIMEOUT(!HaproxyFixture::isProcessAlive(oldWorker), 10000);
    reportTiming("old worker exit after its last connection closed", timer.elapsed());

    timer.restart();
    QVERIFY2(haproxy.stop(), qPrintable(haproxy.errorString()));
    reportTiming("stop (master-worker)", timer.elapsed());
    QVERIFY(!HaproxyFixture::isProcessAlive(master));
    QVERIFY(!HaproxyFixture::isProcessAlive(newWorker));
}

void tst_HaproxyFixture::stopEndsLingeringOldWorker()
{
    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    const pid_t master = haproxy.masterPid();
    const pid_t oldWorker = haproxy.workerPid();

    // An idle prompt-mode session is never timed out by a stopping worker: it keeps the old one alive.
    RawConnection held;
    QVERIFY(held.connectToUnix(haproxy.adminSocket()));
    QVERIFY(held.write("prompt\n"));
    QCOMPARE(held.readUntilEndsWith("\n> "), QByteArray("\n> "));
    const pid_t newWorker = haproxy.reload();
    QVERIFY2(newWorker > 0, qPrintable(haproxy.errorString()));
    // The old worker has been told to stop (its show info says so) and still answers the idle
    // session: the session keeps it alive rather than being closed under it.
    const auto askHeld = [&held] {
        return held.write("show info\n") ? held.readUntilEndsWith("\n> ") : QByteArray();
    };
    QByteArray info;
    QTRY_COMPARE(HaproxyFixture::infoField(info = askHeld(), "Stopping"), QByteArray("1"));
    QCOMPARE(HaproxyFixture::infoField(info, "Pid"), QByteArray::number(oldWorker));
    QVERIFY(HaproxyFixture::isProcessAlive(oldWorker));

    QVERIFY2(haproxy.stop(), qPrintable(haproxy.errorString()));
    QVERIFY(!HaproxyFixture::isProcessAlive(master));
    QVERIFY(!HaproxyFixture::isProcessAlive(newWorker));
    QVERIFY(!HaproxyFixture::isProcessAlive(oldWorker));
}

void tst_HaproxyFixture::reloadWithChangedBody()
{
    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    const quint16 frontend = haproxy.frontendPort();
    QVERIFY(!HaproxyFixture::rawCommand(haproxy.adminSocket(), "show backend").contains("be_new"));

    haproxy.setBody(HaproxyFixture::defaultBody() + u"\nbackend be_new\n    server n1 ${BACKEND:n1}\n"_s);
    QVERIFY2(haproxy.reload() > 0, qPrintable(haproxy.errorString()));
    QVERIFY(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show backend").contains("be_new"));
    QCOMPARE(haproxy.frontendPort(), frontend); // names already used keep their ports
    QVERIFY(haproxy.backendPort(u"n1"_s) > 0);
}

void tst_HaproxyFixture::reloadRefusesBrokenConfig()
{
    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    const pid_t worker = haproxy.workerPid();
    haproxy.setBody(u"backend broken\n    balance no-such-algorithm\n"_s);
    QCOMPARE(haproxy.reload(), 0);
    QVERIFY2(haproxy.errorString().contains(u"haproxy -c rejected"), qPrintable(haproxy.errorString()));
    QCOMPARE(haproxy.workerPid(), worker); // nothing was signalled

    HaproxyFixture daemon;
    START_OR_FAIL(daemon);
    QCOMPARE(daemon.reload(), 0);
    QVERIFY2(daemon.errorString().contains(u"MasterWorker"), qPrintable(daemon.errorString()));
}

void tst_HaproxyFixture::backendsAnswerThroughFrontend()
{
    HaproxyFixture haproxy;
    START_OR_FAIL(haproxy);
    QCOMPARE(haproxy.backendNames(), QStringList({ u"s1"_s, u"s2"_s, u"s3"_s }));
    QSet<QByteArray> servers;
    for (int i = 0; i < 6; ++i) {
        const HaproxyFixture::HttpReply reply = HaproxyFixture::httpGet(haproxy.frontendPort());
        QVERIFY2(reply.status == 200, qPrintable(reply.error));
        QCOMPARE(reply.body, reply.server + '\n');
        servers.insert(reply.server);
    }
    QCOMPARE(servers, QSet<QByteArray>({ "s1", "s2", "s3" })); // roundrobin reached every server
}

void tst_HaproxyFixture::stoppedBackendGoesDownAndComesBack()
{
    // Fast checks, so that the test takes a second rather than five.
    HaproxyFixture::Options options;
    options.body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be
backend be
    server s1 ${BACKEND:s1} check inter 200ms fall 2 rise 1
    server s2 ${BACKEND:s2} check inter 200ms fall 2 rise 1
)"_s;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    const quint16 port = haproxy.backendPort(u"s2"_s);
    QByteArray stat;
    QVERIFY2(
        haproxy.waitForAdminReply(
            "show stat", [](const QByteArray &r) { return statStatus(r, "be", "s2") == "UP"; }, 10000, &stat),
        stat.constData());

    QVERIFY(haproxy.stopBackend(u"s2"_s));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(haproxy.waitForAdminReply(
                 "show stat", [](const QByteArray &r) { return statStatus(r, "be", "s2") == "DOWN"; }, 15000,
                 &stat),
        stat.constData());
    reportTiming("server DOWN after its test server stopped (inter 200ms, fall 2)", timer.elapsed());

    QVERIFY2(haproxy.startBackend(u"s2"_s), qPrintable(haproxy.errorString()));
    QCOMPARE(haproxy.backendPort(u"s2"_s), port); // back on the same port
    QVERIFY2(
        haproxy.waitForAdminReply(
            "show stat", [](const QByteArray &r) { return statStatus(r, "be", "s2") == "UP"; }, 15000, &stat),
        stat.constData());
}

void tst_HaproxyFixture::addedBackendAnswersDirectly()
{
    HaproxyFixture haproxy;
    QVERIFY2(haproxy.addBackend(u"extra"_s), qPrintable(haproxy.errorString())); // works before start()
    START_OR_FAIL(haproxy);
    QVERIFY(!haproxy.addBackend(u"extra"_s));
    QVERIFY(!haproxy.addBackend(u"bad name"_s));
    const HaproxyFixture::HttpReply reply = HaproxyFixture::httpGet(haproxy.backendPort(u"extra"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("extra\n"));
    QVERIFY(haproxy.backendAddress(u"extra"_s).startsWith(u"127.0.0.1:"));

    // The address is what a test gives to "add server": check that haproxy can reach it.
    const QByteArray add = "add server be_empty/dyn " + haproxy.backendAddress(u"extra"_s).toUtf8();
    QCOMPARE(
        HaproxyFixture::rawCommand(haproxy.adminSocket(), add), QByteArray("New server registered.\n\n"));
    QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be_empty/dyn state ready"),
        QByteArray("\n"));
}

void tst_HaproxyFixture::slowBackendHoldsConnections()
{
    HaproxyFixture::Options options;
    options.body = uR"(frontend fe_slow
    bind 127.0.0.1:${PORT:fe_slow}
    default_backend be_slow
backend be_slow
    server slow ${SLOWBACKEND:slow} check inter 1s
)"_s;
    HaproxyFixture haproxy(options);
    START_OR_FAIL(haproxy);
    RawConnection client;
    QVERIFY(client.connectToTcp(haproxy.frontendPort(u"fe_slow"_s)));
    QVERIFY(client.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(client.readToEnd(500), QByteArray()); // no answer, connection kept
    QVERIFY(!client.sawEof());
    QByteArray stat;
    QVERIFY2(
        haproxy.waitForAdminReply(
            "show stat", [](const QByteArray &r) { return statField(r, "be_slow", "slow", "scur") == "1"; },
            5000, &stat),
        stat.constData());
    QCOMPARE(statStatus(stat, "be_slow", "slow"), QByteArray("UP")); // a TCP check passes: it accepts
}

void tst_HaproxyFixture::trafficThroughFrontend()
{
    HaproxyFixture haproxy;
    START_OR_FAIL(haproxy);
    QProcess traffic;
    traffic.start(HaproxyFixture::testBackendBinary(),
        { u"--traffic"_s, u"http://127.0.0.1:%1/"_s.arg(haproxy.frontendPort()), u"--rate"_s, u"60"_s,
            u"--duration"_s, u"1"_s, u"--concurrency"_s, u"2"_s, u"--json"_s });
    QVERIFY(traffic.waitForFinished(15000));
    QCOMPARE(traffic.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(traffic.readAllStandardOutput()).object();
    QVERIFY2(!summary.isEmpty(), traffic.readAllStandardError().constData());
    QCOMPARE(summary.value(u"sent").toInt(), 60);
    QCOMPARE(summary.value(u"ok").toInt(), 60);
    QCOMPARE(summary.value(u"failed").toInt(), 0);
    const QJsonObject byServer = summary.value(u"byServer").toObject();
    QCOMPARE(
        byServer.value(u"s1").toInt() + byServer.value(u"s2").toInt() + byServer.value(u"s3").toInt(), 60);
    QVERIFY(byServer.value(u"s1").toInt() >= 15);

    QByteArray stat;
    QVERIFY(haproxy.waitForAdminReply(
        "show stat",
        [](const QByteArray &r) { return statField(r, "fe", "FRONTEND", "req_tot").toInt() >= 60; }, 5000,
        &stat));
}

void tst_HaproxyFixture::testBackendRefusesNonLoopback()
{
    const auto run = [](const QStringList &arguments, QByteArray *stderrText) {
        QProcess process;
        process.start(HaproxyFixture::testBackendBinary(), arguments);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(1000);
            return -1;
        }
        *stderrText = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray text;
    QCOMPARE(run({ u"--traffic"_s, u"http://192.0.2.1/"_s, u"--duration"_s, u"1"_s }, &text), 2);
    QVERIFY2(text.contains("non-loopback"), text.constData());
    QCOMPARE(run({ u"--traffic"_s, u"http://example.com/"_s }, &text), 2);
    QVERIFY2(text.contains("not a literal IP address"), text.constData());
    QCOMPARE(run({ u"--traffic"_s, u"http://[::ffff:10.0.0.1]:80/"_s }, &text), 2);
    QCOMPARE(run({ u"--listen"_s, u"0.0.0.0:0"_s }, &text), 2);
    QVERIFY2(text.contains("non-loopback"), text.constData());
    QCOMPARE(run({ u"--traffic"_s, u"http://127.0.0.1:1/"_s, u"--rate"_s, u"100000"_s }, &text), 2);
    QCOMPARE(run({ u"--traffic"_s, u"http://127.0.0.1:1/"_s, u"--duration"_s, u"99999"_s }, &text), 2);
}

// ---------------------------------------------------------------------------------------------------
// FakeCliServer. Its sockets live on this thread's event loop, so the blocking client runs on another
// thread while QTRY_ spins the loop.

namespace {
struct Exchange
{
    QList<QByteArray> replies;
    QByteArray rest; // read after the last step
    bool eof = false;
    qint64 lastMs = 0; // how long the last step took
};

// Connects, then for each step writes it and reads until "\n> " (or EOF / timeout).
Exchange talk(const QString &path, quint16 tcpPort, const QList<QByteArray> &steps, int stepTimeoutMs = 3000,
    int restTimeoutMs = 0)
{
    Exchange result;
    RawConnection connection;
    if (!(tcpPort ? connection.connectToTcp(tcpPort) : connection.connectToUnix(path)))
        return result;
    for (const QByteArray &step : steps) {
        QElapsedTimer timer;
        timer.start();
        connection.write(step);
        result.replies.append(connection.readUntilEndsWith("\n> ", stepTimeoutMs));
        result.lastMs = timer.elapsed();
    }
    if (restTimeoutMs > 0)
        result.rest = connection.readToEnd(restTimeoutMs);
    result.eof = connection.sawEof();
    return result;
}

const QList<QByteArray> Handshake = { "prompt\n", "set severity-output number\n", "set timeout cli 5\n",
    "show cli level\n", "show info\n" };
} // namespace

#define RUN_ON_THREAD(result, ...)                                                                           \
    auto future_##result = std::async(std::launch::async, [&] { return __VA_ARGS__; });                      \
    QTRY_VERIFY_WITH_TIMEOUT(future_##result.wait_for(0ms) == std::future_status::ready, 20000);             \
    const auto result = future_##result.get()

void tst_HaproxyFixture::fakeHandshake()
{
    FakeCliServer fake;
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    fake.setInfoField("Pid", "777");
    RUN_ON_THREAD(exchange, talk(fake.socketPath(), 0, Handshake));
    QCOMPARE(exchange.replies.size(), 5);
    QCOMPARE(exchange.replies.at(0), QByteArray("\n> "));
    QCOMPARE(exchange.replies.at(1), QByteArray("\n> "));
    QCOMPARE(exchange.replies.at(2), QByteArray("\n> "));
    QCOMPARE(exchange.replies.at(3), QByteArray("[6]: admin\n\n> "));
    const QByteArray info = exchange.replies.at(4);
    QVERIFY(info.endsWith("\n\n> "));
    QCOMPARE(HaproxyFixture::infoField(info, "Version"), QByteArray("2.6.12-1+deb12u4"));
    QCOMPARE(HaproxyFixture::infoField(info, "Pid"), QByteArray("777"));
    QCOMPARE(HaproxyFixture::infoField(info, "Stopping"), QByteArray("0"));
    QCOMPARE(fake.receivedLines(),
        QList<QByteArray>(
            { "prompt", "set severity-output number", "set timeout cli 5", "show cli level", "show info" }));
    QCOMPARE(fake.connectionCount(), 1);
    QTRY_COMPARE(fake.openConnectionCount(), 0);
}

void tst_HaproxyFixture::fakeNonInteractive()
{
    FakeCliServer fake;
    QVERIFY(fake.listen());
    fake.setLevel("operator");
    RUN_ON_THREAD(reply, HaproxyFixture::rawCommand(fake.socketPath(), "show cli level"));
    QCOMPARE(reply, QByteArray("operator\n\n")); // like HAProxy: body, "\n", close
    fake.setReply("show servers state", "1\n# be_id be_name\n");
    RUN_ON_THREAD(state, HaproxyFixture::rawCommand(fake.socketPath(), "show servers state"));
    QCOMPARE(state, QByteArray("1\n# be_id be_name\n\n"));
}

void tst_HaproxyFixture::fakeMisbehaves_data()
{
    QTest::addColumn<FakeCliServer::Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("expectedReply"); // what the client reads for "show stat"
    QTest::addColumn<bool>("expectEof");
    QTest::addColumn<int>("minimumMs");

    const QByteArray body = "# pxname,svname\nbe,s1\n";
    QTest::newRow("reply") << FakeCliServer::Behaviour::Reply << body + "\n> " << false << 0;
    QTest::newRow("garbage") << FakeCliServer::Behaviour::Garbage
                             << QByteArray("\x00\xff\x1b[2J garbage\r\x7f\xfe", 16) << false << 0;
    QTest::newRow("truncate") << FakeCliServer::Behaviour::TruncateAndClose << body.left(body.size() / 2)
                              << true << 0;
    QTest::newRow("slow") << FakeCliServer::Behaviour::Slow << body + "\n> " << false << 20 * 20;
    QTest::newRow("no answer") << FakeCliServer::Behaviour::NoAnswer << QByteArray() << false << 0;
    QTest::newRow("close") << FakeCliServer::Behaviour::Close << QByteArray() << true << 0;
    QTest::newRow("prompt in body") << FakeCliServer::Behaviour::PromptInBody << QByteArray("first part\n> ")
                                    << false << 0;
}

void tst_HaproxyFixture::fakeMisbehaves()
{
    QFETCH(FakeCliServer::Behaviour, behaviour);
    QFETCH(QByteArray, expectedReply);
    QFETCH(bool, expectEof);
    QFETCH(int, minimumMs);

    FakeCliServer fake;
    QVERIFY(fake.listen());
    FakeCliServer::Params params;
    params.reply =
        behaviour == FakeCliServer::Behaviour::Garbage || behaviour == FakeCliServer::Behaviour::PromptInBody
        ? QByteArray()
        : QByteArray("# pxname,svname\nbe,s1\n");
    params.intervalMs = 20;
    fake.setBehaviour("show stat", behaviour, params);
    fake.setReply("show stat typed", "typed\n"); // longest prefix wins
    RUN_ON_THREAD(exchange, talk(fake.socketPath(), 0, { "prompt\n", "show stat\n" }, 800));
    QCOMPARE(exchange.replies.value(0), QByteArray("\n> "));
    QCOMPARE(exchange.replies.value(1), expectedReply);
    QCOMPARE(exchange.eof, expectEof);
    QVERIFY2(exchange.lastMs >= minimumMs, QByteArray::number(exchange.lastMs).constData());
    QCOMPARE(fake.receivedLines(), QList<QByteArray>({ "prompt", "show stat" }));

    RUN_ON_THREAD(typed, talk(fake.socketPath(), 0, { "prompt\n", "show stat typed\n" }));
    QCOMPARE(typed.replies.value(1), QByteArray("typed\n\n> "));
}

void tst_HaproxyFixture::fakeEndlessStream()
{
    FakeCliServer fake;
    QVERIFY(fake.listen());
    FakeCliServer::Params params;
    params.intervalMs = 0; // as fast as the client reads
    params.bytes = 4 * 1024 * 1024;
    fake.setBehaviour("show stat", FakeCliServer::Behaviour::Endless, params);
    RUN_ON_THREAD(exchange, talk(fake.socketPath(), 0, { "prompt\n", "show stat\n" }, 1000));
    QCOMPARE(exchange.replies.value(1).size(), 4 * 1024 * 1024); // all of it, and never a prompt
    QVERIFY(!exchange.replies.value(1).endsWith("\n> "));
    QVERIFY(exchange.replies.value(1).startsWith("# fake line 000001 xxx"));

    params.bytes = 100 * 1024;
    fake.setBehaviour("show stat", FakeCliServer::Behaviour::Oversized, params);
    RUN_ON_THREAD(oversized, talk(fake.socketPath(), 0, { "prompt\n", "show stat\n" }, 3000));
    QCOMPARE(oversized.replies.value(1).size(), 100 * 1024 + 3);
    QVERIFY(oversized.replies.value(1).endsWith("\n\n> "));
}

void tst_HaproxyFixture::fakeBehaviourForSomeTimes()
{
    FakeCliServer fake;
    QVERIFY(fake.listen());
    FakeCliServer::Params params;
    params.times = 1;
    fake.setBehaviour("show info", FakeCliServer::Behaviour::Close, params);
    RUN_ON_THREAD(first, talk(fake.socketPath(), 0, { "prompt\n", "show info\n" }, 1000));
    QVERIFY(first.eof);
    QCOMPARE(first.replies.value(1), QByteArray());
    RUN_ON_THREAD(second, talk(fake.socketPath(), 0, { "prompt\n", "show info\n" }, 1000));
    QVERIFY(second.replies.value(1).contains("Version: 2.6.12-1+deb12u4"));
    QCOMPARE(fake.connectionCount(), 2);
}

void tst_HaproxyFixture::fakeConnectionBehaviours()
{
    FakeCliServer fake;
    QVERIFY(fake.listen());
    fake.setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::Silent);
    RUN_ON_THREAD(silent, talk(fake.socketPath(), 0, { "prompt\n" }, 500));
    QCOMPARE(silent.replies.value(0), QByteArray()); // not even the handshake is answered
    QVERIFY(!silent.eof);
    QCOMPARE(fake.receivedLines(), QList<QByteArray>({ "prompt" })); // but it is recorded

    fake.setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::CloseOnAccept);
    RUN_ON_THREAD(closed, talk(fake.socketPath(), 0, { "prompt\n" }, 2000));
    QVERIFY(closed.eof);
    QCOMPARE(closed.replies.value(0), QByteArray());
    QCOMPARE(fake.connectionCount(), 2);
}

void tst_HaproxyFixture::fakeOverTcp()
{
    FakeCliServer fake;
    QVERIFY(fake.listenTcp());
    QVERIFY(fake.tcpPort() > 0);
    RUN_ON_THREAD(exchange, talk(QString(), fake.tcpPort(), Handshake));
    QCOMPARE(exchange.replies.value(3), QByteArray("[6]: admin\n\n> "));
}

QTEST_GUILESS_MAIN(tst_HaproxyFixture)

#include "tst_haproxyfixture.moc"
