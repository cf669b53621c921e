#include "core/workflows/drainscheduler.h"

// The run of one job, step by step: DrainScheduler's state machine (drain, wait for the
// sessions, the end action, the maintenance window) and the commands it sends. The jobs' list,
// their connections and what the user asks (add, cancel, run now) are in drainscheduler.cpp.

#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/parsers/statparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/drainreconciler.h"
#include "core/workflows/saferemove.h"

#include <algorithm>
#include <limits>

namespace {

using State = DrainJob::State;
using EndAction = DrainJob::EndAction;
using Condition = ServerCondition;

} // namespace

void DrainScheduler::becomeOverdue(const QUuid &id)
{
    DrainJob *job = find(id);
    if (!job)
        return;
    stopWork(id);
    say(id,
        tr("The drain of %1/%2 missed its time while it could not run; run it now or cancel it.")
            .arg(job->backend, job->server));
    setState(id, State::Overdue);
    emit overdueJobs({ id });
}

void DrainScheduler::step(const QUuid &id)
{
    DrainJob *job = find(id);
    Runtime *rt = runtime(id);
    if (!job || !rt || job->isFinished() || job->state == State::Overdue)
        return;
    rt->timer->stop();
    if (rt->busy || rt->cancelRequested)
        return;
    RuntimeConnection *connection = m_connections.value(job->instanceId);
    const bool ready = connection && connection->isReady();
    const qint64 now = m_clock->nowMs();
    const qint64 graceMs = qint64(m_options.overdueGraceSeconds) * 1000;

    if (job->state == State::Waiting || job->state == State::InWindow) {
        const QDateTime due = job->state == State::Waiting ? job->startAtUtc : job->windowEndsUtc;
        const qint64 dueMs = due.toMSecsSinceEpoch();
        if (now < dueMs && !(ready && rt->needsVerify)) {
            setWaitingForConnection(id, !ready);
            arm(id, dueMs - now);
            return;
        }
        if (now >= dueMs && now - dueMs > graceMs) {
            becomeOverdue(id);
            return;
        }
    }
    if (!ready) {
        setWaitingForConnection(id, true); // onConnectionReady() steps again
        return;
    }
    setWaitingForConnection(id, false);
    if (rt->needsVerify) {
        verify(id);
        return;
    }
    switch (job->state) {
    case State::Waiting:
    case State::Draining:
        startDrain(id);
        break;
    case State::WaitingIdle:
        poll(id);
        break;
    case State::Ending:
        runEnd(id);
        break;
    case State::InWindow:
        endWindow(id);
        break;
    default:
        break;
    }
}

void DrainScheduler::send(
    const QUuid &id, const Result<RuntimeCommand> &command, std::function<void(const RuntimeReply &)> handler)
{
    DrainJob *job = find(id);
    Runtime *rt = runtime(id);
    if (!job || !rt)
        return;
    RuntimeConnection *connection = m_connections.value(job->instanceId);
    if (!connection) {
        setWaitingForConnection(id, true);
        return;
    }
    rt->busy = true;
    rt->channel->setConnection(connection);
    rt->channel->send(
        command,
        [this, id, handler = std::move(handler)](const RuntimeReply &reply) {
            Runtime *current = runtime(id);
            if (!current)
                return;
            current->busy = false;
            if (reply.error == RuntimeError::Invalid) {
                fail(id, reply.text()); // refused by the builder: nothing was sent
                return;
            }
            handler(reply);
        },
        false);
}

