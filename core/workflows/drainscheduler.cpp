#include "core/workflows/drainscheduler.h"

#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/storage/drainjobstore.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/saferemove.h"

#include <algorithm>

namespace {

using State = DrainJob::State;
using Condition = ServerCondition;

bool isActive(State state)
{
    return state == State::Draining || state == State::WaitingIdle || state == State::Ending
        || state == State::InWindow;
}

} // namespace

DrainScheduler::DrainScheduler(DrainJobStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_clock(options.clock ? options.clock : Clock::system())
{
    m_options.pollIntervalMs = std::max(50, m_options.pollIntervalMs);
}

DrainScheduler::~DrainScheduler()
{
    // Answers still in flight must not reach a half-destroyed scheduler.
    for (auto &[id, rt] : m_runtime) {
        rt.channel->dropAnswers();
        delete rt.remove.data();
    }
}

QString DrainScheduler::levelProblem(AccessLevel level)
{
    if (level == AccessLevel::Unknown || level >= AccessLevel::Admin)
        return {};
    return tr("Draining needs an admin-level socket; this one is at level %1, where HAProxy refuses "
              "every state change.")
        .arg(accessLevelName(level));
}

DrainJob *DrainScheduler::find(const QUuid &id)
{
    for (DrainJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

const DrainJob *DrainScheduler::job(const QUuid &id) const
{
    for (const DrainJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

int DrainScheduler::indexOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return int(i);
    }
    return -1;
}

DrainScheduler::Runtime *DrainScheduler::runtime(const QUuid &id)
{
    const auto it = m_runtime.find(id);
    return it == m_runtime.end() ? nullptr : &it->second;
}

DrainScheduler::Runtime &DrainScheduler::addRuntime(const QUuid &id)
{
    Runtime &rt = m_runtime[id];
    rt.timer = m_clock->createTimer(this);
    connect(rt.timer, &ClockTimer::timeout, this, [this, id] { step(id); });
    rt.channel = new CommandChannel(nullptr, this);
    // Writes only: the reads of a wait would fill the log.
    connect(rt.channel, &CommandChannel::commandSent, this,
        [this, id](const QString &line) { say(id, tr("Sending “%1”.").arg(line)); });
    return rt;
}

QList<QUuid> DrainScheduler::overdueJobIds() const
{
    QList<QUuid> ids;
    for (const DrainJob &job : m_jobs) {
        if (job.state == State::Overdue)
            ids.append(job.id);
    }
    return ids;
}

bool DrainScheduler::isWaitingForConnection(const QUuid &id) const
{
    const auto it = m_runtime.find(id);
    return it != m_runtime.end() && it->second.waitingForConnection;
}

QString DrainScheduler::statusText(const QUuid &id) const
{
    const DrainJob *j = job(id);
    if (!j)
        return {};
    QString text = DrainJob::stateName(j->state);
    if (j->state == State::WaitingIdle && j->currentSessions >= 0)
        text = tr("%1 (%n left)", nullptr, j->currentSessions).arg(text);
    if (!j->isFinished() && isWaitingForConnection(id))
        text = tr("%1 (not connected)").arg(text);
    if (j->isFinished() && !j->serverState.isEmpty())
        text = tr("%1 (server %2)").arg(text, j->serverState);
    return text;
}

bool DrainScheduler::canCancel(const QUuid &id) const
{
    const DrainJob *j = job(id);
    return j && !j->isFinished();
}

bool DrainScheduler::canRunNow(const QUuid &id) const
{
    const DrainJob *j = job(id);
    return j && (j->state == State::Waiting || j->state == State::Overdue || j->state == State::InWindow);
}

void DrainScheduler::persist()
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->save(m_jobs, &error))
        emit storeError(error);
}

void DrainScheduler::say(const QUuid &id, const QString &text)
{
    emit message(id, text);
}

void DrainScheduler::setState(const QUuid &id, State state)
{
    DrainJob *job = find(id);
    if (!job)
        return;
    job->state = state;
    qCDebug(
        lcWorkflow, "drain %s/%s: state %d", qPrintable(job->backend), qPrintable(job->server), int(state));
    job->transitions.append({ state, m_clock->nowUtc() });
    persist();
    emit jobChanged(id);
}

void DrainScheduler::setWaitingForConnection(const QUuid &id, bool waiting)
{
    Runtime *rt = runtime(id);
    if (!rt || rt->waitingForConnection == waiting)
        return;
    rt->waitingForConnection = waiting;
    emit jobChanged(id);
}

void DrainScheduler::arm(const QUuid &id, qint64 delayMs)
{
    if (Runtime *rt = runtime(id))
        rt->timer->start(std::max<qint64>(delayMs, 0));
}

void DrainScheduler::stopWork(const QUuid &id)
{
    Runtime *rt = runtime(id);
    if (!rt)
        return;
    rt->channel->dropAnswers();
    rt->busy = false;
    rt->timer->stop();
    if (rt->remove) {
        rt->remove->disconnect(this);
        rt->remove->deleteLater();
        rt->remove = nullptr;
    }
}

bool DrainScheduler::load()
{
    if (!m_store)
        return true;
    const DrainJobStore::LoadResult loaded = m_store->load();
    m_loadError = loaded.error;
    const QDateTime now = m_clock->nowUtc();
    QList<QUuid> overdue;
    for (DrainJob job : loaded.jobs) {
        if (find(job.id))
            continue;
        Runtime &rt = addRuntime(job.id);
        const bool startMissed = job.state == State::Waiting && job.startAtUtc <= now;
        const bool windowMissed = job.state == State::InWindow && job.windowEndsUtc <= now;
        if (startMissed || windowMissed) {
            // Nobody was there to see it run: doing it late without asking could cut
            // traffic at a moment nobody chose.
            job.state = State::Overdue;
            job.transitions.append({ State::Overdue, now });
            overdue.append(job.id);
        }
        rt.needsVerify = isActive(job.state);
        m_jobs.append(job);
        emit jobAdded(job.id);
    }
    if (!overdue.isEmpty() || !loaded.ok())
        persist();
    for (const DrainJob &job : std::as_const(m_jobs))
        step(job.id);
    if (!overdue.isEmpty())
        emit overdueJobs(overdue);
    if (!loaded.ok())
        emit storeError(loaded.error);
    return loaded.ok();
}

void DrainScheduler::setConnection(const QString &instanceId, RuntimeConnection *connection)
{
    RuntimeConnection *old = m_connections.value(instanceId);
    if (old == connection)
        return;
    if (old)
        old->disconnect(this);
    if (connection)
        m_connections.insert(instanceId, connection);
    else
        m_connections.remove(instanceId);
    if (connection) {
        connect(connection, &RuntimeConnection::ready, this,
            [this, instanceId] { onConnectionReady(instanceId); });
        connect(connection, &RuntimeConnection::stateChanged, this,
            [this, instanceId] { onConnectionStateChanged(instanceId); });
    }
    const QList<QUuid> ids = openJobs(instanceId);
    for (const QUuid &id : std::as_const(ids)) {
        const DrainJob *j = job(id);
        if (!j)
            continue;
        if (isActive(j->state)) {
            // What was sent on the old connection may or may not have been applied.
            stopWork(id);
            if (Runtime *rt = runtime(id))
                rt->needsVerify = true;
        }
        step(id);
    }
}

QList<QUuid> DrainScheduler::openJobs(const QString &instanceId) const
{
    QList<QUuid> ids;
    for (const DrainJob &job : std::as_const(m_jobs)) {
        if (job.instanceId == instanceId && !job.isFinished())
            ids.append(job.id);
    }
    return ids;
}

RuntimeConnection *DrainScheduler::connection(const QString &instanceId) const
{
    return m_connections.value(instanceId);
}

void DrainScheduler::onConnectionReady(const QString &instanceId)
{
    const QList<QUuid> ids = openJobs(instanceId);
    for (const QUuid &id : std::as_const(ids)) {
        const DrainJob *j = job(id);
        Runtime *rt = runtime(id);
        if (!j || !rt)
            continue;
        // A reconnect may follow a reload or someone else's work: look before going on.
        if (isActive(j->state) && !rt->busy)
            rt->needsVerify = true;
        step(id);
    }
}

void DrainScheduler::onConnectionStateChanged(const QString &instanceId)
{
    RuntimeConnection *connection = m_connections.value(instanceId);
    const bool ready = connection && connection->isReady();
    if (ready)
        return; // ready() follows and steps the jobs
    for (const DrainJob &job : std::as_const(m_jobs)) {
        if (job.instanceId == instanceId && !job.isFinished() && job.state != State::Overdue)
            setWaitingForConnection(job.id, true);
    }
}

Result<QUuid> DrainScheduler::addJob(DrainJob job)
{
    if (job.id.isNull())
        job.id = QUuid::createUuid();
    if (find(job.id))
        return Result<QUuid>::failure(tr("A job with this id is already scheduled."));
    if (const Result<void> valid = job.validate(); !valid)
        return Result<QUuid>::failure(valid.error());
    // The names go on command lines: refuse what CommandBuilder refuses, before anything.
    if (const Result<QStringList> plan = job.plannedCommands(); !plan)
        return Result<QUuid>::failure(plan.error());
    if (RuntimeConnection *connection = m_connections.value(job.instanceId)) {
        const QString problem = levelProblem(connection->level());
        if (!problem.isEmpty())
            return Result<QUuid>::failure(
                tr("%1/%2 was not scheduled. %3").arg(job.backend, job.server, problem));
    }
    for (const DrainJob &other : std::as_const(m_jobs)) {
        if (!other.isFinished() && other.instanceId == job.instanceId && other.backend == job.backend
            && other.server == job.server)
            return Result<QUuid>::failure(
                tr("%1/%2 already has a scheduled drain that has not finished; cancel it first.")
                    .arg(job.backend, job.server));
    }
    job.startAtUtc = job.startAtUtc.toUTC();
    job.state = State::Waiting;
    job.transitions = { { State::Waiting, m_clock->nowUtc() } };
    job.drainStartedUtc = {};
    job.windowEndsUtc = {};
    job.sessionsShutDown = false;
    job.lastError.clear();
    job.serverState.clear();
    job.currentSessions = -1;
    job.initialSessions = -1;
    addRuntime(job.id);
    m_jobs.append(job);
    persist();
    emit jobAdded(job.id);
    say(job.id,
        tr("Drain of %1/%2 scheduled for %3.")
            .arg(job.backend, job.server, job.startAtUtc.toLocalTime().toString(Qt::ISODate)));
    step(job.id);
    return job.id;
}

Result<void> DrainScheduler::cancel(const QUuid &id)
{
    DrainJob *job = find(id);
    Runtime *rt = runtime(id);
    if (!job || !rt)
        return Result<void>::failure(tr("No such scheduled drain."));
    if (job->isFinished())
        return Result<void>::failure(tr("The drain of %1/%2 has already finished (%3).")
                                         .arg(job->backend, job->server, DrainJob::stateName(job->state)));
    if (rt->cancelRequested)
        return {};
    rt->cancelRequested = true;
    say(id, tr("Cancelling the drain of %1/%2.").arg(job->backend, job->server));
    if (rt->remove) {
        // SafeRemove lets a write in flight finish, re-reads, and reports Cancelled.
        rt->remove->cancel();
        return {};
    }
    if (rt->channel->writeInFlight())
        return {}; // honoured when its answer comes (sendWrite)
    stopWork(id);
    finishCancel(id);
    return {};
}

void DrainScheduler::finishCancel(const QUuid &id)
{
    auto done = [this, id](Condition condition) {
        DrainJob *job = find(id);
        if (!job)
            return;
        stopWork(id);
        if (Runtime *rt = runtime(id))
            rt->cancelRequested = false;
        job->serverState = serverConditionName(condition);
        const QString where =
            job->serverState.isEmpty() ? tr("an unknown state (not connected)") : job->serverState;
        const QString text = tr("Cancelled. %1/%2 is left in %3.").arg(job->backend, job->server, where);
        setState(id, State::Cancelled);
        say(id, text);
    };
    RuntimeConnection *connection = m_connections.value(find(id)->instanceId);
    if (!connection || !connection->isReady()) {
        done(Condition::Unknown);
        return;
    }
    readCondition(id, [done](Condition condition, const QString &) { done(condition); });
}

Result<void> DrainScheduler::runNow(const QUuid &id)
{
    DrainJob *job = find(id);
    if (!job)
        return Result<void>::failure(tr("No such scheduled drain."));
    const QDateTime now = m_clock->nowUtc();
    if (job->state == State::Waiting || (job->state == State::Overdue && !job->windowEndsUtc.isValid())) {
        job->startAtUtc = now;
        say(id, tr("Starting the drain of %1/%2 now.").arg(job->backend, job->server));
        setState(id, State::Waiting);
    } else if (job->state == State::InWindow || job->state == State::Overdue) {
        job->windowEndsUtc = now;
        if (Runtime *rt = runtime(id))
            rt->needsVerify = true; // the server sat in MAINT unwatched: look first
        say(id, tr("Ending the maintenance window of %1/%2 now.").arg(job->backend, job->server));
        setState(id, State::InWindow);
    } else {
        return Result<void>::failure(tr("The drain of %1/%2 is %3: there is nothing to run now.")
                                         .arg(job->backend, job->server, DrainJob::stateName(job->state)));
    }
    step(id);
    return {};
}

int DrainScheduler::removeFinished()
{
    QList<QUuid> ids;
    for (const DrainJob &job : std::as_const(m_jobs)) {
        if (job.isFinished())
            ids.append(job.id);
    }
    for (const QUuid &id : std::as_const(ids)) {
        stopWork(id);
        if (Runtime *rt = runtime(id)) {
            delete rt->timer;
            delete rt->channel;
            m_runtime.erase(id);
        }
        m_jobs.removeAt(indexOf(id));
    }
    if (ids.isEmpty())
        return 0;
    persist();
    for (const QUuid &id : std::as_const(ids))
        emit jobRemoved(id);
    return int(ids.size());
}
