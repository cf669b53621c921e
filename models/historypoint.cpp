#include "models/historypoint.h"

#include <algorithm>
#include <limits>

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

QList<HistoryPoint> averageHistoryPoints(const QList<HistoryPoint> &points, qint64 stepMs, int maxPoints)
{
    if (points.isEmpty() || stepMs <= 0)
        return points;
    maxPoints = std::max(1, maxPoints);
    const qint64 first = floorDiv(points.first().timeMs, stepMs);
    const qint64 last = floorDiv(points.last().timeMs, stepMs);
    const qint64 count = last - first + 1;
    if (count <= maxPoints)
        return points;
    const qint64 width = maxPoints == 1 ? count : (count + maxPoints - 2) / (maxPoints - 1);
    const auto bucketOf = [&](const HistoryPoint &point) {
        return maxPoints == 1 ? 0 : floorDiv(floorDiv(point.timeMs, stepMs), width);
    };
    QList<HistoryPoint> averaged;
    averaged.reserve(maxPoints);
    qsizetype i = 0;
    while (i < points.size()) {
        const qint64 bucket = bucketOf(points.at(i));
        const qint64 timeMs = points.at(i).timeMs;
        double sum = 0;
        int samples = 0;
        for (; i < points.size() && bucketOf(points.at(i)) == bucket; ++i) {
            const double value = points.at(i).value;
            if (!std::isnan(value)) {
                sum += value;
                ++samples;
            }
        }
        averaged.append({ timeMs, samples ? sum / samples : std::nan("") });
    }
    return averaged;
}

QList<HistoryPoint> averageHistoryPoints(const QList<HistoryPoint> &points, int maxPoints)
{
    qint64 stepMs = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < points.size(); ++i) {
        const qint64 gap = points.at(i).timeMs - points.at(i - 1).timeMs;
        if (gap > 0)
            stepMs = std::min(stepMs, gap);
    }
    if (stepMs == std::numeric_limits<qint64>::max())
        return points; // fewer than two distinct times: nothing to average
    return averageHistoryPoints(points, stepMs, maxPoints);
}
