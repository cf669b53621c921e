#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <limits>

// One server of `show servers conn`: its connection reuse pool, which tells whether a
// server about to be removed still holds idle or in-use connections.
struct ServerConnRow
{
    // An absent or "-" value; never 0 or -1 (idle_lim is -1 when unlimited).
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();
    static constexpr bool has(qint64 value) { return value != NoValue; }

    QByteArray backend; // from bkname/svname
    QByteArray server;
    qint64 backendId = NoValue; // from bkid/svid
    qint64 serverId = NoValue;
    QByteArray addr; // empty for "-"
    qint64 port = NoValue;
    qint64 purgeDelay = NoValue; // purge_delay, ms
    qint64 usedCur = NoValue; // used_cur: connections in use now
    qint64 usedMax = NoValue;
    qint64 needEst = NoValue;
    qint64 unsafeNb = NoValue; // idle connections not safe to reuse
    qint64 safeNb = NoValue;
    qint64 idleLim = NoValue; // -1: no limit
    qint64 idleCur = NoValue;
    // idle_per_thr[N]: one value per thread; empty for a dynamic server, which HAProxy
    // prints without them.
    QList<qint64> idlePerThread;
};

// A parsed `show servers conn` answer.
struct ServersConn
{
    QList<QByteArray> columns; // header names as sent ("bkname/svname", "-", "idle_per_thr[2]")
    int threads = 0; // N of the idle_per_thr[N] column; 0 when absent
    QList<ServerConnRow> rows;
    int skippedRows = 0; // rows whose length matches neither form
    int firstSkippedLine = 0; // 1 = the header
    bool complete = false; // ended with HAProxy's end-of-output blank line
};

// Turns `show servers conn [backend]` into typed rows by header name. Rows come in two
// lengths: with the idle_per_thr values, or without them (dynamic servers).
class ServersConnParser
{
    Q_DECLARE_TR_FUNCTIONS(ServersConnParser)

public:
    // Fails on an answer that is not a servers conn dump ("Can't find backend.", empty, no
    // bkname/svname column); the message quotes HAProxy. Re-entrant.
    static Result<ServersConn> parse(QByteArrayView answer);
};

Q_DECLARE_TYPEINFO(ServerConnRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ServersConn)
