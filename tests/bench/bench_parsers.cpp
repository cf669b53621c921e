// Times the parsers of poll answers on answers of production size (10,000 servers), built
// in memory from lines recorded on HAProxy 2.6, or on a recorded answer given as a file.
//
//   bench_parsers                 all generated cases
//   bench_parsers FILE [REPS]     one recorded answer (show stat, show servers state or conn)
//
// Prints one line per case, then one JSON object on the last line.

#include "core/parsers/serversconnparser.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Recorded on 2.6.12 (tests/data/stat_26_1k.csv): the header and one line of each kind.
const char statHeader[] =
    "# "
    "pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,"
    "weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,"
    "rate_lim,rate_max,check_status,check_code,check_duration,hrsp_1xx,hrsp_2xx,hrsp_3xx,hrsp_4xx,hrsp_5xx,"
    "hrsp_other,hanafail,req_rate,req_rate_max,req_tot,cli_abrt,srv_abrt,comp_in,comp_out,comp_byp,comp_rsp,"
    "lastsess,last_chk,last_agt,qtime,ctime,rtime,ttime,agent_status,agent_code,agent_duration,check_desc,"
    "agent_desc,check_rise,check_fall,check_health,agent_rise,agent_fall,agent_health,addr,cookie,mode,algo,"
    "conn_rate,conn_rate_max,conn_tot,intercepted,dcon,dses,wrew,connect,reuse,cache_lookups,cache_hits,srv_"
    "icur,src_ilim,qtime_max,ctime_max,rtime_max,ttime_max,eint,idle_conn_cur,safe_conn_cur,used_conn_cur,"
    "need_conn_est,uweight,agg_server_status,agg_server_check_status,agg_check_status,-,ssl_sess,ssl_reused_"
    "sess,ssl_failed_handshake,h2_headers_rcvd,h2_data_rcvd,h2_settings_rcvd,h2_rst_stream_rcvd,h2_goaway_"
    "rcvd,h2_detected_conn_protocol_errors,h2_detected_strm_protocol_errors,h2_rst_stream_resp,h2_goaway_"
    "resp,h2_open_connections,h2_backend_open_streams,h2_total_connections,h2_backend_total_streams,h1_open_"
    "connections,h1_open_streams,h1_total_connections,h1_total_streams,h1_bytes_in,h1_bytes_out,h1_spliced_"
    "bytes_in,h1_spliced_bytes_out,\n";
const char frontendLine[] =
    "fe_1k,FRONTEND,,,0,0,9986,0,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,0,,,,0,0,0,0,0,"
    "0,,0,0,0,,,0,0,0,0,,,,,,,,,,,,,,,,,,,,,http,,0,0,0,0,0,0,0,,,0,0,,,,,,,0,,,,,,,,,-,0,"
    "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,";
const char serverLine[] =
    "b0,s0,0,0,0,0,,0,0,0,,0,,0,0,0,0,no check,1,1,0,,,14,,,1,3,1,,0,,2,0,,0,,,,0,0,0,0,0,"
    "0,,,,0,0,0,,,,,-1,,,0,0,0,0,,,,,,,,,,,,127.0.0.1:18900,,http,,,,,,,,0,0,0,,,0,,0,0,0,0,"
    "0,0,0,0,0,1,,,,-,0,0,0,,,,,,,,,,,,,,,,,,,,,,";
const char backendLine[] =
    "b0,BACKEND,0,0,0,0,999,0,0,0,0,0,,0,0,0,0,UP,1000,1000,0,,0,14,0,,1,3,0,,0,,1,0,,0,,,"
    ",0,0,0,0,0,0,,,,0,0,0,0,0,0,0,-1,,,0,0,0,0,,,,,,,,,,,,,,http,roundrobin,,,,,,,0,0,0,0,"
    "0,,,0,0,0,0,0,,,,,1000,0,0,0,-,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,";
const char stateHeader[] =
    "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight srv_iweight "
    "srv_time_since_last_change srv_check_status srv_check_result srv_check_health srv_check_state "
    "srv_agent_state bk_f_forced_id srv_f_forced_id srv_fqdn srv_port srvrecord srv_use_ssl srv_check_port "
    "srv_check_addr srv_agent_addr srv_agent_port\n";