void DrainScheduler::sendWrite(
    const QUuid &id, const Result<RuntimeCommand> &command, std::function<void()> next)
{
    send(id, command, [this, id, command, next = std::move(next)](const RuntimeReply &reply) {
        Runtime *rt = runtime(id);
        if (!rt)
            return;
        if (!reply.ok()) {
            if (CommandChannel::outcomeUnknown(*command, reply)) {
                // It may have been applied or not; sending it again could act twice, so the
                // state is read back first (verify) and the job goes on from there.
                rt->needsVerify = true;
                if (rt->cancelRequested) {
                    finishCancel(id);
                    return;
                }
                retryLater(
                    id, tr("the connection was lost before HAProxy answered “%1”").arg(command->text()));
                return;
            }
            if (reply.error == RuntimeError::NotConnected || reply.error == RuntimeError::Cancelled) {
                // Never sent: nothing changed, so the same step can simply run again.
                if (rt->cancelRequested) {
                    finishCancel(id);
                    return;
                }
                retryLater(id, tr("“%1” was not sent (%2)").arg(command->text(), reply.text()));
                return;
            }
            rt->cancelRequested = false;
            failAfterReread(id, tr("“%1” failed: %2").arg(command->text(), reply.text()));
            return;
        }
        if (rt->cancelRequested) {
            finishCancel(id);
            return;
        }
        next();
    });
}

void DrainScheduler::readCondition(const QUuid &id, ConditionHandler handler)
{
    const DrainJob *j = find(id);
    if (!j)
        return;
    const QString server = j->server;
    send(id, CommandBuilder::showServersState(j->backend),
        [handler = std::move(handler), server](const RuntimeReply &reply) {
            const ServerConditionReader conditions = ServerConditionReader::read(reply);
            handler(conditions.of(server), conditions.error());
        });
}

void DrainScheduler::retryLater(const QUuid &id, const QString &why)
{
    say(id, tr("Will try again: %1.").arg(why));
    arm(id, m_options.pollIntervalMs);
}

void DrainScheduler::verify(const QUuid &id)
{
    readCondition(id, [this, id](Condition condition, const QString &error) {
        Runtime *rt = runtime(id);
        if (!rt)
            return;
        if (condition == Condition::Unknown) {
            retryLater(id, tr("could not read the server's state (%1)").arg(error));
            return;
        }
        rt->needsVerify = false;
        if (reconcile(id, condition))
            step(id);
    });
}

bool DrainScheduler::reconcile(const QUuid &id, Condition condition)
{
    DrainJob *job = find(id);
    if (!job)
        return false;
    const QString previous = job->serverState;
    job->serverState = serverConditionName(condition);
    if (previous != job->serverState)
        emit jobChanged(id);
    const DrainReconciler::Decision decision = DrainReconciler::decide(*job, condition);
    switch (decision.action) {
    case DrainReconciler::Action::GoOn:
        if (job->state == State::Draining && condition == Condition::Drain) {
            // The drain reached HAProxy although its answer did not reach us.
            if (!job->drainStartedUtc.isValid())
                job->drainStartedUtc = m_clock->nowUtc();
            setState(id, State::WaitingIdle);
        }
        return true;
    case DrainReconciler::Action::Stop:
        return false;
    case DrainReconciler::Action::Finish:
        finish(id, State::Done, reconcileText(*job, decision.reason));
        return false;
    case DrainReconciler::Action::Fail:
        fail(id, reconcileText(*job, decision.reason));
        return false;
    case DrainReconciler::Action::RunEnd:
        runEnd(id);
        return false;
    case DrainReconciler::Action::EnterWindow:
        enterWindow(id);
        return false;
    }
    return false;
}

QString DrainScheduler::reconcileText(const DrainJob &job, DrainReconciler::Reason reason)
{
    const QString target = job.backend + QLatin1Char('/') + job.server;
    using Reason = DrainReconciler::Reason;
    switch (reason) {
    case Reason::None:
        break;
    case Reason::AlreadyRemoved:
        return tr("%1 is already removed.").arg(target);
    case Reason::Removed:
        return tr("%1 is removed.").arg(target);
    case Reason::AlreadyMaint:
        return tr("%1 is already in MAINT.").arg(target);
    case Reason::InMaint:
        return tr("%1 is in MAINT.").arg(target);
    case Reason::ReadyAgain:
        return tr("%1 is READY again.").arg(target);
    case Reason::DrainUndone:
        return tr("%1 is READY: the drain was undone outside hadesk, or never reached HAProxy. "
                  "Nothing more was sent.")
            .arg(target);
    case Reason::ChangedOutside:
        return tr("%1 was changed outside hadesk: it is %2 now. The drain stops here; nothing more was sent.")
            .arg(target, job.serverState);
    case Reason::Gone:
        return tr("%1 is gone: it was removed outside hadesk.").arg(target);
    case Reason::LeftMaint:
        return tr("%1 left MAINT outside hadesk before the window ended: it is %2 now. Nothing was sent.")
            .arg(target, job.serverState);
    }
    return {};
}

