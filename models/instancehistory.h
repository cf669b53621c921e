#pragma once

#include "core/client/snapshot.h"
#include "models/historypoint.h"
#include "models/metricinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

// The history of one instance: per object (StatTableModel key "s/be/s1", "b/be/BACKEND",
// "f/fe/FRONTEND") and metric, several resolutions kept in fixed-size rings, each coarser
// tier the average of the finer one. Memory is bounded whatever the run time and the number
// of objects: rings are allocated lazily up to a fixed capacity, and a byte budget caps what
// they would all take once full (see setBudgetBytes()). A slot takes 12 bits (HistoryRing):
// no sample stays no sample, 0 and integers up to 128 read back exactly, any other value
// within 0.78 % (a coarser slot is rounded once, from the exact average of the finer ones);
// latest() is exact.
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
    // What one instance may take by default: at 10,000 servers in 1,000 backends, every
    // server's reducedMetrics() and every frontend's and backend's default metrics for 7 days
    // (230 MB with their bookkeeping; what is left gives the first 753 servers every default
    // metric: bench_history).
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
    // A row the snapshot carried over from an earlier poll (Snapshot::isFresh() false) gives
    // no sample: its object's slot stays NaN. When its object is read again, its rates are
    // taken against its own last reading, over its own elapsed time, into the current slot
    // only, provided that was at most max(maxGapMs(), 150 s) ago, the object was in every
    // snapshot since, and no disconnect, counters reset, gap or history restart came between.
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

    // Which metrics are kept. Every metric of 1,000 HTTP servers for 24 h took 169 MB in
    // floats (bench_models), so the default leaves out the ones a chart rarely needs (2xx,
    // 3xx, connection and response errors, total time): 109 MB then, 50 MB in 12-bit slots
    // (bench_history --days 1 --backends 100). Metrics left out are dropped (memory freed);
    // metrics added start recording from the next snapshot.
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
