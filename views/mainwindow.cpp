#include "views/mainwindow.h"

#include "core/buildinfo.h"
#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/storage/auditlog.h"
#include "core/workflows/drainscheduler.h"
#include "models/clusterstore.h"
#include "models/connectionprofilesmodel.h"
#include "models/historystore.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "views/auditlogdock.h"
#include "views/chartpanel.h"
#include "views/clusterdock.h"
#include "views/connectdialog.h"
#include "views/consoledock.h"
#include "views/driftdialog.h"
#include "views/instancetabbar.h"
#include "views/instanceview.h"
#include "views/processinfobar.h"
#include "views/rollingreplacewizard.h"
#include "views/scheduledraindialog.h"
#include "views/schedulesdock.h"
#include "views/serveractions.h"
#include "views/stattableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

const QString MainWindow::GeometryKey = QStringLiteral("mainWindow/geometry");
const QString MainWindow::StateKey = QStringLiteral("mainWindow/state");
const QString MainWindow::SplitterKey = QStringLiteral("mainWindow/splitter");
const QString MainWindow::ServersHeaderKey = QStringLiteral("mainWindow/serversHeader");
const QString MainWindow::FrontendsHeaderKey = QStringLiteral("mainWindow/frontendsHeader");
const QString MainWindow::BackendsHeaderKey = QStringLiteral("mainWindow/backendsHeader");
const QString MainWindow::TabKey = QStringLiteral("mainWindow/tab");

namespace {

const QString HideDownKey = QStringLiteral("view/hideDown");
const QString HideMaintKey = QStringLiteral("view/hideMaint");
const QString HideBackupKey = QStringLiteral("view/hideBackup");

InstanceView::LayoutKeys instanceLayoutKeys()
{
    return { MainWindow::SplitterKey, MainWindow::ServersHeaderKey, MainWindow::FrontendsHeaderKey,
        MainWindow::BackendsHeaderKey, MainWindow::TabKey };
}

QAction *makeAction(const QString &text, const QString &name, const QKeySequence &shortcut, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&').remove(u'…'), shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(services.settings)
    , m_profiles(services.profiles)
    , m_clusterStore(services.clusters)
    , m_drainScheduler(services.drainScheduler)
    , m_history(services.sessions->history())
    , m_sessionManager(services.sessions)
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    m_serverActions = new ServerActions(this);
    connect(m_serverActions, &ServerActions::statusMessage, this,
        [this](const QString &text, bool error) { setStatus(text, error); });
    createCentralWidget();
    m_auditDock = new AuditLogDock(this);
    m_auditDock->setWindowTitle(tr("Audit Log"));
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    setAuditLog(services.auditLog);
    connect(m_sessionManager, &SessionManager::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(m_sessionManager, &SessionManager::sessionClosing, this, &MainWindow::onSessionClosing);
    connect(m_sessionManager, &SessionManager::sessionsChanged, this, &MainWindow::sessionsChanged);
    for (InstanceSession *session : m_sessionManager->sessions())
        onSessionOpened(session);
    updateTitle();
    setStatus(tr("Not connected. Choose File ▸ Connect… (Ctrl+O)."));

    resize(1280, 760);
    restoreLayout();

    // The settings file (with the saved connections) was copied aside before anything could
    // write over it: say so.
    if (const QString problem = m_settings->unreadableFileMessage(); !problem.isEmpty())
        showUnreadableFile(tr("Settings Could Not Be Read"), problem);
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

void MainWindow::createActions()
{
    createFileActions();
    createViewActions();
    createWorkflowActions();
}

void MainWindow::createFileActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        return makeAction(text, name, shortcut, this);
    };
    m_connectAction = make(tr("&Connect…"), QStringLiteral("actionConnect"), QKeySequence::Open);
    m_connectAction->setIcon(
        QIcon::fromTheme(QStringLiteral("network-connect"), QIcon(QStringLiteral(":/icons/connect.svg"))));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectDialog);

