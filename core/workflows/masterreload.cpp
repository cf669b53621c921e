#include "core/workflows/masterreload.h"

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"

MasterReload::MasterReload(RuntimeConnection *connection, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_timer(clock->createTimer(this))
{
    connect(m_timer, &ClockTimer::timeout, this, &MasterReload::watch);
}

void MasterReload::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    // A link being re-established (the master drops every session on each reload) is fine:
    // commands wait for it.
    if (!m_connection || m_connection->state() == RuntimeConnection::State::Disconnected) {
        // From the event loop, like every other ending.
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::NotSent, tr("Not connected: nothing was sent.")); },
            Qt::QueuedConnection);
        return;
    }
    if (!m_connection->isMaster()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Outcome::NotSent,
                    tr("This is a worker's stats socket: connect to HAProxy's master socket (haproxy -S) to "
                       "reload."));
            },
            Qt::QueuedConnection);
        return;
    }
    emit progress(tr("Reading the processes before the reload…"));
    m_connection->send(CommandBuilder::showProc(), this, [this](const RuntimeReply &reply) {
        const auto list =
            reply.ok() ? ProcParser::parse(reply.body) : Result<ProcList>::failure(reply.errorMessage);
        if (!list.ok() || list.value().workers.isEmpty()) {
            finish(Outcome::NotSent,
                tr("Could not read the processes before the reload, so nothing was sent: %1")
                    .arg(list.ok() ? tr("no current worker listed") : list.error()));
            return;
        }
        m_before = list.value();
        m_report.oldWorker = m_before.workers.constFirst().pid;
        sendReload();
    });
}

void MasterReload::sendReload()
{
    emit progress(tr("Reloading (worker %1)…").arg(m_report.oldWorker));
    m_sentAtMs = m_clock->nowMs();
    m_connection->send(
        CommandBuilder::reload(), this, [this](const RuntimeReply &reply) { onReloadAnswer(reply); });
}

void MasterReload::onReloadAnswer(const RuntimeReply &reply)
{
    switch (reply.error) {
    case RuntimeError::None: {
        const ReloadAnswer answer = StartupLog::parseReloadAnswer(reply.body);
        m_report.haproxySaid = answer.success;
        m_report.log = answer.log;
        if (answer.success == false) {
            m_report.newWorker = m_report.oldWorker;
            finish(Outcome::Failed,
                tr("HAProxy could not load the new configuration; worker %1 still serves with the old one.")
                    .arg(m_report.oldWorker));
            return;
        }
        break;
    }
    case RuntimeError::OutcomeUnknown:
    case RuntimeError::Disconnected:
    case RuntimeError::Timeout:
        // HAProxy 2.6 closes without a word; the processes tell.
        emit progress(tr("HAProxy gave no status; watching its processes…"));
        break;
    default:
        finish(Outcome::NotSent, tr("The reload was refused: %1").arg(reply.errorMessage));
        return;
    }
    m_timer->start(WatchIntervalMs);
}

void MasterReload::watch()
{
    if (m_done || !m_connection)
        return;
    if (m_clock->nowMs() - m_sentAtMs > WatchLimitMs) {
        finish(Outcome::Unknown,
            tr("No new worker and no failure seen %1 s after the reload; look at the Processes view.")
                .arg(WatchLimitMs / 1000));
        return;
    }
    m_connection->send(CommandBuilder::showProc(), this, [this](const RuntimeReply &reply) {
        const auto list =
            reply.ok() ? ProcParser::parse(reply.body) : Result<ProcList>::failure(reply.errorMessage);
        if (list.ok())
            onProc(list.value());
        if (!m_done)
            m_timer->start(WatchIntervalMs);
    });
}

void MasterReload::onProc(const ProcList &list)
{
    qint64 newWorker = 0;
    for (const ProcEntry &worker : list.workers) {
        if (worker.pid != m_report.oldWorker)
            newWorker = worker.pid;
    }
    const bool failedMore = list.master.failedReloads != ProcEntry::NoValue
        && m_before.master.failedReloads != ProcEntry::NoValue
        && list.master.failedReloads > m_before.master.failedReloads;
    if (newWorker == 0 && failedMore && !m_report.haproxySaid) {
        m_report.newWorker = m_report.oldWorker;
        finish(Outcome::Failed,
            tr("HAProxy could not load the new configuration (its failed reloads went from %1 to %2); worker "
               "%3 "
               "still serves with the old one. HAProxy %4 does not say why: run haproxy -c on the "
               "configuration.")
                .arg(m_before.master.failedReloads)
                .arg(list.master.failedReloads)
                .arg(m_report.oldWorker)
                .arg(QString::fromUtf8(list.master.version)));
        return;
    }
    if (newWorker == 0)
        return;
    m_report.newWorker = newWorker;
    if (m_connection->isReady() && m_connection->workerPid() == newWorker) {
        finish(Outcome::Loaded,
            tr("Reloaded: worker %1 took over from worker %2.").arg(newWorker).arg(m_report.oldWorker));
    } else {
        emit progress(tr("New worker %1 is running; waiting for the connection to reach it…").arg(newWorker));
    }
}

void MasterReload::finish(Outcome outcome, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_timer->stop();
    m_report.outcome = outcome;
    m_report.message = message;
    emit finished(m_report);
}
