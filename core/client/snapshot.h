#pragma once

#include "core/parsers/infoparser.h"
#include "core/parsers/statparser.h"

#include <QBitArray>
#include <QMetaType>

#include <memory>

// One poll of one instance: `show info` and `show stat`, parsed. Immutable once made and
// shared between threads through SnapshotPtr, so a model can keep the previous one for
// comparison at no cost.
struct Snapshot
{
    quint64 sequence = 0; // 1, 2, 3... per Poller
    qint64 takenAtMs = 0; // wall clock (ms since epoch) when the answers arrived
    qint64 monotonicMs = 0; // steady clock, for rates between snapshots
    qint64 pollDurationUs = 0; // from sending `show info` to the last answer
    qint64 parseDurationUs = 0; // parsing, off the GUI thread
    QStringList scope; // proxies asked for; empty: all of them
    HaproxyInfo info;
    StatTable stat;
    // Large instances are polled by what is on screen (Poller::setFocus()): a poll reads the
    // focused proxies, and the rows of every other proxy are carried over from an earlier
    // poll. Bit i set: stat.rows[i] was not read by this poll (its counters are older than
    // takenAtMs; never take a rate or a sample from it). Empty: every row is fresh.
    QBitArray staleRows;
    bool isFresh(qsizetype row) const { return row >= staleRows.size() || !staleRows.testBit(row); }
    qsizetype staleCount() const { return staleRows.count(true); }
    // HAProxy's cumulative counters went backwards since the previous snapshot (another
    // worker pid, a lower uptime, or `clear counters`): rates must not be computed across it.
    bool countersReset = false;
    // Diagnostics: the parse ran on a pool thread, not on the Poller's own (tests check that
    // the GUI thread never parses).
    bool parsedOffThread = false;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

Q_DECLARE_METATYPE(SnapshotPtr)
