#pragma once

#include "core/workflows/masterreload.h"
#include "core/workflows/reloadsnapshot.h"
#include "views/reloaddialog.h"
#include "views/reloadresultdialog.h"

#include <QObject>
#include <QPointer>

class InstanceSession;
class QWidget;

// Instance › Reload from start to end, through signals only (no dialog is exec()'d):
// reads what the reload would lose (a ReloadSnapshot, checked against the configuration the
// master runs when it is on this machine), asks with ReloadDialog, reloads with MasterReload
// while ReloadResultDialog shows the progress and the outcome, and, when the user asked for
// it, reads the new worker's state and offers the plan that puts the lost changes back
// (ReapplyPlan) in the usual preview, where nothing runs until confirmed. Deletes itself
// when its last dialog closes.
class ReloadFlow : public QObject
{
    Q_OBJECT
public:
    ReloadFlow(InstanceSession *session, QWidget *window);
    ~ReloadFlow() override;

    void start();

    // For tests: the dialogs of each step while they are open.
    ReloadDialog *confirmDialog() const { return m_confirm; }
    ReloadResultDialog *resultDialog() const { return m_result; }

    // Why Reload cannot run on this session now, in words; empty when it can.
    static QString unavailableReason(const InstanceSession *session);

signals:
    void confirmShown(); // the confirmation dialog is open
    void reloadFinished(const MasterReload::Report &report);
    void reapplyReady(); // the plan waits for review (or nothing needs to go back)
    void previewShown(); // the plan's preview is open

private:
    void readSnapshot(const QString &configurationPath);
    void openConfirm(const ReloadSnapshot &snapshot, const QString &configurationPath);
    void runReload(bool reapply);
    void onReloadFinished(const MasterReload::Report &report);
    void readAfter();
    void reviewPlan();

    QPointer<InstanceSession> m_session;
    QPointer<QWidget> m_window;
    QPointer<ReloadDialog> m_confirm;
    QPointer<ReloadResultDialog> m_result;
    MasterReload *m_reload = nullptr;
    ReloadSnapshot m_before;
    ReloadSnapshot m_after;
    QString m_configurationPath;
    bool m_reapply = false;
};
