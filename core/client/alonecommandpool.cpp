#include "core/client/alonecommandpool.h"

#include "core/client/oneshotclient.h"
#include "core/logging.h"
#include "core/protocol/secretredaction.h"
#include "core/transport/transport.h"

#include <algorithm>

AloneCommandPool::AloneCommandPool(
    const Endpoint &endpoint, const Limits &limits, Finish finish, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_limits(limits)
    , m_finish(std::move(finish))
{ }

AloneCommandPool::~AloneCommandPool()
{
    for (Run &run : m_running)
        run.client->disconnect(this);
}

void AloneCommandPool::enqueue(PendingCommand pending)
{
    m_queue.push_back(std::move(pending));
}

bool AloneCommandPool::callerBusy(const PendingCommand &pending) const
{
    return pending.hasContext && std::any_of(m_running.cbegin(), m_running.cend(), [&](const Run &run) {
        return run.pending.context == pending.context;
    });
}

void AloneCommandPool::start(Transport *link, AccessLevel level)
{
    const int limit = std::max(1, m_limits.maxConnections);
    for (auto it = m_queue.begin(); it != m_queue.end() && int(m_running.size()) < limit;) {
        if (it->hasContext && !it->context) {
            it = m_queue.erase(it);
            continue;
        }
        // One at a time per caller, so that a console's commands keep their order.
        if (callerBusy(*it)) {
            ++it;
            continue;
        }
        PendingCommand pending = std::move(*it);
        it = m_queue.erase(it);
        if (level != AccessLevel::Unknown && pending.command.requiredLevel() > level) {
            RuntimeReply reply;
            reply.error = RuntimeError::LevelTooLow;
            reply.errorMessage =
                tr("not sent: '%1' needs level %2, this socket's level is %3")
                    .arg(pending.command.text(), accessLevelName(pending.command.requiredLevel()),
                        accessLevelName(level));
            m_finish(pending, reply);
            continue;
        }
        if (pending.command.target() != RuntimeCommand::Target::CurrentWorker && !m_master) {
            RuntimeReply reply;
            reply.error = RuntimeError::Invalid;
            reply.errorMessage = tr("not sent: '%1' needs HAProxy's master socket (haproxy -S); %2 is a "
                                    "worker's stats socket")
                                     .arg(pending.command.text(), m_endpoint.toString());
            m_finish(pending, reply);
            continue;
        }
        // Through the same link where there is one to share (an SSH tunnel), else a new one.
        std::unique_ptr<Transport> transport = link ? link->sibling() : nullptr;
        QString error;
        if (!transport)
            transport = Transport::create(m_endpoint, &error);
        if (!transport) {
            RuntimeReply reply;
            reply.error = RuntimeError::NotConnected;
            reply.errorMessage = error;
            m_finish(pending, reply);
            continue;
        }
        auto *client = new OneShotClient(m_endpoint, this);
        client->setMaster(m_master);
        connect(client, &OneShotClient::finished, this,
            [this, client](const RuntimeReply &reply) { finishRun(client, reply); });
        pending.sentAt.start();
        const RuntimeCommand command = pending.command;
        const int timeoutMs = pending.timeoutMs(m_limits.commandTimeoutMs);
        const qint64 cap = command.maxAnswerBytes() > 0
            ? std::min(command.maxAnswerBytes(), m_limits.maxAnswerBytes)
            : m_limits.maxAnswerBytes;
        m_running.push_back({ std::move(pending), client });
        qCDebug(lcConnection, "running alone on a connection of its own: %s",
            qPrintable(SecretRedaction::redactedLine(command.line())));
        client->run(command, std::move(transport), timeoutMs, cap);
    }
}

void AloneCommandPool::finishRun(OneShotClient *client, const RuntimeReply &reply)
{
    const auto it = std::find_if(
        m_running.begin(), m_running.end(), [client](const Run &run) { return run.client == client; });
    if (it == m_running.end())
        return;
    PendingCommand pending = std::move(it->pending);
    m_running.erase(it);
    client->disconnect(this);
    client->deleteLater();
    qCDebug(lcConnection, "alone answered in %lld ms: %s", qint64(reply.elapsedUs / 1000),
        qPrintable(SecretRedaction::redactedLine(pending.command.line())));
    m_finish(pending, reply);
    emit runFinished();
}

void AloneCommandPool::cancel(RuntimeError unsentError, const QString &message)
{
    std::vector<Run> running;
    running.swap(m_running);
    for (Run &run : running) {
        run.client->disconnect(this);
        run.client->deleteLater();
        RuntimeReply reply;
        reply.error =
            run.pending.command.isWrite() ? RuntimeError::OutcomeUnknown : RuntimeError::Disconnected;
        reply.errorMessage =
            tr("the connection was closed before HAProxy answered '%1'").arg(run.pending.command.text());
        m_finish(run.pending, reply);
    }
    std::deque<PendingCommand> queued;
    queued.swap(m_queue);
    for (PendingCommand &pending : queued) {
        RuntimeReply reply;
        reply.error = unsentError;
        reply.errorMessage = message;
        m_finish(pending, reply);
    }
}

std::deque<PendingCommand> AloneCommandPool::takeRunning()
{
    std::deque<PendingCommand> running;
    for (Run &run : m_running) {
        run.client->disconnect(this);
        delete run.client;
        running.push_back(std::move(run.pending));
    }
    m_running.clear();
    return running;
}

std::deque<PendingCommand> AloneCommandPool::takeQueued()
{
    std::deque<PendingCommand> queued;
    queued.swap(m_queue);
    return queued;
}

std::deque<PendingCommand> AloneCommandPool::takeOverdue()
{
    std::deque<PendingCommand> overdue;
    while (!m_queue.empty()
        && m_queue.front().queuedAt.elapsed() > m_queue.front().timeoutMs(m_limits.commandTimeoutMs)) {
        overdue.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return overdue;
}
