#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class RollingReplaceWizard;

// Page 4: runs the plan; a table of steps, the commands sent, and the controls.
class RollingRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RollingRunPage(RollingReplaceWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void updateRow(int step);
    void updateButtons();
    // Both ask first, in a box opened with open() (the run goes on behind it): roll back says
    // what it will and cannot undo, shut down that it cuts clients off.
    void rollBack();
    void shutdownSessions();

    RollingReplaceWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_statusLabel;
    QPlainTextEdit *m_log;
    QPushButton *m_pauseButton;
    QPushButton *m_abortButton;
    QPushButton *m_rollBackButton;
    QPushButton *m_shutdownButton;
};
