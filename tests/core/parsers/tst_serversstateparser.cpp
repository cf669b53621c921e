#include "core/parsers/serversstateparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

namespace {

const ServerStateRow *findRow(const ServersState &state, QByteArrayView backend, QByteArrayView server)
{
    for (const ServerStateRow &row : state.rows) {
        if (row.backendName == backend && row.name == server)
            return &row;
    }
    return nullptr;
}

constexpr qint64 NoValue = ServerStateRow::NoValue;

} // namespace

class TestServersStateParser : public QObject
{
    Q_OBJECT

private slots:
    void sample26();
    void sample30();
    void oneBackend();
    void sample1k();
    void recordedStates();
    void dynamicServers();
    void adminStateBits_data();
    void adminStateBits();
    void checkStateBits_data();
    void checkStateBits();
    void codeNames();
    void errors_data();
    void errors();
    void headerOnly();
    void wrongFieldCounts();
    void reorderedColumns();
    void crlfAndMissingBlankLine();
};

void TestServersStateParser::sample26()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_26.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersState &s = *result;
    QCOMPARE(s.formatVersion, 1);
    QCOMPARE(s.columns.size(), 25);
    QCOMPARE(s.columns.first(), QByteArray("be_id"));
    QCOMPARE(s.columns.last(), QByteArray("srv_agent_port"));
    QCOMPARE(s.columnIndex("srv_admin_state"), 6);
    QCOMPARE(s.rows.size(), 12);
    QCOMPARE(s.skippedRows, 0);
    QVERIFY(s.complete);

    const ServerStateRow &s1 = s.rows.at(0);
    QCOMPARE(s1.backendId, 3);
    QCOMPARE(s1.backendName, QByteArray("be"));
    QCOMPARE(s1.id, 1);
    QCOMPARE(s1.name, QByteArray("s1"));
    QCOMPARE(s1.addr, QByteArray("127.0.0.1"));
    QCOMPARE(s1.opState, 2);
    QCOMPARE(s1.operationalState(), ServerStateRow::OpState::Running);
    QCOMPARE(s1.adminState, 0);
    QVERIFY(!s1.isMaint());
    QVERIFY(!s1.isDrain());
    QCOMPARE(s1.uweight, 1);
    QCOMPARE(s1.iweight, 1);
    QCOMPARE(s1.timeSinceLastChange, 219);
    QCOMPARE(s1.checkStatus, 6);
    QCOMPARE(ServersStateParser::checkStatusName(s1.checkStatus), QByteArrayView("L4OK"));
    QCOMPARE(s1.checkResult, 3);
    QCOMPARE(s1.checkResultCode(), ServerStateRow::CheckResult::Passed);
    QCOMPARE(s1.checkHealth, 4);
    QCOMPARE(s1.checkState, 6);
    QVERIFY(s1.isCheckEnabled());
    QCOMPARE(s1.agentState, 0);
    QVERIFY(!s1.isAgentEnabled());
    QCOMPARE(s1.backendIdForced, 0);
    QCOMPARE(s1.idForced, 0);
    QVERIFY(s1.fqdn.isNull()); // "-"
    QCOMPARE(s1.port, 18101);
    QVERIFY(s1.srvRecord.isNull());
    QCOMPARE(s1.useSsl, 0);
    QCOMPARE(s1.checkPort, 0);
    QVERIFY(s1.checkAddr.isNull());
    QVERIFY(s1.agentAddr.isNull());
    QCOMPARE(s1.agentPort, 0);

    const ServerStateRow *x1 = findRow(s, "be", "x1");
    QVERIFY(x1);
    QCOMPARE(x1->opState, 0);
    QCOMPARE(x1->operationalState(), ServerStateRow::OpState::Stopped);
    QCOMPARE(x1->adminState, 1);
    QVERIFY(x1->isMaint());
    QVERIFY(x1->hasAdminFlag(ServerStateRow::ForcedMaint));
    QCOMPARE(x1->timeSinceLastChange, 207);
    QCOMPARE(x1->checkStatus, 1);
    QCOMPARE(ServersStateParser::checkStatusName(x1->checkStatus), QByteArrayView("INI"));
    QCOMPARE(x1->port, 18109);

    const ServerStateRow *um1 = findRow(s, "be_uri_map", "um1");
    QVERIFY(um1);
    QCOMPARE(um1->backendId, 11);
    QCOMPARE(um1->checkHealth, 2);
    QCOMPARE(um1->checkState, 0);
    QVERIFY(!um1->isCheckEnabled());

    // Raw access by name
    QCOMPARE(s.rawField(s1, s.columnIndex("srv_fqdn")), QByteArrayView("-"));
    QCOMPARE(s.field(s1, "srv_fqdn"), QByteArray());
    QCOMPARE(s.field(s1, "srv_port"), QByteArray("18101"));
    QCOMPARE(s.field(s1, "no_such_column"), QByteArray());
    QVERIFY(s.rawField(s1, 25).isEmpty());
    QVERIFY(s.rawField(s1, -1).isEmpty());
}

