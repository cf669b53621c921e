#include "core/workflows/reapplyplan.h"

#include "core/protocol/mapcommands.h"

#include <QHash>

namespace {

using State = CommandBuilder::ServerState;

struct Builder
{
    const ReloadSnapshot &before;
    const ReloadSnapshot &after;
    ReapplyPlan plan;

    // Appends the step, or names the refusal; false when refused.
    bool add(const ServerTarget &target, const Result<RuntimeCommand> &command)
    {
        if (!command) {
            plan.refused.append(ReapplyPlan::tr("%1: %2").arg(target.key(), command.error()));
            return false;
        }
        plan.steps.append({ target, *command });
        return true;
    }

    void runtimeServer(const ServerTarget &target, const ServerStateRow &row);
    void serverDrift(const DriftItem &item, const ServerStateRow &row);
    void patternList(const ReloadPatternList &list);
};

State stateOf(const ServerStateRow &row)
{
    return row.isMaint() ? State::Maint : row.isDrain() ? State::Drain : State::Ready;
}

bool configured(qint64 checkState)
{
    return ServerStateRow::has(checkState) && (checkState & ServerStateRow::CheckConfigured);
}

void Builder::runtimeServer(const ServerTarget &target, const ServerStateRow &row)
{
    if (after.server(target.backend, target.server))
        return; // still there (it was written into the configuration)
    CommandBuilder::NewServer server;
    server.backend = target.backend;
    server.name = target.server;
    server.address = QString::fromUtf8(row.addr.isEmpty() ? row.fqdn : row.addr);
    server.port = ServerStateRow::has(row.port) ? int(row.port) : 0;
    if (ServerStateRow::has(row.uweight) && row.uweight != 1) // 1: HAProxy's default
        server.weight = int(row.uweight);
    server.check = configured(row.checkState);
    if (server.check && ServerStateRow::has(row.checkPort) && row.checkPort > 0 && row.checkPort != row.port)
        server.checkPort = int(row.checkPort);
    server.ssl = ServerStateRow::has(row.useSsl) && row.useSsl == 1;
    server.agentCheck = configured(row.agentState) && ServerStateRow::has(row.agentPort) && row.agentPort > 0;
    if (server.agentCheck)
        server.agentPort = int(row.agentPort);
    if (!add(target, CommandBuilder::addServer(server, after.version)))
        return; // without the server, what follows has nothing to act on
    if (server.check && row.isCheckEnabled())
        add(target, CommandBuilder::enableHealth(target.backend, target.server));
    if (server.agentCheck && row.isAgentEnabled())
        add(target, CommandBuilder::enableAgent(target.backend, target.server));
    // `add server` leaves it in maintenance: nothing to send when it was there before.
    if (const State state = stateOf(row); state != State::Maint)
        add(target, CommandBuilder::setServerState(target.backend, target.server, state));
    else
        plan.destructive = true; // it comes back without traffic
}

void Builder::serverDrift(const DriftItem &item, const ServerStateRow &row)
{
    const ServerTarget target { item.backend, item.server };
    if (item.kind == DriftItem::Kind::RuntimeOnly) {
        runtimeServer(target, row);
        return;
    }
    const ServerStateRow *now = after.server(item.backend, item.server);
    if (!now) {
        plan.notes.append(
            ReapplyPlan::tr("%1 no longer runs after the reload: its runtime changes are not put back.")
                .arg(target.key()));
        return;
    }
    switch (item.kind) {
    case DriftItem::Kind::RuntimeOnly:
        break;
    case DriftItem::Kind::WeightChanged:
        if (now->uweight != row.uweight)
            add(target,
                CommandBuilder::setServerWeight(item.backend, item.server, { int(row.uweight), false }));
        break;
    case DriftItem::Kind::AdminStateChanged:
        if (stateOf(*now) != stateOf(row)) {
            plan.destructive |= stateOf(row) == State::Maint;
            add(target, CommandBuilder::setServerState(item.backend, item.server, stateOf(row)));
        }
        break;
    case DriftItem::Kind::AddressChanged:
        if (now->addr != row.addr || now->port != row.port) {
            plan.destructive = true;
            const int port = ServerStateRow::has(row.port) ? int(row.port) : 0;
            add(target,
                CommandBuilder::setServerAddress(
                    item.backend, item.server, QString::fromUtf8(row.addr), port));
        }
        break;
    }
}

void Builder::patternList(const ReloadPatternList &list)
{
    const ReloadPatternList *now = after.patternList(list.kind, list.file);
    if (!now) {
        plan.notes.append(ReapplyPlan::tr("%1 is no longer loaded after the reload: its runtime entries are "
                                          "not put back.")
                              .arg(list.file));
        return;
    }
    const bool map = list.kind == MapParser::Kind::Map;
    const MapCommands::Target target { map ? MapCommands::Kind::Map : MapCommands::Kind::Acl, list.file };
    QHash<QByteArray, QByteArray> live; // key -> its first value, the one HAProxy matches
    for (auto it = now->live.crbegin(); it != now->live.crend(); ++it)
        live.insert(it->key, it->value);
    for (qsizetype i = 0; i < list.live.size() && i < list.comparison.liveStates.size(); ++i) {
        const MapFileState state = list.comparison.liveStates.at(i);
        if (state != MapFileState::NotInFile && state != MapFileState::Differs)
            continue;
        const PatternEntry &entry = list.live.at(i);
        const auto found = live.constFind(entry.key);
        if (found != live.cend() && (!map || *found == entry.value))
            continue; // already as it was
        const MapCommands::Entry wanted { QString::fromUtf8(entry.key), QString::fromUtf8(entry.value) };
        const ServerTarget step { list.file, wanted.key };
        if (found != live.cend())
            add(step, MapCommands::setByKey(target, wanted.key, wanted.value));
        else if (map && wanted.value.contains(u' ')) // the one-line form would keep the first word only
            add(step, MapCommands::addMany(target, { wanted }));
        else
            add(step, MapCommands::add(target, map ? wanted : MapCommands::Entry { wanted.key, {} }));
    }
    for (const MapFileEntry &gone : list.comparison.onlyInFile) {
        if (!live.contains(gone.key))
            continue; // still deleted
        plan.destructive = true;
        const QString key = QString::fromUtf8(gone.key);
        add({ list.file, key }, MapCommands::delByKey(target, key));
    }
}

} // namespace

