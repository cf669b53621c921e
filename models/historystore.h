#pragma once

#include "core/client/snapshot.h"
#include "models/instancehistory.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

// Histories of every instance hadesk talked to in this run, keyed by instance identity (the
// endpoint's canonical text), so a reconnect to the same instance continues its history and
// two instances never mix.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // drops what was not recorded yet, then stops the worker
    InstanceHistory *history(const QString &instanceId); // created on first use
    const InstanceHistory *find(const QString &instanceId) const; // nullptr if none
    // Queues the snapshot (a few microseconds): it is recorded on the store's own worker
    // thread, in the order of the calls for each instance, and updated(instanceId) follows
    // on the store's thread once it is.
    void addSnapshot(const QString &instanceId, const SnapshotPtr &snapshot);
    void markDisconnected(const QString &instanceId); // queued after the snapshots before it
    QStringList instances() const;

    // Applied to every instance's history, now and later.
    void setBudgetBytes(qsizetype bytes);
    qsizetype budgetBytes() const { return m_budgetBytes; }

    // Blocks until everything queued is recorded, then delivers the pending updated()
    // signals (for tests and benchmarks).
    void waitForIdle();

signals:
    void updated(const QString &instanceId);

private:
    struct Worker;
    void enqueue(const QString &instanceId, const SnapshotPtr &snapshot);

    QHash<QString, std::shared_ptr<InstanceHistory>> m_histories;
    qsizetype m_budgetBytes = InstanceHistory::DefaultBudgetBytes;
    std::unique_ptr<Worker> m_worker;
};
