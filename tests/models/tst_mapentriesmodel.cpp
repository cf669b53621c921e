// MapEntriesModel fed by recorded `show map|acl <m>` answers (2.6 and 3.0): rows in HAProxy's
// order with their reference, values with spaces whole, ACLs without a value, and with a file
// compared: each row's state and the rows only in the file after the live ones.
#include "models/mapentriesmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

using Kind = MapCommands::Kind;

QList<PatternEntry> entriesOf(const QString &name, MapParser::Kind kind)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    const auto entries = MapParser::parseEntries(file.readAll(), kind);
    if (!entries)
        qFatal("cannot parse %s", qPrintable(name));
    return *entries;
}

QString cell(const MapEntriesModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestMapEntriesModel : public QObject
{
    Q_OBJECT

private slots:
    void recordedMap()
    {
        MapEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(Kind::Map, entriesOf(QStringLiteral("map_entries_spaces_30.txt"), MapParser::Kind::Map));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.liveCount(), 4);
        QCOMPARE(cell(model, 0, MapEntriesModel::Key), QStringLiteral("a.example"));
        QCOMPARE(cell(model, 0, MapEntriesModel::Value), QStringLiteral("be_a"));
        QCOMPARE(cell(model, 0, MapEntriesModel::Reference), QStringLiteral("0x55a1d6af6be0"));
        QCOMPARE(cell(model, 3, MapEntriesModel::Value), QStringLiteral("v 2"));
        QVERIFY(cell(model, 0, MapEntriesModel::File).isEmpty());
        QVERIFY(!model.isCompared());
        QCOMPARE(
            model.index(1, 0).data(MapEntriesModel::RefRole).toString(), QStringLiteral("0x55a1d6af6c80"));
        QCOMPARE(model.rowOfRef(QStringLiteral("0x55a1d6be5f10")), 3);
        QCOMPARE(model.rowOfKey(QStringLiteral("a2")), 3);
        QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
        QCOMPARE(
            model.headerData(MapEntriesModel::Key, Qt::Horizontal).toString(), MapEntriesModel::tr("Key"));
        QVERIFY(!model.index(4, 0).data().isValid());
        QVERIFY(!model.headerData(MapEntriesModel::ColumnCount, Qt::Horizontal).isValid());
    }

    void recordedAcl()
    {
        MapEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(Kind::Acl, entriesOf(QStringLiteral("acl_entries_26.txt"), MapParser::Kind::Acl));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, MapEntriesModel::Key), QStringLiteral("192.168.0.0/16"));
        QVERIFY(cell(model, 1, MapEntriesModel::Value).isEmpty());
        QCOMPARE(model.headerData(MapEntriesModel::Key, Qt::Horizontal).toString(),
            MapEntriesModel::tr("Pattern"));
    }

    void comparedWithFile()
    {
        MapEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<PatternEntry> live =
            entriesOf(QStringLiteral("map_entries_26.txt"), MapParser::Kind::Map);
        // The file: a.example as live, b.example with another value, and one entry gone live.
        const QList<MapFileEntry> file = MapFile::parse(
            "a.example be_a\nb.example be_old\n# note\nc.example be_c\n", MapParser::Kind::Map);
        const MapFileComparison comparison = MapFile::compare(live, file, MapParser::Kind::Map);
        model.load(Kind::Map, live, &comparison);
        QVERIFY(model.isCompared());
        QCOMPARE(model.liveCount(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, MapEntriesModel::File), MapEntriesModel::tr("same"));
        QCOMPARE(cell(model, 1, MapEntriesModel::File), MapEntriesModel::tr("differs"));
        QCOMPARE(model.index(1, 0).data(MapEntriesModel::FileStateRole).toInt(), int(MapFileState::Differs));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("\"be_old\"")));
        QCOMPARE(cell(model, 2, MapEntriesModel::Key), QStringLiteral("c.example"));
        QCOMPARE(cell(model, 2, MapEntriesModel::File), MapEntriesModel::tr("only in file"));
        QCOMPARE(cell(model, 2, MapEntriesModel::Reference), MapEntriesModel::tr("(line %1)").arg(4));
        QVERIFY(!model.rowAt(2)->isLive());
        QCOMPARE(model.rowOfKey(QStringLiteral("c.example")), -1); // only live rows are looked up
        QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());

        // A comparison of other entries is not applied.
        model.load(Kind::Map, live.first(1), &comparison);
        QVERIFY(!model.isCompared());
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMapEntriesModel)
#include "tst_mapentriesmodel.moc"
