#include "core/parsers/statparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <thread>

namespace {

const StatRow *findRow(const StatTable &table, QByteArrayView px, QByteArrayView sv)
{
    for (const StatRow &row : table.rows) {
        if (row.pxname == px && row.svname == sv)
            return &row;
    }
    return nullptr;
}

// Every typed member, to compare two parses of the same data cell by cell.
const qint64 StatRow::*const numberMembers[] = {
    &StatRow::qcur,
    &StatRow::qmax,
    &StatRow::qlimit,
    &StatRow::scur,
    &StatRow::smax,
    &StatRow::slim,
    &StatRow::stot,
    &StatRow::bin,
    &StatRow::bout,
    &StatRow::dreq,
    &StatRow::dresp,
    &StatRow::ereq,
    &StatRow::econ,
    &StatRow::eresp,
    &StatRow::wretr,
    &StatRow::wredis,
    &StatRow::wrew,
    &StatRow::eint,
    &StatRow::dcon,
    &StatRow::dses,
    &StatRow::weight,
    &StatRow::uweight,
    &StatRow::act,
    &StatRow::bck,
    &StatRow::chkfail,
    &StatRow::chkdown,
    &StatRow::hanafail,
    &StatRow::lastchg,
    &StatRow::downtime,
    &StatRow::lastsess,
    &StatRow::pid,
    &StatRow::iid,
    &StatRow::sid,
    &StatRow::throttle,
    &StatRow::lbtot,
    &StatRow::rate,
    &StatRow::rateLim,
    &StatRow::rateMax,
    &StatRow::reqRate,
    &StatRow::reqRateMax,
    &StatRow::reqTot,
    &StatRow::connRate,
    &StatRow::connRateMax,
    &StatRow::connTot,
    &StatRow::checkCode,
    &StatRow::checkDuration,
    &StatRow::checkRise,
    &StatRow::checkFall,
    &StatRow::checkHealth,
    &StatRow::agentCode,
    &StatRow::agentDuration,
    &StatRow::agentRise,
    &StatRow::agentFall,
    &StatRow::agentHealth,
    &StatRow::hrsp1xx,
    &StatRow::hrsp2xx,
    &StatRow::hrsp3xx,
    &StatRow::hrsp4xx,
    &StatRow::hrsp5xx,
    &StatRow::hrspOther,
    &StatRow::cliAbrt,
    &StatRow::srvAbrt,
    &StatRow::qtime,
    &StatRow::ctime,
    &StatRow::rtime,
    &StatRow::ttime,
    &StatRow::qtimeMax,
    &StatRow::ctimeMax,
    &StatRow::rtimeMax,
    &StatRow::ttimeMax,
    &StatRow::connect,
    &StatRow::reuse,
    &StatRow::idleConnCur,
    &StatRow::safeConnCur,
    &StatRow::usedConnCur,
    &StatRow::needConnEst,
};
const QByteArray StatRow::*const textMembers[] = {
    &StatRow::pxname,
    &StatRow::svname,
    &StatRow::status,
    &StatRow::tracked,
    &StatRow::checkStatus,
    &StatRow::checkDesc,
    &StatRow::agentStatus,
    &StatRow::agentDesc,
    &StatRow::lastChk,
    &StatRow::lastAgt,
    &StatRow::addr,
    &StatRow::cookie,
    &StatRow::mode,
    &StatRow::algo,
};

// Splits one CSV line the simple way (no quotes in the samples this is used on).
QList<QByteArray> cellsOf(const QByteArray &line)
{
    return line.split(',');
}

// The sample with CRLF line ends.
QByteArray withCrlf(QByteArray data)
{
    return data.replace("\n", "\r\n");
}

} // namespace

class TestStatParser : public QObject
{
    Q_OBJECT

private slots:
    void sample26();
    void sample26RawFields();
    void lookups();
    void sample30();
    void tcpOnly();
    void sample1k();
    void backendUpFilter();
    void recordedStatuses();
    void quotedCellFromHaproxy();
    void reorderedHeaderOf141Columns();
    void quotedCells();
    void withoutTrailingComma();
    void withoutFinalBlankLine();
    void crlf();
    void headerOnly();
    void notAStatAnswer_data();
    void notAStatAnswer();
    void wrongFieldCounts();
    void truncatedAnswer();
    void numbers();
    void statusDecoding_data();
    void statusDecoding();
    void reentrant();
};

