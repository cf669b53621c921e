#include "core/workflows/rollingreplace.h"

// The rollback of a rolling replace: what this run changed, undone from the last state read
// from HAProxy (the old servers back to ready first, then the new ones removed). The run itself
// is in rollingreplace.cpp.

#include "core/protocol/commandbuilder.h"

#include <algorithm>

namespace {

using Condition = ServerCondition;

} // namespace

bool RollingReplace::canRollBack() const
{
    if (m_state != State::Paused && m_state != State::Failed && m_state != State::Aborted)
        return false;
    return std::any_of(m_steps.cbegin(), m_steps.cend(), [](const Step &step) {
        return (step.newAdded && step.newCondition != Condition::Deleted)
            || (step.oldTouched && step.oldCondition != Condition::Ready
                && step.oldCondition != Condition::Deleted);
    });
}

QStringList RollingReplace::rollBackSummary() const
{
    QStringList lines;
    for (const Step &step : m_steps) {
        const QString &old = step.pair.oldServer;
        if (!step.oldTouched || old.isEmpty())
            continue;
        if (step.oldCondition == Condition::Drain || step.oldCondition == Condition::Maint)
            lines.append(tr("%1 goes back to ready.").arg(old));
        else if (step.oldCondition == Condition::Deleted)
            lines.append(tr("%1 was already deleted and cannot come back.").arg(old));
    }
    for (const Step &step : m_steps) {
        if (step.newAdded && step.newCondition != Condition::Deleted)
            lines.append(tr("%1 is put in maintenance and deleted.").arg(step.pair.newName));
    }
    return lines;
}

void RollingReplace::rollBack()
{
    if (!canRollBack())
        return;
    m_pauseRequested = false;
    m_resume = nullptr;
    m_rollBackQueue.clear();
    m_rollBackProblems.clear();
    m_rollBackNotes.clear();
    setState(State::RollingBack);
    emit message(tr("Rolling back: re-reading the servers first."));
    reread([this] {
        // Old servers first: capacity comes back before the new servers go.
        queueRestoreOld();
        queueRemoveNew();
        rollBackNext();
    });
}

void RollingReplace::queueRestoreOld()
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        const Step &step = m_steps.at(i);
        if (!step.oldTouched || step.pair.oldServer.isEmpty())
            continue;
        const QString old = step.pair.oldServer;
        switch (step.oldCondition) {
        case Condition::Drain:
        case Condition::Maint:
            m_rollBackQueue.append([this, i, old] {
                const Result<RuntimeCommand> command =
                    CommandBuilder::setServerState(m_plan.backend, old, CommandBuilder::ServerState::Ready);
                setStep(i, m_steps.at(i).state, tr("Returning %1/%2 to ready.").arg(m_plan.backend, old));
                send(command, [this, i, old, command](const RuntimeReply &reply) {
                    if (reply.ok()) {
                        m_steps[i].oldCondition = Condition::Ready;
                        emit stepChanged(i);
                    } else {
                        m_rollBackProblems.append(
                            tr("Could not return %1 to ready: %2").arg(old, reply.text()));
                    }
                    rollBackNext();
                });
            });
            break;
        case Condition::Deleted:
            m_rollBackNotes.append(
                tr("%1/%2 was already deleted by this run and cannot come back; add it again with Add "
                   "Server if it is needed.")
                    .arg(m_plan.backend, old));
            break;
        case Condition::Unknown:
            m_rollBackProblems.append(tr("The state of %1 could not be read; it was left alone.").arg(old));
            break;
        case Condition::Ready:
            break;
        }
    }
}

void RollingReplace::queueRemoveNew()
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        const Step &step = m_steps.at(i);
        if (!step.newAdded || step.pair.newName.isEmpty() || step.newCondition == Condition::Deleted)
            continue;
        const QString name = step.pair.newName;
        if (step.newCondition == Condition::Unknown) {
            m_rollBackProblems.append(tr("The state of %1 could not be read; it was left alone.").arg(name));
            continue;
        }
        m_rollBackQueue.append([this, i, name] {
            setStep(i, m_steps.at(i).state,
                tr("Removing %1/%2: maintenance, then delete.").arg(m_plan.backend, name));
            if (m_steps.at(i).newCondition == Condition::Maint) {
                m_waitSinceMs = m_clock->nowMs();
                deleteNew(i, 0);
                return;
            }
            const Result<RuntimeCommand> command =
                CommandBuilder::setServerState(m_plan.backend, name, CommandBuilder::ServerState::Maint);
            send(command, [this, i, name](const RuntimeReply &reply) {
                if (!reply.ok()) {
                    m_rollBackProblems.append(
                        tr("Could not put %1 in maintenance: %2").arg(name, reply.text()));
                    rollBackNext();
                    return;
                }
                m_steps[i].newCondition = Condition::Maint;
                emit stepChanged(i);
                m_waitSinceMs = m_clock->nowMs();
                deleteNew(i, 0);
            });
        });
    }
}

void RollingReplace::deleteNew(int step, int attempt)
{
    const QString name = m_steps.at(step).pair.newName;
    const Result<RuntimeCommand> command = CommandBuilder::delServer(m_plan.backend, name);
    send(command, [this, step, attempt, name](const RuntimeReply &reply) {
        if (reply.ok()) {
            m_steps[step].newCondition = Condition::Deleted;
            emit stepChanged(step);
            rollBackNext();
            return;
        }
        // In maintenance no new session reaches it; the ones it had end by themselves.
        const int limit = std::max(m_plan.options.idleTimeoutMs, 5000);
        if (reply.body.contains("connections attached") && m_clock->nowMs() - m_waitSinceMs < limit) {
            if (attempt == 0)
                emit message(
                    tr("%1 still has sessions; waiting for them to end before deleting it.").arg(name));
            m_clock->singleShot(m_plan.options.checkIntervalMs, this,
                [this, step, attempt] { deleteNew(step, attempt + 1); });
            return;
        }
        m_rollBackProblems.append(
            tr("Could not delete %1: %2 It is left in maintenance.").arg(name, reply.text()));
        rollBackNext();
    });
}

void RollingReplace::rollBackNext()
{
    if (!m_rollBackQueue.isEmpty()) {
        const Next next = m_rollBackQueue.takeFirst();
        next();
        return;
    }
    reread([this] {
        for (int i = 0; i < m_steps.size(); ++i) {
            const Step &step = m_steps.at(i);
            if (!step.newAdded && !step.oldTouched)
                continue;
            const bool newGone =
                step.pair.newName.isEmpty() || !step.newAdded || step.newCondition == Condition::Deleted;
            const bool oldBack = step.pair.oldServer.isEmpty() || !step.oldTouched
                || step.oldCondition == Condition::Ready || step.oldCondition == Condition::Deleted;
            if (newGone && oldBack) {
                setStep(i, StepState::RolledBack,
                    step.oldTouched && step.oldCondition == Condition::Deleted
                        ? tr("Rolled back; %1 was deleted earlier and cannot come back.")
                              .arg(step.pair.oldServer)
                        : tr("Rolled back."));
            }
        }
        const bool ok = m_rollBackProblems.isEmpty();
        QStringList text;
        text.append(ok ? tr("Rolled back.") : tr("Rollback incomplete:"));
        text.append(m_rollBackProblems);
        text.append(m_rollBackNotes);
        if (ok) {
            setState(State::RolledBack);
        } else {
            m_error = m_rollBackProblems.join(u'\n');
            setState(State::Failed);
        }
        emit message(text.join(u'\n'));
        emit rollBackFinished(ok);
    });
}
