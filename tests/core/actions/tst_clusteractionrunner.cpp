// ClusterActionRunner against two real haproxy processes with the same config, as a cluster of
// two nodes; every effect is read back on each node with the fixture's own raw client.

#include "core/actions/clusteractionrunner.h"
#include "core/actions/serveraction.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using Kind = ServerAction::Kind;

// No health checks and no listening servers: the state changes under test are then the only
// ones, and each node costs one process.
const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 127.0.0.1:${PORT:s1}
    server s2 127.0.0.1:${PORT:s2}
)");

const ServerTarget S1 { QStringLiteral("be"), QStringLiteral("s1") };
const ServerTarget S2 { QStringLiteral("be"), QStringLiteral("s2") };

// One field of a server's line in `show servers state`, by header name.
QByteArray serverField(const QString &socket, const QByteArray &server, const QByteArray &name)
{
    const QByteArray answer = HaproxyFixture::rawCommand(socket, "show servers state be");
    QList<QByteArray> header;
    for (const QByteArray &line : answer.split('\n')) {
        if (line.startsWith("# ")) {
            header = line.mid(2).split(' ');
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        if (header.isEmpty() || fields.size() < header.size() || fields.at(3) != server)
            continue;
        const qsizetype column = header.indexOf(name);
        return column >= 0 ? fields.at(column) : QByteArray();
    }
    return {};
}

std::unique_ptr<RuntimeConnection> openConnection(const QString &socket)
{
    auto connection = std::make_unique<RuntimeConnection>(Endpoint::parse(socket).value());
    connection->open();
    return connection;
}

// Answers come in order: once a later command is answered on a connection, anything sent
// on it before has been answered too, and the events it queued have been handled.
bool answeredAfterEverything(RuntimeConnection &connection)
{
    return sendAndWait(connection, CommandBuilder::showCliLevel()).ok();
}

// The lines of the commands a spy on commandFinished saw.
QList<QByteArray> sentLines(const QSignalSpy &spy)
{
    QList<QByteArray> lines;
    for (const QList<QVariant> &args : spy)
        lines.append(args.at(0).value<RuntimeCommand>().line());
    return lines;
}

} // namespace

class TestClusterActionRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_a;
    std::unique_ptr<HaproxyFixture> m_b;
    std::unique_ptr<RuntimeConnection> m_connA;
    std::unique_ptr<RuntimeConnection> m_connB;

    QList<ClusterMember> members() const
    {
        return { { QStringLiteral("node-a"), m_connA.get() }, { QStringLiteral("node-b"), m_connB.get() } };
    }
    QList<QString> sockets() const { return { m_a->adminSocket(), m_b->adminSocket() }; }

    static ClusterSummary run(ClusterActionRunner &runner, const ServerAction &action, bool expectStarted)
    {
        QSignalSpy finished(&runner, &ClusterActionRunner::finished);
        const bool started = runner.start(action);
        if (started != expectStarted)
            qWarning("start() returned %d", started);
        if (!finished.wait(20000))
            return {};
        if (finished.size() != 1)
            qWarning("finished() emitted %d times", int(finished.size()));
        return finished.first().first().value<ClusterSummary>();
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_a = std::make_unique<HaproxyFixture>(options);
        m_b = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_a->start(), qPrintable(m_a->errorString()));
        QVERIFY2(m_b->start(), qPrintable(m_b->errorString()));
        m_connA = openConnection(m_a->adminSocket());
        m_connB = openConnection(m_b->adminSocket());
        QTRY_VERIFY_WITH_TIMEOUT(m_connA->isReady() && m_connB->isReady(), 15000);
        QCOMPARE(m_connB->level(), AccessLevel::Admin);
    }
    void cleanupTestCase()
    {
        m_connA.reset();
        m_connB.reset();
        m_a.reset();
        m_b.reset();
    }

    // Every test starts from both servers ready with weight 1 on both nodes.
    void init()
    {
        for (const QString &socket : sockets()) {
            HaproxyFixture::rawCommand(socket,
                "set server be/s1 state ready; set server be/s1 weight 1; "
                "set server be/s2 state ready; set server be/s2 weight 1");
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("0"));
            QCOMPARE(serverField(socket, "s2", "srv_uweight"), QByteArray("1"));
        }
    }

    void weightAppliesOnEveryNode()
    {
        ClusterActionRunner runner(members());
        QSignalSpy memberFinished(&runner, &ClusterActionRunner::memberFinished);
        const ClusterSummary summary =
            run(runner, ServerAction::setWeight({ S1 }, CommandBuilder::Weight { 42, false }), true);
        QVERIFY2(summary.allOk(), qPrintable(summary.text()));
        QCOMPARE(summary.text(), QStringLiteral("2 of 2 nodes done"));
        QCOMPARE(summary.members.size(), 2);
        QCOMPARE(summary.members.at(1).name, QStringLiteral("node-b"));
        QCOMPARE(summary.members.at(1).outcomes.size(), 1);
        QCOMPARE(summary.members.at(1).outcomes.first().text, QStringLiteral("OK"));
        QCOMPARE(memberFinished.size(), 2);
        for (const QString &socket : sockets())
            QCOMPARE(
                HaproxyFixture::rawCommand(socket, "get weight be/s1"), QByteArray("42 (initial 1)\n\n"));
        // s2 was not part of it.
        QCOMPARE(HaproxyFixture::rawCommand(m_b->adminSocket(), "get weight be/s2"),
            QByteArray("1 (initial 1)\n\n"));
    }

    void maintenanceAppliesOnEveryNode()
    {
        ClusterActionRunner runner(members());
        QSignalSpy progress(&runner, &ClusterActionRunner::progress);
        const ClusterSummary summary = run(runner, ServerAction(Kind::StateMaint, { S1, S2 }), true);
        QVERIFY2(summary.allOk(), qPrintable(summary.text()));
        for (const QString &socket : sockets()) {
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("1"));
            QCOMPARE(serverField(socket, "s2", "srv_admin_state"), QByteArray("1"));
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
    }

    // One member at level operator: the whole cluster is refused before anything is sent.
    void operatorMemberRefusesTheWholeCluster()
    {
        auto operatorConnection = openConnection(m_b->operatorSocket());
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection->isReady(), 10000);
        QCOMPARE(operatorConnection->level(), AccessLevel::Operator);
        QSignalSpy sentA(m_connA.get(), &RuntimeConnection::commandFinished);
        QSignalSpy sentB(operatorConnection.get(), &RuntimeConnection::commandFinished);

        ClusterActionRunner runner({ { QStringLiteral("node-a"), m_connA.get() },
            { QStringLiteral("node-b"), operatorConnection.get() } });
        const QList<QString> reasons = runner.precheck(ServerAction(Kind::StateMaint, { S1 }));
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).isEmpty());
        QVERIFY(!reasons.at(1).isEmpty());

        const ClusterSummary summary = run(runner, ServerAction(Kind::StateMaint, { S1 }), false);
        QVERIFY(!summary.allOk());
        QVERIFY2(summary.error.contains(QStringLiteral("node-b")), qPrintable(summary.error));
        QCOMPARE(summary.text(), summary.error);
        QCOMPARE(summary.members.size(), 2);
        for (const ClusterMemberResult &member : summary.members) {
            QVERIFY(!member.refusal.isEmpty());
            QCOMPARE(member.summary.notSent, 1);
            QCOMPARE(member.outcomes.first().status, ActionOutcome::Status::NotSent);
        }
        QCOMPARE(summary.members.at(1).refusal, reasons.at(1));

        // Anything wrongly sent would have been answered before these.
        QVERIFY(answeredAfterEverything(*m_connA));
        QVERIFY(answeredAfterEverything(*operatorConnection));
        QCOMPARE(sentLines(sentA), QList<QByteArray> { CommandBuilder::showCliLevel().line() });
        QCOMPARE(sentLines(sentB), QList<QByteArray> { CommandBuilder::showCliLevel().line() });
        for (const QString &socket : sockets())
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("0"));
    }

    // With allowPartial, the admin member runs and the operator one is reported as refused.
    void allowPartialRunsTheMembersThatCan()
    {
        auto operatorConnection = openConnection(m_b->operatorSocket());
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection->isReady(), 10000);
        ClusterActionRunner runner({ { QStringLiteral("node-a"), m_connA.get() },
            { QStringLiteral("node-b"), operatorConnection.get() } });
        runner.setAllowPartial(true);
        QSignalSpy memberFinished(&runner, &ClusterActionRunner::memberFinished);
        const ClusterSummary summary = run(runner, ServerAction(Kind::StateDrain, { S2 }), true);
        QVERIFY(summary.error.isEmpty());
        QVERIFY(!summary.allOk());
        QVERIFY(summary.members.at(0).ok());
        QVERIFY(!summary.members.at(1).refusal.isEmpty());
        QVERIFY2(summary.text().startsWith(QStringLiteral("1 of 2 nodes done; node-b: ")),
            qPrintable(summary.text()));
        QCOMPARE(memberFinished.size(), 2);
        QCOMPARE(serverField(m_a->adminSocket(), "s2", "srv_admin_state"), QByteArray("8"));
        QCOMPARE(serverField(m_b->adminSocket(), "s2", "srv_admin_state"), QByteArray("0"));
    }

    // A server that exists on one node only: the pre-check cannot know (it would need every
    // node's latest state, which may be stale anyway), so both run and node-b reports HAProxy's
    // own words while node-a succeeds. No allowPartial needed: partial is about what is known
    // before sending.
    void serverMissingOnOneNode()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_a->adminSocket(), "add server be/extra 127.0.0.1:1"),
            QByteArray("New server registered.\n\n"));
        const ServerTarget extra { QStringLiteral("be"), QStringLiteral("extra") };
        ClusterActionRunner runner(members());
        const ClusterSummary summary = run(runner, ServerAction(Kind::StateDrain, { extra }), true);
        // Remove it before any assertion can return early.
        const QByteArray drained = serverField(m_a->adminSocket(), "extra", "srv_admin_state");
        HaproxyFixture::rawCommand(
            m_a->adminSocket(), "set server be/extra state maint; del server be/extra");

        QVERIFY(!summary.allOk());
        QVERIFY(summary.error.isEmpty());
        QVERIFY(summary.members.at(0).ok());
        QCOMPARE(summary.members.at(1).summary.failed, 1);
        QCOMPARE(summary.members.at(1).outcomes.first().status, ActionOutcome::Status::Failed);
        QCOMPARE(summary.members.at(1).outcomes.first().text, QStringLiteral("No such server."));
        QCOMPARE(summary.text(), QStringLiteral("1 of 2 nodes done; node-b: be/extra: No such server."));
        // A new server starts in MAINT; `state drain` takes it out of MAINT into DRAIN (8).
        QCOMPARE(drained, QByteArray("8"));
    }

    void badNameIsRefusedBeforeSending()
    {
        QSignalSpy sentA(m_connA.get(), &RuntimeConnection::commandFinished);
        QSignalSpy sentB(m_connB.get(), &RuntimeConnection::commandFinished);
        ClusterActionRunner runner(members());
        const ClusterSummary summary = run(runner,
            ServerAction(Kind::StateMaint, { S1, { QStringLiteral("be"), QStringLiteral("s2;show") } }),
            false);
        QVERIFY(!summary.error.isEmpty());
        QVERIFY2(summary.error.contains(QStringLiteral("s2;show")), qPrintable(summary.error));
        QVERIFY(!summary.allOk());
        QVERIFY(answeredAfterEverything(*m_connA));
        QVERIFY(answeredAfterEverything(*m_connB));
        QCOMPARE(sentLines(sentA), QList<QByteArray> { CommandBuilder::showCliLevel().line() });
        QCOMPARE(sentLines(sentB), QList<QByteArray> { CommandBuilder::showCliLevel().line() });
        for (const QString &socket : sockets())
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("0"));
    }

    void disconnectedMemberIsRefused()
    {
        RuntimeConnection never(Endpoint::parse(m_b->adminSocket()).value()); // never opened
        ClusterActionRunner runner(
            { { QStringLiteral("node-a"), m_connA.get() }, { QStringLiteral("node-b"), &never } });
        const ClusterSummary summary = run(runner, ServerAction(Kind::StateMaint, { S1 }), false);
        QCOMPARE(summary.members.at(1).refusal, QStringLiteral("Not connected."));
        QCOMPARE(serverField(m_a->adminSocket(), "s1", "srv_admin_state"), QByteArray("0"));
    }

    void badMemberListIsRefused()
    {
        ClusterActionRunner duplicate(
            { { QStringLiteral("node-a"), m_connA.get() }, { QStringLiteral("node-a"), m_connB.get() } });
        QVERIFY(!run(duplicate, ServerAction(Kind::StateMaint, { S1 }), false).error.isEmpty());
        ClusterActionRunner empty;
        QVERIFY(!run(empty, ServerAction(Kind::StateMaint, { S1 }), false).error.isEmpty());
        for (const QString &socket : sockets())
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("0"));
    }

    // Cancel stops every member: what was sent completes, the rest is not sent, and HAProxy's
    // state on each node matches what the summary says.
    void cancelStopsEveryMember()
    {
        ClusterActionRunner runner(members());
        runner.setMaxInFlight(1); // one command on the wire per member: the second waits
        QSignalSpy finished(&runner, &ClusterActionRunner::finished);
        QVERIFY(runner.start(ServerAction(Kind::StateMaint, { S1, S2 })));
        runner.cancel();
        QVERIFY(finished.wait(20000));
        // A second report would come from a member's answer or a queued event: both are
        // handled before a later answer on each member.
        QVERIFY(answeredAfterEverything(*m_connA));
        QVERIFY(answeredAfterEverything(*m_connB));
        QCOMPARE(finished.size(), 1);
        const ClusterSummary summary = finished.first().first().value<ClusterSummary>();
        QVERIFY(!summary.allOk());
        const QList<QString> socketOf = sockets();
        for (int m = 0; m < 2; ++m) {
            const ClusterMemberResult &member = summary.members.at(m);
            QVERIFY(member.summary.cancelled);
            QCOMPARE(member.outcomes.size(), 2);
            QCOMPARE(member.outcomes.at(0).status, ActionOutcome::Status::Ok);
            QCOMPARE(member.outcomes.at(1).status, ActionOutcome::Status::NotSent);
            QCOMPARE(serverField(socketOf.at(m), "s1", "srv_admin_state"), QByteArray("1"));
            QCOMPARE(serverField(socketOf.at(m), "s2", "srv_admin_state"), QByteArray("0"));
        }
    }

    // A second start while running is refused, and the first run is reported once.
    void startWhileRunningIsRefused()
    {
        ClusterActionRunner runner(members());
        QSignalSpy finished(&runner, &ClusterActionRunner::finished);
        QVERIFY(runner.start(ServerAction::setWeight({ S2 }, CommandBuilder::Weight { 7, false })));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(ServerAction(Kind::StateMaint, { S1 })));
        QVERIFY(finished.wait(20000));
        QVERIFY(answeredAfterEverything(*m_connA));
        QVERIFY(answeredAfterEverything(*m_connB));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ClusterSummary>().allOk());
        for (const QString &socket : sockets()) {
            QCOMPARE(serverField(socket, "s2", "srv_uweight"), QByteArray("7"));
            QCOMPARE(serverField(socket, "s1", "srv_admin_state"), QByteArray("0"));
        }
    }
};

QTEST_GUILESS_MAIN(TestClusterActionRunner)
#include "tst_clusteractionrunner.moc"
