#pragma once

#include <QDialog>

class HistoryStore;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class Settings;

// The traffic history's memory: what it holds now, what it will take once 7 days are kept,
// how many servers keep fewer metrics or none, and the budget per instance, applied at once
// to every history and kept in the settings.
class HistoryBudgetDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryBudgetDialog(HistoryStore *history, Settings *settings, QWidget *parent = nullptr);

    // The figures, from the store (also on every HistoryStore::updated()).
    void refresh();
    // The budget in the spin box, clamped to what Settings keeps (saying so when it was).
    void apply();

    // A budget a user asked for, clamped to what Settings keeps, applied at once to every
    // history and kept in the settings: what was set and, in words, what happened (also
    // for the preferences).
    struct Applied
    {
        int mib = 0;
        QString message;
    };
    static Applied applyBudget(HistoryStore *history, Settings *settings, int wantedMiB);

private:
    HistoryStore *m_history;
    Settings *m_settings;
    QLabel *m_heldLabel;
    QLabel *m_projectedLabel;
    QLabel *m_reducedLabel;
    QLabel *m_unrecordedLabel;
    QLabel *m_messageLabel;
    QSpinBox *m_budgetSpin;
    QDialogButtonBox *m_buttons;
};
