#include "core/workflows/saferemove.h"

#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/parsers/statparser.h"
#include "core/protocol/commandbuilder.h"

#include <algorithm>
#include <limits>

namespace {

// After `shutdown sessions`, HAProxy closes the streams at once; this bounds how long
// we wait for show stat to agree before asking the user again.
constexpr int ShutdownGraceMs = 5000;

int sessionsOf(const StatRow &row)
{
    const qint64 scur = StatRow::has(row.scur) ? row.scur : 0;
    const qint64 qcur = StatRow::has(row.qcur) ? row.qcur : 0;
    return int(std::clamp<qint64>(scur + qcur, 0, std::numeric_limits<int>::max()));
}

} // namespace

SafeRemove::SafeRemove(RuntimeConnection *connection, const QString &backend, const QString &server,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_backend(backend)
    , m_server(server)
    , m_options(options)
    , m_channel(connection)
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_pollTimer(m_clock->createTimer(this))
    , m_deleteRetryTimer(m_clock->createTimer(this))
{
    connect(&m_channel, &CommandChannel::commandSent, this, &SafeRemove::commandSent);
    m_options.pollIntervalMs = std::max(50, m_options.pollIntervalMs);
    connect(m_pollTimer, &ClockTimer::timeout, this, &SafeRemove::poll);
    connect(m_deleteRetryTimer, &ClockTimer::timeout, this, [this] {
        if (m_deleteRetryGeneration == m_pollGeneration && m_state == State::Deleting)
            deleteServer();
    });
}

bool SafeRemove::usesWaitRemovable() const
{
    return m_connection && m_connection->version().hasWaitSrvRemovable();
}

bool SafeRemove::canCancel() const
{
    switch (m_state) {
    case State::Draining:
    case State::WaitingForIdle:
    case State::TimedOut:
    case State::ShuttingDownSessions:
    case State::Maintenance:
    case State::WaitingRemovable:
    case State::Deleting:
        return true;
    default:
        return false;
    }
}

bool SafeRemove::canRestoreReady() const
{
    return (m_state == State::Cancelled || m_state == State::Failed)
        && m_condition != ServerCondition::Deleted && m_condition != ServerCondition::Ready && m_connection;
}

QString SafeRemove::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not started");
    case State::Draining:
        return tr("Draining");
    case State::WaitingForIdle:
        return tr("Waiting for sessions to end");
    case State::TimedOut:
        return tr("Timed out waiting for sessions");
    case State::ShuttingDownSessions:
        return tr("Shutting sessions down");
    case State::Maintenance:
        return tr("Setting maintenance");
    case State::WaitingRemovable:
        return tr("Waiting until removable");
    case State::Deleting:
        return tr("Deleting");
    case State::Cancelling:
        return tr("Cancelling");
    case State::Restoring:
        return tr("Returning to ready");
    case State::Done:
        return tr("Removed");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void SafeRemove::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SafeRemove::setCondition(ServerCondition condition)
{
    if (m_condition == condition)
        return;
    m_condition = condition;
    emit serverConditionChanged(condition);
}

void SafeRemove::send(const Result<RuntimeCommand> &command, Handler handler, bool announce)
{
    m_channel.send(
        command,
        [this, handler = std::move(handler)](const RuntimeReply &reply) {
            // Refused before the wire (by the builder, or the connection is gone): nothing was
            // sent, so the server is as it was.
            if (reply.error == RuntimeError::Invalid
                || (reply.error == RuntimeError::Cancelled && !m_connection)) {
                fail(reply.text());
                return;
            }
            handler(reply);
        },
        announce);
}

void SafeRemove::onWorkerChanged(qint64 oldPid, qint64 newPid)
{
    if (m_finished || m_state == State::Idle)
        return;
    // The new process runs the configuration again: the drain, maintenance or deletion
    // done so far is gone there, and going on would act on a server in another state.
    m_channel.dropAnswers();
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    m_cancelRequested = false;
    m_finished = true; // from here on, only the re-read below ends the run
    m_error =
        tr("HAProxy was restarted or reloaded while %1/%2 was being removed (worker pid %3, now %4): the "
           "new process starts again from its configuration, so what was done to the server is gone. "
           "Nothing more was sent; check the server and start again.")
            .arg(m_backend, m_server)
            .arg(oldPid)
            .arg(newPid);
    // What the new process has, so the condition reported is true there.
    reread([this] {
        setState(State::Failed);
        emit message(
            tr("%1 %2/%3 is in %4 now.").arg(m_error, m_backend, m_server, serverConditionText(m_condition)));
        emit finished(false);
    });
}

void SafeRemove::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_connection) {
        fail(tr("The connection to HAProxy is gone."));
        return;
    }
    // Every step is an admin command; refusing here keeps a lower-level socket from
    // getting half way (say, drained but never deleted).
    const AccessLevel level = m_connection->level();
    if (level != AccessLevel::Unknown && level < AccessLevel::Admin) {
        fail(tr("Removing a server needs an admin-level socket; this one is at level %1. "
                "Nothing was sent: %2/%3 is unchanged.")
                 .arg(accessLevelName(level), m_backend, m_server));
        return;
    }
    connect(m_connection, &RuntimeConnection::workerChanged, this, &SafeRemove::onWorkerChanged);
    drain();
}

