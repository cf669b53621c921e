#include "views/chartexport.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <cmath>

// The chart's exports: its plotted values as CSV, its picture as PNG, both written atomically.
class TestChartExport : public QObject
{
    Q_OBJECT

    static QString iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
    }

private slots:
    void csvHasOneRowPerTimeAndEmptyCellsForGaps()
    {
        const double nan = std::nan("");
        const QList<ChartExport::Column> columns {
            { QStringLiteral("s1"), { { 1000, 1.5 }, { 2000, nan }, { 3000, 3 } } },
            { QStringLiteral("s, 2"), { { 2000, 20 }, { 4000, 40 } } },
        };
        const QByteArray csv = ChartExport::csv(columns, 0, 10'000);
        const QByteArray expected = "time,s1,\"s, 2\"\n" + iso(1000).toUtf8() + ",1.5,\n" + iso(2000).toUtf8()
            + ",,20\n" + iso(3000).toUtf8() + ",3,\n" + iso(4000).toUtf8() + ",,40\n";
        QCOMPARE(csv, expected);
    }

    void csvKeepsOnlyTheVisibleRange()
    {
        const QList<ChartExport::Column> columns { { QStringLiteral("a"),
            { { 1000, 1 }, { 2000, 2 }, { 3000, 3 } } } };
        const QByteArray csv = ChartExport::csv(columns, 2000, 2000);
        QCOMPARE(csv, "time,a\n" + iso(2000).toUtf8() + ",2\n");
        QCOMPARE(ChartExport::csv({}, 0, 1000), QByteArray("time\n"));
    }

    void pngOfAGrabbedChart()
    {
        auto *chart = new QChart;
        auto *series = new QLineSeries;
        series->append({ QPointF(0, 0), QPointF(1, 1) });
        chart->addSeries(series);
        chart->createDefaultAxes();
        QChartView view(chart);
        view.resize(320, 200);
        const QImage image = ChartExport::grab(&view);
        QCOMPARE(image.size(), QSize(320, 200));
        const QByteArray png = ChartExport::png(image);
        QVERIFY(png.startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(png, "PNG").size(), image.size());
        QVERIFY(ChartExport::png(QImage()).isEmpty());
    }

    void writeIsAtomicAndSaysWhyItFailed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chart.csv"));
        QString error = QStringLiteral("stale");
        QVERIFY(ChartExport::write(path, "time\n", &error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("time\n"));

        // The folder must exist: no folder is made for an export.
        QVERIFY(!ChartExport::write(dir.filePath(QStringLiteral("missing/chart.csv")), "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ChartExport::write(dir.filePath(QStringLiteral("missing/chart.csv")), "x"));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
