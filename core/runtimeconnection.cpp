#include "runtimeconnection.h"

#include "commandbuilder.h"
#include "infoparser.h"
#include "replyclassifier.h"
#include "transport.h"

#include <QMetaObject>

#include <algorithm>

namespace {

// HAProxy ends every answer in prompt mode with "\n> ".
constexpr QByteArrayView PromptTerminator("\n> ");

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
{
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
    m_reconnectDelayMs = m_options.reconnectInitialDelayMs;
}

RuntimeConnection::~RuntimeConnection()
{
    m_wantOpen = false;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
    // Callers learn that their command will never complete; nothing may call back into
    // this object from here, so no signal is emitted.
    auto cancel = [](std::deque<Pending> &list, bool sent) {
        while (!list.empty()) {
            Pending pending = std::move(list.front());
            list.pop_front();
            if (!pending.handler || (pending.hasContext && !pending.context))
                continue;
            RuntimeReply reply;
            reply.error = !sent
                ? RuntimeError::Cancelled
                : (pending.command.isWrite() ? RuntimeError::OutcomeUnknown : RuntimeError::Disconnected);
            reply.errorMessage = tr("the connection was closed before HAProxy answered");
            pending.handler(reply);
        }
    };
    cancel(m_inFlight, true);
    cancel(m_queue, false);
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
    m_buffer.clear();
    m_handshakeDone = false;
    setState(State::Connecting);
    emit statusMessage(tr("Connecting to %1…").arg(m_endpoint.toString()));
    connect(m_transport.get(), &Transport::connected, this, &RuntimeConnection::onTransportConnected);
    connect(m_transport.get(), &Transport::readyRead, this, &RuntimeConnection::onTransportReadyRead);
    connect(m_transport.get(), &Transport::disconnected, this,
        [this] { onTransportLost(tr("HAProxy closed the connection")); });
    connect(m_transport.get(), &Transport::errorOccurred, this, &RuntimeConnection::onTransportLost);
    m_connectTimer.start(m_options.connectTimeoutMs);
    // From the event loop: a socket may report failure inside open(), and nobody who
    // called RuntimeConnection::open() should miss that.
    QMetaObject::invokeMethod(m_transport.get(), &Transport::open, Qt::QueuedConnection);
}

void RuntimeConnection::onTransportConnected()
{
    m_connectTimer.stop();
    startHandshake();
}

void RuntimeConnection::startHandshake()
{
    // One write with the whole set-up: prompt mode, error tags on messages ([3]/[4]/[6]),
    // who we are talking to, then our own idle timeout.
    struct Step
    {
        RuntimeCommand command;
        std::function<void(const RuntimeReply &)> onReply;
    };
    auto levelReply = std::make_shared<AccessLevel>(AccessLevel::Unknown);
    const auto timeoutCommand = CommandBuilder::setTimeoutCli(std::max(1, m_options.cliTimeoutSeconds));
    std::vector<Step> steps;
    steps.push_back({ CommandBuilder::prompt(), [this](const RuntimeReply &reply) {
                         if (!reply.body.trimmed().isEmpty())
                             onTransportLost(
                                 tr("%1 did not answer like a HAProxy CLI").arg(m_endpoint.toString()));
                     } });
    steps.push_back({ CommandBuilder::setSeverityOutputNumber(), nullptr });
    steps.push_back({ CommandBuilder::showCliLevel(),
        [levelReply](const RuntimeReply &reply) { *levelReply = accessLevelFromName(reply.body); } });
    steps.push_back({ CommandBuilder::showInfo(),
        [this, levelReply](const RuntimeReply &reply) {
            if (!reply.ok())
                return;
            const HaproxyInfo info = InfoParser::parse(reply.body);
            if (info.isEmpty()) {
                onTransportLost(tr("%1 answered 'show info' with no information").arg(m_endpoint.toString()));
                return;
            }
            const AccessLevel previous = m_level;
            m_level = *levelReply;
            if (m_level != previous)
                emit levelChanged(m_level);
            finishHandshake(info);
        } });

    // Last on purpose: HAProxy 2.6 ignores `set timeout cli` (and even `stats timeout`) for
    // a session when two or more commands follow it in the same read.
    if (timeoutCommand)
        steps.push_back({ timeoutCommand.value(), nullptr });

    QByteArray bytes;
    const int generation = m_generation;
    for (Step &step : steps) {
        Pending pending;
        pending.command = step.command;
        pending.command.setInternal(true).setTimeoutMs(m_options.connectTimeoutMs);
        auto onReply = step.onReply;
        pending.handler = [this, generation, onReply](const RuntimeReply &reply) {
            if (generation == m_generation && onReply)
                onReply(reply);
        };
        pending.queuedAt.start();
        pending.sentAt.start();
        bytes += pending.command.wireBytes();
        m_inFlight.push_back(std::move(pending));
    }
    m_lastActivity.start();
    m_transport->write(bytes);
    m_timeoutTimer.start();
}

void RuntimeConnection::finishHandshake(const HaproxyInfo &info)
{
    if (info.isStopping()) {
        // A fresh connection should reach the new worker; if it did not, the reload is
        // still under way. Try again shortly.
        m_stalePid = info.pid();
        dropLink(tr("HAProxy worker %1 is stopping (reload in progress)").arg(info.pid()),
            RuntimeError::Disconnected);
        return;
    }
    m_handshakeDone = true;
    m_reconnectDelayMs = m_options.reconnectInitialDelayMs;
    const qint64 previousPid = m_workerPid;
    m_workerPid = info.pid();
    const HaproxyVersion version = info.version();
    const bool versionChangedNow = version.text != m_version.text;
    m_version = version;
    m_lastAlive.start();
    setState(State::Ready);
    if (versionChangedNow)
        emit versionChanged(m_version);
    if (previousPid > 0 && previousPid != m_workerPid) {
        emit statusMessage(tr("Connected to %1: now on worker pid %2 (was %3): HAProxy was reloaded "
                              "or restarted")
                               .arg(m_endpoint.toString())
                               .arg(m_workerPid)
                               .arg(previousPid));
        emit workerChanged(previousPid, m_workerPid);
    } else {
        emit statusMessage(tr("Connected to %1 (HAProxy %2, level %3)")
                               .arg(m_endpoint.toString(), m_version.text, accessLevelName(m_level)));
    }
    m_stalePid = -1;
    m_reloadPending = false;
    emit ready();
    pump();
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
    m_connectTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        // Deleted later: we may be inside one of its signals.
        m_transport.release()->deleteLater();
    }
    m_buffer.clear();
    m_scanFrom = 0;
    m_handshakeDone = false;
    m_probeInFlight = false;

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

