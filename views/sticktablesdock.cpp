#include "views/sticktablesdock.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/sticktableparser.h"
#include "models/sticktableentriesmodel.h"
#include "models/sticktablelistmodel.h"
#include "views/actionpreviewdialog.h"
#include "views/dockshortcuts.h"
#include "views/statuscolors.h"
#include "views/tablefilterbar.h"
#include "views/tablevaluedialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

StickTablesDock::StickTablesDock(QWidget *parent)
    : QDockWidget(tr("Stick Tables"), parent)
    , m_tables(new StickTableListModel(this))
    , m_entries(new StickTableEntriesModel(this))
    , m_sortedEntries(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("stickTablesDock"));
    m_sortedEntries->setSourceModel(m_entries);
    m_sortedEntries->setSortRole(KeyedTableModel::RawRole);
    createActions();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createTablesPane());
    splitter->addWidget(createEntriesPane());
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 900 });
    setWidget(splitter);
    setFocusProxy(m_tablesView);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_connection && m_connection->isReady())
            refresh();
    });
    updateActions();
    new DockShortcuts(this); // F5 and the others are the dock's while the focus is in it
}

QWidget *StickTablesDock::createTablesPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tablesView = makeTable(pane, QStringLiteral("stickTablesView"), tr("Stick tables"));
    m_tablesView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_tables);
    sorted->setSortRole(KeyedTableModel::RawRole);
    m_tablesView->setModel(sorted);
    m_tablesView->sortByColumn(StickTableListModel::NameColumn, Qt::AscendingOrder);
    m_tablesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *label = new QLabel(tr("T&ables:"), pane);
    label->setBuddy(m_tablesView);
    layout->addWidget(label);
    layout->addWidget(m_tablesView);
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { fetchEntries(); });
    return pane;
}

QWidget *StickTablesDock::createEntriesPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters = new TableFilterBar(pane);
    m_filters->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filters);
    connect(m_filters, &TableFilterBar::changed, this, &StickTablesDock::fetchEntries);
    layout->addWidget(createButtons());
    m_entriesView = makeTable(pane, QStringLiteral("entriesView"), tr("Entries of the table"));
    m_entriesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entriesView->setModel(m_sortedEntries);
    m_entriesView->sortByColumn(StickTableEntriesModel::KeyColumn, Qt::AscendingOrder);
    m_entriesView->horizontalHeader()->setStretchLastSection(false);
    m_entriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_entriesView, 1);
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StickTablesDock::updateActions);
    m_status = new QLabel(pane);
    m_status->setObjectName(QStringLiteral("tablesStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    return pane;
}

void StickTablesDock::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_refreshAction = make(tr("&Refresh"), QStringLiteral("tablesRefreshAction"), QKeySequence(Qt::Key_F5),
        &StickTablesDock::refresh);
    m_clearEntryAction = make(tr("&Clear Entry"), QStringLiteral("clearEntryAction"),
        QKeySequence(Qt::Key_Delete), &StickTablesDock::clearSelectedEntries);
    m_setValueAction = make(tr("Set &Value…"), QStringLiteral("setValueAction"), QKeySequence(Qt::Key_F2),
        &StickTablesDock::setValueOfSelected);
    m_clearMatchingAction = make(tr("Clear &Matching…"), QStringLiteral("clearMatchingAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &StickTablesDock::clearMatching);
}

QWidget *StickTablesDock::createButtons()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_refreshAction, m_clearEntryAction, m_setValueAction, m_clearMatchingAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QLatin1StringView("Button"));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return bar;
}

void StickTablesDock::setConnection(RuntimeConnection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    ++m_generation;
    m_tables->setTables({});
    m_entries->clear();
    m_columns.clear();
    if (connection) {
        connect(connection, &RuntimeConnection::levelChanged, this, &StickTablesDock::updateActions);
        connect(connection, &RuntimeConnection::ready, this, [this] {
            if (isVisible())
                refresh();
        });
        if (isVisible() && connection->isReady())
            refresh();
    }
    updateActions();
}

bool StickTablesDock::send(const RuntimeCommand &command, std::function<void(const RuntimeReply &)> handler)
{
    if (!m_connection) {
        setStatus(tr("Not connected to HAProxy."), true);
        return false;
    }
    m_connection->send(command, this, [this, generation = m_generation, handler](const RuntimeReply &reply) {
        if (generation != m_generation)
            return; // the connection changed, or a newer read was asked for
        ++m_answers;
        handler(reply);
    });
    return true;
}

void StickTablesDock::refresh()
{
    ++m_generation;
    send(TableCommands::showTables(), [this](const RuntimeReply &reply) { onTables(reply); });
}

void StickTablesDock::onTables(const RuntimeReply &reply)
{
    if (!reply.ok()) {
        setStatus(tr("Could not list the stick tables: %1").arg(reply.text()), true);
        return;
    }
    const auto tables = StickTableParser::parseList(reply.body);
    if (!tables) {
        setStatus(tr("Could not read the list of stick tables: %1").arg(tables.error()), true);
        return;
    }
    const QString current = currentTable();
    m_tables->setTables(*tables);
    if (tables->isEmpty()) {
        m_entries->clear();
        setStatus(tr("This HAProxy has no stick table."), false);
        return;
    }
    if (current.isEmpty() || !m_tables->find(current))
        selectTable(QString::fromUtf8(tables->first().name)); // reads its entries
    else
        fetchEntries();
}

