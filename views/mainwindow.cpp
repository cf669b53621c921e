#include "mainwindow.h"

#include "auditlog.h"
#include "auditlogdock.h"
#include "commandbuilder.h"
#include "connectdialog.h"
#include "connectionprofilesmodel.h"
#include "poller.h"
#include "processinfobar.h"
#include "runtimeconnection.h"
#include "serveractions.h"
#include "settings.h"
#include "statfilterproxymodel.h"
#include "stattablemodel.h"
#include "stattableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
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

using Col = StatTableModel::Column;

QList<int> allColumnsExcept(const QList<int> &shown)
{
    QList<int> hidden;
    for (int column = 0; column < StatTableModel::ColumnCount; ++column) {
        if (!shown.contains(column))
            hidden << column;
    }
    return hidden;
}

// The model row behind a view row, through the one proxy between them.
const StatRow *statRowOf(const QModelIndex &viewIndex, const StatTableModel *model)
{
    const auto *proxy = qobject_cast<const StatFilterProxyModel *>(viewIndex.model());
    if (!proxy || !model)
        return nullptr;
    return model->statRow(proxy->mapToSource(viewIndex).row());
}

} // namespace

MainWindow::MainWindow(Settings *settings, ConnectionProfilesModel *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_model(new StatTableModel(this))
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
    createToolBar();
    createMenus();
    createStatusBar();
    applyDefaultColumns();
    updateTitle();
    updateCounts();
    setStatus(tr("Not connected. Choose File ▸ Connect… (Ctrl+O)."));

    resize(1280, 760);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    disconnectFromInstance();
    // The children die after this body, one after the other, and would still call our
    // slots (focus changes, proxies resetting) on a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
    for (StatTableView *view : { m_backendsView, m_serversView, m_frontendsView }) {
        disconnect(view, nullptr, this, nullptr);
        disconnect(view->model(), nullptr, this, nullptr);
        disconnect(view->selectionModel(), nullptr, this, nullptr);
    }
}

