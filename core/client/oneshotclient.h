#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class Transport;

// Non-interactive use, as `socat` does: connect, send one line (and its payload), read
// until HAProxy closes, classify the answer. Opens and closes its own CLI connection:
// RuntimeConnection runs the commands that must not share its session this way.
class OneShotClient : public QObject
{
    Q_OBJECT
public:
    explicit OneShotClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~OneShotClient() override;

    // Emits finished() exactly once per call, asynchronously. maxAnswerBytes is a ceiling:
    // the command's own cap (RuntimeCommand::maxAnswerBytes()) applies when it is lower.
    void run(
        const RuntimeCommand &command, int timeoutMs = 10000, qint64 maxAnswerBytes = 256ll * 1024 * 1024);
    // The same over a transport the caller made (RuntimeConnection shares an SSH tunnel).
    void run(const RuntimeCommand &command, std::unique_ptr<Transport> transport, int timeoutMs,
        qint64 maxAnswerBytes);

    // Through HAProxy's master CLI, which keeps a non-interactive session open after the
    // answer: the command is sent between `prompt` and `quit` instead, routed to its process
    // (RuntimeCommand::masterPrefix()), and the answer is what comes between the prompts.
    void setMaster(bool master) { m_master = master; }

    // Cuts what a master CLI session sent ("master> " ANSWER "\nmaster> "…) down to the
    // answer; false when no prompt follows it yet (or ever: a reload, or a refusal that closed
    // the session, ends it early).
    static bool takeMasterAnswer(QByteArray *buffer);

    // The most bytes an answer has held in memory (for tests: stops at about the cap).
    qsizetype peakBufferedBytes() const { return m_peakBufferBytes; }

signals:
    void finished(const RuntimeReply &reply);

private:
    bool readAvailable(); // false when the answer passed the cap (and the command failed)
    void complete(RuntimeReply reply);
    void onClosed(); // HAProxy closed the connection: the answer is complete, or lost
    void finishAnswer(QByteArray body); // classifies a complete answer

    Endpoint m_endpoint;
    RuntimeCommand m_command;
    std::unique_ptr<Transport> m_transport;
    QByteArray m_buffer;
    QTimer m_timer;
    qint64 m_maxBytes = 0;
    qsizetype m_peakBufferBytes = 0;
    QElapsedTimer m_elapsed; // from sending the line
    bool m_sent = false;
    bool m_done = true;
    bool m_master = false;
};
