#pragma once

#include "core/actions/actionrunner.h"
#include "core/actions/serveraction.h"
#include "views/runoncedialog.h"

#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RuntimeConnection;

// Shows what an action on a selection of servers will send, line by line, before it is
// sent (each line can be copied as a socat command), asks for confirmation with the
// action's own words when it is destructive, then runs it itself with an ActionRunner and
// shows each server's result and the progress. Closing is refused while commands are in
// flight (Escape cancels the rest instead), so no answer is lost from view. Open it with
// open(), never exec(): it may be opened from a reply handler.
//
//     auto *dialog = new ActionPreviewDialog(action, connection, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &ActionPreviewDialog::refreshRequested, poller, &Poller::refreshNow);
//     connect(dialog, &QDialog::accepted, ...); // accepted when the action was run (whatever its results)
//     dialog->open();
class ActionPreviewDialog : public RunOnceDialog
{
    Q_OBJECT
public:
    ActionPreviewDialog(const ServerAction &action, RuntimeConnection *connection, QWidget *parent = nullptr);

    const ServerAction &action() const { return m_action; }
    ActionRunner *runner() const { return m_runner; }

signals:
    void refreshRequested(); // forwarded from the runner: the table's state is stale
    void actionFinished(const ActionSummary &summary);

private:
    struct Row
    {
        QLineEdit *command = nullptr;
        QPushButton *copy = nullptr;
        QLabel *result = nullptr;
    };

    QLabel *createTitle();
    // Why nothing can be sent, else what a destructive action does, else what follows.
    QString confirmationText(const Result<QList<ServerAction::Step>> &plan, const QString &levelReason) const;
    QWidget *createCommandRows();
    void addCommandRow(QGridLayout *grid, int i); // target, command line, copy button, result
    void createProgress(); // and the summary under it, both hidden until the run
    void createButtons(bool canRun);
    void connectRunner();
    bool canRun() const override;
    bool isRunning() const override;
    void cancelRun() override;
    void run() override;
    void copyAsSocat(int row);
    void onTargetFinished(int row);
    void onFinished(const ActionSummary &summary);

    ServerAction m_action;
    QPointer<RuntimeConnection> m_connection; // may go while the dialog is open
    ActionRunner *m_runner = nullptr;
    QList<ServerAction::Step> m_steps;
    QList<Row> m_rows;
    QLabel *m_confirmation = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
