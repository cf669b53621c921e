#include "core/protocol/commandbuilder.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/commandbuilder_p.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace CommandBuilderPrivate;

namespace {

// `set timeout cli` takes seconds and HAProxy multiplies them by 1000 into an int
// tick count; this is the largest value that does not overflow it (24.8 days).
constexpr int MaxCliTimeoutSeconds = 2147483;

// Dumps grow with the configuration: their own, larger cap.
Built dump(Built built)
{
    if (built)
        built.value().setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
    return built;
}

Result<QByteArray> serverRef(const QString &backend, const QString &server)
{
    const Result<QByteArray> b = ArgumentValidator::name(backend, Tr::tr("backend name"));
    if (!b)
        return b;
    const Result<QByteArray> s = ArgumentValidator::name(server, Tr::tr("server name"));
    if (!s)
        return s;
    return QByteArray(*b + '/' + *s);
}

// Commands of the form `<prefix> B/S[ suffix]` that change state and answer nothing.
Built serverWrite(const QByteArray &prefix, const QString &backend, const QString &server,
    const QByteArray &suffix = {}, Rule rule = Rule::EmptyAnswer, const QByteArray &expected = {})
{
    const Result<QByteArray> ref = serverRef(backend, server);
    if (!ref)
        return Built::failure(ref.error());
    QByteArray line = prefix + ' ' + *ref;
    if (!suffix.isEmpty())
        line += ' ' + suffix;
    return finish(line, Effect::Write, AccessLevel::Admin, rule, expected);
}

QByteArray number(int value)
{
    return QByteArray::number(value);
}

// `show stat` typemask: -1, or any combination of the frontend/backend/server bits.
bool validTypeMask(int mask)
{
    return mask == CommandBuilder::AllTypes || (mask >= 1 && mask <= 7);
}

} // namespace

namespace CommandBuilderPrivate {

Built finish(
    QByteArray line, Effect effect, AccessLevel level, Rule rule, QByteArray expected, Payload payload)
{
    if (line.size() > RuntimeCommand::MaxLineBytes) {
        return Built::failure(Tr::tr("the command is %1 bytes long; HAProxy reads at most %2 bytes per line")
                                  .arg(line.size())
                                  .arg(RuntimeCommand::MaxLineBytes));
    }
    // The validators keep these out; should one ever let something through, the
    // command is refused here rather than handed out invalid.
    if (line.contains('\n') || line.contains('\r') || line.contains('\0'))
        return Built::failure(Tr::tr("the command contains a line break or a NUL character"));
    // HAProxy would read the lines after this one as its payload: the session then
    // swallows every command pipelined behind it.
    const QByteArrayView marker = RuntimeCommand::payloadMarker(line);
    if (payload == Payload::Refused && !marker.isEmpty()) {
        return Built::failure(
            Tr::tr("the command's last word '%1' starts with '<<', which makes HAProxy read the "
                   "following lines as a payload; a single-line command cannot end that way")
                .arg(QString::fromUtf8(marker)));
    }
    // Most answers are a line or two; the dumps and the console raise this.
    return RuntimeCommand::make(std::move(line), effect, level, rule, std::move(expected))
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes);
}

} // namespace CommandBuilderPrivate

RuntimeCommand CommandBuilder::showInfo()
{
    return RuntimeCommand::make("show info", Effect::Read, AccessLevel::User)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes);
}

Result<RuntimeCommand> CommandBuilder::showStat(const StatScope &scope)
{
    if (!validTypeMask(scope.typeMask)) {
        return Built::failure(
            Tr::tr("stat type mask %1 is not valid (use -1, or a sum of 1 frontends, 2 backends, 4 servers)")
                .arg(scope.typeMask));
    }
    if (scope.serverId != -1 && scope.serverId < 1)
        return Built::failure(
            Tr::tr("server id %1 is not valid (use -1 for every server, or 1 and up)").arg(scope.serverId));
    if (scope.proxyId != -1 && scope.proxyId < 1)
        return Built::failure(
            Tr::tr("proxy id %1 is not valid (use -1 for none, or 1 and up)").arg(scope.proxyId));
    if (scope.proxy.isEmpty() && scope.proxyId == -1 && scope.typeMask == AllTypes && scope.serverId == -1)
        return dump(finish("show stat", Effect::Read, AccessLevel::User));
    // HAProxy only reads the filter when all three words are there; -1 is every proxy.
    QByteArray proxy = "-1";
    if (scope.proxyId != -1) {
        proxy = number(scope.proxyId);
    } else if (!scope.proxy.isEmpty()) {
        const Result<QByteArray> name = ArgumentValidator::name(scope.proxy, Tr::tr("proxy name"));
        if (!name)
            return Built::failure(name.error());
        proxy = *name;
    }
    return dump(finish("show stat " + proxy + ' ' + number(scope.typeMask) + ' ' + number(scope.serverId),
        Effect::Read, AccessLevel::User));
}

