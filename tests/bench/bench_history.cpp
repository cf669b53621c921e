// The traffic history of a 10,000-server instance (1,000 backends of 10 servers and one
// frontend, the default recorded metrics and budget) once its rings hold 7 days: what it
// takes, who keeps what, how fast a chart reads it back, and what a poll costs.
//
//   bench_history [--step-s N] [--days D] [--budget-mib M] [--backends B] [--servers-each S]
//
// Feeding 604,800 one-second polls of 11,001 rows would take hours (~11 ms each), so the days
// are polled every N seconds (default 600; maxGapMs just above it): each poll's rates fill the
// N one-second slots of its interval and are passed on to the coarser tiers as N polls a
// second apart would pass them on. Every tier ends as full as a week of 1 s polls leaves it
// (the same slots, the same memory); only the values are steady over each interval. About
// 2 minutes on a shared 2-core machine; --days 1 for a quicker look.
// Then 1 s polls: every row read, and every row but 10 backends' carried over (Snapshot::
// staleRows, as Poller::setFocus() makes them). Prints the figures, then one JSON object on
// the last line.

#include "models/instancehistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr qint64 StartMs = 1'700'000'400'000; // wall clock, on a 10-minute boundary

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

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The rows of `show stat`, built directly (parsing is not what is measured). Each server has
// its own rate, swinging over the day; advance() moves the counters of the rows it reads.
class Feed
{
public:
    Feed(int backends, int serversEach)
    {
        const auto row = [](const QByteArray &proxy, const QByteArray &name, StatRow::Type type) {
            StatRow r;
            r.pxname = proxy;
            r.svname = name;
            r.type = type;
            r.stot = r.reqTot = r.lbtot = r.bin = r.bout = 0;
            r.hrsp2xx = r.hrsp3xx = r.hrsp4xx = r.hrsp5xx = r.econ = r.eresp = 0;
            r.scur = r.qcur = r.rtime = r.ttime = 0;
            return r;
        };
        m_rows.append(row("fe", "FRONTEND", StatRow::Type::Frontend));
        m_backendOf.append(-1);
        for (int b = 0; b < backends; ++b) {
            const QByteArray proxy = "be" + QByteArray::number(b);
            for (int s = 0; s < serversEach; ++s) {
                m_rows.append(row(proxy, "s" + QByteArray::number(s), StatRow::Type::Server));
                m_backendOf.append(b);
            }
            m_rows.append(row(proxy, "BACKEND", StatRow::Type::Backend));
            m_backendOf.append(b);
        }
        m_carry.resize(m_rows.size(), 0.0);
    }

    qsizetype rows() const { return m_rows.size(); }

    // The snapshot `stepS` seconds after the previous one. focusBackends >= 0: only the rows
    // of the frontend and of backends below it are read, the others carried over as they were.
    SnapshotPtr advance(qint64 stepS, int focusBackends = -1)
    {
        m_seconds += stepS;
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->takenAtMs = StartMs + m_seconds * 1000;
        snapshot->monotonicMs = 1'000'000 + m_seconds * 1000;
        if (focusBackends >= 0)
            snapshot->staleRows = QBitArray(m_rows.size());
        const double swing = 1.0 + 0.5 * std::sin(double(m_seconds) * 2 * std::numbers::pi / 86'400);
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (focusBackends >= 0 && m_backendOf.at(i) >= focusBackends) {
                snapshot->staleRows.setBit(i);
                continue;
            }
            StatRow &r = m_rows[i];
            // 0.1 to 50 sessions/s: some servers nearly idle, some busy.
            const double perSecond = r.isServer() ? 0.1 + double(i % 500) / 10 : 50.0 * 10;
            m_carry[size_t(i)] += perSecond * swing * double(stepS);
            const auto sessions = qint64(m_carry[size_t(i)]);
            m_carry[size_t(i)] -= double(sessions);
            r.stot += sessions;
            r.lbtot += sessions;
            r.reqTot += 2 * sessions;
            r.bin += 800 * sessions;
            r.bout += 25'000 * sessions;
            r.hrsp2xx += 2 * sessions;
            r.hrsp4xx += sessions / 50;
            r.scur = qint64(perSecond * swing * 0.2);
            r.qcur = r.scur / 20;
            r.rtime = 20 + i % 80;
            r.ttime = 40 + i % 80;
        }
        snapshot->stat.rows = m_rows;
        return snapshot;
    }

private:
    QList<StatRow> m_rows;
    QList<int> m_backendOf; // -1: the frontend
    std::vector<double> m_carry; // sessions not counted yet
    qint64 m_seconds = 0;
};

