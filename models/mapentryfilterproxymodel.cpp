#include "models/mapentryfilterproxymodel.h"

#include "models/mapentriesmodel.h"

MapEntryFilterProxyModel::MapEntryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(FilterDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &MapEntryFilterProxyModel::applyFilterTextNow);
}

void MapEntryFilterProxyModel::setEntriesModel(MapEntriesModel *model)
{
    m_entries = model;
    setSourceModel(model);
}

void MapEntryFilterProxyModel::setFilterText(const QString &text)
{
    m_pendingText = text;
    m_debounce.start();
}

void MapEntryFilterProxyModel::applyFilterTextNow()
{
    m_debounce.stop();
    const QString text = m_pendingText.trimmed();
    if (text != m_text) {
        // Widening brings rows back in thousands of separate ranges (one rowsInserted each, which
        // a view handles one by one: ~300 ms for 75,000 rows); one layout change costs ~20 ms.
        const bool widens = !text.contains(m_text, Qt::CaseInsensitive);
        m_text = text;
        if (widens)
            invalidate();
        else
            invalidateRowsFilter();
    }
    emit filterApplied();
}

void MapEntryFilterProxyModel::setDifferencesOnly(bool only)
{
    if (only == m_differencesOnly)
        return;
    m_differencesOnly = only;
    if (only)
        invalidateRowsFilter();
    else
        invalidate(); // widens
    emit filterApplied();
}

bool MapEntryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_entries)
        return false;
    const MapEntriesModel::Row *row = m_entries->rowAt(sourceRow);
    if (!row)
        return false;
    if (m_differencesOnly && (row->state == MapFileState::Same || row->state == MapFileState::Unknown))
        return false;
    if (m_text.isEmpty())
        return true;
    return row->key.contains(m_text, Qt::CaseInsensitive) || row->value.contains(m_text, Qt::CaseInsensitive);
}

bool MapEntryFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const MapEntriesModel::Row *a = m_entries ? m_entries->rowAt(left.row()) : nullptr;
    const MapEntriesModel::Row *b = m_entries ? m_entries->rowAt(right.row()) : nullptr;
    if (!a || !b)
        return left.row() < right.row();
    int order = 0;
    switch (left.column()) {
    case MapEntriesModel::Key:
        order = a->key.compare(b->key);
        break;
    case MapEntriesModel::Value:
        order = a->value.compare(b->value);
        break;
    case MapEntriesModel::Reference:
        order = a->ref.compare(b->ref);
        break;
    default:
        order = int(a->state) - int(b->state);
        break;
    }
    if (order != 0)
        return order < 0;
    return left.row() < right.row();
}
