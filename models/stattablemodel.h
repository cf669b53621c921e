#pragma once

#include "core/client/snapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Every frontend, backend, server and listener row of an instance's `show stat`, merged
// snapshot after snapshot by key (type + proxy + name). One flat model rather than a tree:
// a merge is one pass with one hash lookup per row, and the views need different cuts of
// it (backends in a side list, the servers of the chosen backends, frontends), which
// filter proxies give for free. Rows are inserted and removed as objects come and go,
// changed cells get dataChanged (one per run of rows and of columns in it), and a routine
// refresh never resets the model, so selection, current row, sort order and scroll position
// survive. New rows are appended (one insertion; the sort proxy places them); when more than
// half the rows changed, one dataChanged per run of changed columns covers every row.
class StatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, // server name, or the proxy name for FRONTEND/BACKEND rows
        Proxy,
        Status,
        Weight, // "effective (user)" when they differ
        Role, // active / backup (servers); a backend's counts of both
        CurrentSessions,
        MaxSessions,
        SessionLimit,
        SessionRate,
        Queue,
        TotalSessions,
        BytesIn,
        BytesOut,
        Denied, // dreq + dresp
        ConnectionErrors, // econ
        ResponseErrors, // eresp
        Retries, // wretr
        Redispatches, // wredis
        Http4xx,
        Http5xx,
        CheckStatus, // "L7OK/200 in 1 ms"
        LastChange, // since lastchg, as a duration
        Downtime,
        Address,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        // The value behind a cell: qint64 (StatRow::NoValue when empty) for numbers, QString
        // for Name, Proxy, Status, CheckStatus (without the "* " of a running check), Address.
        // Role: 0 active / 1 backup for a server, the number of active servers for a backend.
        RawRole = Qt::UserRole + 1,
        KeyRole, // QString "s/be/s1" (type letter f/b/s/l, proxy, name): unique and stable
        TypeRole, // int StatRow::Type
        ProxyNameRole, // QString
        StateRole, // int StatStatus::State
        InTransitionRole, // bool: "UP 1/3" and friends
        BackupRole, // bool
        ServerNameRole, // QString; empty for FRONTEND/BACKEND rows
    };

    explicit StatTableModel(QObject *parent = nullptr);

    // Merges a snapshot. The first one after clear() fills the model; a null one is clear().
    // A key twice in one answer counts once (the first row).
    void setSnapshot(const SnapshotPtr &snapshot);
    // Forgets everything (a reset): only when the connection changes.
    void clear();
    SnapshotPtr snapshot() const { return m_snapshot; }

    int rowForKey(const QString &key) const; // -1 if absent; O(1)
    const StatRow *statRow(int row) const; // nullptr if out of range
    static QString keyOf(const StatRow &row);

    // Three-way comparison of two rows on a column's RawRole (NoValue smallest, text without
    // regard to ASCII case), ties broken on KeyRole: a strict total order, without building
    // a QVariant or a QString, for the sort proxy. 0 only for the same row.
    int compareRows(int left, int right, int column) const;
    // Every row's place in compareRows(…, column) order, by model row: a sort proxy re-sorting
    // 10,000 rows compares these integers instead of rows.
    QList<int> sortRanks(int column) const;
    // Orders like comparing keyOf(a) with keyOf(b), without building them.
    static int compareKeys(const StatRow &a, const StatRow &b);

    // What the last merge did (for tests and benchmarks).
    struct MergeStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
        bool fullRangeUpdate = false;
    };
    MergeStats lastMerge() const { return m_lastMerge; }

    // The cells of one row (or of a run of rows) a merge changed, one bit per column: shown,
    // their text, colour or tooltip changed; quiet, only their RawRole (a duration whose text
    // stays "3h 12m"), signalled with the roles { RawRole } so a view need not repaint them.
    struct CellChanges
    {
        quint32 shown = 0;
        quint32 quiet = 0;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A merge's signals (removals, data changes per run, insertions) are all out: a sort
    // proxy sorts once here rather than once per run of changed rows.
    void merged();

private:
    // The identity of a row. Its bytes are shared with the snapshot the row first came in
    // (no copy), and outlive it.
    struct RowKey
    {
        QByteArray pxname;
        QByteArray svname;
        StatRow::Type type = StatRow::Type::Unknown;

        RowKey() = default;
        explicit RowKey(const StatRow &row)
            : pxname(row.pxname)
            , svname(row.svname)
            , type(row.type)
        { }
        bool operator==(const RowKey &) const = default;
        friend size_t qHash(const RowKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.pxname, key.svname, int(key.type));
        }
    };

    const StatRow &rowAt(int row) const { return *m_rows.at(row); }
    void removeVanishedRows(QList<const StatRow *> &newRowOf);
    void updateRows(const QList<int> &changedRows, const QList<CellChanges> &changes,
        const QList<const StatRow *> &newRowOf);
    // dataChanged with `roles` for the given rows (ascending) and columns of each, the rows
    // pointed to newRowOf as their signals go.
    void signalChanges(const QList<int> &rows, const QList<quint32> &columns,
        const QList<const StatRow *> &newRowOf, const QList<int> &roles);
    // One dataChanged per run of columns in the mask.
    void emitColumns(int firstRow, int lastRow, quint32 columns, const QList<int> &roles);

    SnapshotPtr m_snapshot;
    // Model row -> its row in m_snapshot->stat.rows, which m_snapshot keeps alive and never
    // moves (the snapshot is immutable). During a merge's dataChanged signals, rows not yet
    // announced still point into the previous snapshot.
    QList<const StatRow *> m_rows;
    QHash<RowKey, int> m_rowOfKey; // -> model row
    mutable QList<int> m_keyRank; // model row -> its place in key order; empty when stale
    MergeStats m_lastMerge;
};
