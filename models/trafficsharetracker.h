#pragma once

#include "core/client/snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// How the load balancer actually shared a backend's traffic over the last minute, from the
// lbtot (and stot) counters of successive snapshots: what a canary really receives, next to
// what its weight promises.
class TrafficShareTracker
{
public:
    enum class Counter {
        LbTot, // times the load balancer picked the server: the share the weights decide
        STot, // sessions, including persistent ones the weights do not decide
    };

    static constexpr qint64 DefaultWindowMs = 60'000;
    // A ceiling on memory whatever the poll interval: 1,024 samples is one every 60 ms.
    static constexpr qsizetype MaxSamplesPerServer = 1024;

    explicit TrafficShareTracker(qint64 windowMs = DefaultWindowMs);

    // Feeds one poll. A null snapshot is ignored. Counters that went backwards (the
    // snapshot says so, or one server's counter decreased) restart the window of what they
    // concern, because no delta can be computed across a reset. Servers that left a
    // backend the snapshot covers are forgotten.
    void addSnapshot(const SnapshotPtr &snapshot);
    void clear();

    // The server's increase of `counter` divided by the increase of its backend's servers
    // over the window, 0..1. NaN when there is not enough data: fewer than two samples of
    // the server, or no traffic at all in the backend during the window.
    double actualShare(const QString &backend, const QString &server, Counter counter = Counter::LbTot) const;
    // The server's increase over the window; -1 with fewer than two samples.
    qint64 increase(const QString &backend, const QString &server, Counter counter = Counter::LbTot) const;
    // How much time the backend's samples cover (ms), 0 without two samples: "last 40 s"
    // rather than "last minute" right after connecting or a reset.
    qint64 coveredMs(const QString &backend) const;
    qsizetype sampleCount(const QString &backend, const QString &server) const;
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Sample
    {
        qint64 timeMs = 0;
        qint64 lbtot = 0;
        qint64 stot = 0;
    };
    using History = QList<Sample>; // oldest first
    using Backend = QHash<QByteArray, History>; // server name -> history

    static qint64 valueOf(const Sample &sample, Counter counter)
    {
        return counter == Counter::LbTot ? sample.lbtot : sample.stot;
    }
    qint64 increaseOf(const History &history, Counter counter) const;

    qint64 m_windowMs;
    QHash<QByteArray, Backend> m_backends;
};
