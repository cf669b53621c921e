#include "models/maplistmodel.h"

#include <QSet>

using MapKind = MapCommands::Kind;

QString MapListModel::Row::reference() const
{
    return info.isInline() ? QStringLiteral("#%1").arg(info.id) : QString::fromUtf8(info.file);
}

MapListModel::MapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int MapListModel::firstRowOf(MapKind kind) const
{
    if (kind == MapKind::Map)
        return 0;
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).kind == MapKind::Map)
        ++row;
    return row;
}

void MapListModel::setList(MapKind kind, const QList<PatternListInfo> &list)
{
    // Rows of this kind that are gone, from the last one up, so the rows above keep their place.
    QSet<QString> wanted;
    for (const PatternListInfo &info : list)
        wanted.insert(Row { kind, info }.reference());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).kind == kind && !wanted.contains(m_rows.at(row).reference())) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const PatternListInfo &info : list) {
        const Row fresh { kind, info };
        const int row = rowOf(fresh.target());
        if (row >= 0) {
            m_rows[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        // New: after the last row of its kind.
        int at = firstRowOf(kind);
        while (at < m_rows.size() && m_rows.at(at).kind == kind)
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(at, fresh);
        endInsertRows();
    }
}

void MapListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MapListModel::Row *MapListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MapListModel::rowOf(const MapCommands::Target &target) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == target.kind && m_rows.at(row).reference() == target.reference)
            return row;
    }
    return -1;
}

QString MapListModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Kind:
        return row.kind == MapKind::Map ? tr("map") : tr("ACL");
    case Id:
        return QStringLiteral("#%1").arg(row.info.id);
    case Name:
        return row.info.isInline() ? QString::fromUtf8(row.info.description)
                                   : QString::fromUtf8(row.info.file);
    case Entries:
        return row.info.entryCount < 0 ? QString() : QString::number(row.info.entryCount);
    case Versions:
        if (row.info.currentVersion < 0)
            return {};
        if (row.info.nextVersion > row.info.currentVersion)
            return tr("%1 (next %2)").arg(row.info.currentVersion).arg(row.info.nextVersion);
        return QString::number(row.info.currentVersion);
    default:
        return {};
    }
}

QVariant MapListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return QString::fromUtf8(row.info.description);
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Entries)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        if (index.column() == Id)
            return row.info.id;
        if (index.column() == Entries)
            return row.info.entryCount;
        if (index.column() == Versions)
            return row.info.currentVersion;
        return displayText(row, index.column());
    case ReferenceRole:
        return row.reference();
    case KindRole:
        return int(row.kind);
    case FileRole:
        return QString::fromUtf8(row.info.file);
    default:
        return {};
    }
}

QVariant MapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Id:
        return tr("ID");
    case Name:
        return tr("File or description");
    case Entries:
        return tr("Entries");
    case Versions:
        return tr("Version");
    default:
        return {};
    }
}
