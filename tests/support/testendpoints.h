#pragma once

#include "core/client/runtimeconnection.h"
#include "core/transport/endpoint.h"

// What the integration tests of the connection and its workflows share: an endpoint for a
// fixture's socket path, and options that reconnect fast (HAProxy restarts and reloads are
// the point of those tests, and a second of backoff each time would only slow them down).
inline Endpoint unixEndpoint(const QString &path)
{
    auto endpoint = Endpoint::parse(path);
    Q_ASSERT(endpoint.ok());
    return endpoint.value();
}

inline ConnectionOptions quickReconnect()
{
    ConnectionOptions options;
    options.connectTimeoutMs = 2000;
    options.commandTimeoutMs = 5000;
    options.reconnectInitialDelayMs = 50;
    options.reconnectMaxDelayMs = 200;
    options.keepAliveIdleMs = 300;
    return options;
}
