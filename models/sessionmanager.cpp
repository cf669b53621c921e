#include "models/sessionmanager.h"

#include "core/storage/auditlog.h"
#include "core/workflows/drainscheduler.h"
#include "models/historystore.h"
#include "models/instancesession.h"

SessionManager::SessionManager(QObject *parent)
    : QObject(parent)
    , m_history(new HistoryStore(this))
{ }

SessionManager::~SessionManager()
{
    // Closed while the audit log and the scheduler still hear about it; deleted with us.
    const QList<InstanceSession *> sessions = m_sessions;
    closeAll();
    qDeleteAll(sessions);
}

void SessionManager::setAuditLog(AuditLog *log)
{
    if (m_audit) {
        for (InstanceSession *session : std::as_const(m_sessions))
            m_audit->detach(session->connection());
    }
    m_audit = log;
    if (m_audit) {
        for (InstanceSession *session : std::as_const(m_sessions))
            m_audit->attach(session->connection());
    }
}

AuditLog *SessionManager::auditLog() const
{
    return m_audit;
}

void SessionManager::setDrainScheduler(DrainScheduler *scheduler)
{
    if (m_scheduler) {
        for (InstanceSession *session : std::as_const(m_sessions))
            m_scheduler->setConnection(session->id(), nullptr);
    }
    m_scheduler = scheduler;
    if (m_scheduler) {
        for (InstanceSession *session : std::as_const(m_sessions))
            m_scheduler->setConnection(session->id(), session->connection());
    }
}

InstanceSession *SessionManager::find(const QString &id) const
{
    for (InstanceSession *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

int SessionManager::indexOf(const InstanceSession *session) const
{
    return int(m_sessions.indexOf(const_cast<InstanceSession *>(session)));
}

InstanceSession *SessionManager::open(
    const ConnectionProfile &profile, const Endpoint &endpoint, int pollIntervalMs)
{
    auto *session = new InstanceSession(profile, endpoint, pollIntervalMs, m_history, this);
    if (m_audit)
        m_audit->attach(session->connection());
    m_sessions.append(session);
    if (m_scheduler)
        m_scheduler->setConnection(session->id(), session->connection());
    emit sessionOpened(session);
    session->open();
    emit sessionsChanged();
    return session;
}

void SessionManager::close(InstanceSession *session)
{
    const int index = indexOf(session);
    if (index < 0)
        return;
    if (m_audit)
        m_audit->detach(session->connection());
    if (m_scheduler)
        m_scheduler->setConnection(session->id(), nullptr);
    m_sessions.removeAt(index);
    emit sessionClosing(session, index);
    session->close();
    // Later: this may run inside one of the session's own signals.
    session->deleteLater();
    emit sessionsChanged();
}

void SessionManager::closeAll()
{
    while (!m_sessions.isEmpty())
        close(m_sessions.last());
}
