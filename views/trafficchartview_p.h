#pragma once

// TrafficChartView's insides, shared by its two files (trafficchartview.cpp draws the data,
// trafficchartview_theme.cpp gives it the palette's colours). Nothing else includes this.

#include "models/sharestack.h"
#include "views/trafficchartview.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QLineSeries>

class ChartCanvas;
class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace TrafficChartStyle {
constexpr double LineWidth = 1.6;
}

// A series as Qt Charts draws it: one QLineSeries per stretch between gaps (lines mode), or
// one QAreaSeries per stretch (share mode).
struct TrafficChartView::Line
{
    struct Piece
    {
        QAbstractSeries *item = nullptr; // in the chart
        QLineSeries *upper = nullptr; // item itself in lines mode
        QLineSeries *lower = nullptr; // share mode only
    };

    QString key;
    QString label;
    QColor color;
    QList<HistoryPoint> points; // as plotted (after capping); share mode: the raw values
    QList<double> values; // what the y axis shows for each point (share mode: percent)
    QList<Piece> pieces;
    QLineSeries *reference = nullptr; // share mode: the promised share's level
};

struct TrafficChartView::Private
{
    QChart *chart = nullptr;
    ChartCanvas *canvas = nullptr;
    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QString valueTitle;
    QList<Line> lines;
    ShareStack shares; // share mode: the stacked bands of every line
};
