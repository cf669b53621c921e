#pragma once

#include "core/parsers/serversconnparser.h"
#include "core/parsers/serversstateparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

// One way the running instance differs from what its configuration file would give after a
// reload or restart.
struct DriftItem
{
    enum class Kind {
        RuntimeOnly, // added with `add server`: gone at the next reload
        WeightChanged, // srv_uweight differs from the configured srv_iweight
        AdminStateChanged, // maintenance or drain set (or cleared) at runtime
        AddressChanged, // srv_addr or srv_port differs from the configuration's `server` line
    };
    QString backend;
    QString server;
    Kind kind = Kind::RuntimeOnly;
    QString configured; // what the configuration gives ("1", "ready", "127.0.0.1:80")
    QString current; // what runs now ("50", "maint", "127.0.0.1:8080")
    QString text; // a sentence for people: what differs and what is lost on reload

    bool operator==(const DriftItem &) const = default;
};

// The address a `server` line of the configuration gives, when it is a literal IP address
// (a host name or an environment variable cannot be compared with what runs).
struct ConfiguredAddress
{
    QString address; // as QHostAddress writes it ("127.0.0.1", "::1")
    int port = 0; // 0: the line names no port
    bool operator==(const ConfiguredAddress &) const = default;
};

// The servers a configuration file defines, as the drift detector reads them, and a sentence
// for people when the file could not be used (or, without a file, when the answer cannot tell).
struct DriftConfiguration
{
    std::optional<QSet<QString>> servers; // "backend/server"; none: rely on `show servers conn`
    // "backend/server" -> its literal address; none without a readable file.
    std::optional<QHash<QString, ConfiguredAddress>> addresses;
    QString note;
};

// Finds runtime-only servers and servers whose weight or admin state was changed at runtime,
// from `show servers state` and `show servers conn`, and writes what keeps them over a reload:
// a server-state file and `server` lines for the configuration.
//
// Runtime-only servers: HAProxy 2.6 prints the idle_per_thr[N] values of `show servers conn`
// only for servers from the configuration (a server added with `add server` has 13 fields
// where the others have 13 + N). HAProxy 3.0 prints them for every server, and none of its
// answers (`show servers state/conn`, `show stat`, `show backend`) marks a server as added at
// runtime (checked on 3.0.11; its sources only expose that flag to Lua). So the reliable way,
// on every version, is to compare with what the configuration defines: pass the servers of
// the configuration file (configuredServers()). Without it the 2.6 rule is used, which finds
// nothing on 3.0+ (connMarksRuntimeOnly() says whether the answer could tell). Server ids are
// no sign either: HAProxy reuses the ids of deleted servers for new ones.
class DriftDetector
{
    Q_DECLARE_TR_FUNCTIONS(DriftDetector)

public:
    // configured: the "backend/server" names the configuration defines (configuredServers());
    // null to rely on the `show servers conn` rule. addresses (configuredAddresses()): the
    // configuration's literal addresses, to find addresses and ports changed at runtime; null
    // to leave addresses alone.
    static QList<DriftItem> detect(const ServersState &state, const ServersConn &conn,
        const QSet<QString> *configured = nullptr,
        const QHash<QString, ConfiguredAddress> *addresses = nullptr);

    // The dynamic servers' "backend/server" names by the `show servers conn` rule above. Empty
    // when no row lacks the idle_per_thr values: then either none was added (2.6) or HAProxy
    // does not mark them (3.0+), and only the configuration can tell.
    static QStringList runtimeOnlyServers(const ServersConn &conn);
    // The same, by the configuration when configured is given (servers HAProxy runs that it
    // does not define), in the order of `show servers state`.
    static QStringList runtimeOnlyServers(
        const ServersState &state, const ServersConn &conn, const QSet<QString> *configured);
    // True when this `show servers conn` answer marks runtime-only servers itself (2.6 with
    // at least one added server).
    static bool connMarksRuntimeOnly(const ServersConn &conn);

    // The "backend/server" names a HAProxy configuration file defines: `server` lines and
    // `server-template` ranges of `backend` and `listen` sections. Comments, quotes and
    // conditional blocks are not interpreted beyond that: it reads configurations, it does
    // not validate them.
    static QSet<QString> configuredServers(QByteArrayView configuration);
    // The literal addresses of the `server` lines, read the same way: "backend/server" ->
    // address and port. Lines whose address is a host name, an environment variable, a
    // socket or a port range or offset are left out (nothing to compare), as are templates.
    static QHash<QString, ConfiguredAddress> configuredAddresses(QByteArrayView configuration);
    // Reads the configuration file at path (empty: none given) for detect(): its servers and
    // their addresses. A file that cannot be read, is over MaxConfigurationBytes or defines no
    // server gives no servers and a note saying so; without a file, a note when conn cannot
    // mark runtime-only servers itself.
    static constexpr qint64 MaxConfigurationBytes = 64ll * 1024 * 1024;
    static DriftConfiguration readConfiguration(const QString &path, const ServersConn &conn);

    // The text of a file for `server-state-file` (with `load-server-state-from-file`):
    // the `show servers state` answer as HAProxy gave it (version line, header, rows),
    // without the blank line that ends a CLI answer. Runtime-only rows stay: HAProxy
    // ignores rows of servers it does not know.
    static QByteArray serverStateFile(const ServersState &state);

    // `server NAME ADDR:PORT [weight W] [check]` lines for the runtime-only servers, grouped
    // under a `# backend NAME` comment, ready to paste into the configuration. Weight is
    // written when it is not HAProxy's default of 1. A server whose address is an FQDN uses it.
    static QByteArray serverLines(
        const ServersState &state, const ServersConn &conn, const QSet<QString> *configured = nullptr);

    static QString kindName(DriftItem::Kind kind); // for people: "Runtime only", ...
    // "ready", "maint", "drain" (maintenance wins) from srv_admin_state.
    static QString adminStateName(qint64 adminState);
};

Q_DECLARE_METATYPE(DriftItem)
