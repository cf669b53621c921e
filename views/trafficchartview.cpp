#include "views/trafficchartview.h"

#include "models/sharestack.h"
#include "views/chartcanvas.h"
#include "views/chartexport.h"
#include "views/trafficchartview_p.h"

#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr qint64 MinZoomSpanMs = 5000;
// A legend of more lines than this would eat the plot: the series menu of the panel (and
// the hover read-out) still name them.
constexpr int MaxLegendEntries = 16;
constexpr int HoverRadiusPx = 40;
constexpr qsizetype MaxAntialiasedPoints = 20'000;

bool isGap(double value)
{
    return std::isnan(value);
}

// Consecutive non-gap points, one list per stretch: Qt Charts cannot draw a break inside
// one series, so each stretch becomes its own series.
QList<QList<QPointF>> splitOnGaps(const QList<HistoryPoint> &points, const QList<double> &values)
{
    QList<QList<QPointF>> pieces;
    QList<QPointF> current;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double value = values.at(i);
        if (isGap(value)) {
            if (!current.isEmpty())
                pieces.append(std::exchange(current, {}));
            continue;
        }
        current.append(QPointF(double(points.at(i).timeMs), value));
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TrafficChartView::TrafficChartView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    // Every tick replaces the data: an animation would never finish and costs a lot.
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setMargins(QMargins(4, 4, 8, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);

    d->timeAxis = new QDateTimeAxis;
    d->timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    d->chart->addAxis(d->timeAxis, Qt::AlignBottom);
    d->valueAxis = new QValueAxis;
    d->valueAxis->setMin(0);
    d->valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->valueAxis, Qt::AlignLeft);
    applyTheme();

    d->canvas = new ChartCanvas(d->chart, this);
    setFocusProxy(d->canvas);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->canvas);

    m_formatter = [](double value) { return QLocale().toString(value, 'g', 4); };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeWindow(now - 300'000, now);
}

TrafficChartView::~TrafficChartView() = default;

void TrafficChartView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    // Lines and areas are different Qt Charts types: rebuild on the next setSeries().
    rebuild({});
    updateAxes();
}

void TrafficChartView::setValueAxisTitle(const QString &title)
{
    d->valueTitle = title;
    updateAxes();
}

QString TrafficChartView::valueAxisTitle() const
{
    return d->valueAxis->titleText();
}

void TrafficChartView::setValueFormatter(std::function<QString(double)> formatter)
{
    m_formatter = std::move(formatter);
}

void TrafficChartView::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        toMs = fromMs + 1000;
    m_fullFromMs = fromMs;
    m_fullToMs = toMs;
    if (m_zoomed) {
        // The zoomed window stays put while time moves on, until it leaves the window.
        m_zoomFromMs = std::max(m_zoomFromMs, fromMs);
        m_zoomToMs = std::min(m_zoomToMs, toMs);
        if (m_zoomToMs - m_zoomFromMs < MinZoomSpanMs / 2)
            m_zoomed = false;
    }
    updateAxes();
}

qint64 TrafficChartView::visibleFromMs() const
{
    return m_zoomed ? m_zoomFromMs : m_fullFromMs;
}

qint64 TrafficChartView::visibleToMs() const
{
    return m_zoomed ? m_zoomToMs : m_fullToMs;
}

void TrafficChartView::setVisibleWindow(qint64 fromMs, qint64 toMs)
{
    const qint64 fullSpan = m_fullToMs - m_fullFromMs;
    qint64 span = std::max(toMs - fromMs, std::min(MinZoomSpanMs, fullSpan));
    if (span >= fullSpan) {
        resetZoom();
        return;
    }
    fromMs = std::clamp(fromMs, m_fullFromMs, m_fullToMs - span);
    if (m_zoomed && fromMs == m_zoomFromMs && fromMs + span == m_zoomToMs)
        return;
    m_zoomed = true;
    m_zoomFromMs = fromMs;
    m_zoomToMs = fromMs + span;
    updateAxes();
    emit visibleRangeChanged(m_zoomFromMs, m_zoomToMs);
}