// HAProxy 3.0.11, same config: the same 25 columns; the server added with `add server` (x1)
// looks like any other server in MAINT.
void TestServersStateParser::sample30()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_30.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersState &s = *result;
    QCOMPARE(s.formatVersion, 1);
    QCOMPARE(s.columns.size(), 25);
    QCOMPARE(s.columnIndex("srv_admin_state"), 6);
    QCOMPARE(s.rows.size(), 12);
    QCOMPARE(s.skippedRows, 0);
    QVERIFY(s.complete);

    const ServerStateRow &s1 = s.rows.at(0);
    QCOMPARE(s1.name, QByteArray("s1"));
    QCOMPARE(s1.operationalState(), ServerStateRow::OpState::Running);
    QCOMPARE(s1.adminState, 0);
    QCOMPARE(s1.uweight, 1);
    QCOMPARE(s1.iweight, 1);
    QCOMPARE(ServersStateParser::checkStatusName(s1.checkStatus), QByteArrayView("L4OK"));
    QCOMPARE(s1.checkResultCode(), ServerStateRow::CheckResult::Passed);
    QVERIFY(s1.isCheckEnabled());
    QCOMPARE(s1.port, 18101);

    const ServerStateRow *x1 = findRow(s, "be", "x1");
    QVERIFY(x1);
    QCOMPARE(x1->id, 4);
    QCOMPARE(x1->operationalState(), ServerStateRow::OpState::Stopped);
    QVERIFY(x1->hasAdminFlag(ServerStateRow::ForcedMaint));
    QCOMPARE(x1->idForced, 0);
    QCOMPARE(x1->port, 18109);

    const ServerStateRow *um1 = findRow(s, "be_uri_map", "um1");
    QVERIFY(um1);
    QCOMPARE(um1->backendId, 11);
    QVERIFY(!um1->isCheckEnabled());
}

void TestServersStateParser::oneBackend()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_26_be.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 4);
    for (const ServerStateRow &row : result->rows)
        QCOMPARE(row.backendName, QByteArray("be"));
    QCOMPARE(result->rows.at(3).name, QByteArray("x1"));
    // One backend: its name is shared by every row, not copied.
    QCOMPARE(result->rows.at(0).backendName.constData(), result->rows.at(3).backendName.constData());
}

void TestServersStateParser::sample1k()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_26_1k.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersState &s = *result;
    QCOMPARE(s.rows.size(), 1000);
    QCOMPARE(s.skippedRows, 0);
    QVERIFY(s.complete);
    QCOMPARE(s.rows.first().name, QByteArray("s0"));
    QCOMPARE(s.rows.first().port, 18900);
    QCOMPARE(s.rows.last().name, QByteArray("s999"));
    QCOMPARE(s.rows.last().id, 1000);
    QCOMPARE(s.rows.last().port, 18999);
    for (const ServerStateRow &row : s.rows) {
        QCOMPARE(row.backendName, QByteArray("b0"));
        QCOMPARE(row.operationalState(), ServerStateRow::OpState::Running);
        QCOMPARE(row.timeSinceLastChange, 14);
    }
}