void DrainScheduler::startDrain(const QUuid &id)
{
    DrainJob *job = find(id);
    RuntimeConnection *connection = job ? m_connections.value(job->instanceId) : nullptr;
    if (!job || !connection)
        return;
    if (const QString problem = levelProblem(connection->level()); !problem.isEmpty()) {
        // Refused before the first write: a lower level would get half way at best.
        fail(id, tr("%1 Nothing was sent: %2/%3 is unchanged.").arg(problem, job->backend, job->server));
        return;
    }
    if (job->state != State::Draining)
        setState(id, State::Draining);
    job = find(id);
    say(id, tr("Draining %1/%2: no new sessions go to it.").arg(job->backend, job->server));
    sendWrite(id,
        CommandBuilder::setServerState(job->backend, job->server, CommandBuilder::ServerState::Drain),
        [this, id] {
            DrainJob *j = find(id);
            if (!j)
                return;
            j->drainStartedUtc = m_clock->nowUtc();
            j->serverState = serverConditionName(Condition::Drain);
            setState(id, State::WaitingIdle);
            poll(id);
        });
}

void DrainScheduler::poll(const QUuid &id)
{
    // The admin state first: someone may have undone the drain meanwhile.
    readCondition(id, [this, id](Condition condition, const QString &error) {
        if (condition == Condition::Unknown) {
            retryLater(id, tr("could not read the server's state (%1)").arg(error));
            return;
        }
        if (!reconcile(id, condition))
            return;
        const DrainJob *job = find(id);
        if (!job || job->state != State::WaitingIdle)
            return;
        CommandBuilder::StatScope scope;
        scope.proxy = job->backend;
        scope.typeMask = CommandBuilder::Servers;
        send(id, CommandBuilder::showStat(scope),
            [this, id](const RuntimeReply &reply) { onSessions(id, reply); });
    });
}

void DrainScheduler::onSessions(const QUuid &id, const RuntimeReply &reply)
{
    DrainJob *job = find(id);
    Runtime *rt = runtime(id);
    if (!job || !rt)
        return;
    if (!reply.ok()) {
        if (reply.isTransient()) {
            retryLater(id, tr("could not read the sessions (%1)").arg(reply.text()));
            return;
        }
        failAfterReread(id, tr("Could not read the sessions: %1").arg(reply.text()));
        return;
    }
    const Result<StatTable> table = StatParser::parse(reply.body);
    const StatRow *row = nullptr;
    if (table) {
        const QByteArray name = job->server.toUtf8();
        for (const StatRow &candidate : table->rows) {
            if (candidate.isServer() && candidate.svname == name) {
                row = &candidate;
                break;
            }
        }
    }
    if (!row) {
        // Gone between the two reads, or an unreadable answer: look again from the start.
        rt->needsVerify = true;
        retryLater(id, table ? tr("the server is not in show stat") : table.error());
        return;
    }
    const qint64 scur = StatRow::has(row->scur) ? row->scur : 0;
    const qint64 qcur = StatRow::has(row->qcur) ? row->qcur : 0;
    const int current = int(std::clamp<qint64>(scur + qcur, 0, std::numeric_limits<int>::max()));
    if (current != job->currentSessions || job->initialSessions < current) {
        job->currentSessions = current;
        // Persistent clients may still reach a draining server, so the count can grow.
        job->initialSessions = std::max(job->initialSessions, current);
        emit jobChanged(id);
    }
    job = find(id);
    if (!job)
        return;
    if (current == 0) {
        say(id, tr("No sessions left on %1/%2.").arg(job->backend, job->server));
        runEnd(id);
        return;
    }
    const QDateTime deadline = job->idleDeadlineUtc();
    if (deadline.isValid() && m_clock->nowUtc() >= deadline) {
        if (!job->shutdownAtDeadline) {
            failAfterReread(id,
                tr("Still %n sessions on %1/%2 at the idle deadline; it is left in DRAIN.", nullptr, current)
                    .arg(job->backend, job->server));
            return;
        }
        if (!job->sessionsShutDown) {
            job->sessionsShutDown = true;
            persist();
            rt->shutdownGraceEndMs = m_clock->nowMs() + m_options.shutdownGraceMs;
            say(id,
                tr("Idle deadline reached with %n sessions; shutting them down as asked.", nullptr, current));
            sendWrite(id, CommandBuilder::shutdownSessionsServer(job->backend, job->server),
                [this, id] { arm(id, m_options.pollIntervalMs); });
            return;
        }
        if (rt->shutdownGraceEndMs < 0)
            rt->shutdownGraceEndMs = m_clock->nowMs() + m_options.shutdownGraceMs; // resumed after a restart
        if (m_clock->nowMs() >= rt->shutdownGraceEndMs) {
            failAfterReread(id,
                tr("Still %n sessions on %1/%2 after shutting them down; it is left in DRAIN.", nullptr,
                    current)
                    .arg(job->backend, job->server));
            return;
        }
    }
    arm(id, m_options.pollIntervalMs);
}