void TrafficChartView::zoomToRange(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    const qint64 span = toMs - fromMs;
    if (span < MinZoomSpanMs) {
        const qint64 middle = fromMs + span / 2;
        fromMs = middle - MinZoomSpanMs / 2;
        toMs = fromMs + MinZoomSpanMs;
    }
    setVisibleWindow(fromMs, toMs);
}

void TrafficChartView::zoomBy(double factor, qint64 centerMs)
{
    if (factor <= 0)
        return;
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    if (centerMs < from || centerMs > to)
        centerMs = from + (to - from) / 2;
    // The time under the cursor stays under the cursor.
    const double left = double(centerMs - from) / factor;
    const double right = double(to - centerMs) / factor;
    setVisibleWindow(centerMs - qint64(left), centerMs + qint64(right));
}

void TrafficChartView::panBy(double fraction)
{
    if (!m_zoomed)
        return; // the whole window is shown: there is nowhere to go
    const qint64 span = m_zoomToMs - m_zoomFromMs;
    const qint64 shift = qint64(double(span) * fraction);
    setVisibleWindow(m_zoomFromMs + shift, m_zoomToMs + shift);
}

void TrafficChartView::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    updateAxes();
    emit visibleRangeChanged(m_fullFromMs, m_fullToMs);
}

int TrafficChartView::seriesCount() const
{
    return int(d->lines.size());
}

QString TrafficChartView::seriesKey(int index) const
{
    return index >= 0 && index < d->lines.size() ? d->lines.at(index).key : QString();
}

QString TrafficChartView::seriesLabel(int index) const
{
    return index >= 0 && index < d->lines.size() ? d->lines.at(index).label : QString();
}

int TrafficChartView::plottedPointCount(int index) const
{
    if (index < 0 || index >= d->lines.size())
        return 0;
    int count = 0;
    for (const Line::Piece &piece : d->lines.at(index).pieces)
        count += int(piece.upper->count());
    return count;
}

int TrafficChartView::plotWidth() const
{
    const int width = int(d->chart->plotArea().width());
    // Before the first layout the plot area is empty: guess from the widget, less the axis.
    return width >= 20 ? width : std::max(100, this->width() - 90);
}

void TrafficChartView::setSeries(const QList<ChartSeries> &series)
{
    bool sameKeys = series.size() == d->lines.size();
    for (qsizetype i = 0; sameKeys && i < series.size(); ++i)
        sameKeys = series.at(i).key == d->lines.at(i).key;
    if (!sameKeys)
        rebuild(series);

    const int maxPoints = plotWidth();
    for (qsizetype i = 0; i < series.size(); ++i) {
        Line &line = d->lines[i];
        line.points = averageHistoryPoints(series.at(i).points, maxPoints);
        if (line.label != series.at(i).label) {
            line.label = series.at(i).label;
            if (!line.pieces.isEmpty())
                line.pieces.first().item->setName(line.label);
        }
    }

    if (m_mode == Mode::Lines) {
        for (Line &line : d->lines) {
            line.values.resize(line.points.size());
            for (qsizetype i = 0; i < line.points.size(); ++i)
                line.values[i] = line.points.at(i).value;
            updatePieces(line, splitOnGaps(line.points, line.values), {});
        }
    } else {
        applyShares();
    }
    // Antialiasing costs more than all the rest of a tick once the chart is dense, and a
    // dense chart does not look smoother for it.
    qsizetype total = 0;
    for (int i = 0; i < seriesCount(); ++i)
        total += plottedPointCount(i);
    d->canvas->setRenderHint(QPainter::Antialiasing, total <= MaxAntialiasedPoints);
    updateReferences();
    updateAxes();
}

// Share mode: per time slot, each series' value over the sum of all, stacked.
void TrafficChartView::applyShares()
{
    QList<QList<HistoryPoint>> series;
    series.reserve(d->lines.size());
    for (const Line &line : std::as_const(d->lines))
        series.append(line.points);
    d->shares = ShareStack(series);
    for (qsizetype i = 0; i < d->lines.size(); ++i) {
        Line &line = d->lines[i];
        line.points = d->shares.raw(i);
        line.values = d->shares.percent(i);
        updatePieces(
            line, splitOnGaps(line.points, d->shares.upper(i)), splitOnGaps(line.points, d->shares.lower(i)));
    }
}

