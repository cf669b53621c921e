// MapListModel fed by recorded `show map` / `show acl` answers (2.6 and 3.0): the rows and what
// they say, maps before ACLs, inline ACLs addressed by id, and a refresh merged by reference
// (a row that stays keeps its place and selection; one that goes is removed).
#include "models/maplistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPersistentModelIndex>
#include <QTest>

namespace {

using Kind = MapCommands::Kind;

QList<PatternListInfo> listOf(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    const auto list = MapParser::parseList(file.readAll());
    if (!list)
        qFatal("cannot parse %s", qPrintable(name));
    return *list;
}

QString cell(const MapListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestMapListModel : public QObject
{
    Q_OBJECT

private slots:
    void recordedLists()
    {
        MapListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(Kind::Acl, listOf(QStringLiteral("acl_list_30.txt")));
        model.setList(Kind::Map, listOf(QStringLiteral("map_list_30.txt")));
        QCOMPARE(model.rowCount(), 7);
        // The map first, whatever order the answers came in.
        QCOMPARE(cell(model, 0, MapListModel::Kind), MapListModel::tr("map"));
        QCOMPARE(cell(model, 0, MapListModel::Id), QStringLiteral("#6"));
        QCOMPARE(cell(model, 0, MapListModel::Name), QStringLiteral("/tmp/e17/hosts.map"));
        QCOMPARE(cell(model, 0, MapListModel::Entries), QStringLiteral("2"));
        QCOMPARE(model.index(0, MapListModel::Entries).data(MapListModel::RawRole).toLongLong(), 2);
        QCOMPARE(cell(model, 0, MapListModel::Versions), QStringLiteral("0"));
        QCOMPARE(model.rowAt(0)->target().reference, QStringLiteral("/tmp/e17/hosts.map"));
        QCOMPARE(cell(model, 1, MapListModel::Kind), MapListModel::tr("ACL"));
        QCOMPARE(model.index(1, 0).data(MapListModel::ReferenceRole).toString(),
            QStringLiteral("/tmp/e17/block.acl"));
        // An ACL written in the configuration: its description, addressed by id.
        QCOMPARE(cell(model, 2, MapListModel::Name), QStringLiteral("acl 'src' file 'h.cfg' line 14"));
        QCOMPARE(model.index(2, 0).data(MapListModel::ReferenceRole).toString(), QStringLiteral("#1"));
        QVERIFY(model.index(2, 0).data(MapListModel::FileRole).toString().isEmpty());
        QCOMPARE(model.rowOf({ Kind::Acl, QStringLiteral("#1") }), 2);
        QCOMPARE(model.rowOf({ Kind::Map, QStringLiteral("#1") }), -1);
    }

    void refreshMergesByReference()
    {
        MapListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(Kind::Map, listOf(QStringLiteral("map_list_26.txt")));
        model.setList(Kind::Acl, listOf(QStringLiteral("acl_list_26.txt")));
        const int acls = model.rowCount() - 1;
        QVERIFY(acls >= 1);
        const QPersistentModelIndex map = model.index(0, 0);
        const QPersistentModelIndex firstAcl = model.index(1, 0);

        // 3.0 gives the same map another id and more entries: same row, new data.
        QList<PatternListInfo> maps = listOf(QStringLiteral("map_list_30.txt"));
        maps.first().entryCount = 5;
        maps.first().nextVersion = 2;
        maps.first().currentVersion = 1;
        PatternListInfo second = maps.first();
        second.file = "/tmp/e17/other.map";
        second.id = 9;
        maps.append(second);
        model.setList(Kind::Map, maps);
        QCOMPARE(map.row(), 0);
        QCOMPARE(cell(model, 0, MapListModel::Id), QStringLiteral("#6"));
        QCOMPARE(cell(model, 0, MapListModel::Entries), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, MapListModel::Versions), MapListModel::tr("%1 (next %2)").arg(1).arg(2));
        QCOMPARE(cell(model, 1, MapListModel::Name), QStringLiteral("/tmp/e17/other.map"));
        QCOMPARE(firstAcl.row(), 2);
        QCOMPARE(model.rowCount(), acls + 2);

        model.setList(Kind::Map, {});
        QCOMPARE(model.rowCount(), acls);
        QVERIFY(!map.isValid());
        QCOMPARE(firstAcl.row(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        MapListModel model;
        QCOMPARE(
            model.headerData(MapListModel::Entries, Qt::Horizontal).toString(), MapListModel::tr("Entries"));
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(MapListModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.index(0, 0).data().isValid());
    }
};

QTEST_GUILESS_MAIN(TestMapListModel)
#include "tst_maplistmodel.moc"