void StickTablesDock::selectTable(const QString &name)
{
    const QAbstractItemModel *model = m_tablesView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(KeyedTableModel::KeyRole).toString() == name) {
            m_tablesView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

QString StickTablesDock::currentTable() const
{
    return m_tablesView->selectionModel()->currentIndex().data(KeyedTableModel::KeyRole).toString();
}

TableCommands::Table StickTablesDock::tableSpec(const QString &name) const
{
    TableCommands::Table table;
    table.name = name;
    if (const StickTableInfo *info = m_tables->find(name))
        table.type = TableCommands::keyType(info->type).value_or(TableCommands::KeyType::String);
    table.columns = m_columns.value(name);
    return table;
}

void StickTablesDock::fetchEntries()
{
    const QString name = currentTable();
    updateActions();
    if (name.isEmpty())
        return;
    const TableCommands::Table table = tableSpec(name);
    Result<RuntimeCommand> command = Result<RuntimeCommand>::failure(QString());
    if (!m_filters->key().isEmpty()) {
        command = TableCommands::showTableKey(table, m_filters->key());
    } else {
        const auto filters = m_filters->filters();
        command = filters ? TableCommands::showTable(table, *filters)
                          : Result<RuntimeCommand>::failure(filters.error());
    }
    if (!command) {
        setStatus(tr("Not read: %1").arg(command.error()), true);
        return;
    }
    command.value().setMaxAnswerBytes(ViewAnswerBytes);
    ++m_generation;
    send(*command, [this, name](const RuntimeReply &reply) { onEntries(name, reply); });
}

void StickTablesDock::onEntries(const QString &table, const RuntimeReply &reply)
{
    if (reply.error == RuntimeError::AnswerTooLarge) {
        m_entries->clear();
        setStatus(tr("Table %1 holds more than this view reads (%2 MiB): filter it or look up a key.")
                      .arg(table)
                      .arg(ViewAnswerBytes / (1024 * 1024)),
            true);
        return;
    }
    const auto dump = StickTableParser::parseEntries(reply.ok() ? reply.body : reply.text().toUtf8());
    if (!dump) {
        setStatus(tr("Could not read table %1: %2").arg(table, dump.error()), true);
        return;
    }
    m_entries->setDump(*dump);
    // An empty answer prints no column: the filters keep the ones seen last.
    if (!dump->columns.isEmpty())
        m_columns.insert(table, m_entries->dataColumns());
    m_filters->setColumns(m_columns.value(table));
    const qint64 shown = dump->entries.size();
    const qint64 used = dump->table.used;
    if (!m_filters->isEmpty())
        setStatus(tr("%n entries match %1; the table holds %2.", nullptr, int(shown))
                      .arg(m_filters->describe())
                      .arg(used),
            false);
    else if (used != StickTableInfo::NoValue && used > shown)
        setStatus(tr("Showing %1 of %2 entries (the rest came or went while reading).").arg(shown).arg(used),
            false);
    else
        setStatus(tr("%n entries.", nullptr, int(shown)), false);
}

QStringList StickTablesDock::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_entriesView->selectionModel()->selectedRows())
        keys << index.data(KeyedTableModel::KeyRole).toString();
    return keys;
}

void StickTablesDock::clearSelectedEntries()
{
    const QString name = currentTable();
    const QStringList keys = selectedKeys();
    if (name.isEmpty() || keys.isEmpty()) {
        setStatus(tr("Select the entries to clear first."), true);
        return;
    }
    const TableCommands::Table table = tableSpec(name);
    QList<ServerAction::Step> steps;
    for (const QString &key : keys) {
        const Result<RuntimeCommand> command = TableCommands::clearKey(table, key);
        if (!command) {
            setStatus(tr("Nothing sent: %1").arg(command.error()), true);
            return;
        }
        steps.append({ { name, key }, *command });
    }
    const QString title = keys.size() == 1
        ? tr("Clear %1 from table %2 (unban)").arg(keys.first(), name)
        : tr("Clear %n entries from table %1 (unban)", nullptr, int(keys.size())).arg(name);
    openPreview(ServerAction::prepared(title, steps, false));
}

void StickTablesDock::setValueOfSelected()
{
    const QString name = currentTable();
    const QStringList keys = selectedKeys();
    if (name.isEmpty() || keys.size() != 1) {
        setStatus(tr("Select one entry to set a value of."), true);
        return;
    }
    if (m_columns.value(name).isEmpty()) {
        setStatus(tr("Table %1 has no data column to set.").arg(name), true);
        return;
    }
    openValueDialog();
}

