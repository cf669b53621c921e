#include "core/client/focusmerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

// A frontend and a backend may share a name, and `show stat <name>` answers for one of them.
bool frontSide(const StatRow &row)
{
    return row.isFrontend() || row.isListener();
}

// '\0' cannot occur in a name.
QByteArray sideKey(const StatRow &row)
{
    QByteArray key = row.pxname;
    key.append('\0').append(frontSide(row) ? 'f' : 'b');
    return key;
}

// Rows are replaced by proxy and type: a proxy read for its BACKEND row alone keeps its
// servers (carried over), one read in full has them replaced.
QByteArray groupKey(const StatRow &row)
{
    QByteArray key = row.pxname;
    key.append('\0').append(char('0' + int(row.type) + 1));
    return key;
}

} // namespace

Result<StatTable> mergeFocusedRows(const StatTable &base, const StatTable &fresh, const QStringList &dropped,
    const QStringList &backendRowsOnly, QBitArray *stale)
{
    if (!fresh.rows.isEmpty() && fresh.columns != base.columns)
        return Result<StatTable>::failure(
            QCoreApplication::translate("Poller", "HAProxy's show stat columns changed."));
    QSet<QByteArray> summaries;
    for (const QString &proxy : backendRowsOnly)
        summaries.insert(proxy.toUtf8());
    QSet<QByteArray> freshProxies;
    QSet<QByteArray> readInFull; // sides whose every row this poll read
    QHash<QByteArray, QList<qsizetype>> freshGroups;
    for (qsizetype i = 0; i < fresh.rows.size(); ++i) {
        const StatRow &row = fresh.rows.at(i);
        freshProxies.insert(row.pxname);
        freshGroups[groupKey(row)].append(i);
        if (!summaries.contains(row.pxname))
            readInFull.insert(sideKey(row));
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
        for (const qsizetype i : freshGroups.value(key)) {
            merged.rows.append(fresh.rows.at(i));
            merged.rows.last().lineOffset += shift;
        }
    };
    for (const StatRow &row : base.rows) {
        if (freshProxies.contains(row.pxname)) {
            const QByteArray key = groupKey(row);
            if (freshGroups.contains(key)) {
                if (!placed.contains(key))
                    placeFresh(key);
                continue;
            }
            if (readInFull.contains(sideKey(row)))
                continue; // gone: a server deleted since
        }
        if (droppedProxies.contains(row.pxname))
            continue;
        stale->setBit(merged.rows.size());
        merged.rows.append(row);
    }
    for (const StatRow &row : fresh.rows) { // new to the table: last, until the next full poll
        const QByteArray key = groupKey(row);
        if (!placed.contains(key))
            placeFresh(key);
    }
    stale->resize(merged.rows.size());
    return merged;
}
