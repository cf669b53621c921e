#include "views/mapsdock.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapfile.h"
#include "models/mapentriesmodel.h"
#include "models/mapentryfilterproxymodel.h"
#include "models/maplistmodel.h"
#include "views/dockshortcuts.h"
#include "views/mapentrydelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using Kind = MapCommands::Kind;

MapsDock::MapsDock(QWidget *parent)
    : QDockWidget(tr("Maps and ACLs"), parent) // a tab would read "&" as a mnemonic
    , m_listModel(new MapListModel(this))
    , m_entriesModel(new MapEntriesModel(this))
    , m_proxy(new MapEntryFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mapsDock"));
    m_proxy->setEntriesModel(m_entriesModel);
    createActions();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *toolbar = new QToolBar(content);
    toolbar->setObjectName(QStringLiteral("mapsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({ m_refreshAction, m_addAction, m_setAction, m_deleteAction, m_clusterAction });
    toolbar->addSeparator();
    toolbar->addActions({ m_exportAction, m_replaceAction });
    layout->addWidget(toolbar);
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("mapsSplitter"));
    splitter->addWidget(createListSide());
    splitter->addWidget(createEntriesSide());
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 360, 900 });
    layout->addWidget(splitter, 1);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("mapsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);
    setFocusProxy(m_listView);
    content->setFocusProxy(m_listView);
    setTabOrder(m_listView, m_filterEdit);
    setTabOrder(m_filterEdit, m_entriesView);
    setTabOrder(m_entriesView, m_testEdit);
    connectViews();
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_listLoaded && m_connection && m_connection->isReady())
            refresh();
    });
    new DockShortcuts(this); // F5 and the others are the dock's while the focus is in it
    updateActions();
    updateStatus();
}

MapsDock::~MapsDock() = default;

void MapsDock::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&').remove(u'…'), key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_refreshAction = make(tr("&Refresh"), QKeySequence(Qt::Key_F5), QStringLiteral("mapsRefresh"));
    m_addAction = make(tr("&Add Entry…"), QKeySequence(Qt::Key_Insert), QStringLiteral("mapsAdd"));
    m_setAction = make(tr("&Set Value…"), QKeySequence(Qt::Key_F2), QStringLiteral("mapsSet"));
    m_deleteAction =
        make(tr("&Delete Entry…"), QKeySequence(QKeySequence::Delete), QStringLiteral("mapsDelete"));
    m_exportAction = make(tr("E&xport…"), QKeySequence(Qt::CTRL | Qt::Key_S), QStringLiteral("mapsExport"));
    m_replaceAction = make(tr("Re&place Contents…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        QStringLiteral("mapsReplace"));
    m_findAction = make(tr("&Find"), QKeySequence(QKeySequence::Find), QStringLiteral("mapsFind"));
    m_clusterAction = make(
        tr("Whole &Cluster"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("mapsCluster"));
    m_clusterAction->setCheckable(true);
    connect(m_refreshAction, &QAction::triggered, this, &MapsDock::refresh);
    connect(m_addAction, &QAction::triggered, this, &MapsDock::addEntry);
    connect(m_setAction, &QAction::triggered, this, &MapsDock::setValue);
    connect(m_deleteAction, &QAction::triggered, this, &MapsDock::deleteEntries);
    connect(m_exportAction, &QAction::triggered, this, &MapsDock::chooseExportFile);
    connect(m_replaceAction, &QAction::triggered, this, [this] {
        if (hasTarget())
            emit replaceRequested(m_target);
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
}

QWidget *MapsDock::createListSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Maps and ACLs:"), side);
    m_listView = new QTableView(side);
    m_listView->setObjectName(QStringLiteral("mapsList"));
    m_listView->setAccessibleName(tr("Maps and ACLs"));
    m_listView->setModel(m_listModel);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    m_listView->setWordWrap(false);
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 6);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(MapListModel::Name, QHeaderView::Stretch);
    m_listView->setTextElideMode(Qt::ElideLeft); // a file's name is at its end
    m_listView->setColumnHidden(MapListModel::Versions, true);
    label->setBuddy(m_listView);
    layout->addWidget(label);
    layout->addWidget(m_listView, 1);
    return side;
}

QWidget *MapsDock::createEntriesSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), side);
    m_filterEdit = new QLineEdit(side);
    m_filterEdit->setObjectName(QStringLiteral("mapsFilter"));
    m_filterEdit->setPlaceholderText(tr("Part of a key or a value (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter entries"));
    filterLabel->setBuddy(m_filterEdit);
    row->addWidget(filterLabel);
    row->addWidget(m_filterEdit, 1);
    m_compareCheck = new QCheckBox(tr("Compare with fi&le"), side);
    m_compareCheck->setObjectName(QStringLiteral("mapsCompare"));
    m_compareCheck->setChecked(true);
    row->addWidget(m_compareCheck);
    m_differencesCheck = new QCheckBox(tr("Only di&fferences"), side);
    m_differencesCheck->setObjectName(QStringLiteral("mapsDifferencesOnly"));
    row->addWidget(m_differencesCheck);
    layout->addLayout(row);

    m_entriesView = new QTableView(side);
    m_entriesView->setObjectName(QStringLiteral("mapsEntries"));
    m_entriesView->setAccessibleName(tr("Entries"));
    m_entriesView->setModel(m_proxy);
    m_entriesView->setItemDelegate(new MapEntryDelegate(m_entriesView));
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entriesView->setWordWrap(false);
    m_entriesView->setSortingEnabled(true);
    m_entriesView->sortByColumn(-1, Qt::AscendingOrder); // HAProxy's order until a header is clicked
    m_entriesView->verticalHeader()->hide();
    // 100,000 rows: one row height for all, no per-row measuring.
    m_entriesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_entriesView->verticalHeader()->setDefaultSectionSize(m_entriesView->fontMetrics().height() + 6);
    m_entriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_entriesView->horizontalHeader()->setStretchLastSection(true);
    m_entriesView->setColumnWidth(MapEntriesModel::Key, 260);
    m_entriesView->setColumnWidth(MapEntriesModel::Value, 220);
    m_entriesView->setColumnWidth(MapEntriesModel::Reference, 140);
    layout->addWidget(m_entriesView, 1);
    layout->addWidget(createTester(side));
    return side;
}

