// TrafficChartView's colours: Qt Charts' light or dark theme picked by the palette, then the
// palette's own colours for backgrounds and text, and each line's colour put back (a theme
// resets every series).

#include "views/statuscolors.h"
#include "views/trafficchartview.h"
#include "views/trafficchartview_p.h"

#include <QEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

void TrafficChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

TrafficChartView::Colors TrafficChartView::colors() const
{
    const QPalette &p = palette();
    const bool dark = StatusColors::isDark(p);
    // The grid a step away from the plot's background, in the direction of the text.
    const QColor plot = p.color(QPalette::Base);
    return { dark, p.color(QPalette::Window), plot, p.color(QPalette::Text),
        dark ? plot.lighter(180) : plot.darker(115) };
}

void TrafficChartView::applyTheme()
{
    const Colors c = colors();
    d->chart->setTheme(c.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    d->chart->setBackgroundRoundness(0);
    d->chart->setBackgroundBrush(c.background);
    d->chart->setPlotAreaBackgroundBrush(c.plotBackground);
    d->chart->setPlotAreaBackgroundVisible(true);
    d->chart->legend()->setLabelColor(c.labels);
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(d->timeAxis), static_cast<QAbstractAxis *>(d->valueAxis) }) {
        axis->setLabelsColor(c.labels);
        axis->setTitleBrush(c.labels);
        axis->setGridLineColor(c.grid);
        axis->setLinePenColor(c.grid);
    }
    for (Line &line : d->lines) {
        styleLine(line);
        applyVisibility(line);
    }
}

void TrafficChartView::styleLine(const Line &line) const
{
    for (const Line::Piece &piece : line.pieces) {
        if (auto *area = qobject_cast<QAreaSeries *>(piece.item)) {
            QColor fill = line.color;
            fill.setAlpha(190);
            area->setBrush(fill);
            area->setPen(QPen(line.color.darker(115), 1.0));
        } else {
            QPen pen(line.color);
            pen.setWidthF(TrafficChartStyle::LineWidth);
            piece.upper->setPen(pen);
        }
    }
    if (line.reference) {
        // The promised share's level: a dashed line a step towards the text colour, so it
        // stands out of the band on either palette.
        const bool dark = StatusColors::isDark(palette());
        QPen pen(dark ? line.color.lighter(160) : line.color.darker(160));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        line.reference->setPen(pen);
    }
}
