#pragma once

#include "core/protocol/accesslevel.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One server, by name (never by numeric id: HAProxy reuses server ids after a delete).
struct ServerTarget
{
    QString backend;
    QString server;

    QString key() const { return backend + QLatin1Char('/') + server; } // "be/s1", for people
    bool operator==(const ServerTarget &) const = default;
};

// One administrative action on a selection of servers, as a value: what the user asked
// for, before anything is sent. plan() turns it into the exact command lines (validated
// by CommandBuilder), so the GUI can show them and ActionRunner can send them.
class ServerAction
{
    Q_DECLARE_TR_FUNCTIONS(ServerAction)
public:
    enum class Kind {
        StateReady, // set server B/S state ready
        StateDrain, // ... state drain
        StateMaint, // ... state maint
        HealthUp, // set server B/S health up
        HealthStopping, // ... health stopping
        HealthDown, // ... health down
        EnableHealth, // enable health B/S
        DisableHealth, // disable health B/S
        EnableAgent, // enable agent B/S
        DisableAgent, // disable agent B/S
        AgentUp, // set server B/S agent up
        AgentDown, // ... agent down
        ShutdownSessions, // shutdown sessions server B/S
        SetAddress, // set server B/S addr A [port P]
        SetWeight, // set server B/S weight N[%]
        Prepared, // commands built elsewhere (weight and add-server dialogs), see prepared()
    };

    struct Step
    {
        ServerTarget target;
        RuntimeCommand command;
    };

    ServerAction() = default;
    // For every kind but SetAddress and SetWeight (use the factories below for those).
    ServerAction(Kind kind, QList<ServerTarget> targets);
    // port 0 leaves the port alone. One target only: the same address for several servers
    // is almost certainly a mistake, so plan() refuses it.
    static ServerAction setAddress(QList<ServerTarget> targets, QString address, int port = 0);
    // Commands a dialog built and validated (e.g. add server + enable health + state ready),
    // run like any other action: previewed, confirmed, never re-sent.
    static ServerAction prepared(QString title, QList<Step> steps, bool destructive = false);
    static ServerAction setWeight(QList<ServerTarget> targets, CommandBuilder::Weight weight);

    Kind kind() const { return m_kind; }
    const QList<ServerTarget> &targets() const { return m_targets; }
    QString address() const { return m_address; }
    int port() const { return m_port; }
    CommandBuilder::Weight weight() const { return m_weight; }

    // One command per target, in the targets' order. Fails, naming the bad target and
    // argument, if any one of them cannot be built: then nothing at all is to be sent,
    // so a bad name in a selection never leaves the others half-done.
    Result<QList<Step>> plan() const;

    // What the action does to this selection, as a button label: "Put 3 servers in
    // maintenance", "Put be/s1 in maintenance".
    QString title() const;
    // The kind alone, for menus: "Maintenance", "Set weight…".
    static QString kindLabel(Kind kind);
    // For destructive actions, what will happen to traffic, in a sentence; else empty.
    QString consequence() const;

    // Destructive: the action cuts traffic or sessions now (maint, health down, agent
    // down, shutdown sessions, set address), or removes the checks that would take a dead
    // server out of traffic (disable health/agent). Those ask for an explicit
    // confirmation. ready, drain, stopping, health/agent up, enable checks and weight
    // changes are gradual or reversible without losing a session, so they do not.
    static bool isDestructive(Kind kind);
    bool isDestructive() const { return m_kind == Kind::Prepared ? m_destructive : isDestructive(m_kind); }

    // Every server state changer needs level admin (docs/runtime-api.md, "Levels").
    static AccessLevel requiredLevel(Kind) { return AccessLevel::Admin; }
    // A prepared action needs the highest level its commands need (`clear table` is operator).
    AccessLevel requiredLevel() const;
    // Why a session at `level` cannot run this, for tooltips; empty when it can. An
    // unknown level (not yet connected) is not a reason: the connection checks again.
    static QString disabledReason(Kind kind, AccessLevel level);
    QString disabledReason(AccessLevel level) const;

private:
    Result<RuntimeCommand> build(const ServerTarget &target) const;

    Kind m_kind = Kind::StateReady;
    QList<ServerTarget> m_targets;
    QString m_address;
    int m_port = 0;
    CommandBuilder::Weight m_weight;
    QString m_title; // Prepared
    QList<Step> m_steps; // Prepared
    bool m_destructive = false; // Prepared
};

Q_DECLARE_METATYPE(ServerTarget)
