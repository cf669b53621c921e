// The traffic chart panel on the offscreen platform: point counts capped to the plot's
// width (a hand-made history of 50 series), zoom, pan and legend toggles of the chart view,
// and the canary view against a real haproxy whose roundrobin backend shares traffic 1:3,
// with the CSV and PNG exports.
//
// HADESK_CHART_SCREENSHOTS=DIR saves what the panel looks like in both modes.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/snapshotbuilder.h"
#include "views/chartpanel.h"
#include "views/trafficchartview.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    mode http
    default_backend be

backend be
    mode http
    balance roundrobin
    server a ${BACKEND:a} weight 1
    server b ${BACKEND:b} weight 3
)");

constexpr int WaitMs = 20000;

Endpoint unixEndpoint(const QString &path)
{
    auto endpoint = Endpoint::parse(path);
    Q_ASSERT(endpoint.ok());
    return endpoint.value();
}

// A field of one row of a `show stat` CSV, read by the header's names (independently of
// StatParser).
QByteArray statField(
    const QByteArray &csv, QByteArrayView pxname, QByteArrayView svname, QByteArrayView column)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# "))
        return {};
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    const qsizetype index = header.indexOf(column);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() > index && index >= 0 && cells.at(0) == pxname && cells.at(1) == svname)
            return cells.at(index);
    }
    return {};
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HADESK_CHART_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Qt Charts lays out and repaints on posted events: deliver them all (twice: handling
    // one layout request posts the scene's update) rather than sleeping and hoping.
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

    struct Row
    {
        QByteArray pxname;
        QByteArray svname; // FRONTEND, BACKEND or a server
        qint64 total = 0; // stot, req_tot and lbtot alike
        int weight = 1;
        qint64 bytes = 0; // bin and bout
    };

    // A `show stat` answer with HAProxy 2.6's real header.
    static SnapshotPtr snapshot(qint64 timeMs, const QList<Row> &rows)
    {
        SnapshotBuilder builder;
        builder.haproxy26Columns().at(timeMs);
        for (const Row &row : rows) {
            if (row.svname == "FRONTEND")
                builder.frontend(row.pxname);
            else if (row.svname == "BACKEND")
                builder.backend(row.pxname);
            else
                builder.server(row.pxname, row.svname);
            builder.set("weight", row.weight)
                .sessionsTotal(row.total)
                .lbtot(row.total)
                .set("req_tot", row.total);
            builder.bytes(row.bytes, row.bytes);
        }
        return builder.build();
    }

    static QList<ChartSeries> syntheticSeries(int count, int points, qint64 t0, qint64 stepMs)
    {
        QList<ChartSeries> series;
        for (int s = 0; s < count; ++s) {
            ChartSeries one;
            one.key = QStringLiteral("s/be/s%1").arg(s);
            one.label = QStringLiteral("s%1").arg(s);
            one.color = TrafficChartView::colorFor(s);
            for (int i = 0; i < points; ++i) {
                // Series 0 has a gap in the middle: it must be drawn in two pieces.
                const bool gap = s == 0 && i >= points / 2 && i < points / 2 + 10;
                one.points.append(
                    { t0 + i * stepMs, gap ? std::nan("") : 10.0 + s + std::sin(i / 30.0) * 5 });
            }
            series.append(one);
        }
        return series;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void viewCapsPointsZoomsAndToggles()
    {
        TrafficChartView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 t0 = 1'700'000'000'000;
        view.setTimeWindow(t0, t0 + 3600 * 1000);
        view.setValueAxisTitle(QStringLiteral("req/s"));
        view.setSeries(syntheticSeries(50, 3600, t0, 1000));
        QCOMPARE(view.seriesCount(), 50);
        const int width = view.plotWidth();
        QVERIFY2(width > 300 && width < 700, qPrintable(QString::number(width)));
        for (int i = 0; i < view.seriesCount(); ++i) {
            const int points = view.plottedPointCount(i);
            QVERIFY2(points <= width && points >= width / 2 - 10,
                qPrintable(QStringLiteral("series %1: %2 points for %3 px").arg(i).arg(points).arg(width)));
        }
        QCOMPARE(view.valueAxisTitle(), QStringLiteral("req/s"));

        // The same keys again: updated in place, still capped.
        view.setSeries(syntheticSeries(50, 3600, t0, 1000));
        QCOMPARE(view.seriesCount(), 50);
        QVERIFY(view.plottedPointCount(49) <= width);

        // Hover: near series 49's line at the middle of the plot, the read-out names it.
        const QRect plot = view.plotRect();
        QVERIFY(plot.width() > 300);
        QVERIFY(view.describeAt(plot.topLeft() - QPoint(5, 5)).isEmpty());
        QString hover;
        for (int y = plot.top(); y < plot.bottom() && hover.isEmpty(); y += 2)
            hover = view.describeAt(QPoint(plot.center().x(), y));
        QVERIFY2(hover.contains(QStringLiteral("\n2023-11-1")), qPrintable(hover));

        // A rubber band across a quarter of the plot zooms to that quarter of the hour.
        auto *viewport = qobject_cast<QAbstractScrollArea *>(view.focusProxy())->viewport();
        const QPoint from =
            viewport->mapFrom(&view, QPoint(plot.left() + plot.width() / 4, plot.center().y()));
        const QPoint to = viewport->mapFrom(&view, QPoint(plot.left() + plot.width() / 2, plot.center().y()));
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY(view.isZoomed());
        QVERIFY2(std::abs(view.visibleToMs() - view.visibleFromMs() - 900'000) < 30'000,
            qPrintable(QString::number(view.visibleToMs() - view.visibleFromMs())));
        QVERIFY(std::abs(view.visibleFromMs() - (t0 + 900'000)) < 30'000);
        view.resetZoom();

        // Zoom in around the middle, pan back, reset: the window moves, the data is the caller's.
        QSignalSpy ranges(&view, &TrafficChartView::visibleRangeChanged);
        view.zoomBy(4.0);
        QVERIFY(view.isZoomed());
        QCOMPARE(view.visibleToMs() - view.visibleFromMs(), 900 * 1000);
        const qint64 zoomedFrom = view.visibleFromMs();
        view.panBy(-0.5);
        QCOMPARE(view.visibleFromMs(), zoomedFrom - 450 * 1000);
        view.zoomToRange(t0, t0 + 1000); // below the minimum span: widened
        QCOMPARE(view.visibleToMs() - view.visibleFromMs(), 5000);
        QCOMPARE(view.visibleFromMs(), t0);
        view.resetZoom();
        QVERIFY(!view.isZoomed());
        QCOMPARE(ranges.size(), 4);

        // Keyboard: + zooms, Left pans, 0 resets.
        view.setFocus();
        QTest::keyClick(view.focusProxy(), Qt::Key_Plus);
        QVERIFY(view.isZoomed());
        const qint64 before = view.visibleFromMs();
        QTest::keyClick(view.focusProxy(), Qt::Key_Left);
        QVERIFY(view.visibleFromMs() < before);
        QTest::keyClick(view.focusProxy(), Qt::Key_0);
        QVERIFY(!view.isZoomed());

        // A legend toggle hides a series from the CSV too.
        QByteArray csv = view.csv();
        QVERIFY(csv.startsWith("time,s0,s1,"));
        view.setSeriesVisible(QStringLiteral("s/be/s1"), false);
        QVERIFY(!view.isSeriesVisible(QStringLiteral("s/be/s1")));
        csv = view.csv();
        QVERIFY(csv.startsWith("time,s0,s2,"));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + view.plottedPointCount(1));
        QVERIFY(lines.at(1).startsWith("2023-11-14T22:1"));
        QCOMPARE(lines.at(1).count(','), 49);
    }

    void panelCapsAHandMadeHistoryOf50Series()
    {
        InstanceHistory history;
        const qint64 t0 = 1'700'000'000'000;
        QList<Row> rows;
        SnapshotPtr last;
        for (int s = 0; s < 50; ++s)
            rows.append({ "be", "s" + QByteArray::number(s) });
        // A poll every 10 s (the 1 h range's resolution) for a little more than an hour.
        history.setMaxGapMs(20'000);
        for (int tick = 0; tick <= 370; ++tick) {
            for (qsizetype s = 0; s < rows.size(); ++s)
                rows[s].total += (1 + s + tick % 7) * 10;
            last = snapshot(t0 + tick * 10'000, rows);
            history.addSnapshot(last);
        }

        ChartPanel panel;
        panel.resize(360, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setHistory(&history);
        panel.setMetric(Metric::SessionRate);
        panel.setRange(ChartPanel::Range::OneHour);
        QList<ChartObject> objects;
        for (int s = 0; s < 50; ++s)
            objects.append({ QStringLiteral("s/be/s%1").arg(s), QStringLiteral("s%1").arg(s) });
        panel.setObjects(objects);
        QCOMPARE(panel.seriesCount(), 50);
        TrafficChartView *chart = panel.chartView();
        const int width = chart->plotWidth();
        // The history holds more than the plot can show, so the cap is what limits.
        const qsizetype held = history
                                   .series(objects.first().key, Metric::SessionRate, chart->visibleFromMs(),
                                       chart->visibleToMs(), 100000)
                                   .size();
        QVERIFY2(held > width, qPrintable(QStringLiteral("%1 points held, %2 px").arg(held).arg(width)));
        for (int i = 0; i < 50; ++i) {
            QVERIFY2(chart->plottedPointCount(i) <= width && chart->plottedPointCount(i) > 10,
                qPrintable(
                    QStringLiteral("%1 points for %2 px").arg(chart->plottedPointCount(i)).arg(width)));
        }
        QCOMPARE(chart->valueAxisTitle(), MetricInfo::unit(Metric::SessionRate));
        // Paused, a tick changes nothing; a metric switch still redraws.
        panel.setPaused(true);
        panel.setObjects(objects.mid(0, 2));
        QCOMPARE(panel.seriesCount(), 2);
        panel.setMetric(Metric::LbRate);
        QCOMPARE(chart->valueAxisTitle(), MetricInfo::unit(Metric::LbRate));
        panel.setPaused(false);

        // Panel shortcuts, local to the panel.
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(panel.range(), ChartPanel::Range::OneDay);
        QTest::keyClick(chart, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(panel.mode(), ChartPanel::Mode::Canary);
        QVERIFY(panel.findChild<QRadioButton *>(QStringLiteral("canaryMode"))->isChecked());
        // The canary view of the 50 servers: each weight 1 of 50, each getting its own share.
        panel.setCanaryBackend(QStringLiteral("be"));
        panel.setSnapshot(last);
        QTest::keyClick(chart, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(panel.seriesCount(), 50);
        QCOMPARE(panel.canaryShares().size(), 50);
        QCOMPARE(panel.canaryShares().at(0).weightShare, 0.02);
        const QRect plot = chart->plotRect();
        const QString hover = chart->describeAt(plot.center());
        QVERIFY2(hover.contains(QStringLiteral(" %")) && hover.contains(QStringLiteral("weight share 2.0 %")),
            qPrintable(hover));
        for (int i = 0; i < 50; ++i)
            QVERIFY(chart->plottedPointCount(i) <= chart->plotWidth());
        QTest::keyClick(chart, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(panel.mode(), ChartPanel::Mode::Objects);
        QTest::keyClick(chart, Qt::Key_P, Qt::AltModifier);
        QVERIFY(panel.isPaused());
    }

    // Only with HADESK_CHART_SCREENSHOTS: five minutes of a canary promoted from weight 10 to 50
    // next to two servers of weight 100, with a 15 s polling outage, to look at.
    void screenshotsOfAStory()
    {
        if (qEnvironmentVariableIsEmpty("HADESK_CHART_SCREENSHOTS"))
            QSKIP("set HADESK_CHART_SCREENSHOTS=DIR to save screenshots");
        InstanceHistory history;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 300'000;
        QList<Row> rows = { { "fe", "FRONTEND" }, { "be", "BACKEND" }, { "be", "s1", 0, 100 },
            { "be", "s2", 0, 100 }, { "be", "canary", 0, 10 } };
        QRandomGenerator random(42);
        double carry[3] = {};
        SnapshotPtr last;
        for (int tick = 0; tick <= 300; ++tick) {
            if (tick == 150)
                rows[4].weight = 50;
            const double load = 180 + 60 * std::sin(tick / 40.0) + random.bounded(20);
            const double weights = rows[2].weight + rows[3].weight + rows[4].weight;
            qint64 all = 0;
            for (int s = 0; s < 3; ++s) {
                carry[s] += load * rows[2 + s].weight / weights * (0.9 + random.bounded(0.2));
                const auto n = qint64(carry[s]);
                carry[s] -= double(n);
                rows[2 + s].total += n;
                all += n;
            }
            rows[1].total += all;
            rows[0].total += all + random.bounded(5);
            if (tick < 200 || tick > 215) {
                last = snapshot(t0 + tick * 1000, rows);
                history.addSnapshot(last);
            }
        }
        ChartPanel panel;
        panel.resize(900, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setHistory(&history);
        panel.setSnapshot(last);
        panel.setObjects({ { QStringLiteral("f/fe/FRONTEND"), QStringLiteral("fe") },
            { QStringLiteral("b/be/BACKEND"), QStringLiteral("be") },
            { QStringLiteral("s/be/s1"), QStringLiteral("be/s1") },
            { QStringLiteral("s/be/s2"), QStringLiteral("be/s2") },
            { QStringLiteral("s/be/canary"), QStringLiteral("be/canary") } });
        panel.refresh();
        saveScreenshot(&panel, QStringLiteral("charts-objects.png"));
        panel.setCanaryBackend(QStringLiteral("be"));
        panel.setMode(ChartPanel::Mode::Canary);
        saveScreenshot(&panel, QStringLiteral("charts-canary.png"));
        QCOMPARE(panel.canaryShares().value(2).weightShare, 0.2);
    }

    void canaryAgainstHaproxy()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));

        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        InstanceHistory history;
        ChartPanel panel;
        panel.resize(900, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setHistory(&history);
        Poller poller(&connection);
        poller.setInterval(300);
        int snapshots = 0;
        connect(&poller, &Poller::snapshotReady, &panel, [&](const SnapshotPtr &snapshot) {
            history.addSnapshot(snapshot);
            panel.setSnapshot(snapshot);
            panel.refresh();
            ++snapshots;
        });
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots >= 3, WaitMs);

        QProcess traffic;
        traffic.start(HaproxyFixture::testBackendBinary(),
            { QStringLiteral("--traffic"), QStringLiteral("http://127.0.0.1:%1/").arg(haproxy.frontendPort()),
                QStringLiteral("--rate"), QStringLiteral("200"), QStringLiteral("--duration"),
                QStringLiteral("6"), QStringLiteral("--concurrency"), QStringLiteral("4") });
        QVERIFY(traffic.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(traffic.state() == QProcess::NotRunning, 30000);
        QCOMPARE(traffic.exitCode(), 0);

        // HAProxy's own count, read on a connection of its own.
        QByteArray stat;
        QVERIFY(haproxy.waitForAdminReply(
            "show stat",
            [](const QByteArray &r) {
                return statField(r, "be", "a", "lbtot").toLongLong()
                    + statField(r, "be", "b", "lbtot").toLongLong()
                    >= 1000;
            },
            WaitMs, &stat));
        const double lbA = statField(stat, "be", "a", "lbtot").toDouble();
        const double lbB = statField(stat, "be", "b", "lbtot").toDouble();
        const double haproxyShareA = lbA / (lbA + lbB);
        QVERIFY2(std::abs(haproxyShareA - 0.25) < 0.07, qPrintable(QString::number(haproxyShareA)));
        // Let the history see the last counters.
        const int seen = snapshots;
        QTRY_VERIFY_WITH_TIMEOUT(snapshots >= seen + 3, WaitMs);

        panel.setRange(ChartPanel::Range::FiveMinutes);
        panel.setCanaryBackend(QStringLiteral("be"));
        panel.setMode(ChartPanel::Mode::Canary);
        for (Metric metric : { Metric::LbRate, Metric::SessionRate, Metric::RequestRate }) {
            panel.setShareMetric(metric);
            QCOMPARE(panel.currentMetric(), metric);
            const QList<CanaryShare> shares = panel.canaryShares();
            QCOMPARE(shares.size(), 2);
            QCOMPARE(shares.at(0).server, QStringLiteral("a"));
            QCOMPARE(shares.at(1).server, QStringLiteral("b"));
            QCOMPARE(shares.at(0).weightShare, 0.25);
            QCOMPARE(shares.at(1).weightShare, 0.75);
            const QString what = MetricInfo::name(metric) + u' ' + QString::number(shares.at(0).actualShare);
            QVERIFY2(std::abs(shares.at(0).actualShare - 0.25) <= 0.07, qPrintable(what));
            QVERIFY2(std::abs(shares.at(1).actualShare - 0.75) <= 0.07, qPrintable(what));
            QVERIFY2(
                std::abs(shares.at(0).actualShare + shares.at(1).actualShare - 1.0) < 1e-9, qPrintable(what));
            // What the chart says agrees with what HAProxy counted.
            if (metric == Metric::LbRate)
                QVERIFY2(std::abs(shares.at(0).actualShare - haproxyShareA) < 0.03, qPrintable(what));
        }
        QCOMPARE(panel.seriesCount(), 2);
        QCOMPARE(panel.chartView()->mode(), TrafficChartView::Mode::Share);
        QVERIFY(panel.statusText().contains(QStringLiteral("weight 25.0 %")));

        // A weight change shows in the weight shares at the next poll.
        QCOMPARE(
            HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/a weight 3"), QByteArray("\n"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.canaryShares().value(0).weightShare, 0.5, WaitMs);
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/a"),
            QByteArray("3 (initial 1)\n\n"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csvPath = dir.filePath(QStringLiteral("canary.csv"));
        QString error;
        QVERIFY2(panel.exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QVERIFY2(lines.size() > 5, qPrintable(QString::number(lines.size())));
        QCOMPARE(lines.first(), QByteArray("time,a (weight 50.0 %),b (weight 50.0 %)"));
        QCOMPARE(lines.at(1).count(','), 2);
        QVERIFY(QDateTime::fromString(QString::fromLatin1(lines.at(1).split(',').first()), Qt::ISODateWithMs)
                    .isValid());

        const QString pngPath = dir.filePath(QStringLiteral("canary.png"));
        QVERIFY2(panel.exportPng(pngPath, &error), qPrintable(error));
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 150);
        // Not blank: a chart has more than a couple of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
        // Refusing to write where it cannot: a clear message, nothing written.
        QVERIFY(!panel.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());

        // Objects mode: a metric switch changes the axis unit.
        panel.setObjects({ { QStringLiteral("s/be/a"), QStringLiteral("be/a") },
            { QStringLiteral("s/be/b"), QStringLiteral("be/b") },
            { QStringLiteral("b/be/BACKEND"), QStringLiteral("be") } });
        panel.setMode(ChartPanel::Mode::Objects);
        panel.setMetric(Metric::RequestRate);
        QCOMPARE(panel.seriesCount(), 3);
        QCOMPARE(panel.chartView()->valueAxisTitle(), MetricInfo::unit(Metric::RequestRate));
        panel.setMetric(Metric::BytesOutRate);
        QCOMPARE(panel.currentMetric(), Metric::BytesOutRate);
        QCOMPARE(panel.chartView()->valueAxisTitle(), MetricInfo::unit(Metric::BytesOutRate));
        QVERIFY(panel.chartView()->plottedPointCount(2) > 0);
        panel.setMetric(Metric::RequestRate);
        poller.stop();
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
