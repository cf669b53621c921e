#include "core/parsers/mapparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

class TestMapParser : public QObject
{
    Q_OBJECT

private slots:
    void mapList_data();
    void mapList();
    void aclListWithInlineAcls();
    void listToleratesNewFields();
    void listRefusesOtherText();
    void entries_data();
    void entries();
    void aclEntriesHaveNoValue();
    void valueWithSpaces();
    void entriesRefuseErrorText();
    void emptyEntries();
    void getMap();
    void getAcl();
    void getNotFound();
    void getRefusesErrorText();
};

void TestMapParser::mapList_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("id");
    QTest::newRow("2.6") << QStringLiteral("map_list_26.txt") << qint64(4);
    QTest::newRow("3.0") << QStringLiteral("map_list_30.txt") << qint64(6);
}

void TestMapParser::mapList()
{
    QFETCH(QString, file);
    QFETCH(qint64, id);
    const auto list = MapParser::parseList(readData(file));
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    const PatternListInfo &m = list->first();
    QCOMPARE(m.id, id);
    QCOMPARE(m.file, QByteArray("/tmp/e17/hosts.map"));
    QVERIFY(!m.isInline());
    QCOMPARE(m.currentVersion, 0);
    QCOMPARE(m.nextVersion, 0);
    QCOMPARE(m.entryCount, 2);
    QVERIFY(m.description.startsWith("pattern loaded from file '/tmp/e17/hosts.map'"));
    QVERIFY(m.description.endsWith("line 16"));
    QVERIFY(m.extraFields.isEmpty());
}

void TestMapParser::aclListWithInlineAcls()
{
    const auto l26 = MapParser::parseList(readData(QStringLiteral("acl_list_26.txt")));
    const auto l30 = MapParser::parseList(readData(QStringLiteral("acl_list_30.txt")));
    QVERIFY2(l26.ok(), qPrintable(l26.error()));
    QVERIFY2(l30.ok(), qPrintable(l30.error()));
    QCOMPARE(l26->size(), 4);
    QCOMPARE(l30->size(), 6);
    QCOMPARE(l26->at(0).file, QByteArray("/tmp/e17/block.acl"));
    QCOMPARE(l26->at(0).entryCount, 2);
    QVERIFY(l26->at(1).isInline());
    QCOMPARE(l26->at(1).id, 1);
    QCOMPARE(l26->at(1).description, QByteArray("acl 'src' file 'h.cfg' line 14"));
    QCOMPARE(l30->at(5).entryCount, 1);
}

void TestMapParser::listToleratesNewFields()
{
    const QByteArray answer =
        "# id (file) description\n"
        "7 (/etc/x (old).map) a=b in text. curr_ver=3 next_ver=5 new_field=x entry_cnt=9\n\n";
    const auto list = MapParser::parseList(answer);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    const PatternListInfo &m = list->first();
    QCOMPARE(m.file, QByteArray("/etc/x (old"));
    QCOMPARE(m.currentVersion, 3);
    QCOMPARE(m.nextVersion, 5);
    QCOMPARE(m.entryCount, 9);
    QCOMPARE(m.extraFields.size(), 1);
    QCOMPARE(m.extraFields.first().first, QByteArray("new_field"));
    QCOMPARE(m.extraFields.first().second, QByteArray("x"));
}

void TestMapParser::listRefusesOtherText()
{
    const auto list = MapParser::parseList(readData(QStringLiteral("map_unknown_26.txt")));
    QVERIFY(!list.ok());
    QVERIFY(list.error().contains(QStringLiteral("Unknown map identifier")));
    QVERIFY(!MapParser::parseList("# id (file) description\ngarbage\n").ok());
    QVERIFY(!MapParser::parseList("").ok());
}

void TestMapParser::entries_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("2.6") << QStringLiteral("map_entries_26.txt");
    QTest::newRow("3.0") << QStringLiteral("map_entries_30.txt");
}

void TestMapParser::entries()
{
    QFETCH(QString, file);
    const auto entries = MapParser::parseEntries(readData(file), MapParser::Kind::Map);
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    QVERIFY(entries->at(0).ref.startsWith("0x"));
    QCOMPARE(entries->at(0).key, QByteArray("a.example"));
    QCOMPARE(entries->at(0).value, QByteArray("be_a"));
    QCOMPARE(entries->at(1).key, QByteArray("b.example"));
    QCOMPARE(entries->at(1).value, QByteArray("be_b"));
}

