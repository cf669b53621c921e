#include "models/sharestack.h"

#include <QTest>

#include <cmath>

// Shares per time slot, stacked: what the traffic chart's share mode draws.
class TestShareStack : public QObject
{
    Q_OBJECT

    static QList<HistoryPoint> points(const QList<std::pair<qint64, double>> &list)
    {
        QList<HistoryPoint> result;
        for (const auto &[time, value] : list)
            result.append(HistoryPoint { time, value });
        return result;
    }

    static bool isNan(double value) { return std::isnan(value); }

private slots:
    void sharesOfTheSlotTotalStackedInOrder()
    {
        const ShareStack stack(
            { points({ { 1000, 1 }, { 2000, 3 } }), points({ { 1000, 3 }, { 2000, 1 } }) });
        QCOMPARE(stack.slotTimes(), QList<qint64>({ 1000, 2000 }));
        QCOMPARE(stack.seriesCount(), 2);
        QCOMPARE(stack.percent(0), QList<double>({ 25.0, 75.0 }));
        QCOMPARE(stack.percent(1), QList<double>({ 75.0, 25.0 }));
        QCOMPARE(stack.lower(0), QList<double>({ 0.0, 0.0 }));
        QCOMPARE(stack.upper(0), QList<double>({ 25.0, 75.0 }));
        QCOMPARE(stack.lower(1), QList<double>({ 25.0, 75.0 }));
        QCOMPARE(stack.upper(1), QList<double>({ 100.0, 100.0 }));
        QCOMPARE(stack.raw(1).at(0).timeMs, 1000);
        QCOMPARE(stack.raw(1).at(0).value, 3.0);
    }

    void slotsAreTheUnionOfTimesAndAMissingValueCountsAsZero()
    {
        const ShareStack stack(
            { points({ { 1000, 2 }, { 3000, 2 } }), points({ { 2000, 5 }, { 3000, 2 } }) });
        QCOMPARE(stack.slotTimes(), QList<qint64>({ 1000, 2000, 3000 }));
        QCOMPARE(stack.percent(0), QList<double>({ 100.0, 0.0, 50.0 }));
        QCOMPARE(stack.percent(1), QList<double>({ 0.0, 100.0, 50.0 }));
        // The raw values keep the hole: a NaN, not a 0.
        QVERIFY(isNan(stack.raw(0).at(1).value));
        QCOMPARE(stack.raw(0).at(1).timeMs, 2000);
    }

    void aSlotWithNothingIsAGapForEverySeries()
    {
        const double nan = std::nan("");
        const ShareStack stack({ points({ { 1000, 0 }, { 2000, nan }, { 3000, 1 } }),
            points({ { 1000, 0 }, { 2000, nan }, { 3000, 1 } }) });
        for (qsizetype series = 0; series < 2; ++series) {
            for (qsizetype slot = 0; slot < 2; ++slot) {
                QVERIFY(isNan(stack.percent(series).at(slot)));
                QVERIFY(isNan(stack.lower(series).at(slot)));
                QVERIFY(isNan(stack.upper(series).at(slot)));
            }
            QCOMPARE(stack.percent(series).at(2), 50.0);
        }
    }

    void nearestSlot()
    {
        const ShareStack stack({ points({ { 1000, 1 }, { 2000, 1 }, { 4000, 1 } }) });
        QCOMPARE(stack.nearestSlot(0), 0);
        QCOMPARE(stack.nearestSlot(1400), 0);
        QCOMPARE(stack.nearestSlot(1600), 1);
        QCOMPARE(stack.nearestSlot(2900), 1);
        QCOMPARE(stack.nearestSlot(3100), 2);
        QCOMPARE(stack.nearestSlot(9000), 2);
        QCOMPARE(ShareStack().nearestSlot(1000), -1);
        QCOMPARE(ShareStack().seriesCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShareStack)
#include "tst_sharestack.moc"
