#include "core/client/runtimeconnection.h"

#include "core/client/clihandshake.h"
#include "core/client/replyhandlerscope.h"
#include "core/logging.h"
#include "core/parsers/infoparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/replyclassifier.h"
#include "core/protocol/secretredaction.h"
#include "core/transport/transport.h"

#include <QMetaObject>

#include <algorithm>

namespace {

// How often pending commands are checked against their deadlines.
constexpr int TimeoutCheckMs = 100;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

bool isShowInfo(const RuntimeCommand &command)
{
    return command.line() == "show info";
}

} // namespace

RuntimeConnection::RuntimeConnection(
    const Endpoint &endpoint, const ConnectionOptions &options, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_options(options)
    , m_alone(endpoint,
          { options.maxAloneConnections, options.maxAloneAnswerBytes, options.commandTimeoutMs },
          [this](Pending &pending, RuntimeReply reply) { finish(pending, std::move(reply)); })
{
    connect(&m_alone, &AloneCommandPool::runFinished, this, &RuntimeConnection::onAloneFinished);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onTransportLost(tr("no connection to %1 within %2 s")
                            .arg(m_endpoint.toString(), seconds(m_options.connectTimeoutMs)));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RuntimeConnection::startConnect);
    m_timeoutTimer.setInterval(TimeoutCheckMs);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RuntimeConnection::checkTimeouts);
    m_keepAliveTimer.setInterval(std::max(100, std::min(1000, m_options.keepAliveIdleMs / 2)));
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &RuntimeConnection::onKeepAlive);
    m_healthyTimer.setSingleShot(true);
    connect(&m_healthyTimer, &QTimer::timeout, this,
        [this] { m_reconnectDelayMs = m_options.reconnectInitialDelayMs; });
    m_reconnectDelayMs = m_options.reconnectInitialDelayMs;
}

void RuntimeConnection::setNestedLoopHandler(NestedLoopHandler handler)
{
    ReplyHandlerScope::setNestedLoopHandler(std::move(handler));
}

bool RuntimeConnection::inReplyHandler()
{
    return ReplyHandlerScope::active();
}

RuntimeConnection::~RuntimeConnection()
{
    m_wantOpen = false;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
    std::deque<Pending> running = m_alone.takeRunning();
    std::deque<Pending> aloneQueued = m_alone.takeQueued();
    // Callers learn that their command will never complete; nothing may call back into
    // this object from here, so no signal is emitted. Answers already read come first.
    std::deque<Delivery> answered;
    answered.swap(m_deliveries);
    for (Delivery &delivery : answered) {
        ReplyHandlerScope scope;
        if (delivery.pending.wanted())
            delivery.pending.handler(delivery.reply);
    }
    auto cancel = [](std::deque<Pending> &list, bool sent) {
        while (!list.empty()) {
            Pending pending = std::move(list.front());
            list.pop_front();
            if (!pending.wanted())
                continue;
            const RuntimeReply reply = PendingCommand::failure(!sent
                    ? RuntimeError::Cancelled
                    : (pending.command.isWrite() ? RuntimeError::OutcomeUnknown : RuntimeError::Disconnected),
                tr("the connection was closed before HAProxy answered"));
            ReplyHandlerScope scope;
            pending.handler(reply);
        }
    };
    cancel(m_inFlight, true);
    cancel(running, true);
    cancel(m_queue, false);
    cancel(aloneQueued, false);
}

QString RuntimeConnection::transportDescription() const
{
    return m_transport ? m_transport->description() : m_endpoint.transportDescription();
}

void RuntimeConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RuntimeConnection::open()
{
    if (m_wantOpen)
        return;
    m_wantOpen = true;
    m_reconnectDelayMs = m_options.reconnectInitialDelayMs;
    m_keepAliveTimer.start();
    startConnect();
}

void RuntimeConnection::close()
{
    if (!m_wantOpen && m_state == State::Disconnected)
        return;
    m_wantOpen = false;
    m_reconnectTimer.stop();
    m_keepAliveTimer.stop();
    m_alone.cancel(
        RuntimeError::Cancelled, tr("not sent: the connection to %1 is closed").arg(m_endpoint.toString()));
    dropLink(tr("closed"), RuntimeError::Disconnected);
}

