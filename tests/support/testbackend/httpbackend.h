#pragma once

#include "tests/support/testbackend/loopback.h"

#include <QObject>
#include <QTcpServer>

// One tiny HTTP/1.1 server on a loopback address: answers every request with 200 and a body naming the
// server (keep-alive honoured), or, in slow mode, accepts connections and never answers, so that a
// test can hold active sessions on a server.
class HttpBackend : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString name;
        bool slow = false;
        int delayMs = 0;
    };

    explicit HttpBackend(const Settings &settings, QObject *parent = nullptr);

    bool listen(const Loopback::Endpoint &endpoint, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    const Settings &settings() const { return m_settings; }

    // Bounds kept so a misbehaving client cannot make the backend grow without limit.
    static constexpr int MaxConnections = 1024;
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int IdleTimeoutMs = 60 * 1000;

private:
    void acceptConnections();

    Settings m_settings;
    QTcpServer m_server;
    int m_openConnections = 0;
};
