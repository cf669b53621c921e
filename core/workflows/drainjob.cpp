#include "core/workflows/drainjob.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/commandbuilder.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

struct StateKey
{
    DrainJob::State state;
    const char *key;
};

// Stable keys for the file: never renumbered, never translated.
constexpr StateKey StateKeys[] = {
    { DrainJob::State::Waiting, "waiting" },
    { DrainJob::State::Draining, "draining" },
    { DrainJob::State::WaitingIdle, "waiting-idle" },
    { DrainJob::State::Ending, "ending" },
    { DrainJob::State::InWindow, "in-window" },
    { DrainJob::State::Done, "done" },
    { DrainJob::State::Failed, "failed" },
    { DrainJob::State::Cancelled, "cancelled" },
    { DrainJob::State::Overdue, "overdue" },
};

QString stateKey(DrainJob::State state)
{
    for (const StateKey &entry : StateKeys) {
        if (entry.state == state)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<DrainJob::State> stateFromKey(const QString &key)
{
    for (const StateKey &entry : StateKeys) {
        if (key == QLatin1StringView(entry.key))
            return entry.state;
    }
    return std::nullopt;
}

QString endKey(DrainJob::EndAction action)
{
    switch (action) {
    case DrainJob::EndAction::Maint:
        return QStringLiteral("maint");
    case DrainJob::EndAction::Remove:
        return QStringLiteral("remove");
    case DrainJob::EndAction::ReadyAfter:
        return QStringLiteral("ready-after");
    }
    return {};
}

std::optional<DrainJob::EndAction> endFromKey(const QString &key)
{
    for (DrainJob::EndAction action :
        { DrainJob::EndAction::Maint, DrainJob::EndAction::Remove, DrainJob::EndAction::ReadyAfter }) {
        if (endKey(action) == key)
            return action;
    }
    return std::nullopt;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

// A JSON number that is a whole number from min to max, else nothing: 1e300 or 1.5 where an
// int is meant must be refused before the conversion, not cast (undefined) or quietly turned
// into another number (QJsonValue::toInt() answers its default, 0 for "no deadline").
std::optional<int> wholeNumber(const QJsonValue &value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < min || number > max)
        return std::nullopt;
    return int(number);
}

QString numberText(const QJsonValue &value)
{
    return QString::number(value.toDouble(), 'g', 17);
}

// Every state entered, in order; nullopt when the field is not an array of them.
std::optional<QList<DrainJob::Transition>> transitionsFrom(const QJsonValue &history)
{
    if (!history.isArray())
        return std::nullopt;
    QList<DrainJob::Transition> transitions;
    for (const QJsonValue &entry : history.toArray()) {
        const auto entryState = stateFromKey(entry.toObject().value(QStringLiteral("state")).toString());
        const QDateTime time = timeFrom(entry.toObject().value(QStringLiteral("time")));
        if (!entryState || !time.isValid())
            return std::nullopt;
        transitions.append({ *entryState, time });
    }
    return transitions;
}

// A job that is not finished but cannot run as read becomes Failed, saying why: shown and kept,
// never run.
void refuseToRun(DrainJob &job, const QStringList &unusable)
{
    QString problem = unusable.join(QStringLiteral("; "));
    if (problem.isEmpty()) {
        if (const Result<void> valid = job.validate(); !valid)
            problem = valid.error();
    }
    if (!problem.isEmpty()) {
        job.state = DrainJob::State::Failed;
        job.transitions.append({ DrainJob::State::Failed, QDateTime::currentDateTimeUtc() });
        job.lastError =
            DrainJob::tr("Not run: the drains file holds a job that is not valid: %1").arg(problem);
    }
}

} // namespace

DrainJob DrainJob::create(const QString &instanceId, const QString &backend, const QString &server,
    const QDateTime &startAtUtc, EndAction endAction)
{
    DrainJob job;
    job.id = QUuid::createUuid();
    job.instanceId = instanceId;
    job.backend = backend;
    job.server = server;
    job.startAtUtc = startAtUtc.toUTC();
    job.endAction = endAction;
    job.transitions.append({ State::Waiting, QDateTime::currentDateTimeUtc() });
    return job;
}

QDateTime DrainJob::idleDeadlineUtc() const
{
    if (!drainStartedUtc.isValid() || idleDeadlineSeconds <= 0)
        return {};
    return drainStartedUtc.addSecs(idleDeadlineSeconds);
}

QDateTime DrainJob::nextEventUtc() const
{
    switch (state) {
    case State::Waiting:
        return startAtUtc;
    case State::WaitingIdle:
        return idleDeadlineUtc();
    case State::InWindow:
        return windowEndsUtc;
    default:
        return {};
    }
}

QDateTime DrainJob::enteredAt(State wanted) const
{
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        if (it->state == wanted)
            return it->timeUtc;
    }
    return {};
}

