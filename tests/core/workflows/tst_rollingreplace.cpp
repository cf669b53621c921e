// RollingReplace against a real haproxy: a full replace of two servers under traffic, pause
// then roll back after a finished step, abort during a removal and during the wait for UP,
// a new server that never comes UP, bad input refused with nothing written, and the audit
// log recording every command in order. Every effect is read back with the fixture's own
// raw client, not with the code under test.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/storage/auditlog.h"
#include "core/workflows/rollingreplace.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// One backend per case, so that servers deleted by one case do not change another.
const QString Body = QStringLiteral(R"(frontend fe_a
    bind 127.0.0.1:${PORT:fe_a}
    default_backend be_a

frontend fe_c
    bind 127.0.0.1:${PORT:fe_c}
    timeout client 60s
    default_backend be_c

backend be_a
    balance roundrobin
    server old1 ${BACKEND:a_old1} check inter 200ms weight 3
    server old2 ${BACKEND:a_old2} check inter 200ms weight 5

backend be_b
    balance roundrobin
    server old1 ${BACKEND:b_old1} check inter 200ms
    server old2 ${BACKEND:b_old2} check inter 200ms

backend be_c
    balance first
    timeout server 60s
    server old1 ${SLOWBACKEND:c_old1} check inter 200ms
    server old2 ${BACKEND:c_old2} check inter 200ms

backend be_d
    balance leastconn
    server old1 ${BACKEND:d_old1} check inter 200ms
    # nobody listens on ${PORT:dead}

backend be_e
    balance roundrobin
    server old1 ${BACKEND:e_old1} check inter 200ms

backend be_f
    balance roundrobin
    server old1 ${BACKEND:f_old1} check inter 200ms
    server old2 ${BACKEND:f_old2} check inter 200ms

backend be_static
    balance static-rr
    server s1 ${BACKEND:st1}
)");

constexpr int WaitMs = 30000;

RollingReplacePlan::Options fastOptions()
{
    RollingReplacePlan::Options options;
    options.upTimeoutMs = 15000;
    options.idleTimeoutMs = 15000;
    options.checkIntervalMs = 100;
    options.newCheckInterMs = 200;
    return options;
}

QStringList strings(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &args : spy)
        result.append(args.at(0).toString());
    return result;
}

QStringList writesOf(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!line.startsWith(u"show "))
            result.append(line);
    }
    return result;
}

} // namespace