void TestStatParser::sample26()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;

    QCOMPARE(t.columns.size(), 128);
    QCOMPARE(t.columns.first(), QByteArray("pxname"));
    QCOMPARE(t.columns.last(), QByteArray("h1_spliced_bytes_out"));
    QCOMPARE(t.columnIndex("-"), 103);
    QCOMPARE(t.columnIndex("ssl_sess"), 104);
    QCOMPARE(t.columnIndex("status"), 17);
    QCOMPARE(t.columnIndex("no_such_column"), -1);
    QCOMPARE(t.rows.size(), 23);
    QCOMPARE(t.skippedRows, 0);
    QVERIFY(t.complete);

    const StatRow &fe = t.rows.at(0);
    QCOMPARE(fe.pxname, QByteArray("fe"));
    QCOMPARE(fe.svname, QByteArray("FRONTEND"));
    QCOMPARE(fe.type, StatRow::Type::Frontend);
    QVERIFY(fe.isFrontend());
    QCOMPARE(fe.status, QByteArray("OPEN"));
    QCOMPARE(fe.slim, 4096);
    QCOMPARE(fe.scur, 0);
    QCOMPARE(fe.qcur, StatRow::NoValue); // empty on a frontend, not 0
    QVERIFY(!StatRow::has(fe.qcur));
    QCOMPARE(fe.pid, 1);
    QCOMPARE(fe.iid, 2);
    QCOMPARE(fe.sid, 0);
    QCOMPARE(fe.mode, QByteArray("http"));
    QCOMPARE(fe.weight, StatRow::NoValue);
    QVERIFY(fe.addr.isEmpty());

    const StatRow *s1 = findRow(t, "be", "s1");
    QVERIFY(s1);
    QCOMPARE(s1->type, StatRow::Type::Server);
    QCOMPARE(s1->status, QByteArray("UP"));
    QCOMPARE(s1->weight, 1);
    QCOMPARE(s1->uweight, 1);
    QCOMPARE(s1->act, 1);
    QCOMPARE(s1->bck, 0);
    QCOMPARE(s1->chkfail, 0);
    QCOMPARE(s1->chkdown, 0);
    QCOMPARE(s1->lastchg, 212);
    QCOMPARE(s1->downtime, 0);
    QCOMPARE(s1->qlimit, StatRow::NoValue);
    QCOMPARE(s1->iid, 3);
    QCOMPARE(s1->sid, 1);
    QCOMPARE(s1->lbtot, 0);
    QCOMPARE(s1->checkStatus, QByteArray("L4OK"));
    QCOMPARE(s1->checkCode, StatRow::NoValue);
    QCOMPARE(s1->checkDuration, 0);
    QCOMPARE(s1->checkDesc, QByteArray("Layer4 check passed"));
    QCOMPARE(s1->checkRise, 2);
    QCOMPARE(s1->checkFall, 3);
    QCOMPARE(s1->checkHealth, 4);
    QCOMPARE(s1->agentRise, StatRow::NoValue);
    QCOMPARE(s1->lastsess, -1); // -1 means "no session yet": a value, not NoValue
    QCOMPARE(s1->addr, QByteArray("127.0.0.1:18101"));
    QCOMPARE(s1->mode, QByteArray("http"));
    QCOMPARE(s1->usedConnCur, 0);
    QCOMPARE(s1->idleConnCur, 0);
    QCOMPARE(s1->hrsp2xx, 0);
    QVERIFY(s1->algo.isEmpty());
    QCOMPARE(s1->decodedStatus().state, StatStatus::State::Up);

    const StatRow *x1 = findRow(t, "be", "x1");
    QVERIFY(x1);
    QCOMPARE(x1->status, QByteArray("MAINT"));
    QCOMPARE(x1->chkfail, StatRow::NoValue);
    QCOMPARE(x1->lastchg, 200);
    QCOMPARE(x1->sid, 4);
    QVERIFY(x1->checkStatus.isEmpty());

    const StatRow *be = findRow(t, "be", "BACKEND");
    QVERIFY(be);
    QCOMPARE(be->type, StatRow::Type::Backend);
    QCOMPARE(be->status, QByteArray("UP"));
    QCOMPARE(be->weight, 3);
    QCOMPARE(be->act, 3);
    QCOMPARE(be->uweight, 3);
    QCOMPARE(be->slim, 999);
    QCOMPARE(be->algo, QByteArray("roundrobin"));
    QCOMPARE(be->lastsess, -1);

    QCOMPARE(findRow(t, "be_random", "BACKEND")->algo, QByteArray("unknown"));
    QCOMPARE(findRow(t, "be_source_cons", "BACKEND")->algo, QByteArray("source"));
    QCOMPARE(findRow(t, "be_nocheck", "n1")->status, QByteArray("no check"));
    const StatRow *empty = findRow(t, "be_empty", "BACKEND");
    QVERIFY(empty);
    QCOMPARE(empty->weight, 0);
    QCOMPARE(empty->act, 0);
    QCOMPARE(t.rows.last().pxname, QByteArray("be_empty"));
}

// Recorded from HAProxy 3.0.11 (built from Debian's source) on the same config as stat_26.csv:
// 10 more columns before the "-" marker (agg_server_status among them, from 2.8 on), so
// every column after status moved: only names find them.
void TestStatParser::lookups()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;

    const StatRow *be = t.backend("be");
    QVERIFY(be);
    QVERIFY(be->isBackend());
    QCOMPARE(be->svname, QByteArray("BACKEND"));
    QVERIFY(!t.backend("fe")); // a frontend is not a backend
    QVERIFY(!t.backend("no_such_backend"));

    const StatRow *s2 = t.server("be", "s2");
    QVERIFY(s2);
    QCOMPARE(s2->pxname, QByteArray("be"));
    QCOMPARE(s2->svname, QByteArray("s2"));
    QVERIFY(!t.server("be", "BACKEND")); // the backend's own row is not a server
    QVERIFY(!t.server("be_nocheck", "s2"));
    QVERIFY(!t.server("be", "s"));

    const QList<const StatRow *> servers = t.serversOf("be");
    QCOMPARE(servers.size(), 4);
    QCOMPARE(servers.at(0)->svname, QByteArray("s1"));
    QCOMPARE(servers.at(3)->svname, QByteArray("x1"));
    QVERIFY(t.serversOf("fe").isEmpty());
    QVERIFY(!s2->isBackupServer());
    StatRow backup = *s2;
    backup.bck = 1;
    QVERIFY(backup.isBackupServer());
    QVERIFY(!be->isBackupServer()); // a backend's bck counts its backup servers

    const QList<QByteArray> backends = t.backendNames();
    QCOMPARE(backends.first(), QByteArray("be"));
    QCOMPARE(backends.at(1), QByteArray("be_nocheck"));
    QVERIFY(!backends.contains("fe"));
    QCOMPARE(backends.size(), qsizetype(std::count_if(t.rows.cbegin(), t.rows.cend(), [](const StatRow &row) {
        return row.isBackend();
    })));
}

