#pragma once

#include "core/workflows/masterreload.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// What a reload did, shown while it runs and after: the progress, then the outcome in words
// (loaded, failed with the old worker still serving, or unknown), HAProxy's startup log with
// alerts and warnings marked, and, when the user asked to put runtime changes back, the plan
// waiting for review. Reviewing opens the usual preview, where nothing runs until confirmed.
class ReloadResultDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { LevelColumn, ProcessColumn, MessageColumn, ColumnCount };

    explicit ReloadResultDialog(const QString &instanceName, QWidget *parent = nullptr);

    void setProgress(const QString &text);
    void setReport(const MasterReload::Report &report);
    // After a loaded reload, about putting the changes back: a line of text, and whether a
    // plan waits for review.
    void setReapplyState(const QString &text, bool planReady);

    QString outcomeText() const;
    QString reapplyText() const;
    int logLineCount() const;

signals:
    void reviewPlanRequested();

private:
    QLabel *m_outcome = nullptr;
    QTreeWidget *m_log = nullptr;
    QLabel *m_reapply = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_review = nullptr; // once a plan waits
    QPushButton *m_close = nullptr;
};
