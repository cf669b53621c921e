#pragma once

#include "core/client/snapshot.h"
#include "models/connectionprofile.h"

#include <QObject>
#include <QPointer>

class HistoryStore;
class Poller;
class RuntimeConnection;
class StatTableModel;

// Everything hadesk keeps for one HAProxy instance it is connected to: the connection (one
// CLI slot), its poller, the table model they feed and the instance's traffic history. The
// main window holds several at once (one tab each) and shows one; the others keep polling,
// so switching is instant and a cluster can compare them.
class InstanceSession : public QObject
{
    Q_OBJECT
public:
    // history may be nullptr (no history kept); it must outlive the session.
    InstanceSession(const ConnectionProfile &profile, const Endpoint &endpoint, int pollIntervalMs,
        HistoryStore *history, QObject *parent = nullptr);
    ~InstanceSession() override;

    // The instance's identity: the endpoint's canonical text. A reconnect to the same
    // endpoint continues its history.
    QString id() const { return m_id; }
    QString displayName() const; // the profile's name, else the endpoint
    const ConnectionProfile &profile() const { return m_profile; }
    void setPollInterval(int ms);

    RuntimeConnection *connection() const { return m_connection; }
    Poller *poller() const { return m_poller; }
    StatTableModel *model() const { return m_model; }
    SnapshotPtr lastSnapshot() const { return m_last; }
    qint64 lastMergeUs() const { return m_lastMergeUs; } // the model's merge of the last snapshot

    void open(); // connects and starts polling
    void close(); // stops polling and closes the connection; the model is cleared

signals:
    // After the model merged it. The history records it on its own thread: its
    // HistoryStore::updated() follows once it is.
    void snapshotApplied(const SnapshotPtr &snapshot);

private:
    void onSnapshot(const SnapshotPtr &snapshot);

    ConnectionProfile m_profile;
    QString m_id;
    QPointer<HistoryStore> m_history;
    RuntimeConnection *m_connection = nullptr;
    Poller *m_poller = nullptr;
    StatTableModel *m_model = nullptr;
    SnapshotPtr m_last;
    qint64 m_lastMergeUs = 0;
};
