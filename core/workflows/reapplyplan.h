#pragma once

#include "core/actions/serveraction.h"
#include "core/workflows/reloadsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The commands that put back, after a reload, the runtime changes a snapshot taken before it
// had (its ReloadLoss) and a snapshot taken after it lacks: only what differs, since a
// server-state file may have kept weights and states. Servers added at runtime come back with
// `add server` (address, port, weight, checks), then `enable health`/`enable agent`, then
// their state; then weights, states, addresses, and map and ACL entries. Every line is built
// by the gates (CommandBuilder, MapCommands): a line a gate refuses is named in refused() and
// never sent. Nothing is sent here: action() goes through the preview and ActionRunner.
class ReapplyPlan
{
    Q_DECLARE_TR_FUNCTIONS(ReapplyPlan)

public:
    static ReapplyPlan build(const ReloadSnapshot &before, const ReloadSnapshot &after);

    QList<ServerAction::Step> steps;
    QStringList refused; // "be/s 1: the server name contains a space": not sent
    QStringList notes; // what cannot be put back, and why
    bool destructive = false; // a step puts a server in maintenance, moves it or deletes an entry

    bool isEmpty() const { return steps.isEmpty(); }
    // The steps as one prepared action: previewed, level-gated, run by ActionRunner, audited.
    ServerAction action() const;
};
