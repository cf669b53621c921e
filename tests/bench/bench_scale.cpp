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
//
//   bench_scale [--refreshes N] [--memory-refreshes N] [--samples N] [--backends N] [--servers N]
//               [--history 0|1]
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
#include "tests/support/haproxyfixture.h"
#include "views/stattableview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int backends = 1000;
    int servers = 10;
    int samples = 15; // for medians of 1. and 3.
    int refreshes = 60; // at 1 s, for 2.
    int memoryRefreshes = 300; // at Poller::MinIntervalMs, for 4.
    int history = 1; // 0: skip the 24 h history simulation (half a minute of CPU)
};

bool parseOptions(const QStringList &arguments, Options *options)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments.at(i + 1).toInt(&ok) : 0;
        if (!ok || value < 0 || (value == 0 && name != u"--history"))
            return false;
        if (name == u"--backends")
            options->backends = value;
        else if (name == u"--servers")
            options->servers = value;
        else if (name == u"--samples")
            options->samples = value;
        else if (name == u"--refreshes")
            options->refreshes = value;
        else if (name == u"--memory-refreshes")
            options->memoryRefreshes = value;
        else if (name == u"--history")
            options->history = value;
        else
            return false;
        ++i;
    }
    return true;
}

// Servers on a port nobody listens on, without checks: HAProxy lists them as "no check" and
// never connects. Built directly as text so 10,000 servers take milliseconds.
QString configBody(const Options &options)
{
    QString body;
    body.reserve(options.backends * (40 + options.servers * 40));
    body += u"frontend fe\n    bind 127.0.0.1:${PORT:fe}\n    default_backend be_0\n"_s;
    for (int b = 0; b < options.backends; ++b) {
        body += u"\nbackend be_"_s + QString::number(b) + u"\n    balance roundrobin\n"_s;
        for (int s = 0; s < options.servers; ++s)
            body += u"    server s"_s + QString::number(s) + u" 127.0.0.1:1\n"_s;
    }
    return body;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Resident memory of this process in KiB, from /proc/self/status (0 where there is none).
qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
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

// CPU time this thread has used: unlike wall-clock lateness, not inflated when other
// processes take the cores (a loaded CI machine), so it tells hadesk's own share of a stall.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Times every event the GUI thread delivers (outermost only) and keeps the slowest, so a
// stall can be put down to what caused it: a paint, a queued snapshot, a layout.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slowest
    {
        double ms = 0;
        QByteArray what;
    };
    bool recording = false;
    QList<Slowest> slowest; // the 5 slowest, slowest first

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const double start = threadCpuMs();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double ms = threadCpuMs() - start;
        --m_depth;
        if (slowest.size() < 5 || ms > slowest.last().ms) {
            Slowest entry { ms,
                QByteArray(receiver->metaObject()->className()) + " event " + QByteArray::number(type) };
            slowest.insert(std::upper_bound(slowest.begin(), slowest.end(), entry,
                               [](const Slowest &a, const Slowest &b) { return a.ms > b.ms; }),
                entry);
            if (slowest.size() > 5)
                slowest.removeLast();
        }
        return result;
    }

private:
    int m_depth = 0;
};

// The lateness of a fast timer's firings: how long the event loop was kept from serving it,
// and how much of that the GUI thread spent working (CPU time between two firings).
class LatencyProbe : public QObject
{
public:
    static constexpr int IntervalMs = 4;

    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
    }
    void start()
    {
        m_lateness.clear();
        m_busy.clear();
        m_last.start();
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QList<double> &lateness() const { return m_lateness; }
    const QList<double> &busy() const { return m_busy; }

private:
    void tick()
    {
        const double gap = msSince(m_last);
        m_last.start();
        m_lateness.append(std::max(0.0, gap - IntervalMs));
        // The CPU time used beyond the interval itself: the part of the lateness that was
        // this thread's own work.
        const double cpu = threadCpuMs();
        m_busy.append(std::max(0.0, cpu - m_lastCpuMs - IntervalMs));
        m_lastCpuMs = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_last;
    double m_lastCpuMs = 0;
    QList<double> m_lateness;
    QList<double> m_busy;
};

void waitMs(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// Runs the event loop until done() or timeoutMs.
template<typename Done>
bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    Options options;
    if (!parseOptions(app.arguments(), &options)) {
        std::fprintf(stderr,
            "usage: bench_scale [--refreshes N] [--memory-refreshes N] [--samples N] [--backends N] "
            "[--servers N] [--history 0|1]\n");
        return 2;
    }
    const int totalServers = options.backends * options.servers;
    std::printf("machine: %d CPU(s), load average %s, platform %s\n", QThread::idealThreadCount(),
        loadAverage().constData(), qPrintable(QGuiApplication::platformName()));

    HaproxyFixture::Options fixtureOptions;
    fixtureOptions.body = configBody(options);
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
    const double stallMax = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    std::printf("2. GUI thread stalls, %d refreshes at %d ms, table visible, sorted on LastChange (%d probe "
                "ticks of %d ms)\n",
        received, poller.interval(), int(lateness.size()), LatencyProbe::IntervalMs);
    std::printf("   lateness max %.2f ms, p99 %.2f ms, median %.2f ms (goal max <= 16)\n", stallMax,
        percentile(lateness, 0.99), median(lateness));
    const QList<double> busy = probe.busy();
    const double busyMax = busy.isEmpty() ? 0 : *std::max_element(busy.cbegin(), busy.cend());
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
    const double mergeMax =
        setSnapshotMs.isEmpty() ? 0 : *std::max_element(setSnapshotMs.cbegin(), setSnapshotMs.cend());
    std::printf(
        "   merge into the model (and the sorted proxy) on the GUI thread: median %.2f ms, max %.2f ms\n",
        median(setSnapshotMs), mergeMax);

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
    json += "},\"history24h\":" + historyJson + '}';
    std::printf("%s\n", json.constData());
    return 0;
}
