#pragma once

#include "core/parsers/statparser.h"
#include "core/protocol/haproxyversion.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/result.h"
#include "core/workflows/clock.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/rollingreplaceplan.h"
#include "core/workflows/saferemove.h"
#include "core/workflows/servercondition.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class RuntimeConnection;

// Replaces servers of one backend one step at a time without losing capacity: add the new
// server with health checks, wait until the checks say it is UP, then remove the old one
// with SafeRemove (drain, wait idle, maint, del). Pausable between commands, abortable at
// any point, and able to roll back what this run changed. Whenever it stops, the servers'
// state is re-read from HAProxy and reported, never assumed.
// The steps come from a RollingReplacePlan (N new servers for M old ones).
class RollingReplace : public QObject
{
    Q_OBJECT
public:
    enum class StepState {
        Pending,
        Adding, // `add server B/NEW ADDR:PORT [weight W] check` sent
        EnablingHealth, // `enable health B/NEW` sent
        SettingReady, // `set server B/NEW state ready` sent
        WaitingUp, // polling until the checks say UP
        Removing, // SafeRemove of the old server running (see removal())
        Done,
        Failed,
        Stopped, // abort() stopped it part way; the servers are where the table says
        RolledBack,
    };
    Q_ENUM(StepState)

    enum class State {
        Idle,
        Checking, // reading the backend from HAProxy to check the plan against it
        Running,
        Paused, // between two commands; resume() goes on
        Aborting, // waiting for the command in flight (or the removal's cancel), then re-reading
        RollingBack,
        Done,
        Failed, // a step failed, or the plan was refused; errorString() says why
        Aborted,
        RolledBack,
    };
    Q_ENUM(State)

    struct Step
    {
        RollingReplacePlan::Pair pair;
        StepState state = StepState::Pending;
        QString message; // the last thing that happened in this step, for people
        bool newAdded = false; // this run added (or may have added) the new server
        bool oldTouched = false; // this run began removing the old server
        // As last read from HAProxy; Deleted also means "not there (yet)".
        ServerCondition newCondition = ServerCondition::Unknown;
        ServerCondition oldCondition = ServerCondition::Unknown;
        QString newStatus; // `show stat` status text ("UP", "DOWN 1/2"), empty when absent
        QString oldStatus;
    };

    RollingReplace(RuntimeConnection *connection, const RollingReplacePlan &plan, QObject *parent = nullptr);
    ~RollingReplace() override;

    // Before start(): the clock its waits are measured on, also given to its removals (not
    // owned; nullptr: the system clock). Tests move a ManualClock instead of sleeping.
    void setClock(Clock *clock);

    // From Idle: refuses (Failed, nothing sent) a bad plan or a socket below admin level,
    // reads the backend to check the plan against HAProxy's live state, then runs the steps.
    void start();
    // Lets the command in flight finish and stops before the next change. A wait for UP and
    // a removal in progress are completed first (they change nothing until they end).
    void pause();
    void resume();
    // Stops as soon as the command in flight is answered (a removal is cancelled, leaving the
    // old server where it is), re-reads the servers and ends in Aborted. rollBack() can follow.
    void abort();
    // From Paused, Failed or Aborted: returns the old servers this run drained or put in
    // maintenance to ready, then removes the new servers this run added (maint, del). An old
    // server already deleted cannot come back; the message says so.
    void rollBack();
    // While a removal waits for sessions: shut them down (cuts those clients off).
    void shutdownSessions();

    State state() const { return m_state; }
    const RollingReplacePlan &plan() const { return m_plan; }
    const QList<Step> &steps() const { return m_steps; }
    int currentStep() const { return m_current; } // -1 before the first
    QString errorString() const { return m_error; }
    SafeRemove *removal() const { return m_removal; } // the running removal, or null
    bool isRunning() const;
    bool canPause() const { return m_state == State::Running && !m_pauseRequested; }
    bool canResume() const { return m_state == State::Paused; }
    bool canAbort() const;
    bool canRollBack() const;
    bool canShutdownSessions() const { return m_removal && m_removal->canShutdownSessions(); }
    bool pauseRequested() const { return m_pauseRequested; }
    // What rollBack() would do, in words (for a confirmation), from the last read state.
    QStringList rollBackSummary() const;

    static QString stateName(State state);
    static QString stepStateName(StepState state);

signals:
    void stepChanged(int step); // its state, message or conditions changed
    void stateChanged(RollingReplace::State state);
    void commandSent(const QString &line); // each write, and the first poll of each wait
    void message(const QString &text);
    // Each time the run stops: Done (true), Failed or Aborted (false).
    void finished(bool ok);
    // After rollBack(): true when every change of this run that can be undone was undone.
    void rollBackFinished(bool ok);

private:
    void onWorkerChanged(qint64 oldPid, qint64 newPid);
    using Handler = std::function<void(const RuntimeReply &)>;
    using Next = std::function<void()>;

    void setState(State state);
    void setStep(int step, StepState state, const QString &text = {});
    bool send(const Result<RuntimeCommand> &command, Handler handler, bool announce = true);
    // The gate before each change: honours an abort or a pause, else runs next.
    void proceed(Next next);
    void onChecked(const RuntimeReply &reply);
    void runStep(int step);
    void addNew(int step);
    void enableHealth(int step);
    void setReady(int step);
    void waitUp(int step);
    void pollUp(int step);
    void removeOld(int step);
    void stepDone(int step);
    // A step's command failed or timed out: re-read, then Failed (or Aborted when aborting).
    void failStep(int step, const QString &error);
    void finishAbort();
    // Reads `show servers state B` and `show stat B`, updates every step's conditions.
    void reread(Next next);
    void queueRestoreOld(); // the old servers this run drained or put in maintenance, back to ready
    void queueRemoveNew(); // the new servers this run added: maintenance, then delete
    void rollBackNext();
    void deleteNew(int step, int attempt);
    void fail(const QString &error); // before any step: nothing was sent

    QPointer<RuntimeConnection> m_connection;
    RollingReplacePlan m_plan;
    QList<Step> m_steps;
    State m_state = State::Idle;
    int m_current = -1;
    QString m_error;
    bool m_pauseRequested = false;
    Next m_resume;
    QPointer<SafeRemove> m_removal;
    Clock *m_clock = nullptr;
    ClockTimer *m_pollTimer = nullptr;
    qint64 m_waitSinceMs = 0; // on m_clock: when the current wait began
    int m_pollGeneration = 0; // bumped when a wait stops; late poll answers are dropped
    // Its answers are dropped when HAProxy restarts or reloads under a run: the run has failed.
    CommandChannel m_channel;
    bool m_pollAnnounced = false;
    bool m_abortFinishing = false;
    QList<Next> m_rollBackQueue;
    QStringList m_rollBackProblems; // what could not be undone although it should have been
    QStringList m_rollBackNotes; // what cannot be undone at all (an old server deleted)
};