    m_disconnectAction =
        make(tr("&Disconnect"), QStringLiteral("actionDisconnect"), QKeySequence(Qt::CTRL | Qt::Key_W));
    m_disconnectAction->setStatusTip(tr("Close the connection to the instance shown"));
    m_disconnectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect")));
    m_disconnectAction->setEnabled(false);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromInstance);

    m_nextInstanceAction = make(tr("&Next Instance"), QStringLiteral("actionNextInstance"),
        QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_nextInstanceAction->setEnabled(false);
    connect(m_nextInstanceAction, &QAction::triggered, this, [this] { m_instanceBar->showNext(); });
    m_previousInstanceAction = make(tr("P&revious Instance"), QStringLiteral("actionPreviousInstance"),
        QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previousInstanceAction->setEnabled(false);
    connect(m_previousInstanceAction, &QAction::triggered, this, [this] { m_instanceBar->showPrevious(); });

    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createViewActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        return makeAction(text, name, shortcut, this);
    };
    m_refreshAction = make(tr("&Refresh Now"), QStringLiteral("actionRefresh"), QKeySequence(Qt::Key_F5));
    m_refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/refresh.svg"))));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshNow);

    m_pauseAction =
        make(tr("&Pause Updates"), QStringLiteral("actionPause"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setIcon(
        QIcon::fromTheme(QStringLiteral("media-playback-pause"), QIcon(QStringLiteral(":/icons/pause.svg"))));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setEnabled(false);
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);

    m_filterAction = make(tr("&Filter…"), QStringLiteral("actionFilter"), QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    const auto toggle = [&](const QString &text, const QString &name, const QString &key,
                            const QString &tip) {
        QAction *action = make(text, name);
        action->setCheckable(true);
        action->setChecked(m_settings->store().value(key, false).toBool());
        action->setToolTip(tip);
        connect(
            action, &QAction::toggled, this, [this, key](bool on) { m_settings->store().setValue(key, on); });
        return action;
    };
    m_hideDownAction = toggle(tr("Hide DOWN"), QStringLiteral("actionHideDown"), HideDownKey,
        tr("Hide servers that are DOWN (also those coming back up)"));
    m_hideMaintAction = toggle(
        tr("Hide MAINT"), QStringLiteral("actionHideMaint"), HideMaintKey, tr("Hide servers in maintenance"));
    m_hideBackupAction = toggle(
        tr("Hide Backup"), QStringLiteral("actionHideBackup"), HideBackupKey, tr("Hide backup servers"));

    m_serversTabAction =
        make(tr("&Servers"), QStringLiteral("actionServersTab"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_serversTabAction, &QAction::triggered, this, [this] { m_instanceView->showServers(); });
    m_frontendsTabAction =
        make(tr("&Frontends"), QStringLiteral("actionFrontendsTab"), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_frontendsTabAction, &QAction::triggered, this, [this] { m_instanceView->showFrontends(); });
}

void MainWindow::createWorkflowActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        return makeAction(text, name, shortcut, this);
    };
    m_driftAction = make(tr("Configuration &Drift…"), QStringLiteral("actionDrift"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_driftAction->setStatusTip(
        tr("Servers added or changed at runtime, which the next reload would lose, and how to keep them"));
    m_driftAction->setEnabled(false);
    connect(m_driftAction, &QAction::triggered, this, &MainWindow::openDriftDialog);

    m_scheduleDrainAction = make(tr("Sc&hedule Drain…"), QStringLiteral("actionScheduleDrain"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_scheduleDrainAction->setStatusTip(tr("Drain the selected servers at a set time, wait until idle, "
                                           "then maintenance, removal or back to ready after a window"));
    m_scheduleDrainAction->setEnabled(false);
    connect(m_scheduleDrainAction, &QAction::triggered, this, &MainWindow::openScheduleDrain);

    m_rollingAction = make(tr("Ro&lling Replace…"), QStringLiteral("actionRollingReplace"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_rollingAction->setStatusTip(tr("Replace servers of a backend one step at a time: add the new, wait "
                                     "until UP, drain and remove the old"));
    m_rollingAction->setEnabled(false);
    connect(m_rollingAction, &QAction::triggered, this, &MainWindow::openRollingReplace);

    m_aboutAction = make(tr("&About hadesk"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = make(tr("About &Qt"), QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

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
    layout->addWidget(m_instanceView, 1);
    m_instanceView->setServerContextActions(m_serverActions->contextActions());
    connect(m_instanceView, &InstanceView::activeSelectionChanged, this, &MainWindow::updateServerSelection);
    connect(m_instanceView, &InstanceView::transientMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    setCentralWidget(central);

    // Filters apply to what the tables show; the side list always lists every backend.
    connect(m_hideDownAction, &QAction::toggled, m_instanceView, &InstanceView::setHideDown);
    connect(m_hideMaintAction, &QAction::toggled, m_instanceView, &InstanceView::setHideMaint);
    connect(m_hideBackupAction, &QAction::toggled, m_instanceView, &InstanceView::setHideBackup);
    m_instanceView->setHideDown(m_hideDownAction->isChecked());
    m_instanceView->setHideMaint(m_hideMaintAction->isChecked());
    m_instanceView->setHideBackup(m_hideBackupAction->isChecked());
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_connectAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_pauseAction);
    bar->addSeparator();
    const QList<QAction *> serverActions = m_serverActions->toolBarActions();
    for (QAction *action : serverActions)
        bar->addAction(action);

    auto *intervalLabel = new QLabel(tr("Every"), bar);
    intervalLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(intervalLabel);
    m_intervalSpin = new QDoubleSpinBox(bar);
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpinBox"));
    m_intervalSpin->setDecimals(1);
    m_intervalSpin->setRange(Poller::MinIntervalMs / 1000.0, Poller::MaxIntervalMs / 1000.0);
    m_intervalSpin->setSingleStep(0.5);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setKeyboardTracking(false);
    m_intervalSpin->setValue(m_settings->pollIntervalMs() / 1000.0);
    m_intervalSpin->setToolTip(tr("How often to ask HAProxy for fresh statistics"));
    m_intervalSpin->setAccessibleName(tr("Refresh interval"));
    intervalLabel->setBuddy(m_intervalSpin);
    connect(m_intervalSpin, &QDoubleSpinBox::valueChanged, this, &MainWindow::onIntervalChanged);
    bar->addWidget(m_intervalSpin);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, proxy or address (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(260);
    m_filterEdit->setAccessibleName(tr("Filter"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_instanceView, &InstanceView::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, m_instanceView, &InstanceView::applyFilterTextNow);
    // Escape in the filter clears it and goes back to the table, as in a browser's find bar.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_filterEdit->clear();
        if (StatTableView *view = m_instanceView->currentTable())
            view->setFocus(Qt::ShortcutFocusReason);
    });
    bar->addWidget(m_filterEdit);
    bar->addAction(m_hideDownAction);
    bar->addAction(m_hideMaintAction);
    bar->addAction(m_hideBackupAction);

    // Keyboard order follows the eye: toolbar fields, then the side list, then the tables.
    setTabOrder(m_intervalSpin, m_filterEdit);
    m_instanceView->setTabOrderAfter(m_filterEdit);
}

void MainWindow::setAuditLog(AuditLog *log)
{
    if (m_audit)
        disconnect(m_audit, nullptr, this, nullptr);
    m_audit = log;
    m_auditDock->setLog(log);
    m_sessionManager->setAuditLog(log);
    if (!log)
        return;
    connect(log, &AuditLog::errorOccurred, this,
        [this](const QString &message) { setStatus(tr("Audit log: %1").arg(message), true); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_nextInstanceAction);
    file->addAction(m_previousInstanceAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_instanceView->copyActions());
    edit->addSeparator();
    edit->addAction(m_filterAction);
    connect(edit, &QMenu::aboutToShow, m_instanceView, &InstanceView::updateCopyActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_pauseAction);
    view->addSeparator();
    view->addAction(m_hideDownAction);
    view->addAction(m_hideMaintAction);
    view->addAction(m_hideBackupAction);
    view->addSeparator();
    view->addAction(m_serversTabAction);
    view->addAction(m_frontendsTabAction);
    view->addSeparator();
    const QList<QToolBar *> bars = findChildren<QToolBar *>();
    for (QToolBar *bar : bars)
        view->addAction(bar->toggleViewAction());
    QAction *auditToggle = m_auditDock->toggleViewAction();
    auditToggle->setText(tr("&Audit Log"));
    auditToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(auditToggle);
    QAction *chartsToggle = m_chartsDock->toggleViewAction();
    chartsToggle->setText(tr("&Traffic Charts"));
    chartsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addAction(chartsToggle);
    QAction *consoleToggle = m_consoleDock->toggleViewAction();
    consoleToggle->setText(tr("C&onsole"));
    consoleToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addAction(consoleToggle);
    QAction *clustersToggle = m_clusterDock->toggleViewAction();
    clustersToggle->setText(tr("Cl&usters"));
    clustersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addAction(clustersToggle);
    QAction *schedulesToggle = m_schedulesDock->toggleViewAction();
    schedulesToggle->setText(tr("Sc&heduled Drains"));
    schedulesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(schedulesToggle);
    // The docks share one tabbed area: the one asked for comes to the front, with the focus.
    for (QDockWidget *dock :
        { static_cast<QDockWidget *>(m_auditDock), m_chartsDock, static_cast<QDockWidget *>(m_consoleDock),
            static_cast<QDockWidget *>(m_clusterDock), static_cast<QDockWidget *>(m_schedulesDock) }) {
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (!shown)
                return;
            dock->raise();
            if (QWidget *content = dock->widget())
                content->setFocus(Qt::ShortcutFocusReason);
        });
    }

    QMenu *serverMenu = m_serverActions->menu();
    serverMenu->addSeparator();
    serverMenu->addAction(m_scheduleDrainAction);
    serverMenu->addAction(m_rollingAction);
    menuBar()->addMenu(serverMenu);

    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    instance->addAction(m_driftAction);
    instance->addAction(consoleToggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    m_refreshLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_refreshLabel);
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
    if (InstanceSession *open = findSession(endpoint->toString())) {
        setCurrentSession(open);
        setStatus(tr("%1 is already open.").arg(open->displayName()));
        return true;
    }

    const int intervalMs = profile.pollIntervalMs > 0 ? profile.pollIntervalMs : m_settings->pollIntervalMs();
    m_sessionManager->open(profile, endpoint.value(), intervalMs); // onSessionOpened() shows it
    return true;
}

void MainWindow::onSessionOpened(InstanceSession *session)
{
    attachSession(session); // the instance bar added its tab already
    setCurrentSession(session);
    setStatus(tr("Connecting to %1…").arg(session->id()));
}

void MainWindow::attachSession(InstanceSession *session)
{
    RuntimeConnection *connection = session->connection();
    const auto isShown = [this, session] { return m_current == session; };
    connect(connection, &RuntimeConnection::statusMessage, this, [this, isShown](const QString &text) {
        if (isShown())
            setStatus(text);
    });
    connect(connection, &RuntimeConnection::errorOccurred, this, [this, isShown](const QString &text) {
        if (isShown())
            setStatus(tr("Error: %1").arg(text), true);
    });
    connect(connection, &RuntimeConnection::ready, this, [this, isShown] {
        if (isShown())
            onConnectionReady();
    });
    connect(connection, &RuntimeConnection::levelChanged, this, [this, isShown] {
        if (isShown())
            onConnectionReady();
    });
    // The connection says in words what a reload did (statusMessage); the refresh label says
    // why the numbers stand still meanwhile.
    connect(connection, &RuntimeConnection::reloadDetected, this, [this, isShown](qint64 oldPid) {
        if (isShown())
            m_refreshLabel->setText(tr("HAProxy reloaded (worker %1 stopping)").arg(oldPid));
    });
    connect(connection, &RuntimeConnection::workerChanged, this, [this, isShown](qint64, qint64 newPid) {
        if (!isShown())
            return;
        m_refreshLabel->setText(tr("Now on worker %1").arg(newPid));
        updateTitle();
    });
    connect(
        connection, &RuntimeConnection::stateChanged, this, [this, isShown](RuntimeConnection::State state) {
            if (isShown() && state == RuntimeConnection::State::WaitingToReconnect)
                m_refreshLabel->setText(tr("Waiting to reconnect"));
        });
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
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(paused);
        m_refreshLabel->setText(paused ? tr("Updates paused") : tr("Updates resumed"));
    });
}

QList<InstanceSession *> MainWindow::sessions() const
{
    return m_sessionManager->sessions();
}

InstanceSession *MainWindow::findSession(const QString &id) const
{
    return m_sessionManager->find(id);
}

int MainWindow::tabOf(const InstanceSession *session) const
{
    return m_sessionManager->indexOf(session);
}

void MainWindow::setCurrentSession(InstanceSession *session)
{
    if (session && tabOf(session) < 0)
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
    m_serverActions->setConnection(m_connection, m_poller);
    m_serverActions->setSnapshot(session ? session->lastSnapshot() : SnapshotPtr {});
    m_instanceView->infoBar()->clear();
    m_hadError = false;
    m_firstSnapshot = true;
    if (session)
        m_instanceBar->showSession(session);
    m_disconnectAction->setEnabled(session != nullptr);
    m_driftAction->setEnabled(session != nullptr);
    m_rollingAction->setEnabled(session != nullptr);
    m_scheduleDrainAction->setEnabled(session != nullptr);
    m_consoleDock->setConnection(m_connection);
    m_consoleDock->setSnapshot(session ? session->lastSnapshot() : SnapshotPtr {});
    m_chartPanel->setHistory(session ? m_history->find(session->id()) : nullptr);
    m_chartPanel->setSnapshot(session ? session->lastSnapshot() : SnapshotPtr {});
    updateChartObjects();
    m_refreshAction->setEnabled(session != nullptr);
    m_pauseAction->setEnabled(session != nullptr);
    m_nextInstanceAction->setEnabled(sessions().size() > 1);
    m_previousInstanceAction->setEnabled(sessions().size() > 1);
    {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(m_poller && m_poller->isPaused());
    }
    if (m_poller) {
        const QSignalBlocker blocker(m_intervalSpin);
        m_intervalSpin->setValue(m_poller->interval() / 1000.0);
    }
    m_refreshLabel->clear();
    if (session) {
        if (m_connection->isReady()) {
            onConnectionReady();
            setStatus(tr("Connected to %1 (HAProxy %2, level %3)")
                          .arg(m_connection->endpoint().toString(), m_connection->version().text,
                              accessLevelName(m_connection->level())));
        }
        if (const SnapshotPtr last = session->lastSnapshot())
            onSnapshot(last);
    }
    updateTitle();
    m_instanceView->setConnection(m_connection); // updates the server selection too
    emit currentSessionChanged(session);
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
        m_nextInstanceAction->setEnabled(open.size() > 1);
        m_previousInstanceAction->setEnabled(open.size() > 1);
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
    m_instanceView->infoBar()->setConnection(
        m_connection->level(), m_connection->transportDescription(), m_connection->endpoint().toString());
    updateTitle();
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const qint64 mergeUs = m_current ? m_current->lastMergeUs() : 0;
    m_serverActions->setSnapshot(snapshot);
    m_instanceView->infoBar()->setSnapshot(snapshot);
    m_consoleDock->setSnapshot(snapshot);
    if (m_current)
        m_chartPanel->setHistory(m_history->find(m_current->id()));
    m_chartPanel->setSnapshot(snapshot);
    // The chart redraws when the history has recorded this snapshot (on its own thread).
    if (m_chartsDock->isVisible()
        && (m_chartPanel->objects().isEmpty() || m_chartPanel->canaryBackend().isEmpty()))
        updateChartObjects(); // the first rows arrived
    if (m_connection)
        m_instanceView->infoBar()->setConnection(
            m_connection->level(), m_connection->transportDescription(), m_connection->endpoint().toString());

    const int rows = m_instanceView->model()->rowCount();
    if (m_firstSnapshot && rows > 0) {
        m_firstSnapshot = false;
        m_instanceView->fitColumnsOnce();
    }
    if (m_hadError && m_connection) {
        // The error is over: say where we are again.
        m_hadError = false;
        setStatus(tr("Connected to %1 (HAProxy %2, level %3)")
                      .arg(m_connection->endpoint().toString(), m_connection->version().text,
                          accessLevelName(m_connection->level())));
    }
    // Seconds matter at a 1 s refresh, and most locales' short time format drops them.
    const QTime taken = QDateTime::fromMSecsSinceEpoch(snapshot->takenAtMs).time();
    const double ms = double(snapshot->pollDurationUs + snapshot->parseDurationUs) / 1000.0;
    QString refresh = tr("Updated %1").arg(taken.toString(QStringLiteral("HH:mm:ss")));
    refresh += tr(" · %n row(s)", nullptr, rows);
    refresh += tr(" · %1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0);
    if (m_poller && m_poller->isPaused())
        refresh += tr(" · paused");
    m_refreshLabel->setText(refresh);
    m_refreshLabel->setToolTip(
        tr("Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms")
            .arg(double(snapshot->pollDurationUs) / 1000.0, 0, 'f', 1)
            .arg(double(snapshot->parseDurationUs) / 1000.0, 0, 'f', 1)
            .arg(double(mergeUs) / 1000.0, 0, 'f', 1));
    if (qEnvironmentVariableIsSet("HADESK_DEBUG_TIMING"))
        qDebug("hadesk: snapshot %llu: %d rows, poll %.1f ms, parse %.1f ms, merge %.1f ms",
            snapshot->sequence, rows, double(snapshot->pollDurationUs) / 1000.0,
            double(snapshot->parseDurationUs) / 1000.0, double(mergeUs) / 1000.0);
    emit snapshotApplied(snapshot);
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
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
}

void MainWindow::onIntervalChanged(double seconds)
{
    const int ms = int(seconds * 1000.0 + 0.5);
    m_settings->setPollIntervalMs(ms);
    m_profile.pollIntervalMs = ms;
    if (m_current)
        m_current->setPollInterval(ms);
}

void MainWindow::openConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    // open(), not exec(): the instances already open keep polling behind it.
    auto *dialog = new ConnectDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { connectTo(dialog->profile()); });
    dialog->open();
}

// ---------------------------------------------------------------------------------------
// Status and titles

QMessageBox *MainWindow::showUnreadableFile(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("unreadableFileDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    // After the window is shown: a window-modal box needs its window up to sit on.
    QTimer::singleShot(0, box, [box] { box->open(); });
    return box;
}

void MainWindow::setStatus(const QString &text, bool error)
{
    // A newer message from the connection supersedes an error; a snapshot after an error
    // restores the "connected" line (onSnapshot).
    m_hadError = error;
    // Stores load in createDocks(), before the status bar exists: their errors are shown in
    // a dialog (showUnreadableFile) as well, so nothing is lost.
    if (!m_statusLabel) {
        emit statusChanged(text, error);
        return;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
    // Errors in the palette's link-visited red would be unreadable on some themes; bold is safe.
    QFont font = m_statusLabel->font();
    font.setBold(error);
    m_statusLabel->setFont(font);
    emit statusChanged(text, error);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
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
// Copy actions

void MainWindow::updateChartObjects()
{
    // The rows selected in the table with the focus (else the servers table) are plotted; the
    // canary view shows the backend chosen in the side list, else the first selected server's.
    QList<ChartObject> objects;
    StatTableView *view = m_instanceView->activeTable();
    if (!view || view->selectedRows().isEmpty())
        view = m_instanceView->serversView();
    QModelIndexList rows = view->selectedRows();
    if (rows.isEmpty()) {
        // Nothing selected: the servers shown (the first dozen), so the chart is never blank.
        const QAbstractItemModel *servers = m_instanceView->serversView()->model();
        for (int row = 0; row < std::min(servers->rowCount(), 12); ++row)
            rows << servers->index(row, 0);
    }
    QString firstServerBackend;
    for (const QModelIndex &index : rows) {
        const QString proxy = index.data(StatTableModel::ProxyNameRole).toString();
        const QString server = index.data(StatTableModel::ServerNameRole).toString();
        objects.append({ index.data(StatTableModel::KeyRole).toString(),
            server.isEmpty() ? proxy : proxy + u'/' + server });
        if (firstServerBackend.isEmpty() && !server.isEmpty())
            firstServerBackend = proxy;
    }
    m_chartPanel->setObjects(objects);
    const QStringList backends = m_instanceView->selectedBackends();
    QString backend = backends.isEmpty() ? firstServerBackend : backends.first();
    const QAbstractItemModel *allBackends = m_instanceView->backendsView()->model();
    if (backend.isEmpty() && allBackends->rowCount() > 0)
        backend = allBackends->index(0, 0).data(StatTableModel::ProxyNameRole).toString();
    m_chartPanel->setCanaryBackend(backend);
}

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
    if (m_chartPanel)
        updateChartObjects();
}

// ---------------------------------------------------------------------------------------
// Layout

void MainWindow::saveLayout()
{
    m_settings->setLayout(GeometryKey, saveGeometry());
    m_settings->setLayout(StateKey, saveState(Settings::LayoutVersion));
    m_instanceView->saveLayout(m_settings, instanceLayoutKeys());
}

bool MainWindow::restoreLayout()
{
    bool restored = false;
    if (const QByteArray geometry = m_settings->layout(GeometryKey); !geometry.isEmpty())
        restored = restoreGeometry(geometry) || restored;
    if (const QByteArray state = m_settings->layout(StateKey); !state.isEmpty())
        restored = restoreState(state, Settings::LayoutVersion) || restored;
    return m_instanceView->restoreLayout(m_settings, instanceLayoutKeys()) || restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::createDocks()
{
    createChartsDock();
    createConsoleDock();
    createClusterDock();
    createSchedulesDock();
    tabifyDockWidget(m_auditDock, m_chartsDock);
    tabifyDockWidget(m_chartsDock, m_consoleDock);
    tabifyDockWidget(m_consoleDock, m_clusterDock);
    tabifyDockWidget(m_clusterDock, m_schedulesDock);
}

void MainWindow::createChartsDock()
{
    m_chartsDock = new QDockWidget(tr("Traffic Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartPanel = new ChartPanel(m_chartsDock);
    m_chartPanel->setObjectName(QStringLiteral("chartPanel"));
    m_chartsDock->setWidget(m_chartPanel);
    // Sessions/s exist for every row on every HAProxy (2.6 servers have no request counter);
    // the canary shares what the weights decide: the balancer's picks.
    m_chartPanel->setMetric(Metric::SessionRate);
    m_chartPanel->setShareMetric(Metric::LbRate);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            updateChartObjects();
            m_chartPanel->refresh();
        }
    });
    connect(m_history, &HistoryStore::updated, this, [this](const QString &instanceId) {
        if (m_current && instanceId == m_current->id() && m_chartsDock->isVisible())
            m_chartPanel->refresh();
    });
}

void MainWindow::createConsoleDock()
{
    m_consoleDock = new ConsoleDock(this);
    m_consoleDock->setObjectName(QStringLiteral("consoleDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_consoleDock);
    m_consoleDock->hide();
    // What the console changed shows in the tables at once.
    connect(m_consoleDock, &ConsoleDock::commandAnswered, this, [this](const RuntimeCommand &command) {
        if (command.isWrite() && m_poller)
            m_poller->refreshNow();
    });
}

void MainWindow::createClusterDock()
{
    if (const Result<int> loaded = m_clusterStore->load(); !loaded) {
        setStatus(tr("Clusters: %1").arg(loaded.error()), true);
        // The store refuses every change until the user decides: the file is never written over.
        QMessageBox *box = showUnreadableFile(tr("Clusters Could Not Be Read"), loaded.error());
        if (m_clusterStore->isBlocked() && !m_clusterStore->corruptCopyPath().isEmpty()) {
            QPushButton *startEmpty =
                box->addButton(tr("Start with an Empty List"), QMessageBox::DestructiveRole);
            startEmpty->setObjectName(QStringLiteral("startEmptyButton"));
            connect(startEmpty, &QPushButton::clicked, this, [this] {
                if (const Result<void> started = m_clusterStore->startEmpty(); !started)
                    setStatus(tr("Clusters: %1").arg(started.error()), true);
                else
                    setStatus(tr("Clusters: starting with an empty list; the unreadable file was kept as %1.")
                                  .arg(QDir::toNativeSeparators(m_clusterStore->corruptCopyPath())));
            });
        }
    }
    m_clusterDock = new ClusterDock(m_clusterStore, m_profiles, this);
    m_clusterDock->setObjectName(QStringLiteral("clusterDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_clusterDock);
    m_clusterDock->hide();
    connect(m_clusterDock, &ClusterDock::statusMessage, this,
        [this](const QString &text, bool error) { setStatus(text, error); });
    connect(m_clusterDock, &ClusterDock::connectRequested, this, [this](const QStringList &names) {
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
    });
    connect(this, &MainWindow::sessionsChanged, this, [this] { m_clusterDock->setSessions(sessions()); });
}

void MainWindow::createSchedulesDock()
{
    m_schedulesDock = new SchedulesDock(this);
    m_schedulesDock->setObjectName(QStringLiteral("schedulesDock"));
    m_schedulesDock->setScheduler(m_drainScheduler);
    addDockWidget(Qt::BottomDockWidgetArea, m_schedulesDock);
    m_schedulesDock->hide();
    connect(m_schedulesDock, &SchedulesDock::statusMessage, this,
        [this](const QString &text) { setStatus(text); });
    connect(m_drainScheduler, &DrainScheduler::storeError, this,
        [this](const QString &text) { setStatus(tr("Scheduled drains: %1").arg(text), true); });
    // Overdue jobs are asked about in the dock: show it.
    connect(m_drainScheduler, &DrainScheduler::overdueJobs, m_schedulesDock, &QWidget::show);
    if (!m_drainScheduler->load()) {
        setStatus(tr("Scheduled drains: %1").arg(m_drainScheduler->loadError()), true);
        showUnreadableFile(tr("Scheduled Drains Could Not Be Read"), m_drainScheduler->loadError());
    }
    if (!m_drainScheduler->jobs().isEmpty())
        m_schedulesDock->show();
}

void MainWindow::openDriftDialog()
{
    if (!m_connection)
        return;
    auto *dialog = new DriftDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openScheduleDrain()
{
    if (!m_current)
        return;
    const QList<ServerTarget> targets = m_serverActions->selection();
    if (targets.isEmpty()) {
        setStatus(tr("Select one or more servers to schedule a drain."), true);
        return;
    }
    auto *dialog = new ScheduleDrainDialog(m_drainScheduler, m_current->id(), targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<QUuid> created = dialog->createdJobs();
        if (created.isEmpty())
            return;
        m_schedulesDock->show();
        m_schedulesDock->raise();
        m_schedulesDock->selectJob(created.constFirst());
    });
    dialog->open();
}

void MainWindow::openRollingReplace()
{
    if (!m_connection || !m_current)
        return;
    QStringList servers;
    QString backend;
    for (const ServerTarget &target : m_serverActions->selection()) {
        if (backend.isEmpty())
            backend = target.backend;
        if (target.backend == backend)
            servers << target.server;
    }
    if (const QStringList backends = m_instanceView->selectedBackends();
        backend.isEmpty() && !backends.isEmpty())
        backend = backends.first();
    auto *wizard = new RollingReplaceWizard(m_connection, m_current->lastSnapshot(), backend, servers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard works on this instance's connection: it goes when the instance is closed.
    connect(m_current, &QObject::destroyed, wizard, &QObject::deleteLater);
    // Each step changes the table: refresh as it goes.
    if (m_poller)
        connect(wizard, &QWizard::currentIdChanged, m_poller, &Poller::refreshNow);
    wizard->show();
}

void MainWindow::showAbout()
{
    QString text =
        tr("<h3>hadesk %1</h3>"
           "<p>Administer running HAProxy instances through their Runtime API.</p>"
           "<p>Compatibility: %2.</p>"
           "<p>Built with Qt %3, running on Qt %4.</p>")
            .arg(BuildInfo::version().toHtmlEscaped(), BuildInfo::haproxyCompatibility().toHtmlEscaped(),
                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    if (m_connection && m_connection->version().isValid())
        text += tr("<p>Connected to HAProxy %1.</p>").arg(m_connection->version().text.toHtmlEscaped());
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About hadesk"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull())
        box->setIconPixmap(icon.pixmap(64, 64));
    box->open();
}
