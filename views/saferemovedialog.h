#pragma once

#include "core/workflows/saferemove.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class RuntimeConnection;

// Runs a SafeRemove for one server and shows it: the steps as a checklist, the sessions
// still on the server, the commands sent, and what the server is left in when it stops.
class SafeRemoveDialog : public QDialog
{
    Q_OBJECT
public:
    SafeRemoveDialog(RuntimeConnection *connection, const QString &backend, const QString &server,
        QWidget *parent = nullptr);

    // Before start(): the seconds to wait for the sessions to end (the spin box).
    void setIdleTimeoutSeconds(int seconds);
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    // The running operation; null before Start.
    SafeRemove *operation() const { return m_operation; }

public slots:
    void start(); // what the Start button does
    void reject() override; // while running: cancels (leaves the server where it is) instead of closing

private:
    void createStepList();
    void createProgressViews();
    QDialogButtonBox *createButtons();
    void onStateChanged(SafeRemove::State state);
    void onSessionsChanged(int current, int initial);
    void onFinished(bool ok);
    void shutdownSessions(); // asks first: it cuts clients off
    void updateSteps();
    void updateButtons();

    QPointer<RuntimeConnection> m_connection; // may go while the dialog is open
    QString m_backend;
    QString m_server;
    int m_pollIntervalMs = 500;
    QPointer<SafeRemove> m_operation;
    int m_currentStep = -1; // index in m_stepList of the step in progress
    bool m_stepFailed = false;

    QSpinBox *m_timeoutSpin;
    QListWidget *m_stepList;
    QProgressBar *m_sessionsBar;
    QLabel *m_statusLabel;
    QLabel *m_conditionLabel;
    QPlainTextEdit *m_commandLog;
    QPushButton *m_startButton;
    QPushButton *m_shutdownButton;
    QPushButton *m_cancelButton;
    QPushButton *m_restoreButton;
    QPushButton *m_closeButton;
};