void SafeRemove::drain()
{
    setState(State::Draining);
    emit message(tr("Draining %1/%2: no new sessions go to it.").arg(m_backend, m_server));
    const Result<RuntimeCommand> command =
        CommandBuilder::setServerState(m_backend, m_server, CommandBuilder::ServerState::Drain);
    sendStep(command, ServerCondition::Drain, [this] {
        m_waitSinceMs = m_clock->nowMs();
        m_deadlineMs = m_options.idleTimeoutMs > 0 ? m_options.idleTimeoutMs : -1;
        setState(State::WaitingForIdle);
        emit message(m_deadlineMs > 0 ? tr("Waiting up to %n seconds for its sessions to end.", nullptr,
                         int((m_options.idleTimeoutMs + 999) / 1000))
                                      : tr("Waiting for its sessions to end."));
        poll();
    });
}

void SafeRemove::poll()
{
    if (m_state != State::WaitingForIdle && m_state != State::TimedOut)
        return;
    CommandBuilder::StatScope scope;
    scope.proxy = m_backend;
    scope.typeMask = CommandBuilder::Servers;
    const int generation = m_pollGeneration;
    send(
        CommandBuilder::showStat(scope),
        [this, generation](const RuntimeReply &reply) {
            if (generation == m_pollGeneration)
                onPolled(reply);
        },
        !m_pollAnnounced);
    m_pollAnnounced = true;
}

void SafeRemove::schedulePoll()
{
    m_pollTimer->start(m_options.pollIntervalMs);
}

void SafeRemove::onPolled(const RuntimeReply &reply)
{
    if (!reply.ok()) {
        if (reply.isTransient()) {
            // A read is safe to repeat; the connection reconnects by itself.
            emit message(tr("Could not read the sessions (%1); trying again.").arg(reply.errorMessage));
            schedulePoll();
            return;
        }
        m_error = reply.text();
        failAfterReread();
        return;
    }
    const Result<StatTable> table = StatParser::parse(reply.body);
    const StatRow *row = table ? table->server(m_backend.toUtf8(), m_server.toUtf8()) : nullptr;
    if (!row) {
        m_error = table ? tr("%1/%2 is no longer in show stat; someone else may have removed it.")
                              .arg(m_backend, m_server)
                        : table.error();
        failAfterReread();
        return;
    }

    const int current = sessionsOf(*row);
    const bool changed = current != m_currentSessions;
    m_currentSessions = current;
    // Persistent clients may still reach a draining server, so the count can grow.
    m_initialSessions = std::max(m_initialSessions, current);
    if (changed)
        emit sessionsChanged(current, m_initialSessions);

    if (current == 0) {
        emit message(tr("No sessions left on %1/%2.").arg(m_backend, m_server));
        maint();
        return;
    }
    if (m_state == State::WaitingForIdle && m_deadlineMs >= 0
        && m_clock->nowMs() - m_waitSinceMs >= m_deadlineMs) {
        if (m_options.shutdownOnTimeout) {
            emit message(
                tr("Timed out with %n sessions left; shutting them down as asked.", nullptr, current));
            shutdownSessions();
            return;
        }
        enterTimedOut();
    }
    schedulePoll();
}

void SafeRemove::enterTimedOut()
{
    setState(State::TimedOut);
    emit message(tr("Timed out: %n sessions still on %1/%2. Shut them down, or cancel to leave it in DRAIN.",
        nullptr, m_currentSessions)
                     .arg(m_backend, m_server));
}

