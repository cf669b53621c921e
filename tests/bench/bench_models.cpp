// Times StatTableModel merges (and a StatFilterProxyModel over it) on snapshots of production
// size, 10,000 servers, generated from the header and lines of a recorded 2.6 answer.
//
//   bench_models [STAT_CSV]       STAT_CSV defaults to tests/data/stat_26.csv
//
// Snapshots are parsed before timing starts: the figures are the merge and what the
// model's signals cost its listeners. Prints one line per case, then one JSON object on the
// last line.
//
// Then the traffic history: the memory 24 h of history takes for 1,000 servers (the rings'
// own count, memoryBytes(), and the growth of the process's resident set), and what
// InstanceHistory::addSnapshot costs per poll at 1,000 and 10,000 servers.
// HADESK_BENCH_HISTORY_STEP_S (default 1) polls the 24 h less often to go faster: each poll
// then fills that many 1 s slots, so the rings hold the same full 24 h either way.
// Also how long addSnapshot holds the lock a chart's reads wait on, what HistoryStore's
// addSnapshot costs the GUI thread (it only queues), and 24 h of 10,000 servers under the
// default memory budget. HADESK_BENCH_ONLY_HISTORY=1 runs the table model's cases twice only;
// HADESK_BENCH_HISTORY_MEMORY=0 skips the 24 h runs.

#include "models/historystore.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// One recorded line of each kind, split into cells, and where the cells we vary are.
struct Templates
{
    QByteArray header;
    QList<QByteArray> frontend, backend, server;
    int pxname = -1, svname = -1, scur = -1, smax = -1, stot = -1, bin = -1, bout = -1, rate = -1,
        lastchg = -1, hrsp2xx = -1, reqTot = -1, addr = -1, sid = -1;

    bool load(const QByteArray &answer)
    {
        const QList<QByteArray> lines = answer.split('\n');
        if (lines.isEmpty() || !lines.first().startsWith("# "))
            return false;
        header = lines.first() + '\n';
        const QList<QByteArray> names = lines.first().mid(2).split(',');
        auto column = [&names](const char *name) { return int(names.indexOf(QByteArray(name))); };
        pxname = column("pxname");
        svname = column("svname");
        scur = column("scur");
        smax = column("smax");
        stot = column("stot");
        bin = column("bin");
        bout = column("bout");
        rate = column("rate");
        lastchg = column("lastchg");
        hrsp2xx = column("hrsp_2xx");
        reqTot = column("req_tot");
        addr = column("addr");
        sid = column("sid");
        const int type = column("type");
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() <= type)
                continue;
            const QByteArray &kind = cells.at(type);
            QList<QByteArray> *slot = kind == "0" ? &frontend
                : kind == "1"                     ? &backend
                : kind == "2"                     ? &server
                                                  : nullptr;
            if (slot && slot->isEmpty())
                *slot = cells;
        }
        return std::min({ pxname, svname, scur, stot, bin, bout, lastchg, addr, sid }) >= 0
            && !frontend.isEmpty() && !backend.isEmpty() && !server.isEmpty();
    }
};

// What the generated answer holds: `backends` backends of `servers` servers behind one
// frontend. `generation` moves every counter, as one second of traffic does; `keep` drops
// servers (false: left out of the answer); `reversed` lists the lines backwards.
struct Shape
{
    int backends = 100;
    int servers = 100;
    int generation = 0;
    std::function<bool(int backend, int server)> keep;
    bool reversed = false;
};

QByteArray join(const QList<QByteArray> &cells)
{
    QByteArray line;
    line.reserve(512);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += cells.at(i);
    }
    return line;
}

