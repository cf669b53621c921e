#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <limits>

// One stream of `show sess`: "0xptr: proto=tcpv4 src=... fe=fe be=be srv=s1 ... age=0s calls=2 ...".
// HAProxy reuses a freed stream's pointer at once (a CLI session got the pointer of the stream
// just shut down), so a pointer names a stream only together with its frontend and source.
struct SessionRow
{
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();

    QByteArray pointer; // "0x560ef18ebaa0", for `shutdown session`
    QByteArray proto; // tcpv4, tcpv6, unix_stream...
    QByteArray source; // src: "127.0.0.1:57044", "unix:1"
    QByteArray frontend; // fe: "GLOBAL" for the CLI itself
    QByteArray backend; // be: "<NONE>" when none
    QByteArray server; // srv: "<none>" when none
    qint64 ageSeconds = NoValue; // age: "1h2m" -> 3720
    qint64 calls = NoValue;
    // Every "name=value" word in order, known or not ("rq[f=...]" is name "rq", value "[f=...]").
    QList<QPair<QByteArray, QByteArray>> fields;

    QByteArray field(QByteArrayView name) const;
    bool isCli() const { return frontend == "GLOBAL"; }
};

class SessionParser
{
    Q_DECLARE_TR_FUNCTIONS(SessionParser)

public:
    // Fails on an answer whose first line is not a stream line.
    static Result<QList<SessionRow>> parse(QByteArrayView answer);
    // HAProxy's human durations: "0s", "59s", "1m5s", "2h3m", "4d5h"; NoValue when unreadable.
    static qint64 durationSeconds(QByteArrayView text);
};

Q_DECLARE_TYPEINFO(SessionRow, Q_RELOCATABLE_TYPE);
