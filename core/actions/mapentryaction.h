#pragma once

#include "core/actions/serveraction.h"
#include "core/protocol/mapcommands.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

// One entry change of a map or an ACL as a ServerAction, so that it is previewed
// (ActionPreviewDialog), run (ActionRunner) or sent to every member of a cluster
// (ClusterActionRunner, ClusterResultDialog) like a server action. The action's one target
// is {map or ACL, key}; the command comes from MapCommands, whose refusal is returned here
// and nothing is built. Every map and ACL command runs at level user.
class MapEntryAction
{
    Q_DECLARE_TR_FUNCTIONS(MapEntryAction)

public:
    // `add map <map> <key> <value>` / `add acl <acl> <pattern>` (entry.value empty).
    static Result<ServerAction> add(const MapCommands::Target &target, const MapCommands::Entry &entry);
    // `set map <map> <key> <value>` (maps only).
    static Result<ServerAction> set(const MapCommands::Target &target, const MapCommands::Entry &entry);
    // `del map|acl <target> <key>`: destructive (traffic that matched it no longer does).
    static Result<ServerAction> del(const MapCommands::Target &target, const QString &key);
};
