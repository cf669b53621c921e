#pragma once

#include "core/parsers/procparser.h"
#include "models/keyedtablemodel.h"

#include <QList>
#include <QString>

// HAProxy's processes as the master CLI lists them (`show proc`): the master, the current
// worker, old workers still finishing their connections, and programs. One row per pid,
// ordered by role then pid, updated in place on each refresh (only the cells that changed
// are signalled). A process that leaves the list stays one more refresh as "exited", so a
// person sees it go, then its row is removed.
class ProcessesModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        RoleColumn,
        ReloadsColumn,
        FailedReloadsColumn,
        UptimeColumn,
        VersionColumn,
        ConnectionsColumn,
        StateColumn,
        ColumnCount
    };
    enum class State { Running, Draining, Exited };
    // The row's State as an int (for a delegate's colour and for tests).
    static constexpr int StateRole = Qt::UserRole + 3;
    static constexpr qint64 NoValue = ProcEntry::NoValue;

    struct Row
    {
        ProcEntry entry;
        State state = State::Running;
        qint64 connections = NoValue; // CurrConns of the process's own `show info`
    };

    using KeyedTableModel::KeyedTableModel;

    // One refresh: rows that came are inserted in their place, rows that stayed are updated,
    // rows that went are marked exited (and removed on the refresh after).
    void setProcesses(const ProcList &list);
    // The current connections of one process (`show info` CurrConns); NoValue: unknown.
    void setConnections(qint64 pid, qint64 connections);
    // Another instance or connection: every row goes at once.
    void clear();

    const Row *find(qint64 pid) const;
    int rowOf(qint64 pid) const; // -1 when absent
    const QList<Row> &rows() const { return m_rows; }
    // The old workers still listed (not exited), oldest pid first.
    QList<qint64> oldWorkerPids() const;
    // The old workers to ask their `show info` this refresh: all of them, or at most `max`
    // taken in turns, so that with more each is asked every few refreshes.
    QList<qint64> oldWorkersToAsk(int max);
    // The master's pid, NoValue before the first refresh.
    qint64 masterPid() const;

    // "Master 1234 · 2 reloads (1 failed) · last reload failed": the master's row in one line.
    // masterStatus is the tag of the master's prompt ("ReloadFailed"), or empty.
    QString summary(const QString &masterStatus) const;

    // "3d 04h", "2h 05m", "3m 38s"; empty when unknown.
    static QString formatUptime(qint64 seconds);
    QString roleText(const ProcEntry &entry) const;
    QString stateText(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static int roleOrder(ProcEntry::Role role) { return int(role); }
    static bool before(const Row &a, const Row &b);
    QVariant text(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    // Puts fresh (sorted) rows in place: removes, moves, inserts and updates as needed.
    void mergeSorted(const QList<Row> &fresh);
    void updateRow(int row, const Row &fresh);

    QList<Row> m_rows;
    qsizetype m_nextAsked = 0; // oldWorkersToAsk()'s turn
};