struct Options
{
    qint64 stepS = 600;
    int days = 7;
    qsizetype budgetBytes = InstanceHistory::DefaultBudgetBytes;
    int backends = 1000;
    int serversEach = 10;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The traffic history at 10,000 servers over 7 days."));
    parser.addHelpOption();
    const QCommandLineOption step(QStringLiteral("step-s"), QStringLiteral("Seconds between fed polls."),
        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption days(
        QStringLiteral("days"), QStringLiteral("Days fed."), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption budget(QStringLiteral("budget-mib"), QStringLiteral("Memory budget."),
        QStringLiteral("M"), QString::number(InstanceHistory::DefaultBudgetBytes / 1048576));
    const QCommandLineOption backends(
        QStringLiteral("backends"), QStringLiteral("Backends."), QStringLiteral("B"), QStringLiteral("1000"));
    const QCommandLineOption each(QStringLiteral("servers-each"), QStringLiteral("Servers a backend."),
        QStringLiteral("S"), QStringLiteral("10"));
    parser.addOptions({ step, days, budget, backends, each });
    parser.process(app);
    Options o;
    o.stepS = std::clamp<qint64>(parser.value(step).toLongLong(), 1, 600);
    o.days = std::clamp(parser.value(days).toInt(), 1, 30);
    o.budgetBytes = std::max<qsizetype>(1, parser.value(budget).toLongLong()) * 1048576;
    o.backends = std::clamp(parser.value(backends).toInt(), 1, 100'000);
    o.serversEach = std::clamp(parser.value(each).toInt(), 1, 1000);
    return o;
}

// Servers keeping every recorded metric, the three reduced ones, fewer, none.
struct Kept
{
    int every = 0, reduced = 0, fewer = 0, none = 0, proxiesKeepingEvery = 0, proxies = 0;
};

Kept keptBy(const InstanceHistory &history, int servers)
{
    const QList<Metric> recorded = history.recordedMetrics();
    Kept k;
    const QStringList keys = history.keys();
    for (const QString &key : keys) {
        const QList<Metric> kept = history.keptMetrics(key);
        if (!key.startsWith(u's')) {
            ++k.proxies;
            k.proxiesKeepingEvery += kept == recorded;
        } else if (kept == recorded) {
            ++k.every;
        } else if (kept == InstanceHistory::reducedMetrics()) {
            ++k.reduced;
        } else if (!kept.isEmpty()) {
            ++k.fewer;
        }
    }
    k.none = servers - k.every - k.reduced - k.fewer; // with the ones not even tracked
    return k;
}

// What a chart asks when it shows 50 series over `rangeMs` at ~1,000 points: milliseconds for
// all 50, the median of 21 rounds; `points` the points one series got.
double readBack(const InstanceHistory &history, qint64 nowMs, qint64 rangeMs, int backends, qsizetype *points)
{
    QList<double> ms;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer timer;
        timer.start();
        qsizetype got = 0;
        for (int i = 0; i < 50; ++i) {
            const QString key = QStringLiteral("s/be%1/s%2").arg((i * 37) % backends).arg(i % 10);
            const Metric metric = InstanceHistory::reducedMetrics().at(i % 3);
            got += history.series(key, metric, nowMs - rangeMs, nowMs, 1000).size();
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        *points = got / 50;
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app);
    Feed feed(o.backends, o.serversEach);
    const int servers = o.backends * o.serversEach;
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    const qint64 rssBefore = residentBytes();

    InstanceHistory history;
    history.setBudgetBytes(o.budgetBytes);
    history.setMaxGapMs(std::max<qint64>(10'000, o.stepS * 1000 + 100'000));
    QElapsedTimer feeding;
    feeding.start();
    history.addSnapshot(feed.advance(0));
    const qint64 polls = qint64(o.days) * 86'400 / o.stepS + 600 / o.stepS;
    for (qint64 i = 0; i < polls; ++i)
        history.addSnapshot(feed.advance(o.stepS));
    const double feedS = double(feeding.nsecsElapsed()) / 1e9;
    const qint64 nowMs = history.lastTimeMs();
    const qint64 rss = residentBytes();
    const Kept kept = keptBy(history, servers);
    std::printf("instance: %d servers in %d backends, %lld rows, %d days fed as %lld polls %lld s apart "
                "(%.1f s)\n",
        servers, o.backends, static_cast<long long>(feed.rows()), o.days, static_cast<long long>(polls),
        static_cast<long long>(o.stepS), feedS);
    std::printf("budget=%.1f MiB projected=%.1f MiB memory=%.1f MiB vmrss=%.1f MiB rss_growth=%.1f MiB\n",
        double(history.budgetBytes()) / 1048576, double(history.projectedBytes()) / 1048576,
        double(history.memoryBytes()) / 1048576, double(rss) / 1048576, double(rss - rssBefore) / 1048576);
    std::printf("servers keeping every recorded metric=%d the 3 reduced=%d fewer=%d none=%d; frontends and "
                "backends keeping every recorded metric=%d of %d\n",
        kept.every, kept.reduced, kept.fewer, kept.none, kept.proxiesKeepingEvery, kept.proxies);
    std::printf("history spans %.2f days\n", double(nowMs - history.firstTimeMs()) / 86'400'000);

    qsizetype points24h = 0;
    qsizetype points7d = 0;
    const double read24h = readBack(history, nowMs, 86'400'000, o.backends, &points24h);
    const double read7d = readBack(history, nowMs, qint64(o.days) * 86'400'000, o.backends, &points7d);
    std::printf(
        "read back 50 series, 24 h: %.3f ms (%lld points each); %d days: %.3f ms (%lld points each)\n",
        read24h, static_cast<long long>(points24h), o.days, read7d, static_cast<long long>(points7d));

    // Polls a second apart from now on: every row read, then only 10 backends' (and the
    // frontend's), the rest carried over.
    history.setMaxGapMs(10'000);
    const auto pollCost = [&](int focus, double *holdMs) {
        QList<double> ms;
        QList<double> hold;
        for (int i = 0; i < 40; ++i) {
            const SnapshotPtr snapshot = feed.advance(1, focus);
            QElapsedTimer timer;
            timer.start();
            history.addSnapshot(snapshot);
            if (i >= 10) { // the first ones move the rings into the 1 s pace
                ms.append(double(timer.nsecsElapsed()) / 1e6);
                hold.append(double(history.lastWriteHoldNs()) / 1e6);
            }
        }
        *holdMs = median(hold);
        return median(ms);
    };
    double holdAll = 0;
    double holdFocus = 0;
    const double pollAll = pollCost(-1, &holdAll);
    const double pollFocus = pollCost(10, &holdFocus);
    std::printf("addSnapshot per 1 s poll: every row read %.3f ms (lock held %.3f ms); 10 backends read, "
                "the rest carried over %.3f ms (lock held %.3f ms)\n",
        pollAll, holdAll, pollFocus, holdFocus);

    std::printf(
        "{\"bench\":\"history\",\"servers\":%d,\"backends\":%d,\"rows\":%lld,\"days\":%d,\"step_s\":%lld,"
        "\"budget_bytes\":%lld,\"projected_bytes\":%lld,\"memory_bytes\":%lld,\"vmrss_bytes\":%lld,"
        "\"rss_growth_bytes\":%lld,\"servers_every_metric\":%d,\"servers_reduced_3\":%d,"
        "\"servers_fewer\":%d,\"servers_none\":%d,\"proxies_every_metric\":%d,\"proxies\":%d,"
        "\"read_50_series_24h_ms\":%.3f,\"read_50_series_7d_ms\":%.3f,\"poll_all_rows_ms\":%.3f,"
        "\"poll_focus_ms\":%.3f,\"lock_held_all_ms\":%.3f,\"lock_held_focus_ms\":%.3f,"
        "\"feed_s\":%.1f}\n",
        servers, o.backends, static_cast<long long>(feed.rows()), o.days, static_cast<long long>(o.stepS),
        static_cast<long long>(history.budgetBytes()), static_cast<long long>(history.projectedBytes()),
        static_cast<long long>(history.memoryBytes()), static_cast<long long>(rss),
        static_cast<long long>(rss - rssBefore), kept.every, kept.reduced, kept.fewer, kept.none,
        kept.proxiesKeepingEvery, kept.proxies, read24h, read7d, pollAll, pollFocus, holdAll, holdFocus,
        feedS);
    return 0;
}