void RuntimeConnection::startConnect()
{
    if (!m_wantOpen)
        return;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport.release()->deleteLater();
    }
    QString error;
    m_transport = Transport::create(m_endpoint, &error);
    if (!m_transport) {
        // Nothing will change by retrying: give up and tell.
        m_wantOpen = false;
        emit errorOccurred(error);
        dropLink(error, RuntimeError::Disconnected);
        return;
    }
    m_framer.clear();
    m_handshakeDone = false;
    // Queued: nothing of this object runs inside a socket's signal, so no socket is ever
    // deleted under its own emission and Qt's readyRead is never held back by us. Each
    // slot checks that the signal came from the current transport, not from an old one
    // whose queued signals arrive after a reconnect.
    const quint64 serial = ++m_transportSerial;
    const auto ifCurrent = [this, serial](auto slot) {
        return [this, serial, slot](const auto &...args) {
            if (serial == m_transportSerial)
                slot(args...);
        };
    };
    Transport *transport = m_transport.get();
    connect(transport, &Transport::connected, this, ifCurrent([this] { onTransportConnected(); }),
        Qt::QueuedConnection);
    connect(transport, &Transport::readyRead, this, ifCurrent([this] { onTransportReadyRead(); }),
        Qt::QueuedConnection);
    connect(transport, &Transport::disconnected, this,
        ifCurrent([this] { onTransportLost(tr("HAProxy closed the connection")); }), Qt::QueuedConnection);
    connect(transport, &Transport::errorOccurred, this,
        ifCurrent([this](const QString &message) { onTransportLost(message); }), Qt::QueuedConnection);
    qCDebug(lcConnection, "%s: connecting through %s", qPrintable(m_endpoint.toString()),
        qPrintable(transport->description()));
    m_connectTimer.start(m_options.connectTimeoutMs);
    setState(State::Connecting);
    emit statusMessage(tr("Connecting to %1…").arg(m_endpoint.toString()));
    // From the event loop: a socket may report failure inside open(), and nobody who
    // called RuntimeConnection::open() should miss that.
    QMetaObject::invokeMethod(m_transport.get(), &Transport::open, Qt::QueuedConnection);
}

void RuntimeConnection::onTransportConnected()
{
    m_connectTimer.stop();
    startHandshake();
}

void RuntimeConnection::onTransportLost(const QString &reason)
{
    if (!m_transport)
        return;
    if (!m_handshakeDone)
        emit errorOccurred(reason);
    dropLink(reason, RuntimeError::Disconnected);
}

void RuntimeConnection::dropLink(const QString &reason, RuntimeError sentReadError)
{
    ++m_generation;
    ++m_transportSerial;
    m_connectTimer.stop();
    m_healthyTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        // Deleted later: a queued slot of ours may still name it.
        m_transport.release()->deleteLater();
    }
    m_framer.clear();
    m_handshakeDone = false;
    m_probeInFlight = false;
    // The state changes before anything else happens, so that a handler that sends queues
    // its command for the next link instead of writing to the one just dropped.
    const State previous = m_state;
    const bool reconnect = m_wantOpen && m_options.autoReconnect;
    m_state = reconnect ? State::WaitingToReconnect : State::Disconnected;

    failSent(reason, sentReadError);

    const QString message = reconnect ? scheduleReconnect(reason) : failQueued();
    qCDebug(lcConnection, "%s: link dropped (%s)%s", qPrintable(m_endpoint.toString()), qPrintable(reason),
        reconnect ? ", reconnecting" : "");

    // Signals last: a slot may close or destroy this connection.
    const QPointer<RuntimeConnection> self(this);
    if (previous != m_state)
        emit stateChanged(m_state);
    if (self && !message.isEmpty())
        emit statusMessage(message);
}

void RuntimeConnection::failSent(const QString &reason, RuntimeError sentReadError)
{
    // Commands already on the wire: a read is simply lost; a write may or may not have
    // been applied, and is never sent again.
    std::deque<Pending> sent;
    sent.swap(m_inFlight);
    for (Pending &pending : sent) {
        RuntimeReply reply;
        if (pending.command.isWrite()) {
            reply.error = RuntimeError::OutcomeUnknown;
            reply.errorMessage = tr("the connection was lost (%1) after '%2' was sent; HAProxy may or may "
                                    "not have applied it, check the server's state")
                                     .arg(reason, pending.command.text());
        } else {
            reply.error = sentReadError;
            reply.errorMessage = tr("the connection was lost (%1) before the answer to '%2'")
                                     .arg(reason, pending.command.text());
        }
        finish(pending, reply);
    }
}