// ---------------------------------------------------------------------------------------
// Building the window

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(u'&').remove(u'…'), shortcut.toString(QKeySequence::NativeText)));
        }
        return action;
    };

    m_connectAction = make(tr("&Connect…"), QStringLiteral("actionConnect"), QKeySequence::Open);
    m_connectAction->setIcon(
        QIcon::fromTheme(QStringLiteral("network-connect"), QIcon(QStringLiteral(":/icons/connect.svg"))));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectDialog);

    m_disconnectAction = make(tr("&Disconnect"), QStringLiteral("actionDisconnect"));
    m_disconnectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect")));
    m_disconnectAction->setEnabled(false);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromInstance);

    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    connect(m_serversTabAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_serversView);
        m_serversView->setFocus(Qt::ShortcutFocusReason);
    });
    m_frontendsTabAction =
        make(tr("&Frontends"), QStringLiteral("actionFrontendsTab"), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_frontendsTabAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_frontendsView);
        m_frontendsView->setFocus(Qt::ShortcutFocusReason);
    });

    m_copyNameAction = make(tr("&Copy Name"), QStringLiteral("actionCopyName"), QKeySequence::Copy);
    m_copyNameAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyNameAction->setStatusTip(tr("Copy the selected rows' names (backend/server for servers)"));
    // Only for the tables: the filter field keeps its own Ctrl+C.
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, &MainWindow::copyNames);

    m_copyGetWeightAction =
        make(tr("Copy as socat Command: &get weight"), QStringLiteral("actionCopyGetWeight"));
    m_copyGetWeightAction->setStatusTip(
        tr("Copy a shell command that asks HAProxy the selected servers' weights"));
    connect(m_copyGetWeightAction, &QAction::triggered, this, &MainWindow::copySocatGetWeight);

    m_copyShowStatAction =
        make(tr("Copy as socat Command: &show stat"), QStringLiteral("actionCopyShowStat"));
    m_copyShowStatAction->setStatusTip(tr("Copy a shell command that dumps the selected rows' statistics"));
    connect(m_copyShowStatAction, &QAction::triggered, this, &MainWindow::copySocatShowStat);

    m_aboutAction = make(tr("&About hadesk"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = make(tr("About &Qt"), QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    // Three cuts of the one model: the backends for the side list, their servers, and the
    // frontends. The proxies sort and filter; the model below never resets on a refresh.
    m_backendsProxy = new StatFilterProxyModel(this);
    m_backendsProxy->setObjectName(QStringLiteral("backendsProxy"));
    m_backendsProxy->setTypes(StatFilterProxyModel::Backends);
    m_backendsProxy->setSourceModel(m_model);

    m_serversProxy = new StatFilterProxyModel(this);
    m_serversProxy->setObjectName(QStringLiteral("serversProxy"));
    m_serversProxy->setTypes(StatFilterProxyModel::Servers);
    m_serversProxy->setSourceModel(m_model);

    m_frontendsProxy = new StatFilterProxyModel(this);
    m_frontendsProxy->setObjectName(QStringLiteral("frontendsProxy"));
    m_frontendsProxy->setTypes(StatFilterProxyModel::Frontends | StatFilterProxyModel::Listeners);
    m_frontendsProxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);

    m_infoBar = new ProcessInfoBar(central);
    m_infoBar->setObjectName(QStringLiteral("processInfoBar"));
    layout->addWidget(m_infoBar);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // Side list: backends. Selecting some restricts the servers table to them.
    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(2);
    auto *sideHeader = new QHBoxLayout;
    m_backendsLabel = new QLabel(tr("Backends"), side);
    sideHeader->addWidget(m_backendsLabel, 1);
    m_allBackendsButton = new QToolButton(side);
    m_allBackendsButton->setObjectName(QStringLiteral("allBackendsButton"));
    m_allBackendsButton->setText(tr("Show All"));
    m_allBackendsButton->setToolTip(tr("Show the servers of every backend"));
    m_allBackendsButton->setAutoRaise(true);
    m_allBackendsButton->setEnabled(false);
    sideHeader->addWidget(m_allBackendsButton);
    sideLayout->addLayout(sideHeader);

    m_backendsView = new StatTableView(side);
    m_backendsView->setObjectName(QStringLiteral("backendsView"));
    m_backendsView->setModel(m_backendsProxy);
    m_backendsView->setAccessibleName(tr("Backends"));
    m_backendsView->setToolTip(tr("Select one or more backends to show only their servers"));
    m_backendsLabel->setBuddy(m_backendsView);
    sideLayout->addWidget(m_backendsView, 1);
    connect(m_allBackendsButton, &QToolButton::clicked, m_backendsView, &QAbstractItemView::clearSelection);
    connect(m_backendsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onBackendSelectionChanged);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_serversView = new StatTableView(m_tabs);
    m_serversView->setObjectName(QStringLiteral("serversView"));
    m_serversView->setModel(m_serversProxy);
    m_serversView->setAccessibleName(tr("Servers"));
    m_tabs->addTab(m_serversView, tr("Servers"));
    m_frontendsView = new StatTableView(m_tabs);
    m_frontendsView->setObjectName(QStringLiteral("frontendsView"));
    m_frontendsView->setModel(m_frontendsProxy);
    m_frontendsView->setAccessibleName(tr("Frontends"));
    m_tabs->addTab(m_frontendsView, tr("Frontends"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateContextActions(activeTable()); });

    m_splitter->addWidget(side);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 980 });

    const QList<QAction *> contextActions { m_copyNameAction, m_copyGetWeightAction, m_copyShowStatAction };
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    const QList<QAction *> serverContextActions =
        m_serverActions->contextActions() + QList<QAction *> { separator } + contextActions;
    for (StatTableView *view : { m_backendsView, m_serversView, m_frontendsView }) {
        view->setContextActions(view == m_serversView ? serverContextActions : contextActions);
        view->addAction(m_copyNameAction); // Ctrl+C while the table has focus
        connect(view, &StatTableView::contextMenuAboutToShow, this, [this](StatTableView *which) {
            m_contextView = which;
            updateContextActions(which);
        });
        connect(view, &StatTableView::contextMenuClosed, this, [this] { m_contextView = nullptr; });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, view] { updateContextActions(view); });
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(view->model(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    }
    connect(qApp, &QApplication::focusChanged, this, [this] { updateContextActions(activeTable()); });

    setCentralWidget(central);

    // Filters apply to what the tables show; the side list always lists every backend so
    // a filter never hides the way back.
    const auto forEachFiltered = [this](auto &&apply) {
        apply(m_serversProxy);
        apply(m_frontendsProxy);
    };
    connect(m_hideDownAction, &QAction::toggled, this, [forEachFiltered](bool on) {
        forEachFiltered([on](StatFilterProxyModel *p) { p->setHideDown(on); });
    });
    connect(m_hideMaintAction, &QAction::toggled, this, [forEachFiltered](bool on) {
        forEachFiltered([on](StatFilterProxyModel *p) { p->setHideMaint(on); });
    });
    connect(m_hideBackupAction, &QAction::toggled, this, [forEachFiltered](bool on) {
        forEachFiltered([on](StatFilterProxyModel *p) { p->setHideBackup(on); });
    });
    forEachFiltered([this](StatFilterProxyModel *p) {
        p->setHideDown(m_hideDownAction->isChecked());
        p->setHideMaint(m_hideMaintAction->isChecked());
        p->setHideBackup(m_hideBackupAction->isChecked());
    });
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
    m_intervalSpin->setRange(Poller::MinIntervalMs / 1000.0, 3600.0);
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
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_serversProxy->setFilterText(text);
        m_frontendsProxy->setFilterText(text);
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        m_serversProxy->applyFilterTextNow();
        m_frontendsProxy->applyFilterTextNow();
    });
    // Escape in the filter clears it and goes back to the table, as in a browser's find bar.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_filterEdit->clear();
        if (StatTableView *view = qobject_cast<StatTableView *>(m_tabs->currentWidget()))
            view->setFocus(Qt::ShortcutFocusReason);
    });
    bar->addWidget(m_filterEdit);
    bar->addAction(m_hideDownAction);
    bar->addAction(m_hideMaintAction);
    bar->addAction(m_hideBackupAction);

    // Keyboard order follows the eye: toolbar fields, then the side list, then the tables.
    setTabOrder(m_intervalSpin, m_filterEdit);
    setTabOrder(m_filterEdit, m_backendsView);
    setTabOrder(m_backendsView, m_allBackendsButton);
    setTabOrder(m_allBackendsButton, m_tabs);
    setTabOrder(m_tabs, m_serversView);
    setTabOrder(m_serversView, m_frontendsView);
}

