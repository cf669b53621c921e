#include "core/protocol/tablecommands.h"

#include <QTest>

namespace {

using T = TableCommands;

T::Table ipTable()
{
    return { QStringLiteral("fe"), T::KeyType::Ip, 0,
        { QStringLiteral("gpc0"), QStringLiteral("conn_rate") } };
}

T::Table table(T::KeyType type, int length = 0)
{
    return { QStringLiteral("t"), type, length, { QStringLiteral("gpc0") } };
}

} // namespace

class TestTableCommands : public QObject
{
    Q_OBJECT

private slots:
    void lines()
    {
        QCOMPARE(T::showTables().line(), "show table");
        QVERIFY(!T::showTables().isWrite());
        QCOMPARE(T::showTable(ipTable())->line(), "show table fe");
        const QList<T::DataFilter> filters { { QStringLiteral("gpc0"), T::Op::Gt, 1 },
            { QStringLiteral("conn_rate"), T::Op::Le, -5 } };
        QCOMPARE(
            T::showTable(ipTable(), filters)->line(), "show table fe data.gpc0 gt 1 data.conn_rate le -5");
        QCOMPARE(
            T::showTableKey(ipTable(), QStringLiteral("10.1.2.3"))->line(), "show table fe key 10.1.2.3");
        const auto clear = T::clearKey(ipTable(), QStringLiteral("10.1.2.3"));
        QCOMPARE(clear->line(), "clear table fe key 10.1.2.3");
        QVERIFY(clear->isWrite());
        QCOMPARE(clear->successRule(), RuntimeCommand::SuccessRule::EmptyAnswer);
        QCOMPARE(clear->requiredLevel(), AccessLevel::Operator);
        QCOMPARE(T::clearMatching(ipTable(), filters)->line(),
            "clear table fe data.gpc0 gt 1 data.conn_rate le -5");
        const auto set = T::setData(ipTable(), QStringLiteral("10.0.0.1"), QStringLiteral("gpc0"), 7);
        QCOMPARE(set->line(), "set table fe key 10.0.0.1 data.gpc0 7");
        QCOMPARE(set->requiredLevel(), AccessLevel::Admin);
        T::Table peers = ipTable();
        peers.name = QStringLiteral("mypeers/tbl");
        QCOMPARE(T::showTable(peers)->line(), "show table mypeers/tbl");
    }
    void operators()
    {
        const char *words[] = { "eq", "ne", "lt", "le", "gt", "ge" };
        for (int op = 0; op < 6; ++op) {
            const auto built = T::showTable(ipTable(), { { QStringLiteral("gpc0"), T::Op(op), 0 } });
            QCOMPARE(built->line(), "show table fe data.gpc0 " + QByteArray(words[op]) + " 0");
        }
        QVERIFY(!T::showTable(ipTable(), { { QStringLiteral("gpc0"), T::Op(42), 0 } }).ok());
    }
    void keys_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        const int ip = int(T::KeyType::Ip), v6 = int(T::KeyType::Ipv6), in = int(T::KeyType::Integer),
                  st = int(T::KeyType::String), bin = int(T::KeyType::Binary);
        QTest::newRow("ip") << ip << 0 << QStringLiteral("10.1.2.3") << true;
        QTest::newRow("ip host") << ip << 0 << QStringLiteral("nothost") << false; // 2.6: 0.0.0.0
        QTest::newRow("ip short") << ip << 0 << QStringLiteral("10.1") << false;
        QTest::newRow("ip v6") << ip << 0 << QStringLiteral("::1") << false;
        QTest::newRow("ip inject") << ip << 0 << QStringLiteral("10.1.2.3;show info") << false;
        QTest::newRow("v6") << v6 << 0 << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("v6 of v4") << v6 << 0 << QStringLiteral("10.0.0.1") << false; // 3.0 maps, 2.6 refuses
        QTest::newRow("v6 mapped") << v6 << 0 << QStringLiteral("::ffff:10.0.0.1") << false;
        QTest::newRow("v6 scope") << v6 << 0 << QStringLiteral("fe80::1%eth0") << false;
        QTest::newRow("int") << in << 0 << QStringLiteral("42") << true;
        QTest::newRow("int max") << in << 0 << QStringLiteral("4294967295") << true;
        QTest::newRow("int over") << in << 0 << QStringLiteral("4294967296") << false;
        QTest::newRow("int text") << in << 0 << QStringLiteral("abc") << false; // 3.0 stores 0
        QTest::newRow("int sign") << in << 0 << QStringLiteral("-1") << false;
        QTest::newRow("int plus") << in << 0 << QStringLiteral("+1") << false;
        QTest::newRow("str") << st << 0 << QStringLiteral("abc") << true;
        QTest::newRow("str 32") << st << 0 << QString(32, u'a') << true;
        QTest::newRow("str 33") << st << 0 << QString(33, u'a') << false; // HAProxy cuts it silently
        QTest::newRow("str len 64") << st << 64 << QString(64, u'a') << true;
        QTest::newRow("str space") << st << 0 << QStringLiteral("a b") << false;
        QTest::newRow("str semicolon") << st << 0 << QStringLiteral("a;b") << false;
        QTest::newRow("str backslash") << st << 0 << QStringLiteral("a\\") << false;
        QTest::newRow("str lf") << st << 0 << QStringLiteral("a\nb") << false;
        QTest::newRow("str utf8") << st << 0 << QStringLiteral("é") << false;
        QTest::newRow("str empty") << st << 0 << QString() << false;
        QTest::newRow("binary") << bin << 8 << QStringLiteral("0102") << false;
    }
    void keys()
    {
        QFETCH(int, type);
        QFETCH(int, length);
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const T::Table t = table(T::KeyType(type), length);
        const auto built = T::setData(t, key, QStringLiteral("gpc0"), 1);
        QCOMPARE(built.ok(), valid);
        QCOMPARE(T::clearKey(t, key).ok(), valid);
        QCOMPARE(T::showTableKey(t, key).ok(), valid);
        if (!valid)
            QVERIFY(!built.error().isEmpty());
    }
    void refusals()
    {
        T::Table bad = ipTable();
        bad.name = QStringLiteral("fe;show info");
        QVERIFY(!T::showTable(bad).ok());
        bad.name = QStringLiteral("a/b/c");
        QVERIFY(!T::showTable(bad).ok());
        bad.name.clear();
        QVERIFY(!T::showTable(bad).ok());
        // Columns must be the table's own.
        const auto unknown = T::showTable(ipTable(), { { QStringLiteral("http_req_rate"), T::Op::Gt, 0 } });
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("http_req_rate")));
        QVERIFY(!T::showTable(ipTable(), { { QStringLiteral("gpc0 gt 0;"), T::Op::Gt, 0 } }).ok());
        QVERIFY(!T::showTable(ipTable(), { { QStringLiteral("GPC0"), T::Op::Gt, 0 } }).ok());
        QVERIFY(!T::setData(ipTable(), QStringLiteral("10.0.0.1"), QStringLiteral("nope"), 1).ok());
        QVERIFY(!T::setData(ipTable(), QStringLiteral("10.0.0.1"), QStringLiteral("gpc0"), -1).ok());
        // Four filters at most; clearing by data needs at least one.
        const T::DataFilter f { QStringLiteral("gpc0"), T::Op::Ge, 0 };
        QVERIFY(T::showTable(ipTable(), { f, f, f, f }).ok());
        QVERIFY(!T::showTable(ipTable(), { f, f, f, f, f }).ok());
        QVERIFY(!T::clearMatching(ipTable(), {}).ok());
        QVERIFY(!T::clearMatching(ipTable(), { f, f, f, f, f }).ok());
    }
    void keyTypes()
    {
        QCOMPARE(T::keyType("ip"), T::KeyType::Ip);
        QCOMPARE(T::keyType("ipv6"), T::KeyType::Ipv6);
        QCOMPARE(T::keyType("integer"), T::KeyType::Integer);
        QCOMPARE(T::keyType("string"), T::KeyType::String);
        QCOMPARE(T::keyType("binary"), T::KeyType::Binary);
        QVERIFY(!T::keyType("ip4").has_value());
    }
};

QTEST_GUILESS_MAIN(TestTableCommands)
#include "tst_tablecommands.moc"
