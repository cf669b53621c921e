#pragma once

#include "core/transport/endpoint.h"
#include "models/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class DrainScheduler;
class HistoryStore;
class InstanceSession;

// The instance sessions hadesk has open, in the order they were opened: opens them (one per
// endpoint, one CLI slot each), records every command they send in the audit log, lends their
// connections to the drain scheduler, and closes them. Windows show sessions; they do not own them.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    explicit SessionManager(QObject *parent = nullptr);
    ~SessionManager() override; // closes every session

    // The traffic history every session records into; lives as long as the manager.
    HistoryStore *history() const { return m_history; }
    // Both optional and not owned; they must outlive the manager or be reset to nullptr first.
    void setAuditLog(AuditLog *log);
    AuditLog *auditLog() const;
    void setDrainScheduler(DrainScheduler *scheduler);

    QList<InstanceSession *> sessions() const { return m_sessions; }
    InstanceSession *find(const QString &id) const; // by endpoint text
    int indexOf(const InstanceSession *session) const; // -1 if not open here

    // Opens a session on endpoint (the caller checked find() first: an endpoint already open
    // is opened twice otherwise). sessionOpened() comes before it starts connecting, so a
    // window can follow its first state changes.
    InstanceSession *open(const ConnectionProfile &profile, const Endpoint &endpoint, int pollIntervalMs);
    // Stops and removes the session; it is deleted later (this may run inside one of its own
    // signals). No-op for a session not open here.
    void close(InstanceSession *session);
    void closeAll();

signals:
    void sessionOpened(InstanceSession *session); // appended to sessions()
    // Already removed from sessions(), still open; index is where it was.
    void sessionClosing(InstanceSession *session, int index);
    void sessionsChanged();

private:
    HistoryStore *m_history = nullptr;
    QPointer<AuditLog> m_audit;
    QPointer<DrainScheduler> m_scheduler;
    QList<InstanceSession *> m_sessions; // in opening order
};
