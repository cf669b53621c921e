#include "core/workflows/clock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The clock the workflows wait on: a manual clock fires its timers in time order as it is moved,
// and the system clock's timers fire on the wall clock.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.nowUtc(), start);
        QCOMPARE(clock.nowMs(), 1'000'000);
        clock.advance(250);
        QCOMPARE(clock.nowMs(), 1'000'250);
        clock.advance(-5); // never backwards
        QCOMPARE(clock.nowMs(), 1'000'250);
    }

    void manualTimersFireInOrderAtTheirTime()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        QObject owner;
        ClockTimer *late = clock.createTimer(&owner);
        ClockTimer *early = clock.createTimer(&owner);
        QList<std::pair<QString, qint64>> fired;
        connect(late, &ClockTimer::timeout, &owner, [&] {
            fired.append({ QStringLiteral("late"), clock.nowMs() });
        });
        connect(early, &ClockTimer::timeout, &owner, [&] {
            fired.append({ QStringLiteral("early"), clock.nowMs() });
            early->start(100); // re-armed from inside its timeout, as a poll does
        });
        late->start(300);
        early->start(100);
        QVERIFY(late->isActive());
        clock.advance(99);
        QVERIFY(fired.isEmpty());
        clock.advance(251); // to 350
        const QList<std::pair<QString, qint64>> expected { { QStringLiteral("early"), 100 },
            { QStringLiteral("early"), 200 }, { QStringLiteral("late"), 300 },
            { QStringLiteral("early"), 300 } };
        QCOMPARE(fired.size(), expected.size());
        QCOMPARE(fired.at(0), expected.at(0));
        QCOMPARE(fired.at(1), expected.at(1));
        QCOMPARE(fired.at(2).second, 300);
        QCOMPARE(fired.at(3).second, 300);
        QCOMPARE(clock.nowMs(), 350);
        QVERIFY(!late->isActive());
        QVERIFY(early->isActive());
        early->stop();
        clock.advance(1000);
        QCOMPARE(fired.size(), expected.size());
    }

    void deletedTimerIsForgotten()
    {
        ManualClock clock;
        auto owner = std::make_unique<QObject>();
        ClockTimer *timer = clock.createTimer(owner.get());
        timer->start(10);
        owner.reset();
        clock.advance(100); // must not touch the deleted timer
        QVERIFY(true);
    }

    // A retry armed with singleShot fires once at its time, and never once its context is gone.
    void singleShotFiresOnceUnlessContextGone()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        auto context = std::make_unique<QObject>();
        int calls = 0;
        clock.singleShot(100, context.get(), [&] { ++calls; });
        clock.advance(99);
        QCOMPARE(calls, 0);
        clock.advance(1);
        QCOMPARE(calls, 1);
        clock.advance(1000);
        QCOMPARE(calls, 1);

        clock.singleShot(100, context.get(), [&] { ++calls; });
        context.reset();
        clock.advance(1000);
        QCOMPARE(calls, 1);
    }

    void systemTimerFires()
    {
        Clock *clock = Clock::system();
        QVERIFY(qAbs(clock->nowMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
        QObject owner;
        ClockTimer *timer = clock->createTimer(&owner);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        timer->start(10);
        QVERIFY(timer->isActive());
        QTRY_COMPARE(fired.count(), 1);
        QVERIFY(!timer->isActive());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
