#pragma once

#include "models/historypoint.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QImage;

// One line of a TrafficChartView: what the chart draws for one object.
struct ChartSeries
{
    QString key; // identity across ticks (a StatTableModel key): same key, same line
    QString label; // legend text
    QColor color;
    QList<HistoryPoint> points; // oldest first; a NaN value is a gap, drawn as a break
};

// Draws time series of traffic: lines, or a stacked area of shares with reference levels
// (a canary's weight share next to the share it really gets). Zoom (rubber band, wheel,
// +/-), pan (Shift+drag, middle drag, arrow keys), legend toggles, hover read-out, PNG and
// CSV export. This class, with its canvas (ChartCanvas) and exports (ChartExport), is the
// only code that touches Qt Charts (deprecated from Qt 6.10): the rest of hadesk sees plain
// series in and images out, so the chart library can be swapped by rewriting these files.
class TrafficChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode {
        Lines, // one line per series, value axis in the metric's unit
        Share, // per time slot, each series' value / the sum of all, stacked, 0-100 %
    };

    explicit TrafficChartView(QWidget *parent = nullptr);
    ~TrafficChartView() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Lines mode: the value axis title (the metric's unit) and how the hover read-out and the
    // share mode's raw values are written.
    void setValueAxisTitle(const QString &title);
    QString valueAxisTitle() const;
    void setValueFormatter(std::function<QString(double)> formatter);

    // The full time window (wall clock ms). While not zoomed it is what the chart shows;
    // while zoomed, the zoomed window stays where the user put it (clipped to this one).
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;
    bool isZoomed() const { return m_zoomed; }
    // These emit visibleRangeChanged() (the caller then fetches finer data for the window).
    void zoomToRange(qint64 fromMs, qint64 toMs);
    void zoomBy(double factor, qint64 centerMs = -1); // > 1 zooms in; -1: around the middle
    void panBy(double fraction); // of the visible span; positive moves later in time
    void resetZoom();

    // Replaces the data. When the keys are the same as before, in the same order, every
    // Qt Charts series is updated in place with QXYSeries::replace(); otherwise the lines are
    // rebuilt. A series with more points than plotWidth() is averaged down to it.
    void setSeries(const QList<ChartSeries> &series);
    // Share mode: per key, the share (0..1) the configuration promises, drawn as a dashed
    // level at the top of that series' band.
    void setReferenceShares(const QHash<QString, double> &shares);

    int seriesCount() const;
    QString seriesKey(int index) const;
    QString seriesLabel(int index) const;
    // Points handed to Qt Charts for one series (all its pieces between gaps).
    int plottedPointCount(int index) const;
    // Pixels across the plot area: the most points worth drawing per series.
    int plotWidth() const;

    void setSeriesVisible(const QString &key, bool visible);
    bool isSeriesVisible(const QString &key) const { return !m_hidden.contains(key); }

    // The read-out for a position in this widget's coordinates ("" when nothing is near):
    // what hovering there shows.
    QString describeAt(const QPoint &pos) const;
    // Wall clock ms under a position of this widget, -1 outside the plot.
    qint64 timeAt(const QPoint &pos) const;
    QRect plotRect() const; // in this widget's coordinates

    QImage toImage() const;
    // Written atomically (QSaveFile); false with *error in words on failure.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    // The visible time range of the shown series: "time" (ISO 8601, UTC) then one column
    // per series; an empty cell is a gap. Share mode writes the plotted percentages.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QByteArray csv() const;

    // Distinct colours for series 0, 1, 2...
    static QColor colorFor(int index);

    // The colours the chart paints with now, taken from the palette (and re-taken when it
    // changes): a dark chart on a dark palette.
    struct Colors
    {
        bool dark = false;
        QColor background;
        QColor plotBackground;
        QColor labels; // axis labels and titles, legend
        QColor grid;
    };
    Colors colors() const;

signals:
    // The user zoomed or panned (or reset the zoom).
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);
    void seriesVisibilityChanged(const QString &key, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // a new palette: new colours

private:
    struct Private;
    struct Line;

    void rebuild(const QList<ChartSeries> &series);
    void applyShares();
    void updatePieces(Line &line, const QList<QList<QPointF>> &upper, const QList<QList<QPointF>> &lower);
    void updateReferences();
    void updateAxes();
    void applyVisibility(Line &line);
    void applyTheme();
    void styleLine(const Line &line) const; // its pens and brushes, after a theme reset them
    void setVisibleWindow(qint64 fromMs, qint64 toMs);
    QString describeLines(const QPointF &value, const QPointF &chartPos) const;
    QString describeShare(const QPointF &value) const;
    QPointF chartPosition(const QPoint &pos) const;

    std::unique_ptr<Private> d;
    Mode m_mode = Mode::Lines;
    QSet<QString> m_hidden;
    QHash<QString, double> m_references;
    std::function<QString(double)> m_formatter;
    qint64 m_fullFromMs = 0;
    qint64 m_fullToMs = 0;
    qint64 m_zoomFromMs = 0;
    qint64 m_zoomToMs = 0;
    bool m_zoomed = false;
};