void TrafficChartView::rebuild(const QList<ChartSeries> &series)
{
    for (Line &line : d->lines) {
        for (const Line::Piece &piece : std::as_const(line.pieces)) {
            d->chart->removeSeries(piece.item);
            delete piece.item;
        }
        if (line.reference) {
            d->chart->removeSeries(line.reference);
            delete line.reference;
        }
    }
    d->lines.clear();
    d->shares = ShareStack();
    for (const ChartSeries &s : series) {
        Line line;
        line.key = s.key;
        line.label = s.label;
        line.color = s.color.isValid() ? s.color : colorFor(int(d->lines.size()));
        d->lines.append(line);
    }
    d->chart->legend()->setVisible(series.size() <= MaxLegendEntries);
}

void TrafficChartView::updatePieces(
    Line &line, const QList<QList<QPointF>> &upper, const QList<QList<QPointF>> &lower)
{
    // At least one (maybe empty) piece, so that the series keeps its legend entry.
    const qsizetype wanted = std::max<qsizetype>(1, upper.size());
    while (line.pieces.size() > wanted) {
        const Line::Piece piece = line.pieces.takeLast();
        d->chart->removeSeries(piece.item);
        delete piece.item;
    }
    bool added = false;
    while (line.pieces.size() < wanted) {
        Line::Piece piece;
        piece.upper = new QLineSeries;
        if (m_mode == Mode::Lines) {
            piece.item = piece.upper;
        } else {
            piece.lower = new QLineSeries;
            auto *area = new QAreaSeries(piece.upper, piece.lower);
            piece.upper->setParent(area);
            piece.lower->setParent(area);
            piece.item = area;
        }
        piece.item->setName(line.label);
        d->chart->addSeries(piece.item);
        piece.item->attachAxis(d->timeAxis);
        piece.item->attachAxis(d->valueAxis);
        if (line.pieces.isEmpty()) {
            const QString key = line.key;
            const QList<QLegendMarker *> markers = d->chart->legend()->markers(piece.item);
            for (QLegendMarker *marker : markers) {
                connect(marker, &QLegendMarker::clicked, this,
                    [this, key] { setSeriesVisible(key, !isSeriesVisible(key)); });
            }
        }
        line.pieces.append(piece);
        added = true;
    }
    for (qsizetype i = 0; i < line.pieces.size(); ++i) {
        const Line::Piece &piece = line.pieces.at(i);
        const QList<QPointF> points = i < upper.size() ? upper.at(i) : QList<QPointF>();
        // A lone point between two gaps would draw nothing as a line.
        if (m_mode == Mode::Lines)
            piece.upper->setPointsVisible(points.size() == 1);
        piece.upper->replace(points);
        if (piece.lower)
            piece.lower->replace(i < lower.size() ? lower.at(i) : QList<QPointF>());
    }
    if (added) {
        styleLine(line);
        applyVisibility(line);
    }
}

void TrafficChartView::updateReferences()
{
    double below = 0;
    for (Line &line : d->lines) {
        const auto found = m_references.constFind(line.key);
        const bool wanted = m_mode == Mode::Share && found != m_references.cend();
        if (!wanted) {
            if (line.reference) {
                d->chart->removeSeries(line.reference);
                delete line.reference;
                line.reference = nullptr;
            }
            continue;
        }
        below += *found * 100.0;
        if (!line.reference) {
            line.reference = new QLineSeries;
            line.reference->setName(line.label);
            d->chart->addSeries(line.reference);
            line.reference->attachAxis(d->timeAxis);
            line.reference->attachAxis(d->valueAxis);
            styleLine(line);
            applyVisibility(line);
        }
        if (below >= 99.95) {
            // The top of the stack is always 100 %: a level there says nothing.
            line.reference->replace(QList<QPointF>());
            continue;
        }
        const double level = below;
        line.reference->replace(
            { QPointF(double(visibleFromMs()), level), QPointF(double(visibleToMs()), level) });
    }
}

void TrafficChartView::setReferenceShares(const QHash<QString, double> &shares)
{
    m_references = shares;
    updateReferences();
}

