#include "core/actions/serveraction.h"

ServerAction::ServerAction(Kind kind, QList<ServerTarget> targets)
    : m_kind(kind)
    , m_targets(std::move(targets))
{ }

ServerAction ServerAction::setAddress(QList<ServerTarget> targets, QString address, int port)
{
    ServerAction action(Kind::SetAddress, std::move(targets));
    action.m_address = std::move(address);
    action.m_port = port;
    return action;
}

ServerAction ServerAction::setWeight(QList<ServerTarget> targets, CommandBuilder::Weight weight)
{
    ServerAction action(Kind::SetWeight, std::move(targets));
    action.m_weight = weight;
    return action;
}

Result<RuntimeCommand> ServerAction::build(const ServerTarget &target) const
{
    const QString &b = target.backend;
    const QString &s = target.server;
    using CB = CommandBuilder;
    switch (m_kind) {
    case Kind::StateReady:
        return CB::setServerState(b, s, CB::ServerState::Ready);
    case Kind::StateDrain:
        return CB::setServerState(b, s, CB::ServerState::Drain);
    case Kind::StateMaint:
        return CB::setServerState(b, s, CB::ServerState::Maint);
    case Kind::HealthUp:
        return CB::setServerHealth(b, s, CB::HealthState::Up);
    case Kind::HealthStopping:
        return CB::setServerHealth(b, s, CB::HealthState::Stopping);
    case Kind::HealthDown:
        return CB::setServerHealth(b, s, CB::HealthState::Down);
    case Kind::EnableHealth:
        return CB::enableHealth(b, s);
    case Kind::DisableHealth:
        return CB::disableHealth(b, s);
    case Kind::EnableAgent:
        return CB::enableAgent(b, s);
    case Kind::DisableAgent:
        return CB::disableAgent(b, s);
    case Kind::AgentUp:
        return CB::setServerAgent(b, s, CB::AgentState::Up);
    case Kind::AgentDown:
        return CB::setServerAgent(b, s, CB::AgentState::Down);
    case Kind::ShutdownSessions:
        return CB::shutdownSessionsServer(b, s);
    case Kind::SetAddress:
        return CB::setServerAddress(b, s, m_address, m_port);
    case Kind::SetWeight:
        return CB::setServerWeight(b, s, m_weight);
    case Kind::Prepared:
        break; // plan() returns the prepared steps
    }
    return Result<RuntimeCommand>::failure(tr("unknown action"));
}

ServerAction ServerAction::prepared(QString title, QList<Step> steps, bool destructive)
{
    ServerAction action;
    action.m_kind = Kind::Prepared;
    action.m_title = std::move(title);
    action.m_destructive = destructive;
    for (const Step &step : steps)
        action.m_targets.append(step.target);
    action.m_steps = std::move(steps);
    return action;
}

Result<QList<ServerAction::Step>> ServerAction::plan() const
{
    using PlanResult = Result<QList<Step>>;
    if (m_kind == Kind::Prepared) {
        if (m_steps.isEmpty())
            return PlanResult::failure(tr("Nothing to send."));
        for (const Step &step : m_steps) {
            if (!step.command.isValid())
                return PlanResult::failure(tr("%1: the command is not valid.").arg(step.target.key()));
        }
        return m_steps;
    }
    if (m_targets.isEmpty())
        return PlanResult::failure(tr("No server selected."));
    if (m_kind == Kind::SetAddress && m_targets.size() > 1)
        return PlanResult::failure(
            tr("An address can be set on one server at a time; %n servers are selected.", nullptr,
                int(m_targets.size())));
    QList<Step> steps;
    steps.reserve(m_targets.size());
    for (const ServerTarget &target : m_targets) {
        Result<RuntimeCommand> command = build(target);
        if (!command)
            return PlanResult::failure(tr("%1: %2").arg(target.key(), command.error()));
        steps.append(Step { target, command.value() });
    }
    return steps;
}

QString ServerAction::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::StateReady:
        return tr("Ready");
    case Kind::StateDrain:
        return tr("Drain");
    case Kind::StateMaint:
        return tr("Maintenance");
    case Kind::HealthUp:
        return tr("Force health up");
    case Kind::HealthStopping:
        return tr("Force health stopping");
    case Kind::HealthDown:
        return tr("Force health down");
    case Kind::EnableHealth:
        return tr("Enable health checks");
    case Kind::DisableHealth:
        return tr("Disable health checks");
    case Kind::EnableAgent:
        return tr("Enable agent checks");
    case Kind::DisableAgent:
        return tr("Disable agent checks");
    case Kind::AgentUp:
        return tr("Force agent up");
    case Kind::AgentDown:
        return tr("Force agent down");
    case Kind::ShutdownSessions:
        return tr("Kill sessions");
    case Kind::SetAddress:
        return tr("Set address…");
    case Kind::SetWeight:
        return tr("Set weight…");
    case Kind::Prepared:
        break;
    }
    return {};
}

