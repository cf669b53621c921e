#pragma once

#include "core/actions/clusteractionrunner.h"
#include "core/actions/serveraction.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

class ClusterResultDialog;
class ClusterStore;
class ClusterTableModel;
class ConnectionProfilesModel;
class InstanceSession;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

// A cluster — a named group of instances with the same backends — merged into one table: a
// row per backend and server, a column per member with its state and weight, and the rows
// where members differ (a server in MAINT on one node only, other weights, a server missing)
// highlighted. Ready, drain, maintenance and weight act on the selected servers on every
// member at once (ClusterActionRunner), previewed first, with the result shown per member.
// Members are connection profiles; those not open yet are opened on request.
class ClusterDock : public QDockWidget
{
    Q_OBJECT
public:
    ClusterDock(ClusterStore *store, ConnectionProfilesModel *profiles, QWidget *parent = nullptr);

    // The instances open in the window; a member is the session whose profile has its name.
    void setSessions(const QList<InstanceSession *> &sessions);
    QString currentCluster() const;
    void setCurrentCluster(const QString &name);

    ClusterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    // The servers selected in the merged table.
    QList<ServerTarget> selectedTargets() const;
    // The open members of the current cluster; *missing gets the names not open.
    QList<ClusterMember> members(QStringList *missing = nullptr) const;

    // Opens the preview of the action for every member (window-modal, deleted on close) and
    // returns at once; the dialog runs it on confirmation. Null when nothing can be run.
    ClusterResultDialog *runAction(const ServerAction &action);

public slots:
    void openClusterDialog(const QString &name); // empty: a new cluster
    void newCluster();
    void editCluster();
    void deleteCluster();
    void connectMembers();
    void askWeight();

signals:
    // Open these connection profiles (the window opens a session for each).
    void connectRequested(const QStringList &profileNames);
    void statusMessage(const QString &text, bool error);

private:
    void fillClusters();
    void onClusterChanged();
    void onSnapshot(InstanceSession *session);
    void updateSummary();
    void updateActions();
    QToolButton *makeButton(const QString &text, const QString &tip, const QKeySequence &shortcut = {});

    ClusterStore *m_store;
    ConnectionProfilesModel *m_profiles;
    QList<QPointer<InstanceSession>> m_sessions;
    ClusterTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_clusterCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_connectButton = nullptr;
    QList<QToolButton *> m_actionButtons;
};
