#include "views/processesdock.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/infoparser.h"
#include "core/parsers/procparser.h"
#include "core/protocol/commandbuilder.h"
#include "models/instancesession.h"
#include "models/processesmodel.h"
#include "views/dockshortcuts.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A draining old worker's row tinted amber, an exited one's text dimmed (the State column
// says it in words too).
class ProcessStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (ProcessesModel::State(index.data(ProcessesModel::StateRole).toInt())) {
        case ProcessesModel::State::Draining:
            option->backgroundBrush = StatusColors::tint(StatusColors::Tone::Warning);
            break;
        case ProcessesModel::State::Exited:
            option->palette.setColor(
                QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            option->font.setItalic(true);
            break;
        case ProcessesModel::State::Running:
            break;
        }
    }
};

} // namespace

ProcessesDock::ProcessesDock(QWidget *parent)
    : QDockWidget(tr("Processes"), parent)
    , m_model(new ProcessesModel(this))
{
    setObjectName(QStringLiteral("processesDock"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProcessesDock::refresh);
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("processesRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Ask the master for its processes now (F5); while shown, every 2 s"));
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &ProcessesDock::refresh);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(createControls());
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("processesView"));
    m_view->setAccessibleName(tr("Processes"));
    m_view->setAccessibleDescription(tr("HAProxy's master, workers and old workers still draining"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProcessStateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    m_reason = new QLabel(content);
    m_reason->setObjectName(QStringLiteral("processesReasonLabel"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setFocusPolicy(Qt::StrongFocus); // reached with Tab, as the table it replaces
    m_reason->setAccessibleName(tr("Why no process is listed"));
    m_reason->hide();
    layout->addWidget(m_reason, 1);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("processesStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Processes summary"));
    layout->addWidget(m_status);
    setWidget(content);
    setFocusProxy(m_view);
    content->setFocusProxy(m_view);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
        else
            m_timer.stop(); // read only while shown
    });
    new DockShortcuts(this); // F5 is the dock's while the focus is in it
}

QWidget *ProcessesDock::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *refresh = new QToolButton(bar);
    refresh->setObjectName(QStringLiteral("processesRefreshButton"));
    refresh->setDefaultAction(m_refreshAction);
    refresh->setAccessibleName(tr("Refresh processes"));
    auto *hint = new QLabel(tr("Old workers stay listed, with their connections, until they exit."), bar);
    hint->setWordWrap(true);
    layout->addWidget(refresh);
    layout->addWidget(hint, 1);
    return bar;
}

void ProcessesDock::setSession(InstanceSession *session)
{
    if (m_session == session && (!session || m_connection == session->connection()))
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &InstanceSession::snapshotApplied, this, &ProcessesDock::applySnapshot);
    }
    setConnection(session ? session->connection() : nullptr);
}

void ProcessesDock::setConnection(RuntimeConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    ++m_generation; // answers for the previous instance are dropped
    m_running = false;
    m_again = false;
    m_waitingWorkers = 0;
    m_timer.stop();
    m_model->clear();
    showReason({});
    if (connection) {
        connect(connection, &RuntimeConnection::ready, this, [this] {
            if (isVisible())
                refresh();
        });
        connect(connection, &RuntimeConnection::masterStatusChanged, this, &ProcessesDock::updateStatus);
    }
    if (isVisible())
        refresh();
    else
        updateStatus();
}

bool ProcessesDock::canRefresh() const
{
    return isVisible() && m_connection && m_connection->isReady() && m_connection->isMaster();
}

