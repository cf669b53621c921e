#include "core/workflows/rollingreplace.h"

#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/protocol/commandbuilder.h"

#include <algorithm>

namespace {

using Condition = ServerCondition;

CommandBuilder::StatScope serversOf(const QString &backend)
{
    CommandBuilder::StatScope scope;
    scope.proxy = backend;
    scope.typeMask = CommandBuilder::Servers;
    return scope;
}

int seconds(int ms)
{
    return (ms + 999) / 1000;
}

} // namespace

RollingReplace::RollingReplace(RuntimeConnection *connection, const RollingReplacePlan &plan, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_plan(plan)
    , m_channel(connection)
{
    connect(&m_channel, &CommandChannel::commandSent, this, &RollingReplace::commandSent);
    for (const RollingReplacePlan::Pair &pair : plan.pairs) {
        Step step;
        step.pair = pair;
        m_steps.append(step);
    }
    setClock(nullptr);
}

void RollingReplace::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    delete m_pollTimer;
    m_pollTimer = m_clock->createTimer(this);
    connect(m_pollTimer, &ClockTimer::timeout, this, [this] { pollUp(m_current); });
}

RollingReplace::~RollingReplace() = default;

bool RollingReplace::isRunning() const
{
    switch (m_state) {
    case State::Checking:
    case State::Running:
    case State::Paused:
    case State::Aborting:
    case State::RollingBack:
        return true;
    default:
        return false;
    }
}

bool RollingReplace::canAbort() const
{
    return m_state == State::Checking || m_state == State::Running || m_state == State::Paused;
}

QString RollingReplace::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not started");
    case State::Checking:
        return tr("Checking the plan");
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Aborting:
        return tr("Aborting");
    case State::RollingBack:
        return tr("Rolling back");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Aborted:
        return tr("Aborted");
    case State::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

QString RollingReplace::stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Pending");
    case StepState::Adding:
        return tr("Adding");
    case StepState::EnablingHealth:
        return tr("Enabling health checks");
    case StepState::SettingReady:
        return tr("Setting ready");
    case StepState::WaitingUp:
        return tr("Waiting for UP");
    case StepState::Removing:
        return tr("Removing the old server");
    case StepState::Done:
        return tr("Done");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Stopped:
        return tr("Stopped");
    case StepState::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

void RollingReplace::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RollingReplace::setStep(int step, StepState state, const QString &text)
{
    if (step < 0 || step >= m_steps.size())
        return;
    Step &s = m_steps[step];
    qCDebug(lcWorkflow, "rolling replace step %d: state %d %s", step, int(state), qPrintable(text));
    s.state = state;
    if (!text.isEmpty()) {
        s.message = text;
        emit message(text);
    }
    emit stepChanged(step);
}

bool RollingReplace::send(const Result<RuntimeCommand> &command, Handler handler, bool announce)
{
    return m_channel.send(command, std::move(handler), announce);
}

void RollingReplace::onWorkerChanged(qint64 oldPid, qint64 newPid)
{
    if (!isRunning() && m_state != State::Aborting)
        return;
    // Servers this run added exist only in the old process; the new one runs the
    // configuration again. Going on would report steps done that the new process never saw.
    m_channel.dropAnswers();
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_pauseRequested = false;
    m_resume = nullptr;
    if (m_removal) {
        m_removal->disconnect(this);
        m_removal->deleteLater();
        m_removal = nullptr;
    }
    const QString error =
        tr("HAProxy was restarted or reloaded during the rolling replace (worker pid %1, now %2): servers "
           "added by this run are gone and the others are back to their configured state. Nothing more "
           "was sent; check backend %3 before starting again.")
            .arg(oldPid)
            .arg(newPid)
            .arg(m_plan.backend);
    for (int step = 0; step < m_steps.size(); ++step) {
        const StepState state = m_steps.at(step).state;
        if (state != StepState::Pending && state != StepState::Done && state != StepState::Failed)
            setStep(step, StepState::Failed);
    }
    m_error = error;
    emit message(error);
    // What the new process has, so each step's conditions are true there.
    reread([this] { fail(m_error); });
}

