#include "models/sharestack.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

bool isGap(double value)
{
    return std::isnan(value);
}

// Per slot time, the value of every series (NaN where one has no point).
QMap<qint64, QList<double>> valuesBySlot(const QList<QList<HistoryPoint>> &series)
{
    QMap<qint64, QList<double>> bySlot;
    for (qsizetype i = 0; i < series.size(); ++i) {
        for (const HistoryPoint &point : series.at(i)) {
            QList<double> &row = bySlot[point.timeMs];
            if (row.isEmpty())
                row.fill(std::nan(""), series.size());
            row[i] = point.value;
        }
    }
    return bySlot;
}

// The sum of a slot's values; NaN when it is not above 0 (no share can be computed).
double totalOf(const QList<double> &row)
{
    double total = 0;
    for (double value : row)
        total += isGap(value) ? 0.0 : value;
    return total > 0 ? total : std::nan("");
}

} // namespace

ShareStack::ShareStack(const QList<QList<HistoryPoint>> &series)
{
    const QMap<qint64, QList<double>> bySlot = valuesBySlot(series);
    m_slotTimes = bySlot.keys();
    const qsizetype slotCount = m_slotTimes.size();
    QList<double> totals;
    totals.reserve(slotCount);
    for (const QList<double> &row : bySlot)
        totals.append(totalOf(row));

    QList<double> below(slotCount, 0.0);
    m_bands.resize(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        Band &band = m_bands[i];
        band.raw.reserve(slotCount);
        band.percent.resize(slotCount);
        band.lower.resize(slotCount);
        band.upper.resize(slotCount);
        qsizetype s = 0;
        for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it, ++s) {
            const double value = it.value().at(i);
            band.raw.append(HistoryPoint { it.key(), value });
            const double total = totals.at(s);
            const double share = isGap(total) ? total : (isGap(value) ? 0.0 : value) / total * 100.0;
            band.percent[s] = share;
            band.lower[s] = isGap(share) ? share : below.at(s);
            band.upper[s] = isGap(share) ? share : below.at(s) + share;
            if (!isGap(share))
                below[s] += share;
        }
    }
}

qsizetype ShareStack::nearestSlot(double timeMs) const
{
    if (m_slotTimes.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_slotTimes.cbegin(), m_slotTimes.cend(), qint64(timeMs));
    qsizetype slot = it - m_slotTimes.cbegin();
    if (slot >= m_slotTimes.size()
        || (slot > 0 && timeMs - double(m_slotTimes.at(slot - 1)) < double(m_slotTimes.at(slot)) - timeMs))
        --slot;
    return slot;
}