void TrafficChartView::setSeriesVisible(const QString &key, bool visible)
{
    if (visible == isSeriesVisible(key))
        return;
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);
    for (Line &line : d->lines) {
        if (line.key == key)
            applyVisibility(line);
    }
    updateAxes();
    emit seriesVisibilityChanged(key, visible);
}

void TrafficChartView::applyVisibility(Line &line)
{
    const bool visible = isSeriesVisible(line.key);
    for (const Line::Piece &piece : std::as_const(line.pieces))
        piece.item->setVisible(visible);
    if (line.reference)
        line.reference->setVisible(visible);
    // Qt Charts hides a hidden series' legend entry too; keep the first one, dimmed, so it
    // can be clicked back on, and never show the entries of the other pieces.
    QLegend *legend = d->chart->legend();
    for (qsizetype i = 0; i < line.pieces.size(); ++i) {
        const QList<QLegendMarker *> markers = legend->markers(line.pieces.at(i).item);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(i == 0);
            QColor color = line.color;
            color.setAlphaF(visible ? 1.0 : 0.25);
            marker->setBrush(color);
            QColor text = d->chart->legend()->labelColor();
            text.setAlphaF(visible ? 1.0 : 0.4);
            marker->setLabelBrush(text);
        }
    }
    if (line.reference) {
        const QList<QLegendMarker *> markers = legend->markers(line.reference);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

void TrafficChartView::updateAxes()
{
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    d->timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    const qint64 span = to - from;
    d->timeAxis->setFormat(span <= 15 * 60'000 ? QStringLiteral("HH:mm:ss")
            : span <= 36 * 3600'000            ? QStringLiteral("HH:mm")
                                               : QStringLiteral("dd MMM HH:mm"));
    d->timeAxis->setTickCount(std::clamp(plotWidth() / 110 + 1, 2, 10));

    if (m_mode == Mode::Share) {
        d->valueAxis->setRange(0, 100);
        d->valueAxis->setTickCount(6);
        d->valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        d->valueAxis->setTitleText(tr("Share of %1 (%)").arg(d->valueTitle));
        updateReferences();
        return;
    }
    double max = 0;
    for (const Line &line : std::as_const(d->lines)) {
        if (!isSeriesVisible(line.key))
            continue;
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const qint64 time = line.points.at(i).timeMs;
            const double value = line.values.value(i, std::nan(""));
            if (time >= from && time <= to && !isGap(value))
                max = std::max(max, value);
        }
    }
    if (max <= 0)
        max = 1;
    d->valueAxis->setRange(0, max * 1.05);
    d->valueAxis->setTickCount(std::clamp(int(d->chart->plotArea().height()) / 50 + 1, 3, 9));
    d->valueAxis->applyNiceNumbers();
    d->valueAxis->setLabelFormat(d->valueAxis->max() >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    d->valueAxis->setTitleText(d->valueTitle);
}

void TrafficChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateAxes();
}

QRect TrafficChartView::plotRect() const
{
    const QRectF inScene = d->chart->mapRectToScene(d->chart->plotArea());
    const QRect inViewport = d->canvas->mapFromScene(inScene).boundingRect();
    return inViewport.translated(d->canvas->viewport()->mapTo(this, QPoint(0, 0)));
}

QPointF TrafficChartView::chartPosition(const QPoint &pos) const
{
    const QPoint inViewport = d->canvas->viewport()->mapFrom(this, pos);
    return d->chart->mapFromScene(d->canvas->mapToScene(inViewport));
}

qint64 TrafficChartView::timeAt(const QPoint &pos) const
{
    if (!plotRect().contains(pos))
        return -1;
    const QRectF plot = d->chart->plotArea();
    if (plot.width() <= 0)
        return -1;
    const double fraction = (chartPosition(pos).x() - plot.left()) / plot.width();
    const qint64 from = visibleFromMs();
    return from + qint64(std::clamp(fraction, 0.0, 1.0) * double(visibleToMs() - from));
}

QString TrafficChartView::describeAt(const QPoint &pos) const
{
    if (!plotRect().contains(pos) || d->lines.isEmpty() || d->lines.first().pieces.isEmpty())
        return {};
    const QPointF chartPos = chartPosition(pos);
    const QPointF value = d->chart->mapToValue(chartPos, d->lines.first().pieces.first().item);
    return m_mode == Mode::Lines ? describeLines(value, chartPos) : describeShare(value);
}

