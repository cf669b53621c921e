#pragma once

#include "core/parsers/statparser.h"
#include "core/protocol/balancealgorithm.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/haproxyversion.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What a rolling replace will do, decided before anything is sent: its steps in order, their
// check against HAProxy's statistics, generated names and the exact lines of each step. Pure:
// no connection, no state. RollingReplace runs it.
//
// N new for M old: step i pairs new i with old i. Surplus new servers get add-only steps
// placed first (capacity grows before anything is removed); surplus old servers get
// remove-only steps placed last (they go only once every new server is UP). See arrange().
struct RollingReplacePlan
{
    // Its words were RollingReplace's before the planning moved here: the translations apply.
    Q_DECLARE_TR_FUNCTIONS(RollingReplace)
public:
    // One step. An empty oldServer is an add-only step, an empty newName a remove-only one.
    struct Pair
    {
        QString oldServer;
        QString newName;
        QString newAddress; // IPv4, IPv6 (no brackets) or host name
        int newPort = 0; // 1..65535
        int weight = -1; // -1: the old server's weight as read at start (HAProxy's default if none)
    };

    struct Options
    {
        int upTimeoutMs = 60000; // how long a new server may take to be UP per its checks
        int idleTimeoutMs = 60000; // SafeRemove: wait for the old server's sessions (<= 0: no limit)
        bool shutdownOnTimeout = false; // SafeRemove: shut remaining sessions down at the timeout
        int checkIntervalMs = 500; // how often HAProxy's state is polled while waiting
        int newCheckInterMs = 0; // `check inter` of the new servers; 0: HAProxy's default (2 s)
    };

    // Whether the backend takes `add server`, and why not: BalanceAlgorithm's one rule.
    using DynamicSupport = BalanceAlgorithm::DynamicServers;
    static DynamicSupport dynamicServerSupport(QByteArrayView algorithm)
    {
        return BalanceAlgorithm::dynamicServers(algorithm);
    }
    static QString dynamicSupportMessage(const QString &backend, QByteArrayView algorithm)
    {
        return BalanceAlgorithm::dynamicServersMessage(backend, algorithm);
    }

    struct PlanCheck
    {
        QStringList errors; // refuse: nothing may be sent
        QStringList warnings; // may still fail in HAProxy; shown, not blocking
        bool ok() const { return errors.isEmpty(); }
    };

    // Checks a plan: names, addresses, ports and weights (ArgumentValidator/CommandBuilder),
    // duplicates, and, with `current` (a show stat table, e.g. a snapshot's), that the
    // backend exists and takes dynamic servers, the old servers exist and the new names are
    // free in it. Sends nothing.
    static PlanCheck checkPlan(const RollingReplacePlan &plan, const StatTable *current);

    // Orders new servers against old ones by the N-for-M rule above. The Pairs in
    // newServers carry the new side only (their oldServer is ignored).
    static QList<Pair> arrange(const QStringList &oldServers, const QList<Pair> &newServers);

    // Names from a pattern: "{n}" is 1, 2, 3... and "{old}" the paired old server's name
    // (oldServers[i], empty past its end). Numbers whose name is in `taken` are skipped, so
    // generated names are unique in the backend. Fails with a message when the pattern has
    // no "{n}" or "{old}" (every name would be the same) or gives an invalid name.
    static Result<QStringList> generateNames(
        const QString &pattern, int count, const QStringList &oldServers, const QSet<QString> &taken);

    // The exact lines a step sends, in order; waits are shown as "# ..." comment lines. With the
    // HAProxy version known, `wait ... srv-removable` is a line on 3.0+ and absent before;
    // unknown (invalid), it is a comment saying it depends on the version.
    static QStringList commandLines(
        const RollingReplacePlan &plan, int step, const HaproxyVersion &version = {});

    // The `add server` of a step's new server.
    static CommandBuilder::NewServer newServer(const RollingReplacePlan &plan, const Pair &pair);
    // The server's row in a show stat table; nullptr when absent.
    static const StatRow *serverRow(const StatTable &table, const QString &backend, const QString &server);

    QString backend;
    QList<Pair> pairs; // the steps, in order (see arrange())
    Options options;

private:
    struct Names
    {
        QSet<QString> old; // every old server of the plan
        QSet<QString> seenOld;
        QSet<QString> seenNew;
    };
    // False when the backend's name is bad or, with `current`, the backend is not there.
    static bool checkBackendAndOptions(
        const RollingReplacePlan &plan, const StatTable *current, PlanCheck &check);
    static void checkPair(const RollingReplacePlan &plan, int index, const StatTable *current, bool backendOk,
        Names &names, PlanCheck &check);
};
