#include "tests/bench/benchscale_balancer.h"

#include "core/client/poller.h"
#include "models/historystore.h"
#include "models/instancesession.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/bench/benchscale_measure.h"
#include "tests/support/haproxyfixture.h"
#include "views/instanceview.h"
#include "views/pollfocus.h"
#include "views/stattableview.h"

#include <QItemSelectionModel>
#include <QSet>

#include <cstdio>
#include <memory>

using namespace BenchMeasure;
using namespace Qt::StringLiterals;

namespace {

enum class Screen {
    Full, // no focus: a full `show stat` at every poll (before issue 19)
    Default, // a backend selected in the side list: its servers and the side list on screen
    AllServers, // no backend selected: every server listed
};

struct Window
{
    double haproxyMs = 0; // HAProxy's CPU in the window
    double seconds = 0;
    int polls = 0;
    int fullPolls = 0; // snapshots with no stale row
    int staleFocused = 0; // snapshots where a row of a focused proxy was stale
    int focusSize = 0;
    int fullPollIntervalMs = 0;
    bool complete = false;

    double msPerSecond(double idle) const { return seconds > 0 ? haproxyMs / seconds - idle : 0; }
};

// What the screen shows in the InstanceView: a backend selected, or none (all servers listed).
void arrangeScreen(InstanceView *view, Screen screen)
{
    QItemSelectionModel *selection = view->backendsView()->selectionModel();
    if (screen == Screen::Default) {
        const QModelIndex first = view->backendsView()->model()->index(0, 0);
        selection->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        selection->clearSelection();
    }
    view->showServers();
}

// Whether every row of a focused proxy in snapshot is fresh.
bool focusedRowsFresh(const Snapshot &snapshot, const QSet<QByteArray> &focus)
{
    const QList<StatRow> &rows = snapshot.stat.rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!snapshot.isFresh(i) && focus.contains(rows.at(i).pxname))
            return false;
    }
    return true;
}

// From one full poll's answers to a later one's (at least windowMs apart): HAProxy's CPU for
// exactly the polls in between and the last full one.
// long-function: one measurement, its signal handler and its waits read best together
Window measureWindow(InstanceSession *session, pid_t pid, int windowMs)
{
    Poller *poller = session->poller();
    Window window;
    window.fullPollIntervalMs = poller->fullPollIntervalMs();
    QSet<QByteArray> focus;
    for (const QString &name : poller->focus())
        focus.insert(name.toUtf8());
    window.focusSize = int(focus.size());
    bool started = false;
    double cpuStart = 0;
    QElapsedTimer timer;
    const QMetaObject::Connection connection = QObject::connect(
        session, &InstanceSession::snapshotApplied, session, [&](const SnapshotPtr &snapshot) {
            if (window.complete)
                return;
            const bool full = snapshot->staleCount() == 0;
            if (!started) {
                if (full) {
                    started = true;
                    cpuStart = processCpuMs(pid);
                    timer.start();
                }
                return;
            }
            ++window.polls;
            window.fullPolls += full ? 1 : 0;
            window.staleFocused += focusedRowsFresh(*snapshot, focus) ? 0 : 1;
            if (full && timer.elapsed() >= windowMs) {
                window.haproxyMs = processCpuMs(pid) - cpuStart;
                window.seconds = msSince(timer) / 1000;
                window.complete = true;
            }
        });
    const int cycleMs = std::max(window.fullPollIntervalMs, poller->interval());
    waitUntil([&] { return window.complete; }, windowMs + 2 * cycleMs + 10000);
    QObject::disconnect(connection);
    return window;
}

// long-function: the session's life for one window, step by step as the app would live it
Window measureScreen(InstanceView *view, HistoryStore *history, const HaproxyFixture &haproxy, pid_t pid,
    Screen screen, int windowMs)
{
    ConnectionProfile profile;
    profile.endpoint = haproxy.adminSocket();
    auto session = std::make_unique<InstanceSession>(
        profile, Endpoint::parse(haproxy.adminSocket()).value(), Poller::DefaultIntervalMs, history);
    view->setModel(session->model());
    // As the app keeps the shown instance's poller on what its view shows; the anchor is read
    // the old way, in full at every poll.
    PollFocus pollFocus(view);
    if (screen != Screen::Full)
        pollFocus.setPoller(session->poller());
    int received = 0;
    QObject::connect(
        session.get(), &InstanceSession::snapshotApplied, session.get(), [&received] { ++received; });
    session->open();
    if (!waitUntil([&] { return received >= 1; }, 60000)) {
        std::fprintf(stderr, "no snapshots from the poller\n");
        return {};
    }
    view->fitColumnsOnce();
    arrangeScreen(view, screen);
    if (screen != Screen::Full)
        pollFocus.updateNow();
    // The focus is in place once a poll after it came back.
    const int settled = received + 2;
    waitUntil([&] { return received >= settled; }, 30000);
    Window window = measureWindow(session.get(), pid, windowMs);
    session->close();
    view->setModel(nullptr);
    return window;
}