    if (m_wantOpen && m_options.autoReconnect) {
        scheduleReconnect(reason);
        return;
    }
    setState(State::Disconnected);
    std::deque<Pending> queued;
    queued.swap(m_queue);
    for (Pending &pending : queued) {
        RuntimeReply reply;
        reply.error = m_wantOpen ? RuntimeError::NotConnected : RuntimeError::Cancelled;
        reply.errorMessage = tr("not sent: the connection to %1 is closed").arg(m_endpoint.toString());
        finish(pending, reply);
    }
    m_timeoutTimer.stop();
}

void RuntimeConnection::scheduleReconnect(const QString &reason)
{
    setState(State::WaitingToReconnect);
    int delay = m_reconnectDelayMs;
    if (m_reloadPending) {
        // The new worker is already there: go at once.
        delay = 0;
        emit statusMessage(tr("HAProxy was reloaded: this connection was on the old worker (pid %1); "
                              "reconnecting to the new worker")
                               .arg(m_stalePid));
    } else {
        m_reconnectDelayMs = std::min(m_options.reconnectMaxDelayMs, std::max(1, m_reconnectDelayMs) * 2);
        emit statusMessage(tr("Connection to %1 lost (%2); reconnecting in %3 s")
                               .arg(m_endpoint.toString(), reason, seconds(delay)));
    }
    m_reconnectTimer.start(delay);
    if (!m_queue.empty())
        m_timeoutTimer.start();
}

