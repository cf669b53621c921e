#include "models/connectionprofilesmodel.h"

#include "core/client/poller.h"

#include <QSettings>

#include <algorithm>

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

ConnectionProfilesModel::ConnectionProfilesModel(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings ? settings : new QSettings(this))
{ }

void ConnectionProfilesModel::load()
{
    QList<ConnectionProfile> loaded;
    const int count = m_settings->beginReadArray(key("profiles"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap values;
        for (const QString &name : m_settings->childKeys())
            values.insert(name, m_settings->value(name));
        const std::optional<ConnectionProfile> p = ConnectionProfile::fromStored(values);
        // A hand-edited file can hold an entry without a name or a name twice: the first
        // one wins, as it is the most recently used.
        if (!p || std::any_of(loaded.cbegin(), loaded.cend(), [&p](const ConnectionProfile &o) {
                return o.name == p->name;
            }))
            continue;
        loaded.append(*p);
    }
    m_settings->endArray();

    beginResetModel();
    m_profiles = loaded;
    endResetModel();
}

bool ConnectionProfilesModel::save()
{
    m_settings->remove(key("profiles")); // drops entries past the new end of the array
    m_settings->beginWriteArray(key("profiles"), int(m_profiles.size()));
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles.at(i);
        m_settings->setArrayIndex(int(i));
        m_settings->setValue(key("name"), p.name);
        m_settings->setValue(key("endpoint"), p.endpoint);
        m_settings->setValue(key("tlsCa"), p.tls.caFile);
        m_settings->setValue(key("tlsCert"), p.tls.certificateFile);
        m_settings->setValue(key("tlsKey"), p.tls.privateKeyFile);
        m_settings->setValue(key("tlsPeerName"), p.tls.peerName);
        m_settings->setValue(key("tlsVerify"), p.tls.verifyPeer);
        m_settings->setValue(key("pollIntervalMs"), p.pollIntervalMs);
    }
    m_settings->endArray();
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

Result<bool> ConnectionProfilesModel::upsert(const ConnectionProfile &profile)
{
    ConnectionProfile stored = profile;
    stored.name = profile.name.trimmed();
    stored.endpoint = profile.endpoint.trimmed();
    if (stored.name.isEmpty())
        return Result<bool>::failure(tr("A connection profile needs a name."));
    if (const Result<Endpoint> endpoint = stored.toEndpoint(); !endpoint)
        return Result<bool>::failure(tr("Profile “%1”: %2").arg(stored.name, endpoint.error()));
    if (stored.pollIntervalMs < Poller::MinIntervalMs || stored.pollIntervalMs > Poller::MaxIntervalMs) {
        return Result<bool>::failure(tr("Profile “%1”: the poll interval must be between %2 ms and %3 ms.")
                                         .arg(stored.name)
                                         .arg(Poller::MinIntervalMs)
                                         .arg(Poller::MaxIntervalMs));
    }

    const int row = indexOf(stored.name);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_profiles.prepend(stored);
        endInsertRows();
        return true;
    }
    moveToTop(row);
    if (!(m_profiles.at(0) == stored)) {
        m_profiles[0] = stored;
        emit dataChanged(index(0), index(0));
    }
    return false;
}

bool ConnectionProfilesModel::remove(const QString &name)
{
    const int row = indexOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    return true;
}

void ConnectionProfilesModel::markUsed(const QString &name)
{
    const int row = indexOf(name);
    if (row > 0)
        moveToTop(row);
}

void ConnectionProfilesModel::moveToTop(int row)
{
    if (row <= 0 || row >= m_profiles.size())
        return;
    beginMoveRows({}, row, row, {}, 0);
    m_profiles.move(row, 0);
    endMoveRows();
}

int ConnectionProfilesModel::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return int(i);
    }
    return -1;
}

ConnectionProfile ConnectionProfilesModel::profile(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : ConnectionProfile();
}

int ConnectionProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ConnectionProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_profiles.size() || index.column() != 0)
        return {};
    const ConnectionProfile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole:
    case EndpointRole:
        return p.endpoint;
    case ProfileRole:
        return QVariant::fromValue(p);
    default:
        return {};
    }
}
