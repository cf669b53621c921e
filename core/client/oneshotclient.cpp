#include "core/client/oneshotclient.h"

#include "core/client/promptframer.h"
#include "core/protocol/replyclassifier.h"
#include "core/transport/transport.h"

#include <algorithm>

OneShotClient::OneShotClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        RuntimeReply reply;
        reply.error = m_buffer.isEmpty() && !(m_transport && m_transport->isOpen())
            ? RuntimeError::NotConnected
            : RuntimeError::Timeout;
        reply.errorMessage = reply.error == RuntimeError::Timeout
            ? tr("HAProxy did not finish answering '%1' in time").arg(m_command.text())
            : tr("no connection to %1 in time").arg(m_endpoint.toString());
        complete(reply);
    });
}

OneShotClient::~OneShotClient()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

void OneShotClient::run(const RuntimeCommand &command, int timeoutMs, qint64 maxAnswerBytes)
{
    QString error;
    std::unique_ptr<Transport> transport = Transport::create(m_endpoint, &error);
    if (!transport && m_done) {
        m_done = false;
        m_command = command;
        RuntimeReply reply;
        reply.error = RuntimeError::NotConnected;
        reply.errorMessage = error;
        QMetaObject::invokeMethod(
            this, [this, reply] { complete(reply); }, Qt::QueuedConnection);
        return;
    }
    run(command, std::move(transport), timeoutMs, maxAnswerBytes);
}

void OneShotClient::run(
    const RuntimeCommand &command, std::unique_ptr<Transport> transport, int timeoutMs, qint64 maxAnswerBytes)
{
    if (!m_done) {
        RuntimeReply busy;
        busy.error = RuntimeError::Invalid;
        busy.errorMessage = tr("not sent: a command is already running on this client");
        QMetaObject::invokeMethod(
            this, [this, busy] { emit finished(busy); }, Qt::QueuedConnection);
        return;
    }
    m_done = false;
    m_command = command;
    m_buffer.clear();
    // The command's own cap, never above the caller's ceiling.
    m_maxBytes =
        command.maxAnswerBytes() > 0 ? std::min(command.maxAnswerBytes(), maxAnswerBytes) : maxAnswerBytes;
    if (!command.isValid()) {
        RuntimeReply reply;
        reply.error = RuntimeError::Invalid;
        reply.errorMessage = tr("not sent: the command is not valid");
        QMetaObject::invokeMethod(
            this, [this, reply] { complete(reply); }, Qt::QueuedConnection);
        return;
    }
    if (!transport) {
        RuntimeReply reply;
        reply.error = RuntimeError::NotConnected;
        reply.errorMessage = tr("not sent: no way to reach %1").arg(m_endpoint.toString());
        QMetaObject::invokeMethod(
            this, [this, reply] { complete(reply); }, Qt::QueuedConnection);
        return;
    }
    m_transport = std::move(transport);
    connect(m_transport.get(), &Transport::connected, this, [this] {
        m_sent = true;
        m_elapsed.start();
        m_transport->write(
            m_master ? "prompt\n" + m_command.masterWireBytes() + "quit\n" : m_command.wireBytes());
    });
    connect(m_transport.get(), &Transport::readyRead, this, [this] {
        // The master's answer is complete at its next prompt: 3.0 leaves the session open
        // without reading `quit` after some refusals ("Can't find the target PID").
        if (readAvailable() && m_master && m_buffer.endsWith("> ")) {
            QByteArray body = m_buffer;
            if (takeMasterAnswer(&body))
                finishAnswer(std::move(body));
        }
    });
    connect(m_transport.get(), &Transport::disconnected, this, [this] { onClosed(); });
    connect(m_transport.get(), &Transport::errorOccurred, this, [this](const QString &message) {
        RuntimeReply reply;
        reply.error = m_sent ? RuntimeError::Disconnected : RuntimeError::NotConnected;
        reply.errorMessage = message;
        complete(reply);
    });
    m_sent = false;
    m_timer.start(timeoutMs);
    QMetaObject::invokeMethod(m_transport.get(), &Transport::open, Qt::QueuedConnection);
}

void OneShotClient::onClosed()
{
    if (!readAvailable())
        return;
    QByteArray body = std::move(m_buffer);
    m_buffer = QByteArray();
    bool whole = true;
    if (m_master)
        whole = takeMasterAnswer(&body);
    // Every answer, even an empty one, ends with a LF (or a master prompt): a close without
    // it is HAProxy going away (killed, restarted, reloading) before answering, not an empty
    // answer, which would count as a write's success.
    const bool lostAnswer = m_master ? !whole && body.isEmpty() : body.isEmpty();
    // In non-interactive mode HAProxy closes after the answer, which ends with one extra LF;
    // drop it so bodies look as they do in prompt mode.
    if ((!m_master || !whole) && body.endsWith('\n'))
        body.chop(1);
    if (lostAnswer) {
        RuntimeReply lost;
        lost.error = m_sent ? RuntimeError::Disconnected : RuntimeError::NotConnected;
        lost.errorMessage = tr("the connection to %1 closed before HAProxy answered '%2'")
                                .arg(m_endpoint.toString(), m_command.text());
        complete(lost);
        return;
    }
    finishAnswer(std::move(body));
}

void OneShotClient::finishAnswer(QByteArray body)
{
    RuntimeReply reply = m_master
        ? ReplyClassifier::classifyPromptAnswer(m_command, std::move(body), m_maxBytes)
        : ReplyClassifier::classify(m_command, std::move(body));
    reply.elapsedUs = m_elapsed.nsecsElapsed() / 1000;
    complete(reply);
}

bool OneShotClient::takeMasterAnswer(QByteArray *buffer)
{
    // "master> " ANSWER "\nmaster> ", then the close that `quit` asked for; 2.6 prints one
    // more prompt before it reads `quit`, so the end is a run of prompts.
    const qsizetype first = PromptFramer::masterPromptLength(*buffer);
    if (first == 0)
        return false; // not even the first prompt yet
    if (first > 0)
        buffer->remove(0, first);
    qsizetype end = buffer->size();
    while (end > 0) {
        const qsizetype at = QByteArrayView(*buffer).first(end).lastIndexOf("master");
        if (at < 0
            || PromptFramer::masterPromptLength(QByteArrayView(*buffer).sliced(at, end - at)) != end - at)
            break;
        end = at;
    }
    if (end == buffer->size())
        return false; // no prompt after the answer
    if (end == 0) {
        buffer->clear();
        return true;
    }
    if (buffer->at(end - 1) != '\n')
        return false;
    buffer->truncate(end - 1);
    return true;
}

bool OneShotClient::readAvailable()
{
    // Checked on every read, so an answer that never ends costs about its cap.
    m_buffer += m_transport->readAll();
    m_peakBufferBytes = std::max(m_peakBufferBytes, m_buffer.size());
    if (m_buffer.size() <= m_maxBytes)
        return true;
    m_buffer = QByteArray();
    RuntimeReply reply;
    reply.error = RuntimeError::AnswerTooLarge;
    reply.errorMessage = tr("the answer to '%1' is larger than %2 bytes, the limit for this command")
                             .arg(m_command.text())
                             .arg(m_maxBytes);
    complete(reply);
    return false;
}

void OneShotClient::complete(RuntimeReply reply)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport.release()->deleteLater();
    }
    if (reply.error == RuntimeError::Disconnected && m_command.isWrite())
        reply.error = RuntimeError::OutcomeUnknown;
    emit finished(reply);
}