const char connHeader[] =
    "# bkname/svname bkid/svid addr port - purge_delay used_cur used_max need_est unsafe_nb "
    "safe_nb idle_lim idle_cur idle_per_thr[2]\n";

QList<QByteArray> columnsOf(const char *header)
{
    return QByteArray(header + 2).trimmed().split(',');
}

// A copy of `line` with the named cells replaced.
class LineMaker
{
public:
    explicit LineMaker(const char *line)
        : m_cells(QByteArray(line).split(','))
        , m_columns(columnsOf(statHeader))
    { }
    LineMaker &set(const char *column, const QByteArray &value)
    {
        const qsizetype i = m_columns.indexOf(QByteArray(column));
        if (i >= 0 && i < m_cells.size())
            m_cells[i] = value;
        return *this;
    }
    QByteArray line() const { return m_cells.join(',') + '\n'; }

private:
    QList<QByteArray> m_cells;
    QList<QByteArray> m_columns;
};

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

// `busy`: servers with health checks, traffic counters of realistic width and a mix of
// statuses, instead of the idle, unchecked servers of the recorded scale test.
QByteArray makeStat(int backends, int serversPerBackend, bool busy)
{
    QByteArray out = statHeader;
    out += LineMaker(frontendLine).line();
    static const char *const statuses[] = { "UP", "UP", "UP", "UP 1/3", "DOWN", "MAINT", "DRAIN",
        "no check" };
    for (int b = 0; b < backends; ++b) {
        const QByteArray px = "b" + num(b);
        for (int s = 0; s < serversPerBackend; ++s) {
            LineMaker m(serverLine);
            m.set("pxname", px).set("svname", "s" + num(s)).set("iid", num(b + 3)).set("sid", num(s + 1));
            m.set("addr", "127.0.0.1:" + num(18900 + s % 100));
            if (busy) {
                const qint64 k = qint64(b) * serversPerBackend + s + 1;
                m.set("status", statuses[k % 8])
                    .set("check_status", "L4OK")
                    .set("check_desc", "Layer4 check passed");
                m.set("check_rise", "2")
                    .set("check_fall", "3")
                    .set("check_health", "4")
                    .set("check_duration", "0");
                m.set("stot", num(k * 7919))
                    .set("lbtot", num(k * 7919))
                    .set("bin", num(k * 104729 + 1234567));
                m.set("bout", num(k * 1299709 + 98765432))
                    .set("hrsp_2xx", num(k * 7001))
                    .set("hrsp_5xx", num(k % 97));
                m.set("scur", num(k % 13))
                    .set("smax", num(k % 131))
                    .set("rate", num(k % 17))
                    .set("lastsess", num(k % 60));
                m.set("qtime", "0").set("ctime", "1").set("rtime", num(k % 250)).set("ttime", num(k % 900));
            }
            out += m.line();
        }
        LineMaker be(backendLine);
        be.set("pxname", px).set("iid", num(b + 3)).set("weight", num(serversPerBackend));
        be.set("act", num(serversPerBackend)).set("uweight", num(serversPerBackend));
        out += be.line();
    }
    return out + '\n';
}

QByteArray makeState(int backends, int serversPerBackend)
{
    QByteArray out = stateHeader;
    for (int b = 0; b < backends; ++b) {
        for (int s = 0; s < serversPerBackend; ++s) {
            out += num(b + 3) + " b" + num(b) + ' ' + num(s + 1) + " s" + num(s) + " 127.0.0.1 2 "
                + num(s % 3 ? 0 : 8) + " 1 1 14 1 0 2 0 0 0 0 - " + num(18900 + s % 100) + " - 0 0 - - 0\n";
        }
    }
    return out + '\n';
}

QByteArray makeConn(int backends, int serversPerBackend)
{
    QByteArray out = connHeader;
    for (int b = 0; b < backends; ++b) {
        for (int s = 0; s < serversPerBackend; ++s)
            out += 'b' + num(b) + "/s" + num(s) + ' ' + num(b + 3) + '/' + num(s + 1) + " 127.0.0.1 "
                + num(18900 + s % 100) + " - 5000 0 0 0 0 0 -1 0 0 0\n";
    }
    return out + '\n';
}