void printWindow(const char *what, const Window &window, double idle, double goal)
{
    std::printf("   %-34s %7.2f ms/s", what, window.msPerSecond(idle));
    if (goal > 0)
        std::printf(" (goal <= %.0f)", goal);
    std::printf("\n      %d polls in %.1f s, %d of them full (every %.1f s); focus %d proxies; %d snapshots "
                "with a focused row stale%s\n",
        window.polls, window.seconds, window.fullPolls, window.fullPollIntervalMs / 1000.0, window.focusSize,
        window.staleFocused, window.complete ? "" : " (window not completed)");
}

QByteArray windowJson(const char *name, const Window &window, double idle)
{
    return '"' + QByteArray(name) + "\":{" + jsonNumber("msPerS", window.msPerSecond(idle)) + ",\"polls\":"
        + QByteArray::number(window.polls) + ",\"fullPolls\":" + QByteArray::number(window.fullPolls)
        + ",\"focus\":" + QByteArray::number(window.focusSize) + ",\"staleFocusedSnapshots\":"
        + QByteArray::number(window.staleFocused) + ',' + jsonNumber("seconds", window.seconds, 1) + '}';
}

} // namespace

// long-function: the three windows and their figures, in the order they are printed
QByteArray measureBalancerCost(const HaproxyFixture &haproxy, int windowSeconds)
{
    const pid_t pid = haproxy.workerPid() > 0 ? haproxy.workerPid() : haproxy.pid();
    const int windowMs = windowSeconds * 1000;
    QElapsedTimer idleTimer;
    idleTimer.start();
    const double idleStart = processCpuMs(pid);
    waitMs(windowMs);
    const double idle = (processCpuMs(pid) - idleStart) / (msSince(idleTimer) / 1000);

    HistoryStore history; // recorded as in the app (hadesk's cost, not HAProxy's)
    InstanceView view;
    // About the room the instance view has in the main window's default 1280x760, below its
    // menu, toolbar and instance tabs and above its status bar.
    view.resize(1280, 640);
    view.show();
    const Window full = measureScreen(&view, &history, haproxy, pid, Screen::Full, windowMs);
    const Window focused = measureScreen(&view, &history, haproxy, pid, Screen::Default, windowMs);
    const Window all = measureScreen(&view, &history, haproxy, pid, Screen::AllServers, windowMs);

    const double perFullPoll = full.polls > 0 ? full.msPerSecond(idle) * full.seconds / full.polls : 0;
    const bool met = focused.msPerSecond(idle) <= 5 && all.msPerSecond(idle) <= 20
        && focused.staleFocused == 0 && all.staleFocused == 0 && focused.complete && all.complete;
    std::printf("goal 1. HAProxy's CPU answering hadesk (utime+stime of pid %d, minus idle; polls every %d "
                "ms; the focus kept by PollFocus on an InstanceView 1280x640)\n",
        int(pid), Poller::DefaultIntervalMs);
    std::printf("   idle (no client)                   %7.2f ms/s over %d s\n", idle, windowSeconds);
    printWindow("full show stat every poll (anchor)", full, idle, 0);
    std::printf("      one full poll costs HAProxy %.2f ms\n", perFullPoll);
    printWindow("default window (1 backend selected)", focused, idle, 5);
    printWindow("every server listed", all, idle, 20);
    std::printf("   default window = %.3f x the full poll's cost, every server listed = %.3f x\n",
        full.msPerSecond(idle) > 0 ? focused.msPerSecond(idle) / full.msPerSecond(idle) : 0,
        full.msPerSecond(idle) > 0 ? all.msPerSecond(idle) / full.msPerSecond(idle) : 0);
    std::printf("   goal 1 %s\n", met ? "met" : "NOT met");
    return jsonNumber("idleMsPerS", idle) + ',' + jsonNumber("fullPollMs", perFullPoll) + ','
        + windowJson("full", full, idle) + ',' + windowJson("default", focused, idle) + ','
        + windowJson("allServers", all, idle) + ",\"goalDefaultMsPerS\":5,\"goalAllMsPerS\":20"
        + ",\"met\":" + (met ? "true" : "false");
}
