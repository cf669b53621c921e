#pragma once

#include "core/workflows/clock.h"
#include "models/notifier.h"

#include <QHash>
#include <QList>
#include <QObject>

// The rate limit of desktop notifications, so that a flapping server does not flood the
// desktop: one notification per subject and kind every SubjectIntervalMs, and at most Budget
// of any kind within BudgetWindowMs. What is held back is not lost: SummaryDelayMs after the
// first held one (later if the budget is spent), all that was held comes out in one summary.
class NotificationThrottle : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 SubjectIntervalMs = 60 * 1000;
    static constexpr int Budget = 5;
    static constexpr qint64 BudgetWindowMs = 30 * 1000;
    static constexpr qint64 SummaryDelayMs = 30 * 1000;

    explicit NotificationThrottle(Clock *clock, QObject *parent = nullptr);

    // True: show it now (it is counted). False: held back for the next summary.
    bool offer(const Notification &notification);
    QList<Notification> held() const { return m_held; }

signals:
    // The held notifications, in the order they came; the summary is counted as one shown.
    void summaryDue(const QList<Notification> &held);

private:
    static QString subjectKey(const Notification &notification);
    void prune(qint64 nowMs);
    bool budgetLeft(qint64 nowMs);
    void armFlush();
    void flush();

    Clock *m_clock;
    ClockTimer *m_timer;
    QHash<QString, qint64> m_lastShownMs; // subject key → when it was last shown
    QList<qint64> m_shownMs; // within the budget window, oldest first
    QList<Notification> m_held;
    qint64 m_firstHeldMs = 0;
};
