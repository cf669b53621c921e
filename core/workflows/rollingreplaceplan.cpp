#include "core/workflows/rollingreplaceplan.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/balancealgorithm.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/saferemove.h"

#include <algorithm>

namespace {

const StatRow *backendRow(const StatTable &table, const QString &backend)
{
    const QByteArray name = backend.toUtf8();
    for (const StatRow &row : table.rows) {
        if (row.isBackend() && row.pxname == name)
            return &row;
    }
    return nullptr;
}

int seconds(int ms)
{
    return (ms + 999) / 1000;
}

} // namespace

const StatRow *RollingReplacePlan::serverRow(
    const StatTable &table, const QString &backend, const QString &server)
{
    const QByteArray b = backend.toUtf8();
    const QByteArray s = server.toUtf8();
    for (const StatRow &row : table.rows) {
        if (row.isServer() && row.pxname == b && row.svname == s)
            return &row;
    }
    return nullptr;
}

CommandBuilder::NewServer RollingReplacePlan::newServer(const RollingReplacePlan &plan, const Pair &pair)
{
    CommandBuilder::NewServer server;
    server.backend = plan.backend;
    server.name = pair.newName;
    server.address = pair.newAddress.trimmed();
    server.port = pair.newPort;
    server.weight = pair.weight;
    server.check = true;
    server.checkInterMs = plan.options.newCheckInterMs;
    return server;
}

RollingReplacePlan::PlanCheck RollingReplacePlan::checkPlan(
    const RollingReplacePlan &plan, const StatTable *current)
{
    PlanCheck check;
    const bool backendOk = checkBackendAndOptions(plan, current, check);
    Names names;
    for (const Pair &pair : plan.pairs) {
        if (!pair.oldServer.isEmpty())
            names.old.insert(pair.oldServer);
    }
    for (int i = 0; i < plan.pairs.size(); ++i)
        checkPair(plan, i, backendOk ? current : nullptr, backendOk, names, check);
    return check;
}

bool RollingReplacePlan::checkBackendAndOptions(
    const RollingReplacePlan &plan, const StatTable *current, PlanCheck &check)
{
    const Options &options = plan.options;
    bool backendOk = false;
    if (plan.backend.isEmpty()) {
        check.errors.append(tr("Choose a backend."));
    } else if (const Result<QByteArray> name = ArgumentValidator::name(plan.backend, tr("backend name"));
               !name) {
        check.errors.append(name.error());
    } else {
        backendOk = true;
    }
    if (plan.pairs.isEmpty())
        check.errors.append(tr("Nothing to replace: choose at least one old server or add a new one."));
    if (options.upTimeoutMs <= 0)
        check.errors.append(tr("The time to wait for a new server to be UP must be positive."));
    if (options.checkIntervalMs < 50)
        check.errors.append(tr("The polling interval must be at least 50 ms."));
    if (options.newCheckInterMs < 0)
        check.errors.append(tr("The check interval of the new servers cannot be negative."));

    if (backendOk && current) {
        const StatRow *backend = backendRow(*current, plan.backend);
        if (!backend) {
            check.errors.append(tr("Backend '%1' is not in HAProxy's statistics.").arg(plan.backend));
            backendOk = false;
        } else {
            const QString text = BalanceAlgorithm::dynamicServersMessage(plan.backend, backend->algo);
            if (BalanceAlgorithm::dynamicServers(backend->algo) == BalanceAlgorithm::DynamicServers::No)
                check.errors.append(text);
            else if (!text.isEmpty())
                check.warnings.append(text);
        }
    }
    return backendOk;
}

