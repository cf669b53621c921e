#include "core/parsers/serversconnparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

namespace {

const ServerConnRow *findRow(const ServersConn &conn, QByteArrayView backend, QByteArrayView server)
{
    for (const ServerConnRow &row : conn.rows) {
        if (row.backend == backend && row.server == server)
            return &row;
    }
    return nullptr;
}

constexpr qint64 NoValue = ServerConnRow::NoValue;

} // namespace

class TestServersConnParser : public QObject
{
    Q_OBJECT

private slots:
    void sample26();
    void sample30();
    void oneBackend();
    void recordedWithDynamicServer();
    void errors_data();
    void errors();
    void wrongRowLengths();
    void moreThreadsAndOtherOrder();
    void columnsOf33();
    void crlfAndMissingBlankLine();
};

void TestServersConnParser::sample26()
{
    const auto result = ServersConnParser::parse(readData(QStringLiteral("servers_conn_26.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersConn &c = *result;
    QCOMPARE(c.threads, 2);
    QCOMPARE(c.columns.size(), 14);
    QCOMPARE(c.columns.first(), QByteArray("bkname/svname"));
    QCOMPARE(c.columns.at(4), QByteArray("-"));
    QCOMPARE(c.columns.last(), QByteArray("idle_per_thr[2]"));
    QCOMPARE(c.rows.size(), 12);
    QCOMPARE(c.skippedRows, 0);
    QVERIFY(c.complete);

    const ServerConnRow &s1 = c.rows.at(0);
    QCOMPARE(s1.backend, QByteArray("be"));
    QCOMPARE(s1.server, QByteArray("s1"));
    QCOMPARE(s1.backendId, 3);
    QCOMPARE(s1.serverId, 1);
    QCOMPARE(s1.addr, QByteArray("127.0.0.1"));
    QCOMPARE(s1.port, 18101);
    QCOMPARE(s1.purgeDelay, 5000);
    QCOMPARE(s1.usedCur, 0);
    QCOMPARE(s1.usedMax, 1);
    QCOMPARE(s1.needEst, 1);
    QCOMPARE(s1.unsafeNb, 0);
    QCOMPARE(s1.safeNb, 0);
    QCOMPARE(s1.idleLim, -1); // unlimited: a value, not NoValue
    QCOMPARE(s1.idleCur, 0);
    QCOMPARE(s1.idlePerThread, (QList<qint64> { 0, 0 }));

    // x1 was added with `add server`: dynamic servers have no idle_per_thr values.
    const ServerConnRow *x1 = findRow(c, "be", "x1");
    QVERIFY(x1);
    QCOMPARE(x1->serverId, 4);
    QCOMPARE(x1->port, 18109);
    QCOMPARE(x1->purgeDelay, 0);
    QCOMPARE(x1->idleLim, 0);
    QCOMPARE(x1->idleCur, 0);
    QVERIFY(x1->idlePerThread.isEmpty());

    const ServerConnRow *um1 = findRow(c, "be_uri_map", "um1");
    QVERIFY(um1);
    QCOMPARE(um1->backendId, 11);
    QCOMPARE(um1->usedMax, 0);
    QCOMPARE(um1->idlePerThread.size(), 2);
}

// HAProxy 3.0.11, same config: 15 fields on every row, the server added with `add server`
// (x1) included. 2.6 printed 13 for it (no idle_per_thr values); 3.3+ adds two columns.
void TestServersConnParser::sample30()
{
    const auto result = ServersConnParser::parse(readData(QStringLiteral("servers_conn_30.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersConn &c = *result;
    QCOMPARE(c.threads, 2);
    QCOMPARE(c.columns.size(), 14);
    QCOMPARE(c.columns.last(), QByteArray("idle_per_thr[2]"));
    QCOMPARE(c.rows.size(), 12);
    QCOMPARE(c.skippedRows, 0);
    QVERIFY(c.complete);

    const ServerConnRow &s1 = c.rows.at(0);
    QCOMPARE(s1.server, QByteArray("s1"));
    QCOMPARE(s1.port, 18101);
    QCOMPARE(s1.purgeDelay, 5000);
    QCOMPARE(s1.usedMax, 1);
    QCOMPARE(s1.idleLim, -1);
    QCOMPARE(s1.idlePerThread, (QList<qint64> { 0, 0 }));

    const ServerConnRow *x1 = findRow(c, "be", "x1");
    QVERIFY(x1);
    QCOMPARE(x1->serverId, 4);
    QCOMPARE(x1->port, 18109);
    QCOMPARE(x1->purgeDelay, 5000);
    QCOMPARE(x1->idleLim, -1);
    QCOMPARE(x1->idlePerThread, (QList<qint64> { 0, 0 }));
}

void TestServersConnParser::oneBackend()
{
    const auto result = ServersConnParser::parse(readData(QStringLiteral("servers_conn_26_be.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 4);
    QCOMPARE(result->rows.at(2).server, QByteArray("s3"));
    QCOMPARE(result->rows.at(2).port, 18103);
    QVERIFY(result->rows.at(3).idlePerThread.isEmpty());
}

void TestServersConnParser::recordedWithDynamicServer()
{
    const auto result = ServersConnParser::parse(readData(QStringLiteral("servers_conn_26_statuses.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersConn &c = *result;
    QCOMPARE(c.rows.size(), 20);
    QCOMPARE(c.skippedRows, 0);
    const ServerConnRow *res = findRow(c, "bst", "res");
    QVERIFY(res);
    QVERIFY(res->addr.isEmpty()); // "-": the FQDN did not resolve
    QCOMPARE(res->port, 80);
    QCOMPARE(res->idlePerThread.size(), 2);
    const ServerConnRow *dyn = findRow(c, "bdyn", "dyn1");
    QVERIFY(dyn);
    QCOMPARE(dyn->backendId, 6);
    QCOMPARE(dyn->serverId, 2);
    QVERIFY(dyn->idlePerThread.isEmpty());
    QCOMPARE(findRow(c, "bdown", "d1")->port, 18749);

    const auto bdyn = ServersConnParser::parse(readData(QStringLiteral("servers_conn_26_bdyn.txt")));
    QVERIFY(bdyn.ok());
    QCOMPARE(bdyn->rows.size(), 2);
    QCOMPARE(bdyn->rows.at(0).idlePerThread.size(), 2);
    QCOMPARE(bdyn->rows.at(1).idlePerThread.size(), 0);
}

void TestServersConnParser::errors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown backend") << QByteArray("Can't find backend.\n\n")
                                     << QStringLiteral("Can't find backend.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray("\r\n\n") << QStringLiteral("empty");
    QTest::newRow("show stat") << QByteArray("# pxname,svname\nbe,s1,\n\n")
                               << QStringLiteral("bkname/svname");
    QTest::newRow("show backend") << QByteArray("# name\nbe\n\n") << QStringLiteral("bkname/svname");
    QTest::newRow("servers state") << QByteArray("1\n# be_id be_name\n\n") << QStringLiteral("1");
    QTest::newRow("binary") << QByteArray("\xff\x00\x01", 3) << QString();
}

void TestServersConnParser::errors()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, mentions);
    const auto result = ServersConnParser::parse(answer);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestServersConnParser::wrongRowLengths()
{
    QList<QByteArray> lines = readData(QStringLiteral("servers_conn_26.txt")).split('\n');
    lines[1] += " 0"; // be/s1: 3 per-thread values for 2 threads
    lines[2] = lines.at(2).left(lines.at(2).lastIndexOf(' ')); // be/s2: 1 of 2
    lines[3] = "be/s3 3/3 127.0.0.1"; // far too short
    const auto result = ServersConnParser::parse(lines.join('\n'));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->skippedRows, 3);
    QCOMPARE(result->firstSkippedLine, 2);
    QCOMPARE(result->rows.size(), 9);
    QCOMPARE(result->rows.first().server, QByteArray("x1"));

    // A name without '/' and ids without '/' keep what can be read.
    const auto odd = ServersConnParser::parse("# bkname/svname bkid/svid addr port\nlonely 7 - x\n\n");
    QVERIFY(odd.ok());
    QCOMPARE(odd->rows.size(), 1);
    QCOMPARE(odd->rows.at(0).backend, QByteArray("lonely"));
    QVERIFY(odd->rows.at(0).server.isEmpty());
    QCOMPARE(odd->rows.at(0).backendId, 7);
    QCOMPARE(odd->rows.at(0).serverId, NoValue);
    QVERIFY(odd->rows.at(0).addr.isEmpty());
    QCOMPARE(odd->rows.at(0).port, NoValue);
    QCOMPARE(odd->threads, 0);
}

void TestServersConnParser::moreThreadsAndOtherOrder()
{
    const QByteArray answer = "# addr bkname/svname port bkid/svid used_cur something_new idle_per_thr[4]\n"
                              "10.0.0.1 be/a 80 2/1 3 x 1 2 3 4\n"
                              "10.0.0.2 be/b 81 2/2 0 y\n"
                              "10.0.0.3 be/c 82 2/3 0 z 1 2\n\n";
    const auto result = ServersConnParser::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->threads, 4);
    QCOMPARE(result->rows.size(), 2);
    QCOMPARE(result->skippedRows, 1);
    const ServerConnRow &a = result->rows.at(0);
    QCOMPARE(a.addr, QByteArray("10.0.0.1"));
    QCOMPARE(a.server, QByteArray("a"));
    QCOMPARE(a.port, 80);
    QCOMPARE(a.serverId, 1);
    QCOMPARE(a.usedCur, 3);
    QCOMPARE(a.idlePerThread, (QList<qint64> { 1, 2, 3, 4 }));
    QCOMPARE(a.purgeDelay, NoValue); // not in this header
    QCOMPARE(result->rows.at(1).server, QByteArray("b"));
    QVERIFY(result->rows.at(1).idlePerThread.isEmpty());
}

// 3.3 added two columns (17 fields on a row with 2 threads): wherever they stand in the header,
// the known ones keep their meaning.
void TestServersConnParser::columnsOf33()
{
    const QByteArray head =
        QByteArray("# bkname/svname bkid/svid addr port - purge_delay used_cur used_max need_est "
                   "unsafe_nb safe_nb idle_lim idle_cur");
    for (const QByteArray &header : { QByteArray(head + " idle_per_thr[2] served idle_sess\n"),
             QByteArray(head + " served idle_sess idle_per_thr[2]\n") }) {
        const bool newLast = header.endsWith("idle_sess\n");
        const QByteArray row = newLast ? "be/s1 3/1 127.0.0.1 18101 - 5000 0 1 1 0 0 -1 0 4 5 7 8\n"
                                       : "be/s1 3/1 127.0.0.1 18101 - 5000 0 1 1 0 0 -1 0 7 8 4 5\n";
        const auto result = ServersConnParser::parse(QByteArray(header + row + '\n'));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->threads, 2);
        QCOMPARE(result->columns.size(), 16);
        QCOMPARE(result->rows.size(), 1);
        QCOMPARE(result->skippedRows, 0);
        const ServerConnRow &s1 = result->rows.first();
        QCOMPARE(s1.server, QByteArray("s1"));
        QCOMPARE(s1.port, 18101);
        QCOMPARE(s1.idleLim, -1);
        QCOMPARE(s1.idleCur, 0);
        QCOMPARE(s1.idlePerThread, (QList<qint64> { 4, 5 }));
    }
}

void TestServersConnParser::crlfAndMissingBlankLine()
{
    QByteArray data = readData(QStringLiteral("servers_conn_26.txt"));
    const auto crlf = ServersConnParser::parse(QByteArray(data).replace("\n", "\r\n"));
    QVERIFY2(crlf.ok(), qPrintable(crlf.error()));
    QCOMPARE(crlf->rows.size(), 12);
    QCOMPARE(crlf->threads, 2);
    QCOMPARE(crlf->rows.first().idlePerThread, (QList<qint64> { 0, 0 }));
    QVERIFY(crlf->complete);

    QVERIFY(data.endsWith("\n\n"));
    data.chop(2);
    const auto cut = ServersConnParser::parse(data);
    QVERIFY(cut.ok());
    QCOMPARE(cut->rows.size(), 12);
    QCOMPARE(cut->rows.last().server, QByteArray("um1"));
    QVERIFY(!cut->complete);
}

QTEST_GUILESS_MAIN(TestServersConnParser)
#include "tst_serversconnparser.moc"