void SafeRemove::shutdownSessions()
{
    if (!canShutdownSessions())
        return;
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    setState(State::ShuttingDownSessions);
    emit message(tr("Shutting down the sessions of %1/%2.").arg(m_backend, m_server));
    const Result<RuntimeCommand> command = CommandBuilder::shutdownSessionsServer(m_backend, m_server);
    sendStep(command, std::nullopt, [this] {
        m_waitSinceMs = m_clock->nowMs();
        m_deadlineMs = std::max(ShutdownGraceMs, 4 * m_options.pollIntervalMs);
        setState(State::WaitingForIdle);
        poll();
    });
}

void SafeRemove::maint()
{
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    setState(State::Maintenance);
    emit message(tr("Putting %1/%2 in maintenance.").arg(m_backend, m_server));
    const Result<RuntimeCommand> command =
        CommandBuilder::setServerState(m_backend, m_server, CommandBuilder::ServerState::Maint);
    sendStep(command, ServerCondition::Maint, [this] {
        if (usesWaitRemovable())
            waitRemovable();
        else
            deleteServer();
    });
}

void SafeRemove::waitRemovable()
{
    setState(State::WaitingRemovable);
    emit message(tr("Waiting until HAProxy says %1/%2 can be removed.").arg(m_backend, m_server));
    const Result<RuntimeCommand> command =
        CommandBuilder::waitServerRemovable(m_backend, m_server, std::max(1, m_options.removableTimeoutMs));
    send(command, [this, command](const RuntimeReply &reply) {
        // HAProxy 3.0 answers a bare "Failed." both when the wait expires and at once when the
        // server can never be removed (referenced by a track, a use-server rule...): it gives no
        // reason. `del server` checks the same conditions and says which one holds, so it is
        // sent anyway: it deletes the server if it became removable meanwhile (what was asked),
        // or refuses with HAProxy's own words. A HAProxy without `wait` is treated the same.
        const bool refusedWithoutReason =
            reply.error == RuntimeError::HaproxyError || reply.error == RuntimeError::UnknownCommand;
        if (!reply.ok() && !refusedWithoutReason) {
            failAfterReread(*command, reply);
            return;
        }
        if (cancelPending())
            return;
        if (!reply.ok())
            emit message(tr("HAProxy did not confirm that %1/%2 can be removed (“%3”); asking it to delete "
                            "the server, which says why if it cannot.")
                             .arg(m_backend, m_server, reply.errorMessage));
        deleteServer();
    });
}

void SafeRemove::deleteServer()
{
    if (m_state != State::Deleting) {
        setState(State::Deleting);
        emit message(tr("Deleting %1/%2.").arg(m_backend, m_server));
        m_removableSinceMs = m_clock->nowMs();
    }
    const Result<RuntimeCommand> command = CommandBuilder::delServer(m_backend, m_server);
    send(command, [this, command](const RuntimeReply &reply) {
        // Connections of the last sessions may still be closing right after maintenance.
        // HAProxy 3.0+ waits for that (`wait srv-removable`); before, it refuses `del server`
        // and changes nothing, so it is asked again for as long as that wait would last.
        const bool stillAttached = reply.error == RuntimeError::HaproxyError
            && reply.errorMessage.contains(QStringLiteral("connections attached"));
        if (stillAttached && !m_cancelRequested
            && m_clock->nowMs() - m_removableSinceMs < m_options.removableTimeoutMs) {
            m_deleteRetryGeneration = m_pollGeneration;
            m_deleteRetryTimer->start(std::clamp(m_options.pollIntervalMs, 50, 1000));
            return;
        }
        if (!reply.ok()) {
            failAfterReread(*command, reply);
            return;
        }
        const bool lateCancel = m_cancelRequested;
        m_cancelRequested = false;
        setCondition(ServerCondition::Deleted);
        setState(State::Done);
        emit message(lateCancel
                ? tr("The cancel came too late: %1/%2 was already being deleted, and is gone.")
                      .arg(m_backend, m_server)
                : tr("%1/%2 is removed.").arg(m_backend, m_server));
        m_finished = true;
        emit finished(true);
    });
}

