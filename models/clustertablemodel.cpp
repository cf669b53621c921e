#include "models/clustertablemodel.h"

#include <algorithm>
#include <optional>

namespace {

QString backendKey(const QString &backend)
{
    return QStringLiteral("b/") + backend;
}

QString serverKey(const QString &backend, const QString &server)
{
    return QStringLiteral("s/") + backend + QLatin1Char('/') + server;
}

bool covers(const Snapshot &snapshot, const QString &backend)
{
    return snapshot.scope.isEmpty() || snapshot.scope.contains(backend);
}

// Among the values, the one held by strictly more cells than any other; nullopt on a tie.
template<typename T>
std::optional<T> majority(const QList<T> &values)
{
    QList<QPair<T, int>> counts;
    for (const T &value : values) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == value; });
        if (it == counts.end())
            counts.append({ value, 1 });
        else
            ++it->second;
    }
    std::optional<T> best;
    int bestCount = 0;
    bool tie = false;
    for (const auto &[value, count] : counts) {
        if (count > bestCount) {
            best = value;
            bestCount = count;
            tie = false;
        } else if (count == bestCount) {
            tie = true;
        }
    }
    return tie ? std::nullopt : best;
}

// Marks the cells (indexes into cells, with their values) that are not the majority value;
// every one of them when no value has a majority (two nodes that disagree: both).
template<typename T>
void markOutliers(QList<bool> &divergent, const QList<int> &cells, const QList<T> &values)
{
    const std::optional<T> reference = majority(values);
    for (int i = 0; i < cells.size(); ++i)
        if (!reference || values.at(i) != *reference)
            divergent[cells.at(i)] = true;
}

} // namespace

ClusterTableModel::ClusterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClusterTableModel::setMembers(const QStringList &members)
{
    if (members == m_members)
        return;
    beginResetModel();
    m_members = members;
    QHash<QString, SnapshotPtr> kept;
    for (const QString &member : members)
        if (m_snapshots.contains(member))
            kept.insert(member, m_snapshots.value(member));
    m_snapshots = kept;
    m_rows = buildRows(&m_divergences);
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);
    endResetModel();
}

bool ClusterTableModel::setSnapshot(const QString &member, const SnapshotPtr &snapshot)
{
    if (!m_members.contains(member))
        return false;
    if (m_snapshots.value(member) == snapshot)
        return true;
    m_snapshots.insert(member, snapshot);
    recompute();
    return true;
}

SnapshotPtr ClusterTableModel::snapshot(const QString &member) const
{
    return m_snapshots.value(member);
}

int ClusterTableModel::memberColumn(const QString &member) const
{
    const qsizetype index = m_members.indexOf(member);
    return index < 0 ? -1 : FirstMemberColumn + int(index);
}

int ClusterTableModel::rowForKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

int ClusterTableModel::divergentRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.divergent(); }));
}

QList<ClusterTableModel::Row> ClusterTableModel::buildRows(QList<Divergence> *divergences) const
{
    QList<ClusterNodeSnapshot> nodes;
    for (const QString &member : m_members)
        nodes.append({ member, m_snapshots.value(member) });
    QList<Row> rows = mergeRows(nodes);
    const QList<Divergence> found = ClusterDivergence::compute(nodes);
    if (divergences)
        *divergences = found;
    markDivergences(rows, found);
    return rows;
}

