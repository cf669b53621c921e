#pragma once

#include "core/storage/drainjobstore.h"
#include "core/workflows/drainscheduler.h"
#include "models/clusterstore.h"
#include "models/connectionprofilesmodel.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "views/mainwindow.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

// What app/'s Services builds for a MainWindow, for tests: the clusters and drain jobs next to
// the test's settings file (a temporary folder), a session manager, no audit log unless one is
// set. Declare it before the window: it must outlive it.
class TestServices
{
public:
    TestServices(Settings *settings, ConnectionProfilesModel *profiles)
        : m_settings(settings)
        , m_profiles(profiles)
        , m_clusters(
              std::make_unique<ClusterStore>(dirOf(settings).filePath(QStringLiteral("clusters.json"))))
        , m_drainStore(
              std::make_unique<DrainJobStore>(dirOf(settings).filePath(QStringLiteral("drains.json"))))
        , m_drainScheduler(std::make_unique<DrainScheduler>(m_drainStore.get()))
        , m_sessions(std::make_unique<SessionManager>())
    {
        m_sessions->setDrainScheduler(m_drainScheduler.get());
    }
    ~TestServices() { m_sessions.reset(); }
    TestServices(const TestServices &) = delete;
    TestServices &operator=(const TestServices &) = delete;

    MainWindow::Services forWindow() const
    {
        return { m_settings, m_profiles, m_sessions.get(), m_clusters.get(), m_drainScheduler.get(),
            nullptr };
    }
    SessionManager *sessions() const { return m_sessions.get(); }
    ClusterStore *clusters() const { return m_clusters.get(); }
    DrainScheduler *drainScheduler() const { return m_drainScheduler.get(); }

private:
    static QDir dirOf(Settings *settings) { return QFileInfo(settings->store().fileName()).dir(); }

    Settings *m_settings;
    ConnectionProfilesModel *m_profiles;
    std::unique_ptr<ClusterStore> m_clusters;
    std::unique_ptr<DrainJobStore> m_drainStore;
    std::unique_ptr<DrainScheduler> m_drainScheduler;
    std::unique_ptr<SessionManager> m_sessions;
};