ReapplyPlan ReapplyPlan::build(const ReloadSnapshot &before, const ReloadSnapshot &after)
{
    Builder builder { before, after, {} };
    ReapplyPlan &plan = builder.plan;
    if (before.workerPid > 0 && before.workerPid == after.workerPid) {
        plan.notes.append(
            tr("Both reads come from the same worker (pid %1): the reload has not happened, or the "
               "connection has not followed the new worker yet.")
                .arg(before.workerPid));
        return plan;
    }
    const QList<DriftItem> drift = before.drift();
    bool runtimeServers = false;
    // Servers first (a server added back must exist before anything else names it), then by kind.
    for (const DriftItem::Kind kind : { DriftItem::Kind::RuntimeOnly, DriftItem::Kind::WeightChanged,
             DriftItem::Kind::AdminStateChanged, DriftItem::Kind::AddressChanged }) {
        for (const DriftItem &item : drift) {
            if (item.kind != kind)
                continue;
            if (const ServerStateRow *row = before.server(item.backend, item.server)) {
                runtimeServers |= kind == DriftItem::Kind::RuntimeOnly;
                builder.serverDrift(item, *row);
            }
        }
    }
    if (runtimeServers) {
        plan.notes.append(
            tr("Servers are added back with their address, port, weight, checks and TLS on or off; "
               "what `show servers state` does not show (backup, maxconn, check interval, TLS "
               "options) takes HAProxy's defaults."));
    }
    for (const ReloadPatternList &list : before.patterns) {
        if (list.compared)
            builder.patternList(list);
    }
    return plan;
}

ServerAction ReapplyPlan::action() const
{
    return ServerAction::prepared(
        tr("Put back %n runtime change(s) lost by the reload", nullptr, int(steps.size())), steps,
        destructive);
}
