// mergeFocusedRows: a focused poll's rows take the place of the same proxies' rows, side by
// side (a frontend and a backend may share a name), in the old order; new proxies go last,
// dropped ones leave; every other row is carried over and marked stale; different columns
// refuse the merge.

#include "core/client/focusmerge.h"
#include "tests/support/snapshotbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList names(const StatTable &table)
{
    QStringList list;
    for (const StatRow &row : table.rows)
        list.append(QString::fromUtf8(row.pxname + '/' + row.svname));
    return list;
}

QList<bool> staleBits(const QBitArray &bits)
{
    QList<bool> list;
    for (qsizetype i = 0; i < bits.size(); ++i)
        list.append(bits.testBit(i));
    return list;
}

} // namespace

class TestFocusMerge : public QObject
{
    Q_OBJECT

private slots:
    void freshRowsTakeTheirPlace()
    {
        SnapshotBuilder base;
        base.haproxy26Columns().frontend("x").backend("a");
        base.server("a", "s1").weight(1).server("x", "s1").weight(1).backend("x").backend("b");
        base.server("b", "s1").weight(1);
        SnapshotBuilder fresh;
        fresh.haproxy26Columns().server("x", "s1").weight(5).server("x", "s2").weight(6).backend("x");
        fresh.backend("new");

        QBitArray stale;
        const Result<StatTable> merged = mergeFocusedRows(base.table(), fresh.table(), {}, {}, &stale);
        QVERIFY2(merged, qPrintable(merged.error()));
        // The backend "x" and its servers (one added) in their place; the frontend "x" of the
        // same name was not read: carried over. "new" goes last.
        QCOMPARE(names(*merged),
            QStringList({ u"x/FRONTEND"_s, u"a/BACKEND"_s, u"a/s1"_s, u"x/s1"_s, u"x/s2"_s, u"x/BACKEND"_s,
                u"b/BACKEND"_s, u"b/s1"_s, u"new/BACKEND"_s }));
        QCOMPARE(staleBits(stale), QList<bool>({ true, true, true, false, false, false, true, true, false }));
        QCOMPARE(merged->rows.at(3).weight, 5);
        // Every row still reads back through the one buffer.
        for (const StatRow &row : merged->rows) {
            QCOMPARE(merged->field(row, "svname"), row.svname);
            QCOMPARE(merged->number(row, "weight"), row.weight);
        }
    }

    void droppedProxiesLeave()
    {
        SnapshotBuilder base;
        base.haproxy26Columns().backend("a").server("a", "s1").backend("gone").server("gone", "s1");
        SnapshotBuilder fresh;
        fresh.haproxy26Columns().backend("a");
        QBitArray stale;
        const Result<StatTable> merged =
            mergeFocusedRows(base.table(), fresh.table(), { u"gone"_s }, {}, &stale);
        QVERIFY(merged);
        // "a" was read without its server (deleted): the server is gone too.
        QCOMPARE(names(*merged), QStringList({ u"a/BACKEND"_s }));
        QCOMPARE(staleBits(stale), QList<bool>({ false }));
    }

    void backendRowAloneKeepsTheServers()
    {
        SnapshotBuilder base;
        base.haproxy26Columns().server("a", "s1").server("a", "s2").backend("a").weight(2);
        SnapshotBuilder fresh;
        fresh.haproxy26Columns().backend("a").weight(7);
        QBitArray stale;
        const Result<StatTable> merged =
            mergeFocusedRows(base.table(), fresh.table(), {}, { u"a"_s }, &stale);
        QVERIFY(merged);
        QCOMPARE(names(*merged), QStringList({ u"a/s1"_s, u"a/s2"_s, u"a/BACKEND"_s }));
        QCOMPARE(staleBits(stale), QList<bool>({ true, true, false }));
        QCOMPARE(merged->rows.at(2).weight, 7);
        // Read in full instead, the same answer says the servers are gone.
        const Result<StatTable> full = mergeFocusedRows(base.table(), fresh.table(), {}, {}, &stale);
        QCOMPARE(names(*full), QStringList({ u"a/BACKEND"_s }));
    }

    void nothingReadCarriesEverything()
    {
        SnapshotBuilder base;
        base.haproxy26Columns().backend("a").server("a", "s1");
        QBitArray stale;
        const Result<StatTable> merged = mergeFocusedRows(base.table(), StatTable {}, {}, {}, &stale);
        QVERIFY(merged);
        QCOMPARE(names(*merged), names(base.table()));
        QCOMPARE(stale.count(true), 2);
    }

    void otherColumnsRefuse()
    {
        SnapshotBuilder base;
        base.haproxy26Columns().backend("a");
        SnapshotBuilder fresh; // the builder's few columns, not 2.6's
        fresh.backend("a");
        QBitArray stale;
        const Result<StatTable> merged = mergeFocusedRows(base.table(), fresh.table(), {}, {}, &stale);
        QVERIFY(!merged);
        QVERIFY(merged.error().contains(u"columns"_s));
    }
};

QTEST_GUILESS_MAIN(TestFocusMerge)
#include "tst_focusmerge.moc"
