// TableCommands sent through RuntimeConnection to a real haproxy and their answers read by
// StickTableParser; each effect is checked independently with the fixture's raw client.

#include "core/client/runtimeconnection.h"
#include "core/parsers/sticktableparser.h"
#include "core/protocol/tablecommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QTest>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    stick-table type ip size 100 expire 10m store gpc0,conn_rate(10s),http_req_rate(10s)
    http-request track-sc0 src
    default_backend be

backend be
    server s1 ${BACKEND:s1}

backend t_str
    stick-table type string len 16 size 1k store gpc0,http_req_rate(10s)

backend t_int
    stick-table type integer size 1k store gpc0,conn_cnt

backend t_ip6
    stick-table type ipv6 size 1k store gpc0
)");

using T = TableCommands;

} // namespace

class TestTableRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void list()
    {
        const RuntimeReply reply = send(T::showTables());
        QVERIFY(reply.ok());
        const auto tables = StickTableParser::parseList(reply.body);
        QVERIFY2(tables.ok(), qPrintable(tables.error()));
        QCOMPARE(tables->size(), 4);
        for (const StickTableInfo &info : *tables) {
            if (info.name == "fe") {
                QCOMPARE(info.type, "ip");
                QCOMPARE(info.size, 100);
            } else if (info.name == "t_str") {
                QCOMPARE(info.type, "string");
            }
        }
    }

    void trafficIsTracked()
    {
        QCOMPARE(HaproxyFixture::httpGet(m_haproxy->frontendPort()).status, 200);
        const RuntimeReply reply = send(T::showTable(table("fe")).value());
        const auto dump = StickTableParser::parseEntries(reply.body);
        QVERIFY2(dump.ok(), qPrintable(dump.error()));
        QCOMPARE(dump->entries.size(), 1);
        QCOMPARE(dump->entries.at(0).key, "127.0.0.1");
        QVERIFY(dump->entries.at(0).number(dump->columnIndex("http_req_rate")) >= 1);
        QCOMPARE(dump->columns.at(dump->columnIndex("conn_rate")).periodMs, 10000);
    }

    void setReadBack()
    {
        const T::Table fe = table("fe");
        QVERIFY(send(T::setData(fe, QStringLiteral("10.1.1.1"), QStringLiteral("gpc0"), 9).value()).ok());
        QVERIFY(send(T::setData(fe, QStringLiteral("10.1.1.2"), QStringLiteral("gpc0"), 2).value()).ok());
        QCOMPARE(rawValue("fe", "10.1.1.1", "gpc0"), 9);
        QCOMPARE(rawValue("fe", "10.1.1.2", "gpc0"), 2);

        const T::Table str = table("t_str");
        QVERIFY(send(T::setData(str, QStringLiteral("user-42"), QStringLiteral("gpc0"), 5).value()).ok());
        QCOMPARE(rawValue("t_str", "user-42", "gpc0"), 5);
        const T::Table integer = table("t_int");
        QVERIFY(send(T::setData(integer, QStringLiteral("4294967295"), QStringLiteral("conn_cnt"), 3).value())
                    .ok());
        QCOMPARE(rawValue("t_int", "4294967295", "conn_cnt"), 3);
        const T::Table v6 = table("t_ip6");
        QVERIFY(send(T::setData(v6, QStringLiteral("2001:db8::1"), QStringLiteral("gpc0"), 1).value()).ok());
        QCOMPARE(rawValue("t_ip6", "2001:db8::1", "gpc0"), 1);

        const RuntimeReply one = send(T::showTableKey(fe, QStringLiteral("10.1.1.1")).value());
        const auto dump = StickTableParser::parseEntries(one.body);
        QVERIFY2(dump.ok(), qPrintable(dump.error()));
        QCOMPARE(dump->entries.size(), 1);
        QCOMPARE(dump->entries.at(0).key, "10.1.1.1");
    }

    void filtersAndClear()
    {
        const T::Table fe = table("fe");
        // Four filters, the most both 2.6 and 3.0 accept.
        const QList<T::DataFilter> four { { QStringLiteral("gpc0"), T::Op::Gt, 1 },
            { QStringLiteral("gpc0"), T::Op::Lt, 5 }, { QStringLiteral("gpc0"), T::Op::Ge, 0 },
            { QStringLiteral("gpc0"), T::Op::Ne, 4 } };
        const auto filtered = StickTableParser::parseEntries(send(T::showTable(fe, four).value()).body);
        QVERIFY2(filtered.ok(), qPrintable(filtered.error()));
        QCOMPARE(filtered->entries.size(), 1);
        QCOMPARE(filtered->entries.at(0).key, "10.1.1.2");

        // The preview of a clear is a show with the same filter.
        const QList<T::DataFilter> two { { QStringLiteral("gpc0"), T::Op::Eq, 2 } };
        const auto preview = StickTableParser::parseEntries(send(T::showTable(fe, two).value()).body);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->entries.size(), 1);
        QVERIFY(send(T::clearMatching(fe, two).value()).ok());
        QVERIFY(!rawEntries("fe").contains("key=10.1.1.2 "));
        QVERIFY(rawEntries("fe").contains("key=10.1.1.1 "));

        QVERIFY(send(T::clearKey(fe, QStringLiteral("10.1.1.1")).value()).ok());
        QVERIFY(!rawEntries("fe").contains("key=10.1.1.1 "));
        QVERIFY(rawEntries("fe").contains("key=127.0.0.1 "));
    }

    void missingTable()
    {
        T::Table gone = table("fe");
        gone.name = QStringLiteral("nope");
        const RuntimeReply reply = send(T::clearKey(gone, QStringLiteral("10.0.0.1")).value());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.errorMessage, QStringLiteral("No such table"));
        const RuntimeReply show = send(T::showTable(gone).value());
        QVERIFY(!StickTableParser::parseEntries(show.body.isEmpty() ? show.errorMessage.toUtf8() : show.body)
                     .ok());
    }

private:
    // The table as a caller knows it: its type from `show table`, its columns from a dump.
    T::Table table(const char *name)
    {
        const QByteArray answer = HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show table");
        const auto tables = StickTableParser::parseList(answer);
        T::Table t;
        t.name = QString::fromLatin1(name);
        for (const StickTableInfo &info : tables.value()) {
            if (info.name == name)
                t.type = T::keyType(info.type).value();
        }
        t.stringLength = 16;
        // An empty table prints no column: the config's store line is what a caller falls back to.
        t.columns = { QStringLiteral("gpc0"), QStringLiteral("conn_rate"), QStringLiteral("http_req_rate"),
            QStringLiteral("conn_cnt") };
        return t;
    }
    QByteArray rawEntries(const char *name)
    {
        return HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show table " + QByteArray(name));
    }
    // One data value read with the raw client and split by hand, not by the parser under test.
    qint64 rawValue(const char *name, const QByteArray &key, const QByteArray &column)
    {
        for (const QByteArray &line : rawEntries(name).split('\n')) {
            if (!line.contains(QByteArray(": key=" + key + ' ')))
                continue;
            for (const QByteArray &word : line.split(' ')) {
                if (word.startsWith(QByteArray(column + '=')) || word.startsWith(QByteArray(column + '(')))
                    return word.mid(word.indexOf('=') + 1).toLongLong();
            }
        }
        return -1;
    }
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command, 15000); }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestTableRoundTrip)
#include "tst_tableroundtrip.moc"
