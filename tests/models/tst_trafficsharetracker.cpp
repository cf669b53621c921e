#include "models/trafficsharetracker.h"
#include "tests/support/snapshotbuilder.h"

#include <QTest>

#include <cmath>

// Actual traffic shares from lbtot deltas over a sliding window, with counter resets and
// servers coming and going.
class TestTrafficShareTracker : public QObject
{
    Q_OBJECT

    struct Server
    {
        QByteArray backend;
        QByteArray name;
        qint64 lbtot;
        qint64 stot = 0;
    };

    // A `show stat` answer with HAProxy 2.6's real header and one row per server.
    static SnapshotPtr snapshot(qint64 timeMs, const QList<Server> &servers, bool countersReset = false)
    {
        SnapshotBuilder builder;
        builder.haproxy26Columns().at(0, timeMs).countersReset(countersReset);
        for (const Server &server : servers)
            builder.server(server.backend, server.name).lbtot(server.lbtot).sessionsTotal(server.stot);
        return builder.build();
    }

private slots:
    void sharesFromDeltas()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 1000 }, { "be", "b", 500 }, { "be", "canary", 0 } }));
        // One sample: no delta yet.
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a"))));
        tracker.addSnapshot(
            snapshot(1000, { { "be", "a", 1045 }, { "be", "b", 545 }, { "be", "canary", 10 } }));
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("canary")), 0.1);
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.45);
        QCOMPARE(tracker.increase(QStringLiteral("be"), QStringLiteral("b")), 45);
        QCOMPARE(tracker.coveredMs(QStringLiteral("be")), 1000);
        // Unknown names have no data rather than 0 %.
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("be"), QStringLiteral("nope"))));
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("other"), QStringLiteral("a"))));
    }

    void noTrafficIsNotAShare()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 7 }, { "be", "b", 7 } }));
        tracker.addSnapshot(snapshot(1000, { { "be", "a", 7 }, { "be", "b", 7 } }));
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a"))));
    }

    void sessionsCounterIsSeparate()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 0, 0 }, { "be", "b", 0, 0 } }));
        tracker.addSnapshot(snapshot(1000, { { "be", "a", 30, 90 }, { "be", "b", 10, 10 } }));
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.75);
        QCOMPARE(tracker.actualShare(
                     QStringLiteral("be"), QStringLiteral("a"), TrafficShareTracker::Counter::STot),
            0.9);
    }

    void windowIsBounded()
    {
        TrafficShareTracker tracker(60'000);
        tracker.addSnapshot(snapshot(0, { { "be", "a", 0 }, { "be", "b", 0 } }));
        tracker.addSnapshot(snapshot(30'000, { { "be", "a", 900 }, { "be", "b", 0 } }));
        tracker.addSnapshot(snapshot(90'000, { { "be", "a", 900 }, { "be", "b", 100 } }));
        // The sample at 0 s fell out of the window: a's 900 selections are older than a minute.
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("a")), 2);
        QCOMPARE(tracker.coveredMs(QStringLiteral("be")), 60'000);
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.0);
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("b")), 1.0);

        // However fast the polls, the samples stay bounded.
        for (int i = 1; i <= 3000; ++i)
            tracker.addSnapshot(snapshot(90'000 + i, { { "be", "a", 900 + i }, { "be", "b", 100 } }));
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("a")),
            TrafficShareTracker::MaxSamplesPerServer);
    }

    void decreaseRestartsTheBackendWindow()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 1000 }, { "be", "b", 1000 } }));
        tracker.addSnapshot(snapshot(1000, { { "be", "a", 1900 }, { "be", "b", 1100 } }));
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.9);
        // `clear counters` between two polls: a went back to 5; no negative delta, no mix.
        tracker.addSnapshot(snapshot(2000, { { "be", "a", 5 }, { "be", "b", 1105 } }));
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a"))));
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("b")), 1);
        tracker.addSnapshot(snapshot(3000, { { "be", "a", 25 }, { "be", "b", 1165 } }));
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.25);
    }

    void snapshotResetFlagRestartsEverything()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 0 }, { "be", "b", 0 } }));
        tracker.addSnapshot(snapshot(1000, { { "be", "a", 100 }, { "be", "b", 300 } }));
        // Another worker answered: its counters are not comparable even when higher.
        tracker.addSnapshot(snapshot(2000, { { "be", "a", 5000 }, { "be", "b", 5000 } }, true));
        QVERIFY(std::isnan(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a"))));
        tracker.addSnapshot(snapshot(3000, { { "be", "a", 5030 }, { "be", "b", 5010 } }));
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("a")), 0.75);
    }

    void newAndDeletedServers()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 0 }, { "be", "old", 0 } }));
        tracker.addSnapshot(
            snapshot(1000, { { "be", "a", 50 }, { "be", "old", 50 }, { "be", "canary", 0 } }));
        tracker.addSnapshot(snapshot(2000, { { "be", "a", 90 }, { "be", "canary", 10 } }));
        // "old" was deleted: forgotten. The canary counts from its first sample.
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("old")), 0);
        QCOMPARE(tracker.actualShare(QStringLiteral("be"), QStringLiteral("canary")), 0.1);
    }

    void carriedOverRowsAddNothing()
    {
        // A focused poll read "be" and carried "other" over: no sample for "other", and its
        // servers are not forgotten either.
        TrafficShareTracker tracker;
        tracker.addSnapshot(snapshot(0, { { "be", "a", 0 }, { "other", "x", 0 } }));
        Snapshot focused = *snapshot(1000, { { "be", "a", 50 }, { "other", "x", 0 } });
        focused.staleRows.resize(focused.stat.rows.size());
        focused.staleRows.setBit(1);
        tracker.addSnapshot(std::make_shared<const Snapshot>(focused));
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("a")), 2);
        QCOMPARE(tracker.sampleCount(QStringLiteral("other"), QStringLiteral("x")), 1);
        // Neither are servers of a backend it did not read forgotten when they are missing.
        Snapshot onlyBe = *snapshot(2000, { { "be", "a", 90 } });
        onlyBe.staleRows.resize(1); // its one row fresh, but a focused poll's all the same
        tracker.addSnapshot(std::make_shared<const Snapshot>(onlyBe));
        QCOMPARE(tracker.sampleCount(QStringLiteral("other"), QStringLiteral("x")), 1);
        QCOMPARE(tracker.sampleCount(QStringLiteral("be"), QStringLiteral("a")), 3);
        // A full poll without "x" forgets it.
        tracker.addSnapshot(snapshot(3000, { { "be", "a", 95 } }));
        QCOMPARE(tracker.sampleCount(QStringLiteral("other"), QStringLiteral("x")), 0);
    }
};

QTEST_MAIN(TestTrafficShareTracker)
#include "tst_trafficsharetracker.moc"
