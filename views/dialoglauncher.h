#pragma once

#include "core/actions/serveraction.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ConnectDialog;
class ConnectionProfilesModel;
class DrainScheduler;
class HistoryStore;
class PreferencesDialog;
class Settings;
class InstanceSession;
class QMessageBox;
class ShortcutsDialog;
class QUuid;
class QWidget;
struct ConnectionProfile;

// Opens the main window's dialogs on top of it, each with open() or show() (the instances keep
// polling behind them; nothing here spins an event loop) and deleted when closed: connect,
// configuration drift, schedule drain, rolling replace, about, and the warning that a file could
// not be read. What a dialog decided comes back by signal.
class DialogLauncher : public QObject
{
    Q_OBJECT
public:
    DialogLauncher(ConnectionProfilesModel *profiles, DrainScheduler *drainScheduler, QWidget *window);

    // A connect dialog already open is brought to the front instead. A new connection starts
    // with pollIntervalMs (the preferences' default).
    void openConnect(int pollIntervalMs = 0);
    void openDrift(InstanceSession *session);
    // Nothing opens without servers: the reason is emitted as an error.
    void openScheduleDrain(InstanceSession *session, const QList<ServerTarget> &servers);
    // Goes when the session does; each step refreshes its tables.
    void openRollingReplace(
        InstanceSession *session, const QList<ServerTarget> &selection, const QStringList &selectedBackends);
    // With the files a bug report may need named: the settings and the audit log (empty: off).
    void showAbout(InstanceSession *session, const QString &settingsFile, const QString &auditLogFile);
    // Built anew at each opening, from the window's actions; one open at a time.
    void openShortcuts();
    // One at a time: an open one is brought to the front. auditLogInUse: this run's audit log.
    void openPreferences(Settings *settings, HistoryStore *history, const QString &auditLogInUse);
    // A warning that a file could not be read (what was kept, what happens now), opened
    // window-modal once the event loop runs (a window-modal box needs its window up).
    QMessageBox *warnUnreadableFile(const QString &title, const QString &text);

    // What a rolling replace starts from: the backend of the first selected server and the
    // selected servers of that backend; no server selected, the first backend chosen.
    struct RollingTargets
    {
        QString backend;
        QStringList servers;
    };
    static RollingTargets rollingTargets(
        const QList<ServerTarget> &selection, const QStringList &selectedBackends);

signals:
    void connectAccepted(const ConnectionProfile &profile);
    void drainsScheduled(const QUuid &firstJob);
    void statusMessage(const QString &text, bool error);
    void preferencesOpened(PreferencesDialog *dialog); // before it shows: pages may be added

private:
    ConnectionProfilesModel *m_profiles;
    DrainScheduler *m_drainScheduler;
    QWidget *m_window;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<PreferencesDialog> m_preferences;
};
