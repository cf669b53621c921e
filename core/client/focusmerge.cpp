#include "core/client/focusmerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

// Rows are replaced by proxy and side: a frontend and a backend may share a name, and
// `show stat <name>` answers for one of them.
bool frontSide(const StatRow &row)
{
    return row.isFrontend() || row.isListener();
}

QByteArray sideKey(const StatRow &row)
{
    QByteArray key = row.pxname;
    key.append('\0').append(frontSide(row) ? 'f' : 'b'); // '\0' cannot occur in a name
    return key;
}

} // namespace

// A focused poll's rows in the place of the same proxies' rows of the previous snapshot;
// every other row carried over and marked stale. Fails when the columns differ (the next
// poll is then a full one).
Result<StatTable> mergeFocusedRows(
    const StatTable &base, const StatTable &fresh, const QStringList &dropped, QBitArray *stale)
{
    if (!fresh.rows.isEmpty() && fresh.columns != base.columns)
        return Result<StatTable>::failure(
            QCoreApplication::translate("Poller", "HAProxy's show stat columns changed."));
    QSet<QByteArray> freshProxies;
    QHash<QByteArray, QList<qsizetype>> freshRows;
    for (qsizetype i = 0; i < fresh.rows.size(); ++i) {
        freshProxies.insert(fresh.rows.at(i).pxname);
        freshRows[sideKey(fresh.rows.at(i))].append(i);
    }
    QSet<QByteArray> droppedProxies;
    for (const QString &proxy : dropped)
        droppedProxies.insert(proxy.toUtf8());

    StatTable merged;
    merged.columns = base.columns;
    merged.answer = base.answer;
    const qsizetype shift = merged.answer.size();
    merged.answer.append(fresh.answer);
    merged.complete = base.complete && (fresh.rows.isEmpty() || fresh.complete);
    merged.skippedRows = fresh.skippedRows;
    merged.firstSkippedLine = fresh.firstSkippedLine;
    merged.rows.reserve(base.rows.size() + fresh.rows.size());
    stale->fill(false, base.rows.size() + fresh.rows.size());
    QSet<QByteArray> placed;
    const auto placeFresh = [&](const QByteArray &key) {
        placed.insert(key);
        for (const qsizetype i : freshRows.value(key)) {
            merged.rows.append(fresh.rows.at(i));
            merged.rows.last().lineOffset += shift;
        }
    };
    for (const StatRow &row : base.rows) {
        if (freshProxies.contains(row.pxname)) {
            const QByteArray key = sideKey(row);
            if (freshRows.contains(key)) {
                if (!placed.contains(key))
                    placeFresh(key);
                continue;
            }
        }
        if (droppedProxies.contains(row.pxname))
            continue;
        stale->setBit(merged.rows.size());
        merged.rows.append(row);
    }
    for (const StatRow &row : fresh.rows) { // proxies the previous snapshot did not have
        const QByteArray key = sideKey(row);
        if (!placed.contains(key))
            placeFresh(key);
    }
    stale->resize(merged.rows.size());
    return merged;
}
