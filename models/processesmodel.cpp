#include "models/processesmodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QVariant number(qint64 value)
{
    return value == ProcessesModel::NoValue ? QVariant() : QVariant(value);
}

ProcessesModel::Row rowFor(const ProcEntry &entry)
{
    ProcessesModel::Row row;
    row.entry = entry;
    row.state = entry.role == ProcEntry::Role::OldWorker ? ProcessesModel::State::Draining
                                                         : ProcessesModel::State::Running;
    return row;
}

} // namespace

void ProcessesModel::setProcesses(const ProcList &list)
{
    QList<ProcEntry> entries { list.master };
    entries << list.workers << list.oldWorkers << list.programs;
    QList<Row> fresh;
    QSet<qint64> listed;
    for (const ProcEntry &entry : std::as_const(entries)) {
        if (entry.pid == NoValue || listed.contains(entry.pid))
            continue; // a pid is one row, even if an answer were to list it twice
        listed.insert(entry.pid);
        Row row = rowFor(entry);
        // Kept until its own `show info` says again; a worker that became an old one is asked
        // first (what the instance's poll said of it is from before the reload).
        if (const Row *known = find(entry.pid);
            known && known->state != State::Exited && known->entry.role == entry.role)
            row.connections = known->connections;
        fresh.append(row);
    }
    // A process no longer listed stays one refresh as exited, then goes.
    for (const Row &known : std::as_const(m_rows)) {
        if (listed.contains(known.entry.pid) || known.state == State::Exited)
            continue;
        Row gone = known;
        gone.state = State::Exited;
        gone.connections = NoValue;
        fresh.append(gone);
    }
    std::sort(fresh.begin(), fresh.end(), &ProcessesModel::before);
    mergeSorted(fresh);
}

bool ProcessesModel::before(const Row &a, const Row &b)
{
    const int ra = roleOrder(a.entry.role);
    const int rb = roleOrder(b.entry.role);
    if (ra != rb)
        return ra < rb;
    return a.entry.pid < b.entry.pid;
}

void ProcessesModel::mergeSorted(const QList<Row> &fresh)
{
    QSet<qint64> freshPids;
    for (const Row &row : fresh)
        freshPids.insert(row.entry.pid);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (freshPids.contains(m_rows.at(i).entry.pid))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Rows before i are in their final place; each fresh row is found further on (moved up),
    // or inserted.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Row &row = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).entry.pid == row.entry.pid) {
            updateRow(int(i), row);
            continue;
        }
        qsizetype found = -1;
        for (qsizetype j = i + 1; j < m_rows.size() && found < 0; ++j) {
            if (m_rows.at(j).entry.pid == row.entry.pid)
                found = j;
        }
        if (found < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, int(found), int(found), {}, int(i));
        m_rows.move(found, i);
        endMoveRows();
        updateRow(int(i), row);
    }
}

void ProcessesModel::updateRow(int row, const Row &fresh)
{
    const Row old = m_rows.at(row);
    m_rows[row] = fresh;
    // One dataChanged per run of changed cells: unchanged cells are not repainted.
    int runStart = -1;
    for (int column = 0; column <= ColumnCount; ++column) {
        const bool changed = column < ColumnCount
            && (text(old, column) != text(fresh, column) || raw(old, column) != raw(fresh, column)
                || (column == StateColumn && old.state != fresh.state));
        if (changed && runStart < 0)
            runStart = column;
        if (!changed && runStart >= 0) {
            emit dataChanged(index(row, runStart), index(row, column - 1));
            runStart = -1;
        }
    }
}

void ProcessesModel::setConnections(qint64 pid, qint64 connections)
{
    const int row = rowOf(pid);
    if (row < 0 || m_rows.at(row).state == State::Exited || m_rows.at(row).connections == connections)
        return;
    m_rows[row].connections = connections;
    const QModelIndex cell = index(row, ConnectionsColumn);
    emit dataChanged(cell, cell);
}

void ProcessesModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_nextAsked = 0;
    endResetModel();
}

const ProcessesModel::Row *ProcessesModel::find(qint64 pid) const
{
    const int row = rowOf(pid);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ProcessesModel::rowOf(qint64 pid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.pid == pid)
            return int(i);
    }
    return -1;
}

QList<qint64> ProcessesModel::oldWorkerPids() const
{
    QList<qint64> pids;
    for (const Row &row : m_rows) {
        if (row.entry.role == ProcEntry::Role::OldWorker && row.state != State::Exited)
            pids.append(row.entry.pid);
    }
    return pids;
}

QList<qint64> ProcessesModel::oldWorkersToAsk(int max)
{
    const QList<qint64> pids = oldWorkerPids();
    if (pids.size() <= max) {
        m_nextAsked = 0;
        return pids;
    }
    QList<qint64> asked;
    for (qsizetype i = 0; i < max; ++i)
        asked.append(pids.at((m_nextAsked + i) % pids.size()));
    m_nextAsked = (m_nextAsked + max) % pids.size();
    return asked;
}