QString RuntimeConnection::scheduleReconnect(const QString &reason)
{
    QString message;
    int delay = m_reconnectDelayMs;
    if (m_reloadPending) {
        // The new worker is already there: go at once, but only once per reload. A fresh
        // connection that still reaches a stopping worker, or that fails, waits its turn.
        delay = 0;
        m_reloadPending = false;
        message = tr("HAProxy was reloaded: this connection was on the old worker (pid %1); "
                     "reconnecting to the new worker")
                      .arg(m_stalePid);
    } else {
        m_reconnectDelayMs = std::min(m_options.reconnectMaxDelayMs, std::max(1, m_reconnectDelayMs) * 2);
        message = tr("Connection to %1 lost (%2); reconnecting in %3 s")
                      .arg(m_endpoint.toString(), reason, seconds(delay));
    }
    qCDebug(lcConnection, "%s: reconnecting in %d ms", qPrintable(m_endpoint.toString()), delay);
    m_reconnectTimer.start(delay);
    if (!m_queue.empty() || m_alone.hasQueued())
        m_timeoutTimer.start();
    return message;
}

QString RuntimeConnection::failQueued()
{
    const QString notSent = tr("not sent: the connection to %1 is closed").arg(m_endpoint.toString());
    const RuntimeError error = m_wantOpen ? RuntimeError::NotConnected : RuntimeError::Cancelled;
    std::deque<Pending> queued;
    queued.swap(m_queue);
    std::deque<Pending> aloneQueued = m_alone.takeQueued();
    for (std::deque<Pending> *list : { &queued, &aloneQueued }) {
        for (Pending &pending : *list) {
            const RuntimeReply reply = PendingCommand::failure(error, notSent);
            finish(pending, reply);
        }
    }
    if (!m_alone.hasRunning())
        m_timeoutTimer.stop();
    return {};
}

void RuntimeConnection::send(const RuntimeCommand &command, QObject *context, ReplyHandler handler)
{
    Pending pending { command, context, context != nullptr, std::move(handler), {}, {} };
    if (!command.isValid())
        return failAsync(std::move(pending), RuntimeError::Invalid, tr("not sent: the command is not valid"));
    if (command.line().size() > RuntimeCommand::MaxLineBytes) {
        return failAsync(std::move(pending), RuntimeError::Invalid,
            tr("not sent: the line is %1 bytes long; HAProxy reads at most %2")
                .arg(command.line().size())
                .arg(RuntimeCommand::MaxLineBytes));
    }
    if (!m_wantOpen) {
        return failAsync(std::move(pending), RuntimeError::NotConnected,
            tr("not sent: not connected to %1").arg(m_endpoint.toString()));
    }
    pending.queuedAt.start();
    m_timeoutTimer.start();
    if (command.runsAlone()) {
        m_alone.enqueue(std::move(pending));
        pumpAlone();
    } else {
        m_queue.push_back(std::move(pending));
        pump();
    }
}

void RuntimeConnection::failAsync(Pending pending, RuntimeError error, const QString &message)
{
    // Delivered from the event loop, so a caller never sees its handler run inside send().
    finish(pending, PendingCommand::failure(error, message));
}

void RuntimeConnection::pump()
{
    if (!m_transport)
        return;
    while (m_state == State::Ready && !m_reloadPending && !m_queue.empty()
        && int(m_inFlight.size()) < std::max(1, m_options.maxInFlight)) {
        Pending &next = m_queue.front();
        if (next.hasContext && !next.context) {
            m_queue.pop_front();
            continue;
        }
        if (m_level != AccessLevel::Unknown && next.command.requiredLevel() > m_level) {
            Pending refused = std::move(next);
            m_queue.pop_front();
            const QString message =
                tr("not sent: '%1' needs level %2, this socket's level is %3")
                    .arg(refused.command.text(), accessLevelName(refused.command.requiredLevel()),
                        accessLevelName(m_level));
            // Asynchronously: a handler must never run inside this loop.
            failAsync(std::move(refused), RuntimeError::LevelTooLow, message);
            continue;
        }
        if (const QString refusal = routingRefusal(next.command); !refusal.isEmpty()) {
            Pending refused = std::move(next);
            m_queue.pop_front();
            failAsync(std::move(refused), RuntimeError::Invalid, refusal);
            continue;
        }
        if (next.command.isWrite() && !m_aliveConfirmed
            && (!m_lastAlive.isValid() || m_lastAlive.elapsed() >= m_options.writeFreshnessMs)) {
            // Confirm first that this worker is not one a reload left behind.
            if (!m_probeInFlight)
                sendProbe();
            break;
        }
        Pending pending = std::move(next);
        m_queue.pop_front();
        pending.sentAt.start();
        if (m_inFlight.empty())
            m_headSince.start();
        m_transport->write(wireBytes(pending.command));
        qCDebug(lcConnection, "%s: sent after %lld ms queued: %s", qPrintable(m_endpoint.toString()),
            pending.queuedAt.elapsed(), qPrintable(SecretRedaction::redactedLine(pending.command.line())));
        m_lastActivity.start();
        m_inFlight.push_back(std::move(pending));
    }
    // A probe's answer vouches for the writes sent right after it, not for later ones.
    m_aliveConfirmed = false;
}

