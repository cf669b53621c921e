#pragma once

#include <QDialog>

class HistoryStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class Settings;

// hadesk's preferences (Edit ▸ Preferences…, Ctrl+,): the poll interval new instances start
// with, the traffic history's memory budget (applied at once), the language and the audit
// log's place (both from the next start) and whether a start reopens the instances open at
// the last exit. Nothing is kept before OK or Apply, and nothing at all when a field is
// refused: the message below the fields says why.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // auditLogInUse: where this run writes its audit log (the note says the records so far
    // stay there).
    PreferencesDialog(
        Settings *settings, HistoryStore *history, const QString &auditLogInUse, QWidget *parent = nullptr);

    // Another page, a tab after "General" (notifications...): it keeps its values on applied()
    // and reads them again on reloaded().
    void addPage(QWidget *page, const QString &title);

    // Checks the fields, then keeps them all and says so. False when the audit log's place is
    // refused (nothing kept then) or the budget had to be clamped (kept, with a word).
    bool apply();
    void reload(); // every field from the settings

    QString message() const; // what the dialog says below the fields; empty when nothing

    void accept() override; // apply(), then closes only when everything was kept as typed

signals:
    void applied(); // every field of the General page kept
    void reloaded();

private:
    QWidget *buildPollingGroup(QWidget *parent);
    QWidget *buildLanguageGroup(QWidget *parent);
    QWidget *buildAuditGroup(QWidget *parent, const QString &auditLogInUse);
    QLabel *note(const QString &text, QWidget *parent);
    void browseAuditLog();
    void showMessage(const QString &text);

    Settings *m_settings;
    HistoryStore *m_history;
    QTabWidget *m_pages = nullptr;
    QDoubleSpinBox *m_intervalSpin = nullptr;
    QSpinBox *m_budgetSpin = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_auditEdit = nullptr;
    QCheckBox *m_reopenCheck = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