QString TrafficChartView::describeLines(const QPointF &value, const QPointF &chartPos) const
{
    QAbstractSeries *reference = d->lines.first().pieces.first().item;
    double bestDistance = HoverRadiusPx;
    const Line *bestLine = nullptr;
    qsizetype bestIndex = -1;
    for (const Line &line : std::as_const(d->lines)) {
        if (!isSeriesVisible(line.key) || line.points.isEmpty())
            continue;
        const auto it = std::lower_bound(line.points.cbegin(), line.points.cend(), qint64(value.x()),
            [](const HistoryPoint &point, qint64 time) { return point.timeMs < time; });
        const qsizetype at = it - line.points.cbegin();
        // The nearest in time may be a gap: look a few points around it.
        for (qsizetype i = std::max<qsizetype>(0, at - 3); i < std::min(line.points.size(), at + 3); ++i) {
            if (isGap(line.values.at(i)))
                continue;
            const QPointF where = d->chart->mapToPosition(
                QPointF(double(line.points.at(i).timeMs), line.values.at(i)), reference);
            const double distance = std::hypot(where.x() - chartPos.x(), where.y() - chartPos.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                bestLine = &line;
                bestIndex = i;
            }
        }
    }
    if (!bestLine)
        return {};
    return tr("%1\n%2\n%3")
        .arg(bestLine->label, timeText(bestLine->points.at(bestIndex).timeMs),
            m_formatter(bestLine->values.at(bestIndex)));
}

QString TrafficChartView::describeShare(const QPointF &value) const
{
    const qsizetype slot = d->shares.nearestSlot(value.x());
    if (slot < 0)
        return {};
    double below = 0;
    for (const Line &line : std::as_const(d->lines)) {
        const double share = line.values.value(slot, std::nan(""));
        if (isGap(share))
            return {};
        if (value.y() >= below && value.y() <= below + share && isSeriesVisible(line.key)) {
            QString text =
                tr("%1\n%2\n%3 % (%4)")
                    .arg(line.label, timeText(d->shares.slotTimes().at(slot)),
                        QLocale().toString(share, 'f', 1), m_formatter(line.points.at(slot).value));
            const auto reference = m_references.constFind(line.key);
            if (reference != m_references.cend())
                text += u'\n' + tr("weight share %1 %").arg(QLocale().toString(*reference * 100.0, 'f', 1));
            return text;
        }
        below += share;
    }
    return {};
}

QImage TrafficChartView::toImage() const
{
    return ChartExport::grab(d->canvas);
}

bool TrafficChartView::exportPng(const QString &path, QString *error) const
{
    const QByteArray png = ChartExport::png(toImage());
    if (png.isEmpty()) {
        if (error)
            *error = tr("Could not write %1: the chart could not be drawn as PNG.").arg(path);
        return false;
    }
    return ChartExport::write(path, png, error);
}

QByteArray TrafficChartView::csv() const
{
    QList<ChartExport::Column> columns;
    for (const Line &line : std::as_const(d->lines)) {
        if (!isSeriesVisible(line.key))
            continue;
        ChartExport::Column column { line.label, {} };
        column.points.reserve(line.points.size());
        for (qsizetype i = 0; i < line.points.size(); ++i)
            column.points.append(
                HistoryPoint { line.points.at(i).timeMs, line.values.value(i, std::nan("")) });
        columns.append(column);
    }
    return ChartExport::csv(columns, visibleFromMs(), visibleToMs());
}

bool TrafficChartView::exportCsv(const QString &path, QString *error) const
{
    return ChartExport::write(path, csv(), error);
}

QColor TrafficChartView::colorFor(int index)
{
    // Tableau 10: distinct for the first ten, readable on light and dark backgrounds.
    static const QList<QColor> palette = { QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759),
        QColor(0x76b7b2), QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
        QColor(0x9c755f), QColor(0xbab0ac) };
    if (index >= 0 && index < palette.size())
        return palette.at(index);
    // Beyond ten, golden-angle hues keep neighbours apart.
    return QColor::fromHsv(int((std::max(index, 0) * 137) % 360), 170, 200);
}
