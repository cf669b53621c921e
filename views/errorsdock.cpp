#include "views/errorsdock.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/errorsparser.h"
#include "core/protocol/sessioncommands.h"
#include "models/errorbytestext.h"
#include "models/errorsmodel.h"
#include "views/dockshortcuts.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

ErrorsDock::ErrorsDock(QWidget *parent)
    : QDockWidget(tr("Errors"), parent)
    , m_model(new ErrorsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("errorsDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(KeyedTableModel::RawRole);
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("errorsRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Read the captured errors again (F5)"));
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &ErrorsDock::refresh);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(createControls());
    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("errorsView"));
    m_view->setAccessibleName(tr("Captured errors"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ErrorsModel::TimeColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_view);
    splitter->addWidget(createDetails());
    layout->addWidget(splitter, 1);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("errorsStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    setWidget(content);
    setFocusProxy(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showDetails(m_sorted->mapToSource(current).row()); });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_connection && m_connection->isReady())
            refresh();
    });
    new DockShortcuts(this); // F5 and the others are the dock's while the focus is in it
}

QWidget *ErrorsDock::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_proxy = new QComboBox(bar);
    m_proxy->setObjectName(QStringLiteral("proxyCombo"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->addItem(tr("All proxies"), QString());
    m_proxy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *proxyLabel = new QLabel(tr("&Proxy:"), bar);
    proxyLabel->setBuddy(m_proxy);
    m_direction = new QComboBox(bar);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItems({ tr("Requests and responses"), tr("Requests"), tr("Responses") });
    auto *directionLabel = new QLabel(tr("&Direction:"), bar);
    directionLabel->setBuddy(m_direction);
    auto *refresh = new QToolButton(bar);
    refresh->setObjectName(QStringLiteral("errorsRefreshButton"));
    refresh->setDefaultAction(m_refreshAction);
    layout->addWidget(proxyLabel);
    layout->addWidget(m_proxy);
    layout->addWidget(directionLabel);
    layout->addWidget(m_direction);
    layout->addWidget(refresh);
    layout->addStretch(1);
    connect(m_proxy, &QComboBox::activated, this, &ErrorsDock::refresh);
    connect(m_direction, &QComboBox::activated, this, &ErrorsDock::refresh);
    return bar;
}

QWidget *ErrorsDock::createDetails()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_markLabel = new QLabel(pane);
    m_markLabel->setObjectName(QStringLiteral("markLabel"));
    m_markLabel->setTextFormat(Qt::PlainText);
    m_markLabel->setWordWrap(true);
    m_bytes = new QTextEdit(pane);
    m_bytes->setObjectName(QStringLiteral("bytesView"));
    m_bytes->setAccessibleName(tr("Captured bytes"));
    m_bytes->setReadOnly(true);
    m_bytes->setLineWrapMode(QTextEdit::NoWrap);
    m_bytes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *label = new QLabel(tr("Captured &bytes:"), pane);
    label->setBuddy(m_bytes);
    layout->addWidget(label);
    layout->addWidget(m_markLabel);
    layout->addWidget(m_bytes, 1);
    return pane;
}

void ErrorsDock::setConnection(RuntimeConnection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    ++m_generation;
    m_model->setDump({});
    m_proxiesSeen.clear();
    while (m_proxy->count() > 1)
        m_proxy->removeItem(1);
    showDetails(-1);
    if (connection) {
        connect(connection, &RuntimeConnection::ready, this, [this] {
            if (isVisible())
                refresh();
        });
        if (isVisible() && connection->isReady())
            refresh();
    }
}

void ErrorsDock::setProxy(const QString &proxy)
{
    int index = m_proxy->findData(proxy);
    if (index < 0) {
        m_proxy->addItem(proxy, proxy);
        index = m_proxy->count() - 1;
    }
    m_proxy->setCurrentIndex(index);
}

