#pragma once

#include "snapshot.h"

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
// tier the average of the finer one. Memory is bounded whatever the run time:
// objects × metrics × (sum of tier capacities) floats, allocated lazily.
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

    InstanceHistory();
    ~InstanceHistory();

    // Feeds one snapshot: computes the rates against the previous snapshot (none across
    // snapshot->countersReset, a counter that went backwards, or a gap longer than
    // maxGapMs(): those slots stay NaN) and records every metric of every row.
    void addSnapshot(const SnapshotPtr &snapshot);
    // The connection dropped: the next snapshot starts a new rate baseline (a gap, no spike).
    void markDisconnected();

    // Points of one series covering [fromMs, toMs] (wall clock), from the finest tier that
    // covers fromMs, oldest first; when more than maxPoints, averaged down to at most
    // maxPoints (min/max preserved is not required). Empty for an unknown key.
    QList<HistoryPoint> series(
        const QString &key, Metric metric, qint64 fromMs, qint64 toMs, int maxPoints = 2000) const;
    // The latest value (NaN if none).
    double latest(const QString &key, Metric metric) const;
    QStringList keys() const; // objects seen
    qint64 firstTimeMs() const; // oldest sample kept, 0 if none
    qint64 lastTimeMs() const; // newest, 0 if none
    qint64 maxGapMs() const { return m_maxGapMs; }
    void setMaxGapMs(qint64 ms) { m_maxGapMs = ms; }
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

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_maxGapMs = 10000;
};

// Histories of every instance hadesk talked to in this run, keyed by instance identity (the
// endpoint's canonical text), so a reconnect to the same instance continues its history and
// two instances never mix.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;
    InstanceHistory *history(const QString &instanceId); // created on first use
    const InstanceHistory *find(const QString &instanceId) const; // nullptr if none
    void addSnapshot(const QString &instanceId, const SnapshotPtr &snapshot); // + updated()
    void markDisconnected(const QString &instanceId);
    QStringList instances() const;

signals:
    void updated(const QString &instanceId);

private:
    QHash<QString, std::shared_ptr<InstanceHistory>> m_histories;
};
