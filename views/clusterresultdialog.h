#pragma once

#include "core/actions/clusteractionrunner.h"
#include "views/runoncedialog.h"

#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// An action on a whole cluster, before and after: first the command lines every member will
// get and why a member cannot run it (not connected, level too low); then, once run, each
// member's result per server in HAProxy's own words, failures highlighted. Nothing is sent
// until the user confirms; a member refused by the pre-check holds back the whole cluster
// unless the user checks "Run on the nodes that can". Escape while running stops sending.
//
//     auto *dialog = new ClusterResultDialog(u"prod"_s, action, members, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &ClusterResultDialog::refreshRequested, ...);
//     dialog->open(); // never exec(): answers keep coming while it is open
class ClusterResultDialog : public RunOnceDialog
{
    Q_OBJECT
public:
    enum Column { NodeColumn, CommandColumn, ResultColumn };

    ClusterResultDialog(const QString &cluster, const ServerAction &action,
        const QList<ClusterMember> &members, QWidget *parent = nullptr);

    ClusterActionRunner *runner() const { return m_runner; }
    QTreeWidget *tree() const { return m_tree; }
    // Every member's results as plain text (what "Copy results" puts on the clipboard).
    QString reportText() const;

signals:
    void refreshRequested(const QString &member);
    void actionFinished(const ClusterSummary &summary);

private:
    QLabel *createTitle();
    void createChoices(); // the confirmation and the "skip the nodes that cannot" check box
    QTreeWidget *createTree(const QList<ClusterMember> &members); // a branch per node
    void createProgress(); // and the summary under it, both hidden until the run
    void createButtons();
    void connectSignals(const QList<ClusterMember> &members);
    bool canRun() const override;
    bool isRunning() const override;
    void cancelRun() override;
    void run() override;
    void updatePrecheck();
    void showSummary(const ClusterSummary &summary);
    void onFinished(const ClusterSummary &summary);

    ServerAction m_action;
    QString m_cluster;
    ClusterActionRunner *m_runner = nullptr;
    QList<ServerAction::Step> m_steps;
    QHash<QString, QTreeWidgetItem *> m_memberItems;
    QLabel *m_confirmation = nullptr;
    QCheckBox *m_partial = nullptr;
    QTreeWidget *m_tree = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_copyButton = nullptr;
};
