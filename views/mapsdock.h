#pragma once

#include "core/actions/actionrunner.h"
#include "core/actions/clusteractionrunner.h"
#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>

class MapEntriesModel;
class MapEntryFilterProxyModel;
class MapListModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class RuntimeReply;
class ServerAction;

// The maps and ACLs of the instance shown: their list (`show map`, `show acl`), the entries of
// the one selected (`show map <m>`, filterable, 100,000 rows and more), a `get map` tester, and
// the edits of one entry (add, set, delete), each built by MapCommands, previewed and run by
// ActionPreviewDialog. Export writes the live contents in the file format; for a local instance
// the entries are compared with the map's file. HAProxy is asked only when the user refreshes
// (F5), selects another map, or after a write: never on a timer.
class MapsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit MapsDock(QWidget *parent = nullptr);
    ~MapsDock() override;

    // Not owned; nullptr detaches. The list is read when the dock is visible.
    void setConnection(RuntimeConnection *connection);
    RuntimeConnection *connection() const { return m_connection; }

    // The cluster the instance shown belongs to, and its members (a member not open has no
    // connection). With one, "Whole Cluster" (Ctrl+Shift+A) sends entry edits to every member
    // through the cluster's result dialog instead of this instance's preview.
    struct Cluster
    {
        QString name; // empty: none
        QList<ClusterMember> members;
    };
    void setClusterLookup(std::function<Cluster()> lookup);
    QAction *wholeClusterAction() const { return m_clusterAction; }

    // Asks HAProxy for the list and, if one is selected, the entries again.
    void refresh();
    // Selects a map or ACL of the list (its entries are read); false when it is not listed.
    bool selectTarget(const MapCommands::Target &target);
    // The map or ACL selected, or nullopt-like: reference empty.
    MapCommands::Target currentTarget() const { return m_target; }
    bool hasTarget() const { return !m_target.reference.isEmpty(); }
    // The `get map` tester: what `sample` gets from the map selected.
    void test(const QString &sample);
    // The dialogs: open() them, as the actions do.
    void addEntry();
    void setValue();
    void deleteEntries();
    // Reads the live entries again and writes them to `path` in the map file format
    // (exportFinished tells how it went).
    void exportTo(const QString &path);
    void setCompareWithFile(bool compare);
    // Why the entries cannot be compared with the map's file; empty when they can.
    QString compareUnavailableReason() const;

    MapListModel *listModel() const { return m_listModel; }
    MapEntriesModel *entriesModel() const { return m_entriesModel; }
    MapEntryFilterProxyModel *filterModel() const { return m_proxy; }
    QTableView *listView() const { return m_listView; }
    QTableView *entriesView() const { return m_entriesView; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLineEdit *testEdit() const { return m_testEdit; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *compareCheck() const { return m_compareCheck; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *addEntryAction() const { return m_addAction; }
    QAction *setAction() const { return m_setAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *replaceAction() const { return m_replaceAction; }

signals:
    // Replace Contents… (Ctrl+Shift+R): the whole contents of this map or ACL, atomically.
    void replaceRequested(const MapCommands::Target &target);
    void entriesLoaded(int count);
    void listLoaded();
    void testAnswered(const QString &text);
    void exportFinished(const QString &path, const QString &error);
    // A write was run from the dock (whatever its results).
    void writeFinished(const ActionSummary &summary);
    void statusMessage(const QString &text, bool error);

private:
    void createActions();
    QWidget *createListSide();
    QWidget *createEntriesSide();
    QWidget *createTester(QWidget *parent);
    void connectViews();
    void onListSelectionChanged();
    void loadEntries();
    void onEntriesReply(const MapCommands::Target &target, const RuntimeReply &reply, int generation);
    void showEntries(const QList<PatternEntry> &entries);
    void onTestReply(const RuntimeReply &reply);
    void updateActions();
    void updateStatus();
    QString writeLevelReason() const;
    QList<int> selectedSourceRows() const;
    void runAction(const ServerAction &action);
    void runOnCluster(const Cluster &cluster, const ServerAction &action);
    void openEntryDialog(int mode, const QString &key, const QString &value, const QString &ref);
    void chooseExportFile();
    void writeExport(const QString &path, const MapCommands::Target &target, const RuntimeReply &reply);

    QPointer<RuntimeConnection> m_connection;
    MapListModel *m_listModel = nullptr;
    MapEntriesModel *m_entriesModel = nullptr;
    MapEntryFilterProxyModel *m_proxy = nullptr;
    QTableView *m_listView = nullptr;
    QTableView *m_entriesView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLineEdit *m_testEdit = nullptr;
    QLabel *m_testLabel = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_compareCheck = nullptr;
    QCheckBox *m_differencesCheck = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_setAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clusterAction = nullptr;
    std::function<Cluster()> m_clusterLookup;
    QAction *m_replaceAction = nullptr;
    QAction *m_findAction = nullptr;
    MapCommands::Target m_target;
    QList<PatternEntry> m_live; // the entries as last read
    QString m_loadError;
    int m_generation = 0; // bumped per entries request: a late answer for another map is dropped
    bool m_listLoaded = false;
    bool m_loading = false;
};
