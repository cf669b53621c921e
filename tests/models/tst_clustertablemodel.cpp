// ClusterTableModel with synthetic snapshots of two or three nodes, under a
// QAbstractItemModelTester in Fatal mode while snapshots are merged.

#include "models/clustertablemodel.h"
#include "tests/support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A frontend, then be: s1 s2 s3 (servers first, as HAProxy lists them) and its BACKEND row;
// be2: t1. Servers have a weight of 1 and a check duration; the columns the model reads.
SnapshotBuilder &addServer(SnapshotBuilder &builder, const QByteArray &px, const QByteArray &sv)
{
    return builder.server(px, sv).sessions(0).weight(1).set("check_duration", 1);
}

SnapshotBuilder base()
{
    SnapshotBuilder builder;
    builder.frontend("fe").sessions(0);
    for (const char *name : { "s1", "s2", "s3" })
        addServer(builder, "be", name);
    builder.backend("be").sessions(0).weight(3);
    addServer(builder, "be2", "t1");
    builder.backend("be2").sessions(0).weight(1);
    return builder;
}

} // namespace

class TestClusterTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClusterTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(const QString &key, const QString &member, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(m_model->rowForKey(key), m_model->memberColumn(member)), role)
            .toString();
    }
    bool divergent(const QString &key, int column) const
    {
        return m_model->data(
                          m_model->index(m_model->rowForKey(key), column), ClusterTableModel::DivergentRole)
            .toBool();
    }
    bool cellDivergent(const QString &key, const QString &member) const
    {
        return divergent(key, m_model->memberColumn(member));
    }
    QString differs(const QString &key) const
    {
        return m_model->data(m_model->index(m_model->rowForKey(key), m_model->differsColumn())).toString();
    }

