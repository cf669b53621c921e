#include "models/mapentriesmodel.h"

MapEntriesModel::MapEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MapEntriesModel::load(
    MapCommands::Kind kind, const QList<PatternEntry> &entries, const MapFileComparison *comparison)
{
    beginResetModel();
    m_kind = kind;
    m_compared = comparison && comparison->liveStates.size() == entries.size();
    m_comparison = m_compared ? *comparison : MapFileComparison {};
    m_rows.clear();
    m_rows.reserve(entries.size() + (m_compared ? m_comparison.onlyInFile.size() : 0));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PatternEntry &e = entries.at(i);
        m_rows.append({ QString::fromUtf8(e.key), QString::fromUtf8(e.value), QString::fromLatin1(e.ref),
            m_compared ? m_comparison.liveStates.at(i) : MapFileState::Unknown, 0,
            m_compared ? QString::fromUtf8(m_comparison.fileValues.at(i)) : QString() });
    }
    m_liveCount = int(entries.size());
    if (m_compared) {
        for (const MapFileEntry &e : std::as_const(m_comparison.onlyInFile))
            m_rows.append({ QString::fromUtf8(e.key), QString::fromUtf8(e.value), QString(),
                MapFileState::OnlyInFile, e.line, QString() });
    }
    endResetModel();
}

void MapEntriesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_comparison = {};
    m_compared = false;
    m_liveCount = 0;
    endResetModel();
}

int MapEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MapEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MapEntriesModel::rowOfRef(const QString &ref) const
{
    for (int row = 0; row < m_liveCount; ++row) {
        if (m_rows.at(row).ref == ref)
            return row;
    }
    return -1;
}

int MapEntriesModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_liveCount; ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QString MapEntriesModel::stateText(MapFileState state)
{
    switch (state) {
    case MapFileState::Unknown:
        return {};
    case MapFileState::Same:
        return tr("same");
    case MapFileState::Differs:
        return tr("differs");
    case MapFileState::NotInFile:
        return tr("not in file");
    case MapFileState::OnlyInFile:
        return tr("only in file");
    }
    return {};
}

QString MapEntriesModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case Key:
        return row.key;
    case Value:
        return row.value;
    case Reference:
        return row.isLive() ? row.ref : tr("(line %1)").arg(row.fileLine);
    case File:
        return stateText(row.state);
    default:
        return {};
    }
}

QVariant MapEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (row.state == MapFileState::OnlyInFile)
            return tr("In the file (line %1) but not live: a reload would bring it back").arg(row.fileLine);
        if (row.state == MapFileState::NotInFile)
            return tr("Live but not in the file: a reload would lose it");
        if (row.state == MapFileState::Differs)
            return tr("The file gives this key the value \"%1\": a reload would change it back")
                .arg(row.fileValue);
        return {};
    case RefRole:
        return row.ref;
    case FileStateRole:
        return int(row.state);
    case KeyRole:
        return row.key;
    case ValueRole:
        return row.value;
    default:
        return {};
    }
}

QVariant MapEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case Key:
        return m_kind == MapCommands::Kind::Map ? tr("Key") : tr("Pattern");
    case Value:
        return tr("Value");
    case Reference:
        return tr("Entry");
    case File:
        return tr("File");
    default:
        return {};
    }
}
