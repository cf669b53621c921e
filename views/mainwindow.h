#pragma once

#include "core/client/snapshot.h"
#include "models/connectionprofile.h"
#include "views/instanceview.h"
#include "views/stattableview.h"

#include <QMainWindow>
#include <QPointer>

class AuditLog;
class ClusterStore;
class ConnectionProfilesModel;
class DialogLauncher;
class DockSet;
class DrainScheduler;
class HistoryStore;
class InstanceSession;
class InstanceTabBar;
class MainWindowActions;
class NotificationCenter;
class Poller;
class RuntimeConnection;
class ServerActions;
class SessionManager;
class Settings;
class PollFocus;
class StatusBarLabels;

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
        NotificationCenter *notifications = nullptr; // optional: no notifications without it
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

    // The instances open now, in tab order, and the one shown, into Settings::openInstances()
    // (closeEvent() does it); reopenInstances() opens them again, each as connectTo() would,
    // and shows the one that was shown. It returns how many it opened.
    void rememberOpenInstances();
    int reopenInstances();

    // Window geometry, toolbar, splitter and table headers, through Settings::setLayout().
    void saveLayout();
    bool restoreLayout(); // false when nothing (usable) was saved
    // On a first start (no window geometry saved), once the first rows are in and the columns
    // fitted: the window grows to show every column and row of the servers table, within the
    // screen's available area; it never shrinks. Called by the window itself.
    void growToShowTable();

    // What the status bar says now (tests and screenshots read it).
    QString statusText() const;

public slots:
    void openConnectDialog();
    void refreshNow();
    void setPaused(bool paused);
    void showAbout();
    void openDriftDialog();
    void openReload();
    void openRollingReplace();
    void openScheduleDrain();
    void openPreferences();

signals:
    void snapshotApplied(const SnapshotPtr &snapshot); // after the model merged it
    void currentSessionChanged(InstanceSession *session); // nullptr: none left
    void sessionsChanged();
    void statusChanged(const QString &text, bool error); // what the status bar now says

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralWidget();
    void connectActions();
    void connectDocksAndDialogs();
    // Before their docks show them: an unreadable file is kept aside, and said so.
    void loadClusters();
    void loadDrainJobs(); // after the schedules dock listens: overdue jobs show it
    void connectNotifications(); // View › Notifications, and a click on one shows its instance

    void onSnapshot(const SnapshotPtr &snapshot);
    void showRefresh(const SnapshotPtr &snapshot, int rows);
    void attachSession(InstanceSession *session);
    void attachConnection(RuntimeConnection *connection, InstanceSession *session);
    void onSessionOpened(InstanceSession *session);
    void onSessionClosing(InstanceSession *session, int tab);
    void closeSession(InstanceSession *session);
    void connectToSaved(const QStringList &names);
    void showSessionState(InstanceSession *session);
    void onConnectionReady();
    void showConnectionInfo();
    void updateReloadAction();
    QString connectedText() const; // "Connected to … (HAProxy …, level …)"
    void setStatus(const QString &text, bool error = false);
    void updateTitle();
    void onIntervalChanged(int ms);
    void updateServerSelection();

    Settings *m_settings;
    ConnectionProfilesModel *m_profiles;
    ClusterStore *m_clusterStore;
    DrainScheduler *m_drainScheduler;
    HistoryStore *m_history;
    SessionManager *m_sessionManager; // its sessions() are the tabs, in order
    AuditLog *m_audit = nullptr;
    NotificationCenter *m_notifications = nullptr;

    DialogLauncher *m_dialogs = nullptr;
    MainWindowActions *m_actions = nullptr;
    ServerActions *m_serverActions = nullptr;
    DockSet *m_docks = nullptr;
    StatusBarLabels *m_statusLabels = nullptr; // none until the status bar is built
    PollFocus *m_pollFocus = nullptr; // the shown instance's poller reads what is on screen
    InstanceTabBar *m_instanceBar = nullptr;
    InstanceView *m_instanceView = nullptr;

    InstanceSession *m_current = nullptr;
    // The current session's.
    ConnectionProfile m_profile;
    RuntimeConnection *m_connection = nullptr;
    Poller *m_poller = nullptr;
    bool m_hadError = false;
    bool m_firstSnapshot = true;
    bool m_growToShowTable = false; // no geometry was saved: growToShowTable() at the first rows
};
