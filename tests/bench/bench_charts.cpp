// Times a TrafficChartView tick: the series handed over (QXYSeries::replace() in place, points
// averaged down to the plot's width) and the chart painted into a 1200x600 image, as a dock
// redraws once per poll.
//
//   bench_charts [RUNS]       RUNS defaults to 15; QT_QPA_PLATFORM=offscreen is the default
//
// Prints one line per case (median and fastest of RUNS), then one JSON object on the last line.

#include "views/trafficchartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

struct Case
{
    const char *name;
    int series;
    int points;
    TrafficChartView::Mode mode;
    double medianMs = 0;
    double fastestMs = 0;
    double updateMs = 0; // median of the setSeries() + layout part alone
    int plotted = 0; // points per series after capping
};

QList<ChartSeries> makeSeries(int count, int points, qint64 t0, qint64 stepMs, int phase)
{
    QList<ChartSeries> series;
    series.reserve(count);
    for (int s = 0; s < count; ++s) {
        ChartSeries one;
        one.key = QStringLiteral("s/be/s%1").arg(s);
        one.label = QStringLiteral("s%1").arg(s);
        one.color = TrafficChartView::colorFor(s);
        one.points.reserve(points);
        for (int i = 0; i < points; ++i)
            one.points.append({ t0 + i * stepMs, 20.0 + s + 10.0 * std::sin((i + phase + s * 7) / 25.0) });
        series.append(one);
    }
    return series;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;

    QList<Case> cases = {
        { "lines_50x300", 50, 300, TrafficChartView::Mode::Lines },
        { "lines_50x3600_capped", 50, 3600, TrafficChartView::Mode::Lines },
        { "share_10x300", 10, 300, TrafficChartView::Mode::Share },
    };
    const qint64 t0 = 1'700'000'000'000;
    for (Case &c : cases) {
        TrafficChartView view;
        view.setMode(c.mode);
        view.resize(1200, 600);
        // Laid out like a shown widget, but never painted on screen: the image is the only paint.
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        QCoreApplication::processEvents();
        const qint64 step = 3'600'000 / c.points;
        view.setTimeWindow(t0, t0 + qint64(c.points) * step);
        QImage image(1200, 600, QImage::Format_ARGB32_Premultiplied);
        // Warm-up: the first setSeries creates the Qt Charts series; the ticks after it
        // replace their points.
        view.setSeries(makeSeries(c.series, c.points, t0, step, 0));
        QCoreApplication::processEvents();
        QList<double> times;
        QList<double> updates;
        for (int run = 1; run <= runs; ++run) {
            // Data made before timing: the history's cost is bench_models' business.
            const QList<ChartSeries> series = makeSeries(c.series, c.points, t0, step, run);
            QElapsedTimer timer;
            timer.start();
            view.setSeries(series);
            QCoreApplication::processEvents(); // the scene's deferred layout and updates
            updates.append(double(timer.nsecsElapsed()) / 1e6);
            image.fill(Qt::white);
            QPainter painter(&image);
            view.render(&painter);
            painter.end();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        c.medianMs = median(times);
        c.updateMs = median(updates);
        c.fastestMs = *std::min_element(times.cbegin(), times.cend());
        c.plotted = view.plottedPointCount(0);
        std::printf("%-22s %2d series x %4d points (%4d plotted, plot %4d px): median %7.2f ms "
                    "(setSeries %6.2f ms), fastest %7.2f ms\n",
            c.name, c.series, c.points, c.plotted, view.plotWidth(), c.medianMs, c.updateMs, c.fastestMs);
    }

    QByteArray json = R"({"bench":"charts","runs":)" + QByteArray::number(runs) + R"(,"cases":[)";
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","series":)"
            + QByteArray::number(c.series) + R"(,"points":)" + QByteArray::number(c.points) + R"(,"plotted":)"
            + QByteArray::number(c.plotted) + R"(,"median_ms":)" + QByteArray::number(c.medianMs, 'f', 3)
            + R"(,"update_ms":)" + QByteArray::number(c.updateMs, 'f', 3) + R"(,"fastest_ms":)"
            + QByteArray::number(c.fastestMs, 'f', 3) + "}";
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
