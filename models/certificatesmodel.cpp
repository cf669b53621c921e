#include "models/certificatesmodel.h"

#include <QSet>

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString joined(const QList<QByteArray> &list)
{
    QStringList parts;
    for (const QByteArray &item : list)
        parts << text(item);
    return parts.join(QStringLiteral(", "));
}

bool sameCert(const SslCertInfo &a, const SslCertInfo &b)
{
    return a.serial == b.serial && a.notAfter == b.notAfter && a.subject == b.subject && a.issuer == b.issuer
        && a.subjectAltNames == b.subjectAltNames && a.status == b.status;
}

} // namespace

CertificatesModel::CertificatesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void CertificatesModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

CertificatesModel::Warning CertificatesModel::warningFor(
    qint64 daysLeft, const QDateTime &notAfter, const QDateTime &now)
{
    if (!notAfter.isValid() || notAfter <= now)
        return Warning::Expired;
    if (daysLeft < VerySoonDays)
        return Warning::VerySoon;
    if (daysLeft < SoonDays)
        return Warning::Soon;
    return Warning::Fine;
}

int CertificatesModel::find(const QString &instanceId, const QByteArray &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).instanceId == instanceId && m_rows.at(i).info.filename == name)
            return i;
    }
    return -1;
}

void CertificatesModel::setInstance(
    const QString &instanceId, const QString &instanceName, const QList<SslCertInfo> &certs)
{
    QSet<QByteArray> names;
    for (const SslCertInfo &cert : certs) {
        if (!cert.isTransaction())
            names.insert(cert.filename);
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).instanceId == instanceId && !names.contains(m_rows.at(i).info.filename)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const SslCertInfo &cert : certs) {
        if (cert.isTransaction())
            continue;
        const int row = find(instanceId, cert.filename);
        if (row < 0) {
            beginInsertRows({}, rowCount(), rowCount());
            m_rows.append({ instanceId, instanceName, cert });
            endInsertRows();
        } else if (!sameCert(m_rows.at(row).info, cert) || m_rows.at(row).instanceName != instanceName) {
            m_rows[row] = { instanceId, instanceName, cert };
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void CertificatesModel::removeInstance(const QString &instanceId)
{
    setInstance(instanceId, {}, {});
}

QStringList CertificatesModel::instances() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (!ids.contains(row.instanceId))
            ids << row.instanceId;
    }
    return ids;
}

const SslCertInfo *CertificatesModel::certificate(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).info : nullptr;
}

QString CertificatesModel::instanceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).instanceId : QString();
}

int CertificatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificatesModel::display(const Row &row, int column) const
{
    const SslCertInfo &info = row.info;
    switch (column) {
    case Instance:
        return row.instanceName;
    case Certificate:
        return text(info.filename);
    case Subject:
        return text(info.subject);
    case SubjectAltNames:
        return joined(info.subjectAltNames);
    case Issuer:
        return text(info.issuer);
    case NotAfter:
        return info.notAfter.isValid() ? info.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                       : tr("unknown");
    case DaysLeft: {
        const QDateTime now = m_clock();
        const qint64 days = info.daysLeft(now);
        switch (warningFor(days, info.notAfter, now)) {
        case Warning::Expired:
            return info.notAfter.isValid() ? tr("expired %n day(s) ago", nullptr, int(-days)) : tr("unknown");
        case Warning::VerySoon:
            return tr("%n day(s) — expires very soon", nullptr, int(days));
        case Warning::Soon:
            return tr("%n day(s) — expires soon", nullptr, int(days));
        case Warning::Fine:
            return tr("%n day(s)", nullptr, int(days));
        }
    }
    }
    return {};
}

QVariant CertificatesModel::raw(const Row &row, int column) const
{
    if (column == NotAfter || column == DaysLeft)
        return row.info.notAfter.isValid() ? row.info.notAfter.toMSecsSinceEpoch() : qint64(-1);
    return display(row, column);
}

QVariant CertificatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == SubjectAltNames || index.column() == Certificate
            ? display(row, index.column())
            : QVariant();
    case RawRole:
        return raw(row, index.column());
    case WarningRole: {
        const QDateTime now = m_clock();
        return int(warningFor(row.info.daysLeft(now), row.info.notAfter, now));
    }
    case InstanceIdRole:
        return row.instanceId;
    case NameRole:
        return text(row.info.filename);
    case SerialRole:
        return text(row.info.serial);
    case DaysLeftRole:
        return row.info.daysLeft(m_clock());
    default:
        return {};
    }
}

QVariant CertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case Instance:
        return tr("Instance");
    case Certificate:
        return tr("Certificate");
    case Subject:
        return tr("Subject");
    case SubjectAltNames:
        return tr("Subject Alternative Names");
    case Issuer:
        return tr("Issuer");
    case NotAfter:
        return tr("Not After");
    case DaysLeft:
        return tr("Days Left");
    }
    return {};
}
