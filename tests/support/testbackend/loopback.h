#pragma once

#include <QHostAddress>
#include <QString>

// The test backend must never reach or expose anything beyond this machine: every address it binds or
// connects to goes through these checks first.
namespace Loopback {

// True for 127.0.0.0/8, ::1 and IPv4-mapped 127.0.0.0/8.
bool isLoopback(const QHostAddress &address);

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// Parses "127.0.0.1:PORT" or "[::1]:PORT" (PORT may be 0: the kernel picks one). "localhost" is taken as
// 127.0.0.1 without asking a resolver, so the answer cannot depend on /etc/hosts or DNS.
bool parseEndpoint(const QString &text, Endpoint *endpoint, QString *error);

} // namespace Loopback