void StickTablesDock::openValueDialog()
{
    const QString name = currentTable();
    const QString key = selectedKeys().value(0);
    auto *dialog = new TableValueDialog(name, key, m_columns.value(name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_valueDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, key] {
        bool ok = false;
        const qint64 value = dialog->valueText().toLongLong(&ok);
        if (!ok) {
            setStatus(
                tr("Nothing sent: '%1' is not a whole number.").arg(dialog->valueText().left(40)), true);
            return;
        }
        const Result<RuntimeCommand> command =
            TableCommands::setData(tableSpec(name), key, dialog->column(), value);
        if (!command) {
            setStatus(tr("Nothing sent: %1").arg(command.error()), true);
            return;
        }
        openPreview(ServerAction::prepared(
            tr("Set %1 of %2 in table %3 to %4").arg(dialog->column(), key, name).arg(value),
            { { { name, key }, *command } }, false));
    });
    dialog->open();
}

void StickTablesDock::clearMatching()
{
    const QString name = currentTable();
    const auto filters = m_filters->filters();
    if (name.isEmpty()) {
        setStatus(tr("Select a table first."), true);
        return;
    }
    if (!filters) {
        setStatus(tr("Nothing sent: %1").arg(filters.error()), true);
        return;
    }
    const TableCommands::Table table = tableSpec(name);
    // The clear's own gate first, so that a refusal (no filter) is told before any read.
    const Result<RuntimeCommand> clear = TableCommands::clearMatching(table, *filters);
    if (!clear) {
        setStatus(tr("Nothing sent: %1").arg(clear.error()), true);
        return;
    }
    Result<RuntimeCommand> count = TableCommands::showTable(table, *filters);
    count.value().setMaxAnswerBytes(ViewAnswerBytes);
    setStatus(tr("Counting the entries that match %1…").arg(m_filters->describe()), false);
    send(*count,
        [this, table, filters = *filters](const RuntimeReply &reply) { onCount(table, filters, reply); });
}

void StickTablesDock::onCount(const TableCommands::Table &table,
    const QList<TableCommands::DataFilter> &filters, const RuntimeReply &reply)
{
    const auto dump = StickTableParser::parseEntries(reply.ok() ? reply.body : reply.text().toUtf8());
    if (!dump) {
        setStatus(tr("Could not count the matching entries: %1").arg(dump.error()), true);
        return;
    }
    const int count = int(dump->entries.size());
    if (count == 0) {
        setStatus(
            tr("No entry of %1 matches %2: nothing to clear.").arg(table.name, m_filters->describe()), false);
        return;
    }
    const RuntimeCommand clear = TableCommands::clearMatching(table, filters).value();
    const QString title = tr("Remove %n entries from table %1", nullptr, count).arg(table.name);
    setStatus(
        tr("%n entries will be removed (those matching %1 now).", nullptr, count).arg(m_filters->describe()),
        false);
    openPreview(ServerAction::prepared(title, { { { table.name, m_filters->describe() }, clear } }, true));
}

void StickTablesDock::openPreview(const ServerAction &action)
{
    if (!m_connection) {
        setStatus(tr("Not connected to HAProxy."), true);
        return;
    }
    auto *dialog = new ActionPreviewDialog(action, m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    connect(dialog, &ActionPreviewDialog::actionFinished, this,
        [this, title = action.title()](const ActionSummary &summary) {
            setStatus(tr("%1: %2").arg(title, summary.text()), !summary.allOk());
            fetchEntries(); // show the effect now
        });
    dialog->open();
}

void StickTablesDock::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        StatusColors::setTextTone(m_status, StatusColors::Tone::Error);
    else
        StatusColors::clearTextTone(m_status);
    emit statusMessage(text, error);
}

void StickTablesDock::updateActions()
{
    const AccessLevel level = m_connection ? m_connection->level() : AccessLevel::Unknown;
    const bool table = !currentTable().isEmpty();
    const int selected = int(selectedKeys().size());
    auto gate = [level](QAction *action, bool possible, AccessLevel needed, const QString &what) {
        QString reason;
        if (level != AccessLevel::Unknown && level < needed)
            reason =
                tr("Needs %1 level; this socket is %2.").arg(accessLevelName(needed), accessLevelName(level));
        action->setEnabled(possible && reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? what : reason);
        action->setStatusTip(action->toolTip());
    };
    m_refreshAction->setEnabled(m_connection != nullptr);
    m_refreshAction->setToolTip(tr("Read the tables and the entries matching the filters again (F5)"));
    gate(m_clearEntryAction, table && selected > 0, AccessLevel::Operator,
        tr("Remove the selected entries, e.g. to unban an address (Del)"));
    gate(m_setValueAction, table && selected == 1, AccessLevel::Admin,
        tr("Set one data value of the selected entry (F2)"));
    gate(m_clearMatchingAction, table, AccessLevel::Operator,
        tr("Remove every entry matching the data filters, after counting them (Ctrl+Shift+Del)"));
}

ActionPreviewDialog *StickTablesDock::previewDialog() const
{
    return m_preview;
}

TableValueDialog *StickTablesDock::valueDialog() const
{
    return m_valueDialog;
}