struct Case
{
    QByteArray name;
    qsizetype rows = 0;
    qsizetype bytes = 0;
    double medianMs = 0;
    double minMs = 0;
};

// Runs `parse` `reps` times (after one warm-up) and returns its row count.
Case measure(
    const QByteArray &name, const QByteArray &data, int reps, const std::function<qsizetype()> &parse)
{
    Case c;
    c.name = name;
    c.bytes = data.size();
    c.rows = parse();
    QList<double> ms;
    ms.reserve(reps);
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qsizetype rows = parse();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (rows != c.rows)
            std::fprintf(stderr, "%s: row count changed between runs\n", name.constData());
    }
    std::sort(ms.begin(), ms.end());
    c.minMs = ms.isEmpty() ? 0 : ms.first();
    c.medianMs = ms.isEmpty() ? 0 : ms.at(ms.size() / 2);
    std::printf("%-28s rows=%7lld bytes=%9lld median=%8.3f ms min=%8.3f ms (n=%d)\n", name.constData(),
        static_cast<long long>(c.rows), static_cast<long long>(c.bytes), c.medianMs, c.minMs, reps);
    std::fflush(stdout);
    return c;
}

qsizetype parseStat(const QByteArray &data)
{
    const auto r = StatParser::parse(data);
    return r ? r->rows.size() : -1;
}

qsizetype parseState(const QByteArray &data)
{
    const auto r = ServersStateParser::parse(data);
    return r ? r->rows.size() : -1;
}

qsizetype parseConn(const QByteArray &data)
{
    const auto r = ServersConnParser::parse(data);
    return r ? r->rows.size() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QList<Case> cases;
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[1]);
            return 1;
        }
        const QByteArray data = file.readAll();
        const int reps = argc > 2 ? std::clamp(QByteArray(argv[2]).toInt(), 1, 10000) : 50;
        const QByteArray name = file.fileName().section(u'/', -1).toUtf8();
        const QByteArray start = data.trimmed().left(16);
        if (start.startsWith("# pxname"))
            cases.append(measure(name, data, reps, [&data] { return parseStat(data); }));
        else if (start.startsWith("1\n# be_id"))
            cases.append(measure(name, data, reps, [&data] { return parseState(data); }));
        else if (start.startsWith("# bkname"))
            cases.append(measure(name, data, reps, [&data] { return parseConn(data); }));
        else {
            std::fprintf(
                stderr, "%s: not a show stat, show servers state or show servers conn answer\n", argv[1]);
            return 1;
        }
    } else {
        struct Shape
        {
            const char *label;
            int backends;
            int servers;
        };
        for (const Shape shape : { Shape { "1x10000", 1, 10000 }, Shape { "1000x10", 1000, 10 } }) {
            const QByteArray label = shape.label;
            const QByteArray stat = makeStat(shape.backends, shape.servers, false);
            cases.append(measure("stat_" + label, stat, 40, [&stat] { return parseStat(stat); }));
            const QByteArray busy = makeStat(shape.backends, shape.servers, true);
            cases.append(measure("stat_busy_" + label, busy, 40, [&busy] { return parseStat(busy); }));
            const QByteArray state = makeState(shape.backends, shape.servers);
            cases.append(
                measure("servers_state_" + label, state, 40, [&state] { return parseState(state); }));
            const QByteArray conn = makeConn(shape.backends, shape.servers);
            cases.append(measure("servers_conn_" + label, conn, 40, [&conn] { return parseConn(conn); }));
        }
    }

    QByteArray json = R"({"bench":"parsers","cases":[)";
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","rows":)" + num(c.rows)
            + R"(,"bytes":)" + num(c.bytes) + R"(,"median_ms":)" + QByteArray::number(c.medianMs, 'f', 3)
            + R"(,"min_ms":)" + QByteArray::number(c.minMs, 'f', 3) + '}';
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
