#pragma once

#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"
#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class CommandChannel;
class RuntimeReply;

// What replacing a map's or an ACL's contents changes: keys added, keys whose value changes
// (maps), keys removed. For the preview; a pure function of the two lists.
struct MapDiff
{
    QList<MapCommands::Entry> added;
    QList<MapCommands::Entry> changed; // with the new value
    QStringList removed;
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }

    // A key listed twice in `live` counts once (its first value, which HAProxy matches).
    static MapDiff compute(const QList<PatternEntry> &live, const QList<MapCommands::Entry> &wanted);
};

// Replaces the whole contents of one map or ACL atomically: reads the live entries (for
// diff()), then `prepare`, the new entries added to that version in batches, and `commit`.
// Until commit is sent, a cancel or an error leaves the live contents untouched (the
// prepared version is cleared, best effort: HAProxy keeps it otherwise, unused, until a
// later commit drops it). A link lost after commit was sent is an unknown outcome.
class MapReplace : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Reading,
        Preparing,
        Adding,
        Committing,
        Done,
        Failed,
        Cancelled,
        OutcomeUnknown
    };
    Q_ENUM(State)

    // At most this many entries per `add map` payload; the bytes are bounded by what HAProxy
    // reads per command (MapCommands::MaxPayloadBytes).
    static constexpr int MaxBatchEntries = 1000;

    explicit MapReplace(CommandChannel *channel, QObject *parent = nullptr);

    // Checks every entry and builds every batch before anything is sent; a refusal names the
    // entry and sends nothing. Duplicate keys are refused.
    Result<void> start(const MapCommands::Target &target, const QList<MapCommands::Entry> &entries);
    // Before commit is sent: stops, clears the prepared version, live contents untouched.
    // Once commit is on the wire it is too late, and this does nothing.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    const MapDiff &diff() const { return m_diff; }
    qint64 version() const { return m_version; }
    int batchCount() const { return int(m_batches.size()); }

signals:
    void stateChanged(MapReplace::State state);
    // Batches added to the new version so far, of batchCount().
    void progress(int done, int total);
    void finished(MapReplace::State state, const QString &message);

private:
    Result<void> buildBatches(const QList<MapCommands::Entry> &entries);
    void setState(State state);
    void readLive();
    void sendPrepare();
    void sendNextBatch();
    void sendCommit();
    bool failedReply(const RuntimeReply &reply, const QString &step);
    void abandon(State state, const QString &message);
    void finish(State state, const QString &message);

    QPointer<CommandChannel> m_channel;
    MapCommands::Target m_target;
    QList<MapCommands::Entry> m_entries;
    QList<QList<MapCommands::Entry>> m_batches;
    MapDiff m_diff;
    State m_state = State::Idle;
    qint64 m_version = MapCommands::NoVersion;
    int m_next = 0;
    bool m_cancelRequested = false;
    bool m_inFlight = false;
};