void MainWindow::setAuditLog(AuditLog *log)
{
    if (m_audit) {
        disconnect(m_audit, nullptr, this, nullptr);
        if (m_connection)
            m_audit->detach(m_connection);
    }
    m_audit = log;
    m_auditDock->setLog(log);
    if (!log)
        return;
    if (m_connection)
        log->attach(m_connection);
    connect(log, &AuditLog::errorOccurred, this,
        [this](const QString &message) { setStatus(tr("Audit log: %1").arg(message), true); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyNameAction);
    edit->addAction(m_copyGetWeightAction);
    edit->addAction(m_copyShowStatAction);
    edit->addSeparator();
    edit->addAction(m_filterAction);
    connect(edit, &QMenu::aboutToShow, this, [this] { updateContextActions(activeTable()); });

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

    menuBar()->addMenu(m_serverActions->menu());

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

void MainWindow::applyDefaultColumns()
{
    // What an operator looks at first; everything else is one right-click on the header away.
    m_serversView->setDefaultHiddenColumns(
        { Col::MaxSessions, Col::SessionLimit, Col::Denied, Col::Retries, Col::Redispatches, Col::Downtime });
    m_frontendsView->setDefaultHiddenColumns({ Col::Proxy, Col::Weight, Col::Role, Col::Queue,
        Col::ConnectionErrors, Col::ResponseErrors, Col::Retries, Col::Redispatches, Col::CheckStatus,
        Col::LastChange, Col::Downtime, Col::Address });
    m_backendsView->setDefaultHiddenColumns(
        allColumnsExcept({ Col::Name, Col::Status, Col::CurrentSessions, Col::SessionRate }));
    m_backendsView->setStretchColumn(Col::Name);
    // Until the first rows size them: narrow enough for the side list's default width.
    for (const int column : { Col::Status, Col::CurrentSessions, Col::SessionRate })
        m_backendsView->horizontalHeader()->resizeSection(column, 60);
    for (StatTableView *view : { m_backendsView, m_serversView, m_frontendsView })
        view->sortByColumn(Col::Name, Qt::AscendingOrder);
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

    disconnectFromInstance();
    m_profile = profile;
    m_model->clear();
    m_infoBar->clear();
    m_hadError = false;
    m_firstSnapshot = true;

    m_connection = new RuntimeConnection(endpoint.value(), ConnectionOptions {}, this);
    if (m_audit)
        m_audit->attach(m_connection);
    m_poller = new Poller(m_connection, this);
    m_serverActions->setConnection(m_connection, m_poller);
    const int intervalMs = profile.pollIntervalMs > 0 ? profile.pollIntervalMs : m_settings->pollIntervalMs();
    m_poller->setInterval(intervalMs);
    {
        const QSignalBlocker blocker(m_intervalSpin);
        m_intervalSpin->setValue(m_poller->interval() / 1000.0);
    }

    connect(m_connection, &RuntimeConnection::statusMessage, this,
        [this](const QString &text) { setStatus(text); });
    connect(m_connection, &RuntimeConnection::errorOccurred, this,
        [this](const QString &text) { setStatus(tr("Error: %1").arg(text), true); });
    connect(m_connection, &RuntimeConnection::ready, this, &MainWindow::onConnectionReady);
    connect(m_connection, &RuntimeConnection::levelChanged, this, &MainWindow::onConnectionReady);
    // The connection says in words what a reload did (statusMessage); the refresh label says
    // why the numbers stand still meanwhile.
    connect(m_connection, &RuntimeConnection::reloadDetected, this, [this](qint64 oldPid) {
        m_refreshLabel->setText(tr("HAProxy reloaded (worker %1 stopping)").arg(oldPid));
    });
    connect(m_connection, &RuntimeConnection::workerChanged, this, [this](qint64, qint64 newPid) {
        m_refreshLabel->setText(tr("Now on worker %1").arg(newPid));
        updateTitle();
    });
    connect(m_connection, &RuntimeConnection::stateChanged, this, [this](RuntimeConnection::State state) {
        if (state == RuntimeConnection::State::WaitingToReconnect)
            m_refreshLabel->setText(tr("Waiting to reconnect"));
    });
    connect(m_poller, &Poller::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_poller, &Poller::pollFailed, this,
        [this](const QString &text) { setStatus(tr("Refresh failed: %1").arg(text), true); });
    connect(m_poller, &Poller::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(paused);
        m_refreshLabel->setText(paused ? tr("Updates paused") : tr("Updates resumed"));
    });

    m_disconnectAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    m_pauseAction->setEnabled(true);
    {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(false);
    }
    updateTitle();
    setStatus(tr("Connecting to %1…").arg(endpoint->toString()));

    if (!profile.name.isEmpty() && m_profiles && m_profiles->indexOf(profile.name) >= 0) {
        m_profiles->markUsed(profile.name);
        m_profiles->save();
        m_settings->setLastProfile(profile.name);
    }

    m_connection->open();
    m_poller->start();
    return true;
}

void MainWindow::disconnectFromInstance()
{
    if (m_poller) {
        m_poller->stop();
        disconnect(m_poller, nullptr, this, nullptr);
        // Later: this may run inside one of the poller's own signals.
        m_poller->deleteLater();
        m_poller = nullptr;
    }
    if (m_serverActions)
        m_serverActions->setConnection(nullptr, nullptr);
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        m_connection->close();
        m_connection->deleteLater();
        m_connection = nullptr;
        // Numbers of an instance no longer watched would pass for live ones.
        m_model->clear();
        m_infoBar->clear();
        setStatus(tr("Disconnected."));
        m_refreshLabel->clear();
    }
    if (m_disconnectAction) {
        m_disconnectAction->setEnabled(false);
        m_refreshAction->setEnabled(false);
        m_pauseAction->setEnabled(false);
        updateTitle();
    }
}

