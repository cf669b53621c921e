#include "core/protocol/mapcommands.h"

#include <QTest>

namespace {

using Kind = MapCommands::Kind;
const MapCommands::Target hosts { Kind::Map, QStringLiteral("/etc/haproxy/hosts.map") };
const MapCommands::Target block { Kind::Acl, QStringLiteral("/etc/haproxy/block.acl") };

QByteArray lineOf(const Result<RuntimeCommand> &built)
{
    if (!built)
        qWarning("refused: %s", qPrintable(built.error()));
    return built ? built->line() : QByteArray("<refused>");
}

// A refusal: nothing to send, and a message that names the problem.
void expectRefusal(const Result<RuntimeCommand> &built, const QString &part)
{
    QVERIFY2(!built.ok(), built.ok() ? built->line().constData() : "");
    QVERIFY2(built.error().contains(part), qPrintable(built.error()));
}

} // namespace

class TestMapCommands : public QObject
{
    Q_OBJECT

private slots:
    void reads();
    void writes();
    void levelsEffectsAndRules();
    void addMany();
    void refusedReferences_data();
    void refusedReferences();
    void refusedKeysAndValues_data();
    void refusedKeysAndValues();
    void refusedVersions();
    void refusedPayloads();
    void preparedVersion();
};

void TestMapCommands::reads()
{
    QCOMPARE(MapCommands::showList(Kind::Map).line(), QByteArray("show map"));
    QCOMPARE(MapCommands::showList(Kind::Acl).line(), QByteArray("show acl"));
    QCOMPARE(lineOf(MapCommands::showEntries(hosts)), QByteArray("show map /etc/haproxy/hosts.map"));
    QCOMPARE(lineOf(MapCommands::showEntries(block, 3)), QByteArray("show acl @3 /etc/haproxy/block.acl"));
    QCOMPARE(
        lineOf(MapCommands::showEntries({ Kind::Map, QStringLiteral("#4") })), QByteArray("show map #4"));
    QCOMPARE(lineOf(MapCommands::get(hosts, QStringLiteral("b.example"))),
        QByteArray("get map /etc/haproxy/hosts.map b.example"));
    QCOMPARE(lineOf(MapCommands::get(block, QStringLiteral("10.1.2.3"))),
        QByteArray("get acl /etc/haproxy/block.acl 10.1.2.3"));
}

void TestMapCommands::writes()
{
    QCOMPARE(lineOf(MapCommands::add(hosts, { QStringLiteral("c.example"), QStringLiteral("be_c") })),
        QByteArray("add map /etc/haproxy/hosts.map c.example be_c"));
    QCOMPARE(lineOf(MapCommands::add(hosts, { QStringLiteral("c.example"), QStringLiteral("be_c") }, 2)),
        QByteArray("add map @2 /etc/haproxy/hosts.map c.example be_c"));
    QCOMPARE(lineOf(MapCommands::add(block, { QStringLiteral("10.0.0.0/8"), {} }, 1)),
        QByteArray("add acl @1 /etc/haproxy/block.acl 10.0.0.0/8"));
    QCOMPARE(lineOf(MapCommands::setByKey(hosts, QStringLiteral("a.example"), QStringLiteral("be_b"))),
        QByteArray("set map /etc/haproxy/hosts.map a.example be_b"));
    QCOMPARE(lineOf(MapCommands::setByRef(hosts, QStringLiteral("0x55578a195060"), QStringLiteral("be_b"))),
        QByteArray("set map /etc/haproxy/hosts.map #0x55578a195060 be_b"));
    QCOMPARE(lineOf(MapCommands::setByRef(hosts, QStringLiteral("#0x55578a195060"), QStringLiteral("be_b"))),
        QByteArray("set map /etc/haproxy/hosts.map #0x55578a195060 be_b"));
    QCOMPARE(lineOf(MapCommands::delByKey(block, QStringLiteral("10.0.0.0/8"))),
        QByteArray("del acl /etc/haproxy/block.acl 10.0.0.0/8"));
    QCOMPARE(lineOf(MapCommands::delByRef(hosts, QStringLiteral("0xabc"))),
        QByteArray("del map /etc/haproxy/hosts.map #0xabc"));
    QCOMPARE(lineOf(MapCommands::clear(hosts)), QByteArray("clear map /etc/haproxy/hosts.map"));
    QCOMPARE(lineOf(MapCommands::clear(block, 4)), QByteArray("clear acl @4 /etc/haproxy/block.acl"));
    QCOMPARE(lineOf(MapCommands::prepare(hosts)), QByteArray("prepare map /etc/haproxy/hosts.map"));
    QCOMPARE(lineOf(MapCommands::commit(block, 7)), QByteArray("commit acl @7 /etc/haproxy/block.acl"));
}