static Result<RuntimeCommand> showServers(const QByteArray &what, const QString &backend)
{
    QByteArray line = "show servers " + what;
    if (!backend.isEmpty()) {
        const Result<QByteArray> name = ArgumentValidator::name(backend, Tr::tr("backend name"));
        if (!name)
            return Built::failure(name.error());
        line += ' ' + *name;
    }
    return dump(finish(line, Effect::Read, AccessLevel::User));
}

Result<RuntimeCommand> CommandBuilder::showServersState(const QString &backend)
{
    return showServers("state", backend);
}

Result<RuntimeCommand> CommandBuilder::showServersConn(const QString &backend)
{
    return showServers("conn", backend);
}

RuntimeCommand CommandBuilder::showBackend()
{
    return RuntimeCommand::make("show backend", Effect::Read, AccessLevel::User)
        .setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
}

RuntimeCommand CommandBuilder::showCliLevel()
{
    return RuntimeCommand::make("show cli level", Effect::Read, AccessLevel::User)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes);
}

Result<RuntimeCommand> CommandBuilder::getWeight(const QString &backend, const QString &server)
{
    const Result<QByteArray> ref = serverRef(backend, server);
    if (!ref)
        return Built::failure(ref.error());
    return finish("get weight " + *ref, Effect::Read, AccessLevel::User);
}

// The three session commands change only this connection, never HAProxy's state, so
// they are reads: safe to send again on a new connection.
RuntimeCommand CommandBuilder::showProc()
{
    return RuntimeCommand::make("show proc", Effect::Read, AccessLevel::User)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes)
        .setTarget(RuntimeCommand::Target::Master);
}

RuntimeCommand CommandBuilder::reload()
{
    // A large configuration can take a while to load; the answer comes once it did.
    constexpr int ReloadTimeoutMs = 60000;
    return RuntimeCommand::make("reload", Effect::Write, AccessLevel::Operator)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes)
        .setTarget(RuntimeCommand::Target::Master)
        .setRunsAlone(true)
        .setTimeoutMs(ReloadTimeoutMs);
}

RuntimeCommand CommandBuilder::prompt()
{
    return RuntimeCommand::make("prompt", Effect::Read, AccessLevel::User, Rule::EmptyAnswer)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes);
}

RuntimeCommand CommandBuilder::setSeverityOutputNumber()
{
    return RuntimeCommand::make(
        "set severity-output number", Effect::Read, AccessLevel::User, Rule::EmptyAnswer)
        .setMaxAnswerBytes(RuntimeCommand::ShortAnswerBytes);
}

Result<RuntimeCommand> CommandBuilder::setTimeoutCli(int seconds)
{
    if (seconds < 1 || seconds > MaxCliTimeoutSeconds) {
        return Built::failure(
            Tr::tr("CLI timeout %1 s is out of range (1-%2 s)").arg(seconds).arg(MaxCliTimeoutSeconds));
    }
    return finish("set timeout cli " + number(seconds), Effect::Read, AccessLevel::User, Rule::EmptyAnswer);
}

Result<RuntimeCommand> CommandBuilder::setServerState(
    const QString &backend, const QString &server, ServerState state)
{
    QByteArray word;
    switch (state) {
    case ServerState::Ready:
        word = "ready";
        break;
    case ServerState::Drain:
        word = "drain";
        break;
    case ServerState::Maint:
        word = "maint";
        break;
    }
    if (word.isEmpty())
        return Built::failure(Tr::tr("unknown server state %1").arg(int(state)));
    return serverWrite("set server", backend, server, "state " + word);
}

Result<RuntimeCommand> CommandBuilder::setServerWeight(
    const QString &backend, const QString &server, Weight weight)
{
    const QString text = QString::number(weight.value) + (weight.percent ? QStringLiteral("%") : QString());
    const Result<QByteArray> valid = ArgumentValidator::weightText(text);
    if (!valid)
        return Built::failure(valid.error());
    return serverWrite("set server", backend, server, "weight " + *valid);
}

Result<RuntimeCommand> CommandBuilder::setServerHealth(
    const QString &backend, const QString &server, HealthState state)
{
    QByteArray word;
    switch (state) {
    case HealthState::Up:
        word = "up";
        break;
    case HealthState::Stopping:
        word = "stopping";
        break;
    case HealthState::Down:
        word = "down";
        break;
    }
    if (word.isEmpty())
        return Built::failure(Tr::tr("unknown health state %1").arg(int(state)));
    return serverWrite("set server", backend, server, "health " + word);
}

