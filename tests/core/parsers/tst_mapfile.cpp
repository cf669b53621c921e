// MapFile: HAProxy's map and ACL file format as 2.6 and 3.0 read it (the cases below were
// loaded by both and read back with `show map|acl`), the comparison of live entries with a
// file, and the export that reads back to the same entries.
#include "core/parsers/mapfile.h"

#include <QFile>
#include <QTest>

namespace {

using Kind = MapFile::Kind;

QByteArray readData(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

QList<QPair<QByteArray, QByteArray>> pairs(const QList<MapFileEntry> &entries)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const MapFileEntry &e : entries)
        out.append({ e.key, e.value });
    return out;
}

QList<QPair<QByteArray, QByteArray>> pairs(const QList<PatternEntry> &entries)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const PatternEntry &e : entries)
        out.append({ e.key, e.value });
    return out;
}

PatternEntry live(const char *key, const char *value = "")
{
    return { "0x1", key, value };
}

} // namespace

class TestMapFile : public QObject
{
    Q_OBJECT

private slots:
    void mapLinesAsHaproxyReadsThem()
    {
        // What 2.6.12 and 3.0.11 listed for this file: comments only in the first column,
        // leading blanks skipped, blanks inside a value kept and at its end dropped, a line
        // cut at CR, a key alone with an empty value.
        const QByteArray text = "# comment\n  lead v1\n #hash vh\nk2\tv  with  spaces  \nempty\n\n\t\n"
                                "k3 v3\r\nk4 v4\rjunk\nlast  x";
        const QList<MapFileEntry> entries = MapFile::parse(text, Kind::Map);
        const QList<QPair<QByteArray, QByteArray>> expected { { "lead", "v1" }, { "#hash", "vh" },
            { "k2", "v  with  spaces" }, { "empty", "" }, { "k3", "v3" }, { "k4", "v4" }, { "last", "x" } };
        QCOMPARE(pairs(entries), expected);
        QCOMPARE(entries.first().line, 2);
        QCOMPARE(entries.last().line, 10);
    }

    void aclLinesKeepTheWholePattern()
    {
        const QByteArray text = "# c\n  10.0.0.1\n #x\nfoo bar baz \n\n";
        const QList<MapFileEntry> entries = MapFile::parse(text, Kind::Acl);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).key, QByteArray("10.0.0.1"));
        QCOMPARE(entries.at(1).key, QByteArray("#x"));
        QCOMPARE(entries.at(2).key, QByteArray("foo bar baz "));
        QVERIFY(entries.at(2).value.isEmpty());
    }

    void emptyText()
    {
        QVERIFY(MapFile::parse("", Kind::Map).isEmpty());
        QVERIFY(MapFile::parse("\n\n# only a comment\n", Kind::Acl).isEmpty());
    }

    void compareFlagsEachKind()
    {
        const QList<MapFileEntry> file =
            MapFile::parse("a.example be_a\nb.example be_b\ngone.example be_c\n", Kind::Map);
        const QList<PatternEntry> entries { live("a.example", "be_a"), live("b.example", "be_x"),
            live("new.example", "be_n") };
        const MapFileComparison c = MapFile::compare(entries, file, Kind::Map);
        QCOMPARE(c.liveStates,
            QList<MapFileState>({ MapFileState::Same, MapFileState::Differs, MapFileState::NotInFile }));
        QCOMPARE(c.fileValues, QList<QByteArray>({ {}, "be_b", {} }));
        QCOMPARE(c.onlyInFile.size(), 1);
        QCOMPARE(c.onlyInFile.first().key, QByteArray("gone.example"));
        QCOMPARE(c.onlyInFile.first().line, 3);
        QCOMPARE(c.same, 1);
        QCOMPARE(c.differs, 1);
        QCOMPARE(c.notInFile, 1);
        QCOMPARE(c.differences(), 3);
    }

    void compareDuplicatesOccurrenceByOccurrence()
    {
        const QList<MapFileEntry> file = MapFile::parse("k v1\nk v2\n", Kind::Map);
        const MapFileComparison c =
            MapFile::compare({ live("k", "v1"), live("k", "v3"), live("k", "v2") }, file, Kind::Map);
        QCOMPARE(c.liveStates,
            QList<MapFileState>({ MapFileState::Same, MapFileState::Differs, MapFileState::NotInFile }));
        QVERIFY(c.onlyInFile.isEmpty());
    }

    void compareAclIgnoresValues()
    {
        const QList<MapFileEntry> file = MapFile::parse("10.0.0.0/8\n192.168.0.0/16\n", Kind::Acl);
        const MapFileComparison c =
            MapFile::compare({ live("10.0.0.0/8"), live("1.2.3.4") }, file, Kind::Acl);
        QCOMPARE(c.liveStates, QList<MapFileState>({ MapFileState::Same, MapFileState::NotInFile }));
        QCOMPARE(c.onlyInFile.size(), 1);
        QCOMPARE(c.onlyInFile.first().key, QByteArray("192.168.0.0/16"));
    }

    void recordedAnswersReadBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("map");
        QTest::newRow("map 2.6") << QStringLiteral("map_entries_26.txt") << true;
        QTest::newRow("map 3.0") << QStringLiteral("map_entries_30.txt") << true;
        QTest::newRow("values with spaces 3.0") << QStringLiteral("map_entries_spaces_30.txt") << true;
        QTest::newRow("acl 2.6") << QStringLiteral("acl_entries_26.txt") << false;
    }

    void recordedAnswersReadBack()
    {
        QFETCH(QString, file);
        QFETCH(bool, map);
        const Kind kind = map ? Kind::Map : Kind::Acl;
        const auto entries = MapParser::parseEntries(readData(file), kind);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        const MapFileText text = MapFile::format(*entries, kind);
        QVERIFY2(text.problems.isEmpty(), qPrintable(text.problems.join(u'\n')));
        const QList<MapFileEntry> back = MapFile::parse(text.text, kind);
        QCOMPARE(pairs(back), pairs(*entries));
        const MapFileComparison c = MapFile::compare(*entries, back, kind);
        QCOMPARE(c.differences(), 0);
    }

    void formatKeepsAHashKeyAndAnEmptyValue()
    {
        const QList<PatternEntry> entries { live("#hash", "v"), live("empty"), live("k", "v w") };
        const MapFileText text = MapFile::format(entries, Kind::Map);
        QCOMPARE(text.text, QByteArray(" #hash v\nempty \nk v w\n"));
        QVERIFY(text.problems.isEmpty());
        QCOMPARE(pairs(MapFile::parse(text.text, Kind::Map)), pairs(entries));
    }

    void formatNamesWhatCannotReadBack()
    {
        const MapFileText map = MapFile::format(
            { live("a b", "v"), live("k", " lead"), live("k2", "trail "), live("k3", "x\ny") }, Kind::Map);
        QCOMPARE(map.problems.size(), 4);
        QVERIFY(map.problems.at(0).contains(QStringLiteral("a b")));
        const MapFileText acl = MapFile::format({ live("foo bar"), live(" lead") }, Kind::Acl);
        QCOMPARE(acl.problems.size(), 1); // a pattern with blanks inside is one line of an ACL file
        QCOMPARE(MapFile::parse(acl.text, Kind::Acl).first().key, QByteArray("foo bar"));
    }
};

QTEST_GUILESS_MAIN(TestMapFile)
#include "tst_mapfile.moc"
