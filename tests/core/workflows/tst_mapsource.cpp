// MapSource: HAProxy's map file format read into entries, and every line MapReplace would
// refuse reported with its number.

#include "core/workflows/mapsource.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const MapCommands::Target Map { MapCommands::Kind::Map, u"/etc/haproxy/hosts.map"_s };
const MapCommands::Target Acl { MapCommands::Kind::Acl, u"/etc/haproxy/block.acl"_s };

QStringList pairs(const MapSource::Parsed &parsed)
{
    QStringList result;
    for (const MapCommands::Entry &e : parsed.entries)
        result << e.key + u'=' + e.value;
    return result;
}

} // namespace

class TestMapSource : public QObject
{
    Q_OBJECT

private slots:
    void readsKeyAndTheRestOfTheLine()
    {
        const MapSource::Parsed parsed = MapSource::parse(u"# a comment\n"
                                                          "\n"
                                                          "a.example be_a\n"
                                                          "  b.example \t be b  \r\n"
                                                          "c.example\tbe_c\n"
                                                          "   \n"
                                                          "d.example be_d"_s,
            Map);
        QVERIFY(parsed.ok());
        QCOMPARE(pairs(parsed),
            (QStringList {
                u"a.example=be_a"_s, u"b.example=be b"_s, u"c.example=be_c"_s, u"d.example=be_d"_s }));
        QCOMPARE(parsed.lines, (QList<int> { 3, 4, 5, 7 }));
    }

    void aclLinesArePatterns()
    {
        const MapSource::Parsed parsed = MapSource::parse(u"10.0.0.0/8\n# x\n  192.168.0.1  \n"_s, Acl);
        QVERIFY(parsed.ok());
        QCOMPARE(pairs(parsed), (QStringList { u"10.0.0.0/8="_s, u"192.168.0.1="_s }));
    }

    void refusalsNameTheirLine()
    {
        const MapSource::Parsed parsed = MapSource::parse(u"a.example be_a\n"
                                                          "b.example be;b\n"
                                                          "c.example\n"
                                                          "a.example be_x\n"
                                                          "e.example be\\e\n"
                                                          "f.example ok\n"_s,
            Map);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problems.size(), 4);
        QCOMPARE(parsed.problems.at(0).line, 2);
        QVERIFY(parsed.problems.at(0).message.contains(u"';'"_s));
        QCOMPARE(parsed.problems.at(1).line, 3);
        QVERIFY(parsed.problems.at(1).message.contains(u"no value"_s));
        QCOMPARE(parsed.problems.at(2).line, 4);
        QVERIFY(parsed.problems.at(2).message.contains(u"line 1"_s));
        QCOMPARE(parsed.problems.at(3).line, 5);
        QCOMPARE(pairs(parsed), (QStringList { u"a.example=be_a"_s, u"f.example=ok"_s }));
    }

    void aclPatternWithASpaceIsRefused()
    {
        const MapSource::Parsed parsed = MapSource::parse(u"10.0.0.1\nbad pattern\n10.0.0.1\n"_s, Acl);
        QCOMPARE(parsed.problems.size(), 2);
        QCOMPARE(parsed.problems.at(0).line, 2);
        QVERIFY(parsed.problems.at(0).message.contains(u"space"_s));
        QCOMPARE(parsed.problems.at(1).line, 3);
    }

    void onlyAHashInTheFirstColumnIsAComment()
    {
        // As HAProxy reads the file: "  #x y" is the key "#x" with the value "y".
        const MapSource::Parsed parsed = MapSource::parse(u"#c d\n  #x y\n"_s, Map);
        QVERIFY(parsed.ok());
        QCOMPARE(pairs(parsed), (QStringList { u"#x=y"_s }));
    }

    void emptyTextHasNoEntries()
    {
        const MapSource::Parsed parsed = MapSource::parse(u""_s, Map);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapSource)
#include "tst_mapsource.moc"
