// RuntimeConnection against a real haproxy: handshake, levels, typed errors,
// pipelining, keep-alive, reconnect after a restart, and reload detection.

#include "core/client/runtimeconnection.h"
#include "core/parsers/infoparser.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <memory>

namespace {

Endpoint unixEndpoint(const QString &path)
{
    auto endpoint = Endpoint::parse(path);
    Q_ASSERT(endpoint.ok());
    return endpoint.value();
}

bool waitReady(RuntimeConnection &connection, int timeoutMs = 10000)
{
    QSignalSpy ready(&connection, &RuntimeConnection::ready);
    const QDeadlineTimer deadline(timeoutMs);
    while (!connection.isReady() && ready.wait(int(std::max<qint64>(deadline.remainingTime(), 1)))) { }
    return connection.isReady();
}

// Waits until HAProxy has closed an idle session `times` times: a connection without
// keep-alive probes and with `set timeout cli 1` is closed after 1 s of idleness, so each
// loss of it marks a full second that a session opened before it spent idle.
bool waitIdleSessionsClosed(const QString &socket, int times)
{
    ConnectionOptions options;
    options.cliTimeoutSeconds = 1;
    options.keepAliveIdleMs = 600000;
    options.reconnectInitialDelayMs = 100;
    RuntimeConnection witness(unixEndpoint(socket), options);
    QSignalSpy states(&witness, &RuntimeConnection::stateChanged);
    witness.open();
    const auto losses = [&states] {
        return std::count_if(states.cbegin(), states.cend(), [](const QList<QVariant> &args) {
            return args.at(0).value<RuntimeConnection::State>()
                == RuntimeConnection::State::WaitingToReconnect;
        });
    };
    while (losses() < times && states.wait(10000)) { }
    return losses() >= times;
}

QByteArray serverAdminState(HaproxyFixture &haproxy, const QString &backend, const QString &server)
{
    // Independent of the client under test: a one-shot read of `show servers state`.
    const QByteArray state =
        haproxy.rawCommand(haproxy.adminSocket(), "show servers state " + backend.toUtf8());
    for (const QByteArray &line : state.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 6 && fields.at(3) == server.toUtf8())
            return fields.at(6);
    }
    return {};
}

// True once /proc says the process is stopped (state T), e.g. after SIGSTOP.
bool processStopped(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // "pid (comm) S ...": the state follows the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) == 'T';
}

// A frontend that looks hosts up in a map file (which must exist), and one backend.
QString mapBody(const QString &mapFile)
{
    return QStringLiteral("frontend fe\n"
                          "    bind 127.0.0.1:${PORT:fe}\n"
                          "    http-request set-var(txn.pool) req.hdr(host),map(%1,none)\n"
                          "    default_backend be\n"
                          "backend be\n"
                          "    server s1 ${BACKEND:s1}\n")
        .arg(mapFile);
}

} // namespace

class TestRuntimeConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.tcpStatsSockets = true;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void cleanupTestCase()
    {
        m_maps.reset();
        m_haproxy.reset();
    }

    void handshakeReportsInstance()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        QSignalSpy ready(&connection, &RuntimeConnection::ready);
        QSignalSpy levels(&connection, &RuntimeConnection::levelChanged);
        connection.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(connection.state(), RuntimeConnection::State::Ready);
        QCOMPARE(connection.level(), AccessLevel::Admin);
        QCOMPARE(levels.size(), 1);
        QVERIFY(connection.version().isValid());
        QVERIFY(connection.version().atLeast(2, 4));
        QCOMPARE(connection.workerPid(), qint64(m_haproxy->pid()));
        QCOMPARE(connection.transportDescription(), QStringLiteral("plain"));
    }

    void levelsAreDetected_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<AccessLevel>("level");
        QTest::newRow("user") << 0 << AccessLevel::User;
        QTest::newRow("operator") << 1 << AccessLevel::Operator;
        QTest::newRow("admin") << 2 << AccessLevel::Admin;
        QTest::newRow("tcp admin") << 3 << AccessLevel::Admin;
    }
    void levelsAreDetected()
    {
        QFETCH(int, which);
        QFETCH(AccessLevel, level);
        Endpoint endpoint;
        switch (which) {
        case 0:
            endpoint = unixEndpoint(m_haproxy->userSocket());
            break;
        case 1:
            endpoint = unixEndpoint(m_haproxy->operatorSocket());
            break;
        case 2:
            endpoint = unixEndpoint(m_haproxy->adminSocket());
            break;
        default:
            endpoint =
                Endpoint::parse(QStringLiteral("tcp:127.0.0.1:%1").arg(m_haproxy->tcpAdminPort())).value();
            break;
        }
        RuntimeConnection connection(endpoint);
        connection.open();
        QVERIFY(waitReady(connection));
        QCOMPARE(connection.level(), level);
    }

    void levelForbidsBeforeSending()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->operatorSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        const auto drain = CommandBuilder::setServerState(
            QStringLiteral("be"), QStringLiteral("s1"), CommandBuilder::ServerState::Drain);
        QVERIFY(drain.ok());
        const RuntimeReply reply = sendAndWait(connection, drain.value());
        QCOMPARE(reply.error, RuntimeError::LevelTooLow);
        QVERIFY(!reply.wasSent());
        QVERIFY(reply.errorMessage.contains(QStringLiteral("operator")));
        QCOMPARE(serverAdminState(*m_haproxy, QStringLiteral("be"), QStringLiteral("s1")), QByteArray("0"));
    }

    void permissionDeniedIsTyped()
    {
        // A command that claims a lower level than HAProxy requires reaches HAProxy, which refuses it.
        RuntimeConnection connection(unixEndpoint(m_haproxy->operatorSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        const RuntimeCommand lying = RuntimeCommand::make("set server be/s1 state drain",
            RuntimeCommand::Effect::Write, AccessLevel::User, RuntimeCommand::SuccessRule::EmptyAnswer);
        const RuntimeReply reply = sendAndWait(connection, lying);
        QCOMPARE(reply.error, RuntimeError::PermissionDenied);
        QCOMPARE(serverAdminState(*m_haproxy, QStringLiteral("be"), QStringLiteral("s1")), QByteArray("0"));
    }

    void errorsAreTyped()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));

        const RuntimeReply noServer = sendAndWait(
            connection, CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("nope")).value());
        QCOMPARE(noServer.error, RuntimeError::HaproxyError);
        QCOMPARE(noServer.errorMessage, QStringLiteral("No such server."));

        const RuntimeReply unknown =
            sendAndWait(connection, CommandBuilder::raw(QStringLiteral("frobnicate")).value());
        QCOMPARE(unknown.error, RuntimeError::UnknownCommand);

        const RuntimeReply staticRr = sendAndWait(connection,
            CommandBuilder::addServer([] {
                CommandBuilder::NewServer s;
                s.backend = QStringLiteral("be_static");
                s.name = QStringLiteral("x1");
                s.address = QStringLiteral("127.0.0.1");
                s.port = 18999;
                return s;
            }())
                .value());
        QCOMPARE(staticRr.error, RuntimeError::HaproxyError);
        QVERIFY(staticRr.errorMessage.contains(QStringLiteral("dynamic load balancing")));

        // The session is still usable after errors.
        const RuntimeReply weight = sendAndWait(
            connection, CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s1")).value());
        QVERIFY2(weight.ok(), qPrintable(weight.errorMessage));
        QVERIFY(weight.body.contains("(initial"));
    }

    void invalidCommandsAreNotSent()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        const RuntimeReply invalid = sendAndWait(connection, RuntimeCommand());
        QCOMPARE(invalid.error, RuntimeError::Invalid);
        QVERIFY(!invalid.wasSent());
        const auto tooLong =
            CommandBuilder::raw(QStringLiteral("show stat ") + QString(20000, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().contains(QStringLiteral("15359")));
    }

    void pipelinedAnswersKeepOrder()
    {
        ConnectionOptions options;
        options.maxInFlight = 8;
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), options);
        connection.open();
        QVERIFY(waitReady(connection));
        QList<QByteArray> answers;
        const QStringList servers { QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
            QStringLiteral("nope") };
        constexpr int rounds = 50;
        for (int i = 0; i < rounds; ++i) {
            for (const QString &server : servers) {
                connection.send(CommandBuilder::getWeight(QStringLiteral("be"), server).value(), this,
                    [&answers, server](const RuntimeReply &reply) {
                        answers << (server.toUtf8() + ':' + (reply.ok() ? reply.body : "ERR"));
                    });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), rounds * 4, 10000);
        for (int i = 0; i < answers.size(); ++i) {
            const QByteArray &answer = answers.at(i);
            if (i % 4 == 3)
                QCOMPARE(answer, QByteArray("nope:ERR"));
            else
                QVERIFY2(answer.startsWith(QByteArray(servers.at(i % 4).toUtf8() + ":1 (initial 1)")),
                    answer.constData());
        }
        QCOMPARE(connection.pendingCount(), 0);
    }

    void largeAnswerArrivesWhole()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        // `help` output of 2.6 is ~9 KB; `show stat` several KB: both span many reads.
        const RuntimeReply stat = sendAndWait(connection, CommandBuilder::showStat().value());
        QVERIFY2(stat.ok(), qPrintable(stat.errorMessage));
        QVERIFY(stat.body.startsWith("# pxname,svname,"));
        QVERIFY(stat.body.contains("\nbe,s3,"));
        QVERIFY(!stat.body.contains("\n> "));
    }

    void answerSizeCapRefusesOversizedAnswer()
    {
        ConnectionOptions options;
        options.maxAnswerBytes = 2000; // `show info` (~1.2 KB) fits, `show stat` (~4 KB) does not
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), options);
        connection.open();
        QVERIFY(waitReady(connection));
        const RuntimeReply stat = sendAndWait(connection, CommandBuilder::showStat().value());
        QCOMPARE(stat.error, RuntimeError::AnswerTooLarge);
        QVERIFY(waitReady(connection));
        const RuntimeReply level = sendAndWait(connection, CommandBuilder::showCliLevel());
        QVERIFY2(level.ok(), qPrintable(level.errorMessage));
    }

    void survivesShortStatsTimeout()
    {
        // Own instance with `stats timeout 1s`: the session must outlive it.
        HaproxyFixture::Options fixtureOptions;
        fixtureOptions.statsTimeoutSeconds = 1;
        HaproxyFixture haproxy(fixtureOptions);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.keepAliveIdleMs = 60000; // only `set timeout cli` keeps it open here
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        QSignalSpy states(&connection, &RuntimeConnection::stateChanged);
        connection.open();
        QVERIFY(waitReady(connection));
        const qsizetype transitions = states.size();
        // HAProxy closes an idle session 1 s after its last command (`stats timeout 1s`): two
        // sessions opened after this one are closed meanwhile, with nothing sent on this one.
        QVERIFY(waitIdleSessionsClosed(haproxy.adminSocket(), 2));
        QCOMPARE(states.size(), transitions);
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).ok());
    }

    void keepAliveProbesWhenIdle()
    {
        // `set timeout cli 1` makes HAProxy close an idle session after 1 s: only the
        // probes (every 300 ms of idleness) keep this one open for 2.5 s.
        ConnectionOptions options;
        options.cliTimeoutSeconds = 1;
        options.keepAliveIdleMs = 300;
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), options);
        QSignalSpy states(&connection, &RuntimeConnection::stateChanged);
        QSignalSpy finished(&connection, &RuntimeConnection::commandFinished);
        connection.open();
        QVERIFY(waitReady(connection));
        const qsizetype transitions = states.size();
        // Without the probes HAProxy would close the session after 1 s idle (`set timeout cli
        // 1`): two sessions opened after this one, without probes, are closed meanwhile.
        QVERIFY(waitIdleSessionsClosed(m_haproxy->adminSocket(), 2));
        QCOMPARE(states.size(), transitions);
        QCOMPARE(finished.size(), 0); // probes are internal: not reported
    }

    void idleSessionWithoutProbesIsClosedByHaproxy()
    {
        // The counter-test: the same set-up without probes loses its session and reconnects.
        ConnectionOptions options;
        options.cliTimeoutSeconds = 1;
        options.keepAliveIdleMs = 600000;
        options.reconnectInitialDelayMs = 100;
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), options);
        QSignalSpy states(&connection, &RuntimeConnection::stateChanged);
        connection.open();
        QVERIFY(waitReady(connection));
        const auto lostOnce = [&] {
            for (const QList<QVariant> &args : std::as_const(states)) {
                if (args.first().value<RuntimeConnection::State>()
                    == RuntimeConnection::State::WaitingToReconnect)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lostOnce(), 4000);
        QVERIFY(waitReady(connection));
    }

    void reconnectsAfterRestart()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.reconnectInitialDelayMs = 100;
        options.reconnectMaxDelayMs = 400;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        QSignalSpy workers(&connection, &RuntimeConnection::workerChanged);
        connection.open();
        QVERIFY(waitReady(connection));
        const qint64 firstPid = connection.workerPid();
        QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady() && connection.workerPid() != firstPid, 15000);
        QCOMPARE(connection.workerPid(), qint64(haproxy.pid()));
        QCOMPARE(workers.size(), 1);
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).ok());
    }

    void queuedCommandsWaitForReconnect()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.reconnectInitialDelayMs = 100;
        options.reconnectMaxDelayMs = 200;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        connection.open();
        QVERIFY(waitReady(connection));
        haproxy.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isReady(), 5000);
        // Not sent yet, so safe to send once the link is back, write or not.
        RuntimeReply reply;
        bool done = false;
        connection.send(
            CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s2"), { 7, false }).value(),
            this, [&](const RuntimeReply &r) {
                reply = r;
                done = true;
            });
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QVERIFY(haproxy.rawCommand(haproxy.adminSocket(), "get weight be/s2").startsWith("7 (initial 1)"));
    }

    void queuedCommandsTimeOutWhenNoConnection()
    {
        ConnectionOptions options;
        options.commandTimeoutMs = 500;
        options.connectTimeoutMs = 300;
        RuntimeConnection connection(unixEndpoint(QStringLiteral("/nonexistent/hadesk-test.sock")), options);
        QSignalSpy errors(&connection, &RuntimeConnection::errorOccurred);
        connection.open();
        const RuntimeReply reply = sendAndWait(connection, CommandBuilder::showCliLevel(), 5000);
        QCOMPARE(reply.error, RuntimeError::NotConnected);
        QVERIFY(!reply.wasSent());
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("/nonexistent/hadesk-test.sock")));
    }

    void reloadIsDetectedAndFollowed()
    {
        HaproxyFixture::Options fixtureOptions;
        fixtureOptions.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(fixtureOptions);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.keepAliveIdleMs = 300;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        QSignalSpy reloads(&connection, &RuntimeConnection::reloadDetected);
        QSignalSpy workers(&connection, &RuntimeConnection::workerChanged);
        connection.open();
        QVERIFY(waitReady(connection));
        const qint64 oldPid = connection.workerPid();

        const qint64 newPid = qint64(haproxy.reload());
        QVERIFY2(newPid > 0, qPrintable(haproxy.errorString()));
        QVERIFY(newPid != oldPid);

        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady() && connection.workerPid() == newPid, 10000);
        QCOMPARE(reloads.size(), 1);
        QCOMPARE(reloads.first().first().toLongLong(), oldPid);
        QCOMPARE(workers.size(), 1);
        QCOMPARE(workers.first().at(1).toLongLong(), newPid);
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        QVERIFY(info.ok());
        QCOMPARE(InfoParser::parse(info.body).pid(), newPid);
        QVERIFY(!InfoParser::parse(info.body).isStopping());
    }

    void staleInfoIsNeverDeliveredAndWritesReachNewWorker()
    {
        HaproxyFixture::Options fixtureOptions;
        fixtureOptions.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(fixtureOptions);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.keepAliveIdleMs = 60000; // no probe: the reload is noticed only through our commands
        options.writeFreshnessMs = 0; // a write always confirms the worker first
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        connection.open();
        QVERIFY(waitReady(connection));
        const qint64 oldPid = connection.workerPid();
        const qint64 newPid = qint64(haproxy.reload());
        QVERIFY2(newPid > 0, qPrintable(haproxy.errorString()));

        // Whatever arrives for `show info` must be from the live worker, or an error.
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        if (info.ok())
            QCOMPARE(InfoParser::parse(info.body).pid(), newPid);
        else
            QCOMPARE(info.error, RuntimeError::Disconnected);

        const RuntimeReply drain = sendAndWait(connection,
            CommandBuilder::setServerState(
                QStringLiteral("be"), QStringLiteral("s2"), CommandBuilder::ServerState::Drain)
                .value());
        QVERIFY2(drain.ok(), qPrintable(drain.errorMessage));
        QCOMPARE(connection.workerPid(), newPid);
        QVERIFY(connection.workerPid() != oldPid);
        // The new worker (a fresh connection reaches it) has the change.
        QCOMPARE(serverAdminState(haproxy, QStringLiteral("be"), QStringLiteral("s2")), QByteArray("8"));
    }

    void handlerMayResendAfterHaproxyIsKilled()
    {
        // HAProxy restarted (or the link cut) while a write is on the wire, and the write's
        // handler sends again, as Safe Remove's re-read, ActionRunner's refresh and the
        // console do. This crashed when the handler ran while the dropped link was half torn
        // down.
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.commandTimeoutMs = 2000;
        options.reconnectInitialDelayMs = 50;
        options.reconnectMaxDelayMs = 200;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        connection.open();
        QVERIFY(waitReady(connection));
        QVERIFY(sendAndWait(connection, CommandBuilder::showInfo()).ok()); // the write needs no probe now

        QCOMPARE(::kill(haproxy.pid(), SIGSTOP), 0);
        // kill() only queues the signal: wait until the kernel shows the process stopped, or
        // HAProxy may still answer the write below.
        QTRY_VERIFY_WITH_TIMEOUT(processStopped(haproxy.pid()), 5000);
        RuntimeReply writeReply;
        bool writeDone = false;
        QList<RuntimeError> resent;
        connection.send(CommandBuilder::setServerState(
                            QStringLiteral("be"), QStringLiteral("s1"), CommandBuilder::ServerState::Drain)
                            .value(),
            this, [&](const RuntimeReply &reply) {
                writeReply = reply;
                writeDone = true;
                connection.send(CommandBuilder::showInfo(), this,
                    [&](const RuntimeReply &again) { resent.append(again.error); });
                connection.send(CommandBuilder::raw(QStringLiteral("show info")).value(), this,
                    [&](const RuntimeReply &again) { resent.append(again.error); });
            });
        QCOMPARE(connection.pendingCount(), 1);
        QVERIFY(haproxy.crash()); // SIGKILL, while stopped: the write is never answered
        QTRY_VERIFY_WITH_TIMEOUT(writeDone, 5000);
        QCOMPARE(writeReply.error, RuntimeError::OutcomeUnknown);
        // HAProxy comes back; the re-sent commands either waited for it or were refused.
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(resent.size(), 2, 10000);
        QVERIFY(waitReady(connection));
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).ok());
    }

    void handlerMayDestroyTheConnection()
    {
        auto connection = std::make_unique<RuntimeConnection>(unixEndpoint(m_haproxy->adminSocket()));
        connection->open();
        QVERIFY(waitReady(*connection));
        bool first = false;
        int second = 0;
        connection->send(CommandBuilder::showCliLevel(), this, [&](const RuntimeReply &) {
            first = true;
            connection.reset();
        });
        connection->send(CommandBuilder::showInfo(), this, [&](const RuntimeReply &) { ++second; });
        QTRY_VERIFY_WITH_TIMEOUT(first, 5000);
        QVERIFY(!connection);
        QCOMPARE(second, 1); // answered or cancelled, exactly once
    }

    void nestedLoopInHandlerIsReported()
    {
        QStringList reports;
        RuntimeConnection::setNestedLoopHandler([&reports](const QString &what) { reports.append(what); });
        const auto restore = qScopeGuard([] { RuntimeConnection::setNestedLoopHandler({}); });
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));

        bool done = false;
        connection.send(CommandBuilder::showCliLevel(), this, [&](const RuntimeReply &) {
            QVERIFY(RuntimeConnection::inReplyHandler());
            // What QDialog::exec() does.
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().contains(QStringLiteral("open()")));

        done = false;
        connection.send(CommandBuilder::showCliLevel(), this, [&](const RuntimeReply &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(reports.size(), 1);
        QVERIFY(!RuntimeConnection::inReplyHandler());
    }

    void payloadPromptsAreRemovedByTheConnection()
    {
        // On the shared prompt-mode session HAProxy answers "+ " per payload line; the
        // connection takes them off, so the reply is judged on HAProxy's real answer.
        QVERIFY(startMapInstance());
        HaproxyFixture &haproxy = *m_maps;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        RuntimeCommand add = CommandBuilder::rawWithPayload(
            QStringLiteral("add map #0 <<"), QStringLiteral("a.example 1\nb.example 2"))
                                 .value();
        add.setRunsAlone(false);
        const RuntimeReply reply = sendAndWait(connection, add);
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.body, QByteArray());
        QVERIFY(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show map #0").contains(" b.example 2\n"));
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).ok());
    }

    void promptTextInsideAnswersCorruptsNothing()
    {
        QVERIFY(startMapInstance());
        HaproxyFixture &haproxy = *m_maps;
        // Another admin stores a value holding the prompt text, with an escaped line break
        // and an escaped space: "v\n> x".
        RawConnection other;
        QVERIFY(other.connectToUnix(haproxy.adminSocket()));
        other.command("add map #0 planted v\\\n>\\ x");
        const QByteArray live = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show map #0");
        QVERIFY2(live.contains(" planted v\n> x\n"), live.constData());

        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        // What the console sends, with polls pipelined around it on the shared session.
        const RuntimeCommand typed = CommandBuilder::raw(QStringLiteral("show map #0")).value();
        QVERIFY(typed.runsAlone());
        RuntimeReply typedReply;
        QList<RuntimeReply> polls;
        bool typedDone = false;
        connection.send(CommandBuilder::showInfo(), this, [&](const RuntimeReply &r) { polls.append(r); });
        connection.send(typed, this, [&](const RuntimeReply &r) {
            typedReply = r;
            typedDone = true;
        });
        connection.send(
            CommandBuilder::showStat().value(), this, [&](const RuntimeReply &r) { polls.append(r); });
        connection.send(CommandBuilder::showInfo(), this, [&](const RuntimeReply &r) { polls.append(r); });
        QTRY_VERIFY_WITH_TIMEOUT(typedDone && polls.size() == 3, 5000);
        QVERIFY2(typedReply.ok(), qPrintable(typedReply.errorMessage));
        QVERIFY2(typedReply.body.contains(" planted v\n> x"), typedReply.body.constData());
        QVERIFY(typedReply.body.endsWith("> x\n") || typedReply.body.endsWith("> x\n\n"));
        QVERIFY(polls.at(0).ok() && polls.at(0).body.contains("Pid: "));
        QVERIFY(polls.at(1).ok() && polls.at(1).body.startsWith("# pxname,svname,"));
        QVERIFY(polls.at(2).ok() && polls.at(2).body.contains("Pid: "));
        QCOMPARE(connection.state(), RuntimeConnection::State::Ready);
    }

    void consolePayloadLandsAndPollsGoOn()
    {
        QVERIFY(startMapInstance());
        HaproxyFixture &haproxy = *m_maps;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        // With an end marker where the version knows them (2.9+), else the empty-line form.
        const bool markers = connection.version().supports(HaproxyFeature::CustomPayloadDelimiter);
        const RuntimeCommand add = markers
            ? CommandBuilder::rawWithPayload(
                QStringLiteral("add map #0 <<EOF"), QStringLiteral("c.example 3\nd.example 4"))
                  .value()
            : CommandBuilder::rawWithPayload(
                QStringLiteral("add map #0 <<"), QStringLiteral("c.example 3\nd.example 4"))
                  .value();
        QVERIFY(add.runsAlone());
        RuntimeReply addReply;
        bool addDone = false;
        QList<RuntimeReply> polls;
        connection.send(
            CommandBuilder::showStat().value(), this, [&](const RuntimeReply &r) { polls.append(r); });
        connection.send(add, this, [&](const RuntimeReply &r) {
            addReply = r;
            addDone = true;
        });
        connection.send(CommandBuilder::showInfo(), this, [&](const RuntimeReply &r) { polls.append(r); });
        QTRY_VERIFY_WITH_TIMEOUT(addDone && polls.size() == 2, 5000);
        QVERIFY2(addReply.ok(), qPrintable(addReply.errorMessage + QString::fromUtf8(addReply.body)));
        const QByteArray live = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show map #0");
        QVERIFY2(live.contains(" c.example 3\n") && live.contains(" d.example 4\n"), live.constData());
        QVERIFY(polls.at(0).ok() && polls.at(0).body.startsWith("# pxname,svname,"));
        QVERIFY(polls.at(1).ok() && polls.at(1).body.contains("Pid: "));
        QCOMPARE(connection.state(), RuntimeConnection::State::Ready);
        // The one-shot connections are gone again: the shared session is the only one left.
        QTRY_COMPARE_WITH_TIMEOUT(HaproxyFixture::openCliSessions(haproxy.adminSocket()), 1, 5000);
    }

    void closeCancelsQueued()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()));
        connection.open();
        QVERIFY(waitReady(connection));
        connection.close();
        const RuntimeReply reply = sendAndWait(connection, CommandBuilder::showCliLevel());
        QCOMPARE(reply.error, RuntimeError::NotConnected);
        QCOMPARE(connection.state(), RuntimeConnection::State::Disconnected);
    }

private:
    // One haproxy whose frontend uses a map file, shared by the map tests (the first starts it).
    bool startMapInstance()
    {
        if (m_maps)
            return true;
        QFile map(m_mapDir.filePath(QStringLiteral("hosts.map")));
        if (!m_mapDir.isValid() || !map.open(QIODevice::WriteOnly))
            return false;
        map.close();
        HaproxyFixture::Options options;
        options.body = mapBody(map.fileName());
        auto haproxy = std::make_unique<HaproxyFixture>(options);
        if (!haproxy->start()) {
            qWarning("%s", qPrintable(haproxy->errorString()));
            return false;
        }
        m_maps = std::move(haproxy);
        return true;
    }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    QTemporaryDir m_mapDir; // before m_maps: the map file outlives the haproxy reading it
    std::unique_ptr<HaproxyFixture> m_maps;
};

QTEST_GUILESS_MAIN(TestRuntimeConnection)
#include "tst_runtimeconnection.moc"