QByteArray makeAnswer(const Templates &t, const Shape &shape)
{
    QList<QByteArray> lines;
    QList<QByteArray> fe = t.frontend;
    fe[t.pxname] = "fe_main";
    fe[t.stot] = QByteArray::number(1000000 + shape.generation * 250);
    fe[t.bin] = QByteArray::number(qint64(1) << 32 | shape.generation);
    lines << join(fe);
    const int g = shape.generation;
    for (int b = 0; b < shape.backends; ++b) {
        const QByteArray px = "be_" + QByteArray::number(b);
        for (int s = 0; s < shape.servers; ++s) {
            if (shape.keep && !shape.keep(b, s))
                continue;
            const int n = b * shape.servers + s;
            QList<QByteArray> c = t.server;
            c[t.pxname] = px;
            c[t.svname] = "srv_" + QByteArray::number(s);
            c[t.sid] = QByteArray::number(s + 1);
            c[t.scur] = QByteArray::number((n * 7 + g) % 50);
            c[t.smax] = QByteArray::number(60);
            c[t.stot] = QByteArray::number(qint64(n) * 1000 + g * 13);
            c[t.bin] = QByteArray::number(qint64(n) * 100000 + qint64(g) * 4096);
            c[t.bout] = QByteArray::number(qint64(n) * 900000 + qint64(g) * 65536);
            c[t.lastchg] = QByteArray::number(86400 + g);
            if (t.rate >= 0)
                c[t.rate] = QByteArray::number((n + g) % 20);
            if (t.hrsp2xx >= 0)
                c[t.hrsp2xx] = QByteArray::number(qint64(n) * 990 + g * 12);
            if (t.reqTot >= 0)
                c[t.reqTot] = QByteArray::number(qint64(n) * 1000 + g * 13);
            c[t.addr] = "10." + QByteArray::number(n >> 16 & 255) + '.' + QByteArray::number(n >> 8 & 255)
                + '.' + QByteArray::number(n & 255) + ":8080";
            lines << join(c);
        }
        QList<QByteArray> be = t.backend;
        be[t.pxname] = px;
        be[t.stot] = QByteArray::number(qint64(b) * 100000 + g * 1300);
        be[t.lastchg] = QByteArray::number(86400 + g);
        lines << join(be);
    }
    if (shape.reversed)
        std::reverse(lines.begin(), lines.end());
    QByteArray answer = t.header;
    for (const QByteArray &line : std::as_const(lines))
        answer += line + '\n';
    return answer + '\n';
}

