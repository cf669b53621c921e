#pragma once

#include "core/client/snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cmath>
#include <memory>

// What a chart can plot for a frontend, backend or server. Rates are per second, computed
// from HAProxy's cumulative counters between two snapshots; gauges are read as they are.
enum class Metric : quint8 {
    SessionRate, // stot / s
    RequestRate, // req_tot / s (HTTP; frontends and backends, servers on 2.6+ where present)
    LbRate, // lbtot / s: times the balancer picked the server (what weights decide)
    BytesInRate, // bin / s
    BytesOutRate, // bout / s
    Http2xxRate,
    Http3xxRate,
    Http4xxRate,
    Http5xxRate,
    ConnectionErrorRate, // econ / s
    ResponseErrorRate, // eresp / s
    CurrentSessions, // scur (gauge)
    Queue, // qcur (gauge)
    ResponseTime, // rtime, ms, HAProxy's average over the last 1024 requests (gauge)
    TotalTime, // ttime, ms (gauge)
    Count
};
constexpr int MetricCount = int(Metric::Count);

struct MetricInfo
{
    static QString name(Metric metric); // "Requests/s", translated, for menus and legends
    static QString unit(Metric metric); // "req/s", "B/s", "ms", "sessions"
    static bool isRate(Metric metric);
    // A value with its unit for people: "1.2 kB/s", "35 ms", "12.5 req/s".
    static QString format(Metric metric, double value);
};

// One chart-ready sample: time (ms since epoch, wall clock) and value; NaN value = gap
// (not connected, counters reset, object absent).
struct HistoryPoint
{
    qint64 timeMs = 0;
    double value = std::nan("");
};

// The history of one instance: per object (StatTableModel key "s/be/s1", "b/be/BACKEND",
// "f/fe/FRONTEND") and metric, several resolutions kept in fixed-size rings, each coarser
// tier the average of the finer one. Memory is bounded whatever the run time and the number
// of objects: rings are allocated lazily up to a fixed capacity, and a byte budget caps what
// they would all take once full (see setBudgetBytes()).
//
// Thread-safe: one thread may write (addSnapshot(), markDisconnected()) while others read;
// a reader waits while a write is applied (lastWriteHoldNs() says how long that was).
class InstanceHistory
{
public:
    struct Tier
    {
        qint64 stepMs; // one slot per step
        int capacity; // slots kept
    };
    // 1 s for 10 min, 10 s for 2 h, 1 min for 24 h, 10 min for 7 days.
    static constexpr std::array<Tier, 4> Tiers { { { 1000, 600 }, { 10000, 720 }, { 60000, 1440 },
        { 600000, 1008 } } };
    // What one instance may take by default: the default metrics of ~1,700 servers for 7 days.
    static constexpr qsizetype DefaultBudgetBytes = qsizetype(256) * 1024 * 1024;
    // Less is taken as this: the bookkeeping of ~1,000 objects and no series.
    static constexpr qsizetype MinimumBudgetBytes = 1024 * 1024;

    InstanceHistory();
    ~InstanceHistory();
    InstanceHistory(const InstanceHistory &) = delete;
    InstanceHistory &operator=(const InstanceHistory &) = delete;

    // Feeds one snapshot: computes the rates against the previous snapshot (none across
    // snapshot->countersReset, a counter that went backwards, or a gap longer than
    // maxGapMs(): those slots stay NaN) and records every metric of every row the budget
    // allows. Synchronous: done when it returns.
    void addSnapshot(const SnapshotPtr &snapshot);
    // The connection dropped: the next snapshot starts a new rate baseline (a gap, no spike).
    void markDisconnected();

    // Points of one series covering [fromMs, toMs] (wall clock), from the finest tier that
    // covers fromMs, oldest first; when more than maxPoints, averaged down to at most
    // maxPoints (min/max preserved is not required). Empty for an unknown key, and for a
    // metric the budget left out for that object.
    QList<HistoryPoint> series(
        const QString &key, Metric metric, qint64 fromMs, qint64 toMs, int maxPoints = 2000) const;
    // The latest value (NaN if none).
    double latest(const QString &key, Metric metric) const;
    QStringList keys() const; // objects seen
    qint64 firstTimeMs() const; // oldest sample kept, 0 if none
    qint64 lastTimeMs() const; // newest, 0 if none
    qint64 maxGapMs() const;
    void setMaxGapMs(qint64 ms);
    // Bytes held by the rings (for the benchmark and the About box).
    qsizetype memoryBytes() const;

    // Which metrics are kept. Every metric of 1,000 HTTP servers for 24 h takes 169 MB
    // (bench_models), so the default leaves out the ones a chart rarely needs (2xx, 3xx,
    // connection and response errors, total time): 109 MB. Metrics left out are dropped
    // (memory freed); metrics added start recording from the next snapshot.
    static QList<Metric> defaultRecordedMetrics();
    static QList<Metric> allMetrics();
    void setRecordedMetrics(const QList<Metric> &metrics);
    QList<Metric> recordedMetrics() const;
    bool isRecorded(Metric metric) const;

    // The memory budget. It bounds projectedBytes(): what the history takes once every ring
    // it keeps is full (7 days), so memory never grows past it however long hadesk runs.
    // When the objects seen do not all fit with every recorded metric, in this order:
    //  1. frontends, backends and listeners keep every recorded metric;
    //  2. every server keeps at least reducedMetrics() (what the canary chart and the weight
    //     dialog need), and the servers seen first keep every recorded metric as far as the
    //     rest of the budget goes;
    //  3. if even that does not fit, the servers seen last keep no history at all;
    //  4. if even their bookkeeping (~0.7 kB an object) does not fit, the objects seen last
    //     are not tracked at all (unrecordedCount() counts them too).
    // Servers are ranked by when they were first seen (then by `show stat` order), so the
    // same instance always degrades the same way. A smaller budget drops series at once.
    void setBudgetBytes(qsizetype bytes);
    qsizetype budgetBytes() const;
    qsizetype projectedBytes() const; // <= budgetBytes()
    static QList<Metric> reducedMetrics(); // SessionRate, LbRate, CurrentSessions
    // The metrics kept for one object (empty: unknown, or no history for it).
    QList<Metric> keptMetrics(const QString &key) const;
    bool isLimited() const; // some object keeps less than the recorded metrics
    int reducedCount() const; // objects keeping only some of the recorded metrics
    int unrecordedCount() const; // objects seen that keep no history at all

    // How long the last addSnapshot() held the lock readers wait on (for the benchmark).
    qint64 lastWriteHoldNs() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

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