void SafeRemove::sendStep(
    const Result<RuntimeCommand> &command, std::optional<ServerCondition> reached, std::function<void()> next)
{
    send(command, [this, command, reached, next = std::move(next)](const RuntimeReply &reply) {
        if (!reply.ok()) {
            failAfterReread(*command, reply);
            return;
        }
        if (reached)
            setCondition(*reached);
        if (cancelPending())
            return;
        next();
    });
}

void SafeRemove::failAfterReread(const RuntimeCommand &command, const RuntimeReply &reply)
{
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    m_cancelRequested = false;
    if (CommandChannel::outcomeUnknown(command, reply)) {
        // The line may or may not have been applied; sending it again could act twice
        // (on a new worker after a reload, say), so only the state is read back.
        m_error = tr("result unknown; re-read: the connection was lost before HAProxy answered “%1”.")
                      .arg(command.text());
    } else {
        m_error = reply.text();
    }
    reread([this, command] {
        setState(State::Failed);
        emit message(
            tr("“%1” failed: %2 %3/%4 is in %5.")
                .arg(command.text(), m_error, m_backend, m_server, serverConditionText(m_condition)));
        m_finished = true;
        emit finished(false);
    });
}

void SafeRemove::fail(const QString &error)
{
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    m_error = error;
    qCWarning(lcWorkflow, "safe remove failed: %s", qPrintable(error));
    setState(State::Failed);
    emit message(error);
    if (!m_finished) {
        m_finished = true;
        emit finished(false);
    }
}

void SafeRemove::reread(std::function<void()> next)
{
    if (!m_connection) {
        setCondition(ServerCondition::Unknown);
        next();
        return;
    }
    send(CommandBuilder::showServersState(m_backend), [this, next](const RuntimeReply &reply) {
        setCondition(ServerConditionReader::read(reply).of(m_server));
        next();
    });
}

bool SafeRemove::cancelPending()
{
    if (!m_cancelRequested)
        return false;
    m_cancelRequested = false;
    reread([this] { finishCancel(); });
    return true;
}

void SafeRemove::cancel()
{
    if (!canCancel())
        return;
    const bool writeInFlight = m_state != State::WaitingForIdle && m_state != State::TimedOut;
    ++m_pollGeneration;
    m_pollTimer->stop();
    m_deleteRetryTimer->stop();
    setState(State::Cancelling);
    if (writeInFlight) {
        // What is on the wire cannot be taken back: its answer decides where the server
        // is, and the handler honours the cancel then.
        m_cancelRequested = true;
        emit message(tr("Cancelling after the command in progress is answered."));
        return;
    }
    reread([this] { finishCancel(); });
}

void SafeRemove::failAfterReread()
{
    reread([this] {
        setState(State::Failed);
        emit message(tr("Failed: %1 %2/%3 is in %4.")
                         .arg(m_error, m_backend, m_server, serverConditionText(m_condition)));
        m_finished = true;
        emit finished(false);
    });
}

void SafeRemove::finishCancel()
{
    setState(State::Cancelled);
    emit message(
        tr("Cancelled. %1/%2 is left in %3.").arg(m_backend, m_server, serverConditionText(m_condition)));
    if (!m_finished) {
        m_finished = true;
        emit finished(false);
    }
}

void SafeRemove::restoreReady()
{
    if (!canRestoreReady())
        return;
    const State before = m_state;
    setState(State::Restoring);
    emit message(tr("Returning %1/%2 to READY.").arg(m_backend, m_server));
    const Result<RuntimeCommand> command =
        CommandBuilder::setServerState(m_backend, m_server, CommandBuilder::ServerState::Ready);
    if (!command) {
        setState(before);
        emit message(command.error());
        emit restoreFinished(false);
        return;
    }
    send(command, [this, before, command](const RuntimeReply &reply) {
        QString error;
        if (!reply.ok()) {
            error = CommandChannel::outcomeUnknown(*command, reply)
                ? tr("result unknown; re-read: the connection was lost before HAProxy answered.")
                : reply.text();
        }
        reread([this, before, error] {
            setState(before);
            const bool ok = error.isEmpty() && m_condition == ServerCondition::Ready;
            if (error.isEmpty())
                emit message(
                    tr("%1/%2 is in %3.").arg(m_backend, m_server, serverConditionText(m_condition)));
            else
                emit message(tr("Could not return %1/%2 to READY: %3 It is in %4.")
                                 .arg(m_backend, m_server, error, serverConditionText(m_condition)));
            emit restoreFinished(ok);
        });
    });
}
