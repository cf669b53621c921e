#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/runtimereply.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class InstanceSession;
class ProcessesModel;
class QAction;
class QLabel;
class QTableView;
class RuntimeConnection;

// HAProxy's processes through its master CLI (`haproxy -W -S`): the master with its reload
// count, the current worker, and old workers that a reload left draining, each with its
// current connections (an old worker is asked its own `show info`), until they exit. Read
// every 2 s while the dock is shown and the connection is ready, and at once on F5. On a
// worker's stats socket it says why there is nothing to show.
class ProcessesDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 2000;
    static constexpr int MaxOldWorkersAsked = 8; // `show info` of old workers, per refresh

    explicit ProcessesDock(QWidget *parent = nullptr);

    // The instance shown (nullptr: none); the rows of another instance go at once.
    void setSession(InstanceSession *session);
    // Reads `show proc` now (then the old workers' `show info`); a refresh already running
    // is followed by one more.
    void refresh();

    ProcessesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    // The reason nothing is listed (a worker socket), shown instead of the table.
    QLabel *reasonLabel() const { return m_reason; }
    QAction *refreshAction() const { return m_refreshAction; }
    int refreshesDone() const { return m_refreshes; }
    bool isTimerActive() const { return m_timer.isActive(); }
    bool isRefreshing() const { return m_running; } // answers awaited

signals:
    void statusMessage(const QString &text, bool error);
    void refreshed(); // show proc and the old workers' answers are in the table

private:
    QWidget *createControls();
    void setConnection(RuntimeConnection *connection);
    bool canRefresh() const;
    void onProcesses(const RuntimeReply &reply, int generation);
    void askOldWorkers(int generation);
    void onWorkerInfo(qint64 pid, const RuntimeReply &reply, int generation);
    void finishRefresh(bool read); // read: show proc was answered and shown
    void scheduleNext();
    void applySnapshot(const SnapshotPtr &snapshot); // the current worker's connections
    void showReason(const QString &reason);
    void updateStatus();
    void setStatus(const QString &text, bool error);

    QPointer<InstanceSession> m_session;
    QPointer<RuntimeConnection> m_connection;
    ProcessesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer m_timer;
    int m_generation = 0;
    bool m_running = false; // a refresh waits for answers
    bool m_again = false; // F5 while one ran
    int m_waitingWorkers = 0;
    int m_refreshes = 0;
};