void ErrorsDock::setDirection(int direction)
{
    m_direction->setCurrentIndex(std::clamp(direction, 0, 2));
}

void ErrorsDock::refresh()
{
    if (!m_connection) {
        setStatus(tr("Not connected to HAProxy."), true);
        return;
    }
    const QString proxy = m_proxy->currentData().toString();
    const auto direction = SessionCommands::Direction(m_direction->currentIndex());
    const Result<RuntimeCommand> command = SessionCommands::showErrors(proxy, direction);
    if (!command) {
        setStatus(tr("Not read: %1").arg(command.error()), true);
        return;
    }
    const int generation = ++m_generation;
    m_connection->send(*command, this, [this, generation, all = proxy.isEmpty()](const RuntimeReply &reply) {
        if (generation != m_generation)
            return;
        ++m_answers;
        onErrors(reply, all);
    });
}

void ErrorsDock::onErrors(const RuntimeReply &reply, bool allProxies)
{
    const auto dump = ErrorsParser::parse(reply.ok() ? reply.body : reply.text().toUtf8());
    if (!dump) {
        setStatus(tr("Could not read the captured errors: %1").arg(dump.error()), true);
        return;
    }
    m_model->setDump(*dump);
    for (const ErrorEvent &event : dump->events) {
        const QString proxy = QString::fromUtf8(event.proxy);
        if (!m_proxiesSeen.contains(proxy)) {
            m_proxiesSeen.append(proxy);
            if (m_proxy->findData(proxy) < 0)
                m_proxy->addItem(proxy, proxy);
        }
    }
    setStatus(allProxies ? tr("%n error(s) kept (HAProxy keeps the last of each proxy and direction).",
                  nullptr, int(dump->events.size()))
                         : tr("%n error(s) kept for this proxy.", nullptr, int(dump->events.size())),
        false);
    if (!m_view->selectionModel()->currentIndex().isValid() && m_sorted->rowCount() > 0)
        selectRow(0);
    else
        showDetails(m_sorted->mapToSource(m_view->selectionModel()->currentIndex()).row());
}

void ErrorsDock::selectRow(int row)
{
    m_view->selectionModel()->setCurrentIndex(
        m_sorted->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ErrorsDock::showDetails(int sourceRow)
{
    const ErrorEvent *event = m_model->at(sourceRow);
    m_bytes->clear();
    if (!event) {
        m_markLabel->clear();
        return;
    }
    const ErrorBytesText shown = ErrorBytesText::render(event->bytes, event->errorPosition);
    m_bytes->setPlainText(shown.text);
    if (shown.markStart < 0) {
        m_markLabel->setText(
            tr("%n bytes kept; the error is past them (position %1).", nullptr, int(event->bytes.size()))
                .arg(event->errorPosition));
        return;
    }
    m_markLabel->setText(tr("HAProxy refused the byte at position %1: %2 (marked below).")
                             .arg(event->errorPosition)
                             .arg(shown.markedByte));
    QTextCursor cursor(m_bytes->document());
    cursor.setPosition(shown.markStart);
    cursor.setPosition(shown.markStart + shown.markLength, QTextCursor::KeepAnchor);
    QTextCharFormat mark;
    const QColor background = StatusColors::markBackground(m_bytes->palette());
    mark.setBackground(background);
    mark.setForeground(StatusColors::contrastingText(background));
    mark.setFontWeight(QFont::Bold);
    mark.setFontUnderline(true);
    mark.setToolTip(tr("The first byte HAProxy refused"));
    cursor.mergeCharFormat(mark);
    // The cursor goes to the mark without selecting it: a selection would paint over it.
    cursor.setPosition(shown.markStart);
    m_bytes->setTextCursor(cursor);
    m_bytes->ensureCursorVisible();
}

void ErrorsDock::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        StatusColors::setTextTone(m_status, StatusColors::Tone::Error);
    else
        StatusColors::clearTextTone(m_status);
    emit statusMessage(text, error);
}
