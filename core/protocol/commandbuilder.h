#pragma once

#include "core/protocol/haproxyversion.h"
#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QList>
#include <QString>

// Typed builders for every command hadesk sends. Each validates every argument
// (ArgumentValidator) and refuses with a message naming the bad one before anything
// could be sent: HAProxy has no quoting, so an unchecked ';', '\', CR or LF in a name
// would run a second command.
class CommandBuilder
{
public:
    enum class ServerState { Ready, Drain, Maint };
    enum class HealthState { Up, Stopping, Down };
    enum class AgentState { Up, Down };

    // `show stat [<proxy> <typemask> <sid>]`; typemask bits as HAProxy's.
    enum StatType { Frontends = 1, Backends = 2, Servers = 4, AllTypes = -1 };
    struct StatScope
    {
        QString proxy; // empty: every proxy
        int typeMask = AllTypes;
        int serverId = -1;
        // HAProxy's id of the proxy (the `iid` column), 1 and up; -1: none. Used instead of
        // the name when set: it tells a frontend and a backend of one name apart. (HAProxy
        // tries a number as a name first: a proxy named "2" wins over the one whose id is 2.)
        int proxyId = -1;
    };

    // A weight as HAProxy accepts it: absolute 0..256, or N% of the initial weight.
    struct Weight
    {
        int value = 0;
        bool percent = false;
    };

    // Everything the "add server" dialog can ask for.
    struct NewServer
    {
        QString backend;
        QString name;
        QString address; // IPv4, IPv6 (no brackets) or FQDN
        int port = 0; // 0: no port (HAProxy then uses the client's destination port)
        int weight = -1; // -1: HAProxy's default
        bool check = false;
        int checkInterMs = 0; // 0: default inter
        int checkPort = 0; // 0: the server's port
        bool ssl = false;
        bool sslVerifyNone = false; // only with ssl; explicit, never implied
        int maxconn = -1; // -1: unlimited
        bool backup = false;
        int slowstartMs = 0;
        bool agentCheck = false;
        int agentPort = 0; // required when agentCheck
    };

    // Dumps
    static RuntimeCommand showInfo();
    static Result<RuntimeCommand> showStat(const StatScope &scope);
    static Result<RuntimeCommand> showStat() { return showStat(StatScope {}); }
    static Result<RuntimeCommand> showServersState(const QString &backend = {});
    static Result<RuntimeCommand> showServersConn(const QString &backend = {});
    static RuntimeCommand showBackend();
    static RuntimeCommand showCliLevel();
    static Result<RuntimeCommand> getWeight(const QString &backend, const QString &server);

    // The master CLI (`haproxy -W -S …`); these go to the master process itself.
    static RuntimeCommand showProc(); // the processes: master, workers, old workers
    // `reload` (operator): the master starts a new worker with the configuration on disk.
    // 2.6 answers nothing and closes; 2.7+ answers "Success=1|0", "--" and the startup log,
    // then closes. It runs alone: the master drops every CLI session while it reloads.
    static RuntimeCommand reload();

    // Session set-up
    static RuntimeCommand prompt();
    static RuntimeCommand setSeverityOutputNumber();
    static Result<RuntimeCommand> setTimeoutCli(int seconds);

    // Server state
    static Result<RuntimeCommand> setServerState(
        const QString &backend, const QString &server, ServerState state);
    static Result<RuntimeCommand> setServerWeight(
        const QString &backend, const QString &server, Weight weight);
    static Result<RuntimeCommand> setServerHealth(
        const QString &backend, const QString &server, HealthState state);
    static Result<RuntimeCommand> setServerAgent(
        const QString &backend, const QString &server, AgentState state);
    // `set server B/S addr A [port P]`; port 0 leaves the port alone.
    static Result<RuntimeCommand> setServerAddress(
        const QString &backend, const QString &server, const QString &address, int port = 0);
    static Result<RuntimeCommand> setServerCheckPort(const QString &backend, const QString &server, int port);
    static Result<RuntimeCommand> enableHealth(const QString &backend, const QString &server);
    static Result<RuntimeCommand> disableHealth(const QString &backend, const QString &server);
    static Result<RuntimeCommand> enableAgent(const QString &backend, const QString &server);
    static Result<RuntimeCommand> disableAgent(const QString &backend, const QString &server);
    static Result<RuntimeCommand> shutdownSessionsServer(const QString &backend, const QString &server);

    // Dynamic servers
    // `version` is the connected instance's: a host name is refused unless it resolves host
    // names given to `add server` (HaproxyFeature::AddServerResolvesHostName; no release
    // does), and so is it when the version is not known.
    static Result<RuntimeCommand> addServer(const NewServer &server, const HaproxyVersion &version = {});
    // Why `add server` would refuse this (already valid) address on that version, or empty.
    static QString addServerAddressProblem(const QString &address, const HaproxyVersion &version);
    static Result<RuntimeCommand> delServer(const QString &backend, const QString &server);
    // `wait <ms>ms srv-removable B/S` (HAProxy 3.0+); its answer timeout covers the wait.
    static Result<RuntimeCommand> waitServerRemovable(
        const QString &backend, const QString &server, int timeoutMs);

    // A line typed by a person (console): refused when empty, blank, over the line limit,
    // with CR/LF or other control characters, with an unescaped ';' (send each command
    // alone), a trailing '\' or a last word starting with "<<". Anything not known to be
    // read-only counts as a write. It runs alone (RuntimeCommand::runsAlone()).
    static Result<RuntimeCommand> raw(const QString &line);
    // A typed command ending in "<<" or "<<MARK" (HAProxy 2.9+; the caller checks the
    // version) with its payload lines (`add map #0 <<` then "k1 v1\nk2 v2"): the line
    // passes raw()'s checks except the "<<" one; the payload must not be empty nor hold a
    // line that ends it (after "<<" an empty or blank line, after "<<MARK" a line that is
    // MARK: HAProxy would end the payload there and run the rest as commands), a CR or
    // other control characters (tabs are fine); one final line break is dropped. Command and payload together
    // stay within the line limit, since HAProxy collects them in one buffer.
    static Result<RuntimeCommand> rawWithPayload(const QString &line, const QString &payload);

private:
    static Result<RuntimeCommand> typedLine(const QString &line, bool payloadLine);
};
