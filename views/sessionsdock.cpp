#include "views/sessionsdock.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/sessionparser.h"
#include "core/protocol/sessioncommands.h"
#include "models/sessionsmodel.h"
#include "views/actionpreviewdialog.h"
#include "views/dockshortcuts.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Keeps the rows whose frontend, backend, server or source holds the text.
class SessionFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text)
    {
        m_text = text;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        for (int column : { SessionsModel::FrontendColumn, SessionsModel::BackendColumn,
                 SessionsModel::ServerColumn, SessionsModel::SourceColumn }) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

} // namespace

SessionsDock::SessionsDock(QWidget *parent)
    : QDockWidget(tr("Sessions"), parent)
    , m_model(new SessionsModel(this))
    , m_sorted(new SessionFilterModel(this))
    , m_filterPause(new QTimer(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionsDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(KeyedTableModel::RawRole);
    createActions();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(createControls());
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_view->setAccessibleName(tr("Streams"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionsModel::AgeColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("sessionsStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);
    setFocusProxy(m_view);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsDock::updateActions);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_autoRefresh->isChecked())
            refresh();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_connection && m_connection->isReady())
            refresh();
    });
    updateActions();
    new DockShortcuts(this); // F5 and the others are the dock's while the focus is in it
}

QWidget *SessionsDock::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("sessionFilterEdit"));
    m_filter->setAccessibleName(tr("Filter streams"));
    m_filter->setPlaceholderText(tr("frontend, backend, server or source"));
    m_filter->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Filter:"), bar);
    label->setBuddy(m_filter);
    m_filterPause->setSingleShot(true);
    m_filterPause->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterPause, qOverload<>(&QTimer::start));
    connect(m_filterPause, &QTimer::timeout, this,
        [this] { static_cast<SessionFilterModel *>(m_sorted)->setText(m_filter->text().trimmed()); });
    layout->addWidget(label);
    layout->addWidget(m_filter, 1);
    for (QAction *action : { m_refreshAction, m_shutdownAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QLatin1StringView("Button"));
        layout->addWidget(button);
    }
    m_autoRefresh = new QCheckBox(tr("&Auto-refresh every"), bar);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshBox"));
    m_autoRefresh->setToolTip(tr("Read the streams again while this dock is visible"));
    m_interval = new QSpinBox(bar);
    m_interval->setObjectName(QStringLiteral("sessionsIntervalBox"));
    m_interval->setAccessibleName(tr("Auto-refresh interval"));
    m_interval->setRange(MinAutoRefreshSeconds, 300);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            refresh();
        else
            m_timer->stop();
    });
    layout->addWidget(m_autoRefresh);
    layout->addWidget(m_interval);
    return bar;
}

void SessionsDock::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("sessionsRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Read the streams again (F5)"));
    m_shutdownAction = new QAction(tr("&Shut Down Session…"), this);
    m_shutdownAction->setObjectName(QStringLiteral("shutdownAction"));
    m_shutdownAction->setShortcut(QKeySequence(Qt::Key_Delete));
    for (QAction *action : { m_refreshAction, m_shutdownAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_refreshAction, &QAction::triggered, this, &SessionsDock::refresh);
    connect(m_shutdownAction, &QAction::triggered, this, &SessionsDock::shutDownSelected);
}

void SessionsDock::setConnection(RuntimeConnection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    ++m_generation;
    m_reading = false;
    m_readAgain = false;
    m_model->setSessions({});
    if (connection) {
        connect(connection, &RuntimeConnection::levelChanged, this, &SessionsDock::updateActions);
        connect(connection, &RuntimeConnection::versionChanged, this, &SessionsDock::updateFilterHint);
        connect(connection, &RuntimeConnection::ready, this, [this] {
            if (isVisible())
                refresh();
        });
        if (isVisible() && connection->isReady())
            refresh();
    }
    updateFilterHint();
    updateActions();
}

void SessionsDock::setAutoRefresh(bool on, int seconds)
{
    if (seconds >= MinAutoRefreshSeconds)
        m_interval->setValue(seconds);
    m_autoRefresh->setChecked(on);
}

