#include "views/mainwindow.h"

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/storage/auditlog.h"
#include "core/workflows/drainscheduler.h"
#include "models/clusterstore.h"
#include "models/connectionprofilesmodel.h"
#include "models/historystore.h"
#include "models/instancesession.h"
#include "models/notificationcenter.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "models/stattablemodel.h"
#include "views/auditlogdock.h"
#include "views/clusterdock.h"
#include "views/colorscheme.h"
#include "views/dialoglauncher.h"
#include "views/dockset.h"
#include "views/historybudgetdialog.h"
#include "views/instancetabbar.h"
#include "views/instanceview.h"
#include "views/mainwindowactions.h"
#include "views/notificationmenu.h"
#include "views/notificationsettingswidget.h"
#include "views/pollfocus.h"
#include "views/preferencesdialog.h"
#include "views/processinfobar.h"
#include "views/reloadflow.h"
#include "views/schedulesdock.h"
#include "views/serveractions.h"
#include "views/statusbarlabels.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

const QString MainWindow::GeometryKey = QStringLiteral("mainWindow/geometry");
const QString MainWindow::StateKey = QStringLiteral("mainWindow/state");
const QString MainWindow::SplitterKey = QStringLiteral("mainWindow/splitter");
const QString MainWindow::ServersHeaderKey = QStringLiteral("mainWindow/serversHeader");
const QString MainWindow::FrontendsHeaderKey = QStringLiteral("mainWindow/frontendsHeader");
const QString MainWindow::BackendsHeaderKey = QStringLiteral("mainWindow/backendsHeader");
const QString MainWindow::TabKey = QStringLiteral("mainWindow/tab");

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(services.settings)
    , m_profiles(services.profiles)
    , m_clusterStore(services.clusters)
    , m_drainScheduler(services.drainScheduler)
    , m_history(services.sessions->history())
    , m_sessionManager(services.sessions)
    , m_notifications(services.notifications)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_history->setBudgetBytes(qsizetype(m_settings->historyBudgetMiB()) * 1024 * 1024);
    m_dialogs = new DialogLauncher(m_profiles, m_drainScheduler, this);
    m_actions = new MainWindowActions(m_settings, this);
    m_serverActions = new ServerActions(this);
    m_serverActions->setObjectName(QStringLiteral("serverActions"));
    createCentralWidget();
    loadClusters();
    m_docks = new DockSet(
        { m_clusterStore, m_profiles, m_drainScheduler, m_history, m_sessionManager }, m_instanceView, this);
    loadDrainJobs();
    m_actions->buildToolBar(m_serverActions->toolBarActions(), m_instanceView);
    m_actions->buildMenus(m_instanceView, m_serverActions->menu(), m_docks);
    m_statusLabels = new StatusBarLabels(statusBar());
    connectActions();
    connectDocksAndDialogs();
    connectNotifications();
    setAuditLog(services.auditLog);
    connect(m_sessionManager, &SessionManager::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(m_sessionManager, &SessionManager::sessionClosing, this, &MainWindow::onSessionClosing);
    connect(m_sessionManager, &SessionManager::sessionsChanged, this, &MainWindow::sessionsChanged);
    for (InstanceSession *session : m_sessionManager->sessions())
        onSessionOpened(session);
    updateTitle();
    setStatus(tr("Not connected. Choose File ▸ Connect… (Ctrl+O)."));

    resize(1280, 760);
    m_growToShowTable = m_settings->layout(GeometryKey).isEmpty();
    restoreLayout();

    // The settings file (with the saved connections) was copied aside before anything could
    // write over it: say so.
    if (const QString problem = m_settings->unreadableFileMessage(); !problem.isEmpty())
        m_dialogs->warnUnreadableFile(tr("Settings Could Not Be Read"), problem);
    if (const QString newer = m_settings->newerVersionMessage(); !newer.isEmpty())
        m_dialogs->warnUnreadableFile(tr("Settings of a Newer hadesk"), newer);
}

MainWindow::~MainWindow()
{
    disconnectAll();
    disconnect(m_sessionManager, nullptr, this, nullptr);
    m_sessionManager->setAuditLog(nullptr);
    // The children die after this body, one after the other, and would still call our
    // slots (focus changes, proxies resetting) on a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(m_instanceView, nullptr, this, nullptr);
}

