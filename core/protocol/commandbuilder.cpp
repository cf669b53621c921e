#include "core/protocol/commandbuilder.h"

#include "core/protocol/argumentvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

// Messages of this file are translated in the "CommandBuilder" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandBuilder)
};

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using Built = Result<RuntimeCommand>;

// `set timeout cli` takes seconds and HAProxy multiplies them by 1000 into an int
// tick count; this is the largest value that does not overflow it (24.8 days).
constexpr int MaxCliTimeoutSeconds = 2147483;
// `wait` covers the time HAProxy waits plus the round trip; the connection must not
// give up first.
constexpr int WaitMarginMs = 5000;

// The longest custom payload end marker ("<<MARK") every version that knows them reads;
// 3.4 takes up to 64 characters, 2.9 to 3.3 at most 7.
constexpr qsizetype MaxPayloadEndBytes = 7;

enum class Payload { Refused, Allowed };

// The last gate before a command exists: every line, built or typed, passes here.
Built finish(QByteArray line, Effect effect, AccessLevel level, Rule rule = Rule::AnyAnswer,
    QByteArray expected = {}, Payload payload = Payload::Refused)
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

// HAProxy's time format as `wait` reads it: a number with an optional unit (us, ms, s,
// m, h, d; ms when none). 0 when it is not one or is over a day.
int waitDelayMs(const QByteArray &text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits) >= '0' && text.at(digits) <= '9')
        ++digits;
    if (digits == 0 || digits > 9)
        return 0;
    const qint64 value = text.left(digits).toLongLong();
    const QByteArray unit = text.mid(digits);
    qint64 scale = 0;
    if (unit.isEmpty() || unit == "ms")
        scale = 1;
    else if (unit == "us")
        return value >= 1000 ? int(value / 1000) : 1;
    else if (unit == "s")
        scale = 1000;
    else if (unit == "m")
        scale = 60 * 1000;
    else if (unit == "h")
        scale = 3600 * 1000;
    else if (unit == "d")
        scale = 86400 * 1000;
    const qint64 ms = value * scale;
    return scale > 0 && ms <= 86400ll * 1000 ? int(ms) : 0;
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

// What a person may type in the console. Mirrors HAProxy's own splitting: '\' escapes
// the next character, ';' separates commands, spaces and tabs separate words.
struct ConsoleLine
{
    QList<QByteArray> words; // unescaped, as HAProxy matches its keywords
    QString problem;
};

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
}

QString describeControl(char32_t cp)
{
    switch (cp) {
    case U'\n':
        return Tr::tr("a line feed (LF)");
    case U'\r':
        return Tr::tr("a carriage return (CR)");
    case U'\t':
        return Tr::tr("a tab");
    case U'\0':
        return Tr::tr("a NUL character");
    default:
        return Tr::tr("the control character %1").arg(codePointName(cp));
    }
}

QString controlProblem(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, line.at(i + 1));
            if (QChar::category(cp) == QChar::Other_Format)
                return Tr::tr("the command contains the invisible formatting character %1 at position %2")
                    .arg(codePointName(cp))
                    .arg(i + 1);
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Tr::tr("the command contains an unpaired UTF-16 surrogate at position %1").arg(i + 1);
        if (c.category() == QChar::Other_Control) {
            return Tr::tr("the command contains %1 at position %2; send one single-line command at a time")
                .arg(describeControl(c.unicode()))
                .arg(i + 1);
        }
        if (c.category() == QChar::Other_Format) {
            return Tr::tr("the command contains the invisible formatting character %1 at position %2")
                .arg(codePointName(c.unicode()))
                .arg(i + 1);
        }
    }
    return {};
}

ConsoleLine splitConsoleLine(const QByteArray &line)
{
    ConsoleLine result;
    QByteArray word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\\') {
            if (i + 1 == line.size()) {
                result.problem =
                    Tr::tr("the command ends with '\\', which HAProxy reads as a line continuation; "
                           "write '\\\\' for a backslash");
                return result;
            }
            word += line.at(++i);
            inWord = true;
        } else if (c == ';') {
            result.problem = Tr::tr("the command contains ';' at position %1, which starts a second command; "
                                    "send each command alone, or write '\\;' for a literal ';'")
                                 .arg(i + 1);
            return result;
        } else if (c == ' ' || c == '\t') {
            if (inWord)
                result.words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        result.words.append(word);
    return result;
}

