#pragma once

#include "core/client/snapshot.h"

#include <QObject>

class QLabel;
class QStatusBar;

// The status bar's two labels: on the left what the connection is doing (selectable, bold for
// an error), on the right how fresh the numbers are ("Updated 12:00:01 · 6 rows · 1.2 ms") or
// why they stand still ("Updates paused", "Waiting to reconnect").
class StatusBarLabels : public QObject
{
    Q_OBJECT
public:
    explicit StatusBarLabels(QStatusBar *bar);

    void setStatus(const QString &text, bool error);
    QString statusText() const;

    void setRefreshNote(const QString &text);
    void clearRefresh();
    // What is polled how often when a large instance is read by what is on screen
    // (Poller::setFocus()); onScreenProxies < 0: every poll reads every row.
    struct PollPlan
    {
        int onScreenProxies = -1;
        int intervalMs = 0;
        int fullIntervalMs = 0;
    };
    // The snapshot's time, the rows the tables hold, how long the poll took (and a tooltip with
    // asking, reading and merging apart), and the poll plan.
    void showRefresh(const Snapshot &snapshot, int rows, qint64 mergeUs, bool paused, const PollPlan &plan);
    QString refreshText() const;

private:
    void fitRefreshLabel();

    QLabel *m_statusLabel;
    QLabel *m_refreshLabel;
};