// One row per backend and per server of any member, with each member's cell.
QList<ClusterTableModel::Row> ClusterTableModel::mergeRows(const QList<ClusterNodeSnapshot> &nodes) const
{
    // Backends in the order they first appear, member by member; each backend's own row
    // first, then its servers (show stat lists servers before their BACKEND line).
    QStringList backendOrder;
    QHash<QString, QStringList> serversOf;
    QList<QHash<QString, const StatRow *>> rowsOfMember; // per member: key -> row
    for (const ClusterNodeSnapshot &node : nodes) {
        const SnapshotPtr &snapshot = node.snapshot;
        QHash<QString, const StatRow *> rows;
        if (snapshot) {
            for (const StatRow &row : snapshot->stat.rows) {
                if (!row.isBackend() && !row.isServer())
                    continue;
                const QString backend = QString::fromUtf8(row.pxname);
                if (!serversOf.contains(backend)) {
                    backendOrder.append(backend);
                    serversOf.insert(backend, {});
                }
                if (row.isBackend()) {
                    rows.insert(backendKey(backend), &row);
                    continue;
                }
                const QString server = QString::fromUtf8(row.svname);
                const QString key = serverKey(backend, server);
                if (!rows.contains(key)) {
                    rows.insert(key, &row);
                    QStringList &servers = serversOf[backend];
                    if (!servers.contains(server))
                        servers.append(server);
                }
            }
        }
        rowsOfMember.append(rows);
    }

    QList<Row> result;
    auto addRow = [&](const QString &backend, const QString &server) {
        Row row;
        row.backend = backend;
        row.server = server;
        row.key = server.isEmpty() ? backendKey(backend) : serverKey(backend, server);
        for (int m = 0; m < m_members.size(); ++m) {
            Cell cell;
            const SnapshotPtr &snapshot = nodes.at(m).snapshot;
            cell.known = snapshot && covers(*snapshot, backend);
            if (const StatRow *stat = rowsOfMember.at(m).value(row.key)) {
                cell.present = true;
                cell.state = int(stat->decodedStatus().state);
                cell.stateText = ClusterDivergence::stateCategory(*stat);
                cell.status = QString::fromUtf8(stat->status);
                cell.weight = ClusterDivergence::userWeight(*stat);
            }
            row.cells.append(cell);
        }
        result.append(row);
    };
    for (const QString &backend : std::as_const(backendOrder)) {
        addRow(backend, {});
        for (const QString &server : serversOf.value(backend))
            addRow(backend, server);
    }
    return result;
}

// What differs, on the rows it concerns: the Differs column's words, the tooltip, and the
// cells that stand out.
void ClusterTableModel::markDivergences(QList<Row> &rows, const QList<Divergence> &found)
{
    QHash<QString, int> indexOfKey;
    for (int i = 0; i < rows.size(); ++i)
        indexOfKey.insert(rows.at(i).key, i);
    QHash<int, QList<Divergence::Kind>> kindsOfRow;
    for (const Divergence &divergence : found) {
        const QString key = divergence.server.isEmpty() ? backendKey(divergence.backend)
                                                        : serverKey(divergence.backend, divergence.server);
        const int index = indexOfKey.value(key, -1);
        if (index < 0)
            continue;
        Row &row = rows[index];
        const QString kind = ClusterDivergence::kindName(divergence.kind);
        if (!row.differs.contains(kind))
            row.differs.append(kind);
        row.tooltip += (row.tooltip.isEmpty() ? QString() : QStringLiteral("\n")) + divergence.text;
        kindsOfRow[index].append(divergence.kind);
    }
    for (auto it = kindsOfRow.cbegin(); it != kindsOfRow.cend(); ++it)
        markDivergentCells(rows[it.key()], it.value());
}

// The cells of one row that disagree with the others for these kinds of divergence.
void ClusterTableModel::markDivergentCells(Row &row, const QList<Divergence::Kind> &kinds)
{
    QList<bool> divergent(row.cells.size(), false);
    for (const Divergence::Kind kind : kinds) {
        QList<int> cells;
        QList<bool> presence;
        QList<QString> states;
        QList<qint64> weights;
        for (int m = 0; m < row.cells.size(); ++m) {
            const Cell &cell = row.cells.at(m);
            if (!cell.known)
                continue;
            switch (kind) {
            case Divergence::Kind::BackendMissing:
            case Divergence::Kind::ServerMissing:
                cells.append(m);
                presence.append(cell.present);
                break;
            case Divergence::Kind::State:
                if (cell.present) {
                    cells.append(m);
                    states.append(cell.stateText);
                }
                break;
            case Divergence::Kind::Weight:
                if (cell.present) {
                    cells.append(m);
                    weights.append(cell.weight);
                }
                break;
            }
        }
        if (!presence.isEmpty())
            markOutliers(divergent, cells, presence);
        if (!states.isEmpty())
            markOutliers(divergent, cells, states);
        if (!weights.isEmpty())
            markOutliers(divergent, cells, weights);
    }
    for (int m = 0; m < row.cells.size(); ++m)
        row.cells[m].divergent = divergent.at(m);
}

