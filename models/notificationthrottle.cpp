#include "models/notificationthrottle.h"

#include <algorithm>
#include <utility>

NotificationThrottle::NotificationThrottle(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(clock->createTimer(this))
{
    connect(m_timer, &ClockTimer::timeout, this, &NotificationThrottle::flush);
}

QString NotificationThrottle::subjectKey(const Notification &notification)
{
    return QString::number(int(notification.kind)) + u'\n' + notification.instanceId + u'\n'
        + notification.subject;
}

void NotificationThrottle::prune(qint64 nowMs)
{
    while (!m_shownMs.isEmpty() && nowMs - m_shownMs.constFirst() >= BudgetWindowMs)
        m_shownMs.removeFirst();
    for (auto it = m_lastShownMs.begin(); it != m_lastShownMs.end();) {
        if (nowMs - it.value() >= SubjectIntervalMs)
            it = m_lastShownMs.erase(it);
        else
            ++it;
    }
}

bool NotificationThrottle::budgetLeft(qint64 nowMs)
{
    prune(nowMs);
    return m_shownMs.size() < Budget;
}

bool NotificationThrottle::offer(const Notification &notification)
{
    const qint64 now = m_clock->nowMs();
    const QString key = subjectKey(notification);
    if (budgetLeft(now) && !m_lastShownMs.contains(key)) {
        m_shownMs.append(now);
        m_lastShownMs.insert(key, now);
        return true;
    }
    if (m_held.isEmpty())
        m_firstHeldMs = now;
    m_held.append(notification);
    armFlush();
    return false;
}

void NotificationThrottle::armFlush()
{
    if (m_timer->isActive())
        return;
    const qint64 now = m_clock->nowMs();
    qint64 due = m_firstHeldMs + SummaryDelayMs;
    prune(now);
    if (m_shownMs.size() >= Budget)
        due = std::max(due, m_shownMs.constFirst() + BudgetWindowMs);
    m_timer->start(std::max<qint64>(0, due - now));
}

void NotificationThrottle::flush()
{
    if (m_held.isEmpty())
        return;
    const qint64 now = m_clock->nowMs();
    if (!budgetLeft(now)) {
        armFlush();
        return;
    }
    m_shownMs.append(now);
    const QList<Notification> held = std::exchange(m_held, {});
    emit summaryDue(held);
}
