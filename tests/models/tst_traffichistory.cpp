#include "models/historyring.h"
#include "models/historystore.h"

#include <QBitArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

// Rates from cumulative counters, gaps (resets, lost connections, absent values) that stay
// gaps, the tiers that average them, and the bounds on memory.
class TestTrafficHistory : public QObject
{
    Q_OBJECT

    // Aligned on 10 minutes, so that every tier's slots start on a whole second of the test.
    static constexpr qint64 T0 = 1'700'000'400'000;
    static constexpr qint64 Mono0 = 5'000'000;

    // A server whose counters all follow `n` (sessions so far), each at its own multiple.
    static StatRow server(const QByteArray &proxy, const QByteArray &name, qint64 n)
    {
        StatRow row;
        row.pxname = proxy;
        row.svname = name;
        row.type = StatRow::Type::Server;
        row.stot = n;
        row.reqTot = 2 * n;
        row.lbtot = n;
        row.bin = 100 * n;
        row.bout = 1000 * n;
        row.hrsp2xx = n;
        row.hrsp3xx = 0;
        row.hrsp4xx = 0;
        row.hrsp5xx = 0;
        row.econ = 0;
        row.eresp = 0;
        row.scur = 5;
        row.qcur = 1;
        row.rtime = 20;
        row.ttime = 40;
        return row;
    }
    static StatRow s1(qint64 n) { return server("be", "s1", n); }

    // A poll `atMs` after T0 (wall clock) and after Mono0 (steady clock).
    static SnapshotPtr snapshot(qint64 atMs, const QList<StatRow> &rows, bool countersReset = false)
    {
        auto s = std::make_shared<Snapshot>();
        s->takenAtMs = T0 + atMs;
        s->monotonicMs = Mono0 + atMs;
        s->stat.rows = rows;
        s->countersReset = countersReset;
        return s;
    }

    static QString key() { return QStringLiteral("s/be/s1"); }

    // The tier-0 value of the slot starting `atMs` after T0 (NaN: a gap; -1: no such point).
    static double at(const InstanceHistory &history, Metric metric, qint64 atMs)
    {
        const QList<HistoryPoint> points = history.series(key(), metric, T0 + atMs, T0 + atMs);
        if (points.size() != 1 || points.first().timeMs != T0 + atMs)
            return -1;
        return points.first().value;
    }

    // Within what a history slot keeps of a value (HistoryRing's 12-bit codes).
    static bool near(double actual, double expected)
    {
        return std::abs(actual - expected) <= std::abs(expected) * HistoryRing::MaxRelativeError;
    }

