#pragma once

#include "serversconnparser.h"
#include "serversstateparser.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One way the running instance differs from what its configuration file would give after a
// reload or restart.
struct DriftItem
{
    enum class Kind {
        RuntimeOnly, // added with `add server`: gone at the next reload
        WeightChanged, // srv_uweight differs from the configured srv_iweight
        AdminStateChanged, // maintenance or drain set (or cleared) at runtime
    };
    QString backend;
    QString server;
    Kind kind = Kind::RuntimeOnly;
    QString configured; // what the configuration gives ("1", "ready")
    QString current; // what runs now ("50", "maint")
    QString text; // a sentence for people: what differs and what is lost on reload

    bool operator==(const DriftItem &) const = default;
};

// Finds runtime-only servers and servers whose weight or admin state was changed at runtime,
// from `show servers state` and `show servers conn`, and writes what keeps them over a reload:
// a server-state file and `server` lines for the configuration.
//
// Runtime-only servers are told by their `show servers conn` row: HAProxy 2.6 prints the
// idle_per_thr[N] values only for servers from the configuration (checked: a server added
// with `add server` has 13 fields where the others have 13 + N). Server ids are no sign:
// HAProxy reuses the ids of deleted servers for new ones.
class DriftDetector
{
    Q_DECLARE_TR_FUNCTIONS(DriftDetector)

public:
    static QList<DriftItem> detect(const ServersState &state, const ServersConn &conn);

    // The dynamic servers' "backend/server" names, by the rule above. Empty when the answer
    // has no idle_per_thr column (the rule cannot tell then).
    static QStringList runtimeOnlyServers(const ServersConn &conn);

    // The text of a file for `server-state-file` (with `load-server-state-from-file`):
    // the `show servers state` answer as HAProxy gave it (version line, header, rows),
    // without the blank line that ends a CLI answer. Runtime-only rows stay: HAProxy
    // ignores rows of servers it does not know.
    static QByteArray serverStateFile(const ServersState &state);

    // `server NAME ADDR:PORT [weight W] [check]` lines for the runtime-only servers, grouped
    // under a `# backend NAME` comment, ready to paste into the configuration. Weight is
    // written when it is not HAProxy's default of 1. A server whose address is an FQDN uses it.
    static QByteArray serverLines(const ServersState &state, const ServersConn &conn);

    static QString kindName(DriftItem::Kind kind); // for people: "Runtime only", ...
    // "ready", "maint", "drain" (maintenance wins) from srv_admin_state.
    static QString adminStateName(qint64 adminState);
};

Q_DECLARE_METATYPE(DriftItem)