void RollingReplace::fail(const QString &error)
{
    m_error = error;
    qCWarning(lcWorkflow, "rolling replace failed: %s", qPrintable(error));
    setState(State::Failed);
    emit message(error);
    emit finished(false);
}

void RollingReplace::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_connection || !m_connection->isReady()) {
        fail(tr("Not connected to HAProxy. Nothing was sent."));
        return;
    }
    const AccessLevel level = m_connection->level();
    if (level != AccessLevel::Admin) {
        // Every step is an admin command; refusing here keeps a lower-level socket from
        // getting half way (a server added but the old one never removed).
        fail(tr("A rolling replace needs an admin-level socket; this one is at level %1. Nothing was sent.")
                 .arg(accessLevelName(level)));
        return;
    }
    const RollingReplacePlan::PlanCheck check = RollingReplacePlan::checkPlan(m_plan, nullptr);
    if (!check.ok()) {
        fail(tr("The plan was refused; nothing was sent:\n%1").arg(check.errors.join(u'\n')));
        return;
    }
    connect(m_connection, &RuntimeConnection::workerChanged, this, &RollingReplace::onWorkerChanged);
    setState(State::Checking);
    emit message(tr("Reading backend %1 from HAProxy to check the plan against it.").arg(m_plan.backend));
    CommandBuilder::StatScope scope;
    scope.proxy = m_plan.backend;
    scope.typeMask = CommandBuilder::Backends | CommandBuilder::Servers;
    send(CommandBuilder::showStat(scope), [this](const RuntimeReply &reply) { onChecked(reply); });
}

void RollingReplace::onChecked(const RuntimeReply &reply)
{
    if (m_state == State::Aborting) {
        setState(State::Aborted);
        emit message(tr("Aborted before anything was changed."));
        emit finished(false);
        return;
    }
    if (!reply.ok()) {
        fail(tr("Could not read backend %1 (%2). Nothing was changed.").arg(m_plan.backend, reply.text()));
        return;
    }
    const Result<StatTable> table = StatParser::parse(reply.body);
    if (!table) {
        fail(tr("Could not read backend %1 (%2). Nothing was changed.").arg(m_plan.backend, table.error()));
        return;
    }
    const RollingReplacePlan::PlanCheck check = RollingReplacePlan::checkPlan(m_plan, &*table);
    if (!check.ok()) {
        fail(tr("HAProxy's current state refuses the plan; nothing was changed:\n%1")
                 .arg(check.errors.join(u'\n')));
        return;
    }
    for (const QString &warning : check.warnings)
        emit message(warning);
    for (int i = 0; i < m_steps.size(); ++i) {
        Step &step = m_steps[i];
        if (!step.pair.oldServer.isEmpty()) {
            const StatRow *row = RollingReplacePlan::serverRow(*table, m_plan.backend, step.pair.oldServer);
            step.oldStatus = row ? QString::fromUtf8(row->status) : QString();
            // The weight an operator gave the old server, not the effective one (0 in DRAIN).
            if (row && step.pair.weight < 0) {
                const qint64 weight = StatRow::has(row->uweight) ? row->uweight : row->weight;
                if (StatRow::has(weight))
                    step.pair.weight = int(std::clamp<qint64>(weight, 0, 256));
            }
        }
        if (!step.pair.newName.isEmpty())
            step.newCondition = Condition::Deleted;
        emit stepChanged(i);
    }
    setState(State::Running);
    runStep(0);
}

void RollingReplace::proceed(Next next)
{
    if (m_state == State::Aborting) {
        finishAbort();
        return;
    }
    if (m_state != State::Running)
        return;
    if (m_pauseRequested) {
        m_pauseRequested = false;
        m_resume = std::move(next);
        setState(State::Paused);
        emit message(tr("Paused. Resume goes on with the next command; nothing is sent meanwhile."));
        reread([] {});
        return;
    }
    next();
}

