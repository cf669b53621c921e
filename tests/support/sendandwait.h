#pragma once

#include "core/client/runtimeconnection.h"

#include <QTest>

// Sends one command on a connection and spins the event loop until its answer (bounded),
// for tests that read like a script. A test that gives up gets Cancelled with a message.
inline RuntimeReply sendAndWait(
    RuntimeConnection &connection, const RuntimeCommand &command, int timeoutMs = 10000)
{
    RuntimeReply result;
    bool done = false;
    connection.send(command, &connection, [&](const RuntimeReply &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        result.error = RuntimeError::Cancelled;
        result.errorMessage = QStringLiteral("the test gave up waiting for '%1'").arg(command.text());
    }
    return result;
}