QWidget *MapsDock::createTester(QWidget *parent)
{
    auto *tester = new QWidget(parent);
    auto *row = new QHBoxLayout(tester);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Test (get map):"), tester);
    m_testLabel = label;
    m_testEdit = new QLineEdit(tester);
    m_testEdit->setObjectName(QStringLiteral("mapsTest"));
    m_testEdit->setPlaceholderText(tr("A sample, e.g. a Host header: which entry matches it?"));
    m_testEdit->setAccessibleName(tr("Sample to test"));
    label->setBuddy(m_testEdit);
    auto *button = new QPushButton(tr("&Get"), tester);
    button->setObjectName(QStringLiteral("mapsTestButton"));
    button->setAutoDefault(false);
    m_testResult = new QLabel(tester);
    m_testResult->setObjectName(QStringLiteral("mapsTestResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(label);
    row->addWidget(m_testEdit, 1);
    row->addWidget(button);
    row->addWidget(m_testResult, 2);
    connect(button, &QPushButton::clicked, this, [this] { test(m_testEdit->text()); });
    connect(m_testEdit, &QLineEdit::returnPressed, this, [this] { test(m_testEdit->text()); });
    return tester;
}

void MapsDock::connectViews()
{
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MapsDock::onListSelectionChanged);
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MapsDock::updateActions);
    connect(m_entriesView, &QTableView::activated, this, [this] {
        if (m_setAction->isEnabled())
            setValue();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &MapEntryFilterProxyModel::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, m_proxy, &MapEntryFilterProxyModel::applyFilterTextNow);
    connect(m_proxy, &MapEntryFilterProxyModel::filterApplied, this, &MapsDock::updateStatus);
    connect(m_compareCheck, &QCheckBox::toggled, this, &MapsDock::setCompareWithFile);
    connect(m_differencesCheck, &QCheckBox::toggled, m_proxy, &MapEntryFilterProxyModel::setDifferencesOnly);
}

void MapsDock::setConnection(RuntimeConnection *connection)
{
    if (connection && connection == m_connection)
        return; // the same instance shown again: what was read stays
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    ++m_generation;
    m_listLoaded = false;
    m_loading = false;
    m_target = {};
    m_live.clear();
    m_loadError.clear();
    m_listModel->clear();
    m_entriesModel->clear();
    m_testResult->clear();
    if (connection) {
        connect(connection, &RuntimeConnection::ready, this, [this] {
            if (isVisible() && !m_listLoaded)
                refresh();
        });
        connect(connection, &RuntimeConnection::levelChanged, this, &MapsDock::updateActions);
        if (connection->isReady() && isVisible())
            refresh();
    }
    updateActions();
    updateStatus();
}

void MapsDock::refresh()
{
    if (!m_connection) {
        m_loadError = tr("Not connected.");
        updateStatus();
        return;
    }
    const QPointer<RuntimeConnection> connection = m_connection;
    for (const Kind kind : { Kind::Map, Kind::Acl }) {
        m_connection->send(
            MapCommands::showList(kind), this, [this, kind, connection](const RuntimeReply &reply) {
                if (connection != m_connection)
                    return;
                const auto list = reply.ok() ? MapParser::parseList(reply.body)
                                             : Result<QList<PatternListInfo>>::failure(reply.message());
                if (!list) {
                    m_loadError = tr("The list of %1 could not be read: %2")
                                      .arg(kind == Kind::Map ? tr("maps") : tr("ACLs"), list.error());
                    updateStatus();
                    return;
                }
                m_listModel->setList(kind, *list);
                if (kind == Kind::Acl) {
                    m_listLoaded = true;
                    emit listLoaded();
                }
                updateActions();
                updateStatus();
            });
    }
    if (hasTarget())
        loadEntries();
}

bool MapsDock::selectTarget(const MapCommands::Target &target)
{
    const int row = m_listModel->rowOf(target);
    if (row < 0)
        return false;
    m_listView->selectRow(row);
    return true;
}

void MapsDock::onListSelectionChanged()
{
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    const MapListModel::Row *row = rows.isEmpty() ? nullptr : m_listModel->rowAt(rows.first().row());
    const MapCommands::Target target = row ? row->target() : MapCommands::Target {};
    if (target.kind == m_target.kind && target.reference == m_target.reference)
        return;
    m_target = target;
    m_live.clear();
    m_entriesModel->clear();
    m_testResult->clear();
    m_entriesView->setColumnHidden(MapEntriesModel::Value, target.kind == Kind::Acl);
    m_testLabel->setText(target.kind == Kind::Acl ? tr("&Test (get acl):") : tr("&Test (get map):"));
    if (hasTarget())
        loadEntries();
    updateActions();
    updateStatus();
}

void MapsDock::loadEntries()
{
    const Result<RuntimeCommand> command = MapCommands::showEntries(m_target);
    if (!m_connection || !command) {
        m_loadError = m_connection ? command.error() : tr("Not connected.");
        updateStatus();
        return;
    }
    const int generation = ++m_generation;
    const MapCommands::Target target = m_target;
    m_loading = true;
    updateStatus();
    m_connection->send(*command, this,
        [this, target, generation](const RuntimeReply &reply) { onEntriesReply(target, reply, generation); });
}

void MapsDock::onEntriesReply(const MapCommands::Target &target, const RuntimeReply &reply, int generation)
{
    if (generation != m_generation)
        return; // another map was selected since, or the instance changed
    m_loading = false;
    const auto kind = target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl;
    const auto entries = reply.ok() ? MapParser::parseEntries(reply.body, kind)
                                    : Result<QList<PatternEntry>>::failure(reply.message());
    if (!entries) {
        m_loadError = tr("The entries of %1 could not be read: %2").arg(target.reference, entries.error());
        updateStatus();
        return;
    }
    m_loadError.clear();
    showEntries(*entries);
}

void MapsDock::test(const QString &sample)
{
    const Result<RuntimeCommand> command = MapCommands::get(m_target, sample.trimmed());
    if (!hasTarget() || !m_connection || !command) {
        const QString why = !hasTarget() ? tr("select a map or an ACL first")
            : !m_connection              ? tr("not connected")
                                         : command.error();
        m_testResult->setText(tr("✗ Nothing sent: %1").arg(why));
        emit testAnswered(m_testResult->text());
        return;
    }
    m_testResult->setText(tr("…"));
    const int generation = m_generation;
    m_connection->send(*command, this, [this, generation](const RuntimeReply &reply) {
        if (generation == m_generation)
            onTestReply(reply);
    });
}

void MapsDock::onTestReply(const RuntimeReply &reply)
{
    const auto match = reply.ok() ? MapParser::parseGet(reply.body)
                                  : Result<PatternMatch>::failure(reply.message().trimmed());
    QString text;
    if (!match) {
        text = tr("✗ %1").arg(match.error());
    } else if (!match->found) {
        text = tr("No match (%1 match)").arg(QString::fromUtf8(match->matchType));
    } else if (m_target.kind == Kind::Map) {
        text = tr("Match: key \"%1\" → value \"%2\" (%3 match)")
                   .arg(QString::fromUtf8(match->key), QString::fromUtf8(match->value),
                       QString::fromUtf8(match->matchType));
    } else {
        text = tr("Match: pattern \"%1\" (%2 match)")
                   .arg(QString::fromUtf8(match->key), QString::fromUtf8(match->matchType));
    }
    m_testResult->setText(text);
    if (match && match->found) {
        // The matched entry, selected in the table when the filter shows it.
        const int row = m_entriesModel->rowOfKey(QString::fromUtf8(match->key));
        const QModelIndex shown = m_proxy->mapFromSource(m_entriesModel->index(row, 0));
        if (shown.isValid()) {
            m_entriesView->selectRow(shown.row());
            m_entriesView->scrollTo(shown);
        }
    }
    emit testAnswered(text);
}