void TestMapParser::aclEntriesHaveNoValue()
{
    const auto entries =
        MapParser::parseEntries(readData(QStringLiteral("acl_entries_26.txt")), MapParser::Kind::Acl);
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).ref, QByteArray("0x559b34e2daa0"));
    QCOMPARE(entries->at(0).key, QByteArray("10.0.0.0/8"));
    QVERIFY(entries->at(0).value.isEmpty());
    QCOMPARE(entries->at(2).key, QByteArray("1.2.3.4"));
}

void TestMapParser::valueWithSpaces()
{
    // Added through the payload form, which keeps the spaces of a value.
    const auto entries =
        MapParser::parseEntries(readData(QStringLiteral("map_entries_spaces_30.txt")), MapParser::Kind::Map);
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(3).key, QByteArray("a2"));
    QCOMPARE(entries->at(3).value, QByteArray("v 2"));
}

void TestMapParser::entriesRefuseErrorText()
{
    const auto entries =
        MapParser::parseEntries(readData(QStringLiteral("map_unknown_26.txt")), MapParser::Kind::Map);
    QVERIFY(!entries.ok());
    QVERIFY(entries.error().contains(QStringLiteral("Unknown map identifier")));
    QVERIFY(!MapParser::parseEntries("0x12 a b\nnot a ref\n", MapParser::Kind::Map).ok());
    QVERIFY(!MapParser::parseEntries("0xzz a b\n", MapParser::Kind::Map).ok());
}

void TestMapParser::emptyEntries()
{
    const auto entries = MapParser::parseEntries("\n", MapParser::Kind::Map);
    QVERIFY(entries.ok());
    QVERIFY(entries->isEmpty());
}

void TestMapParser::getMap()
{
    for (const QString &file : { QStringLiteral("get_map_26.txt"), QStringLiteral("get_map_30.txt") }) {
        const auto match = MapParser::parseGet(readData(file));
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QVERIFY(match->found);
        QCOMPARE(match->matchType, QByteArray("str"));
        QCOMPARE(match->caseMode, QByteArray("sensitive"));
        QCOMPARE(match->index, QByteArray("tree"));
        QCOMPARE(match->key, QByteArray("b.example"));
        QCOMPARE(match->value, QByteArray("be_b"));
        QCOMPARE(match->valueType, QByteArray("str"));
        QCOMPARE(match->fields.size(), 7);
    }
}

void TestMapParser::getAcl()
{
    for (const QString &file : { QStringLiteral("get_acl_26.txt"), QStringLiteral("get_acl_30.txt") }) {
        const auto match = MapParser::parseGet(readData(file));
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QVERIFY(match->found);
        QCOMPARE(match->matchType, QByteArray("ip"));
        QCOMPARE(match->key, QByteArray("10.0.0.0/8"));
        QVERIFY(match->value.isEmpty());
    }
}

void TestMapParser::getNotFound()
{
    const auto map = MapParser::parseGet(readData(QStringLiteral("get_map_notfound_26.txt")));
    QVERIFY2(map.ok(), qPrintable(map.error()));
    QVERIFY(!map->found);
    QVERIFY(map->key.isEmpty());
    const auto acl = MapParser::parseGet(readData(QStringLiteral("get_acl_nomatch_26.txt")));
    QVERIFY2(acl.ok(), qPrintable(acl.error()));
    QVERIFY(!acl->found);
    // A field of a newer version is kept, not refused.
    const auto newer = MapParser::parseGet("found=yes, key=\"k\", value=\"a b\", type=\"str\", extra=1\n");
    QVERIFY2(newer.ok(), qPrintable(newer.error()));
    QCOMPARE(newer->value, QByteArray("a b"));
    QCOMPARE(newer->fields.last().first, QByteArray("extra"));
}

void TestMapParser::getRefusesErrorText()
{
    const auto match = MapParser::parseGet(readData(QStringLiteral("map_unknown_26.txt")));
    QVERIFY(!match.ok());
    QVERIFY(match.error().contains(QStringLiteral("Unknown map identifier")));
    QVERIFY(!MapParser::parseGet("type=str, case=sensitive\n").ok());
    QVERIFY(!MapParser::parseGet("").ok());
}

QTEST_GUILESS_MAIN(TestMapParser)
#include "tst_mapparser.moc"