void RollingReplacePlan::checkPair(const RollingReplacePlan &plan, int index, const StatTable *current,
    bool backendOk, Names &names, PlanCheck &check)
{
    const Pair &pair = plan.pairs.at(index);
    const int step = index + 1;
    if (pair.oldServer.isEmpty() && pair.newName.isEmpty()) {
        check.errors.append(tr("Step %1 has neither an old server nor a new one.").arg(step));
        return;
    }
    if (!pair.oldServer.isEmpty()) {
        if (const Result<QByteArray> name = ArgumentValidator::name(pair.oldServer, tr("old server name"));
            !name) {
            check.errors.append(tr("Step %1: %2").arg(step).arg(name.error()));
        } else if (names.seenOld.contains(pair.oldServer)) {
            check.errors.append(tr("Old server '%1' is listed twice.").arg(pair.oldServer));
        } else if (current && !serverRow(*current, plan.backend, pair.oldServer)) {
            check.errors.append(
                tr("Backend '%1' has no server named '%2'.").arg(plan.backend, pair.oldServer));
        }
        names.seenOld.insert(pair.oldServer);
    }
    if (pair.newName.isEmpty())
        return;
    bool newOk = true;
    if (const Result<QByteArray> name = ArgumentValidator::name(pair.newName, tr("new server name")); !name) {
        check.errors.append(tr("Step %1: %2").arg(step).arg(name.error()));
        newOk = false;
    } else if (names.seenNew.contains(pair.newName)) {
        check.errors.append(tr("New server name '%1' is used twice.").arg(pair.newName));
        newOk = false;
    } else if (names.old.contains(pair.newName)
        || (current && serverRow(*current, plan.backend, pair.newName))) {
        check.errors.append(
            tr("Backend '%1' already has a server named '%2'.").arg(plan.backend, pair.newName));
        newOk = false;
    }
    names.seenNew.insert(pair.newName);
    const QString address = pair.newAddress.trimmed();
    if (address.isEmpty()) {
        check.errors.append(tr("Step %1: the address of '%2' is empty.").arg(step).arg(pair.newName));
        newOk = false;
    } else if (const Result<QByteArray> valid = ArgumentValidator::address(address, tr("server address"));
               !valid) {
        check.errors.append(tr("Step %1 ('%2'): %3").arg(step).arg(pair.newName, valid.error()));
        newOk = false;
    }
    if (const Result<int> port = ArgumentValidator::port(pair.newPort, tr("server port")); !port) {
        check.errors.append(tr("Step %1 ('%2'): %3").arg(step).arg(pair.newName, port.error()));
        newOk = false;
    }
    if (pair.weight < -1 || pair.weight > 256) {
        check.errors.append(tr("Step %1 ('%2'): weight %3 is not between 0 and 256.")
                                .arg(step)
                                .arg(pair.newName)
                                .arg(pair.weight));
        newOk = false;
    }
    if (newOk && backendOk) {
        // Whatever else the builder refuses (an option out of range) is refused here too.
        if (const Result<RuntimeCommand> add = CommandBuilder::addServer(newServer(plan, pair)); !add)
            check.errors.append(tr("Step %1 ('%2'): %3").arg(step).arg(pair.newName, add.error()));
    }
}

QList<RollingReplacePlan::Pair> RollingReplacePlan::arrange(
    const QStringList &oldServers, const QList<Pair> &newServers)
{
    const qsizetype paired = std::min(oldServers.size(), newServers.size());
    QList<Pair> result;
    for (qsizetype i = paired; i < newServers.size(); ++i) {
        Pair pair = newServers.at(i);
        pair.oldServer.clear();
        result.append(pair);
    }
    for (qsizetype i = 0; i < paired; ++i) {
        Pair pair = newServers.at(i);
        pair.oldServer = oldServers.at(i);
        result.append(pair);
    }
    for (qsizetype i = paired; i < oldServers.size(); ++i) {
        Pair pair;
        pair.oldServer = oldServers.at(i);
        result.append(pair);
    }
    return result;
}

