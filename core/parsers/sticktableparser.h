#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <limits>

// One table of `show table`: "# table: fe, type: ip, size:100, used:1".
struct StickTableInfo
{
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();

    QByteArray name;
    QByteArray type; // ip, ipv6, integer, string, binary, as HAProxy names it
    qint64 size = NoValue;
    qint64 used = NoValue;
};

// A data column of a table dump: "gpc0" or "conn_rate(10000)" (name and period in ms).
struct StickTableColumn
{
    QByteArray name;
    qint64 periodMs = StickTableInfo::NoValue; // only for rates
};

// One entry of `show table <t>`: "<0xptr>: key=<k> use=N exp=N [shard=N] <data>...".
struct StickTableEntry
{
    QByteArray pointer; // "0x55578a319b20", without the colon
    QByteArray key; // as printed: binary keys in hex, string keys may hold any byte but LF
    qint64 use = StickTableInfo::NoValue;
    qint64 expMs = StickTableInfo::NoValue; // ms until expiry; 0 for a table without expire
    qint64 shard = StickTableInfo::NoValue; // 3.0+
    QList<QByteArray> values; // one per StickTableDump::columns, in their order; empty if absent

    // The value of column c as a number, NoValue when absent or not a number.
    qint64 number(qsizetype c) const;
};

// A parsed `show table <t> [filters]` answer.
struct StickTableDump
{
    StickTableInfo table;
    QList<StickTableColumn> columns; // in the order HAProxy prints them
    QList<StickTableEntry> entries;
    int skippedLines = 0; // lines that are not an entry
    bool complete =
        false; // ended with the end-of-output blank line (raw answers; RuntimeReply::body has none)

    qsizetype columnIndex(QByteArrayView name) const;
};

// Turns `show table` (the list) and `show table <t> ...` (one table's entries) into structs.
// Both fail on an error answer ("No such table", "Filter entry #1: ...") with HAProxy's words.
class StickTableParser
{
    Q_DECLARE_TR_FUNCTIONS(StickTableParser)

public:
    static Result<QList<StickTableInfo>> parseList(QByteArrayView answer);
    static Result<StickTableDump> parseEntries(QByteArrayView answer);
    // One header line "# table: <name>, type: <t>, size:<n>, used:<n>"; false if it is not one.
    static bool parseHeader(QByteArrayView line, StickTableInfo *info);
};

Q_DECLARE_METATYPE(StickTableDump)
