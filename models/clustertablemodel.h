#pragma once

#include "core/client/snapshot.h"
#include "models/clusterdivergence.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

// A cluster's backends and servers merged across its members: one row per backend and per
// server (by name), with one column per member showing that node's state and weight
// ("UP · 100"), and a "Differs" column naming what the members disagree about. Divergent
// rows and cells carry DivergentRole (DivergentCellRole where it shows) so a view can
// highlight them; the model says what a cell is, a delegate in views paints it.
// Merged by key like StatTableModel: rows are inserted and removed as they come and go,
// changed rows get dataChanged, and only a change of the member set resets the model.
class ClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Fixed columns; the member columns follow Backend, then Differs is last (differsColumn()).
    enum Column { Name, Backend, FirstMemberColumn };

    enum ItemRole {
        DivergentRole = Qt::UserRole + 1, // bool: the row (any column) or this member's cell differs
        KeyRole, // QString "b/be" or "s/be/s1": unique and stable
        BackendNameRole, // QString
        ServerNameRole, // QString; empty on a backend row
        MemberRole, // QString: the member of a member column; empty elsewhere
        PresentRole, // bool: the member has this row (false: missing there, or no data yet)
        StateRole, // int StatStatus::State on a member cell; -1 when absent
        WeightRole, // qint64 user weight on a member cell; StatRow::NoValue when absent
        StatusTextRole, // QString: HAProxy's status text on a member cell, as sent
        DivergentCellRole, // bool: this cell shows a divergence (a member's cell, the Differs column)
        HeadingRole, // bool: a backend row's name, which heads its servers
    };

    explicit ClusterTableModel(QObject *parent = nullptr);

    // A different set (or order) of members resets the model; the same one changes nothing.
    void setMembers(const QStringList &members);
    QStringList members() const { return m_members; }
    // Takes a member's latest snapshot (null: no data, e.g. disconnected) and merges the
    // result. False for a name that is not a member.
    bool setSnapshot(const QString &member, const SnapshotPtr &snapshot);
    SnapshotPtr snapshot(const QString &member) const;

    int memberColumn(const QString &member) const; // -1 if not a member
    int differsColumn() const { return FirstMemberColumn + int(m_members.size()); }
    int rowForKey(const QString &key) const; // -1 if absent
    QList<Divergence> divergences() const { return m_divergences; }
    int divergentRowCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One member's view of a row.
    struct Cell
    {
        bool present = false;
        bool known = false; // the member has a snapshot covering this backend
        int state = -1; // StatStatus::State
        QString stateText; // category: "UP", "MAINT"...
        QString status; // as sent
        qint64 weight = StatRow::NoValue;
        bool divergent = false;

        bool operator==(const Cell &) const = default;
    };
    struct Row
    {
        QString key;
        QString backend;
        QString server; // empty for the backend's own row
        QList<Cell> cells; // one per member
        QStringList differs; // kinds, for the short column
        QString tooltip; // every divergence's full text
        bool operator==(const Row &) const = default;
        bool divergent() const { return !differs.isEmpty(); }
    };

    void recompute();
    QList<Row> buildRows(QList<Divergence> *divergences) const;
    QList<Row> mergeRows(const QList<ClusterNodeSnapshot> &nodes) const;
    static void markDivergences(QList<Row> &rows, const QList<Divergence> &found);
    static void markDivergentCells(Row &row, const QList<Divergence::Kind> &kinds);
    QVariant cellData(const Row &row, int column, int role) const;

    QStringList m_members;
    QHash<QString, SnapshotPtr> m_snapshots;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QList<Divergence> m_divergences;
};
