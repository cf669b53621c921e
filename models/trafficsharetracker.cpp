#include "models/trafficsharetracker.h"

#include <QSet>

#include <cmath>
#include <limits>

TrafficShareTracker::TrafficShareTracker(qint64 windowMs)
    : m_windowMs(windowMs)
{ }

void TrafficShareTracker::clear()
{
    m_backends.clear();
}

void TrafficShareTracker::addSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (snapshot->countersReset)
        m_backends.clear();
    const qint64 now = snapshot->monotonicMs;

    // Which servers each backend has in this poll, to forget those that were deleted. Rows a
    // focused poll carried over (Snapshot::staleRows) bring nothing new: only the backends
    // read by this poll are looked at, as for a scoped poll.
    const QList<StatRow> &rows = snapshot->stat.rows;
    const bool partial = !snapshot->staleRows.isEmpty();
    QHash<QByteArray, QSet<QByteArray>> seen;
    QSet<QByteArray> resetBackends;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        if (!row.isServer() || !StatRow::has(row.lbtot) || (partial && !snapshot->isFresh(i)))
            continue;
        seen[row.pxname].insert(row.svname);
        const Sample sample { now, row.lbtot, StatRow::has(row.stot) ? row.stot : 0 };
        History &history = m_backends[row.pxname][row.svname];
        if (!history.isEmpty()) {
            const Sample &last = history.constLast();
            // A decrease is a reset HAProxy did not tell about (`clear counters` between
            // two polls, another process): the deltas of the whole backend restart, or this
            // server's share would be measured over a shorter time than its neighbours'.
            if (sample.lbtot < last.lbtot || sample.stot < last.stot)
                resetBackends.insert(row.pxname);
            // A sample not newer than the last one (a replayed snapshot) adds nothing.
            if (sample.timeMs <= last.timeMs)
                continue;
        }
        history.append(sample);
    }

    for (const QByteArray &backend : std::as_const(resetBackends)) {
        for (History &history : m_backends[backend]) {
            const Sample last = history.constLast();
            history = History { last };
        }
    }

    // Forget servers and backends gone from what this snapshot covers. A scoped poll
    // (only some proxies) says nothing about the others, so they are kept.
    const QSet<QString> scope(snapshot->scope.cbegin(), snapshot->scope.cend());
    for (auto backend = m_backends.begin(); backend != m_backends.end();) {
        if (partial && !seen.contains(backend.key())) {
            ++backend; // not read by this poll: no sample added, none to forget yet
            continue;
        }
        const bool covered = partial || scope.isEmpty() || scope.contains(QString::fromUtf8(backend.key()));
        if (covered) {
            const QSet<QByteArray> present = seen.value(backend.key());
            for (auto server = backend->begin(); server != backend->end();) {
                if (present.contains(server.key()))
                    ++server;
                else
                    server = backend->erase(server);
            }
        }
        if (backend->isEmpty()) {
            backend = m_backends.erase(backend);
            continue;
        }
        for (History &history : *backend) {
            // Keeps the samples inside the window, and the count bounded.
            qsizetype drop = 0;
            while (drop < history.size() - 1 && history.at(drop).timeMs < now - m_windowMs)
                ++drop;
            drop = qMax(drop, history.size() - MaxSamplesPerServer);
            if (drop > 0)
                history.remove(0, drop);
        }
        ++backend;
    }
}

qint64 TrafficShareTracker::increaseOf(const History &history, Counter counter) const
{
    if (history.size() < 2)
        return -1;
    return valueOf(history.constLast(), counter) - valueOf(history.constFirst(), counter);
}

qint64 TrafficShareTracker::increase(const QString &backend, const QString &server, Counter counter) const
{
    const auto b = m_backends.constFind(backend.toUtf8());
    if (b == m_backends.cend())
        return -1;
    const auto s = b->constFind(server.toUtf8());
    return s == b->cend() ? -1 : increaseOf(*s, counter);
}

double TrafficShareTracker::actualShare(const QString &backend, const QString &server, Counter counter) const
{
    constexpr double NotEnoughData = std::numeric_limits<double>::quiet_NaN();
    const auto b = m_backends.constFind(backend.toUtf8());
    if (b == m_backends.cend())
        return NotEnoughData;
    const auto s = b->constFind(server.toUtf8());
    if (s == b->cend())
        return NotEnoughData;
    const qint64 own = increaseOf(*s, counter);
    if (own < 0)
        return NotEnoughData;
    qint64 total = 0;
    // A server that came later (a new canary) counts from its first sample: before it
    // existed it took nothing, so its share over the whole window stays right.
    for (const History &history : *b)
        total += qMax<qint64>(0, increaseOf(history, counter));
    if (total <= 0)
        return NotEnoughData;
    return double(own) / double(total);
}

qint64 TrafficShareTracker::coveredMs(const QString &backend) const
{
    const auto b = m_backends.constFind(backend.toUtf8());
    if (b == m_backends.cend())
        return 0;
    qint64 covered = 0;
    for (const History &history : *b) {
        if (history.size() >= 2)
            covered = qMax(covered, history.constLast().timeMs - history.constFirst().timeMs);
    }
    return covered;
}

qsizetype TrafficShareTracker::sampleCount(const QString &backend, const QString &server) const
{
    const auto b = m_backends.constFind(backend.toUtf8());
    if (b == m_backends.cend())
        return 0;
    const auto s = b->constFind(server.toUtf8());
    return s == b->cend() ? 0 : s->size();
}