void TestStatParser::sample30()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_30.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.columns.size(), 138);
    QCOMPARE(t.columnIndex("-"), 113);
    QCOMPARE(t.columnIndex("agg_server_status"), 100);
    QCOMPARE(t.columnIndex("status"), 17);
    QCOMPARE(t.columns.last(), QByteArray("h1_spliced_bytes_out"));
    QCOMPARE(t.rows.size(), 23);
    QCOMPARE(t.skippedRows, 0);
    QVERIFY(t.complete);

    const StatRow &fe = t.rows.at(0);
    QCOMPARE(fe.type, StatRow::Type::Frontend);
    QCOMPARE(fe.status, QByteArray("OPEN"));
    QCOMPARE(fe.slim, 9984);
    QCOMPARE(fe.iid, 2);
    QCOMPARE(fe.mode, QByteArray("http"));
    QCOMPARE(fe.hrsp2xx, 6);

    const StatRow *s1 = findRow(t, "be", "s1");
    QVERIFY(s1);
    QCOMPARE(s1->type, StatRow::Type::Server);
    QCOMPARE(s1->status, QByteArray("UP"));
    QCOMPARE(s1->decodedStatus().state, StatStatus::State::Up);
    QCOMPARE(s1->weight, 1);
    QCOMPARE(s1->uweight, 1);
    QCOMPARE(s1->chkfail, 1);
    QCOMPARE(s1->lastchg, 2);
    QCOMPARE(s1->iid, 3);
    QCOMPARE(s1->sid, 1);
    QCOMPARE(s1->checkStatus, QByteArray("L4OK"));
    QCOMPARE(s1->checkDesc, QByteArray("Layer4 check passed"));
    QCOMPARE(s1->addr, QByteArray("127.0.0.1:18101"));
    QCOMPARE(s1->mode, QByteArray("http"));

    const StatRow *x1 = findRow(t, "be", "x1"); // added with `add server`
    QVERIFY(x1);
    QCOMPARE(x1->status, QByteArray("MAINT"));
    QCOMPARE(x1->decodedStatus().state, StatStatus::State::Maint);
    QCOMPARE(x1->sid, 4);
    QCOMPARE(x1->addr, QByteArray("127.0.0.1:18109"));

    const StatRow *be = findRow(t, "be", "BACKEND");
    QVERIFY(be);
    QCOMPARE(be->status, QByteArray("UP"));
    QCOMPARE(be->weight, 3);
    QCOMPARE(be->act, 3);
    QCOMPARE(be->algo, QByteArray("roundrobin"));
    QCOMPARE(be->lbtot, 6);
    QCOMPARE(t.field(*be, "agg_server_status"), QByteArray("0"));
    QCOMPARE(findRow(t, "be_nocheck", "n1")->status, QByteArray("no check"));
    QCOMPARE(t.rows.last().pxname, QByteArray("be_empty"));
}

void TestStatParser::sample26RawFields()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26.csv")));
    QVERIFY(result.ok());
    const StatTable &t = *result;
    const StatRow &fe = t.rows.at(0);
    const StatRow &s1 = *findRow(t, "be", "s1");

    QCOMPARE(t.field(fe, "-"), QByteArray("-"));
    QCOMPARE(t.field(s1, "-"), QByteArray("-"));
    QCOMPARE(t.field(fe, "h1_spliced_bytes_out"), QByteArray("0"));
    QCOMPARE(t.field(s1, "h1_spliced_bytes_out"), QByteArray());
    QCOMPARE(t.field(s1, "agg_server_status"), QByteArray());
    QCOMPARE(t.field(s1, "pxname"), QByteArray("be"));
    QCOMPARE(t.field(s1, 0), QByteArray("be"));
    QCOMPARE(t.rawField(s1, 17), QByteArrayView("UP"));
    QCOMPARE(t.number(s1, "sid"), 1);
    QCOMPARE(t.number(s1, "lastsess"), -1);
    QCOMPARE(t.number(s1, "qlimit"), StatRow::NoValue);
    QCOMPARE(t.number(s1, "no_such_column"), StatRow::NoValue);
    QCOMPARE(t.number(s1, "status"), StatRow::NoValue);
    QCOMPARE(t.number(fe, "h1_open_connections"), 0);
    // Out of range reads are empty, never a crash.
    QVERIFY(t.rawField(s1, -1).isEmpty());
    QVERIFY(t.rawField(s1, 128).isEmpty());
    QVERIFY(t.field(s1, "nope").isEmpty());
    StatRow foreign = s1;
    foreign.lineOffset = t.answer.size() - 3;
    foreign.lineLength = 100;
    QVERIFY(t.rawField(foreign, 0).isEmpty());
}