// Recorded on 2.6 at the same moment as stat_26_statuses.csv.
void TestServersStateParser::recordedStates()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_26_statuses.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ServersState &s = *result;
    QCOMPARE(s.rows.size(), 20);
    QCOMPARE(s.skippedRows, 0);

    using Op = ServerStateRow::OpState;
    struct Expect
    {
        const char *server;
        Op op;
        qint64 admin;
        bool maint;
        bool drain;
        const char *adminNames;
    };
    // `show stat` said: ok UP, m MAINT, trkm MAINT (via bst/m), dis MAINT, drn DRAIN,
    // trkd DRAIN, nolb2 NOLB, res MAINT (resolution), agdr DRAIN (agent), agdn DOWN (agent).
    const Expect expected[] = {
        { "ok", Op::Running, 0, false, false, "" },
        { "m", Op::Stopped, 1, true, false, "FMAINT" },
        { "trkm", Op::Stopped, 2, true, false, "IMAINT" },
        { "dis", Op::Stopped, 5, true, false, "FMAINT|CMAINT" },
        { "drn", Op::Running, 8, false, true, "FDRAIN" },
        { "trkd", Op::Running, 16, false, true, "IDRAIN" },
        { "nolb2", Op::Stopping, 0, false, false, "" },
        { "res", Op::Stopped, 32, true, false, "RMAINT" },
        { "agdr", Op::Running, 8, false, true, "FDRAIN" },
        { "agdn", Op::Stopped, 0, false, false, "" },
        { "dead", Op::Stopped, 0, false, false, "" },
    };
    for (const Expect &e : expected) {
        const ServerStateRow *row = findRow(s, "bst", e.server);
        QVERIFY2(row, e.server);
        QCOMPARE(row->operationalState(), e.op);
        QCOMPARE(row->adminState, e.admin);
        QCOMPARE(row->isMaint(), e.maint);
        QCOMPARE(row->isDrain(), e.drain);
        QCOMPARE(ServersStateParser::adminStateNames(row->adminState), QByteArray(e.adminNames));
    }

    const ServerStateRow *ok = findRow(s, "bst", "ok");
    QCOMPARE(ok->uweight, 50); // `set server bst/ok weight 50`
    QCOMPARE(ok->iweight, 1);
    QCOMPARE(ok->checkStatus, 15);
    QCOMPARE(
        ServersStateParser::checkStatusName(ok->checkStatus), QByteArrayView("L7OK")); // as show stat says
    QCOMPARE(ok->checkResultCode(), ServerStateRow::CheckResult::Passed);

    const ServerStateRow *m = findRow(s, "bst", "m");
    QCOMPARE(m->checkState, 14);
    QCOMPARE(ServersStateParser::checkStateNames(m->checkState), QByteArray("CONFIGURED|ENABLED|PAUSED"));
    const ServerStateRow *dis = findRow(s, "bst", "dis");
    QCOMPARE(ServersStateParser::checkStateNames(dis->checkState), QByteArray("PAUSED"));

    const ServerStateRow *agdr = findRow(s, "bst", "agdr");
    QCOMPARE(agdr->agentState, 22);
    QVERIFY(agdr->isAgentEnabled());
    QCOMPARE(ServersStateParser::checkStateNames(agdr->agentState), QByteArray("CONFIGURED|ENABLED|AGENT"));
    QCOMPARE(agdr->agentPort, 18746);

    const ServerStateRow *dead = findRow(s, "bst", "dead");
    QCOMPARE(dead->checkHealth, 1); // show stat: "DOWN 1/2"
    QCOMPARE(dead->port, 18749);

    const ServerStateRow *res = findRow(s, "bst", "res");
    QVERIFY(res->addr.isEmpty()); // "-": not resolved
    QCOMPARE(res->fqdn, QByteArray("www.example.invalid"));
    QCOMPARE(res->port, 80);
    QVERIFY(res->hasAdminFlag(ServerStateRow::ResolutionMaint));

    const ServerStateRow *d1 = findRow(s, "bdown", "d1");
    QVERIFY(d1);
    QCOMPARE(d1->backendId, 7);
    QCOMPARE(d1->checkResultCode(), ServerStateRow::CheckResult::Passed);
}

