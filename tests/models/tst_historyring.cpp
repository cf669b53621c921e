#include "models/historyring.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

// What a 12-bit history slot keeps of a value: no sample, exact zeros and small integers, and
// any other value within the stated relative error.
class TestHistoryRing : public QObject
{
    Q_OBJECT

    static double roundTrip(double value) { return HistoryRing::decode(HistoryRing::encode(float(value))); }
    static double relativeError(double value) { return std::abs(roundTrip(value) - value) / value; }

private slots:
    void noSampleAndZeroAreKept()
    {
        QVERIFY(std::isnan(roundTrip(std::nan(""))));
        QCOMPARE(HistoryRing::encode(std::numeric_limits<float>::quiet_NaN()), HistoryRing::NoSampleCode);
        QCOMPARE(HistoryRing::encode(0.0f), HistoryRing::ZeroCode);
        QCOMPARE(roundTrip(0.0), 0.0);
        QVERIFY(!std::signbit(roundTrip(-0.0)));
        // History values are never negative; were one, it is not taken for a large one.
        QCOMPARE(roundTrip(-5.0), 0.0);
        // No value takes the no-sample code, however large.
        QVERIFY(!std::isnan(roundTrip(std::numeric_limits<float>::infinity())));
        QVERIFY(!std::isnan(roundTrip(std::numeric_limits<float>::max())));
        QVERIFY(roundTrip(1e30) >= 1e12);
    }

    void smallIntegersAreExact()
    {
        for (int n = 0; n <= 128; ++n)
            QCOMPARE(roundTrip(n), double(n));
        // Larger round figures a test or a chart meets often.
        for (double n : { 0.5, 0.25, 5.5, 6.0, 1000.0, 1024.0, 4096.0, 1048576.0 })
            QCOMPARE(roundTrip(n), n);
    }

    void relativeErrorIsBounded()
    {
        // Every value from one event in a week per second to 100 Gbit/s in bytes, on a fine
        // log scale and at random.
        double worst = 0;
        for (double value = 1e-6; value < 1.25e10; value *= 1.001)
            worst = std::max(worst, relativeError(value));
        QRandomGenerator random(19);
        for (int i = 0; i < 100'000; ++i)
            worst = std::max(worst, relativeError(std::exp(random.bounded(36.0) - 13)));
        QVERIFY2(worst <= HistoryRing::MaxRelativeError, qPrintable(QString::number(worst)));
        // The bound is tight: the codes are not wasted on less precision than said.
        QVERIFY2(worst > HistoryRing::MaxRelativeError * 0.9, qPrintable(QString::number(worst)));
        // Below the range: zero.
        QCOMPARE(roundTrip(1e-9), 0.0);
    }

    void codesAreMonotonic()
    {
        // A larger value never reads back smaller: a chart keeps its shape.
        double previous = 0;
        for (double value = 1e-7; value < 1e12; value *= 1.0007) {
            const double back = roundTrip(value);
            QVERIFY2(back >= previous, qPrintable(QString::number(value)));
            previous = back;
        }
    }

    void packedSlotsKeepTheirNeighbours()
    {
        HistoryRing ring;
        QCOMPARE(ring.capacityBytes(), 0);
        ring.resize(7);
        QCOMPARE(ring.size(), 7);
        QCOMPARE(ring.capacityBytes(), HistoryRing::bytesFor(7));
        QCOMPARE(HistoryRing::bytesFor(7), 12);
        QCOMPARE(HistoryRing::bytesFor(600), 900);
        for (qsizetype i = 0; i < ring.size(); ++i)
            QVERIFY(std::isnan(ring.at(i)));
        for (qsizetype i = 0; i < ring.size(); ++i)
            ring.set(i, float(i * 10));
        ring.set(3, 0);
        ring.setCode(4, HistoryRing::NoSampleCode);
        const QList<double> expected { 0, 10, 20, 0, std::nan(""), 50, 60 };
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (std::isnan(expected.at(i)))
                QVERIFY(std::isnan(ring.at(i)));
            else
                QCOMPARE(double(ring.at(i)), expected.at(i));
        }
        // Every code survives next to every other one.
        for (HistoryRing::Code code = 0; code <= HistoryRing::NoSampleCode; ++code) {
            ring.setCode(1, code);
            ring.setCode(2, HistoryRing::Code(HistoryRing::NoSampleCode - code));
            QCOMPARE(ring.codeAt(1), code);
            QCOMPARE(ring.codeAt(2), HistoryRing::Code(HistoryRing::NoSampleCode - code));
            QCOMPARE(double(ring.at(0)), 0.0);
            QCOMPARE(double(ring.at(3)), 0.0);
        }
    }

    void fillIsSetCodeOnARange()
    {
        for (qsizetype first = 0; first < 4; ++first) {
            for (qsizetype count = 0; count < 9; ++count) {
                HistoryRing filled;
                HistoryRing set;
                filled.resize(14);
                set.resize(14);
                for (qsizetype i = 0; i < 14; ++i) {
                    filled.setCode(i, HistoryRing::Code(i + 1));
                    set.setCode(i, HistoryRing::Code(i + 1));
                }
                filled.fill(first, count, 0xabc);
                for (qsizetype i = first; i < first + count; ++i)
                    set.setCode(i, 0xabc);
                for (qsizetype i = 0; i < 14; ++i)
                    QCOMPARE(filled.codeAt(i), set.codeAt(i));
            }
        }
    }

    void growingKeepsSlotsAndClearingForgetsThem()
    {
        HistoryRing ring;
        ring.resize(3);
        ring.set(2, 42);
        ring.reserve(100);
        QCOMPARE(ring.capacity(), 100);
        QCOMPARE(ring.size(), 3);
        QCOMPARE(double(ring.at(2)), 42.0);
        ring.resize(10);
        QCOMPARE(double(ring.at(2)), 42.0);
        QVERIFY(std::isnan(ring.at(3)));
        QVERIFY(std::isnan(ring.at(9)));
        // A cleared ring keeps its memory, and its slots read as new once grown again.
        ring.set(5, 7);
        ring.clear();
        QCOMPARE(ring.size(), 0);
        QCOMPARE(ring.capacity(), 100);
        ring.resize(10);
        for (qsizetype i = 0; i < ring.size(); ++i)
            QVERIFY(std::isnan(ring.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRing)
#include "tst_historyring.moc"
