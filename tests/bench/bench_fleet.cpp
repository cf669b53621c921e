// hadesk across a fleet (issue 19, goal 5): 20 real haproxys of 500 servers each (50 backends
// of 10), each on its own admin socket, all opened in one SessionManager (one connection,
// poller and model per instance, one traffic history for all, as in the app) and polled every
// second, with one InstanceView showing the last one opened (the app shows one instance at a
// time, and each as it opens). Over a window: the GUI thread's lateness (a 4 ms timer's),
// hadesk's process CPU as a share of one core, and the haproxys' CPU, idle and polled.
//
//   bench_fleet [--instances N] [--backends N] [--servers N] [--window SECONDS]
//               [--idle-window SECONDS] [--interval MS]
//
// Needs a display or QT_QPA_PLATFORM=offscreen (scripts/bench-scale sets it up). Prints the
// figures, then one JSON object on the last line. Timings are figures, never assertions.

#include "core/client/poller.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "models/stattablemodel.h"
#include "tests/bench/benchscale_measure.h"
#include "tests/bench/benchscale_probe.h"
#include "tests/support/haproxyfixture.h"
#include "views/instanceview.h"
#include "views/pollfocus.h"
#include "views/processinfobar.h"

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace BenchMeasure;
using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int instances = 20;
    int backends = 50;
    int servers = 10;
    int window = 30; // seconds polled and measured
    int idleWindow = 10; // seconds of the haproxys alone first; 0: none
    int interval = 1000; // ms between polls
};

bool parseOptions(const QStringList &arguments, Options *options)
{
    const QList<std::pair<QString, int *>> names = { { u"--instances"_s, &options->instances },
        { u"--backends"_s, &options->backends }, { u"--servers"_s, &options->servers },
        { u"--window"_s, &options->window }, { u"--idle-window"_s, &options->idleWindow },
        { u"--interval"_s, &options->interval } };
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments.at(i + 1).toInt(&ok) : 0;
        if (!ok || value < 0 || (value == 0 && name != u"--idle-window"))
            return false;
        const auto found =
            std::find_if(names.cbegin(), names.cend(), [&name](const auto &n) { return n.first == name; });
        if (found == names.cend())
            return false;
        *found->second = value;
    }
    return true;
}

double totalCpuMs(const QList<pid_t> &pids)
{
    double total = 0;
    for (const pid_t pid : pids)
        total += std::max(0.0, processCpuMs(pid));
    return total;
}

// The haproxys' CPU over ms of event loop, in ms per second.
double haproxyMsPerSecond(const QList<pid_t> &pids, int ms)
{
    QElapsedTimer timer;
    timer.start();
    const double start = totalCpuMs(pids);
    waitMs(ms);
    return (totalCpuMs(pids) - start) / (msSince(timer) / 1000);
}

} // namespace

