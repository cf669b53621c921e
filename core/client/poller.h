#pragma once

#include "core/client/snapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

struct PollParseOutcome;
class RuntimeCommand;
class RuntimeConnection;

// Asks `show info` and `show stat` on the instance's one connection, parses the answers on
// a worker thread and emits an immutable Snapshot. The timer is one-shot and re-armed only
// after a poll is handled, so polls never overlap however slow HAProxy or the parser is.
// Lives in the connection's thread (its reply handlers run there).
class Poller : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 1000;
    static constexpr int MinIntervalMs = 100;
    static constexpr int MaxIntervalMs = 60 * 60 * 1000;

    explicit Poller(RuntimeConnection *connection, QObject *parent = nullptr);
    ~Poller() override;

    int interval() const { return m_intervalMs; }
    // Clamped to MinIntervalMs..MaxIntervalMs (1 h). The time between the end of one poll and the start of
    // the next; used from the next arm on (a longer wait already armed is cut short).
    void setInterval(int ms);
    // Only these proxies (`show stat <proxy> -1 -1` each, pipelined); empty: everything.
    // Unknown names are reported through pollFailed() once and skipped (until the next
    // reconnect, which may reach a worker with another configuration). Polls at once.
    void setScope(const QStringList &proxies);
    QStringList scope() const { return m_scope; }

    // What is on screen, for large instances (no scope set): each poll asks `show info` and
    // `show stat <proxy> -1 -1` for the focused proxies only (none: `show info` alone, the
    // instance is not shown), and a full `show stat` only every fullPollIntervalMs(); the
    // snapshots in between carry every other row over from the last full poll, marked stale
    // (Snapshot::staleRows). allRowsMatter: the screen lists or sorts every server, so the full
    // poll comes more often. An instance small enough (see fullPollIntervalMs()) is read in
    // full at every poll all the same. Proxies HAProxy does not know leave the focus quietly
    // (the next poll is a full one). A focus with proxies not focused before polls them at once.
    // backendRowsOnly: proxies shown by their BACKEND row alone (the side list): that row is
    // read (`show stat <proxy> 2 -1`), their servers only by the full poll.
    void setFocus(
        const QStringList &proxies, bool allRowsMatter = false, const QStringList &backendRowsOnly = {});
    QStringList focusBackendRowsOnly() const { return m_focusSummaries; }
    // Back to a full `show stat` at every poll (the default).
    void clearFocus();
    bool hasFocus() const { return m_hasFocus; }
    QStringList focus() const { return m_focus; }
    bool allRowsMatter() const { return m_allRowsMatter; }
    // How often every row is read: interval() when every poll is a full one; otherwise the
    // rows of the last full answer over what HAProxy should spend on them (BackgroundRowsPerSecond,
    // or AllRowsPerSecond when allRowsMatter), a multiple of interval(), at most MaxFullPollMs.
    int fullPollIntervalMs() const;
    // The rows of the last full `show stat` (0 before the first).
    int fullPollRows() const { return m_fullRows; }
    static constexpr int BackgroundRowsPerSecond = 500; // about 2 ms of HAProxy's CPU a second
    static constexpr int AllRowsPerSecond = 3500; // about 14 ms
    static constexpr int MaxFullPollMs = 120 * 1000;

    // Polls now, then every interval(); skips while the connection is not ready, and polls at
    // once after each (re)connect. Running and paused are independent: start() while paused
    // polls on resume().
    void start();
    void stop();
    // No snapshot is emitted after pause() returns, not even from a poll already in flight.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }
    // A poll's commands are in flight or its answers are being parsed.
    bool isBusy() const { return m_busy; }
    // When the next poll is due, in ms from now; -1 when none is armed (stopped, paused, or
    // busy: the next one is armed once the answers are handled).
    int msUntilNextPoll() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    // An extra poll now (or right after the one in flight, or when the connection is next
    // ready), also while paused or stopped; it does not re-arm the timer then.
    void refreshNow();

    SnapshotPtr lastSnapshot() const { return m_last; }

signals:
    void snapshotReady(const SnapshotPtr &snapshot);
    // In words: a poll gave no snapshot (it is re-armed all the same), or a proxy of the
    // scope is left out of the snapshots that follow.
    void pollFailed(const QString &message);
    void pausedChanged(bool paused);
    // focus(), allRowsMatter(), interval() or fullPollIntervalMs() changed: what is polled how often.
    void pollPlanChanged();

private:
    struct Round; // one poll's commands and answers, shared by their handlers
    struct DeliveryGuard; // lets a pool thread post to this object only while it exists

    void poll();
    void onConnectionReady();
    void onAnswer(const std::shared_ptr<Round> &round);
    void onAnswers(const std::shared_ptr<Round> &round);
    void onParsed(int generation, const PollParseOutcome &outcome);
    QList<RuntimeCommand> statCommandsFor(Round *round);
    bool isFullPollDue() const;
    void noteFullPoll(const Snapshot &snapshot);
    void finishPoll();
    void schedule();

    QPointer<RuntimeConnection> m_connection;
    QTimer m_timer;
    QStringList m_scope;
    QStringList m_unknownProxies; // in m_scope but not in HAProxy: reported once, then skipped
    QStringList m_focus;
    QStringList m_focusSummaries; // read for their BACKEND row alone
    bool m_hasFocus = false;
    QHash<QString, QList<int>> m_proxyIds; // from the last full poll: a name's proxy ids (iid)
    bool m_allRowsMatter = false;
    bool m_forceFull = true; // the next poll reads every row (first poll, reconnect, new columns)
    int m_fullRows = 0;
    qint64 m_lastFullMs = 0; // steady clock of the last full poll's answers
    SnapshotPtr m_last;
    std::shared_ptr<DeliveryGuard> m_guard;
    quint64 m_sequence = 0;
    int m_intervalMs = DefaultIntervalMs;
    bool m_running = false;
    bool m_paused = false;
    bool m_busy = false; // a poll's commands are in flight or its answers are being parsed
    bool m_refreshRequested = false;
    // Bumped by stop(), pause() and setScope(): a poll started before is finished (polls never
    // overlap) but its result is dropped.
    int m_generation = 0;
};
