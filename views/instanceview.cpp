#include "views/instanceview.h"

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "models/settings.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "views/processinfobar.h"
#include "views/stattableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

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
const StatRow *statRowOf(const QModelIndex &viewIndex)
{
    const auto *proxy = qobject_cast<const StatFilterProxyModel *>(viewIndex.model());
    const auto *model = proxy ? qobject_cast<const StatTableModel *>(proxy->sourceModel()) : nullptr;
    if (!model)
        return nullptr;
    return model->statRow(proxy->mapToSource(viewIndex).row());
}

bool isServer(const QModelIndex &index)
{
    return index.data(StatTableModel::TypeRole).toInt() == int(StatRow::Type::Server);
}

StatFilterProxyModel *makeProxy(const QString &name, StatFilterProxyModel::Types types, QObject *parent)
{
    auto *proxy = new StatFilterProxyModel(parent);
    proxy->setObjectName(name);
    proxy->setTypes(types);
    return proxy;
}

} // namespace

InstanceView::InstanceView(QWidget *parent)
    : QWidget(parent)
    , m_emptyModel(new StatTableModel(this))
{
    setObjectName(QStringLiteral("instanceView"));
    // Three cuts of the one model: the backends for the side list, their servers, and the
    // frontends. The proxies sort and filter; the model below never resets on a refresh.
    m_backendsProxy = makeProxy(QStringLiteral("backendsProxy"), StatFilterProxyModel::Backends, this);
    m_serversProxy = makeProxy(QStringLiteral("serversProxy"), StatFilterProxyModel::Servers, this);
    m_frontendsProxy = makeProxy(QStringLiteral("frontendsProxy"),
        StatFilterProxyModel::Frontends | StatFilterProxyModel::Listeners, this);
    setModel(nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_infoBar = new ProcessInfoBar(this);
    m_infoBar->setObjectName(QStringLiteral("processInfoBar"));
    layout->addWidget(m_infoBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    createSideList();
    createTabs();
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 980 });

    for (StatTableView *view : tables()) {
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &InstanceView::updateCounts);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &InstanceView::updateCounts);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &InstanceView::updateCounts);
        connect(view->model(), &QAbstractItemModel::layoutChanged, this, &InstanceView::updateCounts);
    }
    applyDefaultColumns();
    updateCounts();
    createCopyActions();
}

InstanceView::~InstanceView()
{
    disconnect(qApp, nullptr, this, nullptr);
    // The children die after this body and would still call our slots on a half-destroyed view.
    for (StatTableView *view : tables()) {
        disconnect(view->model(), nullptr, this, nullptr);
        disconnect(view->selectionModel(), nullptr, this, nullptr);
    }
}

void InstanceView::createSideList()
{
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
        &InstanceView::onBackendSelectionChanged);
    m_splitter->addWidget(side);
}

void InstanceView::createTabs()
{
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
    m_splitter->addWidget(m_tabs);
}

void InstanceView::applyDefaultColumns()
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
    for (StatTableView *view : tables())
        view->sortByColumn(Col::Name, Qt::AscendingOrder);
}

void InstanceView::setModel(StatTableModel *model)
{
    m_model = model ? model : m_emptyModel;
    for (StatFilterProxyModel *proxy : { m_backendsProxy, m_serversProxy, m_frontendsProxy })
        proxy->setSourceModel(m_model);
}

StatTableView *InstanceView::currentTable() const
{
    return qobject_cast<StatTableView *>(m_tabs->currentWidget());
}

void InstanceView::setTabOrderAfter(QWidget *previous)
{
    setTabOrder(previous, m_backendsView);
    setTabOrder(m_backendsView, m_allBackendsButton);
    setTabOrder(m_allBackendsButton, m_tabs);
    setTabOrder(m_tabs, m_serversView);
    setTabOrder(m_serversView, m_frontendsView);
}

void InstanceView::showServers()
{
    m_tabs->setCurrentWidget(m_serversView);
    m_serversView->setFocus(Qt::ShortcutFocusReason);
}

void InstanceView::showFrontends()
{
    m_tabs->setCurrentWidget(m_frontendsView);
    m_frontendsView->setFocus(Qt::ShortcutFocusReason);
}

template<typename Apply>
void InstanceView::forEachFiltered(Apply &&apply)
{
    apply(m_serversProxy);
    apply(m_frontendsProxy);
}

void InstanceView::setFilterText(const QString &text)
{
    forEachFiltered([&text](StatFilterProxyModel *proxy) { proxy->setFilterText(text); });
}

