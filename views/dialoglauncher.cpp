#include "views/dialoglauncher.h"

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "views/aboutdialog.h"
#include "views/connectdialog.h"
#include "views/driftdialog.h"
#include "views/preferencesdialog.h"
#include "views/rollingreplacewizard.h"
#include "views/scheduledraindialog.h"
#include "views/shortcutsdialog.h"

#include <QMessageBox>
#include <QTimer>
#include <QUuid>

DialogLauncher::DialogLauncher(
    ConnectionProfilesModel *profiles, DrainScheduler *drainScheduler, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_drainScheduler(drainScheduler)
    , m_window(window)
{
    setObjectName(QStringLiteral("dialogLauncher"));
}

void DialogLauncher::openConnect(int pollIntervalMs)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    // open(), not exec(): the instances already open keep polling behind it.
    auto *dialog = new ConnectDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    if (pollIntervalMs > 0) {
        ConnectionProfile blank; // a new connection, with the default interval
        blank.pollIntervalMs = pollIntervalMs;
        dialog->setProfile(blank);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit connectAccepted(dialog->profile()); });
    dialog->open();
}

void DialogLauncher::openDrift(InstanceSession *session)
{
    if (!session)
        return;
    auto *dialog = new DriftDialog(session->connection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DialogLauncher::openScheduleDrain(InstanceSession *session, const QList<ServerTarget> &servers)
{
    if (!session)
        return;
    if (servers.isEmpty()) {
        emit statusMessage(tr("Select one or more servers to schedule a drain."), true);
        return;
    }
    auto *dialog = new ScheduleDrainDialog(m_drainScheduler, session->id(), servers, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const QList<QUuid> created = dialog->createdJobs(); !created.isEmpty())
            emit drainsScheduled(created.constFirst());
    });
    dialog->open();
}

DialogLauncher::RollingTargets DialogLauncher::rollingTargets(
    const QList<ServerTarget> &selection, const QStringList &selectedBackends)
{
    RollingTargets targets;
    for (const ServerTarget &target : selection) {
        if (targets.backend.isEmpty())
            targets.backend = target.backend;
        if (target.backend == targets.backend)
            targets.servers << target.server;
    }
    if (targets.backend.isEmpty() && !selectedBackends.isEmpty())
        targets.backend = selectedBackends.first();
    return targets;
}

void DialogLauncher::openRollingReplace(
    InstanceSession *session, const QList<ServerTarget> &selection, const QStringList &selectedBackends)
{
    if (!session)
        return;
    const RollingTargets targets = rollingTargets(selection, selectedBackends);
    auto *wizard = new RollingReplaceWizard(
        session->connection(), session->lastSnapshot(), targets.backend, targets.servers, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard works on this instance's connection: it goes when the instance is closed.
    connect(session, &QObject::destroyed, wizard, &QObject::deleteLater);
    // Each step changes the table: refresh as it goes.
    connect(wizard, &QWizard::currentIdChanged, session->poller(), &Poller::refreshNow);
    wizard->show();
}

void DialogLauncher::showAbout(
    InstanceSession *session, const QString &settingsFile, const QString &auditLogFile)
{
    AboutDialog::Details details;
    if (session && session->connection()->version().isValid()) {
        details.instanceName = session->displayName();
        details.instanceVersion = session->connection()->version().text;
    }
    details.settingsFile = settingsFile;
    details.auditLogFile = auditLogFile;
    auto *dialog = new AboutDialog(details, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DialogLauncher::openShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        m_shortcutsDialog->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog = dialog;
    dialog->show();
}

void DialogLauncher::openPreferences(Settings *settings, HistoryStore *history, const QString &auditLogInUse)
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(settings, history, auditLogInUse, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preferences = dialog;
    emit preferencesOpened(dialog);
    dialog->open();
}

QMessageBox *DialogLauncher::warnUnreadableFile(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("unreadableFileDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    // After the window is shown: a window-modal box needs its window up to sit on.
    QTimer::singleShot(0, box, [box] { box->open(); });
    return box;
}