struct Classification
{
    Effect effect = Effect::Write;
    AccessLevel level = AccessLevel::Admin;
    Rule rule = Rule::AnyAnswer;
};

// The levels `show ...` commands need (docs/runtime-api.md, "Levels").
AccessLevel showLevel(const QList<QByteArray> &words)
{
    const QByteArray what = words.value(1);
    static const QByteArray operatorOnly[] = { "sess", "errors", "env", "fd", "startup-logs", "libs" };
    for (const QByteArray &word : operatorOnly) {
        if (what == word)
            return AccessLevel::Operator;
    }
    if (what == "profiling" || what == "cache")
        return AccessLevel::Admin;
    // `show ssl cert|ca-file|crl-file|crt-list` need operator (at user level HAProxy
    // answers "Can't allocate memory!"); `show ssl providers` does not.
    if (what == "ssl" && words.value(2) != "providers")
        return AccessLevel::Operator;
    // Other `show` commands, known or not, are left to HAProxy, which refuses with
    // "Permission denied"; overestimating would keep a user-level console from
    // commands it may run.
    return AccessLevel::User;
}

Classification classify(const QList<QByteArray> &words)
{
    const QByteArray first = words.value(0);
    if (first == "show")
        return { Effect::Read, showLevel(words), Rule::AnyAnswer };
    if (first == "help")
        return { Effect::Read, AccessLevel::User, Rule::AnyAnswer };
    if (first == "get") {
        if (words.value(1) == "var")
            return { Effect::Read, AccessLevel::Operator, Rule::AnyAnswer };
        return { Effect::Read, AccessLevel::User, Rule::AnyAnswer };
    }
    if (first == "set" && words.value(1) == "timeout")
        return { Effect::Write, AccessLevel::User, Rule::AnyAnswer };
    if (first == "clear" && words.value(1) == "counters" && words.size() == 2)
        return { Effect::Write, AccessLevel::Operator, Rule::AnyAnswer };
    if (first == "trace")
        return { Effect::Write, AccessLevel::Operator, Rule::AnyAnswer };
    // Everything else may change HAProxy's state: never re-sent, admin unless known.
    return {};
}

} // namespace

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
    if (scope.proxy.isEmpty() && scope.typeMask == AllTypes && scope.serverId == -1)
        return dump(finish("show stat", Effect::Read, AccessLevel::User));
    // HAProxy only reads the filter when all three words are there; -1 is every proxy.
    QByteArray proxy = "-1";
    if (!scope.proxy.isEmpty()) {
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

    // HAProxy 2.6 splits a bare IPv6 address on its last colon: "::1" becomes host ":"
    // with port 1, "::1:80" happens to work. Brackets are unambiguous, with or
    // without a port ("[::1]" has port 0, like "127.0.0.1").
    QByteArray line = "add server " + *ref + ' ';
    line += server.address.contains(u':') ? '[' + *address + ']' : *address;
    if (server.port != 0) {
        const Result<int> port = ArgumentValidator::port(server.port, Tr::tr("server port"));
        if (!port)
            return Built::failure(port.error());
        line += ':' + number(*port);
    }
    if (server.weight != -1) {
        const Result<QByteArray> weight = ArgumentValidator::weightText(QString::number(server.weight));
        if (!weight)
            return Built::failure(weight.error());
        line += " weight " + *weight;
    }
    // Check, TLS and agent options are refused rather than dropped when their switch
    // is off: the dialog must not believe it set something that was never sent.
    if (!server.check && (server.checkInterMs != 0 || server.checkPort != 0))
        return Built::failure(Tr::tr("check interval and check port need the health check turned on"));
    if (server.check) {
        line += " check";
        if (server.checkInterMs != 0) {
            const Result<int> inter =
                ArgumentValidator::durationMs(server.checkInterMs, Tr::tr("check interval"));
            if (!inter)
                return Built::failure(inter.error());
            line += " inter " + number(*inter) + "ms";
        }
        if (server.checkPort != 0) {
            const Result<int> port = ArgumentValidator::port(server.checkPort, Tr::tr("check port"));
            if (!port)
                return Built::failure(port.error());
            line += " port " + number(*port);
        }
    }
    if (server.sslVerifyNone && !server.ssl)
        return Built::failure(Tr::tr("'verify none' needs SSL turned on"));
    if (server.ssl) {
        line += " ssl";
        if (server.sslVerifyNone)
            line += " verify none";
    }
    if (server.maxconn != -1) {
        // HAProxy reads 0 as "no limit", which -1 already says; refusing 0 keeps a
        // slider at its bottom from silently meaning "unlimited".
        if (server.maxconn < 1) {
            return Built::failure(
                Tr::tr("maxconn %1 is not valid (use 1 and up, or -1 for no limit)").arg(server.maxconn));
        }
        line += " maxconn " + number(server.maxconn);
    }
    if (server.backup)
        line += " backup";
    if (server.slowstartMs != 0) {
        const Result<int> slowstart = ArgumentValidator::durationMs(server.slowstartMs, Tr::tr("slowstart"));
        if (!slowstart)
            return Built::failure(slowstart.error());
        line += " slowstart " + number(*slowstart) + "ms";
    }
    if (!server.agentCheck && server.agentPort != 0)
        return Built::failure(Tr::tr("agent port needs the agent check turned on"));
    if (server.agentCheck) {
        if (server.agentPort == 0)
            return Built::failure(Tr::tr("agent check needs an agent port"));
        const Result<int> port = ArgumentValidator::port(server.agentPort, Tr::tr("agent port"));
        if (!port)
            return Built::failure(port.error());
        line += " agent-check agent-port " + number(*port);
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

Result<RuntimeCommand> CommandBuilder::raw(const QString &line)
{
    return typedLine(line, false);
}

Result<RuntimeCommand> CommandBuilder::typedLine(const QString &line, bool payloadLine)
{
    const QString control = controlProblem(line);
    if (!control.isEmpty())
        return Built::failure(control);
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && line.at(begin).isSpace())
        ++begin;
    while (end > begin && line.at(end - 1).isSpace())
        --end;
    // An empty line makes HAProxy print its whole help, which is never what was meant.
    if (begin == end)
        return Built::failure(Tr::tr("the command is empty"));
    // Trimming must not turn an escaped final space ("a\ ") into a trailing backslash.
    if (line.at(end - 1) == u'\\' && end < line.size())
        ++end;
    const QByteArray bytes = line.mid(begin, end - begin).toUtf8();
    if (bytes.size() > RuntimeCommand::MaxLineBytes) {
        return Built::failure(Tr::tr("the command is %1 bytes long; HAProxy reads at most %2 bytes per line")
                                  .arg(bytes.size())
                                  .arg(RuntimeCommand::MaxLineBytes));
    }
    const ConsoleLine parsed = splitConsoleLine(bytes);
    if (!parsed.problem.isEmpty())
        return Built::failure(parsed.problem);
    // HAProxy enters payload mode on any line ending in "<<", escaped or not, and from 2.9
    // on a line whose last word starts with "<<", and then waits for lines a single-line
    // command never sends.
    const QByteArrayView marker = RuntimeCommand::payloadMarker(bytes);
    if (marker == "<<" && !payloadLine) {
        return Built::failure(Tr::tr(
            "the command ends with '<<', which starts a multi-line payload; the console sends single lines"));
    }
    if (!marker.isEmpty() && !payloadLine) {
        return Built::failure(Tr::tr("the command's last word '%1' starts with '<<', which makes HAProxy 2.9 "
                                     "and later read the following lines as a payload ending at '%2'")
                                  .arg(QString::fromUtf8(marker), QString::fromUtf8(marker.sliced(2))));
    }
    if (payloadLine && marker.isEmpty())
        return Built::failure(Tr::tr("a command with a payload must end with '<<' or '<<MARK'"));
    if (marker.size() - 2 > MaxPayloadEndBytes) {
        return Built::failure(Tr::tr("the payload end marker '%1' is longer than %2 characters, the most "
                                     "HAProxy 2.9 to 3.3 read")
                                  .arg(QString::fromUtf8(marker.sliced(2)))
                                  .arg(MaxPayloadEndBytes));
    }
    if (parsed.words.isEmpty())
        return Built::failure(Tr::tr("the command is empty"));

    // These change the session itself, which the persistent connection relies on:
    // its prompt framing, its open socket, its level and its severity tags.
    const QByteArray first = parsed.words.first();
    if (first == "prompt" || first == "quit" || first == "user" || first == "operator"
        || (first == "set" && parsed.words.value(1) == "severity-output")) {
        const QString word =
            first == "set" ? QStringLiteral("set severity-output") : QString::fromUtf8(first);
        return Built::failure(
            Tr::tr("'%1' would change this console's session (mode, level or answer format); "
                   "it is managed by hadesk and cannot be typed here")
                .arg(word));
    }
    // Streaming forms never end: their answer would hold a CLI connection until HAProxy's
    // own timeout and never be shown.
    if (parsed.words.size() >= 2 && parsed.words.at(0) == "show" && parsed.words.at(1) == "events") {
        for (qsizetype i = 2; i < parsed.words.size(); ++i) {
            const QByteArray &word = parsed.words.at(i);
            if (word.startsWith('-') && word.contains('w')) {
                return Built::failure(Tr::tr("'show events … %1' waits for new events without end; the "
                                             "console shows finished answers only: leave out '-w'")
                                          .arg(QString::fromUtf8(word)));
            }
        }
    }
    const Classification c = classify(parsed.words);
    Built built =
        finish(bytes, c.effect, c.level, c.rule, {}, payloadLine ? Payload::Allowed : Payload::Refused);
    // What a person types can answer anything, the prompt text included.
    if (built) {
        built.value().setRunsAlone(true).setMaxAnswerBytes(RuntimeCommand::ConsoleAnswerBytes);
        // A typed `wait <delay> …` is answered after up to its delay.
        if (parsed.words.size() >= 2 && parsed.words.at(0) == "wait") {
            if (const int delay = waitDelayMs(parsed.words.at(1)); delay > 0)
                built.value().setTimeoutMs(delay + WaitMarginMs);
        }
    }
    return built;
}

Result<RuntimeCommand> CommandBuilder::rawWithPayload(const QString &line, const QString &payload)
{
    Built built = typedLine(line, true);
    if (!built)
        return built;
    // After "<<" the payload ends at the first empty line, after "<<MARK" at a line that
    // is MARK; one final line break (as typed) is fine.
    const QString end = QString::fromUtf8(built->payloadEnd());
    QString text = payload;
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.isEmpty())
        return Built::failure(Tr::tr("the payload is empty"));
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &payloadLine = lines.at(i);
        if (end.isEmpty() && payloadLine.trimmed().isEmpty()) {
            return Built::failure(Tr::tr("payload line %1 is empty; HAProxy would end the payload there "
                                         "and run the following lines as commands")
                                      .arg(i + 1));
        }
        if (!end.isEmpty() && payloadLine == end) {
            return Built::failure(Tr::tr("payload line %1 is the end marker '%2'; HAProxy would end the "
                                         "payload there and run the following lines as commands")
                                      .arg(i + 1)
                                      .arg(end));
        }
        // Tabs separate keys from values in map payloads; other control characters are refused.
        QString withoutTabs = payloadLine;
        withoutTabs.replace(u'\t', u' ');
        const QString control = controlProblem(withoutTabs);
        if (!control.isEmpty())
            return Built::failure(Tr::tr("payload line %1: %2").arg(i + 1).arg(control));
    }
    const QByteArray bytes = text.toUtf8();
    // HAProxy collects the command and its payload in one buffer of the size of a line.
    const qsizetype total = built->line().size() + 1 + bytes.size() + 1 + end.size() + 1;
    if (total > RuntimeCommand::MaxLineBytes) {
        return Built::failure(Tr::tr("the command and its payload are %1 bytes long; HAProxy reads at most "
                                     "%2 bytes")
                                  .arg(total)
                                  .arg(RuntimeCommand::MaxLineBytes));
    }
    RuntimeCommand command = *built;
    command.setPayload(bytes);
    if (!command.isValid())
        return Built::failure(Tr::tr("the payload could not be attached to the command"));
    return command;
}
