// hadesk at production scale, against a real haproxy with 1,000 backends of 10 servers
// (10,000 servers), all measured in one run on one machine:
//   1. a full refresh: HAProxy's own time for `show stat` (fresh raw socket, median of N)
//      against hadesk's time to parse it, merge it into StatTableModel and signal it through
//      a sorted StatFilterProxyModel (median of N; every merge changes every row)
//   2. the GUI thread's longest stalls while an InstanceSession (poller, model, traffic
//      history) refreshes a visible, sorted StatTableView every second (an event-loop latency
//      probe: a 4 ms timer's lateness, and the GUI thread's CPU time between its ticks)
//   3. scoped polling: `show stat <backend> -1 -1` of one backend against a full `show stat`
//   4. memory (VmRSS) after 10, 100 and 300 fast refreshes with the table visible, and
//      after 24 h of simulated history (InstanceHistory's default budget)
// and two of issue 19's goals:
//   goal 1. HAProxy's own CPU answering hadesk (benchscale_balancer.h), idle first
//   goal 4. the stalls of 2. again while two other processes keep both CPUs busy
//
//   bench_scale [--refreshes N] [--memory-refreshes N] [--samples N] [--backends N] [--servers N]
//               [--history 0|1] [--window SECONDS (0: no goal 1)] [--load 0|1|2 (goal 4)]
//
// Needs a display or QT_QPA_PLATFORM=offscreen (scripts/bench-scale sets it up). Prints one
// line per figure, then one JSON object on the last line. Timings are figures, never
// assertions.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/historystore.h"
#include "models/instancesession.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/bench/benchscale_balancer.h"
#include "tests/bench/benchscale_cpuload.h"
#include "tests/bench/benchscale_measure.h"
#include "tests/bench/benchscale_probe.h"
#include "tests/support/haproxyfixture.h"
#include "views/stattableview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace BenchMeasure;
using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int backends = 1000;
    int servers = 10;
    int samples = 15; // for medians of 1. and 3.
    int refreshes = 30; // at 1 s, for 2. and again under load for goal 4
    int memoryRefreshes = 300; // at Poller::MinIntervalMs, for 4.
    int history = 1; // 0: skip the 24 h history simulation (half a minute of CPU)
    int window = 30; // seconds of each of goal 1's windows; 0: skip goal 1
    // Goal 4, the stalls again while two processes keep the CPUs busy: 1 each in a session of its
    // own (as programs started elsewhere), 2 in hadesk's session, 0 skipped.
    int load = 1;
};

bool parseOptions(const QStringList &arguments, Options *options)
{
    const QList<std::pair<QString, int *>> names = { { u"--backends"_s, &options->backends },
        { u"--servers"_s, &options->servers }, { u"--samples"_s, &options->samples },
        { u"--refreshes"_s, &options->refreshes }, { u"--memory-refreshes"_s, &options->memoryRefreshes },
        { u"--history"_s, &options->history }, { u"--window"_s, &options->window },
        { u"--load"_s, &options->load } };
    const QStringList zeroAllowed = { u"--history"_s, u"--window"_s, u"--load"_s };
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments.at(i + 1).toInt(&ok) : 0;
        if (!ok || value < 0 || (value == 0 && !zeroAllowed.contains(name)))
            return false;
        const auto found =
            std::find_if(names.cbegin(), names.cend(), [&name](const auto &n) { return n.first == name; });
        if (found == names.cend())
            return false;
        *found->second = value;
    }
    return true;
}

