#pragma once

#include "models/historypoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QChartView;
class QImage;

// Writing a chart out: its picture as PNG and its plotted values as CSV, each file written
// atomically. TrafficChartView's exports.
class ChartExport
{
public:
    // One series as plotted: a NaN value is a gap.
    struct Column
    {
        QString label;
        QList<HistoryPoint> points;
    };

    // The chart as drawn now, with its pending layout (axes, labels, legend) done first.
    static QImage grab(QChartView *view);
    // The image encoded as PNG; empty when it cannot be.
    static QByteArray png(const QImage &image);
    // "time" (ISO 8601, UTC) then one column per series; one row per time in [fromMs, toMs]
    // that any series has, in time order; an empty cell is a gap.
    static QByteArray csv(const QList<Column> &columns, qint64 fromMs, qint64 toMs);
    // Writes bytes to path atomically, in a folder that must exist; false with *error in
    // words on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};