void TestMapCommands::levelsEffectsAndRules()
{
    using Rule = RuntimeCommand::SuccessRule;
    const RuntimeCommand list = MapCommands::showList(Kind::Map);
    QVERIFY(!list.isWrite());
    QCOMPARE(list.requiredLevel(), AccessLevel::User);
    QCOMPARE(list.successRule(), Rule::AnyAnswer);
    QCOMPARE(MapCommands::showEntries(hosts)->maxAnswerBytes(), RuntimeCommand::DumpAnswerBytes);
    QVERIFY(!MapCommands::get(hosts, QStringLiteral("x"))->isWrite());

    const auto add = MapCommands::add(hosts, { QStringLiteral("k"), QStringLiteral("v") });
    QVERIFY(add->isWrite());
    QCOMPARE(add->requiredLevel(), AccessLevel::User); // found on 2.6 and 3.0: no level check
    QCOMPARE(add->successRule(), Rule::EmptyAnswer);
    QCOMPARE(MapCommands::delByKey(hosts, QStringLiteral("k"))->successRule(), Rule::EmptyAnswer);
    QCOMPARE(MapCommands::commit(hosts, 1)->successRule(), Rule::EmptyAnswer);
    const auto prepare = MapCommands::prepare(hosts);
    QVERIFY(prepare->isWrite());
    QCOMPARE(prepare->successRule(), Rule::ExpectedMessage);
    QCOMPARE(prepare->expectedMessage(), QByteArray("New version created: "));
}

void TestMapCommands::addMany()
{
    const auto built = MapCommands::addMany(hosts,
        { { QStringLiteral("a.example"), QStringLiteral("be_a") },
            { QStringLiteral("b"), QStringLiteral("v w") } },
        3);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(built->line(), QByteArray("add map @3 /etc/haproxy/hosts.map <<"));
    QCOMPARE(built->payload(), QByteArray("a.example be_a\nb v w"));
    QCOMPARE(
        built->wireBytes(), QByteArray("add map @3 /etc/haproxy/hosts.map <<\na.example be_a\nb v w\n\n"));
    QVERIFY(built->isWrite());
    QCOMPARE(built->successRule(), RuntimeCommand::SuccessRule::EmptyAnswer);
    QCOMPARE(MapCommands::payloadBytes({ QStringLiteral("a.example"), QStringLiteral("be_a") }), 15);
}

void TestMapCommands::refusedReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QString() << QStringLiteral("map reference is empty");
    QTest::newRow("space") << QStringLiteral("/a b.map") << QStringLiteral("contains a space");
    QTest::newRow("semicolon") << QStringLiteral("/a.map;show env") << QStringLiteral("';'");
    QTest::newRow("backslash") << QStringLiteral("/a\\.map") << QStringLiteral("'\\'");
    QTest::newRow("LF") << QStringLiteral("/a.map\nshow env") << QStringLiteral("line break");
    QTest::newRow("CR") << QStringLiteral("/a.map\r") << QStringLiteral("line break");
    QTest::newRow("tab") << QStringLiteral("/a\t.map") << QStringLiteral("control character");
    QTest::newRow("payload") << QStringLiteral("<<EOF") << QStringLiteral("'<<'");
    QTest::newRow("version") << QStringLiteral("@1") << QStringLiteral("'@'");
    QTest::newRow("bad id") << QStringLiteral("#x1") << QStringLiteral("neither #<number> nor a file");
    QTest::newRow("negative id") << QStringLiteral("#-1") << QStringLiteral("neither #<number> nor a file");
}

void TestMapCommands::refusedReferences()
{
    QFETCH(QString, reference);
    QFETCH(QString, problem);
    const MapCommands::Target target { Kind::Map, reference };
    expectRefusal(MapCommands::showEntries(target), problem);
    expectRefusal(MapCommands::get(target, QStringLiteral("x")), problem);
    expectRefusal(MapCommands::add(target, { QStringLiteral("k"), QStringLiteral("v") }), problem);
    expectRefusal(MapCommands::addMany(target, { { QStringLiteral("k"), QStringLiteral("v") } }), problem);
    expectRefusal(MapCommands::setByKey(target, QStringLiteral("k"), QStringLiteral("v")), problem);
    expectRefusal(MapCommands::delByRef(target, QStringLiteral("0x1")), problem);
    expectRefusal(MapCommands::clear(target), problem);
    expectRefusal(MapCommands::prepare(target), problem);
    expectRefusal(MapCommands::commit(target, 1), problem);
}

