#pragma once

#include "core/protocol/accesslevel.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/result.h"
#include "core/workflows/clock.h"
#include "core/workflows/drainjob.h"
#include "core/workflows/drainreconciler.h"
#include "core/workflows/servercondition.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <map>

class CommandChannel;
class DrainJobStore;
class RuntimeConnection;
class SafeRemove;

// Runs scheduled drains: at its time each job drains its server, waits until the server has
// no sessions (scur + qcur from `show stat`) or its idle deadline, then puts it in
// maintenance, removes it (SafeRemove) or holds a maintenance window and returns it to
// ready. Every state change is saved to the DrainJobStore at once. After a restart (load())
// no job is continued on trust: each one re-reads its server's real state from HAProxy first,
// and a job whose time passed while hadesk was closed becomes Overdue and waits for the user.
class DrainScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pollIntervalMs = 1000; // how often the sessions of a draining server are read
        // A start (or a window's end) missed by more than this while disconnected becomes Overdue
        // instead of running late.
        int overdueGraceSeconds = 60;
        // After shutdownAtDeadline's `shutdown sessions`, how long the sessions may take to go.
        int shutdownGraceMs = 5000;
        Clock *clock = nullptr; // not owned; nullptr: the system clock
    };

    // store (not owned; must outlive the scheduler) keeps the jobs; nullptr: in memory only.
    explicit DrainScheduler(DrainJobStore *store, const Options &options, QObject *parent = nullptr);
    explicit DrainScheduler(DrainJobStore *store = nullptr, QObject *parent = nullptr)
        : DrainScheduler(store, Options {}, parent)
    { }
    ~DrainScheduler() override;

    // Reads the store once, before jobs are added (connect overdueJobs() first). Jobs whose
    // start or window end passed become Overdue; running ones re-check HAProxy's state as soon
    // as their instance's connection is ready. False when the file could not all be read:
    // loadError() says why (the readable jobs are kept, the file copied aside).
    bool load();
    QString loadError() const { return m_loadError; }

    // The connection of an instance (Endpoint::toString()); nullptr: disconnected, its jobs
    // wait (and, when it comes back, re-read their server's state before going on).
    void setConnection(const QString &instanceId, RuntimeConnection *connection);
    RuntimeConnection *connection(const QString &instanceId) const;

    // Checks the job (names, times, the socket's level when connected, no other running job
    // for the same server) and schedules it. Refused with a message, changing nothing.
    Result<QUuid> addJob(DrainJob job);
    // Stops a job where it is (a write in flight is let finish), re-reads the server's state
    // and reports it. Refused for finished jobs.
    Result<void> cancel(const QUuid &id);
    // Starts a waiting or overdue job now, or ends a maintenance window now.
    Result<void> runNow(const QUuid &id);
    bool canCancel(const QUuid &id) const;
    bool canRunNow(const QUuid &id) const;
    int removeFinished(); // how many were removed

    const QList<DrainJob> &jobs() const { return m_jobs; }
    const DrainJob *job(const QUuid &id) const; // nullptr when unknown
    int indexOf(const QUuid &id) const; // -1 when unknown
    QList<QUuid> overdueJobIds() const;
    // True while the job needs its instance's connection and it is not ready.
    bool isWaitingForConnection(const QUuid &id) const;
    // The state for people: "Waiting for sessions to end (3 left)", "Waiting (no connection)".
    QString statusText(const QUuid &id) const;

    // Why a socket at this level cannot run drains; empty for admin or unknown.
    static QString levelProblem(AccessLevel level);

signals:
    void jobAdded(const QUuid &id); // appended at the end of jobs()
    void jobChanged(const QUuid &id);
    void jobRemoved(const QUuid &id); // already gone from jobs()
    // Jobs that became Overdue: ask the user to run them now or cancel them.
    void overdueJobs(const QList<QUuid> &ids);
    void message(const QUuid &id, const QString &text); // what is happening, in words
    void storeError(const QString &message);

private:
    struct Runtime
    {
        ClockTimer *timer = nullptr;
        CommandChannel *channel = nullptr; // its answers are dropped when the work stops
        bool busy = false; // a command, a check or a SafeRemove in progress
        bool cancelRequested = false;
        bool needsVerify = false; // re-read the server's state before going on
        bool waitingForConnection = false;
        bool timedOut = false; // the SafeRemove of the Remove end hit the idle deadline
        qint64 shutdownGraceEndMs = -1; // ms since the epoch
        QPointer<SafeRemove> remove;
    };
    using ConditionHandler = std::function<void(ServerCondition, const QString &error)>;

    DrainJob *find(const QUuid &id);
    Runtime *runtime(const QUuid &id);
    Runtime &addRuntime(const QUuid &id);
    void persist();
    void setState(const QUuid &id, DrainJob::State state);
    void setWaitingForConnection(const QUuid &id, bool waiting);
    void say(const QUuid &id, const QString &text);
    void arm(const QUuid &id, qint64 delayMs);
    void stopWork(const QUuid &id); // drops answers in flight, stops the timer and SafeRemove

    void step(const QUuid &id);
    void becomeOverdue(const QUuid &id);
    void verify(const QUuid &id);
    // Compares the server's real state with the job's; false when the job cannot go on as is
    // (it was then finished, failed or moved on).
    bool reconcile(const QUuid &id, ServerCondition condition);
    static QString reconcileText(const DrainJob &job, DrainReconciler::Reason reason);
    void startDrain(const QUuid &id);
    void poll(const QUuid &id);
    void onSessions(const QUuid &id, const RuntimeReply &reply);
    void runEnd(const QUuid &id);
    void startRemove(const QUuid &id);
    void enterWindow(const QUuid &id);
    void endWindow(const QUuid &id);
    void finish(const QUuid &id, DrainJob::State state, const QString &text);
    void fail(const QUuid &id, const QString &error);
    void failAfterReread(const QUuid &id, const QString &error);
    void finishCancel(const QUuid &id);

    void send(const QUuid &id, const Result<RuntimeCommand> &command,
        std::function<void(const RuntimeReply &)> handler);
    // A write: on success calls next (or honours a pending cancel); on failure re-reads.
    void sendWrite(const QUuid &id, const Result<RuntimeCommand> &command, std::function<void()> next);
    void readCondition(const QUuid &id, ConditionHandler handler);
    void retryLater(const QUuid &id, const QString &why);

    QList<QUuid> openJobs(const QString &instanceId) const; // the unfinished ones, in list order
    void onConnectionReady(const QString &instanceId);
    void onConnectionStateChanged(const QString &instanceId);

    DrainJobStore *m_store;
    Options m_options;
    QList<DrainJob> m_jobs;
    std::map<QUuid, Runtime> m_runtime; // node-based: references stay valid across inserts
    QHash<QString, QPointer<RuntimeConnection>> m_connections;
    QString m_loadError;
    Clock *m_clock;
};