void TestStatParser::tcpOnly()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26_tcponly.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.columns.size(), 128);
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.skippedRows, 0);
    const StatRow &fe = t.rows.at(0);
    QCOMPARE(fe.pxname, QByteArray("ltcp"));
    QCOMPARE(fe.mode, QByteArray("tcp"));
    QCOMPARE(fe.slim, 9986);
    QCOMPARE(fe.hrsp2xx, StatRow::NoValue); // no HTTP counters in TCP mode
    QCOMPARE(fe.reqTot, 0); // request counters exist in TCP mode too
    const StatRow &t1 = t.rows.at(1);
    QCOMPARE(t1.svname, QByteArray("t1"));
    QCOMPARE(t1.status, QByteArray("no check"));
    QCOMPARE(t1.addr, QByteArray("127.0.0.1:18101"));
    QCOMPARE(t1.mode, QByteArray("tcp"));
    QCOMPARE(t1.hrsp5xx, StatRow::NoValue);
    QCOMPARE(t.rows.at(2).algo, QByteArray("roundrobin"));
    QCOMPARE(t.rows.at(2).type, StatRow::Type::Backend);
}

void TestStatParser::sample1k()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26_1k.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.rows.size(), 1002);
    QCOMPARE(t.skippedRows, 0);
    QVERIFY(t.complete);
    QCOMPARE(t.rows.first().svname, QByteArray("FRONTEND"));
    QCOMPARE(t.rows.first().slim, 9986);
    const StatRow &first = t.rows.at(1);
    QCOMPARE(first.pxname, QByteArray("b0"));
    QCOMPARE(first.svname, QByteArray("s0"));
    QCOMPARE(first.sid, 1);
    QCOMPARE(first.addr, QByteArray("127.0.0.1:18900"));
    const StatRow &last = t.rows.at(1000);
    QCOMPARE(last.svname, QByteArray("s999"));
    QCOMPARE(last.sid, 1000);
    QCOMPARE(last.addr, QByteArray("127.0.0.1:18999"));
    const StatRow &backend = t.rows.at(1001);
    QCOMPARE(backend.svname, QByteArray("BACKEND"));
    QCOMPARE(backend.weight, 1000);
    QCOMPARE(backend.act, 1000);
    QCOMPARE(backend.uweight, 1000);
    int servers = 0;
    for (const StatRow &row : t.rows) {
        if (row.isServer()) {
            ++servers;
            QCOMPARE(row.status, QByteArray("no check"));
            QCOMPARE(row.lastchg, 14);
        }
    }
    QCOMPARE(servers, 1000);
    // Repeated texts share one allocation (what keeps 10,000 rows cheap).
    QCOMPARE(t.rows.at(5).pxname.constData(), t.rows.at(6).pxname.constData());
    QCOMPARE(t.rows.at(5).status.constData(), t.rows.at(6).status.constData());
}

void TestStatParser::backendUpFilter()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26_up.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatRow *be = findRow(*result, "be", "BACKEND");
    QVERIFY(be);
    QCOMPARE(be->status, QByteArray("UP (3/4)"));
    const StatStatus s = be->decodedStatus();
    QCOMPARE(s.state, StatStatus::State::Up);
    QCOMPARE(s.serversUp, 3);
    QCOMPARE(s.serversTotal, 4);
    QVERIFY(!s.inTransition);
    QVERIFY(!findRow(*result, "be", "x1")); // the `up` filter hides the MAINT server
    QCOMPARE(findRow(*result, "be_nocheck", "BACKEND")->decodedStatus().serversTotal, 1);
}