void ClusterTableModel::recompute()
{
    const QList<Row> next = buildRows(&m_divergences);
    QHash<QString, int> nextIndex;
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(next.at(i).key, i);

    // Rows that vanished: removed bottom-up, one signal per contiguous run.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (nextIndex.contains(m_rows.at(last).key)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !nextIndex.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);

    // Rows that stayed: updated in place.
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &fresh = next.at(nextIndex.value(m_rows.at(i).key));
        if (!(fresh == m_rows.at(i))) {
            m_rows[i] = fresh;
            changed.append(i);
        }
    }
    const int lastColumn = columnCount() - 1;
    if (!changed.isEmpty()) {
        if (changed.size() * 2 > m_rows.size()) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn));
        } else {
            for (const int row : std::as_const(changed))
                emit dataChanged(index(row, 0), index(row, lastColumn));
        }
    }

    // Rows that came: appended in one insertion (a sort proxy places them).
    QList<Row> added;
    for (const Row &row : next)
        if (!m_rowOfKey.contains(row.key))
            added.append(row);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &row : std::as_const(added)) {
            m_rowOfKey.insert(row.key, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

int ClusterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : differsColumn() + 1;
}

QVariant ClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= columnCount())
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QVariant ClusterTableModel::cellData(const Row &row, int column, int role) const
{
    const bool isMember = column >= FirstMemberColumn && column < differsColumn();
    const int member = column - FirstMemberColumn;
    switch (role) {
    case KeyRole:
        return row.key;
    case BackendNameRole:
        return row.backend;
    case ServerNameRole:
        return row.server;
    case MemberRole:
        return isMember ? m_members.at(member) : QString();
    case DivergentRole:
        return isMember ? row.cells.at(member).divergent : row.divergent();
    default:
        break;
    }

    if (isMember) {
        const Cell &cell = row.cells.at(member);
        switch (role) {
        case Qt::DisplayRole:
            if (!cell.known)
                return QString();
            if (!cell.present)
                return tr("missing");
            if (!StatRow::has(cell.weight))
                return cell.stateText;
            return tr("%1 · %2").arg(cell.stateText).arg(cell.weight);
        case Qt::ToolTipRole:
            if (!cell.known)
                return tr("No data from %1 yet.").arg(m_members.at(member));
            if (!cell.present)
                return tr("%1 has no %2.")
                    .arg(m_members.at(member),
                        row.server.isEmpty() ? row.backend : row.backend + QLatin1Char('/') + row.server);
            return tr("%1 on %2: status %3, weight %4")
                .arg(row.server.isEmpty() ? row.backend : row.backend + QLatin1Char('/') + row.server,
                    m_members.at(member), cell.status,
                    StatRow::has(cell.weight) ? QString::number(cell.weight) : tr("none"));
        case DivergentCellRole:
            return cell.divergent;
        case PresentRole:
            return cell.present;
        case StateRole:
            return cell.state;
        case WeightRole:
            return cell.weight;
        case StatusTextRole:
            return cell.status;
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return row.server.isEmpty() ? row.backend : row.server;
        if (column == Backend)
            return row.backend;
        return row.differs.join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        return row.tooltip.isEmpty() ? QVariant() : QVariant(row.tooltip);
    case DivergentCellRole:
        return column == differsColumn() && row.divergent();
    case HeadingRole:
        return row.server.isEmpty() && column == Name;
    default:
        return {};
    }
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const bool isMember = section >= FirstMemberColumn && section < differsColumn();
    if (role == Qt::DisplayRole) {
        if (section == Name)
            return tr("Name");
        if (section == Backend)
            return tr("Backend");
        if (isMember)
            return m_members.at(section - FirstMemberColumn);
        return tr("Differs");
    }
    if (role == Qt::ToolTipRole) {
        if (isMember)
            return tr("State and weight on %1").arg(m_members.at(section - FirstMemberColumn));
        if (section == differsColumn())
            return tr("What the nodes disagree about: a missing backend or server, the state, the weight");
    }
    return {};
}