void RollingReplace::runStep(int step)
{
    if (step >= m_steps.size()) {
        reread([this] {
            m_current = -1;
            setState(State::Done);
            emit message(tr("Rolling replace of %1 is done.").arg(m_plan.backend));
            emit finished(true);
        });
        return;
    }
    m_current = step;
    proceed([this, step] {
        if (!m_steps.at(step).pair.newName.isEmpty())
            addNew(step);
        else
            removeOld(step);
    });
}

void RollingReplace::addNew(int step)
{
    const RollingReplacePlan::Pair &pair = m_steps.at(step).pair;
    setStep(step, StepState::Adding,
        tr("Adding %1/%2 at %3:%4.").arg(m_plan.backend, pair.newName, pair.newAddress).arg(pair.newPort));
    const Result<RuntimeCommand> command =
        CommandBuilder::addServer(RollingReplacePlan::newServer(m_plan, pair));
    send(command, [this, step, command](const RuntimeReply &reply) {
        Step &s = m_steps[step];
        if (!reply.ok()) {
            // Re-read decides; a rollback deletes it only if it turns out to be there (the
            // plan check saw the name free before anything was sent).
            if (command && CommandChannel::outcomeUnknown(*command, reply))
                s.newAdded = true;
            failStep(step, tr("“%1” failed: %2").arg(command ? command->text() : QString(), reply.text()));
            return;
        }
        s.newAdded = true;
        s.newCondition = Condition::Maint;
        emit stepChanged(step);
        proceed([this, step] { enableHealth(step); });
    });
}

void RollingReplace::enableHealth(int step)
{
    const QString &name = m_steps.at(step).pair.newName;
    setStep(step, StepState::EnablingHealth,
        tr("Enabling health checks on %1/%2 (add server only configures them).").arg(m_plan.backend, name));
    const Result<RuntimeCommand> command = CommandBuilder::enableHealth(m_plan.backend, name);
    send(command, [this, step, command](const RuntimeReply &reply) {
        if (!reply.ok()) {
            failStep(step, tr("“%1” failed: %2").arg(command ? command->text() : QString(), reply.text()));
            return;
        }
        proceed([this, step] { setReady(step); });
    });
}

void RollingReplace::setReady(int step)
{
    const QString &name = m_steps.at(step).pair.newName;
    setStep(step, StepState::SettingReady,
        tr("Taking %1/%2 out of maintenance (HAProxy creates new servers in MAINT).")
            .arg(m_plan.backend, name));
    const Result<RuntimeCommand> command =
        CommandBuilder::setServerState(m_plan.backend, name, CommandBuilder::ServerState::Ready);
    send(command, [this, step, command](const RuntimeReply &reply) {
        if (!reply.ok()) {
            failStep(step, tr("“%1” failed: %2").arg(command ? command->text() : QString(), reply.text()));
            return;
        }
        m_steps[step].newCondition = Condition::Ready;
        emit stepChanged(step);
        proceed([this, step] { waitUp(step); });
    });
}

void RollingReplace::waitUp(int step)
{
    const QString &name = m_steps.at(step).pair.newName;
    setStep(step, StepState::WaitingUp,
        tr("Waiting up to %n s for %1/%2 to be UP per its health checks.", nullptr,
            seconds(m_plan.options.upTimeoutMs))
            .arg(m_plan.backend, name));
    m_waitSinceMs = m_clock->nowMs();
    m_pollAnnounced = false;
    pollUp(step);
}