// Recorded on 2.6 with a configuration that puts servers in every state it can reach
// (tests/data/stat_26_statuses.csv, with the servers state and conn answers of the same moment).
void TestStatParser::recordedStatuses()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26_statuses.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.rows.size(), 28);
    QCOMPARE(t.skippedRows, 0);

    using State = StatStatus::State;
    struct Expect
    {
        const char *px;
        const char *sv;
        const char *text;
        State state;
    };
    const Expect expected[] = {
        { "fe", "FRONTEND", "OPEN", State::Open },
        { "fe", "lst1", "OPEN", State::Open },
        { "fe_stopped", "FRONTEND", "PAUSED", State::Paused },
        { "tcp_in", "t1", "no check", State::NoCheck },
        { "bst", "ok", "UP", State::Up },
        { "bst", "dead", "DOWN 1/2", State::Down },
        { "bst", "m", "MAINT", State::Maint },
        { "bst", "trkm", "MAINT (via bst/m)", State::Maint },
        { "bst", "dis", "MAINT", State::Maint },
        { "bst", "drn", "DRAIN", State::Drain },
        { "bst", "agdr", "DRAIN (agent)", State::Drain },
        { "bst", "agdn", "DOWN (agent)", State::Down },
        { "bst", "up13", "UP 1/3", State::Up },
        { "bst", "trkd", "DRAIN", State::Drain },
        { "bst", "nolb2", "NOLB", State::Nolb },
        { "bst", "res", "MAINT (resolution)", State::Maint },
        { "bst", "BACKEND", "UP", State::Up },
        { "bdown", "BACKEND", "DOWN", State::Down },
    };
    for (const Expect &e : expected) {
        const StatRow *row = findRow(t, e.px, e.sv);
        QVERIFY2(row, e.sv);
        QCOMPARE(row->status, QByteArray(e.text));
        QCOMPARE(row->decodedStatus().state, e.state);
    }

    const StatRow *listener = findRow(t, "fe", "lst1");
    QCOMPARE(listener->type, StatRow::Type::Listener);
    QVERIFY(listener->isListener());
    QCOMPARE(listener->addr, QByteArray("127.0.0.1:18740"));
    QCOMPARE(listener->sid, 1);

    const StatStatus dead = findRow(t, "bst", "dead")->decodedStatus();
    QVERIFY(dead.goingUp());
    QCOMPARE(dead.checkCount, 1);
    QCOMPARE(dead.checkLimit, 2);
    QCOMPARE(findRow(t, "bst", "dead")->checkHealth, 1);
    const StatStatus up13 = findRow(t, "bst", "up13")->decodedStatus();
    QVERIFY(up13.goingDown());
    QCOMPARE(up13.checkCount, 1);
    QCOMPARE(up13.checkLimit, 3);
    QCOMPARE(findRow(t, "bst", "up13")->checkStatus, QByteArray("INI"));
    QCOMPARE(findRow(t, "bst", "trkm")->decodedStatus().via, QByteArray("bst/m"));
    QCOMPARE(findRow(t, "bst", "trkm")->tracked, QByteArray("bst/m"));
    QCOMPARE(findRow(t, "bst", "trk")->tracked, QByteArray("bst/ok"));
    QVERIFY(findRow(t, "bst", "agdr")->decodedStatus().byAgent);
    QVERIFY(findRow(t, "bst", "agdn")->decodedStatus().byAgent);
    QVERIFY(findRow(t, "bst", "res")->decodedStatus().byResolution);
    QVERIFY(findRow(t, "bst", "res")->addr.isEmpty());
    QCOMPARE(findRow(t, "bst", "ok")->weight, 50);
    QCOMPARE(findRow(t, "bst", "ok")->checkStatus, QByteArray("L7OK"));
    QCOMPARE(findRow(t, "bst", "BACKEND")->weight, 54);
    QCOMPARE(findRow(t, "bdown", "BACKEND")->weight, 0);
    QCOMPARE(findRow(t, "bst", "agdr")->agentStatus, QByteArray("CHECKED"));
    QCOMPARE(findRow(t, "bst", "agdr")->agentDesc, QByteArray("No status change"));
}

// HAProxy quoted a cell itself: the agent's reply `down #bad, "very" bad` ends up in
// last_agt as "via agent : down (bad, ""very"" bad)". The cells after it must not shift.
void TestStatParser::quotedCellFromHaproxy()
{
    const auto result = StatParser::parse(readData(QStringLiteral("stat_26_statuses.csv")));
    QVERIFY(result.ok());
    const StatTable &t = *result;
    const StatRow *agdn = findRow(t, "bst", "agdn");
    QVERIFY(agdn);
    QCOMPARE(agdn->lastAgt, QByteArray(R"x(via agent : down (bad, "very" bad))x"));
    QCOMPARE(t.rawField(*agdn, t.columnIndex("last_agt")),
        QByteArrayView(R"x("via agent : down (bad, ""very"" bad)")x"));
    QCOMPARE(t.field(*agdn, "last_agt"), agdn->lastAgt);
    QCOMPARE(agdn->qtime, 0);
    QCOMPARE(agdn->agentStatus, QByteArray("L7STS"));
    QCOMPARE(agdn->agentCode, 0);
    QCOMPARE(agdn->agentDesc, QByteArray("Layer7 wrong status"));
    QCOMPARE(agdn->addr, QByteArray("127.0.0.1:18745"));
    QCOMPARE(agdn->mode, QByteArray("http"));
    QCOMPARE(agdn->sid, 11);
    QCOMPARE(t.field(*agdn, "-"), QByteArray("-"));
    // The row that follows it is intact too.
    QCOMPARE(findRow(t, "bst", "up13")->sid, 12);
}

// 3.2 has 141 columns. Rebuild the 2.6 sample with 13 extra columns and every column
// moved: reading by header name must give exactly what the original gives.
void TestStatParser::reorderedHeaderOf141Columns()
{
    const QByteArray original = readData(QStringLiteral("stat_26.csv"));
    const auto reference = StatParser::parse(original);
    QVERIFY(reference.ok());

    QList<QByteArray> lines = original.split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<QByteArray> header = cellsOf(lines.first().mid(2));
    QCOMPARE(header.size(), 129);
    header.removeLast(); // the empty name after the trailing comma
    for (int i = 0; i < 13; ++i)
        header.append("new_in_3x_" + QByteArray::number(i));
    QCOMPARE(header.size(), 141);
    // A fixed permutation that moves every column: reverse, then rotate by 37.
    QList<int> order(header.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = int(order.size()) - 1 - i;
    std::rotate(order.begin(), order.begin() + 37, order.end());

    auto reorder = [&order](const QList<QByteArray> &cells) -> QByteArray {
        QList<QByteArray> out;
        for (int i : order)
            out.append(cells.at(i));
        return out.join(',') + ',';
    };
    QByteArray rebuilt = "# " + reorder(header) + '\n';
    for (qsizetype l = 1; l < lines.size(); ++l) {
        QList<QByteArray> cells = cellsOf(lines.at(l));
        QCOMPARE(cells.size(), 129);
        cells.removeLast();
        for (int i = 0; i < 13; ++i)
            cells.append(QByteArray::number(l * 100 + i));
        rebuilt += reorder(cells) + '\n';
    }
    rebuilt += '\n';

    const auto result = StatParser::parse(rebuilt);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.columns.size(), 141);
    QVERIFY(t.columnIndex("pxname") != 0);
    QCOMPARE(t.skippedRows, 0);
    QCOMPARE(t.rows.size(), reference->rows.size());
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const StatRow &a = t.rows.at(r);
        const StatRow &b = reference->rows.at(r);
        QCOMPARE(a.type, b.type);
        for (auto member : numberMembers)
            QCOMPARE(a.*member, b.*member);
        for (auto member : textMembers)
            QCOMPARE(a.*member, b.*member);
        // Columns this client does not know are still there, by name.
        QCOMPARE(t.number(a, "new_in_3x_7"), (r + 1) * 100 + 7);
        QCOMPARE(t.field(a, "-"), QByteArray("-"));
        QCOMPARE(t.field(a, "h2_headers_rcvd"), reference->field(b, "h2_headers_rcvd"));
    }
    QCOMPARE(t.rows.at(1).addr, QByteArray("127.0.0.1:18101"));
    QCOMPARE(t.rows.at(1).checkDesc, QByteArray("Layer4 check passed"));
}