// `line` over a fresh connection to the admin socket, as any CLI client sends it; the
// milliseconds from connecting to the last byte in *ms.
QByteArray timedRawCommand(const QString &socket, const QByteArray &line, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    RawConnection connection;
    QByteArray answer;
    if (connection.connectToUnix(socket, 10000))
        answer = connection.command(line, 30000);
    *ms = msSince(timer);
    return answer;
}

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    Options options;
    if (!parseOptions(app.arguments(), &options)) {
        std::fprintf(stderr,
            "usage: bench_scale [--refreshes N] [--memory-refreshes N] [--samples N] [--backends N] "
            "[--servers N] [--history 0|1] [--window SECONDS] [--load 0|1|2]\n");
        return 2;
    }
    const int totalServers = options.backends * options.servers;
    std::printf("machine: %d CPU(s), load average %s, platform %s\n", QThread::idealThreadCount(),
        loadAverage().constData(), qPrintable(QGuiApplication::platformName()));

    HaproxyFixture::Options fixtureOptions;
    fixtureOptions.body = configBody(options.backends, options.servers);
    fixtureOptions.statsTimeoutSeconds = 60;
    HaproxyFixture haproxy(fixtureOptions);
    QElapsedTimer startTimer;
    startTimer.start();
    if (!haproxy.start()) {
        std::fprintf(stderr, "haproxy did not start: %s\n", qPrintable(haproxy.errorString()));
        return 1;
    }
    std::printf("haproxy: %s, %d backends x %d servers = %d servers, started in %.0f ms\n",
        qPrintable(haproxy.version()), options.backends, options.servers, totalServers, msSince(startTimer));

    // Goal 1 first, while nothing else talks to HAProxy: its idle is the anchor.
    QByteArray goal1Json = "null";
    if (options.window > 0) {
        waitMs(2000); // past the start's own work
        goal1Json = '{' + measureBalancerCost(haproxy, options.window) + '}';
    }

    // 1. Full refresh: HAProxy's time against hadesk's, sample by sample on the same answers.
    // A second between samples moves every row's lastchg, so every merge changes every row
    // (the costliest merge: one full-range dataChanged the sorted proxy must re-sort).
    StatTableModel model;
    StatFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(StatTableModel::LastChange, Qt::DescendingOrder);
    // The same merges without a proxy, to tell the model's share from the sorting proxy's.
    StatTableModel bareModel;
    QList<double> haproxyMs, hadeskMs, parseMs, mergeMs, bareMergeMs, releaseMs;
    qsizetype answerBytes = 0;
    qsizetype rows = 0;
    for (int i = 0; i <= options.samples; ++i) {
        if (i > 0)
            QThread::msleep(1050);
        double rawMs = 0;
        const QByteArray answer = timedRawCommand(haproxy.adminSocket(), "show stat", &rawMs);
        QElapsedTimer timer;
        timer.start();
        Result<StatTable> table = StatParser::parse(answer);
        if (!table) {
            std::fprintf(stderr, "show stat did not parse: %s\n", qPrintable(table.error()));
            return 1;
        }
        const double parsed = msSince(timer);
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->sequence = quint64(i + 1);
        snapshot->stat = std::move(table).value();
        SnapshotPtr previous = model.snapshot(); // released apart below, as part of the total
        model.setSnapshot(snapshot);
        const double merged = msSince(timer);
        QElapsedTimer releaseTimer;
        releaseTimer.start();
        bareModel.setSnapshot(snapshot); // no longer the previous one's last holder...
        const double bare = msSince(releaseTimer);
        releaseTimer.start();
        previous.reset(); // ...this is: 11,000 rows freed
        const double released = msSince(releaseTimer);
        const double total = merged + released;
        answerBytes = answer.size();
        rows = snapshot->stat.rows.size();
        if (i == 0)
            continue; // the first one fills the model: an insertion, not a refresh
        haproxyMs << rawMs;
        hadeskMs << total;
        parseMs << parsed;
        mergeMs << merged - parsed;
        bareMergeMs << bare;
        releaseMs << released;
    }
    const double ratio = median(hadeskMs) / median(haproxyMs);
    std::printf("1. full refresh, %lld rows, %lld bytes (median of %d; sorted proxy, every row changed)\n",
        static_cast<long long>(rows), static_cast<long long>(answerBytes), options.samples);
    std::printf("   haproxy show stat      %8.2f ms\n", median(haproxyMs));
    std::printf("   hadesk parse           %8.2f ms\n", median(parseMs));
    std::printf("   hadesk merge + proxy   %8.2f ms (the model alone: %.2f ms)\n", median(mergeMs),
        median(bareMergeMs));
    std::printf("   hadesk release of the previous snapshot %.2f ms\n", median(releaseMs));
    std::printf(
        "   hadesk total           %8.2f ms  = %.3f x haproxy (goal <= 0.35)\n", median(hadeskMs), ratio);
    std::printf("   last merge: changed=%d fullRange=%d, proxy rows=%d\n", model.lastMerge().changed,
        int(model.lastMerge().fullRangeUpdate), proxy.rowCount());

    // 3. Scoped polling: one backend of all of them.
    const QByteArray scopedLine = "show stat be_" + QByteArray::number(options.backends / 2) + " -1 -1";
    QList<double> scopedMs, fullMs;
    qsizetype scopedBytes = 0;
    for (int i = 0; i < options.samples; ++i) {
        double ms = 0;
        scopedBytes = timedRawCommand(haproxy.adminSocket(), scopedLine, &ms).size();
        scopedMs << ms;
        timedRawCommand(haproxy.adminSocket(), "show stat", &ms);
        fullMs << ms;
    }
    std::printf("3. scoped polling (median of %d)\n", options.samples);
    std::printf("   %-28s %8.2f ms (%lld bytes)\n", scopedLine.constData(), median(scopedMs),
        static_cast<long long>(scopedBytes));
    std::printf(
        "   %-28s %8.2f ms (%lld bytes)\n", "show stat", median(fullMs), static_cast<long long>(answerBytes));

    // 2. The GUI thread while an InstanceSession refreshes the visible, sorted table every
    // second, as in the main window: its poller, its model and the traffic history (recorded on
    // the history's own thread).
    model.clear();
    HistoryStore historyStore;
    ConnectionProfile profile;
    profile.endpoint = haproxy.adminSocket();
    InstanceSession session(profile, Endpoint::parse(haproxy.adminSocket()).value(), 1000, &historyStore);
    proxy.setSourceModel(session.model());
    StatTableView view;
    view.setModel(&proxy);
    view.sortByColumn(StatTableModel::LastChange, Qt::DescendingOrder);
    view.resize(1400, 900);
    view.show();
    Poller &poller = *session.poller();
    QList<double> setSnapshotMs;
    int received = 0;
    QObject::connect(&session, &InstanceSession::snapshotApplied, &session, [&] {
        setSnapshotMs << double(session.lastMergeUs()) / 1000;
        ++received;
    });
    int historyUpdates = 0;
    QObject::connect(&historyStore, &HistoryStore::updated, &historyStore, [&] { ++historyUpdates; });
    session.open();
    if (!waitUntil([&] { return received >= 2; }, 60000)) {
        std::fprintf(stderr, "no snapshots from the poller\n");
        return 1;
    }
    waitMs(500); // the first layout and the column fit are not refreshes
    setSnapshotMs.clear();
    LatencyProbe probe;
    received = 0;
    probe.start();
    app.recording = true;
    int layouts = 0;
    const QMetaObject::Connection countLayouts =
        QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, [&layouts] { ++layouts; });
    waitUntil([&] { return received >= options.refreshes; }, options.refreshes * 5000);
    probe.stop();
    app.recording = false;
    QObject::disconnect(countLayouts);
    const QList<double> lateness = probe.lateness();
    const double stallMax = maximum(lateness);
    std::printf("2. GUI thread stalls, %d refreshes at %d ms, table visible, sorted on LastChange (%d probe "
                "ticks of %d ms)\n",
        received, poller.interval(), int(lateness.size()), LatencyProbe::IntervalMs);
    std::printf("   lateness max %.2f ms, p99 %.2f ms, median %.2f ms (goal max <= 16)\n", stallMax,
        percentile(lateness, 0.99), median(lateness));
    const QList<double> busy = probe.busy();
    const double busyMax = maximum(busy);
    std::printf("   GUI thread's own work in a stall (CPU time between two ticks beyond %d ms): max %.2f ms, "
                "p99 %.2f ms\n",
        LatencyProbe::IntervalMs, busyMax, percentile(busy, 0.99));
    std::printf("   the sort proxy re-sorted (layoutChanged) %d times in %d refreshes\n", layouts, received);
    const InstanceHistory *recorded = historyStore.find(session.id());
    std::printf(
        "   traffic history: %d snapshots recorded off the GUI thread, lock held %.2f ms by the last\n",
        historyUpdates, recorded ? double(recorded->lastWriteHoldNs()) / 1e6 : 0.0);
    for (const TimingApplication::Slowest &event : std::as_const(app.slowest))
        std::printf("   slow event: %.2f ms CPU, %s\n", event.ms, event.what.constData());
    const double mergeMax = maximum(setSnapshotMs);
    std::printf(
        "   merge into the model (and the sorted proxy) on the GUI thread: median %.2f ms, max %.2f ms\n",
        median(setSnapshotMs), mergeMax);

    // Goal 4: the same refreshes while two other processes keep both CPUs busy.
    QByteArray goal4Json = "null";
    if (options.load) {
        const QByteArray unloaded = probe.summary();
        const QByteArray unloadedJson = probe.json();
        CpuLoad load;
        load.start(2, options.refreshes * 5 + 60, options.load == 1);
        waitMs(1000); // the scheduler has placed them
        received = 0;
        probe.start();
        waitUntil([&] { return received >= options.refreshes; }, options.refreshes * 5000);
        probe.stop();
        load.stop();
        const double loadedMax = maximum(probe.lateness());
        std::printf(
            "goal 4. GUI thread lateness at %d servers, %d refreshes, while 2 busy processes (nice 0, %s; "
            "sched_autogroup_enabled=%d) keep the CPUs busy\n",
            totalServers, received, options.load == 1 ? "each in its own session" : "in hadesk's session",
            int(CpuLoad::autogroupEnabled()));
        std::printf("   loaded:   %s\n   unloaded: %s\n", probe.summary().constData(), unloaded.constData());
        std::printf(
            "   loaded max %.2f ms (goal <= 16): %s\n", loadedMax, loadedMax <= 16 ? "met" : "NOT met");
        goal4Json = "{\"servers\":" + QByteArray::number(totalServers) + ",\"loadSessions\":\""
            + (options.load == 1 ? "own" : "shared") + "\",\"loaded\":{" + probe.json() + "},\"unloaded\":{"
            + unloadedJson + "},\"goalMaxMs\":16,\"met\":" + (loadedMax <= 16 ? "true" : "false") + '}';
    }

    // 4. Memory over fast refreshes with the table visible.
    poller.setInterval(Poller::MinIntervalMs);
    received = 0;
    QList<std::pair<int, qint64>> rss;
    QList<int> marks = { 10, 100, options.memoryRefreshes };
    marks.removeIf([&options](int mark) { return mark > options.memoryRefreshes; });
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
    QElapsedTimer memoryTimer;
    memoryTimer.start();
    for (const int mark : std::as_const(marks)) {
        waitUntil([&] { return received >= mark; }, (mark - received + 1) * 5000);
        rss << std::pair { received, rssKiB() };
    }
    poller.stop();
    std::printf("4. memory (VmRSS) over refreshes at %d ms, table visible (%.0f s)\n", poller.interval(),
        double(memoryTimer.elapsed()) / 1000);
    for (const auto &[count, kib] : std::as_const(rss))
        std::printf("   after %4d refreshes: %7.1f MiB\n", count, double(kib) / 1024);

    QByteArray historyJson = "null";
    if (options.history) {
        // 24 h of history at one snapshot a minute of simulated time (the rings' memory is
        // allocated per object, so what counts is every object and every tier being reached).
        const qint64 before = rssKiB();
        InstanceHistory history;
        const SnapshotPtr last = poller.lastSnapshot();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 24ll * 3600 * 1000;
        for (int minute = 0; minute <= 24 * 60; ++minute) {
            auto snapshot = std::make_shared<Snapshot>(*last);
            snapshot->takenAtMs = start + qint64(minute) * 60000;
            snapshot->monotonicMs = qint64(minute) * 60000;
            history.addSnapshot(snapshot);
        }
        const qint64 after = rssKiB();
        std::printf("   24 h of simulated history: rings %.1f MiB, VmRSS %.1f MiB (+%.1f MiB)\n",
            double(history.memoryBytes()) / 1048576, double(after) / 1024, double(after - before) / 1024);
        std::printf("   budget %.0f MiB; once every ring is full (7 days) %.1f MiB; %d objects keep fewer "
                    "metrics, %d none\n",
            double(history.budgetBytes()) / 1048576, double(history.projectedBytes()) / 1048576,
            history.reducedCount(), history.unrecordedCount());
        historyJson = "{\"ringBytes\":" + QByteArray::number(history.memoryBytes())
            + ",\"projectedBytes\":" + QByteArray::number(history.projectedBytes())
            + ",\"budgetBytes\":" + QByteArray::number(history.budgetBytes())
            + ",\"reduced\":" + QByteArray::number(history.reducedCount())
            + ",\"unrecorded\":" + QByteArray::number(history.unrecordedCount())
            + ",\"rssKiB\":" + QByteArray::number(after) + '}';
    }

    QByteArray json = R"({"bench":"scale","servers":)" + QByteArray::number(totalServers)
        + ",\"rows\":" + QByteArray::number(rows) + ",\"answerBytes\":" + QByteArray::number(answerBytes)
        + ",\"loadavg\":\"" + loadAverage() + '"';
    json += ",\"fullRefresh\":{\"haproxyMs\":" + QByteArray::number(median(haproxyMs), 'f', 3)
        + ",\"parseMs\":" + QByteArray::number(median(parseMs), 'f', 3)
        + ",\"mergeMs\":" + QByteArray::number(median(mergeMs), 'f', 3)
        + ",\"modelOnlyMergeMs\":" + QByteArray::number(median(bareMergeMs), 'f', 3)
        + ",\"releaseMs\":" + QByteArray::number(median(releaseMs), 'f', 3)
        + ",\"hadeskMs\":" + QByteArray::number(median(hadeskMs), 'f', 3)
        + ",\"ratio\":" + QByteArray::number(ratio, 'f', 3) + '}';
    json += ",\"stall\":{\"refreshes\":" + QByteArray::number(options.refreshes) + ",\"maxMs\":"
        + QByteArray::number(stallMax, 'f', 3) + ",\"cpuMaxMs\":" + QByteArray::number(busyMax, 'f', 3)
        + ",\"p99Ms\":" + QByteArray::number(percentile(lateness, 0.99), 'f', 3)
        + ",\"medianMs\":" + QByteArray::number(median(lateness), 'f', 3)
        + ",\"setSnapshotMaxMs\":" + QByteArray::number(mergeMax, 'f', 3) + '}';
    json += ",\"scoped\":{\"scopedMs\":" + QByteArray::number(median(scopedMs), 'f', 3)
        + ",\"fullMs\":" + QByteArray::number(median(fullMs), 'f', 3) + '}';
    json += ",\"rssKiB\":{";
    for (qsizetype i = 0; i < rss.size(); ++i)
        json += (i ? "," : "") + ('"' + QByteArray::number(rss.at(i).first))
            + "\":" + QByteArray::number(rss.at(i).second);
    json += "},\"history24h\":" + historyJson;
    json += ",\"goal1\":" + goal1Json + ",\"goal4\":" + goal4Json + '}';
    std::printf("%s\n", json.constData());
    return 0;
}
