#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

// A command on its way through a RuntimeConnection: queued, sent or running alone, until its
// handler is called with the reply.
struct PendingCommand
{
    using Handler = std::function<void(const RuntimeReply &)>;

    RuntimeCommand command;
    QPointer<QObject> context; // the handler is not called once a given context is gone
    bool hasContext = false;
    Handler handler;
    QElapsedTimer queuedAt;
    QElapsedTimer sentAt;

    // A reply that failed with error and message, for a command HAProxy did not answer.
    static RuntimeReply failure(RuntimeError error, const QString &message)
    {
        RuntimeReply reply;
        reply.error = error;
        reply.errorMessage = message;
        return reply;
    }

    // The handler may still be called: it exists and its context, if any, is alive.
    bool wanted() const { return handler && (!hasContext || context); }
    // A time limit of the command's own, else the connection's.
    int timeoutMs(int defaultMs) const { return command.timeoutMs() > 0 ? command.timeoutMs() : defaultMs; }
};
