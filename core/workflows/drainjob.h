#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

// One scheduled drain of one server, as a plain value: what the user asked for (when, how
// long to wait for the sessions, what to do then) and how far it got. DrainScheduler runs
// it; DrainJobStore keeps it on disk so that it survives hadesk being closed.
struct DrainJob
{
    Q_DECLARE_TR_FUNCTIONS(DrainJob)
public:
    // What happens once the server has no sessions left.
    enum class EndAction {
        Maint, // set server B/S state maint
        Remove, // maint + del server (SafeRemove)
        ReadyAfter, // maint, then back to ready after readyAfterMinutes (a maintenance window)
    };

    enum class State {
        Waiting, // for startAtUtc (or for the connection to its instance)
        Draining, // `set server B/S state drain` sent
        WaitingIdle, // polling scur + qcur until 0 or the idle deadline
        Ending, // the end action's commands are being sent
        InWindow, // ReadyAfter: in MAINT, waiting for windowEndsUtc to return it to ready
        Done,
        Failed, // lastError says why, serverState where the server was left
        Cancelled,
        Overdue, // its time passed while hadesk was closed: waits for run now or cancel
    };

    // The longest idle deadline and maintenance window (the dialog's limits too): anything
    // longer is a typo, not a plan.
    static constexpr int MaxIdleDeadlineSeconds = 7 * 24 * 3600;
    static constexpr double MaxReadyAfterMinutes = 7 * 24 * 60;

    struct Transition
    {
        State state = State::Waiting;
        QDateTime timeUtc;
        bool operator==(const Transition &) const = default;
    };

    QUuid id;
    QString instanceId; // Endpoint::toString() of the instance
    QString backend;
    QString server;
    QDateTime startAtUtc;
    int idleDeadlineSeconds = 600; // from the drain; <= 0: wait for the sessions without limit
    // At the idle deadline: shut the remaining sessions down and go on (true), or stop
    // as Failed leaving the server in DRAIN (false, the default: nobody is cut off).
    bool shutdownAtDeadline = false;
    EndAction endAction = EndAction::Maint;
    double readyAfterMinutes = 10; // ReadyAfter only; fractions allowed (tests use seconds)

    State state = State::Waiting;
    QList<Transition> transitions; // every state entered, in order, with its time
    QDateTime drainStartedUtc; // when the drain was acknowledged; the idle deadline counts from it
    QDateTime windowEndsUtc; // ReadyAfter: when the server returns to ready
    bool sessionsShutDown = false; // shutdownAtDeadline already done
    QString lastError;
    QString serverState; // serverConditionName() as last read from HAProxy; empty: not read
    int currentSessions = -1; // scur + qcur; -1 until read
    int initialSessions = -1; // the most seen since the drain began

    // A new job with a fresh id, in Waiting.
    static DrainJob create(const QString &instanceId, const QString &backend, const QString &server,
        const QDateTime &startAtUtc, EndAction endAction);

    bool isFinished() const { return isFinal(state); }
    static bool isFinal(State state)
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
    // When something happens next without anyone asking: the start, the idle deadline,
    // the end of the window. Invalid when nothing is due.
    QDateTime nextEventUtc() const;
    QDateTime idleDeadlineUtc() const; // invalid without a drain start or a deadline
    // Clamped to what validate() allows (0 when not finite or not positive), so a value read
    // from a hand-edited file can never overflow the conversion.
    qint64 readyAfterMs() const;
    QDateTime enteredAt(State state) const; // the last time it entered state; invalid if never
    // 1 - current/initial while draining, 1 once past it, 0 before; -1 when unknown.
    double progress() const;

    // Checks what the user asked for (names, times, numbers); the message says what is wrong.
    // The one rule for the schedule dialog, DrainScheduler::add() and jobs read from the file.
    Result<void> validate() const;
    // The command lines the job will send, for a preview; refused like validate().
    Result<QStringList> plannedCommands() const;

    static QString stateName(State state); // "Waiting", for people
    static QString endActionName(EndAction action); // "Maintenance", for people
    QString endActionText() const; // "Back to ready after 10 min", for people

    QJsonObject toJson() const;
    // Fails, naming the field, on a missing field or one of the wrong type. A job that reads
    // but is not finished and whose values are unusable (a number out of range or not whole:
    // a hand-edited 1e300) or break validate() is returned Failed, lastError saying why: it is
    // shown and kept, never run. Numbers are range-checked before any conversion.
    static Result<DrainJob> fromJson(const QJsonObject &object);

    bool operator==(const DrainJob &) const = default;
};

Q_DECLARE_METATYPE(DrainJob)
