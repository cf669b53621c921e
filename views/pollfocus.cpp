#include "views/pollfocus.h"

#include "core/client/poller.h"
#include "models/stattablemodel.h"
#include "views/instanceview.h"
#include "views/stattableview.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTabWidget>

#include <algorithm>

PollFocus::PollFocus(InstanceView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PollFocus::updateNow);
    for (StatTableView *table : view->tables())
        watch(table);
    connect(view->tabs(), &QTabWidget::currentChanged, this, &PollFocus::schedule);
    connect(view, &InstanceView::backendSelectionChanged, this, &PollFocus::schedule);
    connect(view, &InstanceView::activeSelectionChanged, this, &PollFocus::schedule);
}

void PollFocus::watch(StatTableView *table)
{
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &PollFocus::schedule);
    table->viewport()->installEventFilter(this); // resizes and shows
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::layoutChanged, this, &PollFocus::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &PollFocus::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PollFocus::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PollFocus::schedule);
}

bool PollFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void PollFocus::setPoller(Poller *poller)
{
    if (poller == m_poller)
        return;
    if (m_poller)
        m_poller->setFocus({}); // its instance is no longer on screen
    m_poller = poller;
    m_proxies.clear();
    m_backendRows.clear();
    updateNow();
}

void PollFocus::schedule()
{
    if (m_poller && !m_settle.isActive())
        m_settle.start();
}

void PollFocus::collect(StatTableView *table, QStringList *proxies) const
{
    if (!table->isVisible())
        return;
    const QAbstractItemModel *model = table->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const int first = std::max(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = rows - 1;
    last = std::min(last, first + MaxRowsPerTable - 1);
    const auto add = [proxies](const QModelIndex &index) {
        const QString proxy = index.data(StatTableModel::ProxyNameRole).toString();
        if (!proxy.isEmpty() && !proxies->contains(proxy))
            proxies->append(proxy);
    };
    for (int row = first; row <= last; ++row)
        add(model->index(row, 0));
    if (const QItemSelectionModel *selection = table->selectionModel()) {
        const QModelIndexList selected = selection->selectedRows();
        for (qsizetype i = 0; i < std::min<qsizetype>(selected.size(), MaxRowsPerTable); ++i)
            add(selected.at(i));
    }
}

void PollFocus::updateNow()
{
    m_settle.stop();
    if (!m_poller)
        return;
    // The side list shows a backend's own row: that row alone is read for it.
    QStringList backendRows;
    collect(m_view->backendsView(), &backendRows);
    QStringList proxies;
    collect(m_view->currentTable(), &proxies);
    const bool allRows =
        m_view->currentTable() == m_view->serversView() && m_view->selectedBackends().isEmpty();
    m_proxies = proxies;
    m_backendRows = backendRows;
    m_allRowsMatter = allRows;
    m_poller->setFocus(proxies, allRows, backendRows);
}
