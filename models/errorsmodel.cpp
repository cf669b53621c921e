#include "models/errorsmodel.h"

namespace {

QVariant number(qint64 value)
{
    return value == ErrorEvent::NoValue ? QVariant() : QVariant(value);
}

} // namespace

void ErrorsModel::setDump(const ErrorsDump &dump)
{
    m_dump.capturedAt = dump.capturedAt;
    m_dump.total = dump.total;
    merge(m_dump.events, dump.events, &ErrorsModel::key);
}

QString ErrorsModel::key(const ErrorEvent &event)
{
    return QString::fromUtf8(event.proxyKind + ' ' + event.proxy + ' ' + event.kind + ' '
        + QByteArray::number(event.eventNumber) + ' ' + event.date);
}

int ErrorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dump.events.size());
}

int ErrorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorsModel::text(const ErrorEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return QString::fromUtf8(event.date);
    case ProxyColumn:
        return tr("%1 %2").arg(QString::fromUtf8(event.proxyKind), QString::fromUtf8(event.proxy));
    case DirectionColumn:
        return event.isRequest() ? tr("request") : tr("response");
    case SourceColumn:
        return QString::fromUtf8(event.source);
    case PositionColumn:
        return number(event.errorPosition);
    case LengthColumn:
        return number(event.length);
    case PeerColumn:
        if (event.server.isEmpty() || event.server == "<NONE>")
            return tr("%1 %2").arg(
                QString::fromUtf8(event.otherProxyKind), QString::fromUtf8(event.otherProxy));
        return tr("%1 %2, server %3")
            .arg(QString::fromUtf8(event.otherProxyKind), QString::fromUtf8(event.otherProxy),
                QString::fromUtf8(event.server));
    }
    return {};
}

QVariant ErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dump.events.size() || index.column() >= ColumnCount)
        return {};
    const ErrorEvent &event = m_dump.events.at(index.row());
    switch (role) {
    case KeyRole:
        return key(event);
    case RawRole:
    case Qt::DisplayRole:
        return text(event, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == LengthColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == PositionColumn)
        return tr("Offset of the first byte HAProxy refused");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Captured");
    case ProxyColumn:
        return tr("Caught by");
    case DirectionColumn:
        return tr("Direction");
    case SourceColumn:
        return tr("Source");
    case PositionColumn:
        return tr("Error at");
    case LengthColumn:
        return tr("Bytes");
    case PeerColumn:
        return tr("Other side");
    }
    return {};
}
