#include "core/actions/mapentryaction.h"

namespace {

using Kind = MapCommands::Kind;

Result<ServerAction> prepared(const QString &title, const MapCommands::Target &target, const QString &key,
    const Result<RuntimeCommand> &command, bool destructive)
{
    if (!command)
        return Result<ServerAction>::failure(command.error());
    const ServerAction::Step step { ServerTarget { target.reference, key }, *command };
    return ServerAction::prepared(title, { step }, destructive);
}

} // namespace

Result<ServerAction> MapEntryAction::add(const MapCommands::Target &target, const MapCommands::Entry &entry)
{
    const QString title = target.kind == Kind::Map
        ? tr("Add %1 → %2 to %3").arg(entry.key, entry.value, target.reference)
        : tr("Add %1 to %2").arg(entry.key, target.reference);
    return prepared(title, target, entry.key, MapCommands::add(target, entry), false);
}

Result<ServerAction> MapEntryAction::set(const MapCommands::Target &target, const MapCommands::Entry &entry)
{
    return prepared(tr("Set %1 → %2 in %3").arg(entry.key, entry.value, target.reference), target, entry.key,
        MapCommands::setByKey(target, entry.key, entry.value), false);
}

Result<ServerAction> MapEntryAction::del(const MapCommands::Target &target, const QString &key)
{
    return prepared(tr("Delete %1 from %2").arg(key, target.reference), target, key,
        MapCommands::delByKey(target, key), true);
}