void MainWindow::onConnectionReady()
{
    if (!m_connection)
        return;
    m_infoBar->setConnection(
        m_connection->level(), m_connection->transportDescription(), m_connection->endpoint().toString());
    updateTitle();
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    QElapsedTimer merge;
    merge.start();
    m_model->setSnapshot(snapshot);
    const qint64 mergeUs = merge.nsecsElapsed() / 1000;
    m_serverActions->setSnapshot(snapshot);
    m_infoBar->setSnapshot(snapshot);
    if (m_connection)
        m_infoBar->setConnection(
            m_connection->level(), m_connection->transportDescription(), m_connection->endpoint().toString());

    if (m_firstSnapshot && m_model->rowCount() > 0) {
        m_firstSnapshot = false;
        for (StatTableView *view : { m_backendsView, m_serversView, m_frontendsView })
            view->fitColumnsOnce();
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
    refresh += tr(" · %n row(s)", nullptr, m_model->rowCount());
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
            snapshot->sequence, m_model->rowCount(), double(snapshot->pollDurationUs) / 1000.0,
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
    if (m_poller)
        m_poller->setInterval(ms);
}

void MainWindow::openConnectDialog()
{
    ConnectDialog dialog(m_profiles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectTo(dialog.profile());
}

// ---------------------------------------------------------------------------------------
// Status and titles

void MainWindow::setStatus(const QString &text, bool error)
{
    // A newer message from the connection supersedes an error; a snapshot after an error
    // restores the "connected" line (onSnapshot).
    m_hadError = error;
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

QString MainWindow::refreshText() const
{
    return m_refreshLabel->text();
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

void MainWindow::updateCounts()
{
    m_backendsLabel->setText(tr("Backends (%1)").arg(m_backendsProxy->rowCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_serversView), tr("Servers (%1)").arg(m_serversProxy->rowCount()));
    m_tabs->setTabText(
        m_tabs->indexOf(m_frontendsView), tr("Frontends (%1)").arg(m_frontendsProxy->rowCount()));
}

void MainWindow::onBackendSelectionChanged()
{
    QStringList names;
    const QModelIndexList rows = m_backendsView->selectedRows();
    for (const QModelIndex &index : rows)
        names << index.data(StatTableModel::ProxyNameRole).toString();
    m_serversProxy->setProxies(names);
    m_allBackendsButton->setEnabled(!names.isEmpty());
    if (!names.isEmpty())
        m_tabs->setCurrentWidget(m_serversView);
    updateCounts();
}

// ---------------------------------------------------------------------------------------
// Copy actions

StatTableView *MainWindow::activeTable() const
{
    if (m_contextView)
        return m_contextView;
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<StatTableView *>(w); view && view->window() == this)
            return view;
    }
    return qobject_cast<StatTableView *>(m_tabs->currentWidget());
}

void MainWindow::updateServerSelection()
{
    // Server actions apply to the servers table's selection; "Add Server" proposes the
    // backend chosen in the side list, else the first selected server's.
    QList<ServerTarget> targets;
    const QModelIndexList rows = m_serversView->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(StatTableModel::TypeRole).toInt() != int(StatRow::Type::Server))
            continue;
        targets.append({ index.data(StatTableModel::ProxyNameRole).toString(),
            index.data(StatTableModel::ServerNameRole).toString() });
    }
    QString backend;
    const QModelIndexList backends = m_backendsView->selectedRows();
    if (!backends.isEmpty())
        backend = backends.first().data(StatTableModel::ProxyNameRole).toString();
    else if (!targets.isEmpty())
        backend = targets.first().backend;
    m_serverActions->setSelection(targets, backend);
}