    // Feeds one server from `fromS` to `toS` seconds, every `stepS`, at `perSecond` sessions/s.
    static void feed(
        InstanceHistory &history, qint64 fromS, qint64 toS, qint64 stepS, qint64 perSecond, qint64 offset = 0)
    {
        for (qint64 t = fromS; t <= toS; t += stepS)
            history.addSnapshot(snapshot(t * 1000, { s1(offset + t * perSecond) }));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void steadyCountersGiveExactRates()
    {
        InstanceHistory history;
        history.setRecordedMetrics(InstanceHistory::allMetrics());
        feed(history, 0, 10, 1, 10);
        // The first snapshot is only a baseline.
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 0)));
        for (qint64 t = 1; t <= 10; ++t) {
            QCOMPARE(at(history, Metric::SessionRate, t * 1000), 10.0);
            QCOMPARE(at(history, Metric::RequestRate, t * 1000), 20.0);
            QCOMPARE(at(history, Metric::BytesInRate, t * 1000), 1000.0);
            // 12-bit slots: 10,000 reads back as 9,984.
            QVERIFY(near(at(history, Metric::BytesOutRate, t * 1000), 10000.0));
            QCOMPARE(at(history, Metric::Http5xxRate, t * 1000), 0.0);
        }
        QCOMPARE(history.latest(key(), Metric::LbRate), 10.0);
        QCOMPARE(history.keys(), QStringList { key() });
        QCOMPARE(history.lastTimeMs(), T0 + 10'000);
        QCOMPARE(history.firstTimeMs(), T0);

        // A 2 s poll: the rate is the interval's average and fills both of its slots.
        history.addSnapshot(snapshot(12'000, { s1(10 * 10 + 2 * 30) }));
        QCOMPARE(at(history, Metric::SessionRate, 11'000), 30.0);
        QCOMPARE(at(history, Metric::SessionRate, 12'000), 30.0);
        // The rate divides by the steady clock, not the wall clock.
        auto skewed = std::make_shared<Snapshot>(*snapshot(13'000, { s1(160 + 40) }));
        skewed->monotonicMs += 1000; // 2 s really went by
        history.addSnapshot(skewed);
        QCOMPARE(at(history, Metric::SessionRate, 13'000), 20.0);
    }

    void resetFlagIsAGap()
    {
        InstanceHistory history;
        feed(history, 0, 5, 1, 10);
        // HAProxy restarted: counters start again from zero.
        history.addSnapshot(snapshot(6000, { s1(7) }, true));
        history.addSnapshot(snapshot(7000, { s1(17) }));
        QCOMPARE(at(history, Metric::SessionRate, 5000), 10.0);
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 6000)));
        QCOMPARE(at(history, Metric::SessionRate, 7000), 10.0);
        // The flag alone is enough, even when the counters happen to be higher.
        history.addSnapshot(snapshot(8000, { s1(1000) }, true));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 8000)));
        // The gauges do not depend on counters.
        QCOMPARE(at(history, Metric::CurrentSessions, 6000), 5.0);
    }

    void counterGoingBackIsAGap()
    {
        InstanceHistory history;
        history.setRecordedMetrics(InstanceHistory::allMetrics());
        feed(history, 0, 3, 1, 10);
        // `clear counters` between two polls, not flagged; then only econ goes back.
        history.addSnapshot(snapshot(4000, { s1(5) }));
        history.addSnapshot(snapshot(5000, { s1(15) }));
        StatRow errors = s1(25);
        errors.econ = 50;
        history.addSnapshot(snapshot(6000, { errors }));
        errors = s1(35);
        errors.econ = 3;
        history.addSnapshot(snapshot(7000, { errors }));
        history.addSnapshot(snapshot(8000, { s1(45) }));

        QVERIFY(std::isnan(at(history, Metric::SessionRate, 4000)));
        QVERIFY(std::isnan(at(history, Metric::BytesOutRate, 4000)));
        QCOMPARE(at(history, Metric::SessionRate, 5000), 10.0);
        QCOMPARE(at(history, Metric::ConnectionErrorRate, 6000), 50.0);
        QVERIFY(std::isnan(at(history, Metric::ConnectionErrorRate, 7000)));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 7000))); // the whole row's interval
        QVERIFY(std::isnan(at(history, Metric::ConnectionErrorRate, 8000))); // 3 -> 0: back again
        // Nothing negative anywhere.
        for (Metric metric : InstanceHistory::allMetrics()) {
            const QList<HistoryPoint> points = history.series(key(), metric, T0, T0 + 8000);
            for (const HistoryPoint &point : points)
                QVERIFY2(std::isnan(point.value) || point.value >= 0, qPrintable(MetricInfo::name(metric)));
        }
    }

    void longGapIsAGapWithoutSpike()
    {
        InstanceHistory history;
        feed(history, 0, 10, 1, 10);
        // 30 s without an answer, while 3,000 sessions went by.
        const qint64 offset = 2700;
        history.addSnapshot(snapshot(40'000, { s1(offset + 400) }));
        history.addSnapshot(snapshot(41'000, { s1(offset + 410) }));
        for (qint64 t = 11; t <= 40; ++t)
            QVERIFY2(std::isnan(at(history, Metric::SessionRate, t * 1000)), qPrintable(QString::number(t)));
        QCOMPARE(at(history, Metric::SessionRate, 41'000), 10.0);
        // A gauge is a reading at its instant: kept, but not stretched over the gap.
        QCOMPARE(at(history, Metric::CurrentSessions, 40'000), 5.0);
        QVERIFY(std::isnan(at(history, Metric::CurrentSessions, 39'000)));
        // The 10 s slots the gap covers have no samples at all.
        feed(history, 42, 700, 1, 10, offset);
        const QList<HistoryPoint> coarse = history.series(key(), Metric::SessionRate, T0, T0 + 700'000);
        QVERIFY(coarse.size() >= 2);
        QCOMPARE(coarse.at(1).timeMs - coarse.at(0).timeMs, 10'000); // the 10 s tier
        QCOMPARE(coarse.at(0).value, 10.0); // slots 1..9
        QVERIFY(std::isnan(coarse.at(2).value)); // 20..29 s
        QVERIFY(std::isnan(coarse.at(3).value)); // 30..39 s
        QCOMPARE(coarse.at(4).value, 10.0); // 41..49 s: no spike from the 3,000 sessions
    }

    void markDisconnectedStartsANewBaseline()
    {
        InstanceHistory history;
        feed(history, 0, 5, 1, 10);
        history.markDisconnected();
        // Within maxGapMs, but across a reconnect: no rate from the old baseline.
        history.addSnapshot(snapshot(7000, { s1(500) }));
        history.addSnapshot(snapshot(8000, { s1(510) }));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 6000)));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 7000)));
        QCOMPARE(at(history, Metric::SessionRate, 8000), 10.0);
    }

    void gaugesAreReadAsTheyAre()
    {
        InstanceHistory history;
        history.setRecordedMetrics(InstanceHistory::allMetrics());
        for (qint64 t = 0; t <= 4; ++t) {
            StatRow row = s1(t);
            row.scur = 10 + t;
            row.qcur = t;
            row.rtime = 100 * t;
            row.ttime = 7;
            history.addSnapshot(snapshot(t * 1000, { row }));
        }
        QCOMPARE(at(history, Metric::CurrentSessions, 0), 10.0); // no baseline needed
        QCOMPARE(at(history, Metric::CurrentSessions, 3000), 13.0);
        QCOMPARE(at(history, Metric::Queue, 4000), 4.0);
        QCOMPARE(at(history, Metric::ResponseTime, 2000), 200.0);
        QCOMPARE(history.latest(key(), Metric::TotalTime), 7.0);
        // Two polls in one second average; a 3 s poll holds the reading over its interval.
        StatRow row = s1(5);
        row.scur = 20;
        history.addSnapshot(snapshot(4500, { row }));
        QCOMPARE(at(history, Metric::CurrentSessions, 4000), 17.0);
        row.scur = 3;
        history.addSnapshot(snapshot(7500, { row }));
        QCOMPARE(at(history, Metric::CurrentSessions, 5000), 3.0);
        QCOMPARE(at(history, Metric::CurrentSessions, 7000), 3.0);
    }

    void absentValuesAreNotZero()
    {
        InstanceHistory history;
        history.setRecordedMetrics(InstanceHistory::allMetrics());
        StatRow tcp = server("tcp", "s1", 0);
        tcp.reqTot = tcp.hrsp2xx = tcp.hrsp3xx = tcp.hrsp4xx = tcp.hrsp5xx = StatRow::NoValue;
        tcp.rtime = StatRow::NoValue;
        const QString tcpKey = QStringLiteral("s/tcp/s1");
        for (qint64 t = 0; t <= 3; ++t) {
            tcp.stot = t;
            StatRow http = s1(t);
            if (t == 2)
                http.qcur = http.hrsp2xx = StatRow::NoValue; // left out of one answer
            history.addSnapshot(snapshot(t * 1000, { tcp, http }));
        }
        // Never seen: no series at all (no memory either).
        QVERIFY(history.series(tcpKey, Metric::RequestRate, T0, T0 + 3000).isEmpty());
        QVERIFY(history.series(tcpKey, Metric::ResponseTime, T0, T0 + 3000).isEmpty());
        QVERIFY(std::isnan(history.latest(tcpKey, Metric::Http5xxRate)));
        QCOMPARE(history.latest(tcpKey, Metric::SessionRate), 1.0);
        // Missing once: a gap, not 0; and no rate right after (no baseline).
        QCOMPARE(at(history, Metric::Queue, 1000), 1.0);
        QVERIFY(std::isnan(at(history, Metric::Queue, 2000)));
        QCOMPARE(at(history, Metric::Queue, 3000), 1.0);
        QVERIFY(std::isnan(at(history, Metric::Http2xxRate, 2000)));
        QVERIFY(std::isnan(at(history, Metric::Http2xxRate, 3000)));
        QCOMPARE(at(history, Metric::SessionRate, 3000), 1.0);

        // A server missing from a snapshot has a gap there, and no rate over its absence.
        history.addSnapshot(snapshot(4000, { tcp }));
        history.addSnapshot(snapshot(5000, { tcp, s1(50) }));
        history.addSnapshot(snapshot(6000, { tcp, s1(51) }));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 4000)));
        QVERIFY(std::isnan(at(history, Metric::SessionRate, 5000)));
        QCOMPARE(at(history, Metric::SessionRate, 6000), 1.0);
        QCOMPARE(history.keys().size(), 2);
    }

    void tiersAverageTheFinerSamples()
    {
        InstanceHistory history;
        // The rate in second s is s % 10 + 1: 1, 2... 10 in every 10 s slot, 5.5 on average.
        qint64 sessions = 0;
        history.addSnapshot(snapshot(0, { s1(0) }));
        for (qint64 t = 1; t <= 700; ++t) {
            sessions += (t % 10) + 1;
            history.addSnapshot(snapshot(t * 1000, { s1(sessions) }));
        }
        QCOMPARE(at(history, Metric::SessionRate, 690'000), 1.0);
        QCOMPARE(at(history, Metric::SessionRate, 699'000), 10.0);
        // The last 20 minutes no longer fit the 1 s tier (10 min): the 10 s one answers.
        const QList<HistoryPoint> tens =
            history.series(key(), Metric::SessionRate, T0 + 10'000, T0 + 699'999);
        QCOMPARE(tens.size(), 69);
        for (const HistoryPoint &point : tens)
            QCOMPARE(point.value, 5.5);
        QCOMPARE(tens.first().timeMs, T0 + 10'000);
        QCOMPARE(tens.last().timeMs, T0 + 690'000);
        // The first slot has 9 samples (2..10): the baseline second has none.
        QCOMPARE(history.series(key(), Metric::SessionRate, T0, T0 + 5'000).first().value, 6.0);
    }

    void ringsAreBounded()
    {
        InstanceHistory history;
        history.setMaxGapMs(15'000);
        // Eight days at one poll every 10 s (each fills ten 1 s slots): every ring wraps.
        const qint64 day = 86'400;
        qsizetype afterSevenAndAHalfDays = 0;
        // A server seen once, on the first day, is forgotten once its slots aged out.
        history.addSnapshot(snapshot(0, { server("be", "gone", 0) }));
        QCOMPARE(history.keys().size(), 1);
        for (qint64 t = 0; t <= 8 * day; t += 10) {
            history.addSnapshot(snapshot(t * 1000, { s1(t * 10) }));
            if (t == 7 * day + day / 2)
                afterSevenAndAHalfDays = history.memoryBytes();
        }
        const qint64 now = T0 + 8 * day * 1000;
        QCOMPARE(history.memoryBytes(), afterSevenAndAHalfDays);
        QCOMPARE(history.keys(), QStringList { key() });
        // One series per metric recorded by default (this row has them all), each at most
        // the sum of the tiers' capacities.
        qsizetype floats = 0;
        for (const InstanceHistory::Tier &tier : InstanceHistory::Tiers)
            floats += tier.capacity;
        const qsizetype series = InstanceHistory::defaultRecordedMetrics().size();
        QVERIFY2(history.memoryBytes() < series * (floats * qsizetype(sizeof(float)) + 512) + 4096,
            qPrintable(QString::number(history.memoryBytes())));
        // Oldest dropped: the 10-minute tier keeps 7 days (1,008 slots up to the one before
        // the current second's: the newest second is passed on once complete), the 1 s tier
        // its last 600 s.
        QCOMPARE(history.firstTimeMs(), now - 1008 * 600'000);
        const QList<HistoryPoint> seconds =
            history.series(key(), Metric::SessionRate, now - 599'000, now, 100'000);
        QCOMPARE(seconds.size(), 600);
        QCOMPARE(seconds.first().timeMs, now - 599'000);
        for (const HistoryPoint &point : seconds)
            QCOMPARE(point.value, 10.0);
        const QList<HistoryPoint> all = history.series(key(), Metric::SessionRate, T0, now, 100'000);
        QCOMPARE(all.size(), 1008);
        QCOMPARE(all.first().timeMs, now - 1008 * 600'000);

        // A gap after the rings wrapped: its slots are empty, not what they held 600 s ago.
        history.addSnapshot(snapshot(8 * day * 1000 + 60'000, { s1(8 * day * 10 + 600) }));
        for (qint64 t = 1; t <= 60; ++t)
            QVERIFY(std::isnan(at(history, Metric::SessionRate, 8 * day * 1000 + t * 1000)));
    }

    void seriesPicksTheTierAndDownsamples()
    {
        InstanceHistory history;
        history.setMaxGapMs(15'000);
        // 25 h at one poll every 10 s, with the connection lost from 12 h to 12 h 30.
        const qint64 hour = 3600;
        for (qint64 t = 0; t <= 25 * hour; t += 10) {
            if (t > 12 * hour && t < 12 * hour + hour / 2)
                continue;
            history.addSnapshot(snapshot(t * 1000, { s1(t * 10) }));
        }
        const qint64 now = T0 + 25 * hour * 1000;
        const auto spacing = [](const QList<HistoryPoint> &points) {
            return points.size() < 2 ? 0 : points.at(1).timeMs - points.at(0).timeMs;
        };
        const QList<HistoryPoint> fiveMinutes =
            history.series(key(), Metric::SessionRate, now - 300'000, now);
        QCOMPARE(spacing(fiveMinutes), 1000);
        QCOMPARE(fiveMinutes.size(), 301);
        const QList<HistoryPoint> oneHour =
            history.series(key(), Metric::SessionRate, now - hour * 1000, now);
        QCOMPARE(spacing(oneHour), 10'000);
        // 360, not 361: the slot starting now holds only the current second, not yet passed on.
        QCOMPARE(oneHour.size(), 360);
        const QList<HistoryPoint> oneDay =
            history.series(key(), Metric::SessionRate, now - 24 * hour * 1000, now);
        QCOMPARE(spacing(oneDay), 60'000);
        QVERIFY(oneDay.size() >= 1440);
        // Older than the 1-minute tier keeps: the 10-minute one.
        QCOMPARE(spacing(history.series(key(), Metric::SessionRate, T0, now)), 600'000);

        // Downsampled to a 400-pixel chart: at most 400 points, the gap still there.
        const QList<HistoryPoint> small =
            history.series(key(), Metric::SessionRate, now - 24 * hour * 1000, now, 400);
        QVERIFY2(small.size() <= 400, qPrintable(QString::number(small.size())));
        QVERIFY(small.size() >= 300);
        int gaps = 0;
        for (const HistoryPoint &point : small) {
            const qint64 sinceStart = (point.timeMs - T0) / 1000;
            if (std::isnan(point.value)) {
                ++gaps;
                QVERIFY(sinceStart >= 12 * hour - 240 && sinceStart <= 12 * hour + hour / 2);
            } else {
                QCOMPARE(point.value, 10.0); // averages of a steady rate: no dip around the gap
            }
        }
        QVERIFY2(gaps >= 5, qPrintable(QString::number(gaps)));
        // Points stay in time order, inside the range asked for.
        for (qsizetype i = 1; i < small.size(); ++i)
            QVERIFY(small.at(i).timeMs > small.at(i - 1).timeMs);
        QVERIFY(small.first().timeMs >= now - 24 * hour * 1000 - 60'000);
        QCOMPARE(history.series(key(), Metric::SessionRate, now - 1000, now, 1).size(), 1);
        QVERIFY(history.series(QStringLiteral("s/be/nope"), Metric::SessionRate, T0, now).isEmpty());
        QVERIFY(history.series(QStringLiteral("garbage"), Metric::SessionRate, T0, now).isEmpty());
    }

    void recordedMetricsAreConfigurable()
    {
        InstanceHistory history;
        QVERIFY(!history.isRecorded(Metric::Http2xxRate));
        feed(history, 0, 3, 1, 10);
        QVERIFY(history.series(key(), Metric::Http2xxRate, T0, T0 + 3000).isEmpty());
        const qsizetype before = history.memoryBytes();
        history.setRecordedMetrics({ Metric::SessionRate });
        QCOMPARE(history.recordedMetrics(), QList<Metric> { Metric::SessionRate });
        QVERIFY(history.memoryBytes() < before);
        QVERIFY(history.series(key(), Metric::CurrentSessions, T0, T0 + 3000).isEmpty());
        QCOMPARE(history.latest(key(), Metric::SessionRate), 10.0);
    }

    void storeKeepsInstancesApart()
    {
        HistoryStore store;
        QSignalSpy updated(&store, &HistoryStore::updated);
        const QString a = QStringLiteral("unix:/run/a.sock"), b = QStringLiteral("127.0.0.1:9999");
        for (qint64 t = 0; t <= 5; ++t) {
            store.addSnapshot(a, snapshot(t * 1000, { s1(t * 10) }));
            store.addSnapshot(b, snapshot(t * 1000, { s1(t * 1000), server("other", "x", t) }));
        }
        // Recorded on the store's worker; updated() comes through the event loop.
        QCOMPARE(updated.size(), 0);
        store.waitForIdle();
        QCOMPARE(updated.size(), 12);
        QCOMPARE(updated.last().first().toString(), b);
        QCOMPARE(store.find(a)->latest(key(), Metric::SessionRate), 10.0);
        QCOMPARE(store.find(b)->latest(key(), Metric::SessionRate), 1000.0);
        QCOMPARE(store.find(a)->keys().size(), 1);
        QVERIFY(!store.find(QStringLiteral("nope")));
        QStringList instances = store.instances();
        instances.sort();
        QCOMPARE(instances, (QStringList { b, a }));

        // A reconnect to `a` (a new Poller: its counters are where HAProxy left them)
        // continues the same history, with a gap and no spike.
        store.markDisconnected(a);
        InstanceHistory *history = store.history(a);
        for (qint64 t = 8; t <= 10; ++t)
            store.addSnapshot(a, snapshot(t * 1000, { s1(t * 10 + 70) }));
        store.waitForIdle();
        QCOMPARE(store.history(a), history);
        const QList<HistoryPoint> points = history->series(key(), Metric::SessionRate, T0, T0 + 10'000);
        QCOMPARE(points.size(), 11);
        QCOMPARE(points.at(5).value, 10.0);
        QVERIFY(std::isnan(points.at(6).value));
        QVERIFY(std::isnan(points.at(8).value));
        QCOMPARE(points.at(9).value, 10.0);
        QCOMPARE(store.find(b)->series(key(), Metric::SessionRate, T0, T0 + 10'000).size(), 6);
    }

    // Reads from this thread while the store's worker writes: the same figures as a history
    // fed directly, in the same order, and no race (the tsan/asan builds check that part).
    void storeRecordsOnItsWorkerInOrder()
    {
        HistoryStore store;
        InstanceHistory direct;
        QSignalSpy updated(&store, &HistoryStore::updated);
        const QString id = QStringLiteral("unix:/run/a.sock");
        // Fresh rows for each poll, as a poller's: a snapshot is never changed once shared.
        const auto rowsAt = [](qint64 n) {
            QList<StatRow> rows;
            for (int i = 0; i < 300; ++i)
                rows.append(server("be", "s" + QByteArray::number(i), n));
            return rows;
        };
        for (qint64 t = 0; t <= 120; ++t) {
            const SnapshotPtr s = snapshot(t * 1000, rowsAt(t * 10 + (t > 60 ? 500 : 0)));
            if (t == 61) {
                // Reconnected: no spike across the jump of the counters.
                store.markDisconnected(id);
                direct.markDisconnected();
            }
            store.addSnapshot(id, s);
            direct.addSnapshot(s);
            if (const InstanceHistory *h = store.find(id)) {
                // A read in the middle of a write waits for it, and sees whole snapshots.
                const QList<HistoryPoint> points = h->series(key(), Metric::SessionRate, T0, T0 + 200'000);
                for (const HistoryPoint &point : points)
                    QVERIFY(std::isnan(point.value) || point.value == 10.0);
                QVERIFY(h->keys().size() <= 300);
            }
        }
        store.waitForIdle();
        QCOMPARE(updated.size(), 121);
        const InstanceHistory *h = store.find(id);
        QVERIFY(h);
        QCOMPARE(h->keys().size(), 300);
        for (const QString &k : { key(), QStringLiteral("s/be/s299") }) {
            const QList<HistoryPoint> viaStore = h->series(k, Metric::SessionRate, T0, T0 + 120'000);
            const QList<HistoryPoint> expected = direct.series(k, Metric::SessionRate, T0, T0 + 120'000);
            QCOMPARE(viaStore.size(), expected.size());
            QCOMPARE(viaStore.size(), 121);
            for (qsizetype i = 0; i < viaStore.size(); ++i) {
                QCOMPARE(viaStore.at(i).timeMs, expected.at(i).timeMs);
                QCOMPARE(std::isnan(viaStore.at(i).value), std::isnan(expected.at(i).value));
            }
            QVERIFY(std::isnan(viaStore.at(61).value)); // the disconnect ran between 60 and 61
            QCOMPARE(viaStore.at(62).value, 10.0);
        }
    }

    void storeDestroyedWithWorkQueued()
    {
        QList<StatRow> rows;
        for (int i = 0; i < 2000; ++i)
            rows.append(server("be", "s" + QByteArray::number(i), i));
        auto store = std::make_unique<HistoryStore>();
        QSignalSpy updated(store.get(), &HistoryStore::updated);
        for (qint64 t = 0; t < 50; ++t)
            store->addSnapshot(QStringLiteral("a"), snapshot(t * 1000, rows));
        store.reset(); // stops the worker before the histories go; nothing delivered after
        QCoreApplication::processEvents();
        QCOMPARE(updated.size(), 0);
    }

    void storeAppliesItsBudget()
    {
        HistoryStore store;
        QCOMPARE(store.budgetBytes(), InstanceHistory::DefaultBudgetBytes);
        QCOMPARE(store.history(QStringLiteral("a"))->budgetBytes(), InstanceHistory::DefaultBudgetBytes);
        store.setBudgetBytes(4'000'000);
        QCOMPARE(store.history(QStringLiteral("a"))->budgetBytes(), 4'000'000);
        QCOMPARE(store.history(QStringLiteral("b"))->budgetBytes(), 4'000'000);
    }

    // A frontend and backends of servers, as `show stat` lists them.
    static QList<StatRow> instanceRows(int backends, int serversEach, qint64 n)
    {
        QList<StatRow> rows;
        StatRow frontend = server("fe", "FRONTEND", n);
        frontend.type = StatRow::Type::Frontend;
        rows.append(frontend);
        for (int b = 0; b < backends; ++b) {
            const QByteArray proxy = "be" + QByteArray::number(b);
            for (int s = 0; s < serversEach; ++s)
                rows.append(server(proxy, "s" + QByteArray::number(s), n));
            StatRow backend = server(proxy, "BACKEND", n);
            backend.type = StatRow::Type::Backend;
            rows.append(backend);
        }
        return rows;
    }

    // What the budget left each object: every recorded metric, the canary ones, or nothing,
    // with servers seen first never worse off than servers seen later.
    static void checkDegradation(const InstanceHistory &history, const QList<StatRow> &rows)
    {
        const QList<Metric> recorded = history.recordedMetrics();
        QList<Metric> reduced;
        for (Metric metric : InstanceHistory::reducedMetrics()) {
            if (history.isRecorded(metric))
                reduced.append(metric);
        }
        qsizetype previous = recorded.size();
        int reducedSeen = 0;
        int unrecordedSeen = 0;
        for (const StatRow &row : rows) {
            const QChar type = row.type == StatRow::Type::Server ? u's'
                : row.type == StatRow::Type::Backend             ? u'b'
                                                                 : u'f';
            const QString key =
                QString(type) + u'/' + QString::fromUtf8(row.pxname) + u'/' + QString::fromUtf8(row.svname);
            const QList<Metric> kept = history.keptMetrics(key);
            if (row.type != StatRow::Type::Server) {
                QCOMPARE(kept, recorded);
                continue;
            }
            QVERIFY2(kept == recorded || kept == reduced || kept.isEmpty(), qPrintable(key));
            QVERIFY2(kept.size() <= previous, qPrintable(key));
            previous = kept.size();
            if (kept == reduced) {
                ++reducedSeen;
                QVERIFY(!history.series(key, Metric::LbRate, T0, T0 + 30 * 86'400'000LL).isEmpty());
                QVERIFY(history.series(key, Metric::BytesOutRate, T0, T0 + 30 * 86'400'000LL).isEmpty());
            } else if (kept.isEmpty()) {
                ++unrecordedSeen;
                QVERIFY(history.series(key, Metric::SessionRate, T0, T0 + 30 * 86'400'000LL).isEmpty());
            }
        }
        QCOMPARE(history.reducedCount(), reducedSeen);
        QCOMPARE(history.unrecordedCount(), unrecordedSeen);
        QCOMPARE(history.isLimited(), reducedSeen + unrecordedSeen > 0);
    }

    void budgetBoundsTheFullRun()
    {
        // Two backends of 20 servers, then a third one on day 2: 10 metrics of 64 objects
        // would take about 4 MB after 7 days; the budget is 1.4 MB.
        constexpr qsizetype budget = 1'400'000;
        {
            InstanceHistory unlimited;
            unlimited.setBudgetBytes(std::numeric_limits<qsizetype>::max());
            unlimited.addSnapshot(snapshot(0, instanceRows(3, 20, 0)));
            QVERIFY2(unlimited.projectedBytes() > 2 * budget,
                qPrintable(QString::number(unlimited.projectedBytes())));
            QVERIFY(!unlimited.isLimited());
        }
        InstanceHistory history;
        QCOMPARE(history.budgetBytes(), InstanceHistory::DefaultBudgetBytes);
        history.setBudgetBytes(budget);
        history.setMaxGapMs(700'000);
        const qint64 day = 86'400;
        const qint64 stepS = 600;
        qsizetype largest = 0;
        for (qint64 t = 0; t <= 9 * day; t += stepS) {
            const QList<StatRow> rows = instanceRows(t < 2 * day ? 2 : 3, 20, t);
            history.addSnapshot(snapshot(t * 1000, rows));
            QVERIFY2(
                history.projectedBytes() <= budget, qPrintable(QString::number(history.projectedBytes())));
            QVERIFY2(history.memoryBytes() <= history.projectedBytes(), qPrintable(QString::number(t)));
            largest = std::max(largest, history.memoryBytes());
            if (t % day == stepS) // new servers have a rate from their second poll on
                checkDegradation(history, rows);
            if (t == day) {
                // 40 servers: each keeps the canary metrics, the first ones everything.
                QVERIFY(history.isLimited());
                QCOMPARE(history.unrecordedCount(), 0);
                QCOMPARE(history.keptMetrics(QStringLiteral("s/be0/s0")), history.recordedMetrics());
                QCOMPARE(history.keptMetrics(QStringLiteral("s/be1/s19")).size(), 3);
            }
        }
        // The rings are full after 7 days: the budget was what bounded them, and used.
        QVERIFY2(largest > budget * 3 / 4, qPrintable(QString::number(largest)));
        QVERIFY(history.isLimited());
        QVERIFY(history.reducedCount() > 0);
        QVERIFY(history.unrecordedCount() > 0);
        QCOMPARE(history.keys().size(), 64);
        // 60 servers: the frontend and backends keep everything, the first servers the
        // canary metrics, the last ones nothing.
        QCOMPARE(history.keptMetrics(QStringLiteral("s/be0/s0")).size(), 3);
        QCOMPARE(history.keptMetrics(QStringLiteral("f/fe/FRONTEND")), history.recordedMetrics());
        QCOMPARE(history.keptMetrics(QStringLiteral("b/be2/BACKEND")), history.recordedMetrics());
        QVERIFY(history.keptMetrics(QStringLiteral("s/be2/s19")).isEmpty());
        const qint64 now = T0 + 9 * day * 1000;
        QCOMPARE(history.latest(QStringLiteral("s/be0/s0"), Metric::SessionRate), 1.0);
        QCOMPARE(
            history.series(QStringLiteral("f/fe/FRONTEND"), Metric::BytesOutRate, now - 60'000, now).size(),
            61);

        // A smaller budget frees memory at once, degrading the same way.
        constexpr qsizetype smaller = budget * 4 / 5;
        history.setBudgetBytes(smaller);
        QVERIFY(history.projectedBytes() <= smaller);
        QVERIFY(history.memoryBytes() <= smaller);
        checkDegradation(history, instanceRows(3, 20, 0));
        const int unrecorded = history.unrecordedCount();
        // The smallest budget there is still holds the frontend and backends.
        history.setBudgetBytes(1);
        QCOMPARE(history.budgetBytes(), InstanceHistory::MinimumBudgetBytes);
        history.addSnapshot(snapshot(9 * day * 1000 + 1000, instanceRows(3, 20, 9 * day + 1)));
        QVERIFY(history.projectedBytes() <= InstanceHistory::MinimumBudgetBytes);
        QVERIFY(history.memoryBytes() <= InstanceHistory::MinimumBudgetBytes);
        checkDegradation(history, instanceRows(3, 20, 0));
        QVERIFY(history.unrecordedCount() > unrecorded);
        // Room again: recording resumes from the next snapshot.
        history.setBudgetBytes(InstanceHistory::DefaultBudgetBytes);
        history.addSnapshot(snapshot(9 * day * 1000 + 2000, instanceRows(3, 20, 9 * day + 2)));
        QVERIFY(!history.isLimited());
        QCOMPARE(history.latest(QStringLiteral("s/be2/s19"), Metric::SessionRate), 1.0);
    }

    // More objects than even their bookkeeping fits in: the ones seen last are not tracked.
    void budgetTooSmallForTheObjects()
    {
        InstanceHistory history;
        history.setBudgetBytes(InstanceHistory::MinimumBudgetBytes);
        const QList<StatRow> rows = instanceRows(20, 100, 0);
        history.addSnapshot(snapshot(0, rows));
        history.addSnapshot(snapshot(1000, instanceRows(20, 100, 1)));
        QVERIFY(history.projectedBytes() <= InstanceHistory::MinimumBudgetBytes);
        QVERIFY(history.memoryBytes() <= InstanceHistory::MinimumBudgetBytes);
        const qsizetype tracked = history.keys().size();
        QVERIFY2(tracked > 20 && tracked < rows.size(), qPrintable(QString::number(tracked)));
        QVERIFY(history.isLimited());
        QCOMPARE(history.latest(QStringLiteral("f/fe/FRONTEND"), Metric::SessionRate), 1.0);
        QVERIFY(!history.keys().contains(QStringLiteral("s/be19/s99")));
        QVERIFY(history.series(QStringLiteral("s/be19/s99"), Metric::SessionRate, T0, T0 + 1000).isEmpty());
        QVERIFY(history.unrecordedCount() >= rows.size() - tracked);
        // Lowered further than that: the newest objects are forgotten, the rest keeps going.
        history.setBudgetBytes(InstanceHistory::DefaultBudgetBytes);
        history.addSnapshot(snapshot(2000, instanceRows(20, 100, 2)));
        QCOMPARE(history.keys().size(), rows.size());
        history.setBudgetBytes(InstanceHistory::MinimumBudgetBytes);
        QVERIFY(history.keys().size() < rows.size());
        QVERIFY(history.memoryBytes() <= InstanceHistory::MinimumBudgetBytes);
        history.addSnapshot(snapshot(3000, instanceRows(20, 100, 3)));
        QVERIFY(history.memoryBytes() <= InstanceHistory::MinimumBudgetBytes);
        QCOMPARE(history.latest(QStringLiteral("f/fe/FRONTEND"), Metric::SessionRate), 1.0);
    }

    // The default budget at 10,000 servers (1,000 backends of 10): every server keeps the
    // canary metrics for 7 days, every frontend and backend every recorded metric.
    void defaultBudgetKeepsEveryServer()
    {
        InstanceHistory history;
        const QList<StatRow> rows = instanceRows(1000, 10, 0);
        history.addSnapshot(snapshot(0, rows));
        QCOMPARE(history.keys().size(), 11'001);
        QCOMPARE(history.unrecordedCount(), 0);
        QVERIFY2(history.projectedBytes() <= InstanceHistory::DefaultBudgetBytes,
            qPrintable(QString::number(history.projectedBytes())));
        QCOMPARE(history.keptMetrics(QStringLiteral("s/be999/s9")).size(), 3);
        QCOMPARE(history.keptMetrics(QStringLiteral("s/be0/s0")), history.recordedMetrics());
        QCOMPARE(history.keptMetrics(QStringLiteral("b/be999/BACKEND")), history.recordedMetrics());
        QCOMPARE(history.keptMetrics(QStringLiteral("f/fe/FRONTEND")), history.recordedMetrics());
        // What stays free goes to whole servers, in the order they were seen.
        QVERIFY(history.reducedCount() > 0 && history.reducedCount() < 10'000);
    }

    // Values a slot rounds are within the stated error at every tier, and coarser slots are
    // the average of the exact values, rounded once.
    void slotsKeepValuesWithinTheirError()
    {
        InstanceHistory history;
        history.setRecordedMetrics(InstanceHistory::allMetrics());
        // 1,234.5 sessions/s, then 4,321 for the second half of each minute.
        qint64 sessions = 0;
        history.addSnapshot(snapshot(0, { s1(0) }));
        for (qint64 t = 1; t <= 1200; ++t) {
            sessions += t % 60 < 30 ? 1234 + t % 2 : 4321;
            StatRow row = s1(sessions);
            row.scur = 1000 + t % 7; // past the exact integers
            history.addSnapshot(snapshot(t * 1000, { row }));
        }
        for (qint64 t = 601; t <= 1200; ++t) {
            const double rate = at(history, Metric::SessionRate, t * 1000);
            QVERIFY2(near(rate, t % 60 < 30 ? 1234 + t % 2 : 4321), qPrintable(QString::number(t)));
            QVERIFY(near(at(history, Metric::CurrentSessions, t * 1000), 1000 + t % 7));
        }
        // Whole minutes: (30 x 1,234.5 + 30 x 4,321) / 60.
        const QList<HistoryPoint> minutes =
            history.series(key(), Metric::SessionRate, T0 + 60'000, T0 + 1'199'000, 100'000);
        QCOMPARE(minutes.first().timeMs, T0 + 60'000); // the minute tier (the 10 s one is 2 h)
        const QList<HistoryPoint> tens =
            history.series(key(), Metric::SessionRate, T0 + 10'000, T0 + 1'199'000, 100'000);
        QCOMPARE(tens.at(1).timeMs - tens.at(0).timeMs, 10'000);
        for (const HistoryPoint &point : tens) {
            const qint64 second = (point.timeMs - T0) / 1000 % 60;
            QVERIFY2(near(point.value, second < 30 ? 1234.5 : 4321), qPrintable(QString::number(second)));
        }
        QCOMPARE(history.latest(key(), Metric::CurrentSessions), 1000.0 + 1200 % 7); // not rounded
    }

    // A snapshot whose rows `stale` were carried over from an earlier poll (Poller::setFocus()).
    static SnapshotPtr partial(qint64 atMs, const QList<StatRow> &rows, const QList<int> &stale)
    {
        auto s = std::make_shared<Snapshot>(*snapshot(atMs, rows));
        s->staleRows = QBitArray(rows.size());
        for (int row : stale)
            s->staleRows.setBit(row);
        return s;
    }

    // Rows carried over give no sample; read again, their rate is over their own elapsed time,
    // in the current slot only.
    void staleRowsGiveNoSample()
    {
        InstanceHistory history;
        const QString s2Key = QStringLiteral("s/be/s2");
        const auto at2 = [&](Metric metric, qint64 atMs) {
            const QList<HistoryPoint> points = history.series(s2Key, metric, T0 + atMs, T0 + atMs);
            return points.size() == 1 ? points.first().value : -1;
        };
        for (qint64 t = 0; t <= 3; ++t)
            history.addSnapshot(partial(t * 1000, { s1(t * 10), server("be", "s2", t * 10) }, {}));
        // s2 off screen for 6 s: its row is what was read at 3 s (here with a made-up gauge
        // that must not show), while it serves 20 sessions/s.
        StatRow carried = server("be", "s2", 30);
        carried.scur = 999;
        for (qint64 t = 4; t <= 9; ++t)
            history.addSnapshot(partial(t * 1000, { s1(t * 10), carried }, { 1 }));
        history.addSnapshot(partial(10'000, { s1(100), server("be", "s2", 30 + 7 * 20) }, {}));

        QCOMPARE(at2(Metric::SessionRate, 3000), 10.0);
        for (qint64 t = 4; t <= 9; ++t) {
            QVERIFY2(std::isnan(at2(Metric::SessionRate, t * 1000)), qPrintable(QString::number(t)));
            QVERIFY2(std::isnan(at2(Metric::CurrentSessions, t * 1000)), qPrintable(QString::number(t)));
        }
        // 140 sessions over its own 7 s, not over the 1 s since the previous snapshot.
        QCOMPARE(at2(Metric::SessionRate, 10'000), 20.0);
        QCOMPARE(at2(Metric::CurrentSessions, 10'000), 5.0);
        QCOMPARE(history.latest(s2Key, Metric::LbRate), 20.0);
        // The other server, read every time, went on as ever.
        for (qint64 t = 1; t <= 10; ++t)
            QCOMPARE(at(history, Metric::SessionRate, t * 1000), 10.0);
        // Read every other second from then on: each reading covers its own 2 s.
        for (qint64 t = 11; t <= 14; ++t) {
            const qint64 sessions = 170 + (t - 10) * 30;
            history.addSnapshot(partial(t * 1000, { s1(t * 10), server("be", "s2", sessions) },
                t % 2 ? QList<int> { 1 } : QList<int> {}));
        }
        QVERIFY(std::isnan(at2(Metric::SessionRate, 11'000)));
        QCOMPARE(at2(Metric::SessionRate, 12'000), 30.0);
        QVERIFY(std::isnan(at2(Metric::SessionRate, 13'000)));
        QCOMPARE(at2(Metric::SessionRate, 14'000), 30.0);
        // A row never read yet gives nothing either.
        history.addSnapshot(partial(15'000, { s1(150), server("be", "s3", 5) }, { 1 }));
        QVERIFY(history.keys().contains(QStringLiteral("s/be/s3")));
        QVERIFY(std::isnan(history.latest(QStringLiteral("s/be/s3"), Metric::CurrentSessions)));
    }

    // Off screen for too long, or across a disconnect, a counters reset or a history restart:
    // the counters read last are no baseline.
    void staleRowsLoseTheirBaseline()
    {
        const QString s2Key = QStringLiteral("s/be/s2");
        // s2 read at 0 s and 1 s, carried over until `backS`, read then and 1 s later.
        const auto run = [&](InstanceHistory &history, qint64 backS,
                             const std::function<void(qint64)> &during) {
            for (qint64 t = 0; t <= backS + 1; ++t) {
                const bool read = t <= 1 || t >= backS;
                during(t);
                history.addSnapshot(partial(t * 1000, { s1(t * 10), server("be", "s2", t * 10) },
                    read ? QList<int> {} : QList<int> { 1 }));
            }
        };
        const auto rateAt = [&](const InstanceHistory &history, qint64 atS) {
            const QList<HistoryPoint> points =
                history.series(s2Key, Metric::SessionRate, T0 + atS * 1000, T0 + atS * 1000);
            return points.size() == 1 ? points.first().value : -1;
        };
        {
            InstanceHistory history; // 149 s since its last reading: still a baseline
            run(history, 150, [](qint64) {});
            QCOMPARE(rateAt(history, 150), 10.0);
        }
        {
            InstanceHistory history; // 151 s: too old
            run(history, 152, [](qint64) {});
            QVERIFY(std::isnan(rateAt(history, 152)));
            QCOMPARE(rateAt(history, 153), 10.0);
        }
        {
            InstanceHistory history; // a longer maxGapMs stretches it
            history.setMaxGapMs(200'000);
            run(history, 180, [](qint64) {});
            QCOMPARE(rateAt(history, 180), 10.0);
        }
        {
            InstanceHistory history; // disconnected while s2 was off screen
            run(history, 10, [&](qint64 t) {
                if (t == 5)
                    history.markDisconnected();
            });
            QVERIFY(std::isnan(rateAt(history, 10)));
            QCOMPARE(rateAt(history, 11), 10.0);
            QCOMPARE(history.latest(key(), Metric::SessionRate), 10.0);
        }
        {
            InstanceHistory history; // HAProxy's counters were reset meanwhile
            for (qint64 t = 0; t <= 11; ++t) {
                const QList<int> stale = t <= 1 || t >= 10 ? QList<int> {} : QList<int> { 1 };
                const SnapshotPtr s = partial(t * 1000, { s1(t * 10), server("be", "s2", t * 10) }, stale);
                if (t == 5) {
                    auto reset = std::make_shared<Snapshot>(*s);
                    reset->countersReset = true;
                    history.addSnapshot(reset);
                } else {
                    history.addSnapshot(s);
                }
            }
            QVERIFY(std::isnan(rateAt(history, 10)));
            QCOMPARE(rateAt(history, 11), 10.0);
        }
        {
            // The wall clock went back a day (the steady clock did not): the history restarted.
            InstanceHistory history;
            run(history, 10, [](qint64) {});
            constexpr qint64 dayMs = 86'400'000;
            const auto at = [](qint64 atMs, qint64 n, const QList<int> &stale) {
                auto s = std::make_shared<Snapshot>(
                    *partial(atMs - dayMs, { s1(n), server("be", "s2", n) }, stale));
                s->monotonicMs = Mono0 + atMs;
                return s;
            };
            history.addSnapshot(at(12'000, 120, { 1 }));
            history.addSnapshot(at(13'000, 130, {}));
            const qint64 since = T0 + 13'000 - dayMs;
            const QList<HistoryPoint> points = history.series(s2Key, Metric::SessionRate, since, since);
            QCOMPARE(points.size(), 1);
            QVERIFY(std::isnan(points.first().value));
            QCOMPARE(history.latest(key(), Metric::SessionRate), 10.0);
        }
    }

    void metricInfo()
    {
        for (Metric metric : InstanceHistory::allMetrics()) {
            QVERIFY(!MetricInfo::name(metric).isEmpty());
            QVERIFY(!MetricInfo::unit(metric).isEmpty());
        }
        QVERIFY(MetricInfo::isRate(Metric::ResponseErrorRate));
        QVERIFY(!MetricInfo::isRate(Metric::CurrentSessions));
        QCOMPARE(MetricInfo::format(Metric::BytesInRate, 1234), QStringLiteral("1.23 kB/s"));
        QCOMPARE(MetricInfo::format(Metric::BytesOutRate, 5.5e9), QStringLiteral("5.5 GB/s"));
        QCOMPARE(MetricInfo::format(Metric::BytesOutRate, 999), QStringLiteral("999 B/s"));
        QCOMPARE(MetricInfo::format(Metric::RequestRate, 12.5), QStringLiteral("12.5 req/s"));
        QCOMPARE(MetricInfo::format(Metric::RequestRate, 25'000), QStringLiteral("25k req/s"));
        QCOMPARE(MetricInfo::format(Metric::ResponseTime, 35), QStringLiteral("35 ms"));
        QCOMPARE(MetricInfo::format(Metric::CurrentSessions, 1500), QStringLiteral("1500 sessions"));
        QCOMPARE(MetricInfo::format(Metric::SessionRate, 0), QStringLiteral("0 sess/s"));
        QCOMPARE(MetricInfo::format(Metric::SessionRate, std::nan("")), QStringLiteral("\u2013"));
    }
};

QTEST_GUILESS_MAIN(TestTrafficHistory)
#include "tst_traffichistory.moc"