void TestMapCommands::refusedKeysAndValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty key") << QString() << QStringLiteral("v") << QStringLiteral("key is empty");
    QTest::newRow("space in key") << QStringLiteral("a b") << QStringLiteral("v") << QStringLiteral("space");
    QTest::newRow("semicolon in key")
        << QStringLiteral("a;b") << QStringLiteral("v") << QStringLiteral("';'");
    QTest::newRow("payload key") << QStringLiteral("<<") << QStringLiteral("v") << QStringLiteral("'<<'");
    QTest::newRow("empty value") << QStringLiteral("k") << QString() << QStringLiteral("value is empty");
    QTest::newRow("space in value") << QStringLiteral("k") << QStringLiteral("v w")
                                    << QStringLiteral("first word");
    QTest::newRow("LF in value") << QStringLiteral("k") << QStringLiteral("v\nshow env")
                                 << QStringLiteral("line break");
    QTest::newRow("backslash in value")
        << QStringLiteral("k") << QStringLiteral("v\\") << QStringLiteral("'\\'");
    QTest::newRow("payload value") << QStringLiteral("k") << QStringLiteral("<<EOF")
                                   << QStringLiteral("'<<'");
}

void TestMapCommands::refusedKeysAndValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    expectRefusal(MapCommands::add(hosts, { key, value }), problem);
    if (!key.isEmpty() && key != QStringLiteral("k"))
        expectRefusal(MapCommands::delByKey(hosts, key), problem);
    expectRefusal(MapCommands::setByKey(hosts, key, value), problem);
}

void TestMapCommands::refusedVersions()
{
    expectRefusal(MapCommands::showEntries(hosts, -2), QStringLiteral("version -2 is out of range"));
    expectRefusal(MapCommands::add(hosts, { QStringLiteral("k"), QStringLiteral("v") }, 0x100000000ll),
        QStringLiteral("out of range"));
    expectRefusal(
        MapCommands::commit(hosts, MapCommands::NoVersion), QStringLiteral("commit needs the version"));
    expectRefusal(MapCommands::setByKey(hosts, QStringLiteral("#1"), QStringLiteral("v")),
        QStringLiteral("reference form"));
    expectRefusal(MapCommands::delByKey(hosts, QStringLiteral("#0x1")), QStringLiteral("reference form"));
    expectRefusal(
        MapCommands::setByRef(hosts, QStringLiteral("0xzz"), QStringLiteral("v")), QStringLiteral("0x<hex>"));
    expectRefusal(MapCommands::delByRef(hosts, QStringLiteral("12")), QStringLiteral("0x<hex>"));
    expectRefusal(
        MapCommands::setByKey(block, QStringLiteral("k"), QStringLiteral("v")), QStringLiteral("no value"));
    expectRefusal(
        MapCommands::add(block, { QStringLiteral("k"), QStringLiteral("v") }), QStringLiteral("no value"));
    expectRefusal(
        MapCommands::add(block, { QStringLiteral("a b"), {} }), QStringLiteral("pattern contains a space"));
}

void TestMapCommands::refusedPayloads()
{
    expectRefusal(
        MapCommands::addMany(block, { { QStringLiteral("k"), {} } }), QStringLiteral("no payload form"));
    expectRefusal(MapCommands::addMany(hosts, {}), QStringLiteral("no entries"));
    expectRefusal(MapCommands::addMany(
                      hosts, { { QStringLiteral("k"), QStringLiteral("v") }, { {}, QStringLiteral("v") } }),
        QStringLiteral("entry 2: the key is empty"));
    expectRefusal(MapCommands::addMany(hosts, { { QStringLiteral("k"), QString() } }),
        QStringLiteral("entry 1: the value is empty"));
    expectRefusal(MapCommands::addMany(hosts, { { QStringLiteral("k"), QStringLiteral("v\n\nshow env") } }),
        QStringLiteral("entry 1: the value contains a line break"));
    expectRefusal(MapCommands::addMany(hosts, { { QStringLiteral("k"), QStringLiteral(" v") } }),
        QStringLiteral("starts or ends with a space"));
    expectRefusal(MapCommands::addMany(hosts, { { QStringLiteral("k k"), QStringLiteral("v") } }),
        QStringLiteral("entry 1: the key contains a space"));
    QList<MapCommands::Entry> many;
    for (int i = 0; i < 2000; ++i)
        many.append({ QStringLiteral("key%1").arg(i), QStringLiteral("value") });
    expectRefusal(MapCommands::addMany(hosts, many), QStringLiteral("at most 15359 bytes"));
}

void TestMapCommands::preparedVersion()
{
    QCOMPARE(*MapCommands::preparedVersion("New version created: 1\n\n"), 1);
    QCOMPARE(*MapCommands::preparedVersion("New version created: 42\n"), 42);
    QVERIFY(!MapCommands::preparedVersion("Unknown map identifier. Please use #<id> or <file>.\n").ok());
    QVERIFY(MapCommands::preparedVersion("").error().contains(QStringLiteral("did not create")));
    QVERIFY(!MapCommands::preparedVersion("New version created: x\n").ok());
}

QTEST_GUILESS_MAIN(TestMapCommands)
#include "tst_mapcommands.moc"