Result<QStringList> RollingReplacePlan::generateNames(
    const QString &pattern, int count, const QStringList &oldServers, const QSet<QString> &taken)
{
    const QString numberMark = QStringLiteral("{n}");
    const QString oldMark = QStringLiteral("{old}");
    const bool numbered = pattern.contains(numberMark);
    const bool perOld = pattern.contains(oldMark);
    if (!numbered && !perOld) {
        return Result<QStringList>::failure(
            tr("The name pattern needs {n} (1, 2, 3...) or {old} (the old server's name), "
               "or every new server would get the same name."));
    }
    if (perOld && !numbered && count > oldServers.size()) {
        return Result<QStringList>::failure(
            tr("There are more new servers than old ones: add {n} to the pattern to number them."));
    }
    QStringList names;
    QSet<QString> used = taken;
    int number = 1;
    for (int i = 0; i < count; ++i) {
        QString name;
        // Bounded: at most one number per taken name is skipped.
        for (int tries = 0; tries <= taken.size() + count; ++tries) {
            name = pattern;
            name.replace(numberMark, QString::number(number));
            name.replace(oldMark, oldServers.value(i));
            if (numbered)
                ++number;
            if (!numbered || !used.contains(name))
                break;
        }
        if (const Result<QByteArray> valid = ArgumentValidator::name(name, tr("new server name")); !valid)
            return Result<QStringList>::failure(valid.error());
        if (used.contains(name))
            return Result<QStringList>::failure(
                tr("The pattern gives '%1', which is already taken.").arg(name));
        used.insert(name);
        names.append(name);
    }
    return names;
}

QStringList RollingReplacePlan::commandLines(
    const RollingReplacePlan &plan, int step, const HaproxyVersion &version)
{
    QStringList lines;
    if (step < 0 || step >= plan.pairs.size())
        return lines;
    const Pair &pair = plan.pairs.at(step);
    const Options &options = plan.options;
    const auto line = [&lines](const Result<RuntimeCommand> &command) {
        lines.append(command ? command->text() : tr("# refused: %1").arg(command.error()));
    };
    if (!pair.newName.isEmpty()) {
        if (pair.weight < 0 && !pair.oldServer.isEmpty())
            lines.append(tr("# weight: copied from %1 when the run starts").arg(pair.oldServer));
        line(CommandBuilder::addServer(newServer(plan, pair)));
        line(CommandBuilder::enableHealth(plan.backend, pair.newName));
        line(CommandBuilder::setServerState(plan.backend, pair.newName, CommandBuilder::ServerState::Ready));
        lines.append(tr("# wait until %1/%2 is UP per its health checks (at most %n s)", nullptr,
            seconds(options.upTimeoutMs))
                         .arg(plan.backend, pair.newName));
    }
    if (!pair.oldServer.isEmpty()) {
        line(
            CommandBuilder::setServerState(plan.backend, pair.oldServer, CommandBuilder::ServerState::Drain));
        if (options.idleTimeoutMs <= 0) {
            lines.append(tr("# wait until %1/%2 has no sessions left").arg(plan.backend, pair.oldServer));
        } else if (options.shutdownOnTimeout) {
            lines.append(tr("# wait until %1/%2 has no sessions left (at most %n s, then shut them down)",
                nullptr, seconds(options.idleTimeoutMs))
                             .arg(plan.backend, pair.oldServer));
        } else {
            lines.append(tr("# wait until %1/%2 has no sessions left (at most %n s, then ask)", nullptr,
                seconds(options.idleTimeoutMs))
                             .arg(plan.backend, pair.oldServer));
        }
        line(
            CommandBuilder::setServerState(plan.backend, pair.oldServer, CommandBuilder::ServerState::Maint));
        // What SafeRemove sends between maint and del (with its default bound).
        const Result<RuntimeCommand> wait = CommandBuilder::waitServerRemovable(
            plan.backend, pair.oldServer, SafeRemove::Options {}.removableTimeoutMs);
        if (version.hasWaitSrvRemovable())
            line(wait);
        else if (!version.isValid() && wait)
            lines.append(tr("# on HAProxy 3.0 and later: %1").arg(wait->text()));
        line(CommandBuilder::delServer(plan.backend, pair.oldServer));
    }
    return lines;
}