void InstanceView::applyFilterTextNow()
{
    forEachFiltered([](StatFilterProxyModel *proxy) { proxy->applyFilterTextNow(); });
}

void InstanceView::setHideDown(bool hide)
{
    forEachFiltered([hide](StatFilterProxyModel *proxy) { proxy->setHideDown(hide); });
}

void InstanceView::setHideMaint(bool hide)
{
    forEachFiltered([hide](StatFilterProxyModel *proxy) { proxy->setHideMaint(hide); });
}

void InstanceView::setHideBackup(bool hide)
{
    forEachFiltered([hide](StatFilterProxyModel *proxy) { proxy->setHideBackup(hide); });
}

QStringList InstanceView::selectedBackends() const
{
    QStringList names;
    const QModelIndexList rows = m_backendsView->selectedRows();
    for (const QModelIndex &index : rows)
        names << index.data(StatTableModel::ProxyNameRole).toString();
    return names;
}

void InstanceView::fitColumnsOnce()
{
    for (StatTableView *view : tables())
        view->fitColumnsOnce();
}

QSize InstanceView::serversTableShortfall() const
{
    const StatTableView *table = m_serversView;
    const QHeaderView *columns = table->horizontalHeader();
    const QHeaderView *rows = table->verticalHeader();
    const int frame = 2 * table->frameWidth();
    const int scrollBar = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const int wantWidth = (rows->isHidden() ? 0 : rows->width()) + columns->length() + frame + scrollBar;
    const int wantHeight = (columns->isHidden() ? 0 : columns->height()) + rows->length() + frame + scrollBar;
    return QSize(qMax(0, wantWidth - table->width()), qMax(0, wantHeight - table->height()));
}

void InstanceView::onBackendSelectionChanged()
{
    const QStringList names = selectedBackends();
    m_serversProxy->setProxies(names);
    m_allBackendsButton->setEnabled(!names.isEmpty());
    if (!names.isEmpty())
        m_tabs->setCurrentWidget(m_serversView);
    updateCounts();
    emit backendSelectionChanged();
}

void InstanceView::updateCounts()
{
    m_backendsLabel->setText(tr("Backends (%1)").arg(m_backendsProxy->rowCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_serversView), tr("Servers (%1)").arg(m_serversProxy->rowCount()));
    m_tabs->setTabText(
        m_tabs->indexOf(m_frontendsView), tr("Frontends (%1)").arg(m_frontendsProxy->rowCount()));
}

void InstanceView::saveLayout(Settings *settings, const LayoutKeys &keys) const
{
    settings->setLayout(keys.splitter, m_splitter->saveState());
    settings->setLayout(keys.serversHeader, m_serversView->saveHeaderState());
    settings->setLayout(keys.frontendsHeader, m_frontendsView->saveHeaderState());
    settings->setLayout(keys.backendsHeader, m_backendsView->saveHeaderState());
    settings->setLayout(keys.tab, QByteArray::number(m_tabs->currentIndex()));
}

bool InstanceView::restoreLayout(Settings *settings, const LayoutKeys &keys)
{
    bool restored = false;
    if (const QByteArray splitter = settings->layout(keys.splitter); !splitter.isEmpty())
        restored = m_splitter->restoreState(splitter) || restored;
    restored = m_serversView->restoreHeaderState(settings->layout(keys.serversHeader)) || restored;
    restored = m_frontendsView->restoreHeaderState(settings->layout(keys.frontendsHeader)) || restored;
    restored = m_backendsView->restoreHeaderState(settings->layout(keys.backendsHeader)) || restored;
    bool ok = false;
    const int tab = settings->layout(keys.tab).toInt(&ok);
    if (ok && tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    // A splitter restored with the side list squeezed to nothing would hide the backends.
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.first() <= 0)
        m_splitter->setSizes({ 300, std::max(600, sizes.last()) });
    return restored;
}

// ---------------------------------------------------------------------------------------
// Copy actions

