#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/mapcommands.h"
#include "views/mapsdock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLogDock;
class CertificatesDock;
class ChartPanel;
class ClusterDock;
class ClusterStore;
class ConnectionProfilesModel;
class ConsoleDock;
class DrainScheduler;
class ErrorsDock;
class HistoryStore;
class InstanceSession;
class InstanceView;
class ProcessesDock;
class QAction;
class QDockWidget;
class QMainWindow;
class QUuid;
class SchedulesDock;
class SessionManager;
class SessionsDock;
class StickTablesDock;

// The main window's docks, tabbed together at the bottom and hidden at first: audit log,
// traffic charts, console, clusters and scheduled drains. Each has a toggle action with its
// shortcut for the View menu; the dock asked for comes to the front, with the focus. The
// console and the charts follow the instance shown; the charts plot the rows selected in its
// tables.
class DockSet : public QObject
{
    Q_OBJECT
public:
    struct Sources
    {
        ClusterStore *clusters = nullptr;
        ConnectionProfilesModel *profiles = nullptr;
        DrainScheduler *drainScheduler = nullptr;
        HistoryStore *history = nullptr;
        SessionManager *sessions = nullptr; // every open instance: the certificates dock
    };
    // The docks are the window's children; the tables are the instance's it shows.
    DockSet(const Sources &sources, InstanceView *tables, QMainWindow *window);

    AuditLogDock *auditDock() const { return m_auditDock; }
    ClusterDock *clusterDock() const { return m_clusterDock; }
    SchedulesDock *schedulesDock() const { return m_schedulesDock; }
    MapsDock *mapsDock() const { return m_mapsDock; }

    CertificatesDock *certificatesDock() const { return m_certificatesDock; }
    ProcessesDock *processesDock() const { return m_processesDock; }

    // Audit log, traffic charts, console, clusters, scheduled drains, maps & ACLs, stick tables,
    // sessions, errors, certificates, processes, in this order.
    QList<QAction *> toggleActions() const;
    QAction *consoleToggle() const;

    // The instance shown (nullptr: none): the console talks to it, the charts show its history.
    void setSession(InstanceSession *session);
    void showSnapshot(const SnapshotPtr &snapshot);
    // The rows selected in the table with the focus (else the servers table; nothing selected:
    // the first dozen servers shown) are plotted; the canary view shows the backend chosen in
    // the side list, else the first selected server's, else the first backend.
    void plotSelection();
    void showScheduledJob(const QUuid &id);

signals:
    void statusMessage(const QString &text, bool error);

private:
    void createChartsDock();
    void createConsoleDock();
    void createClusterDock();
    void createSchedulesDock();
    void createMapsDock();
    void createCertificatesDock();
    void createProcessesDock();
    // Atomic replace of a map's or ACL's contents, on the instance shown (and its cluster).
    void openMapReplace(const MapCommands::Target &target);
    MapsDock::Cluster clusterOf(const InstanceSession *session) const; // empty name: none
    void createTrafficDocks(); // stick tables, sessions, errors
    void setUpToggles();

    Sources m_sources;
    InstanceView *m_tables;
    QMainWindow *m_window;
    QPointer<InstanceSession> m_session;
    AuditLogDock *m_auditDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    ConsoleDock *m_consoleDock = nullptr;
    ClusterDock *m_clusterDock = nullptr;
    SchedulesDock *m_schedulesDock = nullptr;
    MapsDock *m_mapsDock = nullptr;
    CertificatesDock *m_certificatesDock = nullptr;
    StickTablesDock *m_stickTablesDock = nullptr;
    SessionsDock *m_sessionsDock = nullptr;
    ErrorsDock *m_errorsDock = nullptr;
    ProcessesDock *m_processesDock = nullptr;
};