void SessionsDock::refresh()
{
    if (!m_connection) {
        setStatus(tr("Not connected to HAProxy."), true);
        return;
    }
    if (m_reading) {
        // One read at a time; the one in flight may predate what is asked for (a shutdown).
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_readAgain = false;
    m_timer->stop();
    m_connection->send(
        SessionCommands::showSessions(), this, [this, generation = m_generation](const RuntimeReply &reply) {
            if (generation != m_generation)
                return;
            m_reading = false;
            ++m_answers;
            onSessions(reply);
            if (m_readAgain)
                refresh();
            else
                armTimer();
        });
}

void SessionsDock::armTimer()
{
    if (m_autoRefresh->isChecked() && isVisible())
        m_timer->start(m_interval->value() * 1000);
}

void SessionsDock::onSessions(const RuntimeReply &reply)
{
    if (!reply.ok()) {
        setStatus(tr("Could not list the streams: %1").arg(reply.text()), true);
        return;
    }
    const auto rows = SessionParser::parse(reply.body);
    if (!rows) {
        setStatus(tr("Could not read the streams: %1").arg(rows.error()), true);
        return;
    }
    m_model->setSessions(*rows);
    setStatus(tr("%n streams (the CLI's own are not listed).", nullptr, m_model->rowCount()), false);
    updateActions();
}

void SessionsDock::shutDownSelected()
{
    QList<ServerAction::Step> steps;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const SessionRow *row = m_model->at(m_sorted->mapToSource(index).row());
        if (!row)
            continue;
        const QString pointer = QString::fromUtf8(row->pointer);
        const Result<RuntimeCommand> command = SessionCommands::shutdownSession(pointer);
        if (!command) {
            setStatus(tr("Nothing sent: %1").arg(command.error()), true);
            return;
        }
        steps.append({ { QString::fromUtf8(row->frontend + ' ' + row->source), pointer }, *command });
    }
    if (steps.isEmpty()) {
        setStatus(tr("Select the streams to shut down first."), true);
        return;
    }
    if (!m_shutdownAction->isEnabled()) {
        setStatus(m_shutdownAction->toolTip(), true);
        return;
    }
    const QString title = tr("Shut down %n streams", nullptr, int(steps.size()));
    auto *dialog = new ActionPreviewDialog(ServerAction::prepared(title, steps, true), m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    connect(dialog, &ActionPreviewDialog::actionFinished, this, [this, title](const ActionSummary &summary) {
        setStatus(tr("%1: %2").arg(title, summary.text()), !summary.allOk());
        refresh();
    });
    dialog->open();
}

void SessionsDock::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        StatusColors::setTextTone(m_status, StatusColors::Tone::Error);
    else
        StatusColors::clearTextTone(m_status);
    emit statusMessage(text, error);
}

void SessionsDock::updateActions()
{
    m_refreshAction->setEnabled(m_connection != nullptr);
    const AccessLevel level = m_connection ? m_connection->level() : AccessLevel::Unknown;
    QString reason;
    if (level != AccessLevel::Unknown && level < AccessLevel::Admin)
        reason = tr("Needs admin level; this socket is %1.").arg(accessLevelName(level));
    const bool selected = m_view->selectionModel()->hasSelection();
    m_shutdownAction->setEnabled(m_connection && selected && reason.isEmpty());
    m_shutdownAction->setToolTip(
        reason.isEmpty() ? tr("End the selected streams: their clients are disconnected (Del)") : reason);
}

void SessionsDock::updateFilterHint()
{
    const HaproxyVersion version = m_connection ? m_connection->version() : HaproxyVersion();
    // 2.6 and 3.0 have no `show sess` filter by proxy or server: every stream is read and
    // the filter applies here.
    m_filter->setToolTip(
        tr("Filters the streams read, by frontend, backend, server or source. HAProxy %1 cannot filter "
           "`show sess` by proxy or server itself, so every stream is read.")
            .arg(version.isValid() ? version.text : tr("(not connected)")));
}

ActionPreviewDialog *SessionsDock::previewDialog() const
{
    return m_preview;
}
