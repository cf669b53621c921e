#include "models/historypoint.h"

#include <QTest>

#include <cmath>

// The one averaging rule shared by the history and the chart.
class TestHistoryPoint : public QObject
{
    Q_OBJECT

private:
    static QList<HistoryPoint> pointsFrom(qint64 firstSlot, const QList<double> &values, qint64 stepMs = 1000)
    {
        QList<HistoryPoint> points;
        for (qsizetype i = 0; i < values.size(); ++i)
            points.append({ (firstSlot + i) * stepMs, values.at(i) });
        return points;
    }

private slots:
    void fewPointsAreKeptAsTheyAre()
    {
        const QList<HistoryPoint> points = pointsFrom(7, { 1, 2, 3 });
        const QList<HistoryPoint> averaged = averageHistoryPoints(points, 1000, 3);
        QCOMPARE(averaged.size(), 3);
        QCOMPARE(averaged.at(1).value, 2.0);
        QCOMPARE(averageHistoryPoints(points, 3).size(), 3);
    }

    void bucketsAreAlignedOnTheirWidth()
    {
        // 10 slots from slot 3 into 5 points: width (10 + 3) / 4 = 3, buckets start at
        // multiples of 3: [3..5] [6..8] [9..11] [12].
        const QList<HistoryPoint> averaged =
            averageHistoryPoints(pointsFrom(3, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }), 1000, 5);
        QCOMPARE(averaged.size(), 4);
        QCOMPARE(averaged.at(0).timeMs, 3000);
        QCOMPARE(averaged.at(0).value, 2.0);
        QCOMPARE(averaged.at(1).timeMs, 6000);
        QCOMPARE(averaged.at(1).value, 5.0);
        QCOMPARE(averaged.at(3).timeMs, 12000);
        QCOMPARE(averaged.at(3).value, 10.0);
    }

    void slidingByOneSlotKeepsTheInnerAverages()
    {
        QList<double> values;
        for (int i = 0; i < 100; ++i)
            values.append(i % 7);
        const QList<HistoryPoint> all = pointsFrom(0, values);
        const QList<HistoryPoint> before = averageHistoryPoints(all.mid(0, 99), 1000, 10);
        const QList<HistoryPoint> after = averageHistoryPoints(all.mid(1, 99), 1000, 10);
        // Every bucket both windows cover whole has the same time and the same average.
        for (qsizetype i = 1; i + 1 < before.size(); ++i) {
            QCOMPARE(after.at(i).timeMs, before.at(i).timeMs);
            QCOMPARE(after.at(i).value, before.at(i).value);
        }
    }

    void gapsAreLeftOutOfTheMeanAndAnEmptyBucketIsAGap()
    {
        // Slots 2..7 into 2 points: width 6, buckets [0..5] and [6..11].
        const double gap = std::nan("");
        const QList<HistoryPoint> averaged =
            averageHistoryPoints(pointsFrom(2, { 2, gap, 4, gap, gap, gap }), 1000, 2);
        QCOMPARE(averaged.size(), 2);
        QCOMPARE(averaged.at(0).value, 3.0);
        QVERIFY(std::isnan(averaged.at(1).value));
    }

    void theStepIsTakenFromThePoints()
    {
        QList<double> values;
        for (int i = 0; i < 40; ++i)
            values.append(i);
        const QList<HistoryPoint> points = pointsFrom(0, values, 10000);
        const QList<HistoryPoint> averaged = averageHistoryPoints(points, 10);
        QVERIFY(averaged.size() <= 10);
        const QList<HistoryPoint> stepped = averageHistoryPoints(points, 10000, 10);
        QCOMPARE(averaged.size(), stepped.size());
        for (qsizetype i = 0; i < averaged.size(); ++i) {
            QCOMPARE(averaged.at(i).timeMs, stepped.at(i).timeMs);
            QCOMPARE(averaged.at(i).value, stepped.at(i).value);
        }
        QCOMPARE(averageHistoryPoints(points.mid(0, 1), 0).size(), 1);
    }

    void onePointAtMost()
    {
        const QList<HistoryPoint> averaged = averageHistoryPoints(pointsFrom(5, { 1, 2, 3, 6 }), 1000, 0);
        QCOMPARE(averaged.size(), 1);
        QCOMPARE(averaged.at(0).timeMs, 5000);
        QCOMPARE(averaged.at(0).value, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPoint)
#include "tst_historypoint.moc"
