#include "core/workflows/drainreconciler.h"

namespace {

using State = DrainJob::State;
using EndAction = DrainJob::EndAction;
using Condition = ServerCondition;
using Action = DrainReconciler::Action;
using Reason = DrainReconciler::Reason;

} // namespace

DrainReconciler::Decision DrainReconciler::decide(const DrainJob &job, ServerCondition condition)
{
    switch (job.state) {
    case State::Draining:
    case State::WaitingIdle:
        return whileDraining(job, condition);
    case State::Ending:
        return whileEnding(job, condition);
    case State::InWindow:
        return inWindow(condition);
    default:
        return { Action::GoOn, Reason::None };
    }
}

DrainReconciler::Decision DrainReconciler::whileDraining(const DrainJob &job, ServerCondition condition)
{
    const bool remove = job.endAction == EndAction::Remove;
    switch (condition) {
    case Condition::Drain:
        return { Action::GoOn, Reason::None };
    case Condition::Deleted:
        return remove ? Decision { Action::Finish, Reason::AlreadyRemoved }
                      : Decision { Action::Fail, Reason::Gone };
    case Condition::Ready:
        return { Action::Fail, job.state == State::Draining ? Reason::DrainUndone : Reason::ChangedOutside };
    case Condition::Maint:
        if (job.endAction == EndAction::Maint)
            return { Action::Finish, Reason::AlreadyMaint };
        if (remove)
            return { Action::RunEnd, Reason::None };
        // Returning it to ready later could undo someone's maintenance.
        return { Action::Fail, Reason::ChangedOutside };
    case Condition::Unknown:
        break;
    }
    return { Action::Stop, Reason::None };
}

DrainReconciler::Decision DrainReconciler::whileEnding(const DrainJob &job, ServerCondition condition)
{
    const bool remove = job.endAction == EndAction::Remove;
    const bool afterWindow = job.endAction == EndAction::ReadyAfter && job.windowEndsUtc.isValid();
    switch (condition) {
    case Condition::Deleted:
        return remove ? Decision { Action::Finish, Reason::Removed }
                      : Decision { Action::Fail, Reason::Gone };
    case Condition::Ready:
        return afterWindow ? Decision { Action::Finish, Reason::ReadyAgain }
                           : Decision { Action::Fail, Reason::ChangedOutside };
    case Condition::Maint:
        if (job.endAction == EndAction::Maint)
            return { Action::Finish, Reason::InMaint };
        if (remove || afterWindow)
            return { Action::RunEnd, Reason::None };
        return { Action::EnterWindow, Reason::None };
    case Condition::Drain:
        return afterWindow ? Decision { Action::Fail, Reason::ChangedOutside }
                           : Decision { Action::RunEnd, Reason::None };
    case Condition::Unknown:
        break;
    }
    return { Action::Stop, Reason::None };
}

DrainReconciler::Decision DrainReconciler::inWindow(ServerCondition condition)
{
    switch (condition) {
    case Condition::Maint:
        return { Action::GoOn, Reason::None };
    case Condition::Deleted:
        return { Action::Fail, Reason::Gone };
    default:
        return { Action::Fail, Reason::LeftMaint };
    }
}