int RuntimeConnection::effectiveTimeout(const RuntimeCommand &command) const
{
    return command.timeoutMs() > 0 ? command.timeoutMs() : m_options.commandTimeoutMs;
}

void RuntimeConnection::send(const RuntimeCommand &command, QObject *context, ReplyHandler handler)
{
    if (!command.isValid()) {
        failAsync(command, context, context != nullptr, std::move(handler), RuntimeError::Invalid,
            tr("not sent: the command is not valid"));
        return;
    }
    if (command.line().size() > RuntimeCommand::MaxLineBytes) {
        failAsync(command, context, context != nullptr, std::move(handler), RuntimeError::Invalid,
            tr("not sent: the line is %1 bytes long; HAProxy reads at most %2")
                .arg(command.line().size())
                .arg(RuntimeCommand::MaxLineBytes));
        return;
    }
    if (!m_wantOpen) {
        failAsync(command, context, context != nullptr, std::move(handler), RuntimeError::NotConnected,
            tr("not sent: not connected to %1").arg(m_endpoint.toString()));
        return;
    }
    Pending pending;
    pending.command = command;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.handler = std::move(handler);
    pending.queuedAt.start();
    m_queue.push_back(std::move(pending));
    m_timeoutTimer.start();
    pump();
}

void RuntimeConnection::failAsync(const RuntimeCommand &command, QObject *context, bool hasContext,
    ReplyHandler handler, RuntimeError error, const QString &message)
{
    Pending pending;
    pending.command = command;
    pending.context = context;
    pending.hasContext = hasContext;
    pending.handler = std::move(handler);
    RuntimeReply reply;
    reply.error = error;
    reply.errorMessage = message;
    // Asynchronous, so a caller never sees its handler run inside send().
    QMetaObject::invokeMethod(
        this, [this, pending = std::move(pending), reply]() mutable { finish(pending, reply); },
        Qt::QueuedConnection);
}

void RuntimeConnection::pump()
{
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
            // Asynchronously: a handler must never run inside this loop.
            failAsync(refused.command, refused.context, refused.hasContext, std::move(refused.handler),
                RuntimeError::LevelTooLow,
                tr("not sent: '%1' needs level %2, this socket's level is %3")
                    .arg(refused.command.text(), accessLevelName(refused.command.requiredLevel()),
                        accessLevelName(m_level)));
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
        m_transport->write(pending.command.wireBytes());
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
    m_probeInFlight = true;
    m_transport->write(probe.command.wireBytes());
    m_lastActivity.start();
    m_inFlight.push_back(std::move(probe));
    m_timeoutTimer.start();
}

