#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <limits>

// One process of the master CLI's `show proc`: the master, a current worker, an old worker
// still finishing its connections, or a program.
struct ProcEntry
{
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();
    enum class Role { Master, Worker, OldWorker, Program };

    Role role = Role::Worker;
    qint64 pid = NoValue;
    QByteArray type; // "master", "worker", or a program's name
    qint64 reloads = NoValue; // reloads this process has lived through
    qint64 failedReloads = NoValue; // the master's "[failed: N]"; NoValue on other rows
    QByteArray uptime; // "0d00h00m03s", as printed
    qint64 uptimeSeconds = NoValue;
    QByteArray version;
    // Columns of a header this parser does not know, by name ("<name>" without the brackets).
    QList<QPair<QByteArray, QByteArray>> extra;
};

// A parsed `show proc`.
struct ProcList
{
    ProcEntry master;
    QList<ProcEntry> workers; // the current worker (one, unless a reload is under way)
    QList<ProcEntry> oldWorkers; // stopping workers that still hold connections
    QList<ProcEntry> programs;
};

// Reads the master CLI's `show proc` (2.6 to 3.0 print the same layout; 3.3 dropped the empty
// "# programs" section). Columns are found by the header's names, so one added later does not
// shift the others; the master's reload count carries "[failed: N]" in the same column.
//
//     #<PID>          <type>          <reloads>       <uptime>        <version>
//     24326           master          2 [failed: 1]   0d00h00m03s     2.6.12-1+deb12u4
//     # workers
//     24360           worker          1               0d00h00m02s     2.6.12-1+deb12u4
//     # old workers
//     24327           worker          2               0d00h00m03s     2.6.12-1+deb12u4
//     # programs
class ProcParser
{
    Q_DECLARE_TR_FUNCTIONS(ProcParser)

public:
    // Fails on an answer without the "#<PID>" header or without a master row (a worker's
    // socket answers "Unknown command").
    static Result<ProcList> parse(QByteArrayView answer);
    // "1d02h03m04s" → 93784; NoValue when unreadable.
    static qint64 uptimeSeconds(QByteArrayView text);
};
