#include "core/parsers/sticktableparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

namespace {

const StickTableEntry *findEntry(const StickTableDump &dump, QByteArrayView key)
{
    for (const StickTableEntry &entry : dump.entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

constexpr qint64 NoValue = StickTableInfo::NoValue;

} // namespace

class TestStickTableParser : public QObject
{
    Q_OBJECT

private slots:
    void list_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2.6") << QStringLiteral("table_list_26.txt");
        QTest::newRow("3.0") << QStringLiteral("table_list_30.txt");
    }
    void list()
    {
        QFETCH(QString, file);
        const auto result = StickTableParser::parseList(readData(file));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 5);
        QCOMPARE(result->at(0).name, "t_bin");
        QCOMPARE(result->at(0).type, "binary");
        QCOMPARE(result->at(3).type, "string");
        QCOMPARE(result->at(4).name, "fe");
        QCOMPARE(result->at(4).type, "ip");
        QCOMPARE(result->at(4).size, 100);
        QCOMPARE(result->at(4).used, 1);
    }
    void emptyList() { QVERIFY(StickTableParser::parseList("\n")->isEmpty()); }

    void entries26()
    {
        const auto result = StickTableParser::parseEntries(readData(QStringLiteral("table_entries_26.txt")));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const StickTableDump &dump = *result;
        QCOMPARE(dump.table.name, "fe");
        QCOMPARE(dump.table.used, 4);
        QVERIFY(dump.complete);
        QCOMPARE(dump.skippedLines, 0);
        QCOMPARE(dump.entries.size(), 4);
        QCOMPARE(dump.columns.size(), 5);
        QCOMPARE(dump.columns.at(0).name, "server_id");
        QCOMPARE(dump.columns.at(3).name, "conn_rate");
        QCOMPARE(dump.columns.at(3).periodMs, 10000);
        QCOMPARE(dump.columns.at(2).periodMs, NoValue);
        const StickTableEntry *e = findEntry(dump, "10.1.1.1");
        QVERIFY(e);
        QCOMPARE(e->pointer, "0x7f5c540423e8");
        QCOMPARE(e->use, 0);
        QCOMPARE(e->expMs, 599956);
        QCOMPARE(e->shard, NoValue);
        QCOMPARE(e->number(dump.columnIndex("gpc0")), 9);
        QCOMPARE(e->number(dump.columnIndex("conn_rate")), 9);
        QCOMPARE(e->number(dump.columnIndex("nope")), NoValue);
    }
    void entries30()
    {
        const auto result = StickTableParser::parseEntries(readData(QStringLiteral("table_entries_30.txt")));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->entries.size(), 3);
        QCOMPARE(result->columns.size(), 5); // shard is a fixed field, not a column
        const StickTableEntry *e = findEntry(*result, "127.0.0.1");
        QVERIFY(e);
        QCOMPARE(e->shard, 0);
        QCOMPARE(e->number(result->columnIndex("http_req_rate")), 2);
    }
    void stringAndBinary()
    {
        for (const char *file : { "table_string_26.txt", "table_string_30.txt" }) {
            const auto result = StickTableParser::parseEntries(readData(QString::fromLatin1(file)));
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result->table.type, "string");
            QVERIFY(findEntry(*result, "abc"));
            QVERIFY(findEntry(*result, "abcdefghijabcdefghijabcdefghijab")); // cut at len 32
        }
        const auto binary = StickTableParser::parseEntries(readData(QStringLiteral("table_binary_30.txt")));
        QVERIFY2(binary.ok(), qPrintable(binary.error()));
        QVERIFY(findEntry(*binary, "7A7A000000000000"));
        QCOMPARE(binary->entries.at(0).use, 1);
    }
    void keyWithSpacesAndLateColumn()
    {
        const QByteArray answer = "# table: st, type: string, size:1024, used:2\n"
                                  "0x1: key=a use=2 exp=3 b use=0 exp=0 gpc0=5\n"
                                  "0x2: key=x use=0 exp=0 gpc0=1 server_key=srv1\n"
                                  "junk\n\n";
        const auto result = StickTableParser::parseEntries(answer);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->entries.size(), 2);
        QCOMPARE(result->entries.at(0).key, "a use=2 exp=3 b");
        QCOMPARE(result->skippedLines, 1);
        QCOMPARE(result->columns.size(), 2);
        QCOMPARE(result->entries.at(0).values.size(), 2);
        QCOMPARE(result->entries.at(1).values.at(1), "srv1");
        QVERIFY(result->entries.at(0).values.at(1).isEmpty());
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("no table") << QByteArray("No such table\n\n");
        QTest::newRow("filter") << QByteArray("Filter entry #1: Unknown data type\n\n");
        QTest::newRow("extra") << QByteArray(
            "Detected extra data in filter, 16th word of input, after '4'\n\n");
        QTest::newRow("empty") << QByteArray();
    }
    void errors()
    {
        QFETCH(QByteArray, answer);
        const auto result = StickTableParser::parseEntries(answer);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QString::fromUtf8(answer.trimmed())));
        if (!answer.isEmpty())
            QVERIFY(!StickTableParser::parseList(answer).ok());
    }
};

QTEST_GUILESS_MAIN(TestStickTableParser)
#include "tst_sticktableparser.moc"