void DrainScheduler::runEnd(const QUuid &id)
{
    DrainJob *job = find(id);
    if (!job)
        return;
    if (job->state != State::Ending)
        setState(id, State::Ending);
    job = find(id);
    if (!job)
        return;
    using SS = CommandBuilder::ServerState;
    switch (job->endAction) {
    case EndAction::Maint:
        sendWrite(id, CommandBuilder::setServerState(job->backend, job->server, SS::Maint), [this, id] {
            const DrainJob *j = find(id);
            if (!j)
                return;
            const QString text = tr("%1/%2 is in MAINT.").arg(j->backend, j->server);
            if (DrainJob *mj = find(id))
                mj->serverState = serverConditionName(Condition::Maint);
            finish(id, State::Done, text);
        });
        break;
    case EndAction::Remove:
        startRemove(id);
        break;
    case EndAction::ReadyAfter:
        if (job->windowEndsUtc.isValid()) {
            endWindow(id);
            break;
        }
        sendWrite(id, CommandBuilder::setServerState(job->backend, job->server, SS::Maint),
            [this, id] { enterWindow(id); });
        break;
    }
}

void DrainScheduler::startRemove(const QUuid &id)
{
    DrainJob *job = find(id);
    Runtime *rt = runtime(id);
    RuntimeConnection *connection = job ? m_connections.value(job->instanceId) : nullptr;
    if (!job || !rt || !connection)
        return;
    SafeRemove::Options options;
    options.pollIntervalMs = m_options.pollIntervalMs;
    options.shutdownOnTimeout = job->shutdownAtDeadline && !job->sessionsShutDown;
    options.clock = m_clock;
    const QDateTime deadline = job->idleDeadlineUtc();
    // The sessions were 0 a moment ago; new ones (persistent clients) get what is left of
    // the idle deadline, and at least a few polls.
    options.idleTimeoutMs = deadline.isValid() ? int(std::clamp<qint64>(m_clock->nowUtc().msecsTo(deadline),
                                4 * m_options.pollIntervalMs, std::numeric_limits<int>::max()))
                                               : 0;
    auto *remove = new SafeRemove(connection, job->backend, job->server, options, this);
    rt->remove = remove;
    rt->busy = true;
    rt->timedOut = false;
    connect(remove, &SafeRemove::sessionsChanged, this, [this, id](int current, int initial) {
        if (DrainJob *j = find(id)) {
            j->currentSessions = current;
            j->initialSessions = std::max(j->initialSessions, initial);
            emit jobChanged(id);
        }
    });
    connect(remove, &SafeRemove::commandSent, this, [this, id](const QString &line) {
        if (!line.startsWith(QStringLiteral("show ")))
            say(id, tr("Sending “%1”.").arg(line));
    });
    connect(remove, &SafeRemove::stateChanged, this, [this, id, remove](SafeRemove::State state) {
        if (state != SafeRemove::State::TimedOut)
            return;
        if (Runtime *r = runtime(id))
            r->timedOut = true;
        remove->cancel(); // the job's rule: stop at the deadline, leaving it in DRAIN
    });
    connect(remove, &SafeRemove::finished, this, [this, id, remove](bool ok) {
        Runtime *r = runtime(id);
        DrainJob *j = find(id);
        if (!r || !j || r->remove != remove)
            return;
        r->remove = nullptr;
        r->busy = false;
        remove->deleteLater();
        j->serverState = serverConditionName(remove->serverCondition());
        const QString target = j->backend + QLatin1Char('/') + j->server;
        if (ok) {
            finish(id, State::Done, tr("%1 is removed.").arg(target));
        } else if (r->timedOut) {
            fail(id,
                tr("Still %n sessions on %1 at the idle deadline; it is left in %2.", nullptr,
                    remove->currentSessions())
                    .arg(target, j->serverState));
        } else if (r->cancelRequested) {
            r->cancelRequested = false;
            setState(id, State::Cancelled);
            say(id, tr("Cancelled. %1 is left in %2.").arg(target, find(id)->serverState));
        } else {
            fail(id, remove->errorString());
        }
    });
    say(id, tr("Removing %1/%2 (maintenance, then delete).").arg(job->backend, job->server));
    remove->start();
}