void RollingReplace::pollUp(int step)
{
    if (step < 0 || step >= m_steps.size() || m_steps.at(step).state != StepState::WaitingUp)
        return;
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const int generation = m_pollGeneration;
    const bool announce = !m_pollAnnounced;
    m_pollAnnounced = true;
    send(
        CommandBuilder::showStat(serversOf(m_plan.backend)),
        [this, step, generation](const RuntimeReply &reply) {
            if (generation != m_pollGeneration || m_steps.at(step).state != StepState::WaitingUp)
                return;
            Step &s = m_steps[step];
            const bool late = m_clock->nowMs() - m_waitSinceMs >= m_plan.options.upTimeoutMs;
            if (!reply.ok()) {
                if (reply.isTransient() && !late) {
                    emit message(tr("Could not read the servers (%1); trying again.").arg(reply.text()));
                    m_pollTimer->start(m_plan.options.checkIntervalMs);
                    return;
                }
                failStep(step, tr("Could not read the servers: %1").arg(reply.text()));
                return;
            }
            const Result<StatTable> table = StatParser::parse(reply.body);
            const StatRow *row =
                table ? RollingReplacePlan::serverRow(*table, m_plan.backend, s.pair.newName) : nullptr;
            if (!row) {
                failStep(step,
                    table ? tr("%1/%2 is no longer in show stat; someone else may have removed it.")
                                .arg(m_plan.backend, s.pair.newName)
                          : table.error());
                return;
            }
            const QString status = QString::fromUtf8(row->status);
            if (status != s.newStatus) {
                s.newStatus = status;
                emit stepChanged(step);
            }
            const StatStatus decoded = row->decodedStatus();
            if (decoded.state == StatStatus::State::Up && !decoded.inTransition) {
                s.message = tr("%1/%2 is UP.").arg(m_plan.backend, s.pair.newName);
                emit message(s.message);
                emit stepChanged(step);
                proceed([this, step] { removeOld(step); });
                return;
            }
            if (late) {
                const QString check = QString::fromUtf8(row->checkStatus).trimmed();
                const QString description = QString::fromUtf8(row->checkDesc);
                failStep(step,
                    tr("%1/%2 did not come UP within %n s: its status is %3, last check %4%5.", nullptr,
                        seconds(m_plan.options.upTimeoutMs))
                        .arg(m_plan.backend, s.pair.newName, status,
                            check.isEmpty() ? tr("not run yet") : check,
                            description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)));
                return;
            }
            m_pollTimer->start(m_plan.options.checkIntervalMs);
        },
        announce);
}

void RollingReplace::removeOld(int step)
{
    Step &s = m_steps[step];
    if (s.pair.oldServer.isEmpty()) {
        stepDone(step);
        return;
    }
    s.oldTouched = true;
    setStep(step, StepState::Removing,
        tr("Removing %1/%2 safely: drain, wait for its sessions, maintenance, delete.")
            .arg(m_plan.backend, s.pair.oldServer));
    SafeRemove::Options options;
    options.idleTimeoutMs = m_plan.options.idleTimeoutMs;
    options.pollIntervalMs = m_plan.options.checkIntervalMs;
    options.shutdownOnTimeout = m_plan.options.shutdownOnTimeout;
    options.clock = m_clock;
    auto *removal = new SafeRemove(m_connection, m_plan.backend, s.pair.oldServer, options, this);
    m_removal = removal;
    connect(removal, &SafeRemove::commandSent, this, &RollingReplace::commandSent);
    connect(removal, &SafeRemove::message, this, [this, step](const QString &text) {
        m_steps[step].message = text;
        emit message(text);
        emit stepChanged(step);
    });
    connect(removal, &SafeRemove::serverConditionChanged, this, [this, step](ServerCondition condition) {
        m_steps[step].oldCondition = condition;
        emit stepChanged(step);
    });
    connect(removal, &SafeRemove::finished, this, [this, step, removal](bool ok) {
        const QString error = removal->errorString();
        m_steps[step].oldCondition = removal->serverCondition();
        removal->deleteLater();
        m_removal = nullptr;
        if (ok) {
            stepDone(step);
            return;
        }
        if (m_state == State::Aborting) {
            finishAbort();
            return;
        }
        failStep(step,
            tr("Removing %1/%2 failed: %3").arg(m_plan.backend, m_steps.at(step).pair.oldServer, error));
    });
    removal->start();
}

void RollingReplace::stepDone(int step)
{
    const RollingReplacePlan::Pair &pair = m_steps.at(step).pair;
    QString text;
    if (pair.oldServer.isEmpty())
        text = tr("%1 added and UP.").arg(pair.newName);
    else if (pair.newName.isEmpty())
        text = tr("%1 removed.").arg(pair.oldServer);
    else
        text = tr("%1 replaced by %2.").arg(pair.oldServer, pair.newName);
    setStep(step, StepState::Done, text);
    runStep(step + 1);
}

