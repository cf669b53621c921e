#pragma once

#include "core/parsers/statparser.h"
#include "core/result.h"

#include <QBitArray>
#include <QStringList>

// A focused poll's rows (Poller::setFocus()) in the place of the same proxies' rows of the
// previous snapshot's table, by proxy and row type, in HAProxy's order; every other row carried
// over and its bit set in *stale. A proxy in backendRowsOnly was read for its BACKEND row alone
// (its servers are carried over); one read in full loses the rows HAProxy no longer has (a
// server deleted). Rows of `dropped` proxies (HAProxy no longer knows them) are left out; rows
// new to the table go last. Fails when the columns differ: the caller then polls in full.
Result<StatTable> mergeFocusedRows(const StatTable &base, const StatTable &fresh, const QStringList &dropped,
    const QStringList &backendRowsOnly, QBitArray *stale);