QString ServerAction::title() const
{
    if (m_kind == Kind::Prepared)
        return m_title;
    // One server is named; several are counted (the plural lives in the translation).
    const QString who =
        m_targets.size() == 1 ? m_targets.first().key() : tr("%n servers", nullptr, int(m_targets.size()));
    const QString weight = m_weight.percent ? tr("%1%").arg(m_weight.value) : QString::number(m_weight.value);
    switch (m_kind) {
    case Kind::StateReady:
        return tr("Set %1 ready").arg(who);
    case Kind::StateDrain:
        return tr("Drain %1").arg(who);
    case Kind::StateMaint:
        return tr("Put %1 in maintenance").arg(who);
    case Kind::HealthUp:
        return tr("Force health of %1 up").arg(who);
    case Kind::HealthStopping:
        return tr("Force health of %1 to stopping").arg(who);
    case Kind::HealthDown:
        return tr("Force health of %1 down").arg(who);
    case Kind::EnableHealth:
        return tr("Enable health checks on %1").arg(who);
    case Kind::DisableHealth:
        return tr("Disable health checks on %1").arg(who);
    case Kind::EnableAgent:
        return tr("Enable agent checks on %1").arg(who);
    case Kind::DisableAgent:
        return tr("Disable agent checks on %1").arg(who);
    case Kind::AgentUp:
        return tr("Force agent of %1 up").arg(who);
    case Kind::AgentDown:
        return tr("Force agent of %1 down").arg(who);
    case Kind::ShutdownSessions:
        return tr("Kill all sessions on %1").arg(who);
    case Kind::SetAddress:
        return m_port > 0 ? tr("Move %1 to %2 port %3").arg(who, m_address).arg(m_port)
                          : tr("Move %1 to %2").arg(who, m_address);
    case Kind::SetWeight:
        return tr("Set weight of %1 to %2").arg(who, weight);
    case Kind::Prepared:
        break; // title() answers before the switch
    }
    return {};
}

QString ServerAction::consequence() const
{
    switch (m_kind) {
    case Kind::StateMaint:
        return tr("They stop receiving traffic at once and their health checks stop until they are set "
                  "ready again.");
    case Kind::HealthDown:
        return tr("They are marked DOWN and stop receiving traffic until a check or a person brings "
                  "them back up.");
    case Kind::AgentDown:
        return tr("Their agent is marked down, which takes them out of traffic.");
    case Kind::DisableHealth:
        return tr("Without health checks, a server that fails keeps receiving traffic.");
    case Kind::DisableAgent:
        return tr("Without agent checks, what the agent reports (load, drain, down) is ignored.");
    case Kind::ShutdownSessions:
        return tr("Every active session on them is closed now: clients see their connections cut.");
    case Kind::SetAddress:
        return tr("New traffic goes to the new address; if nothing answers there, requests fail.");
    default:
        return {};
    }
}

bool ServerAction::isDestructive(Kind kind)
{
    switch (kind) {
    case Kind::StateMaint:
    case Kind::HealthDown:
    case Kind::AgentDown:
    case Kind::DisableHealth:
    case Kind::DisableAgent:
    case Kind::ShutdownSessions:
    case Kind::SetAddress:
        return true;
    default:
        return false;
    }
}

namespace {

QString levelReason(AccessLevel needed, AccessLevel level)
{
    if (level == AccessLevel::Unknown || level >= needed)
        return {};
    return ServerAction::tr("Needs %1 level; this socket is %2.")
        .arg(accessLevelName(needed), accessLevelName(level));
}

} // namespace

QString ServerAction::disabledReason(Kind kind, AccessLevel level)
{
    return levelReason(requiredLevel(kind), level);
}

AccessLevel ServerAction::requiredLevel() const
{
    if (m_kind != Kind::Prepared)
        return requiredLevel(m_kind);
    AccessLevel needed = AccessLevel::User;
    for (const Step &step : m_steps)
        needed = std::max(needed, step.command.requiredLevel());
    return needed;
}

QString ServerAction::disabledReason(AccessLevel level) const
{
    return levelReason(requiredLevel(), level);
}
