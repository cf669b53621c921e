#pragma once

#include "models/connectionprofile.h"

#include <QAbstractListModel>
#include <QList>

class QSettings;

// The saved connection profiles, most recently used first, persisted with QSettings (which
// writes through a temporary file and a rename, so a crash never leaves half a file) as the
// array "profiles/N/{name,endpoint,tlsCa,tlsCert,tlsKey,tlsPeerName,tlsVerify,pollIntervalMs}".
// Changes stay in memory until save(): the owner decides when a change is final.
class ConnectionProfilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ItemRole { EndpointRole = Qt::UserRole + 1, ProfileRole };

    // settings: where to persist; nullptr uses a default-constructed QSettings.
    explicit ConnectionProfilesModel(QSettings *settings = nullptr, QObject *parent = nullptr);

    // Replaces the list (a model reset); skips entries without a name or with a name seen
    // before, and clamps a poll interval outside Poller's range.
    void load();
    bool save(); // false if QSettings reports an error

    // Adds or replaces (by name, trimmed) and moves it to the top; true when it was added,
    // false when it replaced one. Fails with a message when the name is empty, the endpoint
    // does not parse or the poll interval is outside Poller's range; nothing changes then.
    Result<bool> upsert(const ConnectionProfile &profile);
    bool remove(const QString &name);
    void markUsed(const QString &name); // moves to the top
    int indexOf(const QString &name) const;
    ConnectionProfile profile(int row) const;
    QList<ConnectionProfile> profiles() const { return m_profiles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void moveToTop(int row);

    QSettings *m_settings = nullptr;
    QList<ConnectionProfile> m_profiles;
};
