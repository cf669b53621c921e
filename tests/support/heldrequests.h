#pragma once

#include <QTcpSocket>

#include <memory>
#include <vector>

// Opens `count` connections to 127.0.0.1:port, each sending one HTTP request. Sent to a
// ${SLOWBACKEND:...} server (HaproxyFixture), which never answers, each holds one session
// in HAProxy until its socket is closed: how tests keep a server busy.
inline bool openHeldRequests(quint16 port, int count, std::vector<std::unique_ptr<QTcpSocket>> &sockets)
{
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket->waitForConnected(5000))
            return false;
        socket->write("GET /hold HTTP/1.1\r\nHost: test\r\n\r\n");
        if (!socket->waitForBytesWritten(5000))
            return false;
        sockets.push_back(std::move(socket));
    }
    return true;
}
