#pragma once

#include "views/mainwindow.h"

#include <memory>

class AuditLog;
class ClusterStore;
class ConnectionProfilesModel;
class DrainJobStore;
class DrainScheduler;
class DesktopNotifier;
class NotificationCenter;
class SessionManager;
class Settings;

// hadesk's composition root: the long-lived services (saved connections, clusters, scheduled
// drains, the audit log, the open sessions), built once next to the settings file and handed
// to the window. They go in the reverse order: the sessions first, the stores they use last.
class Services
{
public:
    // settings must outlive this. The clusters and drain jobs live next to its file; the audit
    // log at auditPath (empty: AuditLog::defaultPath()). Nothing is loaded yet but the
    // profiles and the audit log: the window loads the rest and reports what did not read.
    Services(Settings *settings, const QString &auditPath);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    ConnectionProfilesModel *profiles() const { return m_profiles.get(); }
    MainWindow::Services forWindow() const;

private:
    Settings *m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<ClusterStore> m_clusters;
    std::unique_ptr<DrainJobStore> m_drainStore;
    std::unique_ptr<DrainScheduler> m_drainScheduler;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_notifications; // follows the sessions and the drains
};
