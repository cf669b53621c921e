// Every CommandBuilder command sent through RuntimeConnection to a real haproxy; each
// effect is checked independently with the fixture's own raw client.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QTest>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 ${BACKEND:s1} check inter 500ms
    server s2 ${BACKEND:s2} check inter 500ms
    server s3 ${BACKEND:s3}
    server ag ${BACKEND:ag} agent-check agent-port ${PORT:agent} agent-inter 60s

backend be_static
    balance static-rr
    server t1 ${BACKEND:t1}
)");

// The fields of one server in `show servers state`, by header name.
QHash<QByteArray, QByteArray> serverState(
    const QString &socket, const QByteArray &backend, const QByteArray &server)
{
    const QByteArray answer = HaproxyFixture::rawCommand(socket, "show servers state " + backend);
    const QList<QByteArray> lines = answer.split('\n');
    QList<QByteArray> header;
    for (const QByteArray &line : lines) {
        if (line.startsWith("# ")) {
            header = line.mid(2).split(' ');
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        if (header.isEmpty() || fields.size() < header.size() || fields.at(3) != server)
            continue;
        QHash<QByteArray, QByteArray> result;
        for (int i = 0; i < header.size(); ++i)
            result.insert(header.at(i), fields.at(i));
        return result;
    }
    return {};
}

} // namespace

class TestCommandRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void dumps()
    {
        QVERIFY(send(CommandBuilder::showInfo()).body.contains("\nPid: "));
        QVERIFY(send(CommandBuilder::showCliLevel()).body.startsWith("admin"));
        QVERIFY(send(CommandBuilder::showBackend()).body.contains("\nbe_static\n"));

        const QByteArray all = send(CommandBuilder::showStat().value()).body;
        QVERIFY(all.contains("\nfe,FRONTEND,") && all.contains("\nbe,s1,")
            && all.contains("\nbe_static,BACKEND,"));

        CommandBuilder::StatScope servers;
        servers.proxy = QStringLiteral("be");
        servers.typeMask = CommandBuilder::Servers;
        const QByteArray scoped = send(CommandBuilder::showStat(servers).value()).body;
        QVERIFY(scoped.contains("\nbe,s1,") && !scoped.contains("BACKEND") && !scoped.contains("be_static"));

        CommandBuilder::StatScope backends;
        backends.typeMask = CommandBuilder::Backends;
        const QByteArray onlyBackends = send(CommandBuilder::showStat(backends).value()).body;
        QVERIFY(onlyBackends.contains("\nbe,BACKEND,") && !onlyBackends.contains("\nbe,s1,"));

        const QByteArray state = send(CommandBuilder::showServersState(QStringLiteral("be")).value()).body;
        QVERIFY(state.startsWith("1\n# be_id ") && state.contains(" s3 ") && !state.contains(" t1 "));
        QVERIFY(send(CommandBuilder::showServersState().value()).body.contains(" t1 "));
        QVERIFY(send(CommandBuilder::showServersConn(QStringLiteral("be")).value()).body.contains("be/s2 "));
        QVERIFY(send(CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s1")).value())
                    .body.startsWith("1 (initial 1)"));
        QVERIFY(send(CommandBuilder::setTimeoutCli(300).value()).ok());
    }

    void dumpErrors()
    {
        QCOMPARE(send(CommandBuilder::showServersState(QStringLiteral("nope")).value()).errorMessage,
            QStringLiteral("Can't find backend."));
        CommandBuilder::StatScope scope;
        scope.proxy = QStringLiteral("nope");
        scope.typeMask = CommandBuilder::Servers;
        QCOMPARE(
            send(CommandBuilder::showStat(scope).value()).errorMessage, QStringLiteral("No such proxy."));
    }

    void stateChanges()
    {
        using S = CommandBuilder::ServerState;
        const struct
        {
            S state;
            QByteArray admin;
        } steps[] = { { S::Drain, "8" }, { S::Maint, "1" }, { S::Ready, "0" } };
        for (const auto &step : steps) {
            QVERIFY(
                send(CommandBuilder::setServerState(QStringLiteral("be"), QStringLiteral("s3"), step.state)
                         .value())
                    .ok());
            QCOMPARE(
                ::serverState(m_haproxy->adminSocket(), "be", "s3").value("srv_admin_state"), step.admin);
        }
        const RuntimeReply missing = send(
            CommandBuilder::setServerState(QStringLiteral("be"), QStringLiteral("nope"), S::Drain).value());
        QCOMPARE(missing.error, RuntimeError::HaproxyError);
        QCOMPARE(missing.errorMessage, QStringLiteral("No such server."));
    }

    void weight()
    {
        QVERIFY(
            send(CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s2"), { 50, false })
                     .value())
                .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "s2").value("srv_uweight"), QByteArray("50"));
        // Percentages are of the initial weight (1): 200% gives 2.
        QVERIFY(
            send(CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s2"), { 200, true })
                     .value())
                .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "s2").value("srv_uweight"), QByteArray("2"));
        QVERIFY(send(
            CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s2"), { 1, false }).value())
                    .ok());
    }

    void healthAndChecks()
    {
        using H = CommandBuilder::HealthState;
        QVERIFY(send(
            CommandBuilder::setServerHealth(QStringLiteral("be"), QStringLiteral("s3"), H::Stopping).value())
                    .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "s3").value("srv_op_state"), QByteArray("3"));
        QVERIFY(
            send(CommandBuilder::setServerHealth(QStringLiteral("be"), QStringLiteral("s3"), H::Down).value())
                .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "s3").value("srv_op_state"), QByteArray("0"));
        QVERIFY(
            send(CommandBuilder::setServerHealth(QStringLiteral("be"), QStringLiteral("s3"), H::Up).value())
                .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "s3").value("srv_op_state"), QByteArray("2"));

        QVERIFY(send(CommandBuilder::disableHealth(QStringLiteral("be"), QStringLiteral("s1")).value()).ok());
        QCOMPARE(
            ::serverState(m_haproxy->adminSocket(), "be", "s1").value("srv_check_state").toInt() & 0x4, 0);
        QVERIFY(send(CommandBuilder::enableHealth(QStringLiteral("be"), QStringLiteral("s1")).value()).ok());
        QVERIFY(::serverState(m_haproxy->adminSocket(), "be", "s1").value("srv_check_state").toInt() & 0x4);

        const RuntimeReply noCheck =
            send(CommandBuilder::enableHealth(QStringLiteral("be"), QStringLiteral("s3")).value());
        QCOMPARE(noCheck.error, RuntimeError::HaproxyError);
        QVERIFY(noCheck.errorMessage.contains(QStringLiteral("Health check was not configured")));

        QVERIFY(send(CommandBuilder::setServerCheckPort(QStringLiteral("be"), QStringLiteral("s1"),
                         m_haproxy->backendPort(QStringLiteral("s1")))
                         .value())
                    .ok());
        const RuntimeReply checkPortNoCheck = send(
            CommandBuilder::setServerCheckPort(QStringLiteral("be"), QStringLiteral("s3"), 8080).value());
        QCOMPARE(checkPortNoCheck.error, RuntimeError::HaproxyError);
    }

    void agent()
    {
        QVERIFY(send(CommandBuilder::disableAgent(QStringLiteral("be"), QStringLiteral("ag")).value()).ok());
        QCOMPARE(
            ::serverState(m_haproxy->adminSocket(), "be", "ag").value("srv_agent_state").toInt() & 0x4, 0);
        QVERIFY(send(CommandBuilder::enableAgent(QStringLiteral("be"), QStringLiteral("ag")).value()).ok());
        QVERIFY(::serverState(m_haproxy->adminSocket(), "be", "ag").value("srv_agent_state").toInt() & 0x4);
        using A = CommandBuilder::AgentState;
        QVERIFY(
            send(CommandBuilder::setServerAgent(QStringLiteral("be"), QStringLiteral("ag"), A::Down).value())
                .ok());
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "ag").value("srv_op_state"), QByteArray("0"));
        QVERIFY(
            send(CommandBuilder::setServerAgent(QStringLiteral("be"), QStringLiteral("ag"), A::Up).value())
                .ok());

        const RuntimeReply noAgent =
            send(CommandBuilder::enableAgent(QStringLiteral("be"), QStringLiteral("s1")).value());
        QCOMPARE(noAgent.error, RuntimeError::HaproxyError);
        QVERIFY(noAgent.errorMessage.contains(QStringLiteral("Agent was not configured")));
        const RuntimeReply agentUp =
            send(CommandBuilder::setServerAgent(QStringLiteral("be"), QStringLiteral("s1"), A::Up).value());
        QCOMPARE(agentUp.error, RuntimeError::HaproxyError);
    }

    void address()
    {
        const quint16 otherPort = m_haproxy->backendPort(QStringLiteral("t1"));
        const RuntimeReply moved = send(CommandBuilder::setServerAddress(
            QStringLiteral("be"), QStringLiteral("s3"), QStringLiteral("127.0.0.1"), otherPort)
                                            .value());
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage));
        // HAProxy 3.0+ applies the change after answering (its server_atomic_sync_task).
        QTRY_COMPARE(::serverState(m_haproxy->adminSocket(), "be", "s3").value("srv_port"),
            QByteArray::number(otherPort));
        const RuntimeReply same = send(CommandBuilder::setServerAddress(
            QStringLiteral("be"), QStringLiteral("s3"), QStringLiteral("127.0.0.1"))
                                           .value());
        QVERIFY2(same.ok(), qPrintable(same.errorMessage));
        // HAProxy 2.6 answers "Invalid addr" to host names here: refused before sending.
        const auto hostName = CommandBuilder::setServerAddress(
            QStringLiteral("be"), QStringLiteral("s3"), QStringLiteral("foo.bar"));
        QVERIFY(!hostName.ok());
        QVERIFY(hostName.error().contains(QStringLiteral("foo.bar")));
        // HAProxy's own refusal comes back typed: `addr` on a server whose name was never resolved.
        const RuntimeReply port0 = send(CommandBuilder::setServerAddress(
            QStringLiteral("be"), QStringLiteral("nope"), QStringLiteral("127.0.0.1"))
                                            .value());
        QCOMPARE(port0.error, RuntimeError::HaproxyError);
        QCOMPARE(port0.errorMessage, QStringLiteral("No such server."));
    }

    void addShutdownAndDelete()
    {
        CommandBuilder::NewServer server;
        server.backend = QStringLiteral("be");
        server.name = QStringLiteral("dyn1");
        server.address = QStringLiteral("127.0.0.1");
        server.port = m_haproxy->backendPort(QStringLiteral("t1"));
        server.weight = 30;
        server.check = true;
        server.checkInterMs = 500;
        server.maxconn = 100;
        server.slowstartMs = 1000;
        const RuntimeReply added = send(CommandBuilder::addServer(server).value());
        QVERIFY2(added.ok(), qPrintable(added.errorMessage));
        auto state = ::serverState(m_haproxy->adminSocket(), "be", "dyn1");
        QCOMPARE(state.value("srv_admin_state"), QByteArray("1")); // always created in MAINT
        QCOMPARE(state.value("srv_uweight"), QByteArray("30"));

        const RuntimeReply duplicate = send(CommandBuilder::addServer(server).value());
        QCOMPARE(duplicate.error, RuntimeError::HaproxyError);
        QVERIFY(duplicate.errorMessage.contains(QStringLiteral("Already exists")));

        CommandBuilder::NewServer backup = server;
        backup.name = QStringLiteral("dyn2");
        backup.backup = true;
        backup.check = false;
        backup.checkInterMs = 0; // inter without check is refused by the builder
        QVERIFY(send(CommandBuilder::addServer(backup).value()).ok());

        CommandBuilder::NewServer v6 = server;
        v6.name = QStringLiteral("dyn6");
        v6.address = QStringLiteral("::1");
        v6.check = false;
        v6.checkInterMs = 0;
        const RuntimeReply addedV6 = send(CommandBuilder::addServer(v6).value());
        QVERIFY2(addedV6.ok(), qPrintable(addedV6.errorMessage));
        QCOMPARE(::serverState(m_haproxy->adminSocket(), "be", "dyn6").value("srv_addr"), QByteArray("::1"));

        QVERIFY(
            send(CommandBuilder::shutdownSessionsServer(QStringLiteral("be"), QStringLiteral("dyn1")).value())
                .ok());

        const RuntimeReply notMaint =
            send(CommandBuilder::delServer(QStringLiteral("be"), QStringLiteral("s2")).value());
        QCOMPARE(notMaint.error, RuntimeError::HaproxyError);
        QVERIFY(notMaint.errorMessage.contains(QStringLiteral("maintenance")));

        for (const QString &name :
            { QStringLiteral("dyn1"), QStringLiteral("dyn2"), QStringLiteral("dyn6") }) {
            const RuntimeReply deleted = send(CommandBuilder::delServer(QStringLiteral("be"), name).value());
            QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage));
            QVERIFY(::serverState(m_haproxy->adminSocket(), "be", name.toUtf8()).isEmpty());
        }

        CommandBuilder::NewServer refused = server;
        refused.backend = QStringLiteral("be_static");
        const RuntimeReply staticRr = send(CommandBuilder::addServer(refused).value());
        QCOMPARE(staticRr.error, RuntimeError::HaproxyError);
        QVERIFY(staticRr.errorMessage.contains(QStringLiteral("dynamic load balancing")));
    }

    // `add server` with a host name: the builder follows the connected instance's version
    // (asked, not assumed), and where it refuses, HAProxy shows why: it registers the server
    // but never resolves the name, so the address stays empty and the check cannot connect.
    void addServerHostNameFollowsTheVersion()
    {
        const HaproxyVersion version = m_connection->version();
        QVERIFY(version.isValid());
        const bool resolves = version.supports(HaproxyFeature::AddServerResolvesHostName);
        CommandBuilder::NewServer server;
        server.backend = QStringLiteral("be");
        server.name = QStringLiteral("byname");
        server.address = QStringLiteral("localhost");
        server.port = m_haproxy->backendPort(QStringLiteral("t1"));
        server.check = true;
        server.checkInterMs = 100;
        const Result<RuntimeCommand> built = CommandBuilder::addServer(server, version);
        QCOMPARE(built.ok(), resolves);
        if (!built)
            QVERIFY2(built.error().contains(QStringLiteral("never resolves it")), qPrintable(built.error()));

        // What HAProxy does with it, sent past the builder as a person could type it.
        const QString typed =
            QStringLiteral("add server be/byname localhost:%1 check inter 100ms").arg(server.port);
        const RuntimeReply added = send(CommandBuilder::raw(typed).value());
        QVERIFY2(added.ok(), qPrintable(added.errorMessage));
        QVERIFY(added.body.startsWith("New server registered."));
        QVERIFY(send(CommandBuilder::enableHealth(server.backend, server.name).value()).ok());
        QVERIFY(send(
            CommandBuilder::setServerState(server.backend, server.name, CommandBuilder::ServerState::Ready)
                .value())
                    .ok());
        // Until a check has concluded (2 FAILED, 3 PASSED).
        QHash<QByteArray, QByteArray> state;
        QTRY_VERIFY_WITH_TIMEOUT(
            (state = ::serverState(m_haproxy->adminSocket(), "be", "byname"),
                state.value("srv_check_result") == "2" || state.value("srv_check_result") == "3"),
            10000);
        QCOMPARE(state.value("srv_fqdn"), QByteArray("localhost"));
        if (resolves) {
            QCOMPARE(state.value("srv_check_result"), QByteArray("3"));
            QVERIFY(state.value("srv_addr") != "-");
        } else {
            QCOMPARE(state.value("srv_addr"), QByteArray("-")); // never resolved
            QCOMPARE(state.value("srv_check_result"), QByteArray("2"));
        }

        QVERIFY(send(
            CommandBuilder::setServerState(server.backend, server.name, CommandBuilder::ServerState::Maint)
                .value())
                    .ok());
        QVERIFY(send(CommandBuilder::delServer(server.backend, server.name).value()).ok());
    }

    void waitSrvRemovableDegrades()
    {
        // `wait` exists from HAProxy 3.0 on; before, HAProxy does not know it and says so.
        QVERIFY(send(CommandBuilder::setServerState(
                         QStringLiteral("be"), QStringLiteral("s3"), CommandBuilder::ServerState::Maint)
                         .value())
                    .ok());
        const RuntimeReply reply = send(
            CommandBuilder::waitServerRemovable(QStringLiteral("be"), QStringLiteral("s3"), 1000).value());
        if (m_connection->version().hasWaitSrvRemovable())
            QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        else
            QCOMPARE(reply.error, RuntimeError::UnknownCommand);
        QVERIFY(send(CommandBuilder::setServerState(
                         QStringLiteral("be"), QStringLiteral("s3"), CommandBuilder::ServerState::Ready)
                         .value())
                    .ok());
    }

    void everyBuiltLineIsEchoedAsSocat()
    {
        const auto command =
            CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s1"), { 10, true });
        const QString socat = m_connection->endpoint().socatCommandLine(command->line());
        QVERIFY(socat.contains(QStringLiteral("set server be/s1 weight 10%")));
        QVERIFY(socat.contains(m_haproxy->adminSocket()));
    }

private:
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command, 15000); }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestCommandRoundTrip)
#include "tst_commandroundtrip.moc"
