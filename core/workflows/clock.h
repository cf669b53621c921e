#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

// A one-shot timer on a Clock: fires timeout() once the clock has moved delayMs past start().
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(qint64 delayMs) = 0; // re-arms when active
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

// The time a workflow reads and waits on. Injected, so that tests move time instead of sleeping:
// the system clock in the application, a ManualClock in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); } // since the epoch
    virtual ClockTimer *createTimer(QObject *parent) = 0;
    // Calls fn once the clock has moved delayMs, unless context is destroyed first.
    void singleShot(qint64 delayMs, QObject *context, std::function<void()> fn);

    static Clock *system(); // the wall clock and QTimer; lives as long as the program
};

// A clock that moves only when told: advance() fires, in time order, the timers it passes.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &startUtc = QDateTime::currentDateTimeUtc());
    QDateTime nowUtc() const override { return m_now; }
    ClockTimer *createTimer(QObject *parent) override;
    void advance(qint64 ms);

private:
    class Timer;
    QDateTime m_now;
    QList<QPointer<Timer>> m_timers;
};