void MainWindow::updateContextActions(StatTableView *view)
{
    updateServerSelection();
    if (!view)
        return;
    bool any = false;
    bool server = false;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        any = true;
        if (index.data(StatTableModel::TypeRole).toInt() == int(StatRow::Type::Server)) {
            server = true;
            break;
        }
    }
    m_copyNameAction->setEnabled(any);
    m_copyGetWeightAction->setEnabled(server && m_connection);
    m_copyShowStatAction->setEnabled(any && m_connection);
}

void MainWindow::copyNames()
{
    StatTableView *view = activeTable();
    if (!view)
        return;
    QStringList names;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString proxy = index.data(StatTableModel::ProxyNameRole).toString();
        const QString server = index.data(StatTableModel::ServerNameRole).toString();
        // backend/server is how every Runtime API command names a server.
        names << (server.isEmpty() ? proxy : proxy + u'/' + server);
    }
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n name(s)", nullptr, int(names.size())), 4000);
}

void MainWindow::copySocatGetWeight()
{
    StatTableView *view = activeTable();
    if (!view || !m_connection)
        return;
    QStringList lines;
    QString refused;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(StatTableModel::TypeRole).toInt() != int(StatRow::Type::Server))
            continue;
        const Result<RuntimeCommand> command =
            CommandBuilder::getWeight(index.data(StatTableModel::ProxyNameRole).toString(),
                index.data(StatTableModel::ServerNameRole).toString());
        if (!command) {
            refused = command.error();
            continue;
        }
        lines << m_connection->endpoint().socatCommandLine(command->line());
    }
    if (!lines.isEmpty()) {
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
        statusBar()->showMessage(tr("Copied %n command(s)", nullptr, int(lines.size())), 4000);
    } else if (!refused.isEmpty()) {
        statusBar()->showMessage(tr("Nothing copied: %1").arg(refused), 8000);
    }
}