void TestServersStateParser::dynamicServers()
{
    const auto result = ServersStateParser::parse(readData(QStringLiteral("servers_state_26_bdyn.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 2);
    const ServerStateRow &dyn = result->rows.at(1);
    QCOMPARE(dyn.name, QByteArray("dyn1")); // added with `add server`, then `state ready`
    QCOMPARE(dyn.id, 2);
    QCOMPARE(dyn.operationalState(), ServerStateRow::OpState::Running);
    QCOMPARE(dyn.adminState, 0);
    QCOMPARE(dyn.checkHealth, 0);
}

void TestServersStateParser::adminStateBits_data()
{
    QTest::addColumn<qint64>("bits");
    QTest::addColumn<bool>("maint");
    QTest::addColumn<bool>("drain");
    QTest::addColumn<QByteArray>("names");
    // The values observed on 2.6 (0, 1, 2, 5, 8, 16, 32), then the rest.
    QTest::newRow("0") << qint64(0) << false << false << QByteArray("");
    QTest::newRow("1") << qint64(1) << true << false << QByteArray("FMAINT");
    QTest::newRow("2") << qint64(2) << true << false << QByteArray("IMAINT");
    QTest::newRow("5") << qint64(5) << true << false << QByteArray("FMAINT|CMAINT");
    QTest::newRow("8") << qint64(8) << false << true << QByteArray("FDRAIN");
    QTest::newRow("16") << qint64(16) << false << true << QByteArray("IDRAIN");
    QTest::newRow("32") << qint64(32) << true << false << QByteArray("RMAINT");
    QTest::newRow("4") << qint64(4) << true << false << QByteArray("CMAINT");
    // HMAINT only says the FQDN came from the CLI: not maintenance (HAProxy's SRV_ADMF_MAINT
    // mask leaves it out too).
    QTest::newRow("64") << qint64(64) << false << false << QByteArray("HMAINT");
    QTest::newRow("9") << qint64(9) << true << true << QByteArray("FMAINT|FDRAIN");
    QTest::newRow("65") << qint64(65) << true << false << QByteArray("FMAINT|HMAINT");
    QTest::newRow("128") << qint64(128) << false << false << QByteArray("0x80");
    QTest::newRow("136") << qint64(136) << false << true << QByteArray("FDRAIN|0x80");
    QTest::newRow("none") << NoValue << false << false << QByteArray();
}

void TestServersStateParser::adminStateBits()
{
    QFETCH(qint64, bits);
    QFETCH(bool, maint);
    QFETCH(bool, drain);
    QFETCH(QByteArray, names);
    ServerStateRow row;
    row.adminState = bits;
    QCOMPARE(row.isMaint(), maint);
    QCOMPARE(row.isDrain(), drain);
    QCOMPARE(ServersStateParser::adminStateNames(bits), names);
}

void TestServersStateParser::checkStateBits_data()
{
    QTest::addColumn<qint64>("bits");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QByteArray>("names");
    // Observed: 6 check running, 2 configured but disabled, 14 paused by MAINT, 0 no check,
    // 18 / 22 agent configured / enabled.
    QTest::newRow("0") << qint64(0) << false << QByteArray("");
    QTest::newRow("2") << qint64(2) << false << QByteArray("CONFIGURED");
    QTest::newRow("6") << qint64(6) << true << QByteArray("CONFIGURED|ENABLED");
    QTest::newRow("7") << qint64(7) << true << QByteArray("INPROGRESS|CONFIGURED|ENABLED");
    QTest::newRow("14") << qint64(14) << true << QByteArray("CONFIGURED|ENABLED|PAUSED");
    QTest::newRow("18") << qint64(18) << false << QByteArray("CONFIGURED|AGENT");
    QTest::newRow("22") << qint64(22) << true << QByteArray("CONFIGURED|ENABLED|AGENT");
    QTest::newRow("0x40") << qint64(0x40) << false << QByteArray("0x40");
}

void TestServersStateParser::checkStateBits()
{
    QFETCH(qint64, bits);
    QFETCH(bool, enabled);
    QFETCH(QByteArray, names);
    ServerStateRow row;
    row.checkState = bits;
    row.agentState = bits;
    QCOMPARE(row.isCheckEnabled(), enabled);
    QCOMPARE(row.isAgentEnabled(), enabled);
    QCOMPARE(ServersStateParser::checkStateNames(bits), names);
}

void TestServersStateParser::codeNames()
{
    const char *const names[] = { "UNK", "INI", "START", "CHECKED", "HANA", "SOCKERR", "L4OK", "L4TOUT",
        "L4CON", "L6OK", "L6TOUT", "L6RSP", "L7TOUT", "L7RSP", "L57DATA", "L7OK", "L7OKC", "L7STS", "PROCERR",
        "PROCTOUT", "PROCOK" };
    for (int code = 0; code <= 20; ++code)
        QCOMPARE(ServersStateParser::checkStatusName(code), QByteArrayView(names[code]));
    QVERIFY(ServersStateParser::checkStatusName(-1).isEmpty());
    QVERIFY(ServersStateParser::checkStatusName(21).isEmpty());
    QVERIFY(ServersStateParser::checkStatusName(NoValue).isEmpty());
    QCOMPARE(ServersStateParser::checkStatusDescription(6), QByteArrayView("Layer4 check passed"));
    QCOMPARE(ServersStateParser::checkStatusDescription(17), QByteArrayView("Layer7 wrong status"));
    QVERIFY(ServersStateParser::checkStatusDescription(99).isEmpty());

    QCOMPARE(ServersStateParser::opStateName(0), QByteArrayView("STOPPED"));
    QCOMPARE(ServersStateParser::opStateName(1), QByteArrayView("STARTING"));
    QCOMPARE(ServersStateParser::opStateName(2), QByteArrayView("RUNNING"));
    QCOMPARE(ServersStateParser::opStateName(3), QByteArrayView("STOPPING"));
    QVERIFY(ServersStateParser::opStateName(4).isEmpty());
    QVERIFY(ServersStateParser::opStateName(NoValue).isEmpty());

    QCOMPARE(ServersStateParser::checkResultName(0), QByteArrayView("UNKNOWN"));
    QCOMPARE(ServersStateParser::checkResultName(2), QByteArrayView("FAILED"));
    QCOMPARE(ServersStateParser::checkResultName(4), QByteArrayView("CONDPASS"));
    QVERIFY(ServersStateParser::checkResultName(5).isEmpty());

    ServerStateRow row;
    QCOMPARE(row.operationalState(), ServerStateRow::OpState::Unknown);
    row.opState = 7;
    QCOMPARE(row.operationalState(), ServerStateRow::OpState::Unknown);
    row.checkResult = 9;
    QCOMPARE(row.checkResultCode(), ServerStateRow::CheckResult::Unknown);
}

void TestServersStateParser::errors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown backend") << QByteArray("Can't find backend.\n\n")
                                     << QStringLiteral("Can't find backend.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray("\n") << QStringLiteral("empty");
    QTest::newRow("version 2") << QByteArray("2\n# be_id be_name srv_id srv_name\n3 be 1 s1\n\n")
                               << QStringLiteral("version 2");
    QTest::newRow("negative version") << QByteArray("-1\n# be_id\n\n") << QStringLiteral("-1");
    QTest::newRow("no header") << QByteArray("1\n3 be 1 s1\n\n") << QStringLiteral("header");
    QTest::newRow("no names") << QByteArray("1\n# be_id srv_id\n3 1\n\n") << QStringLiteral("be_name");
    QTest::newRow("show stat") << QByteArray("# pxname,svname\nbe,s1,\n\n") << QStringLiteral("# pxname");
    QTest::newRow("binary") << QByteArray("\x01\x02\x00\xff", 4) << QString();
}

void TestServersStateParser::errors()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, mentions);
    const auto result = ServersStateParser::parse(answer);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestServersStateParser::headerOnly()
{
    const QByteArray data = readData(QStringLiteral("servers_state_26.txt"));
    const qsizetype secondLineEnd = data.indexOf('\n', data.indexOf('\n') + 1);
    const auto result = ServersStateParser::parse(data.left(secondLineEnd + 1) + '\n');
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->columns.size(), 25);
    QVERIFY(result->rows.isEmpty());
    QVERIFY(result->complete);

    const auto versionOnly = ServersStateParser::parse("1\n\n");
    QVERIFY2(versionOnly.ok(), qPrintable(versionOnly.error()));
    QVERIFY(versionOnly->rows.isEmpty());
}

void TestServersStateParser::wrongFieldCounts()
{
    QList<QByteArray> lines = readData(QStringLiteral("servers_state_26.txt")).split('\n');
    lines[2] += " extra"; // be/s1: 26 fields
    lines[3] = lines.at(3).left(lines.at(3).lastIndexOf(' ')); // be/s2: 24 fields
    lines.insert(5, "garbage"); // a foreign line
    const auto result = ServersStateParser::parse(lines.join('\n'));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->skippedRows, 3);
    QCOMPARE(result->firstSkippedLine, 3);
    QCOMPARE(result->rows.size(), 10);
    QVERIFY(!findRow(*result, "be", "s1"));
    QVERIFY(!findRow(*result, "be", "s2"));
    QCOMPARE(findRow(*result, "be", "s3")->port, 18103);

    // Non-numbers in numeric columns read as NoValue; the row stays.
    const auto junk = ServersStateParser::parse("1\n# be_id be_name srv_id srv_name srv_port srv_op_state\n"
                                                "x be 1x s1 - 99999999999999999999\n\n");
    QVERIFY(junk.ok());
    QCOMPARE(junk->rows.size(), 1);
    QCOMPARE(junk->rows.at(0).backendId, NoValue);
    QCOMPARE(junk->rows.at(0).id, NoValue);
    QCOMPARE(junk->rows.at(0).port, NoValue);
    QCOMPARE(junk->rows.at(0).opState, NoValue);
    QCOMPARE(junk->rows.at(0).operationalState(), ServerStateRow::OpState::Unknown);
    QCOMPARE(junk->rows.at(0).adminState, NoValue); // no such column
    QVERIFY(!junk->rows.at(0).isMaint());
}

