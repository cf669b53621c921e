#pragma once

#include <QString>
#include <QtGlobal>

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
// The metrics before this one are rates of cumulative counters; the rest are gauges.
constexpr int CounterMetricCount = int(Metric::CurrentSessions);

struct MetricInfo
{
    static QString name(Metric metric); // "Requests/s", translated, for menus and legends
    static QString unit(Metric metric); // "req/s", "B/s", "ms", "sessions"
    static bool isRate(Metric metric);
    // A value with its unit for people: "1.2 kB/s", "35 ms", "12.5 req/s".
    static QString format(Metric metric, double value);
};
