// MapEntryFilterProxyModel over a MapEntriesModel: the text filter on key or value (ignoring
// case, applied after the pause in typing), "only differences", sorting with HAProxy's order as
// tie-break, and a new load filtered like the last one.
#include "models/mapentriesmodel.h"
#include "models/mapentryfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Kind = MapCommands::Kind;

QList<PatternEntry> someEntries()
{
    return { { "0x1", "a.example", "be_a" }, { "0x2", "B.example", "be_b" }, { "0x3", "api.other", "be_api" },
        { "0x4", "c.example", "be_a" } };
}

QStringList keys(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, MapEntriesModel::Key).data().toString();
    return out;
}

} // namespace

class TestMapEntryFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void filterOnKeyOrValue()
    {
        MapEntriesModel entries;
        MapEntryFilterProxyModel proxy;
        proxy.setEntriesModel(&entries);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        entries.load(Kind::Map, someEntries());
        QCOMPARE(proxy.rowCount(), 4);

        QSignalSpy applied(&proxy, &MapEntryFilterProxyModel::filterApplied);
        proxy.setFilterText(QStringLiteral("b.EX"));
        QVERIFY(proxy.isFilterTextPending());
        QCOMPARE(proxy.rowCount(), 4); // not before the pause in typing
        QVERIFY(applied.wait(MapEntryFilterProxyModel::FilterDelayMs * 10));
        QCOMPARE(keys(proxy), QStringList({ QStringLiteral("B.example") }));

        proxy.setFilterText(QStringLiteral("be_a"));
        proxy.applyFilterTextNow(); // Enter
        QCOMPARE(keys(proxy),
            QStringList(
                { QStringLiteral("a.example"), QStringLiteral("api.other"), QStringLiteral("c.example") }));
        // A new load keeps the filter.
        entries.load(Kind::Map, someEntries().mid(2));
        QCOMPARE(keys(proxy), QStringList({ QStringLiteral("api.other"), QStringLiteral("c.example") }));
        proxy.setFilterText(QStringLiteral("  "));
        proxy.applyFilterTextNow();
        QCOMPARE(proxy.rowCount(), 2);
    }

    void differencesOnly()
    {
        MapEntriesModel entries;
        MapEntryFilterProxyModel proxy;
        proxy.setEntriesModel(&entries);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<PatternEntry> live = someEntries();
        const auto comparison = MapFile::compare(live,
            MapFile::parse("a.example be_a\nB.example be_x\ngone be_g\n", MapParser::Kind::Map),
            MapParser::Kind::Map);
        entries.load(Kind::Map, live, &comparison);
        proxy.setDifferencesOnly(true);
        QCOMPARE(keys(proxy),
            QStringList({ QStringLiteral("B.example"), QStringLiteral("api.other"),
                QStringLiteral("c.example"), QStringLiteral("gone") }));
        proxy.setFilterText(QStringLiteral("gone"));
        proxy.applyFilterTextNow();
        QCOMPARE(keys(proxy), QStringList({ QStringLiteral("gone") }));
        proxy.setDifferencesOnly(false);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void sortsWithHaproxyOrderAsTieBreak()
    {
        MapEntriesModel entries;
        MapEntryFilterProxyModel proxy;
        proxy.setEntriesModel(&entries);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        entries.load(Kind::Map, someEntries());
        proxy.sort(MapEntriesModel::Value);
        QCOMPARE(keys(proxy),
            QStringList({ QStringLiteral("a.example"), QStringLiteral("c.example"),
                QStringLiteral("api.other"), QStringLiteral("B.example") }));
        proxy.sort(MapEntriesModel::Key, Qt::DescendingOrder);
        QCOMPARE(keys(proxy).first(), QStringLiteral("c.example"));
        proxy.sort(-1);
        QCOMPARE(keys(proxy).first(), QStringLiteral("a.example"));
    }
};

QTEST_GUILESS_MAIN(TestMapEntryFilterProxyModel)
#include "tst_mapentryfilterproxymodel.moc"
