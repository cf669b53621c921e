#include "models/clusterdivergence.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace {

// One node's rows, indexed for lookups by name.
struct NodeIndex
{
    QString name;
    SnapshotPtr snapshot;
    QHash<QByteArray, const StatRow *> backends; // pxname -> BACKEND row
    QHash<QByteArray, const StatRow *> servers; // "be/s1" -> server row

    // A snapshot of only some proxies knows nothing about the others: they are unknown on
    // this node, not missing.
    bool covers(const QByteArray &backend) const
    {
        return snapshot->scope.isEmpty() || snapshot->scope.contains(QString::fromUtf8(backend));
    }
};

QByteArray serverKey(const QByteArray &backend, const QByteArray &server)
{
    return backend + '/' + server;
}

// "MAINT on node-a; UP on node-b, node-c": nodes grouped by value, in the nodes' order.
QString grouped(const QList<QPair<QString, QString>> &valueOfNode, const QString &format)
{
    QStringList values;
    QHash<QString, QStringList> nodesOf;
    for (const auto &[node, value] : valueOfNode) {
        if (!nodesOf.contains(value))
            values.append(value);
        nodesOf[value].append(node);
    }
    QStringList parts;
    for (const QString &value : values)
        parts << format.arg(value, nodesOf.value(value).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

bool allEqual(const QList<QPair<QString, QString>> &valueOfNode)
{
    for (const auto &entry : valueOfNode)
        if (entry.second != valueOfNode.first().second)
            return false;
    return true;
}

QMap<QString, QString> toMap(const QList<QPair<QString, QString>> &valueOfNode)
{
    QMap<QString, QString> result;
    for (const auto &[node, value] : valueOfNode)
        result.insert(node, value);
    return result;
}

} // namespace

QString ClusterDivergence::stateCategory(const StatRow &row)
{
    const StatStatus status = row.decodedStatus();
    switch (status.state) {
    case StatStatus::State::Up:
    case StatStatus::State::NoCheck:
        return QStringLiteral("UP");
    case StatStatus::State::Down:
        return QStringLiteral("DOWN");
    case StatStatus::State::Drain:
        return QStringLiteral("DRAIN");
    case StatStatus::State::Nolb:
        return QStringLiteral("NOLB");
    case StatStatus::State::Maint:
        return QStringLiteral("MAINT");
    case StatStatus::State::Open:
        return QStringLiteral("OPEN");
    case StatStatus::State::Stop:
        return QStringLiteral("STOP");
    case StatStatus::State::Paused:
        return QStringLiteral("PAUSED");
    case StatStatus::State::Waiting:
        return QStringLiteral("WAITING");
    case StatStatus::State::Full:
        return QStringLiteral("FULL");
    case StatStatus::State::Unknown:
        break;
    }
    return QString::fromUtf8(row.status);
}

qint64 ClusterDivergence::userWeight(const StatRow &row)
{
    return StatRow::has(row.uweight) ? row.uweight : row.weight;
}

QString ClusterDivergence::kindName(Divergence::Kind kind)
{
    switch (kind) {
    case Divergence::Kind::BackendMissing:
    case Divergence::Kind::ServerMissing:
        return tr("missing");
    case Divergence::Kind::State:
        return tr("state");
    case Divergence::Kind::Weight:
        return tr("weight");
    }
    return {};
}

namespace {

// The divergences of one server among the nodes that have its backend: missing on some,
// or a state or weight that differs.
void appendServerDivergences(QList<Divergence> &result, const QByteArray &backend, const QByteArray &server,
    const QList<const NodeIndex *> &having)
{
    const QString backendName = QString::fromUtf8(backend);
    const QString missing = ClusterDivergence::tr("missing");
    const QByteArray key = serverKey(backend, server);
    const QString serverName = QString::fromUtf8(server);
    const QString who = QString::fromUtf8(key);
    QList<QPair<QString, QString>> states;
    QList<QPair<QString, QString>> weights;
    QList<QPair<QString, QString>> statesOrMissing;
    QStringList without;
    for (const NodeIndex *node : std::as_const(having)) {
        const StatRow *row = node->servers.value(key);
        if (!row) {
            without << node->name;
            statesOrMissing.append({ node->name, missing });
            continue;
        }
        const QString state = ClusterDivergence::stateCategory(*row);
        const qint64 weight = ClusterDivergence::userWeight(*row);
        states.append({ node->name, state });
        statesOrMissing.append({ node->name, state });
        weights.append({ node->name, StatRow::has(weight) ? QString::number(weight) : QString() });
    }
    if (!without.isEmpty()) {
        Divergence d;
        d.backend = backendName;
        d.server = serverName;
        d.kind = Divergence::Kind::ServerMissing;
        d.valuePerNode = toMap(statesOrMissing);
        d.text = ClusterDivergence::tr("%1: missing on %2").arg(who, without.join(QStringLiteral(", ")));
        result.append(d);
    }
    if (states.size() >= 2 && !allEqual(states)) {
        Divergence d;
        d.backend = backendName;
        d.server = serverName;
        d.kind = Divergence::Kind::State;
        d.valuePerNode = toMap(states);
        d.text = who + QStringLiteral(": ") + grouped(states, ClusterDivergence::tr("%1 on %2"));
        result.append(d);
    }
    if (weights.size() >= 2 && !allEqual(weights)) {
        Divergence d;
        d.backend = backendName;
        d.server = serverName;
        d.kind = Divergence::Kind::Weight;
        d.valuePerNode = toMap(weights);
        d.text = who + QStringLiteral(": ") + grouped(weights, ClusterDivergence::tr("weight %1 on %2"));
        result.append(d);
    }
}

} // namespace

QList<Divergence> ClusterDivergence::compute(const QList<ClusterNodeSnapshot> &nodes)
{
    QList<NodeIndex> indexed;
    // Backends and their servers in the order they first appear, node by node.
    QList<QByteArray> backendOrder;
    QHash<QByteArray, QList<QByteArray>> serverOrder;
    QSet<QByteArray> seenServers;
    for (const ClusterNodeSnapshot &node : nodes) {
        if (!node.snapshot)
            continue;
        NodeIndex index { node.name, node.snapshot, {}, {} };
        for (const StatRow &row : node.snapshot->stat.rows) {
            if (!row.isBackend() && !row.isServer())
                continue;
            if (!serverOrder.contains(row.pxname)) {
                backendOrder.append(row.pxname);
                serverOrder.insert(row.pxname, {});
            }
            if (row.isBackend()) {
                index.backends.insert(row.pxname, &row);
                continue;
            }
            const QByteArray key = serverKey(row.pxname, row.svname);
            index.servers.insert(key, &row);
            if (!seenServers.contains(key)) {
                seenServers.insert(key);
                serverOrder[row.pxname].append(row.svname);
            }
        }
        indexed.append(index);
    }
    if (indexed.size() < 2)
        return {};

    const QString missing = tr("missing");
    QList<Divergence> result;
    for (const QByteArray &backend : std::as_const(backendOrder)) {
        const QString backendName = QString::fromUtf8(backend);
        QList<const NodeIndex *> having;
        QList<QPair<QString, QString>> presence;
        for (const NodeIndex &node : std::as_const(indexed)) {
            if (!node.covers(backend))
                continue;
            const bool has = node.backends.contains(backend);
            if (has)
                having.append(&node);
            presence.append({ node.name, has ? tr("present") : missing });
        }
        if (!allEqual(presence)) {
            Divergence d;
            d.backend = backendName;
            d.kind = Divergence::Kind::BackendMissing;
            d.valuePerNode = toMap(presence);
            QStringList without;
            for (const auto &[node, value] : presence)
                if (value == missing)
                    without << node;
            d.text = tr("%1: missing on %2").arg(backendName, without.join(QStringLiteral(", ")));
            result.append(d);
        }
        if (having.size() < 2)
            continue;

        for (const QByteArray &server : serverOrder.value(backend))
            appendServerDivergences(result, backend, server, having);
    }
    return result;
}