void MainWindow::copySocatShowStat()
{
    StatTableView *view = activeTable();
    if (!view || !m_connection)
        return;
    QStringList lines;
    QString refused;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        const StatRow *row = statRowOf(index, m_model);
        if (!row)
            continue;
        CommandBuilder::StatScope scope;
        scope.proxy = QString::fromUtf8(row->pxname);
        if (row->isServer()) {
            scope.typeMask = CommandBuilder::Servers;
            scope.serverId = StatRow::has(row->sid) ? int(row->sid) : -1;
        } else if (row->isBackend()) {
            scope.typeMask = CommandBuilder::Backends;
        } else if (row->isFrontend()) {
            scope.typeMask = CommandBuilder::Frontends;
        }
        const Result<RuntimeCommand> command = CommandBuilder::showStat(scope);
        if (!command) {
            refused = command.error();
            continue;
        }
        lines << m_connection->endpoint().socatCommandLine(command->line());
    }
    if (!lines.isEmpty()) {
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
        statusBar()->showMessage(tr("Copied %n command(s)", nullptr, int(lines.size())), 4000);
    } else if (!refused.isEmpty()) {
        statusBar()->showMessage(tr("Nothing copied: %1").arg(refused), 8000);
    }
}

// ---------------------------------------------------------------------------------------
// Layout

void MainWindow::saveLayout()
{
    m_settings->setLayout(GeometryKey, saveGeometry());
    m_settings->setLayout(StateKey, saveState(Settings::LayoutVersion));
    m_settings->setLayout(SplitterKey, m_splitter->saveState());
    m_settings->setLayout(ServersHeaderKey, m_serversView->saveHeaderState());
    m_settings->setLayout(FrontendsHeaderKey, m_frontendsView->saveHeaderState());
    m_settings->setLayout(BackendsHeaderKey, m_backendsView->saveHeaderState());
    m_settings->setLayout(TabKey, QByteArray::number(m_tabs->currentIndex()));
}

bool MainWindow::restoreLayout()
{
    bool restored = false;
    if (const QByteArray geometry = m_settings->layout(GeometryKey); !geometry.isEmpty())
        restored = restoreGeometry(geometry) || restored;
    if (const QByteArray state = m_settings->layout(StateKey); !state.isEmpty())
        restored = restoreState(state, Settings::LayoutVersion) || restored;
    if (const QByteArray splitter = m_settings->layout(SplitterKey); !splitter.isEmpty())
        restored = m_splitter->restoreState(splitter) || restored;
    restored = m_serversView->restoreHeaderState(m_settings->layout(ServersHeaderKey)) || restored;
    restored = m_frontendsView->restoreHeaderState(m_settings->layout(FrontendsHeaderKey)) || restored;
    restored = m_backendsView->restoreHeaderState(m_settings->layout(BackendsHeaderKey)) || restored;
    bool ok = false;
    const int tab = m_settings->layout(TabKey).toInt(&ok);
    if (ok && tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    // A splitter restored with the side list squeezed to nothing would hide the backends.
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.first() <= 0)
        m_splitter->setSizes({ 300, std::max(600, sizes.last()) });
    return restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>hadesk %1</h3>"
                      "<p>Administer running HAProxy instances through their Runtime API.</p>"
                      "<p>Built with Qt %2, running on Qt %3.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                           QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    if (m_connection && m_connection->version().isValid())
        text += tr("<p>Connected to HAProxy %1.</p>").arg(m_connection->version().text.toHtmlEscaped());
    QMessageBox::about(this, tr("About hadesk"), text);
}
