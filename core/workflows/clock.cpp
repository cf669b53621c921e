#include "core/workflows/clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

// A timer longer than this is re-armed when it fires (QTimer takes an int of ms).
constexpr qint64 MaxTimerMs = std::numeric_limits<int>::max();

class SystemTimer : public ClockTimer
{
public:
    explicit SystemTimer(QObject *parent)
        : ClockTimer(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_remainingMs > 0) {
                start(m_remainingMs);
                return;
            }
            emit timeout();
        });
    }
    void start(qint64 delayMs) override
    {
        const qint64 part = std::clamp<qint64>(delayMs, 0, MaxTimerMs);
        m_remainingMs = std::max<qint64>(0, delayMs - part);
        m_timer.start(int(part));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
    qint64 m_remainingMs = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    ClockTimer *createTimer(QObject *parent) override { return new SystemTimer(parent); }
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

void Clock::singleShot(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    ClockTimer *timer = createTimer(context); // owned by context: gone with it, never fired
    QObject::connect(timer, &ClockTimer::timeout, context, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(delayMs);
}

class ManualClock::Timer : public ClockTimer
{
public:
    Timer(ManualClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
    { }
    void start(qint64 delayMs) override { m_dueMs = m_clock->nowMs() + std::max<qint64>(0, delayMs); }
    void stop() override { m_dueMs = -1; }
    bool isActive() const override { return m_dueMs >= 0; }
    qint64 dueMs() const { return m_dueMs; }

private:
    ManualClock *m_clock;
    qint64 m_dueMs = -1;
};

ManualClock::ManualClock(const QDateTime &startUtc)
    : m_now(startUtc.toUTC())
{ }

ClockTimer *ManualClock::createTimer(QObject *parent)
{
    auto *timer = new Timer(this, parent);
    m_timers.append(timer);
    return timer;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 end = nowMs() + std::max<qint64>(0, ms);
    for (;;) {
        m_timers.removeAll(nullptr);
        Timer *next = nullptr;
        for (const QPointer<Timer> &timer : std::as_const(m_timers)) {
            if (timer && timer->isActive() && timer->dueMs() <= end
                && (!next || timer->dueMs() < next->dueMs()))
                next = timer;
        }
        if (!next)
            break;
        // Time stands at the timer's due moment while it fires, as it would on the wall clock.
        m_now = QDateTime::fromMSecsSinceEpoch(std::max(nowMs(), next->dueMs()), Qt::UTC);
        next->stop();
        emit next->timeout();
    }
    m_now = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
}