void RuntimeConnection::onTransportReadyRead()
{
    if (!m_transport)
        return;
    m_buffer += m_transport->readAll();
    m_lastActivity.start();
    const int generation = m_generation;
    const QPointer<RuntimeConnection> self(this);

    while (!m_buffer.isEmpty()) {
        if (m_inFlight.empty()) {
            dropLink(tr("HAProxy sent %1 bytes nobody asked for").arg(m_buffer.size()),
                RuntimeError::Disconnected);
            return;
        }
        qsizetype end = -1;
        qsizetype skip = 0;
        if (m_buffer.startsWith("> ")) {
            // An empty answer right after the previous prompt.
            end = 0;
            skip = 2;
        } else {
            end = QByteArrayView(m_buffer).indexOf(PromptTerminator, m_scanFrom);
            skip = PromptTerminator.size();
        }
        if (end < 0) {
            if (m_buffer.size() > m_options.maxAnswerBytes) {
                Pending head = std::move(m_inFlight.front());
                m_inFlight.pop_front();
                RuntimeReply reply;
                reply.error = RuntimeError::AnswerTooLarge;
                reply.errorMessage =
                    tr("the answer to '%1' grew over the limit of %2 bytes; the connection was reset")
                        .arg(head.command.text())
                        .arg(m_options.maxAnswerBytes);
                finish(head, reply);
                if (self && generation == m_generation)
                    dropLink(tr("oversized answer"), RuntimeError::Disconnected);
                return;
            }
            // Resume the search where it stopped, minus a partial terminator.
            m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - (PromptTerminator.size() - 1));
            return;
        }

        QByteArray body;
        if (end + skip == m_buffer.size()) {
            // The usual case: one answer is the whole buffer. Avoid copying it.
            body = std::move(m_buffer);
            body.truncate(end);
            m_buffer = QByteArray();
        } else {
            body = m_buffer.left(end);
            m_buffer.remove(0, end + skip);
        }
        m_scanFrom = 0;

        Pending pending = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        RuntimeReply reply;
        if (body.size() > m_options.maxAnswerBytes) {
            // Complete, so the session is still in step: only this command fails.
            reply.error = RuntimeError::AnswerTooLarge;
            reply.errorMessage = tr("the answer to '%1' is %2 bytes, over the limit of %3")
                                     .arg(pending.command.text())
                                     .arg(body.size())
                                     .arg(m_options.maxAnswerBytes);
        } else {
            reply = ReplyClassifier::classify(pending.command, body);
        }
        reply.elapsedUs = pending.sentAt.nsecsElapsed() / 1000;

        if (isShowInfo(pending.command) && reply.ok()) {
            const HaproxyInfo info = InfoParser::parse(reply.body);
            if (m_handshakeDone && !noteInfo(info)) {
                // The worker is stopping: its state is stale and must not be shown as current.
                RuntimeReply stale;
                stale.error = RuntimeError::Disconnected;
                stale.errorMessage = tr("the answer came from an old HAProxy worker (pid %1) left by a "
                                        "reload; reconnecting to the new one")
                                         .arg(info.pid());
                finish(pending, stale);
                if (self && generation == m_generation)
                    dropLink(tr("HAProxy reloaded"), RuntimeError::Disconnected);
                return;
            }
        }
        finish(pending, reply);
        if (!self || generation != m_generation)
            return;
    }
    if (self && generation == m_generation) {
        if (m_inFlight.empty() && m_queue.empty())
            m_timeoutTimer.stop();
        pump();
    }
}

bool RuntimeConnection::noteInfo(const HaproxyInfo &info)
{
    const qint64 pid = info.pid();
    const bool otherWorker = pid > 0 && m_workerPid > 0 && pid != m_workerPid;
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
    if (!pending.command.isInternal())
        emit commandFinished(pending.command, reply);
    if (pending.handler && (!pending.hasContext || pending.context))
        pending.handler(reply);
}

void RuntimeConnection::checkTimeouts()
{
    const int generation = m_generation;
    const QPointer<RuntimeConnection> self(this);
    if (!m_inFlight.empty()) {
        Pending &head = m_inFlight.front();
        const int limit = effectiveTimeout(head.command);
        if (head.sentAt.elapsed() > limit) {
            Pending late = std::move(head);
            m_inFlight.pop_front();
            RuntimeReply reply;
            reply.error = RuntimeError::Timeout;
            reply.errorMessage =
                tr("HAProxy did not answer '%1' within %2 s%3")
                    .arg(late.command.text(), seconds(limit),
                        late.command.isWrite() ? tr("; it may or may not have been applied") : QString());
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
    while (!m_queue.empty()) {
        Pending &oldest = m_queue.front();
        if (oldest.queuedAt.elapsed() <= effectiveTimeout(oldest.command))
            break;
        Pending late = std::move(oldest);
        m_queue.pop_front();
        RuntimeReply reply;
        reply.error = RuntimeError::NotConnected;
        reply.errorMessage = m_state == State::Ready
            ? tr("not sent: still waiting for earlier commands after %1 s")
                  .arg(seconds(effectiveTimeout(late.command)))
            : tr("not sent: no connection to %1 within %2 s")
                  .arg(m_endpoint.toString(), seconds(effectiveTimeout(late.command)));
        finish(late, reply);
        if (!self || generation != m_generation)
            return;
    }
    if (m_inFlight.empty() && m_queue.empty())
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
