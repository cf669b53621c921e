#pragma once

#include "core/client/snapshot.h"
#include "models/connectionprofile.h"
#include "views/instanceview.h"
#include "views/stattableview.h"

#include <QMainWindow>
#include <QPointer>

class AuditLog;
class AuditLogDock;
class ChartPanel;
class ClusterDock;
class ClusterStore;
class QMessageBox;
class ConnectDialog;
class ConsoleDock;
class DrainScheduler;
class SchedulesDock;
class QDockWidget;
class HistoryStore;
class InstanceSession;
class InstanceTabBar;
class ConnectionProfilesModel;
class Poller;
class ProcessInfoBar;
class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabBar;
class QTabWidget;
class QToolButton;
class RuntimeConnection;
class ServerActions;
class SessionManager;
class Settings;
class StatFilterProxyModel;
class StatTableModel;

// hadesk's window on HAProxy instances: a side list of backends, the servers of the chosen
// backends and the frontends, live, with a filter, state toggles, the process's vital signs
// on top and what the connection is doing in the status bar. Several instances can be open
// at once, one tab each in the instance bar (InstanceSession: connection, poller, model);
// the tables show the current one while the others keep polling.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Keys under which Settings::layout() keeps this window's state.
    static const QString GeometryKey;
    static const QString StateKey;
    static const QString SplitterKey;
    static const QString ServersHeaderKey;
    static const QString FrontendsHeaderKey;
    static const QString BackendsHeaderKey;
    static const QString TabKey;

    // The long-lived services the window shows and edits: app/ builds them (tests build the
    // same set), and they outlive the window. The audit log is optional (setAuditLog()).
    struct Services
    {
        Settings *settings = nullptr;
        ConnectionProfilesModel *profiles = nullptr;
        SessionManager *sessions = nullptr;
        ClusterStore *clusters = nullptr;
        DrainScheduler *drainScheduler = nullptr;
        AuditLog *auditLog = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override; // closes the instances it shows

    // Opens the profile's endpoint in a new instance tab and shows it; an endpoint already
    // open is shown instead of being opened twice (one CLI slot per instance). Fails, with
    // the reason in the status bar and in *error, when the endpoint does not parse; nothing
    // changes then.
    bool connectTo(const ConnectionProfile &profile, QString *error = nullptr);
    // Closes the instance shown (its tab goes); the next one is shown.
    void disconnectFromInstance();
    void disconnectAll();
    bool isConnected() const { return m_connection != nullptr; }

    QList<InstanceSession *> sessions() const;
    InstanceSession *currentSession() const { return m_current; }
    void setCurrentSession(InstanceSession *session);

    // Where every command this window sends is recorded (the app owns it); the dock shows
    // it. Without one nothing is recorded (tests).
    void setAuditLog(AuditLog *log);

    // For tst_clusterdock, tst_dialogflows and tst_serveractions (another child lookup each
    // would do; left while those tests are being changed elsewhere).
    ClusterDock *clusterDock() const { return m_clusterDock; }
    ClusterStore *clusterStore() const { return m_clusterStore; }
    SchedulesDock *schedulesDock() const { return m_schedulesDock; }
    ServerActions *serverActions() const { return m_serverActions; }

    // Window geometry, toolbar, splitter and table headers, through Settings::setLayout().
    void saveLayout();
    bool restoreLayout(); // false when nothing (usable) was saved

    StatFilterProxyModel *serversProxy() const { return m_instanceView->serversProxy(); }
    StatTableView *serversView() const { return m_instanceView->serversView(); }

    // What the status bar says now (tests and screenshots read it).
    QString statusText() const;
    // The current session's (nullptr: none).
    RuntimeConnection *connection() const { return m_connection; }
    Poller *poller() const { return m_poller; }

public slots:
    void openConnectDialog();
    void refreshNow();
    void setPaused(bool paused);
    void showAbout();
    void openDriftDialog();
    void openRollingReplace();
    void openScheduleDrain();

signals:
    void snapshotApplied(const SnapshotPtr &snapshot); // after the model merged it
    void currentSessionChanged(InstanceSession *session); // nullptr: none left
    void sessionsChanged();
    void statusChanged(const QString &text, bool error); // what the status bar now says

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createViewActions();
    void createWorkflowActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createDocks();
    void createChartsDock();
    void createConsoleDock();
    void createClusterDock();
    void createSchedulesDock();
    void updateChartObjects();

    void onSnapshot(const SnapshotPtr &snapshot);
    void attachSession(InstanceSession *session);
    void onSessionOpened(InstanceSession *session);
    void onSessionClosing(InstanceSession *session, int tab);
    void closeSession(InstanceSession *session);
    int tabOf(const InstanceSession *session) const;
    InstanceSession *findSession(const QString &id) const; // by endpoint text
    void onConnectionReady();
    void setStatus(const QString &text, bool error = false);
    // A warning that a file could not be read (what was kept, what happens now), opened
    // window-modal with open() once the event loop runs; deleted on close.
    QMessageBox *showUnreadableFile(const QString &title, const QString &text);
    void updateTitle();
    void onIntervalChanged(double seconds);

    Settings *m_settings;
    ConnectionProfilesModel *m_profiles;
    AuditLog *m_audit = nullptr;
    AuditLogDock *m_auditDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    ConsoleDock *m_consoleDock = nullptr;
    ClusterStore *m_clusterStore = nullptr;
    ClusterDock *m_clusterDock = nullptr;
    DrainScheduler *m_drainScheduler = nullptr;
    SchedulesDock *m_schedulesDock = nullptr;
    QAction *m_scheduleDrainAction = nullptr;
    QAction *m_driftAction = nullptr;
    QAction *m_rollingAction = nullptr;
    ServerActions *m_serverActions = nullptr;
    void updateServerSelection();
    ConnectionProfile m_profile; // the current session's

    HistoryStore *m_history = nullptr;
    SessionManager *m_sessionManager; // its sessions() are the tabs, in order
    InstanceSession *m_current = nullptr;
    // The current session's.
    RuntimeConnection *m_connection = nullptr;
    Poller *m_poller = nullptr;
    bool m_hadError = false;
    bool m_firstSnapshot = true;

    InstanceTabBar *m_instanceBar = nullptr;
    InstanceView *m_instanceView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QDoubleSpinBox *m_intervalSpin = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QPointer<ConnectDialog> m_connectDialog; // while it is open

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_nextInstanceAction = nullptr;
    QAction *m_previousInstanceAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_hideDownAction = nullptr;
    QAction *m_hideMaintAction = nullptr;
    QAction *m_hideBackupAction = nullptr;
    QAction *m_serversTabAction = nullptr;
    QAction *m_frontendsTabAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
