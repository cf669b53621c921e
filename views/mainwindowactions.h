#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class DockSet;
class InstanceView;
class QAction;
class QDoubleSpinBox;
class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;
class Settings;

// The main window's own actions (File, View, the workflows, Help) with their shortcuts, and the
// menu bar and toolbar that show them. The hide toggles keep their state in Settings; the
// poll interval is picked in the toolbar. What an action does is the window's business: it
// connects to their triggered signals. The actions are the window's children, found by
// objectName ("actionConnect", "actionRefresh", …).
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(Settings *settings, QMainWindow *window);

    QAction *connectAction() const { return m_connect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *nextInstanceAction() const { return m_nextInstance; }
    QAction *previousInstanceAction() const { return m_previousInstance; }
    QAction *quitAction() const { return m_quit; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *pauseAction() const { return m_pause; }
    QAction *hideDownAction() const { return m_hideDown; }
    QAction *hideMaintAction() const { return m_hideMaint; }
    QAction *hideBackupAction() const { return m_hideBackup; }
    QAction *serversTabAction() const { return m_serversTab; }
    QAction *frontendsTabAction() const { return m_frontendsTab; }
    QAction *historyMemoryAction() const { return m_historyMemory; }
    QAction *driftAction() const { return m_drift; }
    QAction *reloadAction() const { return m_reload; }
    // Reload is enabled when reason is empty; otherwise disabled, with reason as its tooltip.
    void setReloadUnavailableReason(const QString &reason);
    QAction *scheduleDrainAction() const { return m_scheduleDrain; }
    QAction *rollingAction() const { return m_rolling; }
    QAction *aboutAction() const { return m_about; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QMenu *viewMenu() const { return m_viewMenu; } // after buildMenus()
    QAction *preferencesAction() const { return m_preferences; } // Edit ▸ Preferences…, Ctrl+,

    // What works on an instance needs one shown; moving between instances needs two open.
    void setSessionState(bool hasShown, int openCount);
    void setPausedChecked(bool paused); // without emitting toggled

    // The hide toggles filter the tables (from their saved state on); Ctrl+1 and Ctrl+2 pick
    // their tab.
    void attachTables(InstanceView *tables);
    // The toolbar: connect, refresh, pause, the server actions, the poll interval, the filter
    // (Escape clears it and goes back to the tables) and the hide toggles.
    void buildToolBar(const QList<QAction *> &serverActions, InstanceView *tables);
    // File, Edit (the tables' copy actions), View (the toolbar's and the docks' toggles), the
    // server menu with the workflows added, Instance, Help. After buildToolBar().
    void buildMenus(InstanceView *tables, QMenu *serverMenu, const DockSet *docks);

    int intervalMs() const;
    void setIntervalMs(int ms); // shown without emitting intervalChanged
    QLineEdit *filterEdit() const { return m_filterEdit; }

signals:
    void intervalChanged(int ms); // the user picked another poll interval

private:
    QAction *make(const QString &text, const QString &name, const QKeySequence &shortcut = {});
    QAction *makeHideToggle(const QString &text, const QString &name, const QString &key, const QString &tip);
    void createFileActions();
    void createViewActions();
    void createWorkflowActions();
    void createHelpActions();
    void createPreferencesAction();
    void addIntervalSpin();
    void addFilterEdit(InstanceView *tables);
    void buildFileMenu();
    void buildEditMenu(InstanceView *tables);
    void buildViewMenu(const DockSet *docks);
    void buildWorkflowMenus(QMenu *serverMenu, const DockSet *docks);

    Settings *m_settings;
    QMainWindow *m_window;
    QToolBar *m_toolBar = nullptr;
    QDoubleSpinBox *m_intervalSpin = nullptr;
    QLineEdit *m_filterEdit = nullptr;

    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_nextInstance = nullptr;
    QAction *m_previousInstance = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_filter = nullptr;
    QAction *m_hideDown = nullptr;
    QAction *m_hideMaint = nullptr;
    QAction *m_hideBackup = nullptr;
    QAction *m_serversTab = nullptr;
    QAction *m_frontendsTab = nullptr;
    QAction *m_historyMemory = nullptr;
    QAction *m_drift = nullptr;
    QAction *m_reload = nullptr;
    QString m_reloadTip;
    QAction *m_scheduleDrain = nullptr;
    QAction *m_rolling = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_shortcuts = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_preferences = nullptr;
};
