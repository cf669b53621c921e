// StickTableEntriesModel and StickTableListModel on recorded `show table` answers of HAProxy
// 2.6 and 3.0: columns in HAProxy's order with their periods, numbers in the raw role for
// sorting, a refresh merged by key (rows that stay keep their persistent index), another
// table resetting the columns.

#include "core/parsers/sticktableparser.h"
#include "models/sticktableentriesmodel.h"
#include "models/sticktablelistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray recorded(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

StickTableDump dumpOf(const QString &name)
{
    return StickTableParser::parseEntries(recorded(name)).value();
}

} // namespace

class TestStickTableEntriesModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsInHaproxysOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2.6") << u"table_entries_26.txt"_s;
        QTest::newRow("3.0") << u"table_entries_30.txt"_s;
    }
    void columnsInHaproxysOrder()
    {
        QFETCH(QString, file);
        StickTableEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDump(dumpOf(file));
        QCOMPARE(model.dataColumns(),
            QStringList({ u"server_id"_s, u"gpt0"_s, u"gpc0"_s, u"conn_rate"_s, u"http_req_rate"_s }));
        QCOMPARE(model.columnCount(), StickTableEntriesModel::DataColumnsStart + 5);
        QCOMPARE(model.headerData(StickTableEntriesModel::DataColumnsStart + 3, Qt::Horizontal).toString(),
            u"conn_rate (10s)"_s);
        QCOMPARE(model.headerData(StickTableEntriesModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            row = model.keyAt(r) == u"10.1.1.1"_s ? r : row;
        QVERIFY(row >= 0);
        const int gpc0 = StickTableEntriesModel::DataColumnsStart + 2;
        QCOMPARE(model.index(row, gpc0).data(KeyedTableModel::RawRole).toLongLong(), 9);
        QCOMPARE(model.index(row, StickTableEntriesModel::UseColumn).data().toLongLong(), 0);
        QVERIFY(model.index(row, StickTableEntriesModel::ExpiryColumn).data().toString().startsWith(u"9m"_s));
        QVERIFY(!model.index(row, 99).data().isValid());
    }

    void sortsByNumberNotText()
    {
        StickTableEntriesModel model;
        model.setDump(dumpOf(u"table_entries_30.txt"_s));
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(KeyedTableModel::RawRole);
        const int gpc0 = StickTableEntriesModel::DataColumnsStart + 2;
        sorted.sort(gpc0, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 0).data().toString(), u"10.1.1.1"_s); // 9 before 2 and 0
        QCOMPARE(sorted.index(2, 0).data().toString(), u"127.0.0.1"_s);
    }

    void refreshMergesByKey()
    {
        StickTableEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StickTableDump dump = dumpOf(u"table_entries_30.txt"_s);
        model.setDump(dump);
        const QPersistentModelIndex kept = model.index(1, 0); // 127.0.0.1
        QCOMPARE(kept.data().toString(), u"127.0.0.1"_s);
        // One entry went, one changed, one came.
        dump.entries.removeFirst();
        dump.entries[0].values[2] = "42";
        StickTableEntry added = dump.entries.at(0);
        added.key = "10.9.9.9";
        dump.entries.append(added);
        model.setDump(dump);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), u"127.0.0.1"_s);
        QCOMPARE(
            model.index(kept.row(), StickTableEntriesModel::DataColumnsStart + 2).data().toLongLong(), 42);
        QCOMPARE(model.keyAt(2), u"10.9.9.9"_s);

        // Another table: other columns, reset.
        model.setDump(dumpOf(u"table_string_30.txt"_s));
        QCOMPARE(model.dataColumns(), QStringList({ u"gpc0"_s, u"http_req_rate"_s }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StickTableEntriesModel::ExpiryColumn).data().toString(), u"never"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tableList()
    {
        StickTableListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables(StickTableParser::parseList(recorded(u"table_list_30.txt"_s)).value());
        QCOMPARE(model.rowCount(), 5);
        const StickTableInfo *fe = model.find(u"fe"_s);
        QVERIFY(fe);
        QCOMPARE(fe->used, 1);
        QCOMPARE(model.index(4, StickTableListModel::TypeColumn).data().toString(), u"ip"_s);
        QCOMPARE(model.index(4, StickTableListModel::SizeColumn).data().toLongLong(), 100);
        const QPersistentModelIndex kept = model.index(4, 0);
        model.setTables(StickTableParser::parseList(recorded(u"table_list_26.txt"_s)).value());
        QVERIFY(!model.find(u"nope"_s));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), u"fe"_s);
    }
};

QTEST_GUILESS_MAIN(TestStickTableEntriesModel)
#include "tst_sticktableentriesmodel.moc"