void TestStatParser::quotedCells()
{
    const QByteArray answer = "# pxname,svname,status,check_desc,weight,type,\n"
                              "be,\"s,1\",UP,\"says \"\"hi\"\", ok\",5,2,\n"
                              "be,s2,DOWN,\"line one\nline two\",\"7\",2,\n"
                              "be,s3,UP,\"\",8,2,\n"
                              "be,s4,UP,\"unterminated,9,2,\n";
    const auto result = StatParser::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.skippedRows, 1); // the unterminated quote swallows the rest of its line
    QCOMPARE(t.rows.at(0).svname, QByteArray("s,1"));
    QCOMPARE(t.rows.at(0).checkDesc, QByteArray("says \"hi\", ok"));
    QCOMPARE(t.rows.at(0).weight, 5);
    QCOMPARE(t.rows.at(0).type, StatRow::Type::Server);
    QCOMPARE(t.rawField(t.rows.at(0), 1), QByteArrayView("\"s,1\""));
    QCOMPARE(t.rows.at(1).svname, QByteArray("s2"));
    QCOMPARE(t.rows.at(1).checkDesc, QByteArray("line one\nline two"));
    QCOMPARE(t.rows.at(1).weight, 7); // a quoted number is still a number
    QCOMPARE(t.number(t.rows.at(1), "weight"), 7);
    QCOMPARE(t.field(t.rows.at(1), "check_desc"), QByteArray("line one\nline two"));
    QCOMPARE(t.rows.at(2).svname, QByteArray("s3"));
    QCOMPARE(t.rows.at(2).checkDesc, QByteArray());
    QCOMPARE(t.rows.at(2).weight, 8);
}

void TestStatParser::withoutTrailingComma()
{
    const QByteArray answer = "# pxname,svname,status,weight\n"
                              "be,s1,UP,3\n"
                              "be,s2,UP,4,\n" // one empty cell more is accepted either way
                              "be,s3,UP,5,,\n" // two is not
                              "\n";
    const auto result = StatParser::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->columns.size(), 4);
    QCOMPARE(result->rows.size(), 2);
    QCOMPARE(result->rows.at(0).weight, 3);
    QCOMPARE(result->rows.at(1).weight, 4);
    QCOMPARE(result->skippedRows, 1);
    QCOMPARE(result->firstSkippedLine, 4);
    QCOMPARE(result->rows.at(0).type, StatRow::Type::Unknown); // no type column
}

void TestStatParser::withoutFinalBlankLine()
{
    QByteArray data = readData(QStringLiteral("stat_26.csv"));
    QVERIFY(data.endsWith(",\n\n"));
    data.chop(2); // no "\n\n" at all: the last row ends at the end of the data
    const auto result = StatParser::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 23);
    QVERIFY(!result->complete);
    QCOMPARE(result->rows.last().pxname, QByteArray("be_empty"));
    QCOMPARE(result->field(result->rows.last(), "h1_spliced_bytes_out"), QByteArray("0"));

    data.append('\n'); // one LF: still no blank line
    const auto one = StatParser::parse(data);
    QCOMPARE(one->rows.size(), 23);
    QVERIFY(!one->complete);
}

