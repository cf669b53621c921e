// SafeRemove against a real haproxy: idle and busy servers, the timeout, shutting
// sessions down, cancel and return to ready, sessions ending by themselves, a server
// HAProxy refuses to delete, and a socket whose level is too low. Every effect is checked
// with the fixture's own raw client, not with the code under test.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/clock.h"
#include "core/workflows/saferemove.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <sys/socket.h>
#include <vector>

namespace {

// One backend per case, so that a deleted server does not change the others. `balance
// first` sends every request to the first usable server: the slow one, which accepts
// and never answers, so each request holds one session on it for as long as we like.
const QString Body = QStringLiteral(R"(frontend fe_b
    bind 127.0.0.1:${PORT:fe_b}
    timeout client 60s
    default_backend be_b

frontend fe_c
    bind 127.0.0.1:${PORT:fe_c}
    timeout client 60s
    default_backend be_c

frontend fe_d
    mode tcp
    bind 127.0.0.1:${PORT:fe_d}
    timeout client 60s
    default_backend be_d

backend be_a
    balance roundrobin
    server idle ${BACKEND:idle}
    server keep_a ${BACKEND:keep_a}

backend be_b
    balance first
    timeout server 60s
    server slow_b ${SLOWBACKEND:slow_b}
    server keep_b ${BACKEND:keep_b}

backend be_c
    balance first
    timeout server 60s
    server slow_c ${SLOWBACKEND:slow_c}
    server keep_c ${BACKEND:keep_c}

backend be_d
    mode tcp
    balance first
    timeout server 60s
    server slow_d ${SLOWBACKEND:slow_d}
    server keep_d ${BACKEND:keep_d}

backend be_e
    balance roundrobin
    server ref ${BACKEND:ref} check inter 1s
    server tracker ${BACKEND:tracker} track be_e/ref
)");

constexpr int WaitMs = 15000;

SafeRemove::Options removeOptions(int idleTimeoutMs, int pollIntervalMs)
{
    SafeRemove::Options result;
    result.idleTimeoutMs = idleTimeoutMs;
    result.pollIntervalMs = pollIntervalMs;
    return result;
}

} // namespace

