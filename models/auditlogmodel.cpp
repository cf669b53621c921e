#include "models/auditlogmodel.h"

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    if (end < 0)
        return text;
    return text.left(end) + QStringLiteral(" …");
}

// A tooltip shown as preformatted text: answers keep their columns, and a '<' in them is
// never taken for markup.
QString preformatted(const QString &text)
{
    return QStringLiteral("<pre>") + text.toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setLog(AuditLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (log) {
        connect(log, &AuditLog::recordAppended, this, &AuditLogModel::onAppended);
        connect(log, &AuditLog::recordsDropped, this, &AuditLogModel::onDropped);
        connect(log, &AuditLog::reloaded, this, &AuditLogModel::reload);
        connect(log, &QObject::destroyed, this, [this] { setLog(nullptr); });
    }
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_records = m_log ? m_log->records() : QList<AuditRecord> {};
    m_firstSequence = 0;
    endResetModel();
}

void AuditLogModel::onAppended(const AuditRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void AuditLogModel::onDropped(int count)
{
    count = qMin(count, int(m_records.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_records.remove(0, count);
    m_firstSequence += count;
    endRemoveRows();
}

const AuditRecord *AuditLogModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    return &m_records.at(row);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const AuditRecord *entry = record(index.row());
    if (!entry)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return entry->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case User:
            return entry->user;
        case Endpoint:
            return entry->endpoint;
        case Command:
            return entry->command;
        case Result:
            return entry->success ? tr("OK") : entry->error;
        case Answer:
            return firstLine(entry->answer);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return entry->time.toUTC().toString(Qt::ISODateWithMs);
        case Command:
            return preformatted(entry->command);
        case Answer:
            return entry->answer.isEmpty() ? tr("(empty answer)") : preformatted(entry->answer);
        default:
            break;
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Time:
            return entry->time.toMSecsSinceEpoch();
        case User:
            return entry->user;
        case Endpoint:
            return entry->endpoint;
        case Command:
            return entry->command;
        case Result:
            return entry->error;
        case Answer:
            return entry->answer;
        }
        break;
    case SuccessRole:
        return entry->success;
    case SequenceRole:
        return m_firstSequence + index.row();
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Endpoint:
        return tr("Instance");
    case Command:
        return tr("Command");
    case Result:
        return tr("Result");
    case Answer:
        return tr("Answer");
    }
    return {};
}

AuditLogFilterProxyModel::AuditLogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &AuditLogFilterProxyModel::applyFilterTextNow);
    setSortRole(AuditLogModel::RawRole);
}

void AuditLogFilterProxyModel::setFilterText(const QString &text)
{
    m_pendingText = text;
    m_filterTimer.start();
}

void AuditLogFilterProxyModel::applyFilterTextNow()
{
    m_filterTimer.stop();
    const QStringList words = m_pendingText.split(u' ', Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        invalidateRowsFilter();
    }
    emit filterApplied();
}

void AuditLogFilterProxyModel::setErrorsOnly(bool errorsOnly)
{
    if (errorsOnly == m_errorsOnly)
        return;
    m_errorsOnly = errorsOnly;
    invalidateRowsFilter();
}

QList<AuditRecord> AuditLogFilterProxyModel::shownRecords() const
{
    QList<AuditRecord> records;
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!model)
        return records;
    records.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        if (const AuditRecord *entry = model->record(mapToSource(index(row, 0)).row()))
            records.append(*entry);
    }
    return records;
}

bool AuditLogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const AuditRecord *entry = model->record(sourceRow);
    if (!entry)
        return false;
    if (m_errorsOnly && entry->success)
        return false;
    for (const QString &word : m_words) {
        if (!entry->command.contains(word, Qt::CaseInsensitive)
            && !entry->endpoint.contains(word, Qt::CaseInsensitive)
            && !entry->user.contains(word, Qt::CaseInsensitive)
            && !entry->answer.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool AuditLogFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(AuditLogModel::RawRole);
    const QVariant b = right.data(AuditLogModel::RawRole);
    int order = 0;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        order = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    } else {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        order = x < y ? -1 : (x > y ? 1 : 0);
    }
    if (order != 0)
        return order < 0;
    return left.data(AuditLogModel::SequenceRole).toLongLong()
        < right.data(AuditLogModel::SequenceRole).toLongLong();
}
