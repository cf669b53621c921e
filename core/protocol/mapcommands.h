#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Builders for HAProxy's map and ACL commands. Like CommandBuilder, every argument is
// validated and a refusal names the problem before anything could be sent.
//
// Found on 2.6.12 and 3.0.11 (the same on both):
// - every map/ACL command, writes included, runs at level user;
// - the one-line `add map <m> <k> <v w>` and `set map <m> <k> <v w>` keep only "v" and
//   silently drop the rest, so a value with spaces is refused here; the payload form of
//   `add map` keeps it ("k v w" gives key "k", value "v w");
// - `add acl` has no payload form ("'add acl' expects two parameters");
// - `prepare` answers "New version created: N"; a version is kept until it is committed or
//   cleared (a later prepare does not drop it); `commit @N` drops every older version;
// - errors: "Unknown map identifier. Please use #<id> or <file>.", "entry not found."
//   (set), "Key not found." (del), "Version number in the future, please use 'prepare
//   map' before." (add @N), "Version number out of range." (commit).
class MapCommands
{
    Q_DECLARE_TR_FUNCTIONS(MapCommands)

public:
    enum class Kind { Map, Acl };
    static constexpr qint64 NoVersion = -1;

    // A map or an ACL as HAProxy names it: "#<id>" or its file as `show map` shows it.
    struct Target
    {
        Kind kind = Kind::Map;
        QString reference;
    };

    struct Entry
    {
        QString key; // for an ACL, the pattern
        QString value; // maps only
    };

    // Reads
    static RuntimeCommand showList(Kind kind);
    static Result<RuntimeCommand> showEntries(const Target &target, qint64 version = NoVersion);
    static Result<RuntimeCommand> get(const Target &target, const QString &sample);

    // Writes on the live version, or on `version` from prepare().
    static Result<RuntimeCommand> add(const Target &target, const Entry &entry, qint64 version = NoVersion);
    // `add map [@ver] <map> <<` with one "key value" line per entry (maps only); values may
    // hold spaces. Command and payload must fit HAProxy's line buffer (MaxPayloadBytes).
    static Result<RuntimeCommand> addMany(
        const Target &target, const QList<Entry> &entries, qint64 version = NoVersion);
    static constexpr qsizetype MaxPayloadBytes = RuntimeCommand::MaxLineBytes;
    // The bytes one entry takes in addMany()'s payload, LF included.
    static qsizetype payloadBytes(const Entry &entry);
    static Result<RuntimeCommand> setByKey(const Target &target, const QString &key, const QString &value);
    // `ref` as `show map <m>` shows it ("0x55578a195060") or with its '#'.
    static Result<RuntimeCommand> setByRef(const Target &target, const QString &ref, const QString &value);
    static Result<RuntimeCommand> delByKey(const Target &target, const QString &key);
    static Result<RuntimeCommand> delByRef(const Target &target, const QString &ref);
    static Result<RuntimeCommand> clear(const Target &target, qint64 version = NoVersion);
    static Result<RuntimeCommand> prepare(const Target &target);
    static Result<RuntimeCommand> commit(const Target &target, qint64 version);

    // The version number in prepare()'s answer, or a message.
    static Result<qint64> preparedVersion(const QByteArray &answer);
};