void ProcessesDock::refresh()
{
    m_timer.stop();
    if (!m_connection) {
        m_model->clear();
        setStatus(tr("Not connected to HAProxy."), false);
        return;
    }
    if (!m_connection->isReady()) {
        setStatus(tr("Waiting for the connection to HAProxy…"), false);
        return; // ready() refreshes
    }
    if (!m_connection->isMaster()) {
        m_model->clear();
        showReason(tr("Connected to a worker socket: connect to the master socket (haproxy -S) to see "
                      "processes."));
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const int generation = m_generation;
    m_connection->send(CommandBuilder::showProc(), this,
        [this, generation](const RuntimeReply &reply) { onProcesses(reply, generation); });
}

void ProcessesDock::onProcesses(const RuntimeReply &reply, int generation)
{
    if (generation != m_generation)
        return;
    if (!reply.ok()) {
        setStatus(tr("Could not read the processes: %1").arg(reply.text()), true);
        finishRefresh(false);
        return;
    }
    const Result<ProcList> list = ProcParser::parse(reply.body);
    if (!list) {
        setStatus(tr("Could not read the processes: %1").arg(list.error()), true);
        finishRefresh(false);
        return;
    }
    showReason({});
    m_model->setProcesses(*list);
    if (m_session)
        applySnapshot(m_session->lastSnapshot());
    askOldWorkers(generation);
}

void ProcessesDock::askOldWorkers(int generation)
{
    // Each is a short connection of its own: bounded, and taken in turns when there are more.
    const QList<qint64> asked = m_model->oldWorkersToAsk(MaxOldWorkersAsked);
    m_waitingWorkers = int(asked.size());
    if (asked.isEmpty()) {
        finishRefresh(true);
        return;
    }
    for (const qint64 pid : std::as_const(asked)) {
        m_connection->send(CommandBuilder::showInfo().onWorker(pid), this,
            [this, pid, generation](const RuntimeReply &reply) { onWorkerInfo(pid, reply, generation); });
    }
}

void ProcessesDock::onWorkerInfo(qint64 pid, const RuntimeReply &reply, int generation)
{
    if (generation != m_generation)
        return;
    // An old worker that exited meanwhile is not found by the master: the next `show proc`
    // says it is gone.
    if (reply.ok()) {
        const HaproxyInfo info = InfoParser::parse(reply.body);
        if (info.pid() == pid)
            m_model->setConnections(pid, info.number("CurrConns", ProcessesModel::NoValue));
    }
    if (--m_waitingWorkers <= 0)
        finishRefresh(true);
}

void ProcessesDock::finishRefresh(bool read)
{
    m_running = false;
    m_waitingWorkers = 0;
    ++m_refreshes;
    if (read)
        updateStatus();
    emit refreshed();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    scheduleNext();
}

void ProcessesDock::scheduleNext()
{
    if (canRefresh())
        m_timer.start();
}

void ProcessesDock::applySnapshot(const SnapshotPtr &snapshot)
{
    // The instance's own poll reaches the current worker: its connections, without asking.
    if (!snapshot || snapshot->info.isEmpty())
        return;
    const qint64 connections = snapshot->info.number("CurrConns", ProcessesModel::NoValue);
    if (const ProcessesModel::Row *row = m_model->find(snapshot->info.pid());
        row && row->entry.role == ProcEntry::Role::Worker)
        m_model->setConnections(row->entry.pid, connections);
}

void ProcessesDock::showReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_view->setVisible(reason.isEmpty());
    // The View menu's toggle focuses the dock's content: the table, or the reason in its place.
    QWidget *focus = reason.isEmpty() ? static_cast<QWidget *>(m_view) : m_reason;
    setFocusProxy(focus);
    widget()->setFocusProxy(focus);
    if (!reason.isEmpty()) {
        m_status->clear(); // the reason says it, in the table's place
        emit statusMessage(reason, false);
    }
}

void ProcessesDock::updateStatus()
{
    if (!m_connection || !m_connection->isMaster() || m_model->rowCount() == 0)
        return;
    const QString masterStatus = QString::fromUtf8(m_connection->masterStatus());
    m_status->setText(m_model->summary(masterStatus));
    if (!masterStatus.isEmpty())
        StatusColors::setTextTone(m_status, StatusColors::Tone::Warning);
    else
        StatusColors::clearTextTone(m_status);
}

void ProcessesDock::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        StatusColors::setTextTone(m_status, StatusColors::Tone::Error);
    else
        StatusColors::clearTextTone(m_status);
    emit statusMessage(text, error);
}