void TestServersStateParser::reorderedColumns()
{
    // A newer HAProxy could add and move columns: read by name.
    const QByteArray answer = "1\n# srv_name srv_new_thing be_name srv_admin_state srv_op_state srv_port\n"
                              "s1 abc be 8 2 8080\n"
                              "s2   -   be\t1 0 8081\n\n";
    const auto result = ServersStateParser::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 2);
    const ServerStateRow &s1 = result->rows.at(0);
    QCOMPARE(s1.name, QByteArray("s1"));
    QCOMPARE(s1.backendName, QByteArray("be"));
    QVERIFY(s1.isDrain());
    QCOMPARE(s1.operationalState(), ServerStateRow::OpState::Running);
    QCOMPARE(s1.port, 8080);
    QCOMPARE(s1.id, NoValue);
    QCOMPARE(result->field(s1, "srv_new_thing"), QByteArray("abc"));
    const ServerStateRow &s2 = result->rows.at(1);
    QVERIFY(s2.isMaint());
    QCOMPARE(s2.port, 8081);
    QCOMPARE(result->field(s2, "srv_new_thing"), QByteArray());
    QCOMPARE(result->rawField(s2, 1), QByteArrayView("-"));
}

void TestServersStateParser::crlfAndMissingBlankLine()
{
    QByteArray data = readData(QStringLiteral("servers_state_26.txt"));
    const auto crlf = ServersStateParser::parse(QByteArray(data).replace("\n", "\r\n"));
    QVERIFY2(crlf.ok(), qPrintable(crlf.error()));
    QCOMPARE(crlf->rows.size(), 12);
    QCOMPARE(crlf->columns.last(), QByteArray("srv_agent_port"));
    QCOMPARE(crlf->rows.first().agentPort, 0);
    QCOMPARE(crlf->field(crlf->rows.first(), "srv_agent_port"), QByteArray("0"));
    QVERIFY(crlf->complete);

    QVERIFY(data.endsWith("0\n\n"));
    data.chop(2);
    const auto cut = ServersStateParser::parse(data);
    QVERIFY(cut.ok());
    QCOMPARE(cut->rows.size(), 12);
    QCOMPARE(cut->rows.last().name, QByteArray("um1"));
    QCOMPARE(cut->rows.last().agentPort, 0);
    QVERIFY(!cut->complete);
}

QTEST_GUILESS_MAIN(TestServersStateParser)
#include "tst_serversstateparser.moc"
