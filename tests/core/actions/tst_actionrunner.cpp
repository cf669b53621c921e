// ServerAction planned and run by ActionRunner against a real haproxy; every effect is
// checked independently with the fixture's raw client (`show servers state`).

#include "core/actions/actionrunner.h"
#include "core/actions/serveraction.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/fakecliserver.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using Kind = ServerAction::Kind;

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be1

backend be1
    balance roundrobin
    server s1 ${BACKEND:a1} check inter 500ms agent-check agent-port ${PORT:agent} agent-inter 60s
    server s2 ${BACKEND:a2} check inter 500ms agent-check agent-port ${PORT:agent} agent-inter 60s
    server s3 ${BACKEND:a3} check inter 500ms agent-check agent-port ${PORT:agent} agent-inter 60s

backend be2
    balance roundrobin
    server t1 ${BACKEND:b1} check inter 500ms weight 10
    server t2 ${BACKEND:b2} check inter 500ms weight 10
    server t3 ${BACKEND:b3} check inter 500ms weight 10
)");

const QList<ServerTarget> AllServers = {
    { QStringLiteral("be1"), QStringLiteral("s1") },
    { QStringLiteral("be1"), QStringLiteral("s2") },
    { QStringLiteral("be1"), QStringLiteral("s3") },
    { QStringLiteral("be2"), QStringLiteral("t1") },
    { QStringLiteral("be2"), QStringLiteral("t2") },
    { QStringLiteral("be2"), QStringLiteral("t3") },
};

ServerTarget target(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return { key.left(slash), key.mid(slash + 1) };
}

// The fields of one server in `show servers state`, by header name.
QHash<QByteArray, QByteArray> serverState(const QString &socket, const ServerTarget &server)
{
    const QByteArray answer =
        HaproxyFixture::rawCommand(socket, "show servers state " + server.backend.toUtf8());
    QList<QByteArray> header;
    for (const QByteArray &line : answer.split('\n')) {
        if (line.startsWith("# ")) {
            header = line.mid(2).split(' ');
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        if (header.isEmpty() || fields.size() < header.size() || fields.at(3) != server.server.toUtf8())
            continue;
        QHash<QByteArray, QByteArray> result;
        for (int i = 0; i < header.size(); ++i)
            result.insert(header.at(i), fields.at(i));
        return result;
    }
    return {};
}

} // namespace

class TestActionRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;

    QByteArray field(const ServerTarget &server, const QByteArray &name) const
    {
        return ::serverState(m_haproxy->adminSocket(), server).value(name);
    }
    // Every server's (admin state, op state, weight, check state, agent state), to show
    // that a refused action changed nothing anywhere.
    QList<QByteArray> everything() const
    {
        QList<QByteArray> result;
        for (const ServerTarget &server : AllServers) {
            const auto state = ::serverState(m_haproxy->adminSocket(), server);
            result << server.key().toUtf8() + ' ' + state.value("srv_admin_state") + ' '
                    + state.value("srv_uweight") + ' ' + state.value("srv_check_state") + ' '
                    + state.value("srv_agent_state") + ' ' + state.value("srv_addr") + ' '
                    + state.value("srv_port");
        }
        return result;
    }
    static ActionSummary run(ActionRunner &runner, const ServerAction &action, bool expectStarted = true)
    {
        QSignalSpy finished(&runner, &ActionRunner::finished);
        const bool started = runner.start(action);
        if (started != expectStarted)
            qWarning("start() returned %d", started);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<ActionSummary>();
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
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 10000);
        QCOMPARE(m_connection->level(), AccessLevel::Admin);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    // Every test starts from all servers ready, checked, weighted as configured.
    void init()
    {
        for (const ServerTarget &server : AllServers) {
            const QByteArray name = server.key().toUtf8();
            QByteArray line = "set server " + name + " state ready; set server " + name
                + " health up; enable health " + name + "; set server " + name + " weight "
                + (server.backend == QLatin1String("be1") ? "1" : "10");
            if (server.backend == QLatin1String("be1"))
                line += "; enable agent " + name + "; set server " + name + " agent up";
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), line);
        }
        for (const ServerTarget &server : AllServers)
            QCOMPARE(field(server, "srv_admin_state"), QByteArray("0"));
    }

    void eachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("before"); // raw command run first, to have something to undo
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<int>("mask"); // 0: compare the whole value
        QTest::addColumn<int>("expected");

        QTest::newRow("drain") << int(Kind::StateDrain) << QByteArray() << QByteArray("srv_admin_state") << 0
                               << 8;
        QTest::newRow("maint") << int(Kind::StateMaint) << QByteArray() << QByteArray("srv_admin_state") << 0
                               << 1;
        QTest::newRow("ready") << int(Kind::StateReady) << QByteArray("set server be1/s2 state maint")
                               << QByteArray("srv_admin_state") << 0 << 0;
        QTest::newRow("health stopping")
            << int(Kind::HealthStopping) << QByteArray() << QByteArray("srv_op_state") << 0 << 3;
        QTest::newRow("health down") << int(Kind::HealthDown) << QByteArray() << QByteArray("srv_op_state")
                                     << 0 << 0;
        QTest::newRow("health up") << int(Kind::HealthUp) << QByteArray("set server be1/s2 health down")
                                   << QByteArray("srv_op_state") << 0 << 2;
        QTest::newRow("disable health")
            << int(Kind::DisableHealth) << QByteArray() << QByteArray("srv_check_state") << 0x4 << 0;
        QTest::newRow("enable health") << int(Kind::EnableHealth) << QByteArray("disable health be1/s2")
                                       << QByteArray("srv_check_state") << 0x4 << 0x4;
        QTest::newRow("disable agent")
            << int(Kind::DisableAgent) << QByteArray() << QByteArray("srv_agent_state") << 0x4 << 0;
        QTest::newRow("enable agent") << int(Kind::EnableAgent) << QByteArray("disable agent be1/s2")
                                      << QByteArray("srv_agent_state") << 0x4 << 0x4;
        QTest::newRow("agent down") << int(Kind::AgentDown) << QByteArray() << QByteArray("srv_op_state") << 0
                                    << 0;
        QTest::newRow("agent up") << int(Kind::AgentUp) << QByteArray("set server be1/s2 agent down")
                                  << QByteArray("srv_op_state") << 0 << 2;
        // Its effect on live sessions needs a session; here: accepted, and the server untouched.
        QTest::newRow("shutdown sessions")
            << int(Kind::ShutdownSessions) << QByteArray() << QByteArray("srv_admin_state") << 0 << 0;
    }
    void eachKind()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, field);
        QFETCH(int, mask);
        QFETCH(int, expected);
        const ServerTarget s2 = target(QStringLiteral("be1/s2"));
        if (!before.isEmpty())
            QCOMPARE(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), before), QByteArray("\n"));

        ActionRunner runner(m_connection.get());
        QSignalSpy targetFinished(&runner, &ActionRunner::targetFinished);
        const ActionSummary summary = run(runner, ServerAction(Kind(kind), { s2 }));
        QCOMPARE(summary.total, 1);
        QVERIFY2(summary.allOk(), qPrintable(runner.outcomes().first().text));
        QCOMPARE(runner.outcomes().first().text, QStringLiteral("OK"));
        QCOMPARE(targetFinished.size(), 1);
        QCOMPARE(targetFinished.first().first().value<ServerTarget>(), s2);

        const int value = this->field(s2, field).toInt();
        QCOMPARE(mask ? (value & mask) : value, expected);
        // Nobody else was touched.
        QCOMPARE(this->field(target(QStringLiteral("be1/s1")), "srv_admin_state"), QByteArray("0"));
        QCOMPARE(this->field(target(QStringLiteral("be1/s1")), "srv_op_state"), QByteArray("2"));
    }

    void weight()
    {
        ActionRunner runner(m_connection.get());
        const ServerTarget t1 = target(QStringLiteral("be2/t1"));
        QVERIFY(run(runner, ServerAction::setWeight({ t1 }, { 50, false })).allOk());
        QCOMPARE(field(t1, "srv_uweight"), QByteArray("50"));
        // Percent of the initial weight (10).
        QVERIFY(run(runner, ServerAction::setWeight({ t1 }, { 50, true })).allOk());
        QCOMPARE(field(t1, "srv_uweight"), QByteArray("5"));
    }

    void address()
    {
        ActionRunner runner(m_connection.get());
        const ServerTarget t3 = target(QStringLiteral("be2/t3"));
        const quint16 newPort = m_haproxy->backendPort(QStringLiteral("b1"));
        const ActionSummary summary =
            run(runner, ServerAction::setAddress({ t3 }, QStringLiteral("127.0.0.1"), newPort));
        QVERIFY2(summary.allOk(), qPrintable(runner.outcomes().first().text));
        // HAProxy answers with a message even on success; it is shown.
        QVERIFY2(runner.outcomes().first().text.contains(QLatin1String("port changed")),
            qPrintable(runner.outcomes().first().text));
        // HAProxy 3.0+ applies the change after answering (its server_atomic_sync_task).
        QTRY_COMPARE(field(t3, "srv_port"), QByteArray::number(newPort));
        QCOMPARE(field(t3, "srv_addr"), QByteArray("127.0.0.1"));
        // Put it back for the other tests.
        QVERIFY(run(runner,
            ServerAction::setAddress(
                { t3 }, QStringLiteral("127.0.0.1"), m_haproxy->backendPort(QStringLiteral("b3"))))
                    .allOk());
    }

    void bulkAcrossBackends()
    {
        const QList<ServerTarget> selection = { target(QStringLiteral("be1/s1")),
            target(QStringLiteral("be1/s3")), target(QStringLiteral("be2/t1")),
            target(QStringLiteral("be2/t2")) };
        ActionRunner runner(m_connection.get());
        QSignalSpy progress(&runner, &ActionRunner::progress);
        QSignalSpy targetFinished(&runner, &ActionRunner::targetFinished);
        QSignalSpy refresh(&runner, &ActionRunner::refreshRequested);
        const ActionSummary summary = run(runner, ServerAction(Kind::StateMaint, selection));
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.succeeded, 4);
        QCOMPARE(summary.text(), QStringLiteral("4 of 4 done"));
        QCOMPARE(targetFinished.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        QCOMPARE(refresh.size(), 0);
        for (int i = 0; i < selection.size(); ++i) {
            QCOMPARE(runner.outcomes().at(i).target, selection.at(i)); // in order
            QCOMPARE(field(selection.at(i), "srv_admin_state"), QByteArray("1"));
        }
        QCOMPARE(field(target(QStringLiteral("be1/s2")), "srv_admin_state"), QByteArray("0"));
        QCOMPARE(field(target(QStringLiteral("be2/t3")), "srv_admin_state"), QByteArray("0"));
    }

    void haproxyErrorVerbatim()
    {
        // A valid name HAProxy does not know: its own words, and the other target still done.
        ActionRunner runner(m_connection.get());
        const ActionSummary summary = run(runner,
            ServerAction(
                Kind::StateDrain, { target(QStringLiteral("be1/nope")), target(QStringLiteral("be1/s1")) }));
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(runner.outcomes().at(0).status, ActionOutcome::Status::Failed);
        QCOMPARE(runner.outcomes().at(0).text, QStringLiteral("No such server."));
        QCOMPARE(field(target(QStringLiteral("be1/s1")), "srv_admin_state"), QByteArray("8"));
    }

    void operatorSocketRefused()
    {
        RuntimeConnection operatorConnection(Endpoint::parse(m_haproxy->operatorSocket()).value());
        operatorConnection.open();
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection.isReady(), 10000);
        QCOMPARE(operatorConnection.level(), AccessLevel::Operator);
        QSignalSpy sent(&operatorConnection, &RuntimeConnection::commandFinished);

        const QList<QByteArray> before = everything();
        const ServerAction action(Kind::StateMaint, AllServers);
        QCOMPARE(action.disabledReason(AccessLevel::Operator),
            QStringLiteral("Needs admin level; this socket is operator."));
        ActionRunner runner(&operatorConnection);
        const ActionSummary summary = run(runner, action, false);
        QCOMPARE(summary.error, QStringLiteral("Needs admin level; this socket is operator."));
        QCOMPARE(summary.succeeded, 0);
        for (const ActionOutcome &outcome : runner.outcomes()) {
            QCOMPARE(outcome.reply.error, RuntimeError::LevelTooLow);
            QVERIFY(!outcome.reply.wasSent());
        }
        // Answers come in order: anything the runner had sent is answered before a later command.
        QVERIFY(sendAndWait(operatorConnection, CommandBuilder::showCliLevel()).ok());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).value<RuntimeCommand>().line(), CommandBuilder::showCliLevel().line());
        QCOMPARE(everything(), before);
    }

    void badNameRefusedBeforeSending()
    {
        const QList<QByteArray> before = everything();
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        ActionRunner runner(m_connection.get());
        QSignalSpy targetFinished(&runner, &ActionRunner::targetFinished);
        const QList<ServerTarget> selection = { target(QStringLiteral("be1/s1")),
            { QStringLiteral("be1"), QStringLiteral("s2; disable server be1/s3") },
            target(QStringLiteral("be2/t1")) };
        const ServerAction action(Kind::StateMaint, selection);
        QVERIFY(!action.plan().ok());
        QVERIFY2(action.plan().error().startsWith(QLatin1String("be1/s2; disable server be1/s3: ")),
            qPrintable(action.plan().error()));

        const ActionSummary summary = run(runner, action, false);
        QCOMPARE(summary.error, action.plan().error());
        QCOMPARE(summary.notSent, 3);
        QCOMPARE(targetFinished.size(), 0);
        // Answers come in order: anything the runner had sent is answered before a later command.
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).value<RuntimeCommand>().line(), CommandBuilder::showCliLevel().line());
        QCOMPARE(everything(), before);
    }

    void addressOnSeveralServersRefused()
    {
        const ServerAction action =
            ServerAction::setAddress({ target(QStringLiteral("be2/t1")), target(QStringLiteral("be2/t2")) },
                QStringLiteral("127.0.0.1"));
        QVERIFY(!action.plan().ok());
    }

    void cancelStopsSending()
    {
        ActionRunner runner(m_connection.get());
        runner.setMaxInFlight(1);
        connect(&runner, &ActionRunner::targetFinished, &runner, &ActionRunner::cancel);
        const ActionSummary summary = run(runner, ServerAction(Kind::StateDrain, AllServers));
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.notSent, 5);
        QCOMPARE(field(AllServers.at(0), "srv_admin_state"), QByteArray("8"));
        for (int i = 1; i < AllServers.size(); ++i) {
            QCOMPARE(runner.outcomes().at(i).status, ActionOutcome::Status::NotSent);
            QCOMPARE(field(AllServers.at(i), "srv_admin_state"), QByteArray("0"));
        }
    }

    void writeNeverResentAfterDisconnect_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("expectedUnknown"); // -1: at least one
        QTest::newRow("pipelined") << 4 << -1;
        // One at a time: the first is lost, the other two are never sent at all.
        QTest::newRow("one at a time") << 1 << 1;
    }
    void writeNeverResentAfterDisconnect()
    {
        QFETCH(int, window);
        QFETCH(int, expectedUnknown);
        FakeCliServer fake;
        QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
        fake.setBehaviour("set server", FakeCliServer::Behaviour::Close);
        ConnectionOptions options;
        options.reconnectInitialDelayMs = 50;
        RuntimeConnection connection(Endpoint::parse(fake.socketPath()).value(), options);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), 10000);

        const QList<ServerTarget> selection = { target(QStringLiteral("be/s1")),
            target(QStringLiteral("be/s2")), target(QStringLiteral("be/s3")) };
        ActionRunner runner(&connection);
        runner.setMaxInFlight(window);
        QSignalSpy refresh(&runner, &ActionRunner::refreshRequested);
        const ActionSummary summary = run(runner, ServerAction(Kind::StateMaint, selection));
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.succeeded, 0);
        QVERIFY(summary.unknown >= 1);
        if (expectedUnknown >= 0)
            QCOMPARE(summary.unknown, expectedUnknown);
        QCOMPARE(summary.unknown + summary.notSent, 3);
        QCOMPARE(runner.outcomes().first().status, ActionOutcome::Status::Unknown);
        QCOMPARE(runner.outcomes().first().text,
            QStringLiteral(
                "The connection dropped after sending; the result is unknown — the row will be refreshed."));
        QCOMPARE(refresh.size(), 1);

        // Let the connection come back: nothing is sent again.
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), 10000);
        // Answers come in order: a write replayed on the new session reaches the server before this.
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).ok());
        int setServerLines = 0;
        for (const QByteArray &line : fake.receivedLines()) {
            if (line.startsWith("set server")) {
                ++setServerLines;
                QCOMPARE(fake.receivedLines().count(line), 1);
            }
        }
        QCOMPARE(setServerLines, summary.unknown);
    }
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