void RollingReplace::failStep(int step, const QString &error)
{
    ++m_pollGeneration;
    m_pollTimer->stop();
    if (m_state == State::Aborting) {
        setStep(step, StepState::Stopped, error);
        finishAbort();
        return;
    }
    m_error = error;
    setStep(step, StepState::Failed, error);
    reread([this, step] {
        setState(State::Failed);
        emit message(tr("Step %1 failed; nothing more was changed. Roll back to undo this run, or close to "
                        "leave the servers as they are.")
                         .arg(step + 1));
        emit finished(false);
    });
}

void RollingReplace::pause()
{
    if (!canPause())
        return;
    m_pauseRequested = true;
    emit message(tr("Pausing after the command in progress (a wait for UP or a removal is finished first)."));
    emit stateChanged(m_state);
}

void RollingReplace::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    emit message(tr("Resumed."));
    Next next = std::move(m_resume);
    m_resume = nullptr;
    if (next)
        next();
}

void RollingReplace::abort()
{
    if (!canAbort())
        return;
    const State before = m_state;
    m_pauseRequested = false;
    setState(State::Aborting);
    emit message(tr("Aborting after the command in progress."));
    if (before == State::Checking)
        return; // onChecked() ends it
    if (before == State::Paused) {
        m_resume = nullptr;
        finishAbort();
        return;
    }
    if (m_removal) {
        // SafeRemove lets a write in flight finish, re-reads, and reports; its finished()
        // brings us to finishAbort().
        if (m_removal->canCancel())
            m_removal->cancel();
        return;
    }
    if (m_channel.writeInFlight())
        return; // its handler passes through proceed() or failStep(), which end the abort
    // Waiting for UP: only reads are in flight; drop their answers.
    ++m_pollGeneration;
    m_pollTimer->stop();
    finishAbort();
}

void RollingReplace::finishAbort()
{
    if (m_state != State::Aborting || m_abortFinishing)
        return;
    m_abortFinishing = true;
    if (m_current >= 0 && m_current < m_steps.size()) {
        const StepState state = m_steps.at(m_current).state;
        if (state != StepState::Done && state != StepState::Failed && state != StepState::Pending
            && state != StepState::Stopped)
            setStep(m_current, StepState::Stopped, tr("Stopped by abort."));
    }
    reread([this] {
        m_abortFinishing = false;
        setState(State::Aborted);
        QString text = tr("Aborted. The servers are where the table shows (read back from HAProxy).");
        if (canRollBack())
            text += u' ' + tr("Roll back to undo this run.");
        emit message(text);
        emit finished(false);
    });
}

void RollingReplace::shutdownSessions()
{
    if (canShutdownSessions())
        m_removal->shutdownSessions();
}

void RollingReplace::reread(Next next)
{
    send(
        CommandBuilder::showServersState(m_plan.backend),
        [this, next = std::move(next)](const RuntimeReply &reply) {
            const ServerConditionReader conditions = ServerConditionReader::read(reply);
            for (Step &step : m_steps) {
                if (!step.pair.newName.isEmpty())
                    step.newCondition = conditions.of(step.pair.newName);
                if (!step.pair.oldServer.isEmpty())
                    step.oldCondition = conditions.of(step.pair.oldServer);
            }
            send(
                CommandBuilder::showStat(serversOf(m_plan.backend)),
                [this, next](const RuntimeReply &statReply) {
                    const Result<StatTable> table = statReply.ok() ? StatParser::parse(statReply.body)
                                                                   : Result<StatTable>::failure(QString());
                    for (int i = 0; i < m_steps.size(); ++i) {
                        Step &step = m_steps[i];
                        if (table) {
                            const auto statusOf = [&](const QString &name) {
                                const StatRow *row = name.isEmpty()
                                    ? nullptr
                                    : RollingReplacePlan::serverRow(*table, m_plan.backend, name);
                                return row ? QString::fromUtf8(row->status) : QString();
                            };
                            step.newStatus = statusOf(step.pair.newName);
                            step.oldStatus = statusOf(step.pair.oldServer);
                        }
                        emit stepChanged(i);
                    }
                    next();
                },
                false);
        },
        false);
}
