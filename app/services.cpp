#include "app/services.h"

#include "core/storage/auditlog.h"
#include "core/storage/drainjobstore.h"
#include "core/workflows/drainscheduler.h"
#include "models/clusterstore.h"
#include "models/connectionprofilesmodel.h"
#include "models/notificationcenter.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "views/desktopnotifier.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

Services::Services(Settings *settings, const QString &auditPath)
    : m_settings(settings)
{
    // Clusters and scheduled drains are kept next to the settings (HADESK_SETTINGS moves all).
    const QDir dir = QFileInfo(settings->store().fileName()).dir();
    m_profiles = std::make_unique<ConnectionProfilesModel>(&settings->store());
    m_profiles->load();
    m_clusters = std::make_unique<ClusterStore>(dir.filePath(QStringLiteral("clusters.json")));
    m_drainStore = std::make_unique<DrainJobStore>(dir.filePath(QStringLiteral("drains.json")));
    m_drainScheduler = std::make_unique<DrainScheduler>(m_drainStore.get());
    m_audit = std::make_unique<AuditLog>(auditPath.isEmpty() ? AuditLog::defaultPath() : auditPath);
    m_audit->load();
    m_sessions = std::make_unique<SessionManager>();
    m_sessions->setDrainScheduler(m_drainScheduler.get());
    m_sessions->setAuditLog(m_audit.get());
    m_notifier = std::make_unique<DesktopNotifier>();
    m_notifications = std::make_unique<NotificationCenter>(settings, m_notifier.get());
    m_notifications->setSessionManager(m_sessions.get());
    m_notifications->setDrainScheduler(m_drainScheduler.get());
    // Any window of hadesk active (a dialog too): the user sees what happens.
    m_notifications->setInFront([] { return QGuiApplication::applicationState() == Qt::ApplicationActive; });
}

Services::~Services()
{
    // Every session closed while the scheduler and the audit log still hear of it.
    m_sessions.reset();
}

MainWindow::Services Services::forWindow() const
{
    return { m_settings, m_profiles.get(), m_sessions.get(), m_clusters.get(), m_drainScheduler.get(),
        m_audit.get(), m_notifications.get() };
}
