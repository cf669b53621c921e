#pragma once

#include "core/client/snapshot.h"
#include "core/parsers/sslcertparser.h"
#include "core/workflows/clock.h"
#include "core/workflows/drainjob.h"
#include "core/workflows/masterreload.h"
#include "models/notifier.h"
#include "models/statrowkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <functional>

class CertificatesLoader;
class CertificatesModel;
class DrainScheduler;
class InstanceSession;
class NotificationThrottle;
class SessionManager;
class Settings;

// Tells the desktop what happened while hadesk was not in front: servers and backends going
// DOWN or coming back UP, scheduled drains ending, reloads failing, certificates entering
// their last days, instances lost. Each kind can be switched off (Settings::store(),
// "notifications/<kind>", on by default); NotificationThrottle keeps a flapping server from
// flooding the desktop. Nothing is shown while hadesk is in front: the user sees it there.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    using Kind = Notification::Kind;
    static constexpr int CertificateWarningDays = 7;
    // A link back within this long (a reload through the master CLI drops it) is not news.
    static constexpr qint64 ConnectionGraceMs = 15 * 1000;

    // settings and notifier are not owned and must outlive the center.
    NotificationCenter(
        Settings *settings, Notifier *notifier, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~NotificationCenter() override;

    // Follows every session the manager opens: their snapshots and their links, and, while
    // CertExpiring is on, their certificates (read when each connects and every
    // CertificatesLoader::RefreshMinutes).
    void setSessionManager(SessionManager *sessions);
    void setDrainScheduler(DrainScheduler *scheduler);
    // True while the user looks at hadesk; nothing is shown then. By default never.
    void setInFront(std::function<bool()> inFront);
    Notifier *notifier() const { return m_notifier; }

    static QList<Kind> switchableKinds();
    static QString kindName(Kind kind); // "server-down": the settings key's last part
    static QString settingsKey(Kind kind); // "notifications/server-down"
    static QString kindLabel(Kind kind); // for people: "A server or backend goes DOWN"
    static QString rateLimitText(); // the rate limit, in words
    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);

public slots:
    // One poll of an instance. The first after connecting is the baseline; after it only a
    // fresh row's move from UP (or DRAIN, NOLB; "UP 1/3" is still UP) to DOWN or back counts.
    // MAINT is not DOWN: an operator put it there.
    void applySnapshot(const QString &instanceId, const QString &instanceName, const SnapshotPtr &snapshot);
    void forgetInstance(const QString &instanceId); // the next snapshot is a baseline
    void connectionLost(const QString &instanceId, const QString &instanceName);
    void connectionBack(const QString &instanceId, const QString &instanceName);
    void drainJobChanged(const DrainJob &job);
    void reloadFinished(
        const QString &instanceId, const QString &instanceName, const MasterReload::Report &report);
    // Every certificate of an instance, as read: each one with CertificateWarningDays or less
    // left is told once per (instance, certificate, expiry date).
    void certificatesRead(
        const QString &instanceId, const QString &instanceName, const QList<SslCertInfo> &certs);

signals:
    void enabledChanged(Notification::Kind kind, bool enabled);
    // The user clicked a notification of this instance (empty: of several).
    void activated(const QString &instanceId);

private:
    enum class Health { Alive, Down, Other };
    struct Instance
    {
        QHash<StatRowKey, Health> health;
        qint64 pid = 0;
        bool linkUp = false;
        bool lostTold = false;
        int lostGeneration = 0;
    };
    static Health healthOf(const StatStatus &status);
    void follow(InstanceSession *session);
    void watchLink(InstanceSession *session);
    void notifyHealth(const QString &instanceId, const QString &instanceName, const StatRow &row, Health now);
    void onDrainJob(const QUuid &id);
    void readCertificates();
    void updateCertificateReads();
    void submit(const Notification &notification);
    void showSummary(const QList<Notification> &held);
    static QString summaryLine(Kind kind, const QString &instanceName, const QStringList &subjects);

    Settings *m_settings;
    Notifier *m_notifier;
    Clock *m_clock;
    NotificationThrottle *m_throttle;
    std::function<bool()> m_inFront;
    QPointer<SessionManager> m_sessions;
    QPointer<DrainScheduler> m_scheduler;
    QHash<QString, Instance> m_instances; // by instance id
    QHash<QString, QString> m_names; // instance id → its name, for summaries
    QHash<QUuid, DrainJob::State> m_drainStates;
    QSet<QString> m_certificatesTold; // instance id, certificate, notAfter
    CertificatesModel *m_certModel = nullptr;
    CertificatesLoader *m_certLoader = nullptr;
};