void InstanceView::createCopyActions()
{
    m_copyNameAction = new QAction(tr("&Copy Name"), this);
    m_copyNameAction->setObjectName(QStringLiteral("actionCopyName"));
    m_copyNameAction->setShortcut(QKeySequence::Copy);
    m_copyNameAction->setToolTip(QStringLiteral("%1 (%2)").arg(QString(m_copyNameAction->text()).remove(u'&'),
        m_copyNameAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyNameAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyNameAction->setStatusTip(tr("Copy the selected rows' names (backend/server for servers)"));
    // Only for the tables: the filter field keeps its own Ctrl+C.
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, &InstanceView::copyNames);

    m_copyGetWeightAction = new QAction(tr("Copy as socat Command: &get weight"), this);
    m_copyGetWeightAction->setObjectName(QStringLiteral("actionCopyGetWeight"));
    m_copyGetWeightAction->setStatusTip(
        tr("Copy a shell command that asks HAProxy the selected servers' weights"));
    connect(m_copyGetWeightAction, &QAction::triggered, this, &InstanceView::copySocatGetWeight);

    m_copyShowStatAction = new QAction(tr("Copy as socat Command: &show stat"), this);
    m_copyShowStatAction->setObjectName(QStringLiteral("actionCopyShowStat"));
    m_copyShowStatAction->setStatusTip(tr("Copy a shell command that dumps the selected rows' statistics"));
    connect(m_copyShowStatAction, &QAction::triggered, this, &InstanceView::copySocatShowStat);

    setServerContextActions({});
    for (StatTableView *view : tables()) {
        view->addAction(m_copyNameAction); // Ctrl+C while the table has focus
        connect(view, &StatTableView::contextMenuAboutToShow, this, [this](StatTableView *which) {
            m_contextView = which;
            updateCopyActionsFor(which);
        });
        connect(view, &StatTableView::contextMenuClosed, this, [this] { m_contextView = nullptr; });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, view] { updateCopyActionsFor(view); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &InstanceView::updateCopyActions);
    connect(qApp, &QApplication::focusChanged, this, &InstanceView::updateCopyActions);
    updateCopyActions();
}

QList<QAction *> InstanceView::copyActions() const
{
    return { m_copyNameAction, m_copyGetWeightAction, m_copyShowStatAction };
}

void InstanceView::setServerContextActions(const QList<QAction *> &actions)
{
    QList<QAction *> serverActions = actions;
    if (!actions.isEmpty()) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        serverActions << separator;
    }
    m_backendsView->setContextActions(copyActions());
    m_serversView->setContextActions(serverActions + copyActions());
    m_frontendsView->setContextActions(copyActions());
}

void InstanceView::setConnection(RuntimeConnection *connection)
{
    m_connection = connection;
    updateCopyActions();
}

StatTableView *InstanceView::activeTable() const
{
    if (m_contextView)
        return m_contextView;
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<StatTableView *>(w); view && isAncestorOf(view))
            return view;
    }
    return currentTable();
}

void InstanceView::updateCopyActions()
{
    updateCopyActionsFor(activeTable());
}

void InstanceView::updateCopyActionsFor(StatTableView *view)
{
    emit activeSelectionChanged();
    if (!view)
        return;
    bool any = false;
    bool server = false;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        any = true;
        if (isServer(index)) {
            server = true;
            break;
        }
    }
    m_copyNameAction->setEnabled(any);
    m_copyGetWeightAction->setEnabled(server && m_connection);
    m_copyShowStatAction->setEnabled(any && m_connection);
}

void InstanceView::copyNames()
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
    emit transientMessage(tr("Copied %n name(s)", nullptr, int(names.size())), 4000);
}

void InstanceView::copySocatGetWeight()
{
    StatTableView *view = activeTable();
    if (!view || !m_connection)
        return;
    QStringList lines;
    QString refused;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        if (!isServer(index))
            continue;
        const Result<RuntimeCommand> command =
            CommandBuilder::getWeight(index.data(StatTableModel::ProxyNameRole).toString(),
                index.data(StatTableModel::ServerNameRole).toString());
        if (!command) {
            refused = command.error();
            continue;
        }
        lines << m_connection->socatCommandLine(*command);
    }
    copyLines(lines, refused);
}

void InstanceView::copySocatShowStat()
{
    StatTableView *view = activeTable();
    if (!view || !m_connection)
        return;
    QStringList lines;
    QString refused;
    const QModelIndexList rows = view->selectedRows();
    for (const QModelIndex &index : rows) {
        const StatRow *row = statRowOf(index);
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
        lines << m_connection->socatCommandLine(*command);
    }
    copyLines(lines, refused);
}

void InstanceView::copyLines(const QStringList &lines, const QString &refused)
{
    if (!lines.isEmpty()) {
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
        emit transientMessage(tr("Copied %n command(s)", nullptr, int(lines.size())), 4000);
    } else if (!refused.isEmpty()) {
        emit transientMessage(tr("Nothing copied: %1").arg(refused), 8000);
    }
}
