#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

// One chart-ready sample: time (ms since epoch, wall clock) and value; NaN value = gap
// (not connected, counters reset, object absent).
struct HistoryPoint
{
    qint64 timeMs = 0;
    double value = std::nan("");
};

// The one rule for averaging a series down to at most maxPoints points, used by the history
// and by the chart: slots of stepMs, buckets aligned on multiples of their width (in slots),
// so that a window sliding by one slot keeps the same averages instead of shimmering; one
// bucket more than count / width for the partial ones at both ends. Each bucket becomes one
// point at its first point's time, the mean of its non-NaN values (NaN if none). `points` is
// oldest first, on multiples of stepMs; returned as is when its slots fit in maxPoints.
QList<HistoryPoint> averageHistoryPoints(const QList<HistoryPoint> &points, qint64 stepMs, int maxPoints);
// The same with the step taken from the points: the smallest gap between two of them.
QList<HistoryPoint> averageHistoryPoints(const QList<HistoryPoint> &points, int maxPoints);