void TestStatParser::crlf()
{
    const auto result = StatParser::parse(withCrlf(readData(QStringLiteral("stat_26.csv"))));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.columns.size(), 128);
    QCOMPARE(t.columns.last(), QByteArray("h1_spliced_bytes_out"));
    QCOMPARE(t.rows.size(), 23);
    QCOMPARE(t.skippedRows, 0);
    QVERIFY(t.complete);
    QCOMPARE(t.rows.at(0).status, QByteArray("OPEN"));
    QCOMPARE(t.field(t.rows.at(0), "h1_spliced_bytes_out"), QByteArray("0"));
    QCOMPARE(findRow(t, "be", "s2")->addr, QByteArray("127.0.0.1:18102"));

    // Without trailing commas the last cell ends at the CR.
    const auto plain = StatParser::parse("# pxname,svname,weight\r\nbe,s1,12\r\n\r\n");
    QVERIFY(plain.ok());
    QCOMPARE(plain->columns.last(), QByteArray("weight"));
    QCOMPARE(plain->rows.size(), 1);
    QCOMPARE(plain->rows.at(0).weight, 12);
    QCOMPARE(plain->field(plain->rows.at(0), "weight"), QByteArray("12"));
    QCOMPARE(plain->number(plain->rows.at(0), "weight"), 12);
    QVERIFY(plain->complete);
    // The same through the quoted-cell path.
    const auto quoted = StatParser::parse("# pxname,svname,weight\r\n\"be\",s1,12\r\n\r\n");
    QVERIFY(quoted.ok());
    QCOMPARE(quoted->rows.at(0).weight, 12);
    QCOMPARE(quoted->field(quoted->rows.at(0), "weight"), QByteArray("12"));
}

void TestStatParser::headerOnly()
{
    // `show stat 999 -1 -1` (an unknown numeric id) answers the header alone.
    const QByteArray data = readData(QStringLiteral("stat_26.csv"));
    const QByteArray header = data.left(data.indexOf('\n') + 1) + '\n';
    const auto result = StatParser::parse(header);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->columns.size(), 128);
    QVERIFY(result->rows.isEmpty());
    QVERIFY(result->complete);
}

void TestStatParser::notAStatAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only newlines") << QByteArray("\n\n") << QStringLiteral("empty");
    QTest::newRow("no such proxy") << QByteArray("No such proxy.\n\n") << QStringLiteral("No such proxy.");
    QTest::newRow("permission") << QByteArray("Permission denied\n\n") << QStringLiteral("Permission denied");
    QTest::newRow("show backend") << QByteArray("# name\nbe\n\n") << QStringLiteral("pxname");
    QTest::newRow("no svname") << QByteArray("# pxname,status\nbe,UP\n\n") << QStringLiteral("svname");
    QTest::newRow("typed") << QByteArray("F.2.0.0.pxname.1:KNS:str:fe\n") << QStringLiteral("F.2.0.0.pxname");
    QTest::newRow("json") << QByteArray("[[{\"objType\":\"Frontend\"}]]\n\n") << QStringLiteral("objType");
    QTest::newRow("hash without space") << QByteArray("#pxname,svname\n") << QStringLiteral("#pxname");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage", 13) << QString();
}

void TestStatParser::notAStatAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, mentions);
    const auto result = StatParser::parse(answer);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestStatParser::wrongFieldCounts()
{
    QList<QByteArray> lines = readData(QStringLiteral("stat_26.csv")).split('\n');
    // line 3 (be,s1): drop its last 10 cells; line 5 (be,s3): add a non-empty cell.
    QList<QByteArray> s1 = lines.at(2).split(',');
    QCOMPARE(s1.at(1), QByteArray("s1"));
    s1.resize(s1.size() - 10);
    lines[2] = s1.join(',');
    QVERIFY(lines.at(4).startsWith("be,s3,"));
    lines[4] += "extra,";
    lines.insert(6, "just some text"); // a foreign line between rows
    const auto result = StatParser::parse(lines.join('\n'));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const StatTable &t = *result;
    QCOMPARE(t.skippedRows, 3);
    QCOMPARE(t.firstSkippedLine, 3);
    QCOMPARE(t.rows.size(), 23 - 2);
    QVERIFY(!findRow(t, "be", "s1"));
    QVERIFY(!findRow(t, "be", "s3"));
    QCOMPARE(findRow(t, "be", "s2")->sid, 2);
    QCOMPARE(findRow(t, "be", "x1")->sid, 4);
    QCOMPARE(findRow(t, "be", "x1")->status, QByteArray("MAINT"));
}

void TestStatParser::truncatedAnswer()
{
    const QByteArray data = readData(QStringLiteral("stat_26_1k.csv"));
    const QByteArray cut = data.left(data.size() / 2); // mid-row
    const auto result = StatParser::parse(cut);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(!result->complete);
    QCOMPARE(result->skippedRows, 1); // the half row
    for (const StatRow &row : result->rows)
        QVERIFY(row.isServer() || row.isFrontend());
    QVERIFY(result->rows.size() > 400);

    // Cut inside the header: no usable column names.
    QVERIFY(!StatParser::parse(data.left(12)).ok());
}

void TestStatParser::numbers()
{
    const QByteArray answer = "# pxname,svname,stot,bin,bout,weight,lastsess,scur,smax,slim,qcur,\n"
                              "be,s1,9223372036854775807,9223372036854775808,-,-1,-0,1x,+5, 3,\"12\",\n\n";
    const auto result = StatParser::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->rows.size(), 1);
    const StatRow &r = result->rows.at(0);
    QCOMPARE(r.stot, std::numeric_limits<qint64>::max());
    QCOMPARE(r.bin, StatRow::NoValue); // overflow
    QCOMPARE(r.bout, StatRow::NoValue); // "-"
    QCOMPARE(r.weight, -1);
    QCOMPARE(r.lastsess, 0);
    QCOMPARE(r.scur, StatRow::NoValue);
    QCOMPARE(r.smax, StatRow::NoValue);
    QCOMPARE(r.slim, StatRow::NoValue);
    QCOMPARE(r.qcur, 12);
    QCOMPARE(r.type, StatRow::Type::Unknown);
    QVERIFY(!StatRow::has(r.bin));
    QVERIFY(StatRow::has(r.weight));
}