double DrainJob::progress() const
{
    switch (state) {
    case State::Waiting:
    case State::Overdue:
        return drainStartedUtc.isValid() ? 1.0 : 0.0;
    case State::Draining:
        return 0.0;
    case State::WaitingIdle:
        if (currentSessions < 0 || initialSessions < 0)
            return -1.0;
        if (initialSessions == 0)
            return 1.0;
        return std::clamp(1.0 - double(currentSessions) / double(initialSessions), 0.0, 1.0);
    case State::Ending:
    case State::InWindow:
    case State::Done:
        return 1.0;
    case State::Failed:
    case State::Cancelled:
        return -1.0;
    }
    return -1.0;
}

qint64 DrainJob::readyAfterMs() const
{
    if (!std::isfinite(readyAfterMinutes) || readyAfterMinutes <= 0)
        return 0;
    return qint64(std::min(readyAfterMinutes, MaxReadyAfterMinutes) * 60000.0);
}

Result<void> DrainJob::validate() const
{
    if (id.isNull())
        return Result<void>::failure(tr("The job has no id."));
    if (instanceId.trimmed().isEmpty())
        return Result<void>::failure(tr("No HAProxy instance is chosen for %1/%2.").arg(backend, server));
    if (const auto name = ArgumentValidator::name(backend, tr("backend name")); !name)
        return Result<void>::failure(name.error());
    if (const auto name = ArgumentValidator::name(server, tr("server name")); !name)
        return Result<void>::failure(name.error());
    if (!startAtUtc.isValid())
        return Result<void>::failure(tr("The start time of %1/%2 is not a valid time.").arg(backend, server));
    if (idleDeadlineSeconds > MaxIdleDeadlineSeconds)
        return Result<void>::failure(
            tr("The idle deadline of %1/%2 is over 7 days; use no deadline instead.").arg(backend, server));
    if (idleDeadlineSeconds < 0)
        return Result<void>::failure(
            tr("The idle deadline of %1/%2 is negative; use 0 for no deadline.").arg(backend, server));
    // Checked whatever the end action: the dialog always sets it, and a job read from a file
    // must not carry a value that would break the conversion to milliseconds.
    if (!std::isfinite(readyAfterMinutes) || readyAfterMinutes <= 0
        || readyAfterMinutes > MaxReadyAfterMinutes)
        return Result<void>::failure(
            tr("The maintenance window of %1/%2 must last more than 0 minutes and at most 7 days.")
                .arg(backend, server));
    return {};
}

Result<QStringList> DrainJob::plannedCommands() const
{
    if (const Result<void> valid = validate(); !valid)
        return Result<QStringList>::failure(valid.error());
    using SS = CommandBuilder::ServerState;
    QList<Result<RuntimeCommand>> commands;
    commands.append(CommandBuilder::setServerState(backend, server, SS::Drain));
    CommandBuilder::StatScope scope;
    scope.proxy = backend;
    scope.typeMask = CommandBuilder::Servers;
    commands.append(CommandBuilder::showServersState(backend));
    commands.append(CommandBuilder::showStat(scope));
    if (shutdownAtDeadline && idleDeadlineSeconds > 0)
        commands.append(CommandBuilder::shutdownSessionsServer(backend, server));
    commands.append(CommandBuilder::setServerState(backend, server, SS::Maint));
    if (endAction == EndAction::Remove)
        commands.append(CommandBuilder::delServer(backend, server));
    else if (endAction == EndAction::ReadyAfter)
        commands.append(CommandBuilder::setServerState(backend, server, SS::Ready));
    QStringList lines;
    for (const Result<RuntimeCommand> &command : std::as_const(commands)) {
        if (!command)
            return Result<QStringList>::failure(command.error());
        lines.append(command->text());
    }
    return lines;
}

QString DrainJob::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Draining:
        return tr("Draining");
    case State::WaitingIdle:
        return tr("Waiting for sessions to end");
    case State::Ending:
        return tr("Ending");
    case State::InWindow:
        return tr("In maintenance window");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString DrainJob::endActionName(EndAction action)
{
    switch (action) {
    case EndAction::Maint:
        return tr("Maintenance");
    case EndAction::Remove:
        return tr("Remove");
    case EndAction::ReadyAfter:
        return tr("Back to ready");
    }
    return {};
}

QString DrainJob::endActionText() const
{
    if (endAction != EndAction::ReadyAfter)
        return endActionName(endAction);
    const qint64 seconds = readyAfterMs() / 1000;
    if (seconds % 60 == 0)
        return tr("Back to ready after %n min", nullptr, int(seconds / 60));
    return tr("Back to ready after %n s", nullptr, int(seconds));
}

