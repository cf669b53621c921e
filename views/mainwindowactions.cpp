#include "views/mainwindowactions.h"

#include "core/client/poller.h"
#include "models/settings.h"
#include "views/colorscheme.h"
#include "views/dockset.h"
#include "views/instanceview.h"
#include "views/stattableview.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QToolBar>

namespace {

const QString HideDownKey = QStringLiteral("view/hideDown");
const QString HideMaintKey = QStringLiteral("view/hideMaint");
const QString HideBackupKey = QStringLiteral("view/hideBackup");

} // namespace

MainWindowActions::MainWindowActions(Settings *settings, QMainWindow *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainWindowActions"));
    createFileActions();
    createViewActions();
    createWorkflowActions();
    createPreferencesAction();
}

QAction *MainWindowActions::make(const QString &text, const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&').remove(u'…'), shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

QAction *MainWindowActions::makeHideToggle(
    const QString &text, const QString &name, const QString &key, const QString &tip)
{
    QAction *action = make(text, name);
    action->setCheckable(true);
    action->setChecked(m_settings->store().value(key, false).toBool());
    action->setToolTip(tip);
    connect(action, &QAction::toggled, this, [this, key](bool on) { m_settings->store().setValue(key, on); });
    return action;
}

void MainWindowActions::createFileActions()
{
    m_connect = make(tr("&Connect…"), QStringLiteral("actionConnect"), QKeySequence::Open);
    m_connect->setIcon(
        QIcon::fromTheme(QStringLiteral("network-connect"), QIcon(QStringLiteral(":/icons/connect.svg"))));

    m_disconnect =
        make(tr("&Disconnect"), QStringLiteral("actionDisconnect"), QKeySequence(Qt::CTRL | Qt::Key_W));
    m_disconnect->setStatusTip(tr("Close the connection to the instance shown"));
    m_disconnect->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect")));

    m_nextInstance = make(tr("&Next Instance"), QStringLiteral("actionNextInstance"),
        QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousInstance = make(tr("P&revious Instance"), QStringLiteral("actionPreviousInstance"),
        QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    m_quit = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
}

void MainWindowActions::createViewActions()
{
    m_refresh = make(tr("&Refresh Now"), QStringLiteral("actionRefresh"), QKeySequence(Qt::Key_F5));
    m_refresh->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/refresh.svg"))));

    m_pause = make(tr("&Pause Updates"), QStringLiteral("actionPause"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setIcon(
        QIcon::fromTheme(QStringLiteral("media-playback-pause"), QIcon(QStringLiteral(":/icons/pause.svg"))));
    m_pause->setCheckable(true);

    m_filter = make(tr("&Filter…"), QStringLiteral("actionFilter"), QKeySequence::Find);

    m_hideDown = makeHideToggle(tr("Hide DOWN"), QStringLiteral("actionHideDown"), HideDownKey,
        tr("Hide servers that are DOWN (also those coming back up)"));
    m_hideMaint = makeHideToggle(
        tr("Hide MAINT"), QStringLiteral("actionHideMaint"), HideMaintKey, tr("Hide servers in maintenance"));
    m_hideBackup = makeHideToggle(
        tr("Hide Backup"), QStringLiteral("actionHideBackup"), HideBackupKey, tr("Hide backup servers"));

    m_serversTab =
        make(tr("&Servers"), QStringLiteral("actionServersTab"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_frontendsTab =
        make(tr("&Frontends"), QStringLiteral("actionFrontendsTab"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_historyMemory = make(tr("History &Memory…"), QStringLiteral("actionHistoryMemory"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_historyMemory->setStatusTip(tr("What the traffic history holds and the memory it may take"));
}

void MainWindowActions::createWorkflowActions()
{
    m_drift = make(tr("Configuration &Drift…"), QStringLiteral("actionDrift"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_drift->setStatusTip(
        tr("Servers added or changed at runtime, which the next reload would lose, and how to keep them"));

    m_reload = make(tr("&Reload HAProxy…"), QStringLiteral("actionReload"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    m_reloadTip = tr("Reload HAProxy through its master socket: see what the reload would lose first, "
                     "the result after, and put runtime changes back");
    m_reload->setStatusTip(m_reloadTip);

    m_scheduleDrain = make(tr("Sc&hedule Drain…"), QStringLiteral("actionScheduleDrain"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_scheduleDrain->setStatusTip(tr("Drain the selected servers at a set time, wait until idle, "
                                     "then maintenance, removal or back to ready after a window"));

    m_rolling = make(tr("Ro&lling Replace…"), QStringLiteral("actionRollingReplace"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_rolling->setStatusTip(tr("Replace servers of a backend one step at a time: add the new, wait "
                               "until UP, drain and remove the old"));

    m_about = make(tr("&About hadesk"), QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make(tr("About &Qt"), QStringLiteral("actionAboutQt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    createHelpActions();
    setSessionState(false, 0);
}

void MainWindowActions::createHelpActions()
{
    // Ctrl+? as in GNOME and KDE applications; F1 as well, where people look for help first.
    m_shortcuts = make(tr("&Keyboard Shortcuts…"), QStringLiteral("actionKeyboardShortcuts"),
        QKeySequence(Qt::CTRL | Qt::Key_Question));
    m_shortcuts->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence(Qt::Key_F1) });
    m_shortcuts->setStatusTip(
        tr("Every keyboard shortcut of this window, with where to find it; searchable"));
}

void MainWindowActions::createPreferencesAction()
{
    m_preferences = make(
        tr("Pr&eferences…"), QStringLiteral("actionPreferences"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(tr("Default poll interval, history memory, language, audit log, reopening"));
}

void MainWindowActions::setSessionState(bool hasShown, int openCount)
{
    for (QAction *action : { m_disconnect, m_drift, m_rolling, m_scheduleDrain, m_refresh, m_pause })
        action->setEnabled(hasShown);
    m_nextInstance->setEnabled(openCount > 1);
    m_previousInstance->setEnabled(openCount > 1);
}

void MainWindowActions::setReloadUnavailableReason(const QString &reason)
{
    m_reload->setEnabled(reason.isEmpty());
    // The reason where people look: the menu's tooltip and the status bar.
    m_reload->setToolTip(reason.isEmpty() ? m_reloadTip : reason);
    m_reload->setStatusTip(reason.isEmpty() ? m_reloadTip : reason);
}

void MainWindowActions::setPausedChecked(bool paused)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
}

void MainWindowActions::attachTables(InstanceView *tables)
{
    // Filters apply to what the tables show; the side list always lists every backend.
    connect(m_hideDown, &QAction::toggled, tables, &InstanceView::setHideDown);
    connect(m_hideMaint, &QAction::toggled, tables, &InstanceView::setHideMaint);
    connect(m_hideBackup, &QAction::toggled, tables, &InstanceView::setHideBackup);
    tables->setHideDown(m_hideDown->isChecked());
    tables->setHideMaint(m_hideMaint->isChecked());
    tables->setHideBackup(m_hideBackup->isChecked());
    connect(m_serversTab, &QAction::triggered, tables, &InstanceView::showServers);
    connect(m_frontendsTab, &QAction::triggered, tables, &InstanceView::showFrontends);
}

// ---------------------------------------------------------------------------------------
// The toolbar

void MainWindowActions::buildToolBar(const QList<QAction *> &serverActions, InstanceView *tables)
{
    m_toolBar = m_window->addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_connect);
    m_toolBar->addAction(m_refresh);
    m_toolBar->addAction(m_pause);
    m_toolBar->addSeparator();
    for (QAction *action : serverActions)
        m_toolBar->addAction(action);
    addIntervalSpin();

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    addFilterEdit(tables);
    m_toolBar->addAction(m_hideDown);
    m_toolBar->addAction(m_hideMaint);
    m_toolBar->addAction(m_hideBackup);

    // Keyboard order follows the eye: toolbar fields, then the side list, then the tables.
    QWidget::setTabOrder(m_intervalSpin, m_filterEdit);
    tables->setTabOrderAfter(m_filterEdit);
}

void MainWindowActions::addIntervalSpin()
{
    auto *intervalLabel = new QLabel(tr("Every"), m_toolBar);
    intervalLabel->setContentsMargins(8, 0, 4, 0);
    m_toolBar->addWidget(intervalLabel);
    m_intervalSpin = new QDoubleSpinBox(m_toolBar);
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
    connect(m_intervalSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double seconds) { emit intervalChanged(int(seconds * 1000.0 + 0.5)); });
    m_toolBar->addWidget(m_intervalSpin);
}

void MainWindowActions::addFilterEdit(InstanceView *tables)
{
    m_filterEdit = new QLineEdit(m_toolBar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, proxy or address (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(260);
    m_filterEdit->setAccessibleName(tr("Filter"));
    connect(m_filterEdit, &QLineEdit::textChanged, tables, &InstanceView::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, tables, &InstanceView::applyFilterTextNow);
    connect(m_filter, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    // Escape in the filter clears it and goes back to the table, as in a browser's find bar.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit);
    escape->setContext(Qt::WidgetShortcut);
    escape->setWhatsThis(tr("Clear the filter and go back to the table"));
    connect(escape, &QShortcut::activated, tables, [this, tables] {
        m_filterEdit->clear();
        if (StatTableView *view = tables->currentTable())
            view->setFocus(Qt::ShortcutFocusReason);
    });
    m_toolBar->addWidget(m_filterEdit);
}

int MainWindowActions::intervalMs() const
{
    return int(m_intervalSpin->value() * 1000.0 + 0.5);
}

void MainWindowActions::setIntervalMs(int ms)
{
    const QSignalBlocker blocker(m_intervalSpin);
    m_intervalSpin->setValue(ms / 1000.0);
}

// ---------------------------------------------------------------------------------------
// The menus

void MainWindowActions::buildMenus(InstanceView *tables, QMenu *serverMenu, const DockSet *docks)
{
    buildFileMenu();
    buildEditMenu(tables);
    buildViewMenu(docks);
    buildWorkflowMenus(serverMenu, docks);
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindowActions::buildFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(m_connect);
    file->addAction(m_disconnect);
    file->addSeparator();
    file->addAction(m_nextInstance);
    file->addAction(m_previousInstance);
    file->addSeparator();
    file->addAction(m_quit);
}

void MainWindowActions::buildEditMenu(InstanceView *tables)
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions(tables->copyActions());
    edit->addSeparator();
    edit->addAction(m_filter);
    edit->addSeparator();
    edit->addAction(m_preferences);
    connect(edit, &QMenu::aboutToShow, tables, &InstanceView::updateCopyActions);
}

void MainWindowActions::buildViewMenu(const DockSet *docks)
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_refresh);
    view->addAction(m_pause);
    view->addSeparator();
    view->addAction(m_hideDown);
    view->addAction(m_hideMaint);
    view->addAction(m_hideBackup);
    view->addSeparator();
    view->addAction(m_serversTab);
    view->addAction(m_frontendsTab);
    view->addSeparator();
    view->addAction(m_historyMemory);
    view->addMenu(ColorScheme::createMenu(m_settings, view));
    view->addSeparator();
    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly);
    for (QToolBar *bar : bars)
        view->addAction(bar->toggleViewAction());
    view->addActions(docks->toggleActions());
}

void MainWindowActions::buildWorkflowMenus(QMenu *serverMenu, const DockSet *docks)
{
    serverMenu->addSeparator();
    serverMenu->addAction(m_scheduleDrain);
    serverMenu->addAction(m_rolling);
    m_window->menuBar()->addMenu(serverMenu);

    QMenu *instance = m_window->menuBar()->addMenu(tr("&Instance"));
    instance->setToolTipsVisible(true); // a disabled Reload says why
    instance->addAction(m_reload);
    instance->addAction(m_drift);
    instance->addAction(docks->consoleToggle());
}
