// ReapplyPlan (with ReloadSnapshotReader and ReloadLoss) against a real master-worker haproxy:
// runtime changes made with raw commands (a server added with checks, a weight, a maintenance,
// an address and port, map entries set, added and deleted, an ACL pattern added) are read
// through a RuntimeConnection to the worker's admin socket; the loss list names exactly those;
// after a reload the plan puts back each of them (checked with the fixture's own raw client),
// and a plan built after that is empty. A name the gate refuses is reported and never planned.

#include "core/actions/actionrunner.h"
#include "core/client/runtimeconnection.h"
#include "core/workflows/reapplyplan.h"
#include "core/workflows/reloadloss.h"
#include "core/workflows/reloadsnapshotreader.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/maproutingconfig.h"
#include "tests/support/sendandwait.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    acl blocked src -f %1
    http-request deny if blocked
    use_backend %[req.hdr(host),lower,map(%2,be)]

backend be
    balance roundrobin
    server s1 ${BACKEND:s1} check inter 1s
    server s2 ${BACKEND:s2} check inter 1s
    server s3 ${BACKEND:s3} check inter 1s

backend be_a
    server a1 ${BACKEND:s1}

backend be_b
    server b1 ${BACKEND:s2}
)"_s;

Endpoint unixEndpoint(const QString &path)
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Unix;
    endpoint.path = path;
    return endpoint;
}

// Reads a snapshot, or fails the test with the reader's error.
std::optional<ReloadSnapshot> capture(RuntimeConnection &connection, const QString &configurationPath)
{
    ReloadSnapshotReader reader(&connection);
    QSignalSpy finished(&reader, &ReloadSnapshotReader::finished);
    QSignalSpy failed(&reader, &ReloadSnapshotReader::failed);
    if (!reader.start(configurationPath))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000)) {
        qWarning("the snapshot was not read in time");
        return std::nullopt;
    }
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed.first().first().toString()));
        return std::nullopt;
    }
    return finished.first().first().value<ReloadSnapshot>();
}

QStringList lossTexts(const ReloadLoss &loss, ReloadLoss::Group group)
{
    QStringList texts;
    for (const ReloadLossItem &item : loss.itemsOf(group))
        texts.append(item.key.isEmpty()
                ? QString(item.subject + u' ' + item.current)
                : QString(item.key + u' ' + item.configured + u" -> "_s + item.current));
    return texts;
}

QStringList lines(const ReapplyPlan &plan)
{
    QStringList result;
    for (const ServerAction::Step &step : plan.steps)
        result.append(step.command.text());
    return result;
}

QByteArray raw(const HaproxyFixture &haproxy, const QByteArray &line)
{
    return HaproxyFixture::rawCommand(haproxy.adminSocket(), line);
}

} // namespace

class TestReapplyPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ReloadSnapshot>(); }

    void lossListedAndPutBackAfterReload()
    {
        QTemporaryDir dir;
        MapRoutingConfig files;
        QVERIFY(dir.isValid() && files.writeFiles(dir));
        const QByteArray map = files.map.reference.toUtf8();
        const QByteArray acl = files.acl.reference.toUtf8();
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        options.body = Body.arg(files.acl.reference, files.map.reference);
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QTRY_VERIFY(connection.isReady());

        // Nothing changed yet: nothing to lose.
        std::optional<ReloadSnapshot> clean = capture(connection, haproxy.configPath());
        QVERIFY(clean);
        QVERIFY2(ReloadLoss::of(*clean).isEmpty(), qPrintable(ReloadLoss::of(*clean).items.value(0).text));
        QCOMPARE(clean->patterns.size(), 2);
        QVERIFY(clean->patterns.at(0).compared && clean->patterns.at(1).compared);

        QVERIFY(haproxy.addBackend(u"dyn"_s));
        const QByteArray dynAddress = haproxy.backendAddress(u"dyn"_s).toUtf8();
        const QByteArray s1Port = QByteArray::number(haproxy.backendPort(u"s1"_s));
        QCOMPARE(raw(haproxy, "add server be/dyn " + dynAddress + " weight 7 check"),
            "New server registered.\n\n");
        QCOMPARE(raw(haproxy, "enable health be/dyn"), "\n");
        QCOMPARE(raw(haproxy, "set server be/dyn state ready"), "\n");
        QCOMPARE(raw(haproxy, "set server be/s1 weight 50"), "\n");
        QCOMPARE(raw(haproxy, "set server be/s2 state maint"), "\n");
        QVERIFY(raw(haproxy, "set server be/s3 addr 127.0.0.1 port " + s1Port).contains("port changed"));
        QCOMPARE(raw(haproxy, "set map " + map + " a.example be_b"), "\n");
        QCOMPARE(raw(haproxy, "add map " + map + " c.example be_b"), "\n");
        QCOMPARE(raw(haproxy, "del map " + map + " b.example"), "\n");
        QCOMPARE(raw(haproxy, "add acl " + acl + " 192.0.2.0/24"), "\n");
        // A value with spaces, which only the payload form of `add map` keeps.
        const RuntimeReply spaced = sendAndWait(
            connection, MapCommands::addMany(files.map, { { u"d.example"_s, u"be_a two"_s } }).value());
        QVERIFY2(spaced.ok(), qPrintable(spaced.errorMessage));

        const std::optional<ReloadSnapshot> before = capture(connection, haproxy.configPath());
        QVERIFY(before);
        const ReloadLoss loss = ReloadLoss::of(*before);
        using Group = ReloadLoss::Group;
        QCOMPARE(lossTexts(loss, Group::RuntimeServers), QStringList { u"be/dyn ready, weight 7"_s });
        QCOMPARE(lossTexts(loss, Group::Weights), QStringList { u"be/s1 50"_s });
        QCOMPARE(lossTexts(loss, Group::AdminStates), QStringList { u"be/s2 maint"_s });
        QCOMPARE(lossTexts(loss, Group::Addresses),
            QStringList { u"be/s3 127.0.0.1:"_s + QString::fromUtf8(s1Port) });
        QCOMPARE(lossTexts(loss, Group::PatternEntries),
            (QStringList { u"a.example be_a -> be_b"_s, u"c.example absent -> be_b"_s,
                u"d.example absent -> be_a two"_s, u"b.example be_b -> deleted"_s,
                u"192.0.2.0/24 absent -> 192.0.2.0/24"_s }));
        QCOMPARE(loss.items.size(), 9);
        QVERIFY2(loss.notes.isEmpty(), qPrintable(loss.notes.join(u'\n')));

        const qint64 newPid = qint64(haproxy.reload());
        QVERIFY2(newPid > 0, qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady() && connection.workerPid() == newPid, 10000);
        QCOMPARE(raw(haproxy, "get weight be/dyn"), "No such server.\n\n");

        const std::optional<ReloadSnapshot> after = capture(connection, haproxy.configPath());
        QVERIFY(after);
        QCOMPARE(after->workerPid, newPid);
        const ReapplyPlan plan = ReapplyPlan::build(*before, *after);
        QVERIFY2(plan.refused.isEmpty(), qPrintable(plan.refused.join(u'\n')));
        const QString m = files.map.reference;
        const QString a = files.acl.reference;
        QCOMPARE(lines(plan),
            (QStringList { u"add server be/dyn "_s + QString::fromUtf8(dynAddress) + u" weight 7 check"_s,
                u"enable health be/dyn"_s, u"set server be/dyn state ready"_s,
                u"set server be/s1 weight 50"_s, u"set server be/s2 state maint"_s,
                u"set server be/s3 addr 127.0.0.1 port "_s + QString::fromUtf8(s1Port),
                u"set map "_s + m + u" a.example be_b"_s, u"add map "_s + m + u" c.example be_b"_s,
                u"add map "_s + m + u" <<"_s, u"del map "_s + m + u" b.example"_s,
                u"add acl "_s + a + u" 192.0.2.0/24"_s }));
        QVERIFY(plan.destructive);

        // Run like any action: nothing was sent before this.
        ActionRunner runner(&connection);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        QVERIFY(runner.start(plan.action()));
        QVERIFY(finished.wait(10000));
        const ActionSummary summary = runner.summary();
        QVERIFY2(summary.allOk(), qPrintable(summary.text()));

        // Read back with the fixture's own client.
        QCOMPARE(raw(haproxy, "get weight be/dyn"), "7 (initial 7)\n\n");
        QCOMPARE(raw(haproxy, "get weight be/s1"), "50 (initial 1)\n\n");
        const Result<ServersState> state = ServersStateParser::parse(raw(haproxy, "show servers state be"));
        QVERIFY2(state, qPrintable(state.error()));
        for (const ServerStateRow &row : state->rows) {
            if (row.name == "dyn") {
                QCOMPARE(row.adminState, 0);
                QVERIFY(row.isCheckEnabled());
            } else if (row.name == "s2") {
                QVERIFY(row.hasAdminFlag(ServerStateRow::ForcedMaint));
            } else if (row.name == "s3") {
                QCOMPARE(row.port, s1Port.toLongLong());
            }
        }
        const QByteArray mapNow = raw(haproxy, "show map " + map);
        QVERIFY2(mapNow.contains(" a.example be_b\n") && mapNow.contains(" c.example be_b\n")
                && mapNow.contains(" d.example be_a two\n") && !mapNow.contains("b.example"),
            mapNow.constData());
        QVERIFY(raw(haproxy, "show acl " + acl).contains(" 192.0.2.0/24\n"));

        // Everything is back: a second plan is empty.
        const std::optional<ReloadSnapshot> restored = capture(connection, haproxy.configPath());
        QVERIFY(restored);
        const ReapplyPlan again = ReapplyPlan::build(*before, *restored);
        QVERIFY2(again.isEmpty(), qPrintable(lines(again).join(u'\n')));
        QVERIFY(again.refused.isEmpty());

        // Two reads of the same worker: no reload happened, nothing is planned.
        const ReapplyPlan same = ReapplyPlan::build(*restored, *restored);
        QVERIFY(same.isEmpty());
        QCOMPARE(same.notes.size(), 1);

        // A name the gate refuses is named, and nothing is planned for it.
        ReloadSnapshot tampered = *before;
        ServerStateRow bad = *tampered.server(u"be"_s, u"dyn"_s);
        bad.name = "bad name";
        tampered.state.rows.append(bad);
        const ReapplyPlan refused = ReapplyPlan::build(tampered, *after);
        QCOMPARE(refused.refused.size(), 1);
        QVERIFY2(refused.refused.first().startsWith(u"be/bad name: "_s), qPrintable(refused.refused.first()));
        QCOMPARE(refused.steps.size(), plan.steps.size());
        for (const ServerAction::Step &step : refused.steps)
            QVERIFY(step.target.server != u"bad name"_s);
    }

    // With the server state saved to the server-state-file before the reload, HAProxy keeps
    // the weight and the maintenance itself: the plan then only adds the runtime server back.
    void onlyWhatTheReloadLostIsPlanned()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        options.serverStateFile = true;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QTRY_VERIFY(connection.isReady());

        QVERIFY(haproxy.addBackend(u"dyn"_s));
        const QString dynAddress = haproxy.backendAddress(u"dyn"_s);
        QCOMPARE(raw(haproxy, "add server be/dyn " + dynAddress.toUtf8()), "New server registered.\n\n");
        QCOMPARE(raw(haproxy, "set server be/s1 weight 50"), "\n");
        QCOMPARE(raw(haproxy, "set server be/s2 state maint"), "\n");
        const std::optional<ReloadSnapshot> before = capture(connection, haproxy.configPath());
        QVERIFY(before);
        QCOMPARE(ReloadLoss::of(*before).items.size(), 3);

        // What the reload dialog's export writes, where server-state-file points.
        const QByteArray state = DriftDetector::serverStateFile(before->state);
        QFile file(haproxy.dir() + u"/server.state"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(state), state.size());
        file.close();

        const qint64 newPid = qint64(haproxy.reload());
        QVERIFY2(newPid > 0, qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady() && connection.workerPid() == newPid, 10000);
        const std::optional<ReloadSnapshot> after = capture(connection, haproxy.configPath());
        QVERIFY(after);
        const ReapplyPlan plan = ReapplyPlan::build(*before, *after);
        // Added in maintenance, as it was: nothing follows `add server`.
        QCOMPARE(lines(plan), QStringList { u"add server be/dyn "_s + dynAddress });
        QVERIFY(plan.destructive); // it comes back without traffic, as it was
        QVERIFY(plan.refused.isEmpty());
    }

    void remoteFilesAreNotCompared()
    {
        Endpoint ssh;
        ssh.kind = Endpoint::Kind::Ssh;
        QVERIFY(!ReloadSnapshotReader::filesAreLocal(ssh));
        Endpoint tcp;
        tcp.kind = Endpoint::Kind::Tcp;
        tcp.host = u"192.0.2.1"_s;
        QVERIFY(!ReloadSnapshotReader::filesAreLocal(tcp));
        tcp.host = u"127.0.0.1"_s;
        QVERIFY(ReloadSnapshotReader::filesAreLocal(tcp));
        tcp.host = u"::1"_s;
        QVERIFY(ReloadSnapshotReader::filesAreLocal(tcp));
        QVERIFY(ReloadSnapshotReader::filesAreLocal(unixEndpoint(u"/run/haproxy.sock"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReapplyPlan)
#include "tst_reapplyplan.moc"
