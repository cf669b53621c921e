#pragma once

#include "core/parsers/driftdetector.h"
#include "core/parsers/mapfile.h"
#include "core/parsers/mapparser.h"
#include "core/parsers/serversconnparser.h"
#include "core/parsers/serversstateparser.h"
#include "core/protocol/haproxyversion.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One map or ACL as it ran when a snapshot was taken, and the file HAProxy loaded it from
// when that file could be read here (a reload loads the file again).
struct ReloadPatternList
{
    MapParser::Kind kind = MapParser::Kind::Map;
    QString file; // as `show map|acl` names it: what MapCommands addresses it by
    QList<PatternEntry> live;
    bool compared = false; // the file was read: fileEntries and comparison hold
    QList<MapFileEntry> fileEntries;
    MapFileComparison comparison;
};

// What runs in one HAProxy worker that a reload may lose: the servers' state (weights, admin
// states, addresses, the servers added at runtime) and the live entries of every map and ACL
// loaded from a file. Taken before a reload it says what would be lost (ReloadLoss); taken again
// after it, ReapplyPlan puts back what the second one lacks. ReloadSnapshotReader reads one.
struct ReloadSnapshot
{
    qint64 workerPid = -1; // the worker that answered (`show info`), -1 when unknown
    HaproxyVersion version;
    ServersState state;
    ServersConn conn;
    QList<ReloadPatternList> patterns; // in the order of `show map`, then `show acl`
    bool patternsRead = false; // false when the lists could not be read (e.g. the level)
    QStringList notes; // what could not be read or compared, in words
    QString configurationPath; // the instance's configuration file; empty: none given
    DriftConfiguration configuration; // read from configurationPath

    // Reads the configuration file again (a local file: no networking). The drift, and so the
    // loss and the plan, depend on it (HAProxy 3.0+ marks no runtime-added server).
    void setConfigurationFile(const QString &path);

    // The servers' drift against the configuration: runtime-only servers, weights, admin
    // states, and addresses when the configuration file gives them.
    QList<DriftItem> drift() const;
    const QSet<QString> *configuredServers() const;

    const ServerStateRow *server(const QString &backend, const QString &name) const;
    const ReloadPatternList *patternList(MapParser::Kind kind, const QString &file) const;
};

Q_DECLARE_METATYPE(ReloadSnapshot)