QJsonObject DrainJob::toJson() const
{
    QJsonArray history;
    for (const Transition &transition : transitions)
        history.append(QJsonObject { { QStringLiteral("state"), stateKey(transition.state) },
            { QStringLiteral("time"), timeText(transition.timeUtc) } });
    return QJsonObject {
        { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("instance"), instanceId },
        { QStringLiteral("backend"), backend },
        { QStringLiteral("server"), server },
        { QStringLiteral("startAt"), timeText(startAtUtc) },
        { QStringLiteral("idleDeadlineSeconds"), idleDeadlineSeconds },
        { QStringLiteral("shutdownAtDeadline"), shutdownAtDeadline },
        { QStringLiteral("end"), endKey(endAction) },
        { QStringLiteral("readyAfterMinutes"), readyAfterMinutes },
        { QStringLiteral("state"), stateKey(state) },
        { QStringLiteral("transitions"), history },
        { QStringLiteral("drainStarted"), timeText(drainStartedUtc) },
        { QStringLiteral("windowEnds"), timeText(windowEndsUtc) },
        { QStringLiteral("sessionsShutDown"), sessionsShutDown },
        { QStringLiteral("lastError"), lastError },
        { QStringLiteral("serverState"), serverState },
        { QStringLiteral("currentSessions"), currentSessions },
        { QStringLiteral("initialSessions"), initialSessions },
    };
}

Result<DrainJob> DrainJob::fromJson(const QJsonObject &object)
{
    auto missing = [](const char *field) {
        return Result<DrainJob>::failure(
            tr("A drain job has no valid “%1” field.").arg(QString::fromLatin1(field)));
    };
    DrainJob job;
    job.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    if (job.id.isNull())
        return missing("id");
    const char *stringFields[] = { "instance", "backend", "server" };
    QString *stringTargets[] = { &job.instanceId, &job.backend, &job.server };
    for (int i = 0; i < 3; ++i) {
        const QJsonValue value = object.value(QLatin1StringView(stringFields[i]));
        if (!value.isString())
            return missing(stringFields[i]);
        *stringTargets[i] = value.toString();
    }
    job.startAtUtc = timeFrom(object.value(QStringLiteral("startAt")));
    if (!job.startAtUtc.isValid())
        return missing("startAt");
    // Numbers of the right type but unusable values: the job still reads (to be shown and
    // kept) but will not run.
    QStringList unusable;
    auto readWhole = [&unusable, &object](const char *field, int min, int *target) {
        const QJsonValue value = object.value(QLatin1StringView(field));
        if (const std::optional<int> number = wholeNumber(value, min, std::numeric_limits<int>::max()))
            *target = *number;
        else if (!value.isDouble())
            unusable.append(tr("“%1” is not a number").arg(QString::fromLatin1(field)));
        else
            unusable.append(tr("“%1” is %2, not a whole number from %3 to %4")
                                .arg(QString::fromLatin1(field), numberText(value))
                                .arg(min)
                                .arg(std::numeric_limits<int>::max()));
    };
    const QJsonValue deadline = object.value(QStringLiteral("idleDeadlineSeconds"));
    if (!deadline.isDouble())
        return missing("idleDeadlineSeconds");
    readWhole("idleDeadlineSeconds", std::numeric_limits<int>::min(), &job.idleDeadlineSeconds);
    job.shutdownAtDeadline = object.value(QStringLiteral("shutdownAtDeadline")).toBool();
    const auto end = endFromKey(object.value(QStringLiteral("end")).toString());
    if (!end)
        return missing("end");
    job.endAction = *end;
    const QJsonValue window = object.value(QStringLiteral("readyAfterMinutes"));
    if (!window.isDouble())
        return missing("readyAfterMinutes");
    job.readyAfterMinutes = window.toDouble();
    const auto state = stateFromKey(object.value(QStringLiteral("state")).toString());
    if (!state)
        return missing("state");
    job.state = *state;
    const std::optional<QList<Transition>> transitions =
        transitionsFrom(object.value(QStringLiteral("transitions")));
    if (!transitions)
        return missing("transitions");
    job.transitions = *transitions;
    job.drainStartedUtc = timeFrom(object.value(QStringLiteral("drainStarted")));
    job.windowEndsUtc = timeFrom(object.value(QStringLiteral("windowEnds")));
    job.sessionsShutDown = object.value(QStringLiteral("sessionsShutDown")).toBool();
    job.lastError = object.value(QStringLiteral("lastError")).toString();
    job.serverState = object.value(QStringLiteral("serverState")).toString();
    for (const char *field : { "currentSessions", "initialSessions" }) {
        if (!object.value(QLatin1StringView(field)).isUndefined())
            readWhole(field, -1, field[0] == 'c' ? &job.currentSessions : &job.initialSessions);
    }
    if (!job.isFinished())
        refuseToRun(job, unusable);
    return job;
}
