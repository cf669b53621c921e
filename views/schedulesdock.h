#pragma once

#include "core/workflows/drainscheduler.h"

#include <QDockWidget>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QUuid>

class DrainJobsModel;
class QAction;
class QLabel;
class QPushButton;
class QTableView;

// The scheduled drains in a dock: one row per job with its state, the sessions left as a
// progress bar, the next event and the last error; Cancel (Del), Run now (Ctrl+Return) and
// Clear finished. Jobs that became overdue (their time passed while hadesk was closed or
// disconnected) bring up a question: run them now, cancel them, or decide later (they then
// stay Overdue, marked in the table, and never run by themselves).
class SchedulesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SchedulesDock(QWidget *parent = nullptr);

    // Shows and follows scheduler (not owned); nullptr empties the dock.
    void setScheduler(DrainScheduler *scheduler);
    DrainScheduler *scheduler() const { return m_scheduler; }

    DrainJobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *runNowAction() const { return m_runNowAction; }
    QAction *clearFinishedAction() const { return m_clearAction; }
    // The open overdue question, for tests; nullptr when none is open.
    QMessageBox *overdueQuestion() const { return m_overdueBox; }

    QList<QUuid> selectedJobs() const;
    void selectJob(const QUuid &id);

public slots:
    void cancelSelected();
    void runSelectedNow();
    void clearFinished();

signals:
    void statusMessage(const QString &text); // what happened, for the status bar

private:
    void onOverdue(const QList<QUuid> &ids);
    void askAboutOverdue();
    void updateActions();
    void showMessage(const QString &text, bool error);

    QPointer<DrainScheduler> m_scheduler;
    DrainJobsModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_cancelButton;
    QPushButton *m_runNowButton;
    QPushButton *m_clearButton;
    QAction *m_cancelAction;
    QAction *m_runNowAction;
    QAction *m_clearAction;
    QPointer<QMessageBox> m_overdueBox;
    QList<QUuid> m_pendingOverdue;
};
