#pragma once

#include "core/parsers/sslcertparser.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class CertificatesModel;
class InstanceSession;
class SessionManager;

// Fills a CertificatesModel from every open instance: `show ssl cert`, then `show ssl cert
// <name>` for each certificate, pipelined on the instance's connection. Only when asked
// (refresh()), when it becomes active (the dock is shown), when an instance connects or opens
// while active, and every RefreshMinutes while active: certificates change by the day, not by
// the second. An instance that cannot answer (not connected, a level too low, an HAProxy
// without SSL) keeps its rows from before and is named in errors(); the others load anyway.
class CertificatesLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshMinutes = 10;
    // A read refused because another session holds the certificates lock is asked again.
    static constexpr int LockedAttempts = 6;
    static constexpr int LockedRetryMs = 100; // times the attempt number

    CertificatesLoader(SessionManager *sessions, CertificatesModel *model, QObject *parent = nullptr);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void refresh();
    bool isLoading() const { return !m_loading.isEmpty(); }
    // Instance display name → what went wrong there, from the last load of each instance.
    QHash<QString, QString> errors() const;

signals:
    void loadingChanged(bool loading);
    void errorsChanged();

private:
    struct Load
    {
        int generation = 0;
        int outstanding = 0;
        QList<SslCertInfo> certs;
        QStringList problems;
    };
    void watch(InstanceSession *session);
    void load(InstanceSession *session);
    void sendRead(InstanceSession *session, int generation, const RuntimeCommand &command, int attempt,
        const std::function<void(InstanceSession *, const RuntimeReply &)> &done);
    void onList(InstanceSession *session, int generation, const RuntimeReply &reply);
    void onCert(InstanceSession *session, int generation, const RuntimeReply &reply);
    void finishLoad(InstanceSession *session);
    void setError(const QString &instanceId, const QString &name, const QString &message);

    QPointer<SessionManager> m_sessions;
    CertificatesModel *m_model;
    QTimer m_timer;
    bool m_active = false;
    QHash<QString, Load> m_loads; // by instance id
    QHash<QString, QString> m_loading; // instance id → display name, while loading
    QHash<QString, QPair<QString, QString>> m_errors; // instance id → (name, message)
};
