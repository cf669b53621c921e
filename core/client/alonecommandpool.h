#pragma once

#include "core/client/pendingcommand.h"
#include "core/protocol/accesslevel.h"
#include "core/transport/endpoint.h"

#include <QObject>

#include <deque>
#include <functional>
#include <vector>

class OneShotClient;
class Transport;

// The commands of one RuntimeConnection that run alone (RuntimeCommand::runsAlone()): each
// on a short-lived non-interactive CLI connection of its own (OneShotClient), at most
// maxConnections at once, and one at a time per caller (context), so a console's commands
// keep their order. Every command ends through the finish callback, exactly once: answered,
// refused before it was sent, or cancelled.
class AloneCommandPool : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 2;
        qint64 maxAnswerBytes = 16ll * 1024 * 1024;
        int commandTimeoutMs = 10000; // for a command without a time limit of its own
    };
    using Finish = std::function<void(PendingCommand &pending, RuntimeReply reply)>;

    AloneCommandPool(
        const Endpoint &endpoint, const Limits &limits, Finish finish, QObject *parent = nullptr);
    ~AloneCommandPool() override;

    void enqueue(PendingCommand pending);
    // Starts queued commands while connections are free. link: the persistent session's
    // transport, whose sibling() is used where one can be shared (an SSH tunnel); level: the
    // session's, a command that needs more is refused without being sent.
    void start(Transport *link, AccessLevel level);
    // Running commands fail as Disconnected (reads) or OutcomeUnknown (writes); queued ones
    // with unsentError and message.
    void cancel(RuntimeError unsentError, const QString &message);
    // Hands out what is left, without calling anything: for a connection being destroyed.
    std::deque<PendingCommand> takeRunning();
    std::deque<PendingCommand> takeQueued();
    // The queued commands that waited longer than their time limit.
    std::deque<PendingCommand> takeOverdue();

    // Set once the persistent session knows it talks to HAProxy's master CLI: commands then
    // go through it in prompt mode (OneShotClient::setMaster()).
    void setMaster(bool master) { m_master = master; }

    bool hasQueued() const { return !m_queue.empty(); }
    bool hasRunning() const { return !m_running.empty(); }
    bool isIdle() const { return m_queue.empty() && m_running.empty(); }

signals:
    // A command that ran alone finished: a connection is free again.
    void runFinished();

private:
    struct Run
    {
        PendingCommand pending;
        OneShotClient *client = nullptr;
    };
    void finishRun(OneShotClient *client, const RuntimeReply &reply);
    bool callerBusy(const PendingCommand &pending) const;

    Endpoint m_endpoint;
    Limits m_limits;
    Finish m_finish;
    bool m_master = false;
    std::deque<PendingCommand> m_queue; // not yet started
    std::vector<Run> m_running;
};