class TestRollingReplace : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;

    // srv_admin_state and srv_uweight from `show servers state`; admin -1 when not listed.
    struct ServerState
    {
        qint64 admin = -1;
        qint64 uweight = -1;
    };
    ServerState serverState(const QByteArray &backend, const QByteArray &server) const
    {
        const Result<ServersState> state = ServersStateParser::parse(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state " + backend));
        if (!state)
            qFatal("show servers state %s: %s", backend.constData(), qPrintable(state.error()));
        for (const ServerStateRow &row : state->rows) {
            if (row.name == server)
                return { row.adminState, row.uweight };
        }
        return {};
    }

    // The status cell of `show stat`; empty when the server is not listed.
    QByteArray status(const QByteArray &backend, const QByteArray &server) const
    {
        const Result<StatTable> table = StatParser::parse(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat " + backend + " 4 -1"));
        if (!table)
            return "?";
        for (const StatRow &row : table->rows) {
            if (row.svname == server)
                return row.status;
        }
        return {};
    }

    // Sessions a frontend has taken so far (stot), -1 when it cannot be read.
    qint64 frontendSessions(const QByteArray &frontend) const
    {
        const Result<StatTable> table = StatParser::parse(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat " + frontend + " 1 -1"));
        if (!table || table->rows.isEmpty())
            return -1;
        return table->rows.first().stot;
    }

    // Sends a harmless read on the connection and waits for its answer. Answers come in order,
    // so by then everything sent on it before has been answered. False when it never came.
    static bool sync(RuntimeConnection &connection)
    {
        QSignalSpy finished(&connection, &RuntimeConnection::commandFinished);
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

    // How many commands the run had announced when it entered Paused (-1: not yet).
    static std::shared_ptr<qsizetype> sentAtPause(RollingReplace &run, const QSignalSpy &commands)
    {
        auto count = std::make_shared<qsizetype>(-1);
        QObject::connect(
            &run, &RollingReplace::stateChanged, &run, [count, &commands](RollingReplace::State state) {
                if (state == RollingReplace::State::Paused)
                    *count = commands.size();
            });
        return count;
    }

    // Waits until `show stat` of the backend has finished n times on the connection.
    static bool waitPolls(RuntimeConnection &connection, const QByteArray &backend, int n)
    {
        QSignalSpy finished(&connection, &RuntimeConnection::commandFinished);
        const QString line = QStringLiteral("show stat ") + QString::fromLatin1(backend);
        auto polls = [&] {
            return std::count_if(finished.cbegin(), finished.cend(), [&](const QList<QVariant> &arguments) {
                return arguments.at(0).value<RuntimeCommand>().text().startsWith(line);
            });
        };
        while (polls() < n) {
            if (!finished.wait(WaitMs))
                return false;
        }
        return true;
    }

    // A new test HTTP server for a new HAProxy server: {address, port}.
    std::pair<QString, int> newBackend(const QString &name)
    {
        if (!m_haproxy->addBackend(name))
            qFatal("addBackend %s: %s", qPrintable(name), qPrintable(m_haproxy->errorString()));
        return { QStringLiteral("127.0.0.1"), m_haproxy->backendPort(name) };
    }

    RollingReplacePlan::Pair pair(
        const QString &old, const QString &name, const QString &backendName, int weight = -1)
    {
        const auto [address, port] = newBackend(backendName);
        RollingReplacePlan::Pair result;
        result.oldServer = old;
        result.newName = name;
        result.newAddress = address;
        result.newPort = port;
        result.weight = weight;
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
        // The config servers must be UP before anything is replaced.
        QVERIFY(m_haproxy->waitForAdminReply(
            "show stat -1 4 -1", [](const QByteArray &r) { return !r.contains("DOWN") && r.contains("UP"); },
            WaitMs));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    // Bad input is refused before anything is written: the audit log gets no record.
    void badInputRefusedWithNothingSent_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("newName2");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expected");
        QTest::newRow("static-rr") << u"be_static"_s << u"x2"_s << u"127.0.0.1"_s << 8080 << u"static-rr"_s;
        QTest::newRow("duplicate name") << u"be_b"_s << u"x1"_s << u"127.0.0.1"_s << 8080 << u"used twice"_s;
        QTest::newRow("existing name")
            << u"be_b"_s << u"old2"_s << u"127.0.0.1"_s << 8080 << u"already has"_s;
        QTest::newRow("bad address") << u"be_b"_s << u"x2"_s << u"10.0.0.1;del"_s << 8080 << u"address"_s;
        QTest::newRow("bad port") << u"be_b"_s << u"x2"_s << u"127.0.0.1"_s << 70000 << u"port"_s;
        QTest::newRow("no backend") << u"be_nope"_s << u"x2"_s << u"127.0.0.1"_s << 8080 << u"be_nope"_s;
    }
    void badInputRefusedWithNothingSent()
    {
        QFETCH(QString, backend);
        QFETCH(QString, newName2);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        log.attach(m_connection.get());

        RollingReplacePlan plan;
        plan.backend = backend;
        plan.options = fastOptions();
        RollingReplacePlan::Pair first;
        first.oldServer = backend == u"be_static" ? QStringLiteral("s1") : QStringLiteral("old1");
        first.newName = QStringLiteral("x1");
        first.newAddress = QStringLiteral("127.0.0.1");
        first.newPort = 8080;
        RollingReplacePlan::Pair second = first;
        second.oldServer = backend == u"be_static" ? QString() : QStringLiteral("old2");
        second.newName = newName2;
        second.newAddress = address;
        second.newPort = port;
        plan.pairs = { first, second };

        RollingReplace run(m_connection.get(), plan);
        QSignalSpy finished(&run, &RollingReplace::finished);
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(run.state(), RollingReplace::State::Failed);
        QVERIFY2(run.errorString().contains(expected), qPrintable(run.errorString()));
        QVERIFY2(
            run.errorString().contains(u"nothing was"_s, Qt::CaseInsensitive), qPrintable(run.errorString()));
        QVERIFY(sync(*m_connection)); // whatever it sent has been answered and logged by now
        QVERIFY(log.records().isEmpty());
        QFile file(log.path());
        QVERIFY(!file.exists() || file.size() == 0);
        QCOMPARE(serverState("be_b", "x1").admin, -1);
        QCOMPARE(serverState("be_b", "old1").admin, 0);
    }

    // A socket below admin level is refused before anything is sent.
    void operatorLevelRefused()
    {
        RuntimeConnection operatorConnection(Endpoint::parse(m_haproxy->operatorSocket()).value());
        operatorConnection.open();
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection.isReady(), WaitMs);
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        log.attach(&operatorConnection);
        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_b");
        plan.options = fastOptions();
        RollingReplacePlan::Pair p;
        p.oldServer = QStringLiteral("old1");
        p.newName = QStringLiteral("x1");
        p.newAddress = QStringLiteral("127.0.0.1");
        p.newPort = 8080;
        plan.pairs = { p };
        RollingReplace run(&operatorConnection, plan);
        QSignalSpy commands(&run, &RollingReplace::commandSent);
        run.start();
        QCOMPARE(run.state(), RollingReplace::State::Failed);
        QVERIFY2(run.errorString().contains(u"admin"_s), qPrintable(run.errorString()));
        QVERIFY(sync(operatorConnection)); // whatever it sent has been answered and logged by now
        QVERIFY(commands.isEmpty());
        QVERIFY(log.records().isEmpty());
    }

    // (a) Two servers replaced under traffic: old ones gone, new ones UP with the old
    // weights; the audit log holds every write, in order.
    void replaceTwoServersUnderTraffic()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        log.attach(m_connection.get());

        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_a");
        plan.options = fastOptions();
        // Weight -1: copied from the old server when the run starts (3 and 5).
        plan.pairs = { pair(QStringLiteral("old1"), QStringLiteral("new1"), QStringLiteral("a_new1")),
            pair(QStringLiteral("old2"), QStringLiteral("new2"), QStringLiteral("a_new2")) };

        QProcess traffic;
        traffic.start(HaproxyFixture::testBackendBinary(),
            { QStringLiteral("--traffic"),
                QStringLiteral("http://127.0.0.1:%1/").arg(m_haproxy->frontendPort(QStringLiteral("fe_a"))),
                QStringLiteral("--rate"), QStringLiteral("40"), QStringLiteral("--duration"),
                QStringLiteral("6"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                QStringLiteral("--json") });
        QVERIFY(traffic.waitForStarted(5000));
        const auto stopTraffic = qScopeGuard([&traffic] {
            if (traffic.state() != QProcess::NotRunning) {
                traffic.kill();
                traffic.waitForFinished(5000);
            }
        });
        // The replace starts under traffic that already flows.
        QTRY_VERIFY_WITH_TIMEOUT(frontendSessions("fe_a") > 0, WaitMs);

        RollingReplace run(m_connection.get(), plan);
        QSignalSpy commands(&run, &RollingReplace::commandSent);
        QSignalSpy finished(&run, &RollingReplace::finished);
        QList<RollingReplace::StepState> step0States;
        connect(&run, &RollingReplace::stepChanged, this, [&](int step) {
            const RollingReplace::StepState state = run.steps().at(step).state;
            if (step == 0 && state != RollingReplace::StepState::Pending
                && (step0States.isEmpty() || step0States.last() != state))
                step0States.append(state);
        });
        run.start();
        QVERIFY(finished.wait(WaitMs * 2));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(run.errorString()));
        QCOMPARE(run.state(), RollingReplace::State::Done);
        QCOMPARE(step0States,
            (QList<RollingReplace::StepState> { RollingReplace::StepState::Adding,
                RollingReplace::StepState::EnablingHealth, RollingReplace::StepState::SettingReady,
                RollingReplace::StepState::WaitingUp, RollingReplace::StepState::Removing,
                RollingReplace::StepState::Done }));

        // Read back independently.
        QCOMPARE(serverState("be_a", "old1").admin, -1);
        QCOMPARE(serverState("be_a", "old2").admin, -1);
        QCOMPARE(serverState("be_a", "new1").admin, 0);
        QCOMPARE(serverState("be_a", "new2").admin, 0);
        QCOMPARE(serverState("be_a", "new1").uweight, 3);
        QCOMPARE(serverState("be_a", "new2").uweight, 5);
        QCOMPARE(status("be_a", "new1"), QByteArray("UP"));
        QCOMPARE(status("be_a", "new2"), QByteArray("UP"));

        const auto port = [&](int i) { return QString::number(plan.pairs.at(i).newPort); };
        QStringList expected;
        for (int i = 0; i < 2; ++i) {
            const QString n = QStringLiteral("new%1").arg(i + 1);
            const QString o = QStringLiteral("old%1").arg(i + 1);
            expected << QStringLiteral("add server be_a/%1 127.0.0.1:%2 weight %3 check inter 200ms")
                            .arg(n, port(i))
                            .arg(i == 0 ? 3 : 5)
                     << QStringLiteral("enable health be_a/%1").arg(n)
                     << QStringLiteral("set server be_a/%1 state ready").arg(n)
                     << QStringLiteral("set server be_a/%1 state drain").arg(o)
                     << QStringLiteral("set server be_a/%1 state maint").arg(o);
            // HAProxy 3.0+: a server is only removable once in maintenance, so the wait
            // comes between maint and del.
            if (m_connection->version().hasWaitSrvRemovable())
                expected << QStringLiteral("wait 10000ms srv-removable be_a/%1").arg(o);
            expected << QStringLiteral("del server be_a/%1").arg(o);
        }
        // HAProxy 2.6 refuses `del server` while the old server's last connections are still
        // attached (under load this happens), and the workflow asks again: a refused line
        // changes nothing. Those refused attempts are set aside; everything else must match.
        QTRY_VERIFY_WITH_TIMEOUT(log.records().size() >= expected.size(), 5000);
        QStringList audited;
        int refusedDeletes = 0;
        for (const AuditRecord &record : log.records()) {
            if (!record.success && record.command.startsWith(u"del server ")
                && record.answer.contains(u"connections attached")) {
                ++refusedDeletes;
                continue;
            }
            audited.append(record.command);
            QVERIFY2(record.success, qPrintable(record.command + u' ' + record.answer));
        }
        QCOMPARE(audited, expected);
        // Sent: the same, each refused `del server` asked again right after itself.
        QStringList folded;
        for (const QString &line : writesOf(strings(commands))) {
            if (!(line.startsWith(u"del server ") && !folded.isEmpty() && folded.constLast() == line))
                folded.append(line);
        }
        QCOMPARE(folded, expected);
        QCOMPARE(writesOf(strings(commands)).size(), expected.size() + refusedDeletes);
        // The file holds the same as memory.
        AuditLog reloaded(log.path());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.records().size(), log.records().size());

        // Traffic during the run: bounded (6 s at 40/s); no request may fail.
        QVERIFY(traffic.waitForFinished(30000));
        const QJsonObject summary = QJsonDocument::fromJson(traffic.readAllStandardOutput()).object();
        QVERIFY2(!summary.isEmpty(), traffic.readAllStandardError().constData());
        qInfo(
            "traffic during the run: %s", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        QVERIFY(summary.value(u"sent").toInt() > 50);
        QCOMPARE(summary.value(u"failed").toInt(), 0);
        const QJsonObject byStatus = summary.value(u"byStatus").toObject();
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            QVERIFY2(!it.key().startsWith(u'5'),
                qPrintable(it.key() + u' ' + QString::number(it.value().toInt())));
        const QJsonObject byServer = summary.value(u"byServer").toObject();
        QVERIFY(byServer.value(u"a_new1").toInt() + byServer.value(u"a_new2").toInt() > 0);
    }

    // (b) Pause after step 1 is done, then roll back: new1 removed, old1 cannot come back
    // (said in words), old2 untouched.
    void pauseAfterStepThenRollBack()
    {
        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_b");
        plan.options = fastOptions();
        plan.pairs = { pair(QStringLiteral("old1"), QStringLiteral("new1"), QStringLiteral("b_new1")),
            pair(QStringLiteral("old2"), QStringLiteral("new2"), QStringLiteral("b_new2")) };
        RollingReplace run(m_connection.get(), plan);
        QSignalSpy messages(&run, &RollingReplace::message);
        QSignalSpy commands(&run, &RollingReplace::commandSent);
        const auto atPause = sentAtPause(run, commands);
        connect(&run, &RollingReplace::stepChanged, this, [&](int step) {
            if (step == 0 && run.steps().at(0).state == RollingReplace::StepState::Removing && run.canPause())
                run.pause();
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == RollingReplace::State::Paused, WaitMs);
        QCOMPARE(run.steps().at(0).state, RollingReplace::StepState::Done);
        QCOMPARE(run.steps().at(1).state, RollingReplace::StepState::Pending);
        QCOMPARE(serverState("be_b", "old1").admin, -1);
        QCOMPARE(serverState("be_b", "new1").admin, 0);
        QCOMPARE(serverState("be_b", "new2").admin, -1);
        // Still paused once all it sent was answered: nothing more is sent.
        QVERIFY(sync(*m_connection));
        QCOMPARE(commands.size(), *atPause);
        QCOMPARE(run.state(), RollingReplace::State::Paused);
        QCOMPARE(serverState("be_b", "old2").admin, 0);

        QVERIFY(run.canRollBack());
        QSignalSpy rolledBack(&run, &RollingReplace::rollBackFinished);
        run.rollBack();
        QVERIFY(rolledBack.wait(WaitMs));
        QVERIFY(rolledBack.at(0).at(0).toBool());
        QCOMPARE(run.state(), RollingReplace::State::RolledBack);
        QCOMPARE(serverState("be_b", "new1").admin, -1);
        QCOMPARE(serverState("be_b", "old2").admin, 0);
        QCOMPARE(serverState("be_b", "old1").admin, -1);
        QVERIFY(strings(messages).join(u'\n').contains(
            u"old1 was already deleted by this run and cannot come back"_s));
    }

    // Pause asked while step 1 adds its server takes effect before the next command; nothing
    // is sent while paused, and resume finishes the run.
    void pauseThenResume()
    {
        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_f");
        plan.options = fastOptions();
        plan.pairs = { pair(QStringLiteral("old1"), QStringLiteral("new1"), QStringLiteral("f_new1")),
            pair(QStringLiteral("old2"), QStringLiteral("new2"), QStringLiteral("f_new2")) };
        RollingReplace run(m_connection.get(), plan);
        QSignalSpy finished(&run, &RollingReplace::finished);
        QSignalSpy commands(&run, &RollingReplace::commandSent);
        const auto atPause = sentAtPause(run, commands);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == RollingReplace::State::Running, WaitMs);
        run.pause();
        QVERIFY(run.pauseRequested());
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == RollingReplace::State::Paused, WaitMs);
        QVERIFY(sync(*m_connection));
        QCOMPARE(commands.size(), *atPause); // nothing sent while paused
        QCOMPARE(run.state(), RollingReplace::State::Paused);
        QVERIFY(finished.isEmpty());
        QVERIFY(run.canResume());
        run.resume();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(run.errorString()));
        QCOMPARE(run.state(), RollingReplace::State::Done);
        QCOMPARE(serverState("be_f", "old1").admin, -1);
        QCOMPARE(serverState("be_f", "old2").admin, -1);
        QCOMPARE(serverState("be_f", "new1").admin, 0);
        QCOMPARE(serverState("be_f", "new2").admin, 0);
    }

    // (c) Abort while the old server drains (a held session keeps it busy): it stays in
    // DRAIN; roll back returns it to ready and removes the new one.
    void abortDuringRemovalThenRollBack()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(openHeldRequests(m_haproxy->frontendPort(QStringLiteral("fe_c")), 1, held));
        QVERIFY(m_haproxy->waitForAdminReply("show stat be_c 4 -1", [](const QByteArray &r) {
            const Result<StatTable> t = StatParser::parse(r);
            return t && !t->rows.isEmpty() && t->rows.first().scur == 1;
        }));

        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_c");
        plan.options = fastOptions();
        plan.pairs = { pair(QStringLiteral("old1"), QStringLiteral("new1"), QStringLiteral("c_new1"), 2) };
        RollingReplace run(m_connection.get(), plan);
        QSignalSpy finished(&run, &RollingReplace::finished);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            run.removal() && run.removal()->state() == SafeRemove::State::WaitingForIdle, WaitMs);
        run.abort();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(run.state(), RollingReplace::State::Aborted);
        QCOMPARE(run.steps().at(0).state, RollingReplace::StepState::Stopped);
        QCOMPARE(run.steps().at(0).oldCondition, ServerCondition::Drain);
        QCOMPARE(serverState("be_c", "old1").admin, ServerStateRow::ForcedDrain);
        QCOMPARE(serverState("be_c", "new1").admin, 0);
        QCOMPARE(serverState("be_c", "new1").uweight, 2);

        QVERIFY(run.canRollBack());
        QCOMPARE(run.rollBackSummary().size(), 2);
        QSignalSpy rolledBack(&run, &RollingReplace::rollBackFinished);
        run.rollBack();
        QVERIFY(rolledBack.wait(WaitMs));
        QVERIFY(rolledBack.at(0).at(0).toBool());
        QCOMPARE(run.state(), RollingReplace::State::RolledBack);
        QCOMPARE(serverState("be_c", "old1").admin, 0);
        QCOMPARE(serverState("be_c", "new1").admin, -1);
        QCOMPARE(run.steps().at(0).state, RollingReplace::StepState::RolledBack);
    }

    // (d) A new server nobody listens for never comes UP: the step fails after the
    // up-timeout with a clear message, the old server is untouched, roll back removes it.
    void newServerNeverUpFailsThenRollBack()
    {
        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_d");
        plan.options = fastOptions();
        plan.options.upTimeoutMs = 3000;
        RollingReplacePlan::Pair dead;
        dead.oldServer = QStringLiteral("old1");
        dead.newName = QStringLiteral("new1");
        dead.newAddress = QStringLiteral("127.0.0.1");
        dead.newPort = m_haproxy->port(QStringLiteral("dead"));
        QVERIFY(dead.newPort > 0);
        plan.pairs = { dead };
        RollingReplace run(m_connection.get(), plan);
        QSignalSpy finished(&run, &RollingReplace::finished);
        QElapsedTimer clock;
        clock.start();
        run.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(clock.elapsed() >= 2900);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(run.state(), RollingReplace::State::Failed);
        QCOMPARE(run.steps().at(0).state, RollingReplace::StepState::Failed);
        QVERIFY2(run.errorString().contains(u"did not come UP within 3 s"_s), qPrintable(run.errorString()));
        QVERIFY2(run.errorString().contains(u"DOWN"_s), qPrintable(run.errorString()));
        QCOMPARE(serverState("be_d", "old1").admin, 0);
        QVERIFY(serverState("be_d", "new1").admin >= 0);
        QVERIFY(status("be_d", "new1").startsWith("DOWN"));

        QSignalSpy rolledBack(&run, &RollingReplace::rollBackFinished);
        run.rollBack();
        QVERIFY(rolledBack.wait(WaitMs));
        QVERIFY(rolledBack.at(0).at(0).toBool());
        QCOMPARE(serverState("be_d", "new1").admin, -1);
        QCOMPARE(serverState("be_d", "old1").admin, 0);
    }

    // (e) Abort while waiting for UP: stops at once; roll back removes the new server.
    void abortWhileWaitingUpThenRollBack()
    {
        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_e");
        plan.options = fastOptions();
        RollingReplacePlan::Pair dead;
        dead.oldServer = QStringLiteral("old1");
        dead.newName = QStringLiteral("new1");
        dead.newAddress = QStringLiteral("127.0.0.1");
        dead.newPort = m_haproxy->port(QStringLiteral("dead"));
        plan.pairs = { dead };
        RollingReplace run(m_connection.get(), plan);
        QSignalSpy finished(&run, &RollingReplace::finished);
        run.start();
        QVERIFY(waitPolls(*m_connection, "be_e", 2)); // aborted while it polls for UP
        QCOMPARE(run.steps().at(0).state, RollingReplace::StepState::WaitingUp);
        run.abort();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(run.state(), RollingReplace::State::Aborted);
        QVERIFY(serverState("be_e", "new1").admin >= 0);
        QCOMPARE(serverState("be_e", "old1").admin, 0);
        QCOMPARE(run.steps().at(0).newCondition, ServerCondition::Ready);

        QSignalSpy rolledBack(&run, &RollingReplace::rollBackFinished);
        run.rollBack();
        QVERIFY(rolledBack.wait(WaitMs));
        QVERIFY(rolledBack.at(0).at(0).toBool());
        QCOMPARE(serverState("be_e", "new1").admin, -1);
        QCOMPARE(serverState("be_e", "old1").admin, 0);
    }
};

QTEST_GUILESS_MAIN(TestRollingReplace)
#include "tst_rollingreplace.moc"