private slots:
    void init()
    {
        m_model = std::make_unique<ClusterTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setMembers({ u"node-a"_s, u"node-b"_s });
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsAndHeaders()
    {
        QCOMPARE(m_model->columnCount(), 5);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Backend"_s);
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"node-a"_s);
        QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), u"node-b"_s);
        QCOMPARE(m_model->headerData(4, Qt::Horizontal).toString(), u"Differs"_s);
        QVERIFY(!m_model->headerData(5, Qt::Horizontal).isValid());
        QVERIFY(!m_model->headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!m_model->data(m_model->index(0, 0)).isValid()); // no rows yet
        QVERIFY(!m_model->setSnapshot(u"stranger"_s, base().build()));
    }

    void equalNodesShowNoDivergence()
    {
        m_model->setSnapshot(u"node-a"_s, base().build());
        // Backends first, each followed by its servers.
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->data(m_model->index(0, ClusterTableModel::Name)).toString(), u"be"_s);
        QCOMPARE(m_model->data(m_model->index(1, ClusterTableModel::Name)).toString(), u"s1"_s);
        QCOMPARE(m_model->data(m_model->index(1, ClusterTableModel::Backend)).toString(), u"be"_s);
        QCOMPARE(m_model->data(m_model->index(0, 0), ClusterTableModel::KeyRole).toString(), u"b/be"_s);
        // A backend's name heads its servers; a delegate in views makes it bold.
        QVERIFY(m_model->data(m_model->index(0, ClusterTableModel::Name), ClusterTableModel::HeadingRole)
                    .toBool());
        QVERIFY(!m_model->data(m_model->index(0, ClusterTableModel::Backend), ClusterTableModel::HeadingRole)
                     .toBool());
        QVERIFY(!m_model->data(m_model->index(1, ClusterTableModel::Name), ClusterTableModel::HeadingRole)
                     .toBool());
        QCOMPARE(cell(u"s/be/s1"_s, u"node-a"_s), u"UP · 1"_s);
        QCOMPARE(cell(u"s/be/s1"_s, u"node-b"_s), QString()); // no data yet: not "missing"
        QCOMPARE(m_model->divergentRowCount(), 0);

        m_model->setSnapshot(u"node-b"_s, base().build());
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(cell(u"s/be/s1"_s, u"node-b"_s), u"UP · 1"_s);
        QCOMPARE(m_model->divergentRowCount(), 0);
        QVERIFY(m_model->divergences().isEmpty());
        QCOMPARE(differs(u"s/be/s1"_s), QString());
        QVERIFY(!m_model->data(m_model->index(1, 2), ClusterTableModel::DivergentCellRole).toBool());
    }

    void stateDifferenceIsHighlighted()
    {
        m_model->setSnapshot(u"node-a"_s, base().build());
        m_model->setSnapshot(u"node-b"_s, base().build());
        SnapshotBuilder rows = base();
        rows.server("be", "s2").status("MAINT");
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setSnapshot(u"node-a"_s, rows.build());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = m_model->rowForKey(u"s/be/s2"_s);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), m_model->columnCount() - 1);

        QCOMPARE(cell(u"s/be/s2"_s, u"node-a"_s), u"MAINT · 1"_s);
        QVERIFY(divergent(u"s/be/s2"_s, ClusterTableModel::Name));
        QVERIFY(divergent(u"s/be/s2"_s, m_model->differsColumn()));
        // Two nodes that disagree: neither is "right", both cells are marked.
        QVERIFY(cellDivergent(u"s/be/s2"_s, u"node-a"_s));
        QVERIFY(cellDivergent(u"s/be/s2"_s, u"node-b"_s));
        QVERIFY(m_model->data(m_model->index(row, 2), ClusterTableModel::DivergentCellRole).toBool());
        QVERIFY(
            m_model->data(m_model->index(row, m_model->differsColumn()), ClusterTableModel::DivergentCellRole)
                .toBool());
        QVERIFY(
            !m_model->data(m_model->index(row, ClusterTableModel::Name), ClusterTableModel::DivergentCellRole)
                 .toBool());
        QCOMPARE(differs(u"s/be/s2"_s), u"state"_s);
        QCOMPARE(m_model->data(m_model->index(row, 0), Qt::ToolTipRole).toString(),
            u"be/s2: MAINT on node-a; UP on node-b"_s);
        QVERIFY(!divergent(u"s/be/s1"_s, ClusterTableModel::Name));
        QCOMPARE(m_model->divergentRowCount(), 1);
        QCOMPARE(m_model->data(m_model->index(row, 2), ClusterTableModel::StateRole).toInt(),
            int(StatStatus::State::Maint));
    }

    void majorityLeavesTheOddOneOut()
    {
        m_model->setMembers({ u"a"_s, u"b"_s, u"c"_s });
        SnapshotBuilder odd = base();
        odd.server("be", "s1").weight(50);
        m_model->setSnapshot(u"a"_s, base().build());
        m_model->setSnapshot(u"b"_s, odd.build());
        m_model->setSnapshot(u"c"_s, base().build());
        QCOMPARE(differs(u"s/be/s1"_s), u"weight"_s);
        QVERIFY(!cellDivergent(u"s/be/s1"_s, u"a"_s));
        QVERIFY(cellDivergent(u"s/be/s1"_s, u"b"_s));
        QVERIFY(!cellDivergent(u"s/be/s1"_s, u"c"_s));
        QCOMPARE(cell(u"s/be/s1"_s, u"b"_s), u"UP · 50"_s);
        QCOMPARE(m_model
                     ->data(m_model->index(m_model->rowForKey(u"s/be/s1"_s), m_model->memberColumn(u"b"_s)),
                         ClusterTableModel::WeightRole)
                     .toLongLong(),
            50);
    }

    // Counters, check durations and check transitions are not differences.
    void noiseIsNotDivergence()
    {
        SnapshotBuilder busy = base();
        busy.server("be", "s1").sessions(42).set("check_duration", 900);
        busy.server("be", "s2").status("UP 1/3");
        busy.server("be", "s3").status("no check");
        m_model->setSnapshot(u"node-a"_s, base().build());
        m_model->setSnapshot(u"node-b"_s, busy.build());
        QCOMPARE(m_model->divergentRowCount(), 0);
        QCOMPARE(
            m_model
                ->data(m_model->index(m_model->rowForKey(u"s/be/s2"_s), m_model->memberColumn(u"node-b"_s)),
                    ClusterTableModel::StatusTextRole)
                .toString(),
            u"UP 1/3"_s);
    }

    void serverAndBackendMissing()
    {
        SnapshotBuilder more = base();
        addServer(more, "be", "s4").moveBefore("be", "BACKEND");
        addServer(more, "be3", "u1");
        more.backend("be3").sessions(0).weight(1);
        m_model->setSnapshot(u"node-a"_s, base().build());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setSnapshot(u"node-b"_s, more.build());
        QCOMPARE(inserted.size(), 1); // one insertion at the end
        QCOMPARE(inserted.first().at(1).toInt(), 6);
        QCOMPARE(inserted.first().at(2).toInt(), 8);
        QCOMPARE(m_model->rowCount(), 9);
        QCOMPARE(cell(u"s/be/s4"_s, u"node-a"_s), u"missing"_s);
        QCOMPARE(differs(u"s/be/s4"_s), u"missing"_s);
        QCOMPARE(differs(u"b/be3"_s), u"missing"_s);
        QVERIFY(cellDivergent(u"b/be3"_s, u"node-a"_s));
        // The backend's absence is the one divergence; its servers are not listed again.
        QCOMPARE(differs(u"s/be3/u1"_s), QString());
        QCOMPARE(cell(u"s/be3/u1"_s, u"node-a"_s), u"missing"_s);

        // Gone again: rows removed, nothing reset.
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setSnapshot(u"node-b"_s, base().build());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(removed.size(), 1); // s4, be3 and u1 were appended together: one run
        QCOMPARE(m_model->divergentRowCount(), 0);
        QCOMPARE(m_model->rowForKey(u"s/be/s4"_s), -1);
    }

    void membersChangeResets()
    {
        m_model->setSnapshot(u"node-a"_s, base().build());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setMembers({ u"node-a"_s, u"node-b"_s }); // same: nothing
        QCOMPARE(reset.size(), 0);
        m_model->setMembers({ u"node-a"_s, u"node-c"_s });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->columnCount(), 5);
        QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), u"node-c"_s);
        QCOMPARE(m_model->rowCount(), 6); // node-a's snapshot kept
        QVERIFY(m_model->snapshot(u"node-a"_s));
        m_model->setMembers({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), 3);
    }

    void disconnectedNodeIsUnknownNotMissing()
    {
        m_model->setSnapshot(u"node-a"_s, base().build());
        SnapshotBuilder rows = base();
        rows.server("be", "s1").status("MAINT");
        m_model->setSnapshot(u"node-b"_s, rows.build());
        QCOMPARE(m_model->divergentRowCount(), 1);
        m_model->setSnapshot(u"node-b"_s, nullptr);
        QCOMPARE(m_model->divergentRowCount(), 0);
        QCOMPARE(cell(u"s/be/s1"_s, u"node-b"_s), QString());
        QVERIFY(cell(u"s/be/s1"_s, u"node-b"_s, Qt::ToolTipRole).contains(u"No data"_s));
    }

    // Many merges in a row under the tester: rows coming, going and changing state.
    void sequenceOfSnapshots()
    {
        for (int i = 0; i < 30; ++i) {
            SnapshotBuilder a = base();
            SnapshotBuilder b = base();
            if (i % 3 == 0) {
                addServer(a, "be", "x" + QByteArray::number(i % 5)).moveBefore("be", "s1");
            }
            if (i % 4 == 1)
                b.remove("be2", "t1");
            if (i % 2)
                b.server("be", "s2").status((i % 5) ? "DRAIN" : "DOWN 1/2");
            b.server("be", "s3").set("uweight", i % 7);
            m_model->setSnapshot(u"node-a"_s, a.build());
            m_model->setSnapshot(u"node-b"_s, b.build());
            for (int row = 0; row < m_model->rowCount(); ++row)
                QCOMPARE(m_model->rowForKey(
                             m_model->data(m_model->index(row, 0), ClusterTableModel::KeyRole).toString()),
                    row);
        }
    }
};

QTEST_GUILESS_MAIN(TestClusterTableModel)
#include "tst_clustertablemodel.moc"