// long-function: the fleet's one run, start to JSON, in the order it is printed
int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    Options options;
    if (!parseOptions(app.arguments(), &options)) {
        std::fprintf(stderr,
            "usage: bench_fleet [--instances N] [--backends N] [--servers N] [--window SECONDS] "
            "[--idle-window SECONDS] [--interval MS]\n");
        return 2;
    }
    const int serversEach = options.backends * options.servers;
    std::printf("machine: %d CPU(s), load average %s, platform %s\n", QThread::idealThreadCount(),
        loadAverage().constData(), qPrintable(QGuiApplication::platformName()));

    HaproxyFixture::Options fixtureOptions;
    fixtureOptions.body = configBody(options.backends, options.servers);
    fixtureOptions.statsTimeoutSeconds = 60;
    std::vector<std::unique_ptr<HaproxyFixture>> fleet;
    QList<pid_t> pids;
    QElapsedTimer startTimer;
    startTimer.start();
    for (int i = 0; i < options.instances; ++i) {
        fleet.push_back(std::make_unique<HaproxyFixture>(fixtureOptions));
        if (!fleet.back()->start()) {
            std::fprintf(
                stderr, "haproxy %d did not start: %s\n", i, qPrintable(fleet.back()->errorString()));
            return 1;
        }
        const pid_t worker = fleet.back()->workerPid();
        pids << (worker > 0 ? worker : fleet.back()->pid());
    }
    std::printf("fleet: %d x %s, %d backends x %d servers = %d servers each, %d in all, started in %.1f s\n",
        options.instances, qPrintable(fleet.front()->version()), options.backends, options.servers,
        serversEach, serversEach * options.instances, msSince(startTimer) / 1000);
    const double idle = options.idleWindow > 0 ? haproxyMsPerSecond(pids, options.idleWindow * 1000) : 0;

    // As the app: every instance in one SessionManager, one view on the first.
    SessionManager manager;
    InstanceView view;
    // About the room the instance view has in the main window's default 1280x760, below its
    // menu, toolbar and instance tabs and above its status bar.
    view.resize(1280, 640);
    view.show();
    QList<int> received(options.instances, 0);
    int snapshots = 0;
    // As the app: each instance is shown as it opens (the view and its poll focus move to it),
    // the last one stays shown; the others poll as instances off screen do.
    PollFocus pollFocus(&view);
    for (int i = 0; i < options.instances; ++i) {
        ConnectionProfile profile;
        profile.endpoint = fleet.at(std::size_t(i))->adminSocket();
        InstanceSession *session =
            manager.open(profile, Endpoint::parse(profile.endpoint).value(), options.interval);
        QObject::connect(session, &InstanceSession::snapshotApplied, session, [&received, &snapshots, i] {
            ++received[i];
            ++snapshots;
        });
        view.setModel(session->model());
        pollFocus.setPoller(session->poller());
    }
    InstanceSession *shown = manager.sessions().constLast();
    QObject::connect(shown, &InstanceSession::snapshotApplied, &view, [&view](const SnapshotPtr &snapshot) {
        view.infoBar()->setSnapshot(snapshot);
        if (view.model()->rowCount() > 0)
            view.fitColumnsOnce();
    });
    const bool allPolled = waitUntil(
        [&received] { return std::all_of(received.cbegin(), received.cend(), [](int n) { return n >= 2; }); },
        60000);
    if (!allPolled) {
        std::fprintf(stderr, "not every instance was polled twice in 60 s\n");
        return 1;
    }
    waitMs(2000); // past the first layouts and the column fit

    LatencyProbe probe;
    QElapsedTimer window;
    window.start();
    snapshots = 0;
    const double selfStart = selfCpuMs();
    const double guiStart = threadCpuMs();
    const double haproxyStart = totalCpuMs(pids);
    probe.start();
    app.recording = true;
    waitMs(options.window * 1000);
    app.recording = false;
    probe.stop();
    const double seconds = msSince(window) / 1000;
    const double hadeskPercent = (selfCpuMs() - selfStart) / (seconds * 1000) * 100;
    const double guiPercent = (threadCpuMs() - guiStart) / (seconds * 1000) * 100;
    const double haproxyPerSecond = (totalCpuMs(pids) - haproxyStart) / seconds;
    const int expected = int(seconds * 1000 / options.interval) * options.instances;
    const double maxLateness = maximum(probe.lateness());
    const bool met = maxLateness <= 16 && hadeskPercent <= 10;

    std::printf("goal 5. fleet of %d instances x %d servers, polled every %d ms, one shown (%.1f s)\n",
        options.instances, serversEach, options.interval, seconds);
    std::printf("   GUI thread %s\n", probe.summary().constData());
    std::printf("   lateness max %.2f ms (goal <= 16), hadesk CPU %.1f %% of one core (goal <= 10; the GUI "
                "thread %.1f %%)\n",
        maxLateness, hadeskPercent, guiPercent);
    std::printf("   %d snapshots in the window (about %d at one per interval each)\n", snapshots, expected);
    const Poller *hidden = manager.sessions().constFirst()->poller();
    // An empty focus: nothing of that instance on screen (show info alone between full polls).
    std::printf(
        "   poll plan: the shown instance focused on %d proxies, full every %.1f s; the others on %d, full "
        "every %.1f s\n",
        int(shown->poller()->focus().size()), shown->poller()->fullPollIntervalMs() / 1000.0,
        int(hidden->focus().size()), hidden->fullPollIntervalMs() / 1000.0);
    std::printf(
        "   the %d haproxys: %.2f ms/s of CPU polled, %.2f ms/s idle (%.2f ms/s per instance for hadesk)\n",
        options.instances, haproxyPerSecond, idle, (haproxyPerSecond - idle) / options.instances);
    for (const TimingApplication::Slowest &event : std::as_const(app.slowest))
        std::printf("   slow event: %.2f ms CPU, %s\n", event.ms, event.what.constData());
    std::printf("   goal 5 %s\n", met ? "met" : "NOT met");

    const QByteArray json = R"({"bench":"fleet","instances":)" + QByteArray::number(options.instances)
        + ",\"serversEach\":" + QByteArray::number(serversEach)
        + ",\"intervalMs\":" + QByteArray::number(options.interval) + ',' + jsonNumber("seconds", seconds, 1)
        + ",\"loadavg\":\"" + loadAverage() + "\",\"lateness\":{" + probe.json() + "},"
        + jsonNumber("hadeskCpuPercent", hadeskPercent, 2) + ','
        + jsonNumber("guiThreadCpuPercent", guiPercent, 2) + ",\"snapshots\":" + QByteArray::number(snapshots)
        + ',' + jsonNumber("haproxyMsPerS", haproxyPerSecond) + ',' + jsonNumber("haproxyIdleMsPerS", idle)
        + ",\"goalLatenessMs\":16,\"goalCpuPercent\":10,\"met\":" + (met ? "true" : "false") + '}';
    std::printf("%s\n", json.constData());
    manager.closeAll();
    return 0;
}
