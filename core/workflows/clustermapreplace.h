#pragma once

#include "core/actions/clusteractionrunner.h"
#include "core/protocol/mapcommands.h"
#include "core/result.h"
#include "core/workflows/mapreplace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CommandChannel;

// One MapReplace per member of a cluster, all at once, each on its own member's connection,
// with each member's result. As for cluster actions (ClusterActionRunner), a cluster is never
// left half-changed by something known beforehand: when a member is not connected nothing is
// sent anywhere, unless setAllowPartial(true), where the connected members run and the others
// say why they did not. A text MapReplace refuses is refused before anything is sent anywhere.
class ClusterMapReplace : public QObject
{
    Q_OBJECT

public:
    struct MemberResult
    {
        QString name;
        QString refusal; // why nothing was sent to this member; empty when it ran
        MapReplace::State state = MapReplace::State::Idle;
        QString message; // MapReplace's words once it finished
        MapDiff diff; // what it changed on this member (read from its live contents)
        bool done() const { return state == MapReplace::State::Done; }
    };

    explicit ClusterMapReplace(const QList<ClusterMember> &members, QObject *parent = nullptr);

    void setAllowPartial(bool allow) { m_allowPartial = allow; }
    bool allowPartial() const { return m_allowPartial; }
    // Why each member cannot run now (not connected), in members' order; empty when it can.
    QList<QString> precheck() const;
    // Starts on every member that passes precheck(). Fails, sending nothing anywhere, when the
    // entries are refused, no member can run, or one cannot and partial runs are not allowed.
    Result<void> start(const MapCommands::Target &target, const QList<MapCommands::Entry> &entries);
    // Cancels every member still before its commit.
    void cancel();

    bool isRunning() const;
    const QList<MemberResult> &results() const { return m_results; }
    int doneCount() const;

signals:
    void memberStateChanged(int index, MapReplace::State state);
    void memberFinished(int index);
    // Batches added over every running member.
    void progress(int done, int total);
    void finished();

private:
    struct Slot
    {
        QPointer<RuntimeConnection> connection;
        CommandChannel *channel = nullptr;
        MapReplace *replace = nullptr;
        int done = 0;
        int total = 0;
    };

    void connectSlot(int index);
    void emitProgress();

    QList<Slot> m_slots;
    QList<MemberResult> m_results;
    int m_running = 0;
    bool m_allowPartial = false;
};
