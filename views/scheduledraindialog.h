#pragma once

#include "core/actions/serveraction.h"
#include "core/result.h"
#include "core/workflows/drainjob.h"
#include "core/workflows/drainscheduler.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUuid>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

// Schedules a drain for each selected server of one instance: when it starts (after a
// delay, or at a date and time), how long to wait for the sessions, and what then
// (maintenance, removal, or back to ready after a maintenance window). Shows the exact
// commands before anything is scheduled; OK adds one DrainScheduler job per server, or
// none at all when any one of them is refused (the message says which and why).
class ScheduleDrainDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDrainDialog(DrainScheduler *scheduler, const QString &instanceId,
        const QList<ServerTarget> &targets, QWidget *parent = nullptr);

    // The form as jobs (not yet scheduled), or why it cannot be scheduled.
    Result<QList<DrainJob>> jobs() const;
    // After OK: the ids of the jobs scheduled.
    QList<QUuid> createdJobs() const { return m_created; }
    // The message shown under the form; empty when the form is valid.
    QString validationMessage() const;

    // For tests and callers that preset the form.
    void setStartDelay(int minutes, int seconds);
    void setStartAt(const QDateTime &local);
    void setIdleDeadlineMinutes(int minutes); // 0: no limit
    void setEndAction(DrainJob::EndAction action, int readyAfterMinutes = 10);

public slots:
    void accept() override; // schedules the jobs; stays open with the reason when refused

private:
    QGroupBox *createStartBox();
    QGroupBox *createSessionsBox();
    QGroupBox *createEndBox();
    void addPreview(QVBoxLayout *layout);
    void connectSignals();
    void setTabOrders();
    QDateTime startTimeUtc() const;
    void updatePreview();

    QPointer<DrainScheduler> m_scheduler;
    QString m_instanceId;
    QList<ServerTarget> m_targets;
    QList<QUuid> m_created;

    QRadioButton *m_delayRadio;
    QSpinBox *m_delayMinutes;
    QSpinBox *m_delaySeconds;
    QRadioButton *m_atRadio;
    QDateTimeEdit *m_atEdit;
    QSpinBox *m_deadlineMinutes;
    QCheckBox *m_shutdownCheck;
    QRadioButton *m_maintRadio;
    QRadioButton *m_removeRadio;
    QRadioButton *m_readyRadio;
    QSpinBox *m_readyMinutes;
    QPlainTextEdit *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
