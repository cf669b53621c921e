// ClusterDivergence on the real `show stat` of two haproxy processes with the same config:
// what an operator changed on one node only is reported, and nothing else is.

#include "models/clusterdivergence.h"
#include "tests/support/haproxyfixture.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 127.0.0.1:${PORT:s1}
    server s2 127.0.0.1:${PORT:s2}

backend be2
    balance roundrobin
    server t1 127.0.0.1:${PORT:t1} weight 10
)"_s;

SnapshotPtr snapshotOf(const QByteArray &answer, const QStringList &scope = {})
{
    const Result<StatTable> table = StatParser::parse(answer);
    if (!table)
        qFatal("show stat does not parse: %s", qPrintable(table.error()));
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->stat = *table;
    snapshot->scope = scope;
    return snapshot;
}

QString describe(const QList<Divergence> &divergences)
{
    QStringList texts;
    for (const Divergence &d : divergences)
        texts << d.text;
    return texts.join(u" | "_s);
}

} // namespace

class TestClusterDivergence : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_a;
    std::unique_ptr<HaproxyFixture> m_b;

    // Polls both nodes now, with an independent client.
    QList<ClusterNodeSnapshot> poll() const
    {
        return { { u"node-a"_s, snapshotOf(HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat")) },
            { u"node-b"_s, snapshotOf(HaproxyFixture::rawCommand(m_b->adminSocket(), "show stat")) } };
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
    }
    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }
    void init()
    {
        for (HaproxyFixture *node : { m_a.get(), m_b.get() })
            HaproxyFixture::rawCommand(node->adminSocket(),
                "set server be/s1 state ready; set server be/s1 weight 1; set server be/s2 state ready; "
                "set server be/s2 weight 1; set server be2/t1 state ready; set server be2/t1 weight 10");
    }

    // Same config, same state; traffic on one node only changes counters, which are not compared.
    void equalNodesDoNotDiverge()
    {
        const HaproxyFixture::HttpReply reply = HaproxyFixture::httpGet(m_a->frontendPort());
        QCOMPARE(reply.status, 503); // no server listens: counters move on node-a only
        const QList<ClusterNodeSnapshot> nodes = poll();
        QVERIFY(nodes.at(0).snapshot->stat.rows.size() > 3);
        const QList<Divergence> divergences = ClusterDivergence::compute(nodes);
        QVERIFY2(divergences.isEmpty(), qPrintable(describe(divergences)));
    }

    void maintenanceOnOneNode()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_a->adminSocket(), "set server be/s1 state maint"), "\n"_ba);
        const QList<Divergence> divergences = ClusterDivergence::compute(poll());
        // One divergence, the state: the weights are still equal.
        QCOMPARE(divergences.size(), 1);
        const Divergence &d = divergences.first();
        QCOMPARE(d.kind, Divergence::Kind::State);
        QCOMPARE(d.backend, u"be"_s);
        QCOMPARE(d.server, u"s1"_s);
        QCOMPARE(d.key(), u"be/s1"_s);
        QCOMPARE(d.valuePerNode.value(u"node-a"_s), u"MAINT"_s);
        QCOMPARE(d.valuePerNode.value(u"node-b"_s), u"UP"_s);
        QCOMPARE(d.text, u"be/s1: MAINT on node-a; UP on node-b"_s);
    }

    void drainOnOneNode()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_b->adminSocket(), "set server be/s2 state drain"), "\n"_ba);
        const QList<Divergence> divergences = ClusterDivergence::compute(poll());
        QCOMPARE(divergences.size(), 1);
        QCOMPARE(divergences.first().kind, Divergence::Kind::State);
        QCOMPARE(divergences.first().valuePerNode.value(u"node-b"_s), u"DRAIN"_s);
    }

    void weightOnOneNode()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_b->adminSocket(), "set server be2/t1 weight 50"), "\n"_ba);
        const QList<Divergence> divergences = ClusterDivergence::compute(poll());
        QCOMPARE(divergences.size(), 1);
        const Divergence &d = divergences.first();
        QCOMPARE(d.kind, Divergence::Kind::Weight);
        QCOMPARE(d.key(), u"be2/t1"_s);
        QCOMPARE(d.valuePerNode.value(u"node-a"_s), u"10"_s);
        QCOMPARE(d.valuePerNode.value(u"node-b"_s), u"50"_s);
        QCOMPARE(d.text, u"be2/t1: weight 10 on node-a; weight 50 on node-b"_s);
    }

    void serverAddedOnOneNode()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_a->adminSocket(), "add server be/extra 127.0.0.1:1"),
            "New server registered.\n\n"_ba);
        const QList<Divergence> divergences = ClusterDivergence::compute(poll());
        HaproxyFixture::rawCommand(m_a->adminSocket(), "del server be/extra");
        QCOMPARE(divergences.size(), 1);
        const Divergence &d = divergences.first();
        QCOMPARE(d.kind, Divergence::Kind::ServerMissing);
        QCOMPARE(d.key(), u"be/extra"_s);
        QCOMPARE(d.valuePerNode.value(u"node-a"_s), u"MAINT"_s); // new servers start in MAINT
        QCOMPARE(d.valuePerNode.value(u"node-b"_s), u"missing"_s);
        QCOMPARE(d.text, u"be/extra: missing on node-b"_s);
        // Removed again: equal once more.
        QVERIFY(ClusterDivergence::compute(poll()).isEmpty());
    }

    // A node polled for some backends only knows nothing about the others: unknown, not missing.
    void scopedSnapshotIsNotMissing()
    {
        const QList<ClusterNodeSnapshot> nodes = {
            { u"node-a"_s, snapshotOf(HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat")) },
            { u"node-b"_s,
                snapshotOf(
                    HaproxyFixture::rawCommand(m_b->adminSocket(), "show stat be -1 -1"), { u"be"_s }) },
        };
        QVERIFY(ClusterDivergence::compute(nodes).isEmpty());
    }

    // A backend that one node lacks (a different config): one divergence for the backend,
    // not one more per server. HAProxy cannot add a backend at runtime, so this node's answer
    // is edited: its be2 rows are dropped.
    void backendMissingOnOneNode()
    {
        QByteArray answer = HaproxyFixture::rawCommand(m_b->adminSocket(), "show stat");
        QByteArray edited;
        for (const QByteArray &line : answer.split('\n'))
            if (!line.startsWith("be2,"))
                edited += line + '\n';
        const QList<ClusterNodeSnapshot> nodes = {
            { u"node-a"_s, snapshotOf(HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat")) },
            { u"node-b"_s, snapshotOf(edited.chopped(1)) }, { u"node-c"_s, nullptr }, // no data: left out
        };
        const QList<Divergence> divergences = ClusterDivergence::compute(nodes);
        QCOMPARE(divergences.size(), 1);
        QCOMPARE(divergences.first().kind, Divergence::Kind::BackendMissing);
        QCOMPARE(divergences.first().backend, u"be2"_s);
        QVERIFY(divergences.first().server.isEmpty());
        QCOMPARE(divergences.first().text, u"be2: missing on node-b"_s);
        QVERIFY(!divergences.first().valuePerNode.contains(u"node-c"_s));
    }

    void oneNodeIsNoCluster()
    {
        QList<ClusterNodeSnapshot> nodes = poll();
        nodes[1].snapshot = nullptr;
        QVERIFY(ClusterDivergence::compute(nodes).isEmpty());
        QVERIFY(ClusterDivergence::compute({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterDivergence)
#include "tst_clusterdivergence.moc"