Result<RuntimeCommand> CommandBuilder::setServerAgent(
    const QString &backend, const QString &server, AgentState state)
{
    QByteArray word;
    switch (state) {
    case AgentState::Up:
        word = "up";
        break;
    case AgentState::Down:
        word = "down";
        break;
    }
    if (word.isEmpty())
        return Built::failure(Tr::tr("unknown agent state %1").arg(int(state)));
    return serverWrite("set server", backend, server, "agent " + word);
}

Result<RuntimeCommand> CommandBuilder::setServerAddress(
    const QString &backend, const QString &server, const QString &address, int port)
{
    const Result<QByteArray> valid = ArgumentValidator::address(address, Tr::tr("server address"));
    if (!valid)
        return Built::failure(valid.error());
    // HAProxy 2.6 answers "Invalid addr" to a host name here (names need `set server
    // ... fqdn` and a resolvers section); IPv6 goes without brackets.
    QHostAddress ip;
    if (!ip.setAddress(address)) {
        return Built::failure(
            Tr::tr("server address '%1' is a host name; set server ... addr needs an IPv4 or IPv6 address")
                .arg(address));
    }
    QByteArray suffix = "addr " + *valid;
    if (port != 0) {
        const Result<int> p = ArgumentValidator::port(port, Tr::tr("server port"));
        if (!p)
            return Built::failure(p.error());
        suffix += " port " + number(*p);
    }
    return serverWrite("set server", backend, server, suffix, Rule::AddressChange);
}

Result<RuntimeCommand> CommandBuilder::setServerCheckPort(
    const QString &backend, const QString &server, int port)
{
    const Result<int> p = ArgumentValidator::port(port, Tr::tr("check port"));
    if (!p)
        return Built::failure(p.error());
    return serverWrite("set server", backend, server, "check-port " + number(*p));
}

Result<RuntimeCommand> CommandBuilder::enableHealth(const QString &backend, const QString &server)
{
    return serverWrite("enable health", backend, server);
}

Result<RuntimeCommand> CommandBuilder::disableHealth(const QString &backend, const QString &server)
{
    return serverWrite("disable health", backend, server);
}

Result<RuntimeCommand> CommandBuilder::enableAgent(const QString &backend, const QString &server)
{
    return serverWrite("enable agent", backend, server);
}

Result<RuntimeCommand> CommandBuilder::disableAgent(const QString &backend, const QString &server)
{
    return serverWrite("disable agent", backend, server);
}

Result<RuntimeCommand> CommandBuilder::shutdownSessionsServer(const QString &backend, const QString &server)
{
    return serverWrite("shutdown sessions server", backend, server);
}

QString CommandBuilder::addServerAddressProblem(const QString &address, const HaproxyVersion &version)
{
    // HAProxy accepts a host name here and answers "New server registered.", but keeps the
    // server without an address: it never takes traffic, its check cannot connect, and
    // `set server ... addr` cannot give it one later (a different address family).
    QHostAddress ip;
    if (ip.setAddress(address) || version.supports(HaproxyFeature::AddServerResolvesHostName))
        return {};
    const QString haproxy = version.isValid() ? Tr::tr("HAProxy %1").arg(version.text) : Tr::tr("HAProxy");
    return Tr::tr("server address '%1' is a host name: %2 registers a server added at run time with a "
                  "host name but never resolves it, so the server would never take traffic; give its "
                  "IPv4 or IPv6 address instead")
        .arg(address, haproxy);
}

