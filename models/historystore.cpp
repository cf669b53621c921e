#include "models/historystore.h"

#include <QCoreApplication>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

// The store's worker: one thread, one queue, so each instance's calls run in their order.
// std::condition_variable rather than QWaitCondition: ThreadSanitizer follows it without a
// Qt built for it.
struct HistoryStore::Worker
{
    struct Task
    {
        QString instanceId;
        std::shared_ptr<InstanceHistory> history;
        SnapshotPtr snapshot; // nullptr: markDisconnected()
    };

    std::mutex mutex;
    std::condition_variable wake; // a task came, or stop
    std::condition_variable idle; // the queue ran dry
    std::deque<Task> queue;
    bool busy = false;
    bool stopping = false;
    bool stopped = false; // run() returned: said under the mutex, which sanitizers follow
    std::unique_ptr<QThread> thread;

    void run(HistoryStore *store)
    {
        std::unique_lock locker(mutex);
        for (;;) {
            wake.wait(locker, [this] { return !queue.empty() || stopping; });
            if (stopping) {
                stopped = true;
                idle.notify_all();
                return;
            }
            Task task = std::move(queue.front());
            queue.pop_front();
            busy = true;
            locker.unlock();
            if (task.snapshot) {
                task.history->addSnapshot(task.snapshot);
                // Delivered on the store's thread; dropped with the store if it is gone by then.
                QMetaObject::invokeMethod(
                    store, [store, id = task.instanceId] { emit store->updated(id); }, Qt::QueuedConnection);
            } else {
                task.history->markDisconnected();
            }
            task = {}; // the snapshot is released here, not by the next wait
            locker.lock();
            busy = false;
            if (queue.empty())
                idle.notify_all();
        }
    }
};

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_worker->thread.reset(QThread::create([worker = m_worker.get(), this] { worker->run(this); }));
    m_worker->thread->setObjectName(QStringLiteral("hadesk-history"));
    m_worker->thread->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    {
        const std::lock_guard locker(m_worker->mutex);
        // What is still queued would only be recorded to be thrown away.
        m_worker->queue.clear();
        m_worker->stopping = true;
        m_worker->wake.notify_all();
    }
    {
        std::unique_lock locker(m_worker->mutex);
        m_worker->idle.wait(locker, [this] { return m_worker->stopped; });
    }
    m_worker->thread->wait();
}

InstanceHistory *HistoryStore::history(const QString &instanceId)
{
    std::shared_ptr<InstanceHistory> &history = m_histories[instanceId];
    if (!history) {
        history = std::make_shared<InstanceHistory>();
        history->setBudgetBytes(m_budgetBytes);
    }
    return history.get();
}

const InstanceHistory *HistoryStore::find(const QString &instanceId) const
{
    const auto it = m_histories.constFind(instanceId);
    return it == m_histories.cend() ? nullptr : it->get();
}

void HistoryStore::addSnapshot(const QString &instanceId, const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    history(instanceId); // find() knows it from now on
    enqueue(instanceId, snapshot);
}

void HistoryStore::markDisconnected(const QString &instanceId)
{
    if (m_histories.contains(instanceId))
        enqueue(instanceId, nullptr);
}

void HistoryStore::enqueue(const QString &instanceId, const SnapshotPtr &snapshot)
{
    const std::lock_guard locker(m_worker->mutex);
    m_worker->queue.push_back({ instanceId, m_histories.value(instanceId), snapshot });
    m_worker->wake.notify_one();
}

QStringList HistoryStore::instances() const
{
    return m_histories.keys();
}

void HistoryStore::setBudgetBytes(qsizetype bytes)
{
    m_budgetBytes = bytes;
    for (const std::shared_ptr<InstanceHistory> &history : std::as_const(m_histories))
        history->setBudgetBytes(bytes);
}

void HistoryStore::waitForIdle()
{
    {
        std::unique_lock locker(m_worker->mutex);
        m_worker->idle.wait(locker, [this] { return m_worker->queue.empty() && !m_worker->busy; });
    }
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}
