#include "models/sticktableentriesmodel.h"

namespace {

bool sameColumns(const QList<StickTableColumn> &a, const QList<StickTableColumn> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).periodMs != b.at(i).periodMs)
            return false;
    }
    return true;
}

QString periodText(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    return QString::number(ms) + QLatin1StringView("ms");
}

} // namespace

void StickTableEntriesModel::setDump(const StickTableDump &dump)
{
    if (dump.table.name != m_dump.table.name || !sameColumns(dump.columns, m_dump.columns)) {
        beginResetModel();
        m_dump = dump;
        endResetModel();
        return;
    }
    m_dump.table = dump.table;
    m_dump.skippedLines = dump.skippedLines;
    m_dump.complete = dump.complete;
    merge(m_dump.entries, dump.entries, [](const StickTableEntry &e) { return QString::fromUtf8(e.key); });
}

void StickTableEntriesModel::clear()
{
    beginResetModel();
    m_dump = {};
    endResetModel();
}

QStringList StickTableEntriesModel::dataColumns() const
{
    QStringList names;
    for (const StickTableColumn &column : m_dump.columns)
        names.append(QString::fromUtf8(column.name));
    return names;
}

QString StickTableEntriesModel::keyAt(int row) const
{
    return row >= 0 && row < m_dump.entries.size() ? QString::fromUtf8(m_dump.entries.at(row).key)
                                                   : QString();
}

QString StickTableEntriesModel::expiryText(qint64 ms)
{
    if (ms == StickTableInfo::NoValue)
        return {};
    qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1s").arg(s);
    if (s < 3600)
        return tr("%1m%2s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1h%2m").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1d%2h").arg(s / 86400).arg(s % 86400 / 3600);
}

int StickTableEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dump.entries.size());
}

int StickTableEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DataColumnsStart + int(m_dump.columns.size());
}

QVariant StickTableEntriesModel::rawValue(const StickTableEntry &entry, int column) const
{
    auto number = [](qint64 v) { return v == StickTableInfo::NoValue ? QVariant() : QVariant(v); };
    switch (column) {
    case KeyColumn:
        return QString::fromUtf8(entry.key);
    case ExpiryColumn:
        return number(entry.expMs);
    case UseColumn:
        return number(entry.use);
    }
    const qint64 value = entry.number(dataColumnOf(column));
    if (value != StickTableInfo::NoValue)
        return value;
    const qsizetype c = dataColumnOf(column);
    return c < entry.values.size() ? QVariant(QString::fromUtf8(entry.values.at(c))) : QVariant();
}

QVariant StickTableEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dump.entries.size() || index.column() >= columnCount())
        return {};
    const StickTableEntry &entry = m_dump.entries.at(index.row());
    switch (role) {
    case KeyRole:
        return QString::fromUtf8(entry.key);
    case RawRole:
        return rawValue(entry, index.column());
    case Qt::DisplayRole:
        if (index.column() == ExpiryColumn)
            return entry.expMs == 0 ? tr("never") : expiryText(entry.expMs);
        return rawValue(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != KeyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant StickTableEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ExpiryColumn:
        return role == Qt::ToolTipRole ? tr("Time until the entry expires") : tr("Expires in");
    case UseColumn:
        return role == Qt::ToolTipRole ? tr("Streams tracking the entry now") : tr("Use");
    }
    const StickTableColumn &column = m_dump.columns.at(dataColumnOf(section));
    const QString name = QString::fromUtf8(column.name);
    if (column.periodMs == StickTableInfo::NoValue)
        return name;
    if (role == Qt::ToolTipRole)
        return tr("%1 over %2").arg(name, periodText(column.periodMs));
    return tr("%1 (%2)").arg(name, periodText(column.periodMs));
}
