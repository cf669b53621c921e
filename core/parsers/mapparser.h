#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>

// One map or ACL of `show map` / `show acl` (no argument). An entry with an empty file is
// an ACL written inline in the configuration: it has no file to address it by.
struct PatternListInfo
{
    static constexpr qint64 NoValue = -1;
    qint64 id = NoValue; // changes between versions (#4 on 2.6 is #6 on 3.0): address by file
    QByteArray file;
    QByteArray description;
    qint64 currentVersion = NoValue; // curr_ver
    qint64 nextVersion = NoValue; // next_ver
    qint64 entryCount = NoValue; // entry_cnt: every version's entries, not only the live one
    QList<QPair<QByteArray, QByteArray>> extraFields; // key=value fields of newer versions
    bool isInline() const { return file.isEmpty(); }
};

// One line of `show map <map>` / `show acl <acl>`.
struct PatternEntry
{
    QByteArray ref; // "0x55578a195060": usable as `#0x55578a195060` in set/del
    QByteArray key; // the map key, or the ACL pattern
    QByteArray value; // maps only; may hold spaces
};

// The answer of `get map` / `get acl`: whether the sample matched, and what.
struct PatternMatch
{
    bool found = false; // found= (maps) or match= (ACLs)
    QByteArray matchType; // first type=: how the patterns are compared (str, ip, beg...)
    QByteArray caseMode; // case=
    QByteArray index; // idx= (tree, list)
    QByteArray key; // key= (maps) or pattern= (ACLs)
    QByteArray value; // value= (maps)
    QByteArray valueType; // the type= after value= (maps)
    QList<QPair<QByteArray, QByteArray>> fields; // every field in order, quotes removed
};

// Reads the answers of HAProxy's map and ACL commands by content: fields by name, extra
// fields of newer versions kept aside, error text reported with HAProxy's own words.
class MapParser
{
    Q_DECLARE_TR_FUNCTIONS(MapParser)

public:
    enum class Kind { Map, Acl };

    static Result<QList<PatternListInfo>> parseList(QByteArrayView answer);
    static Result<QList<PatternEntry>> parseEntries(QByteArrayView answer, Kind kind);
    static Result<PatternMatch> parseGet(QByteArrayView answer);
};
