#include "models/sessionsmodel.h"

void SessionsModel::setSessions(const QList<SessionRow> &rows)
{
    QList<SessionRow> shown;
    for (const SessionRow &row : rows) {
        if (m_showCli || !row.isCli())
            shown.append(row);
    }
    merge(m_rows, shown, &SessionsModel::key);
}

QString SessionsModel::key(const SessionRow &row)
{
    return QString::fromUtf8(row.pointer + ' ' + row.frontend + ' ' + row.source);
}

QString SessionsModel::ageText(qint64 s)
{
    if (s == SessionRow::NoValue)
        return {};
    if (s < 60)
        return tr("%1s").arg(s);
    if (s < 3600)
        return tr("%1m%2s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1h%2m").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1d%2h").arg(s / 86400).arg(s % 86400 / 3600);
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::text(const SessionRow &row, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::fromUtf8(row.pointer);
    case AgeColumn:
        return ageText(row.ageSeconds);
    case SourceColumn:
        return QString::fromUtf8(row.source);
    case FrontendColumn:
        return QString::fromUtf8(row.frontend);
    case BackendColumn:
        return QString::fromUtf8(row.backend);
    case ServerColumn:
        return QString::fromUtf8(row.server);
    case ProtocolColumn:
        return QString::fromUtf8(row.proto);
    case RequestColumn:
        return QString::fromUtf8(row.field("rq"));
    }
    return {};
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const SessionRow &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return key(row);
    case RawRole:
        if (index.column() == AgeColumn)
            return row.ageSeconds == SessionRow::NoValue ? QVariant() : QVariant(row.ageSeconds);
        return text(row, index.column());
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == RequestColumn)
        return tr("The request channel as HAProxy prints it: flags, input bytes, analysers, timeouts");
    if (role == Qt::ToolTipRole && section == IdColumn)
        return tr("The stream's id, as `shutdown session` takes it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Stream");
    case AgeColumn:
        return tr("Age");
    case SourceColumn:
        return tr("Source");
    case FrontendColumn:
        return tr("Frontend");
    case BackendColumn:
        return tr("Backend");
    case ServerColumn:
        return tr("Server");
    case ProtocolColumn:
        return tr("Protocol");
    case RequestColumn:
        return tr("Request");
    }
    return {};
}
