#pragma once

#include "models/historypoint.h"

#include <QList>

// Shares of a whole per time slot, stacked: in every slot (a time at which any series has a
// point), each series' value as a percentage of the sum of all series there, one band on top
// of the other in series order. What the traffic chart's share mode draws. A slot where
// nothing was measured or nothing happened (sum 0) is a gap (NaN) for every series; a series
// without a value in a slot that others measured counts as 0 there.
class ShareStack
{
public:
    ShareStack() = default;
    // Each series oldest first.
    explicit ShareStack(const QList<QList<HistoryPoint>> &series);

    const QList<qint64> &slotTimes() const { return m_slotTimes; }
    qsizetype seriesCount() const { return m_bands.size(); }
    // The series' raw values, one point per slot (NaN where it has none).
    const QList<HistoryPoint> &raw(qsizetype series) const { return m_bands.at(series).raw; }
    // Its share per slot, 0-100; NaN in a gap.
    const QList<double> &percent(qsizetype series) const { return m_bands.at(series).percent; }
    // Where its band starts and ends per slot, 0-100: the sum of the shares below it, and that
    // plus its own. NaN in a gap.
    const QList<double> &lower(qsizetype series) const { return m_bands.at(series).lower; }
    const QList<double> &upper(qsizetype series) const { return m_bands.at(series).upper; }
    // The slot whose time is nearest to timeMs; -1 without slots.
    qsizetype nearestSlot(double timeMs) const;

private:
    struct Band
    {
        QList<HistoryPoint> raw;
        QList<double> percent;
        QList<double> lower;
        QList<double> upper;
    };

    QList<qint64> m_slotTimes;
    QList<Band> m_bands;
};
