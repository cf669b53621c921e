#include "views/stattableview.h"

#include "models/stattablemodel.h"
#include "views/statusdelegate.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

StatTableView::StatTableView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new StatusDelegate(this))
{
    setItemDelegate(m_delegate);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setTextElideMode(Qt::ElideMiddle); // server names differ at their ends: "web-eu-01"
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    // One fixed height for every row: the view then never asks 10,000 rows for their size
    // hint, and scrolling stays O(visible rows).
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->hide();
    fixRowHeight();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    // No stretched last column: a right-aligned number at the far end of a wide column
    // is hard to match with its row.
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Sizing to contents is done by hand on visible rows only (fitColumnsOnce): the
    // header's own default looks at up to 1000 rows for each column.
    columns->setResizeContentsPrecision(200);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &StatTableView::showHeaderMenu);
}

void StatTableView::setDefaultHiddenColumns(const QList<int> &columns)
{
    m_defaultHidden = columns;
    resetColumns();
}

void StatTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        header->moveSection(header->visualIndex(logical), logical);
        header->setSectionHidden(logical, m_defaultHidden.contains(logical));
    }
    m_fitted = false;
    if (model() && model()->rowCount() > 0)
        fitColumnsOnce();
}

void StatTableView::setStretchColumn(int logical)
{
    QHeaderView *header = horizontalHeader();
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
    m_stretchColumn = logical;
    if (logical >= 0 && logical < header->count())
        header->setSectionResizeMode(logical, QHeaderView::Stretch);
}

QByteArray StatTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool StatTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    fixZeroWidthColumns();
    // The user's widths win over a fit to contents.
    m_fitted = true;
    return true;
}

void StatTableView::fixZeroWidthColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (!header->isSectionHidden(logical) && header->sectionSize(logical) <= 0)
            header->resizeSection(
                logical, std::max(header->defaultSectionSize(), header->sectionSizeHint(logical)));
    }
}

void StatTableView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QModelIndexList StatTableView::selectedRows() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList StatTableView::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = selectedRows();
    keys.reserve(rows.size());
    for (const QModelIndex &index : rows)
        keys << index.data(StatTableModel::KeyRole).toString();
    return keys;
}

QString StatTableView::currentKey() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(StatTableModel::KeyRole).toString() : QString();
}

namespace {

// A value as wide as a column usually gets in production, so that fitting the columns
// on a quiet instance does not elide them once traffic flows.
QString widestTypicalValue(int column)
{
    switch (column) {
    case StatTableModel::BytesIn:
    case StatTableModel::BytesOut:
        return QStringLiteral("1023.9 MiB");
    case StatTableModel::TotalSessions:
        return QStringLiteral("99,999,999");
    case StatTableModel::CurrentSessions:
    case StatTableModel::MaxSessions:
    case StatTableModel::SessionRate:
    case StatTableModel::Queue:
    case StatTableModel::Denied:
    case StatTableModel::ConnectionErrors:
    case StatTableModel::ResponseErrors:
    case StatTableModel::Http4xx:
    case StatTableModel::Http5xx:
        return QStringLiteral("99,999");
    case StatTableModel::LastChange:
    case StatTableModel::Downtime:
        return QStringLiteral("99d 23h");
    default:
        return {};
    }
}

} // namespace

void StatTableView::fitColumnsOnce()
{
    if (m_fitted || !model() || model()->rowCount() == 0)
        return;
    m_fitted = true;
    QHeaderView *header = horizontalHeader();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionResizeMode(logical) == QHeaderView::Stretch)
            continue;
        // sizeHintForColumn() reads only the rows in the viewport (and at most the
        // header's precision), so this stays cheap at 10,000 rows. The header's own hint
        // is generous with margins; title, margins and sort arrow are enough, and let 18
        // columns fit a laptop screen.
        const QString title = model()->headerData(logical, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + margin;
        int width = std::max(sizeHintForColumn(logical), titleWidth);
        // Names are what the eye looks for; a backend of "a1, a2" should not make the
        // column too narrow for the next backend's names.
        if (logical == StatTableModel::Name)
            width = std::max(width, 12 * fontMetrics().averageCharWidth());
        // Counters start at "0 B" on a fresh instance and grow; size for what they become.
        if (const QString sample = widestTypicalValue(logical); !sample.isEmpty())
            width = std::max(width, fontMetrics().horizontalAdvance(sample) + margin);
        header->resizeSection(logical, std::min(width, 40 * fontMetrics().averageCharWidth()));
    }
}

void StatTableView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The base class repaints the whole viewport for any range; assistive tools are told
    // about every change, so it keeps that case.
    if (!isVisible() || !topLeft.isValid() || !bottomRight.isValid() || QAccessible::isActive()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const bool painted = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
        return role != StatTableModel::RawRole && role != Qt::ToolTipRole;
    });
    if (!painted)
        return;
    const QRect area = viewport()->rect();
    const int firstShown = rowAt(area.top());
    const int lastShown =
        rowAt(area.bottom()) < 0 ? model()->rowCount(rootIndex()) - 1 : rowAt(area.bottom());
    const int first = std::max(topLeft.row(), firstShown), last = std::min(bottomRight.row(), lastShown);
    if (firstShown < 0 || first > last)
        return;
    QRect cells;
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        if (isColumnHidden(column))
            continue;
        cells |= QRect(columnViewportPosition(column), rowViewportPosition(first), columnWidth(column),
            rowViewportPosition(last) + rowHeight(last) - rowViewportPosition(first));
    }
    if (const QRect dirty = cells & area; !dirty.isEmpty())
        viewport()->update(dirty);
}

void StatTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty())
        return;
    // Right-clicking a row outside the selection acts on that row, as file managers do.
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (index.isValid() && selectionModel()
        && !selectionModel()->isRowSelected(index.row(), index.parent())) {
        selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    emit contextMenuAboutToShow(this);
    QMenu menu(this);
    menu.addActions(m_contextActions);
    const QPoint where = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : viewport()->mapToGlobal(visualRect(currentIndex()).bottomLeft());
    menu.exec(where);
    emit contextMenuClosed(this);
}

void StatTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fixRowHeight();
}

void StatTableView::fixRowHeight()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
}

void StatTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    int visible = 0;
    for (int logical = 0; logical < header->count(); ++logical)
        visible += header->isSectionHidden(logical) ? 0 : 1;
    // In the order the user sees them, not the model's.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString title = model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setToolTip(model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString());
        // Never let the last visible column go: the header (and this menu) would vanish.
        action->setEnabled(!(action->isChecked() && visible == 1));
        connect(action, &QAction::toggled, this, [this, header, logical](bool on) {
            header->setSectionHidden(logical, !on);
            if (on && header->sectionSize(logical) <= 0)
                header->resizeSection(
                    logical, std::max(header->defaultSectionSize(), sizeHintForColumn(logical)));
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit Columns to Contents"), this, [this] {
        m_fitted = false;
        fitColumnsOnce();
    });
    menu.addAction(tr("Reset Columns"), this, &StatTableView::resetColumns);
    menu.exec(header->viewport()->mapToGlobal(pos));
}