class TestSafeRemove : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;

    // srv_admin_state of a server from `show servers state`; -1 when it is not listed.
    qint64 adminState(const QByteArray &backend, const QByteArray &server) const
    {
        const QByteArray answer =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state " + backend);
        const Result<ServersState> state = ServersStateParser::parse(answer);
        if (!state)
            qFatal("show servers state %s: %s", backend.constData(), qPrintable(state.error()));
        for (const ServerStateRow &row : state->rows) {
            if (row.name == server)
                return row.adminState;
        }
        return -1;
    }

    // scur of a server from `show stat`; -1 when absent.
    qint64 sessions(const QByteArray &backend, const QByteArray &server) const
    {
        const QByteArray answer =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat " + backend + " 4 -1");
        const Result<StatTable> table = StatParser::parse(answer);
        if (!table)
            return -1;
        for (const StatRow &row : table->rows) {
            if (row.svname == server)
                return row.scur;
        }
        return -1;
    }

    // Opens `count` client connections whose requests the slow server never answers, and
    // waits until HAProxy counts them on that server.
    bool holdSessions(const QString &frontend, const QByteArray &backend, const QByteArray &server, int count,
        std::vector<std::unique_ptr<QTcpSocket>> &sockets)
    {
        if (!openHeldRequests(m_haproxy->frontendPort(frontend), count, sockets))
            return false;
        return QTest::qWaitFor([&] { return sessions(backend, server) == count; }, WaitMs);
    }

    static QList<SafeRemove::State> states(const QSignalSpy &spy)
    {
        QList<SafeRemove::State> result;
        for (const QList<QVariant> &args : spy)
            result.append(args.at(0).value<SafeRemove::State>());
        return result;
    }

    // The command lines of a commandFinished() spy.
    static QStringList lines(const QSignalSpy &finished)
    {
        QStringList result;
        for (const QList<QVariant> &args : finished)
            result.append(args.at(0).value<RuntimeCommand>().text());
        return result;
    }

    // Sends a harmless read on the connection and waits for its answer. Answers come in order,
    // so by then everything sent on it before has been answered (and is in `finished`, a spy of
    // its commandFinished()).
    static bool sync(RuntimeConnection &connection, QSignalSpy &finished)
    {
        bool answered = false;
        QObject context;
        connection.send(*CommandBuilder::showServersState(QStringLiteral("be_a")), &context,
            [&](const RuntimeReply &) { answered = true; });
        while (!answered) {
            if (!finished.wait(WaitMs))
                return false;
        }
        return true;
    }
    static QString syncLine() { return QStringLiteral("show servers state be_a"); }

    static qsizetype count(const QStringList &lines, const QString &prefix)
    {
        return std::count_if(
            lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(prefix); });
    }

    static QStringList strings(const QSignalSpy &spy)
    {
        QStringList result;
        for (const QList<QVariant> &args : spy)
            result.append(args.at(0).toString());
        return result;
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        QCOMPARE(m_connection->level(), AccessLevel::Admin);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    // (a) An idle server goes drain -> maint -> del and is gone.
    void idleServerIsRemoved()
    {
        QCOMPARE(adminState("be_a", "idle"), 0);
        SafeRemove remove(
            m_connection.get(), QStringLiteral("be_a"), QStringLiteral("idle"), removeOptions(10000, 100));
        QSignalSpy stateSpy(&remove, &SafeRemove::stateChanged);
        QSignalSpy commandSpy(&remove, &SafeRemove::commandSent);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        remove.start();
        QVERIFY(finishedSpy.wait(WaitMs));
        QCOMPARE(finishedSpy.count(), 1);
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), true);
        QCOMPARE(remove.state(), SafeRemove::State::Done);
        QCOMPARE(remove.serverCondition(), ServerCondition::Deleted);

        QList<SafeRemove::State> expected { SafeRemove::State::Draining, SafeRemove::State::WaitingForIdle,
            SafeRemove::State::Maintenance };
        QStringList expectedCommands { QStringLiteral("set server be_a/idle state drain"),
            QStringLiteral("show stat be_a 4 -1"), QStringLiteral("set server be_a/idle state maint") };
        if (remove.usesWaitRemovable()) {
            expected.append(SafeRemove::State::WaitingRemovable);
            expectedCommands.append(QStringLiteral("wait 10000ms srv-removable be_a/idle"));
        }
        expected << SafeRemove::State::Deleting << SafeRemove::State::Done;
        expectedCommands << QStringLiteral("del server be_a/idle");
        QCOMPARE(states(stateSpy), expected);
        QCOMPARE(strings(commandSpy), expectedCommands);

        QCOMPARE(adminState("be_a", "idle"), -1);
        QCOMPARE(adminState("be_a", "keep_a"), 0);
    }

    // (b) A busy server waits, reports its sessions, times out, and after
    // shutdownSessions() is removed.
    void busyServerTimesOutThenShutdown()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(holdSessions(QStringLiteral("fe_b"), "be_b", "slow_b", 3, held));

        ManualClock clock;
        SafeRemove::Options options = removeOptions(1500, 100);
        options.clock = &clock;
        SafeRemove remove(m_connection.get(), QStringLiteral("be_b"), QStringLiteral("slow_b"), options);
        QSignalSpy sessionsSpy(&remove, &SafeRemove::sessionsChanged);
        QSignalSpy commandSpy(&remove, &SafeRemove::commandSent);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        const qint64 startMs = clock.nowMs();
        // The time of its waits passes a poll interval at a time, without sleeping through it.
        auto movedUntil = [&](auto done) {
            if (done())
                return true;
            clock.advance(100);
            return false;
        };
        remove.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            movedUntil([&] { return remove.state() == SafeRemove::State::TimedOut; }), WaitMs);
        QVERIFY2(clock.nowMs() - startMs >= 1500, qPrintable(QString::number(clock.nowMs() - startMs)));
        QVERIFY(!sessionsSpy.isEmpty());
        QCOMPARE(sessionsSpy.first().at(0).toInt(), 3);
        QCOMPARE(sessionsSpy.first().at(1).toInt(), 3);
        QCOMPARE(remove.currentSessions(), 3);
        QCOMPARE(adminState("be_b", "slow_b"), ServerStateRow::ForcedDrain);
        QVERIFY(finishedSpy.isEmpty());
        // It stays timed out, waiting for the user, and still polls.
        const qsizetype polls = count(lines(sent), QStringLiteral("show stat be_b"));
        QTRY_VERIFY_WITH_TIMEOUT(
            movedUntil([&] { return count(lines(sent), QStringLiteral("show stat be_b")) >= polls + 3; }),
            WaitMs);
        QCOMPARE(remove.state(), SafeRemove::State::TimedOut);
        QVERIFY(remove.canShutdownSessions());

        remove.shutdownSessions();
        QTRY_VERIFY_WITH_TIMEOUT(movedUntil([&] { return !finishedSpy.isEmpty(); }), WaitMs);
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), true);
        QCOMPARE(remove.state(), SafeRemove::State::Done);
        QVERIFY(strings(commandSpy).contains(QStringLiteral("shutdown sessions server be_b/slow_b")));
        QCOMPARE(sessionsSpy.last().at(0).toInt(), 0);
        QCOMPARE(sessionsSpy.last().at(1).toInt(), 3);
        QCOMPARE(adminState("be_b", "slow_b"), -1);
    }

    // (c) Cancel during the wait leaves the server in DRAIN, says so, and restoreReady()
    // puts it back.
    void cancelDuringWaitThenRestore()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(holdSessions(QStringLiteral("fe_c"), "be_c", "slow_c", 2, held));

        ManualClock clock;
        SafeRemove::Options options = removeOptions(30000, 100);
        options.clock = &clock;
        SafeRemove remove(m_connection.get(), QStringLiteral("be_c"), QStringLiteral("slow_c"), options);
        QSignalSpy sessionsSpy(&remove, &SafeRemove::sessionsChanged);
        QSignalSpy messageSpy(&remove, &SafeRemove::message);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        QSignalSpy restoreSpy(&remove, &SafeRemove::restoreFinished);
        remove.start();
        QVERIFY(sessionsSpy.wait(WaitMs));
        QCOMPARE(sessionsSpy.first().at(0).toInt(), 2);
        QCOMPARE(remove.state(), SafeRemove::State::WaitingForIdle);

        remove.cancel();
        QVERIFY(finishedSpy.wait(WaitMs));
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), false);
        QCOMPARE(remove.state(), SafeRemove::State::Cancelled);
        QCOMPARE(remove.serverCondition(), ServerCondition::Drain);
        QVERIFY2(messageSpy.last().at(0).toString().contains(QStringLiteral("DRAIN")),
            qPrintable(messageSpy.last().at(0).toString()));
        QCOMPARE(adminState("be_c", "slow_c"), ServerStateRow::ForcedDrain);
        // Nothing more is sent after the cancel, however long it waits: the server stays drained.
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        clock.advance(60'000);
        QVERIFY(sync(*m_connection, sent));
        QCOMPARE(lines(sent), QStringList { syncLine() });
        QCOMPARE(adminState("be_c", "slow_c"), ServerStateRow::ForcedDrain);

        QVERIFY(remove.canRestoreReady());
        remove.restoreReady();
        QVERIFY(restoreSpy.wait(WaitMs));
        QCOMPARE(restoreSpy.at(0).at(0).toBool(), true);
        QCOMPARE(remove.serverCondition(), ServerCondition::Ready);
        QCOMPARE(adminState("be_c", "slow_c"), 0);
        QCOMPARE(finishedSpy.count(), 1);
    }

    // (d) Clients closing their connections end the wait by themselves.
    void sessionsEndingByThemselves()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(holdSessions(QStringLiteral("fe_d"), "be_d", "slow_d", 2, held));

        SafeRemove remove(
            m_connection.get(), QStringLiteral("be_d"), QStringLiteral("slow_d"), removeOptions(30000, 100));
        QSignalSpy sessionsSpy(&remove, &SafeRemove::sessionsChanged);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        remove.start();
        QVERIFY(sessionsSpy.wait(WaitMs));
        QCOMPARE(sessionsSpy.first().at(0).toInt(), 2);
        // Still waiting after a few more reads of the sessions.
        QTRY_VERIFY_WITH_TIMEOUT(count(lines(sent), QStringLiteral("show stat be_d")) >= 3, WaitMs);
        QCOMPARE(remove.state(), SafeRemove::State::WaitingForIdle);

        // A reset (linger 0) is a client that went away. be_d is TCP because in HTTP mode
        // HAProxy 2.6 does not notice a client leaving while it waits for the answer
        // (tried: FIN, RST, abortonclose).
        for (auto &socket : held) {
            const linger reset { 1, 0 };
            QCOMPARE(
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset),
                0);
            socket->abort();
        }
        QVERIFY2(finishedSpy.wait(WaitMs),
            qPrintable(QStringLiteral("%1 sessions left").arg(remove.currentSessions())));
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), true);
        QCOMPARE(remove.state(), SafeRemove::State::Done);
        QCOMPARE(sessionsSpy.last().at(0).toInt(), 0);
        QCOMPARE(adminState("be_d", "slow_d"), -1);
    }

    // (e) A server another one tracks cannot be deleted: HAProxy's words, left in MAINT.
    void referencedServerFails()
    {
        SafeRemove remove(
            m_connection.get(), QStringLiteral("be_e"), QStringLiteral("ref"), removeOptions(10000, 100));
        QSignalSpy messageSpy(&remove, &SafeRemove::message);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        QSignalSpy commandSpy(&remove, &SafeRemove::commandSent);
        remove.start();
        QVERIFY(finishedSpy.wait(WaitMs));
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), false);
        QCOMPARE(remove.state(), SafeRemove::State::Failed);
        QCOMPARE(remove.errorString(),
            QStringLiteral("This server cannot be removed at runtime due to other configuration elements "
                           "pointing to it."));
        // 3.0+: `wait ... srv-removable` answers a bare "Failed." at once for a referenced
        // server; the reason above is `del server`'s, asked right after.
        QStringList writes; // and the wait; not the reads of the server's state
        for (const QList<QVariant> &args : std::as_const(commandSpy)) {
            if (!args.at(0).toString().startsWith(QStringLiteral("show ")))
                writes.append(args.at(0).toString());
        }
        QStringList expected = { QStringLiteral("set server be_e/ref state drain"),
            QStringLiteral("set server be_e/ref state maint") };
        if (remove.usesWaitRemovable())
            expected << QStringLiteral("wait 10000ms srv-removable be_e/ref");
        expected << QStringLiteral("del server be_e/ref");
        QCOMPARE(writes, expected);
        QCOMPARE(remove.serverCondition(), ServerCondition::Maint);
        const QString last = messageSpy.last().at(0).toString();
        QVERIFY2(
            last.contains(remove.errorString()) && last.contains(QStringLiteral("MAINT")), qPrintable(last));
        QVERIFY(adminState("be_e", "ref") & ServerStateRow::ForcedMaint);
        QVERIFY(remove.canRestoreReady());
    }

    // (f) An operator-level socket is refused before anything is sent.
    void operatorLevelRefused()
    {
        RuntimeConnection operatorConnection(Endpoint::parse(m_haproxy->operatorSocket()).value());
        operatorConnection.open();
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection.isReady(), WaitMs);
        QCOMPARE(operatorConnection.level(), AccessLevel::Operator);
        QSignalSpy sentSpy(&operatorConnection, &RuntimeConnection::commandFinished);

        SafeRemove remove(&operatorConnection, QStringLiteral("be_e"), QStringLiteral("tracker"));
        QSignalSpy commandSpy(&remove, &SafeRemove::commandSent);
        QSignalSpy finishedSpy(&remove, &SafeRemove::finished);
        remove.start();
        QCOMPARE(finishedSpy.count(), 1);
        QCOMPARE(finishedSpy.at(0).at(0).toBool(), false);
        QCOMPARE(remove.state(), SafeRemove::State::Failed);
        QVERIFY2(remove.errorString().contains(QStringLiteral("admin")), qPrintable(remove.errorString()));
        QVERIFY(sync(operatorConnection, sentSpy));
        QVERIFY(commandSpy.isEmpty());
        QCOMPARE(lines(sentSpy), QStringList { syncLine() }); // nothing but the sync read
        QCOMPARE(adminState("be_e", "tracker") & ServerStateRow::ForcedDrain, 0);
    }
};

QTEST_GUILESS_MAIN(TestSafeRemove)
#include "tst_saferemove.moc"