// ---------------------------------------------------------------------------------------
// Building the window

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);

    // One tab per open instance; the tables below show the current one.
    m_instanceBar = new InstanceTabBar(m_sessionManager, central);
    layout->addWidget(m_instanceBar);
    connect(m_instanceBar, &InstanceTabBar::sessionChosen, this, &MainWindow::setCurrentSession);
    connect(m_instanceBar, &InstanceTabBar::closeRequested, this, &MainWindow::closeSession);

    m_instanceView = new InstanceView(central);
    m_pollFocus = new PollFocus(m_instanceView, this);
    layout->addWidget(m_instanceView, 1);
    m_instanceView->setServerContextActions(m_serverActions->contextActions());
    connect(m_instanceView, &InstanceView::activeSelectionChanged, this, &MainWindow::updateServerSelection);
    connect(m_instanceView, &InstanceView::transientMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    m_actions->attachTables(m_instanceView);

    setCentralWidget(central);
}

void MainWindow::connectActions()
{
    const MainWindowActions *actions = m_actions;
    connect(actions->connectAction(), &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(actions->disconnectAction(), &QAction::triggered, this, &MainWindow::disconnectFromInstance);
    connect(actions->nextInstanceAction(), &QAction::triggered, m_instanceBar, &InstanceTabBar::showNext);
    connect(
        actions->previousInstanceAction(), &QAction::triggered, m_instanceBar, &InstanceTabBar::showPrevious);
    connect(actions->refreshAction(), &QAction::triggered, this, &MainWindow::refreshNow);
    connect(actions->pauseAction(), &QAction::toggled, this, &MainWindow::setPaused);
    connect(actions->driftAction(), &QAction::triggered, this, &MainWindow::openDriftDialog);
    connect(actions->reloadAction(), &QAction::triggered, this, &MainWindow::openReload);
    connect(actions->scheduleDrainAction(), &QAction::triggered, this, &MainWindow::openScheduleDrain);
    connect(actions->rollingAction(), &QAction::triggered, this, &MainWindow::openRollingReplace);
    connect(actions->aboutAction(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(actions->shortcutsAction(), &QAction::triggered, m_dialogs, &DialogLauncher::openShortcuts);
    connect(actions->preferencesAction(), &QAction::triggered, this, &MainWindow::openPreferences);
    connect(actions->historyMemoryAction(), &QAction::triggered, this, [this] {
        auto *dialog = new HistoryBudgetDialog(m_history, m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_actions, &MainWindowActions::intervalChanged, this, &MainWindow::onIntervalChanged);
    connect(m_settings, &Settings::pollIntervalChanged, this, [this](int ms) {
        if (!m_current) // the toolbar shows the default while no instance is shown
            m_actions->setIntervalMs(ms);
    });
    connect(m_serverActions, &ServerActions::statusMessage, this, &MainWindow::setStatus);
}

void MainWindow::connectDocksAndDialogs()
{
    connect(m_dialogs, &DialogLauncher::preferencesOpened, this,
        [this](PreferencesDialog *dialog) { ColorScheme::addPreferencesPage(m_settings, dialog); });
    connect(m_docks, &DockSet::statusMessage, this, &MainWindow::setStatus);
    connect(m_docks->clusterDock(), &ClusterDock::connectRequested, this, &MainWindow::connectToSaved);
    connect(this, &MainWindow::sessionsChanged, this,
        [this] { m_docks->clusterDock()->setSessions(sessions()); });
    connect(m_dialogs, &DialogLauncher::statusMessage, this, &MainWindow::setStatus);
    connect(m_dialogs, &DialogLauncher::connectAccepted, this,
        [this](const ConnectionProfile &profile) { connectTo(profile); });
    connect(m_dialogs, &DialogLauncher::drainsScheduled, m_docks, &DockSet::showScheduledJob);
}

void MainWindow::connectNotifications()
{
    if (!m_notifications)
        return;
    m_actions->viewMenu()->addSeparator();
    m_actions->viewMenu()->addMenu(new NotificationMenu(m_notifications, this));
    // The same switches as a page of Edit ▸ Preferences (they apply at once there too).
    connect(m_dialogs, &DialogLauncher::preferencesOpened, this, [this](PreferencesDialog *dialog) {
        dialog->addPage(new NotificationSettingsWidget(m_notifications, dialog), tr("Notifications"));
    });
    connect(m_notifications, &NotificationCenter::activated, this, [this](const QString &instanceId) {
        if (InstanceSession *session = m_sessionManager->find(instanceId))
            setCurrentSession(session);
        setWindowState(windowState() & ~Qt::WindowMinimized); // a maximized window stays so
        show();
        raise();
        activateWindow();
    });
}

void MainWindow::loadClusters()
{
    const Result<int> loaded = m_clusterStore->load();
    if (loaded)
        return;
    setStatus(tr("Clusters: %1").arg(loaded.error()), true);
    // The store refuses every change until the user decides: the file is never written over.
    QMessageBox *box = m_dialogs->warnUnreadableFile(tr("Clusters Could Not Be Read"), loaded.error());
    if (!m_clusterStore->isBlocked() || m_clusterStore->corruptCopyPath().isEmpty())
        return;
    QPushButton *startEmpty = box->addButton(tr("Start with an Empty List"), QMessageBox::DestructiveRole);
    startEmpty->setObjectName(QStringLiteral("startEmptyButton"));
    connect(startEmpty, &QPushButton::clicked, this, [this] {
        if (const Result<void> started = m_clusterStore->startEmpty(); !started)
            setStatus(tr("Clusters: %1").arg(started.error()), true);
        else
            setStatus(tr("Clusters: starting with an empty list; the unreadable file was kept as %1.")
                          .arg(QDir::toNativeSeparators(m_clusterStore->corruptCopyPath())));
    });
}

void MainWindow::loadDrainJobs()
{
    if (!m_drainScheduler->load()) {
        setStatus(tr("Scheduled drains: %1").arg(m_drainScheduler->loadError()), true);
        m_dialogs->warnUnreadableFile(
            tr("Scheduled Drains Could Not Be Read"), m_drainScheduler->loadError());
    }
    if (!m_drainScheduler->jobs().isEmpty())
        m_docks->schedulesDock()->show();
}

void MainWindow::setAuditLog(AuditLog *log)
{
    if (m_audit)
        disconnect(m_audit, nullptr, this, nullptr);
    m_audit = log;
    m_docks->auditDock()->setLog(log);
    m_sessionManager->setAuditLog(log);
    if (!log)
        return;
    connect(log, &AuditLog::errorOccurred, this,
        [this](const QString &message) { setStatus(tr("Audit log: %1").arg(message), true); });
}

// ---------------------------------------------------------------------------------------
// Connection

bool MainWindow::connectTo(const ConnectionProfile &profile, QString *error)
{
    const Result<Endpoint> endpoint = profile.toEndpoint();
    if (!endpoint) {
        const QString message = tr("Cannot connect to “%1”: %2").arg(profile.endpoint, endpoint.error());
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    }

    if (!profile.name.isEmpty() && m_profiles && m_profiles->indexOf(profile.name) >= 0) {
        m_profiles->markUsed(profile.name);
        m_profiles->save();
        m_settings->setLastProfile(profile.name);
    }
    // One CLI slot per instance: an endpoint already open is shown, not opened twice.
    if (InstanceSession *open = m_sessionManager->find(endpoint->toString())) {
        setCurrentSession(open);
        setStatus(tr("%1 is already open.").arg(open->displayName()));
        return true;
    }

    const int intervalMs = profile.pollIntervalMs > 0 ? profile.pollIntervalMs : m_settings->pollIntervalMs();
    m_sessionManager->open(profile, endpoint.value(), intervalMs); // onSessionOpened() shows it
    return true;
}

void MainWindow::connectToSaved(const QStringList &names)
{
    InstanceSession *shown = m_current;
    for (const QString &name : names) {
        const int row = m_profiles ? m_profiles->indexOf(name) : -1;
        if (row < 0) {
            setStatus(tr("No saved connection named “%1”.").arg(name), true);
            continue;
        }
        connectTo(m_profiles->profile(row));
    }
    if (shown)
        setCurrentSession(shown);
}

void MainWindow::onSessionOpened(InstanceSession *session)
{
    attachSession(session); // the instance bar added its tab already
    setCurrentSession(session);
    setStatus(tr("Connecting to %1…").arg(session->id()));
}

void MainWindow::attachSession(InstanceSession *session)
{
    attachConnection(session->connection(), session);
    const auto isShown = [this, session] { return m_current == session; };
    connect(session, &InstanceSession::snapshotApplied, this, [this, isShown](const SnapshotPtr &snapshot) {
        if (isShown())
            onSnapshot(snapshot);
    });
    connect(session->poller(), &Poller::pollFailed, this, [this, isShown](const QString &text) {
        if (isShown())
            setStatus(tr("Refresh failed: %1").arg(text), true);
    });
    connect(session->poller(), &Poller::pausedChanged, this, [this, isShown](bool paused) {
        if (!isShown())
            return;
        m_actions->setPausedChecked(paused);
        m_statusLabels->setRefreshNote(paused ? tr("Updates paused") : tr("Updates resumed"));
    });
}

void MainWindow::attachConnection(RuntimeConnection *connection, InstanceSession *session)
{
    const auto isShown = [this, session] { return m_current == session; };
    connect(connection, &RuntimeConnection::statusMessage, this, [this, isShown](const QString &text) {
        if (isShown())
            setStatus(text);
    });
    connect(connection, &RuntimeConnection::errorOccurred, this, [this, isShown](const QString &text) {
        if (isShown())
            setStatus(tr("Error: %1").arg(text), true);
    });
    const auto onReady = [this, isShown] {
        if (isShown())
            onConnectionReady();
    };
    connect(connection, &RuntimeConnection::ready, this, onReady);
    connect(connection, &RuntimeConnection::levelChanged, this, onReady);
    // The connection says in words what a reload did (statusMessage); the refresh label says
    // why the numbers stand still meanwhile.
    connect(connection, &RuntimeConnection::reloadDetected, this, [this, isShown](qint64 oldPid) {
        if (isShown())
            m_statusLabels->setRefreshNote(tr("HAProxy reloaded (worker %1 stopping)").arg(oldPid));
    });
    connect(connection, &RuntimeConnection::workerChanged, this, [this, isShown](qint64, qint64 newPid) {
        if (!isShown())
            return;
        m_statusLabels->setRefreshNote(tr("Now on worker %1").arg(newPid));
        updateTitle();
    });
    connect(
        connection, &RuntimeConnection::stateChanged, this, [this, isShown](RuntimeConnection::State state) {
            if (isShown() && state == RuntimeConnection::State::WaitingToReconnect)
                m_statusLabels->setRefreshNote(tr("Waiting to reconnect"));
            if (isShown())
                updateReloadAction();
        });
}

QList<InstanceSession *> MainWindow::sessions() const
{
    return m_sessionManager->sessions();
}

void MainWindow::setCurrentSession(InstanceSession *session)
{
    if (session && m_sessionManager->indexOf(session) < 0)
        return;
    if (session == m_current && (session || !m_instanceView->hasModel())) {
        if (session)
            m_instanceBar->showSession(session);
        return;
    }
    m_current = session;
    m_connection = session ? session->connection() : nullptr;
    m_poller = session ? session->poller() : nullptr;
    m_profile = session ? session->profile() : ConnectionProfile {};
    m_instanceView->setModel(session ? session->model() : nullptr);
    m_pollFocus->setPoller(m_poller);
    m_serverActions->setConnection(m_connection, m_poller);
    m_serverActions->setSnapshot(session ? session->lastSnapshot() : SnapshotPtr {});
    m_instanceView->infoBar()->clear();
    m_hadError = false;
    m_firstSnapshot = true;
    if (session)
        m_instanceBar->showSession(session);
    m_docks->setSession(session);
    m_actions->setSessionState(session != nullptr, int(sessions().size()));
    updateReloadAction();
    m_actions->setPausedChecked(m_poller && m_poller->isPaused());
    if (m_poller)
        m_actions->setIntervalMs(m_poller->interval());
    m_statusLabels->clearRefresh();
    if (session)
        showSessionState(session);
    updateTitle();
    m_instanceView->setConnection(m_connection); // updates the server selection too
    emit currentSessionChanged(session);
}

void MainWindow::showSessionState(InstanceSession *session)
{
    if (m_connection->isReady()) {
        onConnectionReady();
        setStatus(connectedText());
    }
    if (const SnapshotPtr last = session->lastSnapshot())
        onSnapshot(last);
}

QString MainWindow::connectedText() const
{
    return tr("Connected to %1 (HAProxy %2, level %3)")
        .arg(m_connection->endpoint().toString(), m_connection->version().text,
            accessLevelName(m_connection->level()));
}

void MainWindow::closeSession(InstanceSession *session)
{
    m_sessionManager->close(session); // onSessionClosing() takes its tab away
}

void MainWindow::onSessionClosing(InstanceSession *session, int tab)
{
    disconnect(session, nullptr, this, nullptr);
    disconnect(session->connection(), nullptr, this, nullptr);
    disconnect(session->poller(), nullptr, this, nullptr);
    const QList<InstanceSession *> open = sessions(); // the instance bar removed its tab already
    if (m_current == session) {
        // Numbers of an instance no longer watched would pass for live ones.
        setCurrentSession(open.isEmpty() ? nullptr : open.at(std::min<int>(tab, int(open.size()) - 1)));
        if (!m_current)
            setStatus(tr("Disconnected."));
    } else {
        m_actions->setSessionState(m_current != nullptr, int(open.size()));
    }
}

void MainWindow::disconnectFromInstance()
{
    if (m_current)
        closeSession(m_current);
}

void MainWindow::disconnectAll()
{
    m_sessionManager->closeAll();
}

void MainWindow::onConnectionReady()
{
    if (!m_connection)
        return;
    showConnectionInfo();
    updateTitle();
    updateReloadAction();
}

void MainWindow::showConnectionInfo()
{
    // Through the master CLI the link says so: commands reach the worker with `@1`.
    const QString link = m_connection->isMaster()
        ? tr("%1, master CLI").arg(m_connection->transportDescription())
        : m_connection->transportDescription();
    m_instanceView->infoBar()->setConnection(
        m_connection->level(), link, m_connection->endpoint().toString());
}

void MainWindow::updateReloadAction()
{
    m_actions->setReloadUnavailableReason(ReloadFlow::unavailableReason(m_current));
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_serverActions->setSnapshot(snapshot);
    m_instanceView->infoBar()->setSnapshot(snapshot);
    m_docks->showSnapshot(snapshot);
    if (m_connection)
        showConnectionInfo();

    const int rows = m_instanceView->model()->rowCount();
    if (m_firstSnapshot && rows > 0) {
        m_firstSnapshot = false;
        m_instanceView->fitColumnsOnce();
        growToShowTable();
    }
    if (m_hadError && m_connection) {
        // The error is over: say where we are again.
        m_hadError = false;
        setStatus(connectedText());
    }
    showRefresh(snapshot, rows);
    emit snapshotApplied(snapshot);
}

void MainWindow::showRefresh(const SnapshotPtr &snapshot, int rows)
{
    const qint64 mergeUs = m_current ? m_current->lastMergeUs() : 0;
    StatusBarLabels::PollPlan plan;
    if (m_poller && m_poller->hasFocus()) {
        plan.onScreenProxies = int(m_poller->focus().size());
        plan.intervalMs = m_poller->interval();
        plan.fullIntervalMs = m_poller->fullPollIntervalMs();
    }
    m_statusLabels->showRefresh(*snapshot, rows, mergeUs, m_poller && m_poller->isPaused(), plan);
    if (qEnvironmentVariableIsSet("HADESK_DEBUG_TIMING"))
        qDebug("hadesk: snapshot %llu: %d rows, poll %.1f ms, parse %.1f ms, merge %.1f ms",
            snapshot->sequence, rows, double(snapshot->pollDurationUs) / 1000.0,
            double(snapshot->parseDurationUs) / 1000.0, double(mergeUs) / 1000.0);
}

void MainWindow::refreshNow()
{
    if (m_poller)
        m_poller->refreshNow();
}

void MainWindow::setPaused(bool paused)
{
    if (!m_poller)
        return;
    if (paused)
        m_poller->pause();
    else
        m_poller->resume();
    m_actions->setPausedChecked(paused);
}

void MainWindow::onIntervalChanged(int ms)
{
    // The instance shown only; with none, the default for new ones (as in the preferences).
    m_profile.pollIntervalMs = ms;
    if (m_current)
        m_current->setPollInterval(ms);
    else
        m_settings->setPollIntervalMs(ms);
}

// ---------------------------------------------------------------------------------------
// Dialogs

void MainWindow::openConnectDialog()
{
    m_dialogs->openConnect(m_settings->pollIntervalMs());
}

void MainWindow::openPreferences()
{
    m_dialogs->openPreferences(m_settings, m_history, m_audit ? m_audit->path() : AuditLog::defaultPath());
}

void MainWindow::openDriftDialog()
{
    m_dialogs->openDrift(m_current);
}

void MainWindow::openReload()
{
    if (const QString reason = ReloadFlow::unavailableReason(m_current); !reason.isEmpty()) {
        setStatus(reason, true);
        return;
    }
    auto *flow = new ReloadFlow(m_current, this);
    if (m_notifications) {
        // Told by the id and name it had when started: the tab may be gone by the end.
        connect(flow, &ReloadFlow::reloadFinished, m_notifications,
            [center = m_notifications, id = m_current->id(), name = m_current->displayName()](
                const MasterReload::Report &report) { center->reloadFinished(id, name, report); });
    }
    flow->start();
}

void MainWindow::openScheduleDrain()
{
    m_dialogs->openScheduleDrain(m_current, m_serverActions->selection());
}

void MainWindow::openRollingReplace()
{
    m_dialogs->openRollingReplace(
        m_current, m_serverActions->selection(), m_instanceView->selectedBackends());
}

void MainWindow::showAbout()
{
    m_dialogs->showAbout(m_current, m_settings->store().fileName(), m_audit ? m_audit->path() : QString());
}

// ---------------------------------------------------------------------------------------
// Status and titles

void MainWindow::setStatus(const QString &text, bool error)
{
    // A newer message from the connection supersedes an error; a snapshot after an error
    // restores the "connected" line (onSnapshot).
    m_hadError = error;
    // Stores load before the status bar exists: their errors are shown in a dialog
    // (DialogLauncher::warnUnreadableFile) as well, so nothing is lost.
    if (m_statusLabels)
        m_statusLabels->setStatus(text, error);
    emit statusChanged(text, error);
}

QString MainWindow::statusText() const
{
    return m_statusLabels->statusText();
}

void MainWindow::updateTitle()
{
    if (!m_connection) {
        setWindowTitle(tr("hadesk"));
        return;
    }
    const QString where = m_profile.name.isEmpty() ? m_connection->endpoint().toString() : m_profile.name;
    const HaproxyVersion version = m_connection->version();
    setWindowTitle(version.isValid() ? tr("%1 — HAProxy %2 — hadesk").arg(where, version.text)
                                     : tr("%1 — hadesk").arg(where));
}

// ---------------------------------------------------------------------------------------
// Selection

void MainWindow::updateServerSelection()
{
    // Server actions apply to the servers table's selection; "Add Server" proposes the
    // backend chosen in the side list, else the first selected server's.
    QList<ServerTarget> targets;
    const QModelIndexList rows = m_instanceView->serversView()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(StatTableModel::TypeRole).toInt() != int(StatRow::Type::Server))
            continue;
        targets.append({ index.data(StatTableModel::ProxyNameRole).toString(),
            index.data(StatTableModel::ServerNameRole).toString() });
    }
    QString backend;
    const QStringList backends = m_instanceView->selectedBackends();
    if (!backends.isEmpty())
        backend = backends.first();
    else if (!targets.isEmpty())
        backend = targets.first().backend;
    m_serverActions->setSelection(targets, backend);
    if (m_docks)
        m_docks->plotSelection();
}