void RuntimeConnection::sendProbe()
{
    if (!m_transport || !m_handshakeDone)
        return;
    Pending probe;
    probe.command = CommandBuilder::showInfo();
    probe.command.setInternal(true);
    const int generation = m_generation;
    probe.handler = [this, generation](const RuntimeReply &reply) {
        if (generation == m_generation) {
            m_probeInFlight = false;
            // A stale worker's answer never arrives here as a success (see onTransportReadyRead).
            m_aliveConfirmed = reply.ok();
            pump();
        }
    };
    probe.queuedAt.start();
    probe.sentAt.start();
    if (m_inFlight.empty())
        m_headSince.start();
    m_probeInFlight = true;
    m_transport->write(wireBytes(probe.command));
    m_lastActivity.start();
    m_inFlight.push_back(std::move(probe));
    m_timeoutTimer.start();
}

void RuntimeConnection::onTransportReadyRead()
{
    if (!m_transport)
        return;
    m_framer.append(m_transport->readAll());
    m_lastActivity.start();
    const int generation = m_generation;
    const QPointer<RuntimeConnection> self(this);

    while (!m_framer.isEmpty()) {
        if (m_inFlight.empty()) {
            dropLink(tr("HAProxy sent %1 bytes nobody asked for").arg(m_framer.size()),
                RuntimeError::Disconnected);
            return;
        }
        std::optional<QByteArray> body = m_framer.next();
        if (!body) {
            // Checked on every read, so an answer that never ends costs about its cap.
            const qint64 cap =
                ReplyClassifier::answerCap(m_inFlight.front().command, m_options.maxAnswerBytes);
            if (m_framer.size() > cap) {
                Pending head = std::move(m_inFlight.front());
                m_inFlight.pop_front();
                const RuntimeReply reply = PendingCommand::failure(RuntimeError::AnswerTooLarge,
                    tr("the answer to '%1' is larger than %2 bytes, the limit for this command; the "
                       "connection was reset")
                        .arg(head.command.text())
                        .arg(cap));
                finish(head, reply);
                if (self && generation == m_generation)
                    dropLink(tr("oversized answer"), RuntimeError::Disconnected);
            }
            return;
        }

        noteMasterStatus();
        Pending pending = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        // The next answer's time starts now: a command pipelined behind a slow one is not
        // late for the time it spent waiting its turn.
        m_headSince.start();
        if (!finishAnswer(pending, std::move(*body))) {
            if (self && generation == m_generation)
                dropLink(tr("HAProxy reloaded"), RuntimeError::Disconnected);
            return;
        }
        if (!self || generation != m_generation)
            return;
    }
    if (self && generation == m_generation) {
        if (m_inFlight.empty() && m_queue.empty())
            m_timeoutTimer.stop();
        pump();
    }
}

bool RuntimeConnection::finishAnswer(Pending &pending, QByteArray body)
{
    RuntimeReply reply =
        ReplyClassifier::classifyPromptAnswer(pending.command, std::move(body), m_options.maxAnswerBytes);
    reply.elapsedUs = pending.sentAt.nsecsElapsed() / 1000;
    qCDebug(lcConnection, "%s: answered in %.1f ms (%s): %s", qPrintable(m_endpoint.toString()),
        reply.elapsedUs / 1000.0, reply.ok() ? "ok" : "failed",
        qPrintable(SecretRedaction::redactedLine(pending.command.line())));

    if (isShowInfo(pending.command) && reply.ok()) {
        const HaproxyInfo info = InfoParser::parse(reply.body);
        if (m_handshakeDone && !noteInfo(info)) {
            // The worker is stopping: its state is stale and must not be shown as current.
            const RuntimeReply stale = PendingCommand::failure(RuntimeError::Disconnected,
                tr("the answer came from an old HAProxy worker (pid %1) left by a "
                   "reload; reconnecting to the new one")
                    .arg(info.pid()));
            finish(pending, stale);
            return false;
        }
    }
    finish(pending, reply);
    return true;
}