qint64 ProcessesModel::masterPid() const
{
    for (const Row &row : m_rows) {
        if (row.entry.role == ProcEntry::Role::Master && row.state != State::Exited)
            return row.entry.pid;
    }
    return NoValue;
}

QString ProcessesModel::summary(const QString &masterStatus) const
{
    const Row *master = find(masterPid());
    if (!master)
        return {};
    const ProcEntry &entry = master->entry;
    QStringList parts { tr("Master %1").arg(entry.pid) };
    if (entry.reloads != NoValue) {
        QString reloads = entry.reloads == 1 ? tr("1 reload") : tr("%1 reloads").arg(entry.reloads);
        if (entry.failedReloads != NoValue && entry.failedReloads > 0)
            reloads = tr("%1 (%2 failed)").arg(reloads).arg(entry.failedReloads);
        parts << reloads;
    }
    const int draining = int(oldWorkerPids().size());
    if (draining > 0)
        parts << (draining == 1 ? tr("1 old worker draining") : tr("%1 old workers draining").arg(draining));
    if (masterStatus == "ReloadFailed"_L1)
        parts << tr("last reload failed");
    else if (!masterStatus.isEmpty())
        parts << tr("master says: %1").arg(masterStatus);
    return parts.join(u" · "_s);
}

QString ProcessesModel::formatUptime(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds / 3600 % 24;
    const qint64 minutes = seconds / 60 % 60;
    const qint64 secs = seconds % 60;
    const auto two = [](qint64 v) { return u"%1"_s.arg(v, 2, 10, QLatin1Char('0')); };
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(two(hours));
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(two(minutes));
    if (minutes > 0)
        return tr("%1m %2s").arg(minutes).arg(two(secs));
    return tr("%1s").arg(secs);
}

QString ProcessesModel::roleText(const ProcEntry &entry) const
{
    switch (entry.role) {
    case ProcEntry::Role::Master:
        return tr("Master");
    case ProcEntry::Role::Worker:
        return tr("Worker");
    case ProcEntry::Role::OldWorker:
        return tr("Old worker (draining)");
    case ProcEntry::Role::Program:
        return QString::fromUtf8(entry.type);
    }
    return {};
}

QString ProcessesModel::stateText(State state) const
{
    switch (state) {
    case State::Running:
        return tr("running");
    case State::Draining:
        return tr("draining");
    case State::Exited:
        return tr("exited");
    }
    return {};
}

int ProcessesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessesModel::text(const Row &row, int column) const
{
    const ProcEntry &entry = row.entry;
    switch (column) {
    case PidColumn:
        return QString::number(entry.pid);
    case RoleColumn:
        // An exited old worker drains no more.
        if (row.state == State::Exited && entry.role == ProcEntry::Role::OldWorker)
            return tr("Old worker");
        return roleText(entry);
    case ReloadsColumn:
        return number(entry.reloads);
    case FailedReloadsColumn:
        return number(entry.failedReloads);
    case UptimeColumn:
        return entry.uptimeSeconds == NoValue ? QString::fromUtf8(entry.uptime)
                                              : formatUptime(entry.uptimeSeconds);
    case VersionColumn:
        return QString::fromUtf8(entry.version);
    case ConnectionsColumn:
        return number(row.connections);
    case StateColumn:
        return stateText(row.state);
    }
    return {};
}

QVariant ProcessesModel::raw(const Row &row, int column) const
{
    switch (column) {
    case PidColumn:
        return row.entry.pid;
    case RoleColumn:
        return roleOrder(row.entry.role);
    case UptimeColumn:
        return number(row.entry.uptimeSeconds);
    case StateColumn:
        return int(row.state);
    }
    return text(row, column);
}

QVariant ProcessesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case KeyRole:
        return QString::number(row.entry.pid);
    case StateRole:
        return int(row.state);
    case Qt::ToolTipRole:
        if (row.state == State::Draining)
            return tr("Stopped by a reload: takes no new connection and exits once its last "
                      "connection closes");
        if (row.state == State::Exited)
            return tr("No longer listed by the master: this row goes at the next refresh");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn || index.column() == ReloadsColumn
            || index.column() == FailedReloadsColumn || index.column() == ConnectionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ProcessesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReloadsColumn:
            return tr("Reloads this process has lived through");
        case FailedReloadsColumn:
            return tr("Reloads whose new configuration did not load (the master's count)");
        case ConnectionsColumn:
            return tr("Current connections, from the process's own show info");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PidColumn:
        return tr("PID");
    case RoleColumn:
        return tr("Role");
    case ReloadsColumn:
        return tr("Reloads");
    case FailedReloadsColumn:
        return tr("Failed reloads");
    case UptimeColumn:
        return tr("Uptime");
    case VersionColumn:
        return tr("Version");
    case ConnectionsColumn:
        return tr("Connections");
    case StateColumn:
        return tr("State");
    }
    return {};
}
