#pragma once

#include "core/actions/serveraction.h"
#include "core/protocol/runtimereply.h"
#include "core/protocol/tablecommands.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class ActionPreviewDialog;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class RuntimeConnection;
class StickTableEntriesModel;
class StickTableListModel;
class TableFilterBar;
class TableValueDialog;

// The stick tables of the instance shown: the tables (type, size, used), the entries of the
// one selected with their data columns, filtered by HAProxy itself (up to four data filters
// or one key, sent with `show table`) and read only on Refresh (F5), on a filter change or
// when the dock is shown, never on a timer: a table of a million entries is not dumped
// every second. The answer is capped; the status line says when the table holds more than
// is shown. Clear Entry (Del) unbans the selected keys, Set Value (F2) writes one data
// column, Clear Matching removes what the filters match after counting it; every write is
// previewed and confirmed, and a refusal of TableCommands is shown in words, nothing sent.
class StickTablesDock : public QDockWidget
{
    Q_OBJECT
public:
    // The most a dump may take in this view; a bigger table needs a filter or a key.
    static constexpr qint64 ViewAnswerBytes = 16ll * 1024 * 1024;

    explicit StickTablesDock(QWidget *parent = nullptr);

    // Not owned; nullptr detaches. Read again at once when the dock is shown.
    void setConnection(RuntimeConnection *connection);

    // Reads the list of tables, then the selected table's entries with the filters.
    void refresh();
    void selectTable(const QString &name);
    QString currentTable() const;
    QStringList selectedKeys() const;

    void clearSelectedEntries();
    void setValueOfSelected();
    // Counts what the filters match (show table with them), then previews the clear.
    void clearMatching();

    StickTableListModel *tablesModel() const { return m_tables; }
    StickTableEntriesModel *entriesModel() const { return m_entries; }
    QTableView *tablesView() const { return m_tablesView; }
    QTableView *entriesView() const { return m_entriesView; }
    TableFilterBar *filterBar() const { return m_filters; }
    QLabel *statusLabel() const { return m_status; }
    ActionPreviewDialog *previewDialog() const;
    TableValueDialog *valueDialog() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *clearEntryAction() const { return m_clearEntryAction; }
    QAction *setValueAction() const { return m_setValueAction; }
    QAction *clearMatchingAction() const { return m_clearMatchingAction; }
    // Answers read so far (for tests: a refresh has been answered when this grows).
    int answersRead() const { return m_answers; }

signals:
    void statusMessage(const QString &text, bool error);

private:
    QWidget *createTablesPane();
    QWidget *createEntriesPane();
    void createActions();
    QWidget *createButtons();
    void fetchEntries();
    void onTables(const RuntimeReply &reply);
    void onEntries(const QString &table, const RuntimeReply &reply);
    void onCount(const TableCommands::Table &table, const QList<TableCommands::DataFilter> &filters,
        const RuntimeReply &reply);
    TableCommands::Table tableSpec(const QString &name) const;
    void openPreview(const ServerAction &action);
    void openValueDialog();
    void setStatus(const QString &text, bool error);
    void updateActions();
    bool send(const RuntimeCommand &command, std::function<void(const RuntimeReply &)> handler);

    QPointer<RuntimeConnection> m_connection;
    StickTableListModel *m_tables = nullptr;
    StickTableEntriesModel *m_entries = nullptr;
    QSortFilterProxyModel *m_sortedEntries = nullptr;
    QTableView *m_tablesView = nullptr;
    QTableView *m_entriesView = nullptr;
    TableFilterBar *m_filters = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_clearEntryAction = nullptr;
    QAction *m_setValueAction = nullptr;
    QAction *m_clearMatchingAction = nullptr;
    QPointer<ActionPreviewDialog> m_preview;
    QPointer<TableValueDialog> m_valueDialog;
    QHash<QString, QStringList> m_columns; // per table, from its last dump that had entries
    int m_generation = 0; // bumped per read, so a late answer of an older one is ignored
    int m_answers = 0;
};