namespace {

using NewServer = CommandBuilder::NewServer;
using Option = Result<QByteArray>;

// HAProxy 2.6 splits a bare IPv6 address on its last colon: "::1" becomes host ":"
// with port 1, "::1:80" happens to work. Brackets are unambiguous, with or
// without a port ("[::1]" has port 0, like "127.0.0.1").
Option addressAndPort(const NewServer &server, const QByteArray &address)
{
    QByteArray text = server.address.contains(u':') ? QByteArray('[' + address + ']') : address;
    if (server.port != 0) {
        const Result<int> port = ArgumentValidator::port(server.port, Tr::tr("server port"));
        if (!port)
            return Option::failure(port.error());
        text += ':' + number(*port);
    }
    return text;
}

Option weightOption(const NewServer &server)
{
    if (server.weight == -1)
        return QByteArray();
    const Result<QByteArray> weight = ArgumentValidator::weightText(QString::number(server.weight));
    if (!weight)
        return Option::failure(weight.error());
    return QByteArray(" weight " + *weight);
}

// Check, TLS and agent options are refused rather than dropped when their switch
// is off: the dialog must not believe it set something that was never sent.
Option checkOptions(const NewServer &server)
{
    if (!server.check && (server.checkInterMs != 0 || server.checkPort != 0))
        return Option::failure(Tr::tr("check interval and check port need the health check turned on"));
    if (!server.check)
        return QByteArray();
    QByteArray text = " check";
    if (server.checkInterMs != 0) {
        const Result<int> inter =
            ArgumentValidator::durationMs(server.checkInterMs, Tr::tr("check interval"));
        if (!inter)
            return Option::failure(inter.error());
        text += " inter " + number(*inter) + "ms";
    }
    if (server.checkPort != 0) {
        const Result<int> port = ArgumentValidator::port(server.checkPort, Tr::tr("check port"));
        if (!port)
            return Option::failure(port.error());
        text += " port " + number(*port);
    }
    return text;
}

Option sslOptions(const NewServer &server)
{
    if (server.sslVerifyNone && !server.ssl)
        return Option::failure(Tr::tr("'verify none' needs SSL turned on"));
    if (!server.ssl)
        return QByteArray();
    return server.sslVerifyNone ? QByteArray(" ssl verify none") : QByteArray(" ssl");
}

// maxconn, backup and slowstart: how much traffic the server takes and when.
Option trafficOptions(const NewServer &server)
{
    QByteArray text;
    if (server.maxconn != -1) {
        // HAProxy reads 0 as "no limit", which -1 already says; refusing 0 keeps a
        // slider at its bottom from silently meaning "unlimited".
        if (server.maxconn < 1) {
            return Option::failure(
                Tr::tr("maxconn %1 is not valid (use 1 and up, or -1 for no limit)").arg(server.maxconn));
        }
        text += " maxconn " + number(server.maxconn);
    }
    if (server.backup)
        text += " backup";
    if (server.slowstartMs != 0) {
        const Result<int> slowstart = ArgumentValidator::durationMs(server.slowstartMs, Tr::tr("slowstart"));
        if (!slowstart)
            return Option::failure(slowstart.error());
        text += " slowstart " + number(*slowstart) + "ms";
    }
    return text;
}

Option agentOptions(const NewServer &server)
{
    if (!server.agentCheck && server.agentPort != 0)
        return Option::failure(Tr::tr("agent port needs the agent check turned on"));
    if (!server.agentCheck)
        return QByteArray();
    if (server.agentPort == 0)
        return Option::failure(Tr::tr("agent check needs an agent port"));
    const Result<int> port = ArgumentValidator::port(server.agentPort, Tr::tr("agent port"));
    if (!port)
        return Option::failure(port.error());
    return QByteArray(" agent-check agent-port " + number(*port));
}

} // namespace

Result<RuntimeCommand> CommandBuilder::addServer(const NewServer &server, const HaproxyVersion &version)
{
    const Result<QByteArray> ref = serverRef(server.backend, server.name);
    if (!ref)
        return Built::failure(ref.error());
    const Result<QByteArray> address = ArgumentValidator::address(server.address, Tr::tr("server address"));
    if (!address)
        return Built::failure(address.error());
    const QString hostName = addServerAddressProblem(server.address, version);
    if (!hostName.isEmpty())
        return Built::failure(hostName);
    const Option target = addressAndPort(server, *address);
    if (!target)
        return Built::failure(target.error());

    QByteArray line = "add server " + *ref + ' ' + *target;
    for (const auto option : { weightOption, checkOptions, sslOptions, trafficOptions, agentOptions }) {
        const Option text = option(server);
        if (!text)
            return Built::failure(text.error());
        line += *text;
    }
    return finish(line, Effect::Write, AccessLevel::Admin, Rule::ExpectedMessage, "New server registered.");
}

Result<RuntimeCommand> CommandBuilder::delServer(const QString &backend, const QString &server)
{
    return serverWrite("del server", backend, server, {}, Rule::ExpectedMessage, "Server deleted.");
}

Result<RuntimeCommand> CommandBuilder::waitServerRemovable(
    const QString &backend, const QString &server, int timeoutMs)
{
    const Result<int> timeout = ArgumentValidator::durationMs(timeoutMs, Tr::tr("wait time"));
    if (!timeout)
        return Built::failure(timeout.error());
    const Result<QByteArray> ref = serverRef(backend, server);
    if (!ref)
        return Built::failure(ref.error());
    // It only waits, so it is a read (safe to send again), but HAProxy 3.x asks for
    // admin. It answers "Done." (info) or, on 3.0, a bare "Failed." (error) both when the
    // delay expires and when the server can never be removed: `del server` then says why.
    Built built = finish("wait " + number(*timeout) + "ms srv-removable " + *ref, Effect::Read,
        AccessLevel::Admin, Rule::ExpectedMessage, "Done.");
    // On its own connection: it holds HAProxy's answer for up to the whole wait, and
    // polls and actions must not queue behind it.
    if (built)
        built.value().setTimeoutMs(*timeout + WaitMarginMs).setRunsAlone(true);
    return built;
}
