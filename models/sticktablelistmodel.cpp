#include "models/sticktablelistmodel.h"

namespace {

QVariant number(qint64 value)
{
    return value == StickTableInfo::NoValue ? QVariant() : QVariant(value);
}

} // namespace

void StickTableListModel::setTables(const QList<StickTableInfo> &tables)
{
    merge(m_tables, tables, [](const StickTableInfo &t) { return QString::fromUtf8(t.name); });
}

const StickTableInfo *StickTableListModel::find(const QString &name) const
{
    for (const StickTableInfo &table : m_tables) {
        if (table.name == name.toUtf8())
            return &table;
    }
    return nullptr;
}

int StickTableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int StickTableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StickTableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tables.size() || index.column() >= ColumnCount)
        return {};
    const StickTableInfo &table = m_tables.at(index.row());
    if (role == KeyRole)
        return QString::fromUtf8(table.name);
    if (role == Qt::TextAlignmentRole && index.column() >= SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromUtf8(table.name);
    case TypeColumn:
        return QString::fromUtf8(table.type);
    case SizeColumn:
        return number(table.size);
    case UsedColumn:
        return number(table.used);
    }
    return {};
}

QVariant StickTableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Table");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case UsedColumn:
        return tr("Used");
    }
    return {};
}