void DrainScheduler::enterWindow(const QUuid &id)
{
    DrainJob *job = find(id);
    if (!job)
        return;
    job->serverState = serverConditionName(Condition::Maint);
    job->windowEndsUtc = m_clock->nowUtc().addMSecs(job->readyAfterMs());
    say(id,
        tr("%1/%2 is in MAINT until %3.")
            .arg(job->backend, job->server, job->windowEndsUtc.toLocalTime().toString(Qt::ISODate)));
    setState(id, State::InWindow);
    step(id);
}

void DrainScheduler::endWindow(const QUuid &id)
{
    DrainJob *job = find(id);
    if (!job)
        return;
    if (job->state != State::Ending)
        setState(id, State::Ending);
    job = find(id);
    say(id, tr("The maintenance window of %1/%2 is over.").arg(job->backend, job->server));
    sendWrite(id,
        CommandBuilder::setServerState(job->backend, job->server, CommandBuilder::ServerState::Ready),
        [this, id] {
            const DrainJob *j = find(id);
            if (!j)
                return;
            const QString text = tr("%1/%2 is READY again.").arg(j->backend, j->server);
            if (DrainJob *mj = find(id))
                mj->serverState = serverConditionName(Condition::Ready);
            finish(id, State::Done, text);
        });
}

void DrainScheduler::finish(const QUuid &id, State state, const QString &text)
{
    stopWork(id);
    if (Runtime *rt = runtime(id))
        rt->cancelRequested = false;
    setWaitingForConnection(id, false);
    setState(id, state);
    say(id, text);
}

void DrainScheduler::fail(const QUuid &id, const QString &error)
{
    if (DrainJob *job = find(id))
        job->lastError = error;
    qCWarning(lcWorkflow, "drain failed: %s", qPrintable(error));
    finish(id, State::Failed, error);
}

void DrainScheduler::failAfterReread(const QUuid &id, const QString &error)
{
    stopWork(id);
    const DrainJob *job = find(id);
    RuntimeConnection *connection = job ? m_connections.value(job->instanceId) : nullptr;
    if (!connection || !connection->isReady()) {
        fail(id, error);
        return;
    }
    readCondition(id, [this, id, error](Condition condition, const QString &) {
        if (DrainJob *j = find(id))
            j->serverState = serverConditionName(condition);
        fail(id, error);
    });
}