SnapshotPtr snapshotOf(const Templates &t, const Shape &shape)
{
    const Result<StatTable> table = StatParser::parse(makeAnswer(t, shape));
    if (!table) {
        std::fprintf(stderr, "generated answer does not parse: %s\n", qPrintable(table.error()));
        std::exit(1);
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->stat = *table;
    return snapshot;
}

struct Case
{
    QByteArray name;
    qsizetype rows = 0;
    double medianMs = 0;
    double minMs = 0;
    StatTableModel::MergeStats merge;
};

// Runs `prepare` (untimed), then times `run`, `reps` times. `merges`: run is a merge, whose
// MergeStats are reported.
Case measure(const QByteArray &name, int reps, const std::function<void()> &prepare,
    const std::function<void()> &run, const std::unique_ptr<StatTableModel> &model, bool merges = true)
{
    Case c;
    c.name = name;
    QList<double> ms;
    for (int i = 0; i < reps; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    c.medianMs = ms.at(ms.size() / 2);
    c.minMs = ms.first();
    c.rows = model ? model->rowCount() : 0;
    if (model && merges)
        c.merge = model->lastMerge();
    std::printf("%-36s rows=%6lld ins=%5d rem=%5d chg=%5d%s median=%8.3f ms min=%8.3f ms (n=%d)\n",
        name.constData(), static_cast<long long>(c.rows), c.merge.inserted, c.merge.removed, c.merge.changed,
        c.merge.fullRangeUpdate ? " full" : "     ", c.medianMs, c.minMs, reps);
    std::fflush(stdout);
    return c;
}

// The process's resident set (VmRSS), in bytes; 0 where /proc is not there.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

// Gives freed heap back to the system, so that each case's RSS growth is its own.
void trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// A poll of an HTTP instance: one frontend, `servers` servers in backends of 100, built as
// rows directly (parsing is not what is measured); advance() moves every counter by one
// second of traffic, in place.
class HistoryFeed
{
public:
    explicit HistoryFeed(int servers)
    {
        auto row = [](const QByteArray &proxy, const QByteArray &name, StatRow::Type type) {
            StatRow r;
            r.pxname = proxy;
            r.svname = name;
            r.type = type;
            r.stot = r.lbtot = r.bin = r.bout = r.hrsp2xx = r.hrsp3xx = r.hrsp4xx = r.hrsp5xx = 0;
            r.econ = r.eresp = 0;
            r.scur = r.qcur = r.rtime = r.ttime = 0;
            if (type != StatRow::Type::Server)
                r.reqTot = 0; // on 2.6, servers have no req_tot
            if (type == StatRow::Type::Frontend)
                r.lbtot = r.econ = r.qcur = r.rtime = r.ttime = StatRow::NoValue;
            return r;
        };
        m_snapshot->stat.rows.append(row("fe_main", "FRONTEND", StatRow::Type::Frontend));
        for (int b = 0; b * 100 < servers; ++b) {
            const QByteArray proxy = "be_" + QByteArray::number(b);
            for (int s = b * 100; s < std::min(servers, (b + 1) * 100); ++s)
                m_snapshot->stat.rows.append(
                    row(proxy, "srv_" + QByteArray::number(s), StatRow::Type::Server));
            m_snapshot->stat.rows.append(row(proxy, "BACKEND", StatRow::Type::Backend));
        }
    }

    qsizetype rows() const { return m_snapshot->stat.rows.size(); }

    // `seconds` of traffic later.
    SnapshotPtr advance(qint64 seconds)
    {
        m_seconds += seconds;
        m_snapshot->takenAtMs = Start + m_seconds * 1000;
        m_snapshot->monotonicMs = m_seconds * 1000;
        m_snapshot->sequence += 1;
        qint64 i = 0;
        for (StatRow &r : m_snapshot->stat.rows) {
            const qint64 n = ++i % 50 + 1; // each row its own rate
            auto bump = [&](qint64 &counter, qint64 perSecond) {
                if (StatRow::has(counter))
                    counter += perSecond * seconds;
            };
            bump(r.stot, n);
            bump(r.lbtot, n);
            bump(r.reqTot, n);
            bump(r.bin, n * 800);
            bump(r.bout, n * 20000);
            bump(r.hrsp2xx, n);
            bump(r.hrsp4xx, m_seconds % 7 == 0 ? 1 : 0);
            bump(r.hrsp5xx, m_seconds % 13 == 0 ? 1 : 0);
            if (StatRow::has(r.scur))
                r.scur = (n + m_seconds) % 20;
            if (StatRow::has(r.rtime))
                r.rtime = 10 + (n + m_seconds) % 30;
        }
        return m_snapshot;
    }

private:
    static constexpr qint64 Start = 1'700'000'400'000;
    std::shared_ptr<Snapshot> m_snapshot = std::make_shared<Snapshot>();
    qint64 m_seconds = 0;
};

struct HistoryMemory
{
    QByteArray name;
    int servers = 0;
    qsizetype rows = 0;
    int metrics = 0;
    qint64 polls = 0;
    qsizetype memoryBytes = 0;
    qsizetype projectedBytes = 0; // once every ring kept is full (7 days)
    int reduced = 0;
    int unrecorded = 0;
    qint64 rssGrowth = 0;
    double feedSeconds = 0;
};

// 24 h of history (plus the 1 s tier's 10 minutes, so every tier is as full as a day makes
// it), polled every `stepS` seconds.
HistoryMemory historyMemory(const QByteArray &name, int servers, const QList<Metric> &metrics, int stepS,
    qsizetype budget = std::numeric_limits<qsizetype>::max())
{
    trimHeap();
    const qint64 rssBefore = residentBytes();
    HistoryMemory m;
    m.name = name;
    m.servers = servers;
    m.metrics = int(metrics.size());
    QElapsedTimer timer;
    timer.start();
    {
        HistoryFeed feed(servers);
        InstanceHistory history;
        history.setBudgetBytes(budget);
        history.setRecordedMetrics(metrics);
        history.setMaxGapMs(std::max<qint64>(10'000, stepS * 1500));
        history.addSnapshot(feed.advance(0));
        const qint64 seconds = 86'400 + 600;
        for (qint64 t = stepS; t <= seconds; t += stepS) {
            history.addSnapshot(feed.advance(stepS));
            ++m.polls;
        }
        m.rows = feed.rows();
        m.memoryBytes = history.memoryBytes();
        m.projectedBytes = history.projectedBytes();
        m.reduced = history.reducedCount();
        m.unrecorded = history.unrecordedCount();
        m.rssGrowth = residentBytes() - rssBefore;
    }
    m.feedSeconds = double(timer.nsecsElapsed()) / 1e9;
    trimHeap();
    std::printf("history_24h_%-24s servers=%5d rows=%5lld metrics=%2d polls=%6lld memoryBytes=%7.1f MB "
                "rss_growth=%7.1f MB projected_7d=%7.1f MB reduced=%d unrecorded=%d (fed in %.1f s)\n",
        name.constData(), servers, static_cast<long long>(m.rows), m.metrics, static_cast<long long>(m.polls),
        double(m.memoryBytes) / 1e6, double(m.rssGrowth) / 1e6, double(m.projectedBytes) / 1e6, m.reduced,
        m.unrecorded, m.feedSeconds);
    std::fflush(stdout);
    return m;
}

struct HistoryCost
{
    QByteArray name;
    qsizetype rows = 0;
    double medianMs = 0;
    double minMs = 0;
    double holdMedianMs = 0; // the lock readers wait on
    double holdMaxMs = 0;
};

// addSnapshot every second, once the rings are warm (the first minutes allocate).
// Without a budget: the cost of recording everything.
HistoryCost historyCost(const QByteArray &name, int servers, const QList<Metric> &metrics)
{
    HistoryFeed feed(servers);
    InstanceHistory history;
    history.setBudgetBytes(std::numeric_limits<qsizetype>::max());
    history.setRecordedMetrics(metrics);
    for (int i = 0; i < 60; ++i)
        history.addSnapshot(feed.advance(1));
    QList<double> ms;
    QList<double> hold;
    for (int i = 0; i < 60; ++i) {
        const SnapshotPtr snapshot = feed.advance(1);
        QElapsedTimer timer;
        timer.start();
        history.addSnapshot(snapshot);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        hold.append(double(history.lastWriteHoldNs()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(hold.begin(), hold.end());
    HistoryCost c { name, feed.rows(), ms.at(ms.size() / 2), ms.first(), hold.at(hold.size() / 2),
        hold.last() };
    std::printf(
        "%-36s rows=%6lld median=%8.3f ms min=%8.3f ms lock_held median=%8.3f ms max=%8.3f ms (n=%lld)\n",
        name.constData(), static_cast<long long>(c.rows), c.medianMs, c.minMs, c.holdMedianMs, c.holdMaxMs,
        static_cast<long long>(ms.size()));
    std::fflush(stdout);
    return c;
}

// What HistoryStore::addSnapshot costs the thread that calls it (the GUI thread): it queues
// the snapshot for the store's worker. Each poll waits for the worker, as polls a second
// apart would.
HistoryCost storeCost(const QByteArray &name, int servers)
{
    HistoryFeed feed(servers);
    HistoryStore store;
    const QString id = QStringLiteral("bench");
    for (int i = 0; i < 60; ++i) {
        store.addSnapshot(id, std::make_shared<Snapshot>(*feed.advance(1)));
        store.waitForIdle();
    }
    QList<double> ms;
    for (int i = 0; i < 60; ++i) {
        // A copy: the worker reads it while the feed moves on, as a poller's snapshots are.
        const SnapshotPtr snapshot = std::make_shared<Snapshot>(*feed.advance(1));
        QElapsedTimer timer;
        timer.start();
        store.addSnapshot(id, snapshot);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        store.waitForIdle();
    }
    std::sort(ms.begin(), ms.end());
    HistoryCost c { name, feed.rows(), ms.at(ms.size() / 2), ms.first(), 0, ms.last() };
    std::printf("%-36s rows=%6lld median=%8.4f ms min=%8.4f ms max=%8.4f ms (n=%lld)\n", name.constData(),
        static_cast<long long>(c.rows), c.medianMs, c.minMs, ms.last(), static_cast<long long>(ms.size()));
    std::fflush(stdout);
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(HADESK_TEST_DATA_DIR) + QStringLiteral("/stat_26.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    Templates t;
    if (!t.load(file.readAll())) {
        std::fprintf(
            stderr, "%s: not a show stat answer with a frontend, a backend and a server\n", qPrintable(path));
        return 1;
    }

    // 100 backends of 100 servers: 10,000 servers, 10,101 rows.
    const Shape base;
    Shape changed = base;
    changed.generation = 1;
    Shape reversed = base;
    reversed.reversed = true;
    Shape lessBackends = base; // 10 whole backends gone: 10 ranges of 100 servers (+ their BACKEND rows)
    lessBackends.keep = [](int b, int) { return b % 10 != 3; };
    Shape lessScattered = base; // every 10th server gone: 1,000 ranges of one row
    lessScattered.keep = [](int, int s) { return s % 10 != 7; };

    const SnapshotPtr a = snapshotOf(t, base);
    const SnapshotPtr aAgain = snapshotOf(t, base);
    const SnapshotPtr b = snapshotOf(t, changed);
    const SnapshotPtr aReversed = snapshotOf(t, reversed);
    const SnapshotPtr aLessBackends = snapshotOf(t, lessBackends);
    const SnapshotPtr aLessScattered = snapshotOf(t, lessScattered);
    // 1% of the servers (every 100th) with one more current session.
    SnapshotPtr aFewChanged;
    {
        auto s = std::make_shared<Snapshot>(*a);
        for (qsizetype i = 1; i < s->stat.rows.size(); i += 100)
            s->stat.rows[i].scur += 1;
        aFewChanged = s;
    }
    std::printf("snapshot: %lld rows, %lld columns\n", static_cast<long long>(a->stat.rows.size()),
        static_cast<long long>(a->stat.columns.size()));

    // Two repetitions are enough to warm up when only the history's figures are wanted.
    const int reps = qEnvironmentVariableIntValue("HADESK_BENCH_ONLY_HISTORY") ? 2 : 30;
    QList<Case> cases;
    std::unique_ptr<StatTableModel> model;
    auto fresh = [&model] { model = std::make_unique<StatTableModel>(); };

    fresh();
    cases << measure(
        "fill_10k", reps, fresh, [&] { model->setSnapshot(a); }, model);
    // Each case measures the merge into `to` from a model that holds `from`.
    auto merge = [&](const QByteArray &name, const SnapshotPtr &from, const SnapshotPtr &to) {
        fresh();
        cases << measure(
            name, reps, [&] { model->setSnapshot(from); }, [&] { model->setSnapshot(to); }, model);
    };
    merge("merge_10k_unchanged", a, aAgain);
    merge("merge_10k_all_changed", a, b);
    merge("merge_10k_1pct_changed", a, aFewChanged);
    merge("merge_10k_reordered_unchanged", a, aReversed);
    merge("merge_remove_1k_10_backends", a, aLessBackends);
    merge("merge_insert_1k_10_backends", aLessBackends, a);
    merge("merge_remove_1k_scattered", a, aLessScattered);
    merge("merge_insert_1k_scattered", aLessScattered, a);

    // The same merges seen through the table's sort/filter proxy, sorted on a column
    // that changes (current sessions, descending), as a view would be.
    std::unique_ptr<StatFilterProxyModel> proxy;
    auto mergeThroughProxy = [&](const QByteArray &name, const SnapshotPtr &from, const SnapshotPtr &to,
                                 const QString &filter) {
        fresh();
        proxy = std::make_unique<StatFilterProxyModel>();
        proxy->setSourceModel(model.get());
        proxy->sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
        proxy->setFilterText(filter);
        proxy->applyFilterTextNow();
        cases << measure(
            name, reps / 2, [&] { model->setSnapshot(from); }, [&] { model->setSnapshot(to); }, model);
        proxy.reset();
    };
    mergeThroughProxy("proxy_sorted_10k_all_changed", a, b, QString());
    mergeThroughProxy("proxy_sorted_10k_1pct_changed", a, aFewChanged, QString());
    mergeThroughProxy("proxy_sorted_10k_unchanged", a, aAgain, QString());
    mergeThroughProxy("proxy_sorted_remove_1k_10_backends", a, aLessBackends, QString());
    mergeThroughProxy("proxy_filtered_10k_all_changed", a, b, QStringLiteral("be_4 srv_1"));

    // What a view asks for one screen: 50 rows, every column, display and raw roles.
    fresh();
    model->setSnapshot(a);
    qsizetype sink = 0; // keeps the calls from being optimised away
    cases << measure(
        "data_50_rows_all_columns", reps, [] {},
        [&] {
            for (int row = 5000; row < 5050; ++row) {
                for (int column = 0; column < StatTableModel::ColumnCount; ++column) {
                    const QModelIndex index = model->index(row, column);
                    sink += index.data(Qt::DisplayRole).toString().size();
                    sink += index.data(StatTableModel::RawRole).isValid();
                }
            }
        },
        model, false);
    if (sink == 0)
        std::fprintf(stderr, "no data?\n");

    // The traffic history.
    const int stepS = std::max(1, qEnvironmentVariableIntValue("HADESK_BENCH_HISTORY_STEP_S"));
    const QList<Metric> six { Metric::SessionRate, Metric::BytesInRate, Metric::BytesOutRate,
        Metric::Http5xxRate, Metric::CurrentSessions, Metric::ResponseTime };
    QList<HistoryMemory> memories;
    // HADESK_BENCH_HISTORY_MEMORY=0 skips the 24 h runs (only the per-poll costs then).
    if (qEnvironmentVariable("HADESK_BENCH_HISTORY_MEMORY") != QStringLiteral("0")) {
        memories << historyMemory("10k_servers_default_budget", 10'000,
            InstanceHistory::defaultRecordedMetrics(), stepS, InstanceHistory::DefaultBudgetBytes);
        memories << historyMemory("1k_servers_6_metrics", 1000, six, stepS);
        memories << historyMemory(
            "1k_servers_default_metrics", 1000, InstanceHistory::defaultRecordedMetrics(), stepS);
        memories << historyMemory("1k_servers_all_metrics", 1000, InstanceHistory::allMetrics(), stepS);
    }
    QList<HistoryCost> costs;
    costs << historyCost("history_add_1k_default_metrics", 1000, InstanceHistory::defaultRecordedMetrics());
    costs << historyCost(
        "history_add_10k_default_metrics", 10'000, InstanceHistory::defaultRecordedMetrics());
    costs << historyCost("history_add_10k_all_metrics", 10'000, InstanceHistory::allMetrics());
    costs << storeCost("history_store_queue_10k", 10'000);

    QByteArray json = R"({"bench":"models","cases":[)";
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","rows":)"
            + QByteArray::number(c.rows) + R"(,"inserted":)" + QByteArray::number(c.merge.inserted)
            + R"(,"removed":)" + QByteArray::number(c.merge.removed) + R"(,"changed":)"
            + QByteArray::number(c.merge.changed) + R"(,"full_range":)"
            + (c.merge.fullRangeUpdate ? "true" : "false") + R"(,"median_ms":)"
            + QByteArray::number(c.medianMs, 'f', 3) + R"(,"min_ms":)" + QByteArray::number(c.minMs, 'f', 3)
            + '}';
    }
    json += R"(],"history_step_s":)" + QByteArray::number(stepS) + R"(,"history_memory":[)";
    for (qsizetype i = 0; i < memories.size(); ++i) {
        const HistoryMemory &m = memories.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + m.name + R"(","servers":)"
            + QByteArray::number(m.servers) + R"(,"rows":)" + QByteArray::number(m.rows) + R"(,"metrics":)"
            + QByteArray::number(m.metrics) + R"(,"polls":)" + QByteArray::number(m.polls)
            + R"(,"memory_bytes":)" + QByteArray::number(m.memoryBytes) + R"(,"projected_bytes":)"
            + QByteArray::number(m.projectedBytes) + R"(,"reduced":)" + QByteArray::number(m.reduced)
            + R"(,"unrecorded":)" + QByteArray::number(m.unrecorded) + R"(,"rss_growth_bytes":)"
            + QByteArray::number(m.rssGrowth) + '}';
    }
    json += R"(],"history_add":[)";
    for (qsizetype i = 0; i < costs.size(); ++i) {
        const HistoryCost &c = costs.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","rows":)"
            + QByteArray::number(c.rows) + R"(,"median_ms":)" + QByteArray::number(c.medianMs, 'f', 3)
            + R"(,"min_ms":)" + QByteArray::number(c.minMs, 'f', 3) + R"(,"lock_held_median_ms":)"
            + QByteArray::number(c.holdMedianMs, 'f', 3) + R"(,"lock_held_max_ms":)"
            + QByteArray::number(c.holdMaxMs, 'f', 3) + '}';
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
