#include "core/workflows/clustermapreplace.h"

#include "core/client/runtimeconnection.h"
#include "core/workflows/commandchannel.h"

#include <QStringList>

ClusterMapReplace::ClusterMapReplace(const QList<ClusterMember> &members, QObject *parent)
    : QObject(parent)
{
    for (const ClusterMember &member : members) {
        Slot slot;
        slot.connection = member.connection;
        m_slots.append(slot);
        MemberResult result;
        result.name = member.name;
        m_results.append(result);
    }
}

QList<QString> ClusterMapReplace::precheck() const
{
    QList<QString> reasons;
    for (const Slot &slot : m_slots) {
        // Every map and ACL command runs at level user, the lowest: only the link matters.
        reasons.append(slot.connection && slot.connection->isReady() ? QString() : tr("Not connected."));
    }
    return reasons;
}

bool ClusterMapReplace::isRunning() const
{
    return m_running > 0;
}

int ClusterMapReplace::doneCount() const
{
    int count = 0;
    for (const MemberResult &result : m_results)
        count += result.done() ? 1 : 0;
    return count;
}

Result<void> ClusterMapReplace::start(
    const MapCommands::Target &target, const QList<MapCommands::Entry> &entries)
{
    if (isRunning())
        return Result<void>::failure(tr("a replacement is already running"));
    {
        // The entries checked once, on a channel with no link: a refusal sends nothing anywhere.
        CommandChannel offline;
        MapReplace probe(&offline);
        const Result<void> checked = probe.start(target, entries);
        if (!checked)
            return checked;
    }
    const QList<QString> reasons = precheck();
    if (!reasons.contains(QString()))
        return Result<void>::failure(tr("No member of the cluster is connected; nothing was sent."));
    QStringList notReady;
    for (int i = 0; i < reasons.size(); ++i) {
        if (!reasons.at(i).isEmpty())
            notReady.append(m_results.at(i).name);
    }
    if (!notReady.isEmpty() && !m_allowPartial) {
        return Result<void>::failure(
            tr("Not connected: %1. Nothing was sent to any member; connect them, or allow the connected "
               "members alone.")
                .arg(notReady.join(QStringLiteral(", "))));
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        m_results[i].refusal = reasons.at(i);
        if (!reasons.at(i).isEmpty())
            continue;
        Slot &slot = m_slots[i];
        slot.channel = new CommandChannel(slot.connection, this);
        slot.replace = new MapReplace(slot.channel, this);
        connectSlot(i);
        const Result<void> started = slot.replace->start(target, entries);
        if (!started) { // not expected after the probe; reported, never retried
            m_results[i].refusal = started.error();
            continue;
        }
        ++m_running;
    }
    return {};
}

void ClusterMapReplace::connectSlot(int index)
{
    MapReplace *replace = m_slots.at(index).replace;
    connect(replace, &MapReplace::stateChanged, this, [this, index](MapReplace::State state) {
        m_results[index].state = state;
        emit memberStateChanged(index, state);
    });
    connect(replace, &MapReplace::progress, this, [this, index](int done, int total) {
        m_slots[index].done = done;
        m_slots[index].total = total;
        emitProgress();
    });
    connect(replace, &MapReplace::finished, this,
        [this, index, replace](MapReplace::State state, const QString &message) {
            MemberResult &result = m_results[index];
            result.state = state;
            result.message = message;
            result.diff = replace->diff();
            --m_running;
            emit memberFinished(index);
            if (m_running == 0)
                emit finished();
        });
}

void ClusterMapReplace::emitProgress()
{
    int done = 0;
    int total = 0;
    for (const Slot &slot : std::as_const(m_slots)) {
        done += slot.done;
        total += slot.total;
    }
    emit progress(done, total);
}

void ClusterMapReplace::cancel()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.replace)
            slot.replace->cancel();
    }
}
