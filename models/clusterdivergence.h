#pragma once

#include "core/client/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// The latest snapshot of one cluster member (null: nothing polled yet, or disconnected).
struct ClusterNodeSnapshot
{
    QString name;
    SnapshotPtr snapshot;
};

// One way the members of a cluster disagree about a backend or a server.
struct Divergence
{
    enum class Kind {
        BackendMissing, // the backend exists on some nodes only (server is empty)
        ServerMissing, // the server exists on some nodes only (of those that have the backend)
        State, // UP / MAINT / DRAIN / DOWN / NOLB differ
        Weight, // the user weight (uweight) differs
    };

    QString backend;
    QString server; // empty for a backend
    Kind kind = Kind::State;
    // Node name -> its value for people: "UP", "MAINT", "100", or "missing".
    QMap<QString, QString> valuePerNode;
    QString text; // "be/s1: MAINT on node-a; UP on node-b"

    QString key() const { return server.isEmpty() ? backend : backend + QLatin1Char('/') + server; }
    bool operator==(const Divergence &) const = default;
};

// Compares the members' latest snapshots and lists what differs that an operator should know:
// a backend or server missing on some nodes, a different state category, a different weight.
// What differs on every poll without meaning anything (counters, rates, check durations and
// results, the "1/3" of a health check in progress) is never compared.
class ClusterDivergence
{
    Q_DECLARE_TR_FUNCTIONS(ClusterDivergence)
public:
    // Nodes without a snapshot are left out (unknown is not missing); fewer than two nodes
    // with one give no divergence. In the order backends and servers first appear, node by
    // node, so the list does not reshuffle between polls.
    static QList<Divergence> compute(const QList<ClusterNodeSnapshot> &nodes);

    // The category compared between nodes: "UP 1/3", "UP" and "no check" are all UP (the
    // server takes traffic), "DOWN 1/2" is DOWN, "MAINT (via x/y)" is MAINT.
    static QString stateCategory(const StatRow &row);
    // The weight the user set (uweight), or the effective weight when this HAProxy has no
    // uweight column. Effective weight is not compared when uweight exists: a slow start
    // ramps it up on its own, at its own pace on each node.
    static qint64 userWeight(const StatRow &row);
    static QString kindName(Divergence::Kind kind); // "missing", "state", "weight", for a short column
};
