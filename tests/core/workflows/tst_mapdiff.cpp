#include "core/workflows/mapreplace.h"

#include <QTest>

class TestMapDiff : public QObject
{
    Q_OBJECT

private slots:
    void addedChangedRemoved()
    {
        const QList<PatternEntry> live { { "0x1", "a", "1" }, { "0x2", "b", "2" }, { "0x3", "c", "3" } };
        const QList<MapCommands::Entry> wanted { { QStringLiteral("a"), QStringLiteral("1") },
            { QStringLiteral("b"), QStringLiteral("two") }, { QStringLiteral("d"), QStringLiteral("4") } };
        const MapDiff diff = MapDiff::compute(live, wanted);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.first().key, QStringLiteral("d"));
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().key, QStringLiteral("b"));
        QCOMPARE(diff.changed.first().value, QStringLiteral("two"));
        QCOMPARE(diff.removed, QStringList { QStringLiteral("c") });
        QVERIFY(!diff.isEmpty());
    }
    void sameContentsIsEmpty()
    {
        const QList<PatternEntry> live { { "0x1", "a", "v w" } };
        QVERIFY(MapDiff::compute(live, { { QStringLiteral("a"), QStringLiteral("v w") } }).isEmpty());
        QVERIFY(MapDiff::compute({}, {}).isEmpty());
    }
    void duplicateLiveKeyCountsOnce()
    {
        // HAProxy allows a key twice in a map; the first one is the one that matches.
        const QList<PatternEntry> live { { "0x1", "a", "1" }, { "0x2", "a", "2" } };
        const MapDiff diff = MapDiff::compute(live, { { QStringLiteral("a"), QStringLiteral("1") } });
        QVERIFY(diff.isEmpty());
        const MapDiff gone = MapDiff::compute(live, {});
        QCOMPARE(gone.removed, QStringList { QStringLiteral("a") });
    }
    void aclPatterns()
    {
        const QList<PatternEntry> live { { "0x1", "10.0.0.0/8", {} } };
        const MapDiff diff = MapDiff::compute(
            live, { { QStringLiteral("10.0.0.0/8"), {} }, { QStringLiteral("192.168.0.0/16"), {} } });
        QCOMPARE(diff.added.size(), 1);
        QVERIFY(diff.changed.isEmpty());
        QVERIFY(diff.removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapDiff)
#include "tst_mapdiff.moc"
