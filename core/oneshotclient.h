#pragma once

#include "endpoint.h"
#include "runtimecommand.h"
#include "runtimereply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class Transport;

// Non-interactive use, as `socat` does: connect, send one line, read until HAProxy
// closes, classify the answer. Opens and closes its own CLI connection, so keep it for
// scripts and one-off checks, not for polling.
class OneShotClient : public QObject
{
    Q_OBJECT
public:
    explicit OneShotClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~OneShotClient() override;

    // Emits finished() exactly once per call, asynchronously.
    void run(
        const RuntimeCommand &command, int timeoutMs = 10000, qint64 maxAnswerBytes = 256ll * 1024 * 1024);

    // Convenience for command-line tools: runs a local event loop until done.
    static RuntimeReply runBlocking(
        const Endpoint &endpoint, const RuntimeCommand &command, int timeoutMs = 10000);

signals:
    void finished(const RuntimeReply &reply);

private:
    void complete(RuntimeReply reply);

    Endpoint m_endpoint;
    RuntimeCommand m_command;
    std::unique_ptr<Transport> m_transport;
    QByteArray m_buffer;
    QTimer m_timer;
    qint64 m_maxBytes = 0;
    QElapsedTimer m_elapsed; // from sending the line
    bool m_sent = false;
    bool m_done = true;
};