bool RuntimeConnection::noteInfo(const HaproxyInfo &info)
{
    const qint64 pid = info.pid();
    const bool otherWorker = pid > 0 && m_workerPid > 0 && pid != m_workerPid;
    if (!info.isStopping() && otherWorker && m_master) {
        // Through the master `@1` always reaches the current worker: a new pid is the
        // worker a reload started (a master that was not re-executed keeps our session).
        const qint64 previous = m_workerPid;
        m_workerPid = pid;
        m_lastAlive.start();
        emit statusMessage(tr("HAProxy was reloaded: %1 now reaches worker pid %2 (was %3)")
                               .arg(m_endpoint.toString())
                               .arg(pid)
                               .arg(previous));
        emit workerChanged(previous, pid);
        return true;
    }
    if (!info.isStopping() && !otherWorker) {
        m_lastAlive.start();
        return true;
    }
    if (!m_reloadPending) {
        m_reloadPending = true;
        m_stalePid = m_workerPid;
        emit reloadDetected(m_workerPid);
    }
    return false;
}

void RuntimeConnection::finish(Pending &pending, RuntimeReply reply)
{
    m_deliveries.push_back({ std::move(pending), std::move(reply) });
    if (!m_deliveryPosted) {
        m_deliveryPosted = true;
        QMetaObject::invokeMethod(this, &RuntimeConnection::deliver, Qt::QueuedConnection);
    }
}

void RuntimeConnection::deliver()
{
    m_deliveryPosted = false;
    const QPointer<RuntimeConnection> self(this);
    // Only the answers there now; what handlers cause is delivered in a later step.
    for (size_t count = m_deliveries.size(); count > 0 && !m_deliveries.empty(); --count) {
        Delivery delivery = std::move(m_deliveries.front());
        m_deliveries.pop_front();
        ReplyHandlerScope scope;
        if (!delivery.pending.command.isInternal())
            emit commandFinished(delivery.pending.command, delivery.reply);
        if (!self)
            return;
        const Pending &pending = delivery.pending;
        if (pending.handler && (!pending.hasContext || pending.context))
            pending.handler(delivery.reply);
        if (!self)
            return;
    }
}

void RuntimeConnection::pumpAlone()
{
    if (m_state == State::Ready)
        m_alone.start(m_transport.get(), m_level);
}

void RuntimeConnection::onAloneFinished()
{
    pumpAlone();
    if (isIdle())
        m_timeoutTimer.stop();
}

void RuntimeConnection::checkTimeouts()
{
    const int generation = m_generation;
    const QPointer<RuntimeConnection> self(this);
    if (!m_inFlight.empty()) {
        Pending &head = m_inFlight.front();
        const int limit = commandTimeout(head.command);
        // From when it was sent or, if later, from when the answer before it ended.
        const qint64 waited = std::min(head.sentAt.elapsed(), m_headSince.elapsed());
        if (waited > limit) {
            Pending late = std::move(head);
            m_inFlight.pop_front();
            const RuntimeReply reply = PendingCommand::failure(RuntimeError::Timeout,
                tr("HAProxy did not answer '%1' within %2 s%3")
                    .arg(late.command.text(), seconds(limit),
                        late.command.isWrite() ? tr("; it may or may not have been applied") : QString()));
            const bool handshake = !m_handshakeDone;
            finish(late, reply);
            if (!self || generation != m_generation)
                return;
            if (handshake) {
                emit errorOccurred(tr("%1 accepted the connection but did not answer within %2 s: not a "
                                      "HAProxy CLI, or all of HAProxy's CLI connections (10 by default, "
                                      "`stats maxconn`) are in use")
                                       .arg(m_endpoint.toString(), seconds(limit)));
            }
            dropLink(handshake ? tr("no answer to the handshake") : tr("answer timed out"),
                RuntimeError::Disconnected);
            return;
        }
    }
    std::deque<Pending> overdue;
    while (!m_queue.empty() && m_queue.front().queuedAt.elapsed() > commandTimeout(m_queue.front().command)) {
        overdue.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    for (Pending &late : m_alone.takeOverdue())
        overdue.push_back(std::move(late));
    for (Pending &late : overdue) {
        const RuntimeReply reply = PendingCommand::failure(RuntimeError::NotConnected,
            m_state == State::Ready ? tr("not sent: still waiting for earlier commands after %1 s")
                                          .arg(seconds(commandTimeout(late.command)))
                                    : tr("not sent: no connection to %1 within %2 s")
                                          .arg(m_endpoint.toString(), seconds(commandTimeout(late.command))));
        finish(late, reply);
    }
    if (isIdle())
        m_timeoutTimer.stop();
}

void RuntimeConnection::onKeepAlive()
{
    // An idle session is closed by HAProxy at its `stats timeout`, and a reload is only
    // noticed by asking: a cheap `show info` now and then does both.
    if (m_state != State::Ready || !m_inFlight.empty() || !m_queue.empty())
        return;
    if (m_lastActivity.isValid() && m_lastActivity.elapsed() < m_options.keepAliveIdleMs)
        return;
    sendProbe();
}