void TestStatParser::statusDecoding_data()
{
    using State = StatStatus::State;
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("transition");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("agent");
    QTest::addColumn<bool>("resolution");
    QTest::addColumn<QByteArray>("via");
    QTest::addColumn<int>("up");
    QTest::addColumn<int>("total");

    auto row = [](const char *text, State state, bool transition = false, int count = 0, int limit = 0,
                   bool agent = false, bool resolution = false, const QByteArray &via = {}, int up = -1,
                   int total = -1) {
        QTest::newRow(text) << QByteArray(text) << state << transition << count << limit << agent
                            << resolution << via << up << total;
    };
    // Every server status of 2.6's stats.c, and what frontends, listeners and backends show.
    row("UP", State::Up);
    row("DOWN", State::Down);
    row("DOWN (agent)", State::Down, false, 0, 0, true);
    row("DOWN 1/2", State::Down, true, 1, 2);
    row("UP 1/3", State::Up, true, 1, 3);
    row("UP 2/3", State::Up, true, 2, 3);
    row("UP -1/3", State::Up, true, -1, 3);
    row("NOLB", State::Nolb);
    row("NOLB 2/3", State::Nolb, true, 2, 3);
    row("DRAIN", State::Drain);
    row("DRAIN 1/3", State::Drain, true, 1, 3);
    row("DRAIN (agent)", State::Drain, false, 0, 0, true);
    row("no check", State::NoCheck);
    row("MAINT", State::Maint);
    row("MAINT (via bst/ok)", State::Maint, false, 0, 0, false, false, "bst/ok");
    row("MAINT (via be.1/srv-a:b)", State::Maint, false, 0, 0, false, false, "be.1/srv-a:b");
    row("MAINT (resolution)", State::Maint, false, 0, 0, false, true);
    row("OPEN", State::Open);
    row("STOP", State::Stop);
    row("PAUSED", State::Paused);
    row("WAITING", State::Waiting);
    row("FULL", State::Full);
    row("UP (3/4)", State::Up, false, 0, 0, false, false, {}, 3, 4);
    row("DOWN (0/1)", State::Down, false, 0, 0, false, false, {}, 0, 1);
    // 3.4: an unpublished backend (decoded as UP; the flag is checked in statusDecoding)
    row("UP (UNPUB)", State::Up);
    // Not statuses, or not ones this client knows
    row("", State::Unknown);
    row("garbage", State::Unknown);
    row("up", State::Unknown);
    row("No check", State::Unknown);
    row("UP x/y", State::Up); // a known word with an unknown detail keeps the word
    row("UP 1/", State::Up);
    row("UP 99999999999/3", State::Up);
    row("MAINT (via ", State::Maint);
    row(" UP ", State::Up);
}

void TestStatParser::statusDecoding()
{
    using State = StatStatus::State;
    QFETCH(QByteArray, text);
    QFETCH(State, state);
    QFETCH(bool, transition);
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(bool, agent);
    QFETCH(bool, resolution);
    QFETCH(QByteArray, via);
    QFETCH(int, up);
    QFETCH(int, total);

    const StatStatus s = StatStatus::parse(text);
    QCOMPARE(s.state, state);
    QCOMPARE(s.inTransition, transition);
    if (transition) {
        QCOMPARE(s.checkCount, count);
        QCOMPARE(s.checkLimit, limit);
        QCOMPARE(s.goingUp(), state == State::Down);
        QCOMPARE(s.goingDown(), state != State::Down);
    } else {
        QVERIFY(!s.goingUp());
        QVERIFY(!s.goingDown());
    }
    QCOMPARE(s.byAgent, agent);
    QCOMPARE(s.byResolution, resolution);
    QCOMPARE(s.via, via);
    QCOMPARE(s.serversUp, up);
    QCOMPARE(s.serversTotal, total);
    QCOMPARE(s.unpublished, text == "UP (UNPUB)");

    StatRow row;
    row.status = text;
    QCOMPARE(row.decodedStatus().state, state);
}

// The parser runs on a worker thread: two threads parsing at once must not disturb
// each other (no static mutable state).
void TestStatParser::reentrant()
{
    const QByteArray a = readData(QStringLiteral("stat_26_1k.csv"));
    const QByteArray b = readData(QStringLiteral("stat_26_statuses.csv"));
    int rowsA = 0, rowsB = 0;
    bool okA = true, okB = true;
    std::thread ta([&] {
        for (int i = 0; i < 30; ++i) {
            const auto r = StatParser::parse(a);
            okA = okA && r.ok() && r->rows.size() == 1002 && r->rows.at(1000).svname == "s999";
            rowsA = int(r->rows.size());
        }
    });
    std::thread tb([&] {
        for (int i = 0; i < 300; ++i) {
            const auto r = StatParser::parse(b);
            okB = okB && r.ok() && r->rows.size() == 28 && r->rows.at(16).status == "DOWN (agent)";
            rowsB = int(r->rows.size());
        }
    });
    ta.join();
    tb.join();
    QVERIFY(okA);
    QVERIFY(okB);
    QCOMPARE(rowsA, 1002);
    QCOMPARE(rowsB, 28);
}

QTEST_GUILESS_MAIN(TestStatParser)
#include "tst_statparser.moc"
