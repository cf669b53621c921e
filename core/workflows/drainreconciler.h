#pragma once

#include "core/workflows/drainjob.h"
#include "core/workflows/servercondition.h"

// What a scheduled drain does when HAProxy's real state of its server is read (after a restart,
// a reconnect, a lost answer, or while it waits for the sessions): go on, finish, fail, or move
// to its end. Only the decision; DrainScheduler carries it out and words it.
class DrainReconciler
{
public:
    enum class Action {
        GoOn, // the server is where the job expects it
        Stop, // the state could not be read: nothing to decide
        Finish, // Done: the server already is where the job would leave it
        Fail, // changed or removed outside hadesk: stop, sending nothing more
        RunEnd, // the sessions are gone or the end is half done: run (or finish) the end action
        EnterWindow, // in MAINT with a window to hold: start the maintenance window
    };
    // Why, for the words of Finish and Fail.
    enum class Reason {
        None,
        AlreadyRemoved, // a Remove job's server is gone before its end began
        Removed, // ... while its end ran
        AlreadyMaint, // a Maint job's server is in MAINT before its end began
        InMaint, // ... while its end ran
        ReadyAgain, // a window's end put it back to ready
        DrainUndone, // READY while the drain was being sent
        ChangedOutside, // in a state the job did not put it in
        Gone, // removed outside hadesk
        LeftMaint, // left MAINT during the maintenance window
    };
    struct Decision
    {
        Action action = Action::GoOn;
        Reason reason = Reason::None;
        bool operator==(const Decision &) const = default;
    };

    static Decision decide(const DrainJob &job, ServerCondition condition);

private:
    static Decision whileDraining(const DrainJob &job, ServerCondition condition);
    static Decision whileEnding(const DrainJob &job, ServerCondition condition);
    static Decision inWindow(ServerCondition condition);
};
