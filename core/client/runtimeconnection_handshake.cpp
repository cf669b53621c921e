// RuntimeConnection: the handshake on each new link, and what differs through HAProxy's
// master CLI (routing each command to the right process).
#include "core/client/clihandshake.h"
#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/parsers/infoparser.h"
#include "core/transport/transport.h"

#include <QMetaObject>

void RuntimeConnection::startHandshake()
{
    // `prompt` goes alone: its answer tells a worker's stats socket ("\n> ") from the
    // master CLI ("master> "), and the rest of the handshake differs between the two.
    auto handshake = std::make_shared<CliHandshake>();
    m_master = false;
    writeHandshake({ CliHandshake::promptCommand(m_options.connectTimeoutMs) }, handshake);
}

void RuntimeConnection::writeHandshake(
    const QList<CliHandshake::Command> &steps, const std::shared_ptr<CliHandshake> &handshake)
{
    QByteArray bytes;
    const int generation = m_generation;
    for (const CliHandshake::Command &step : steps) {
        Pending pending;
        pending.command = step.command;
        pending.handler = [this, generation, handshake, step = step.step](const RuntimeReply &reply) {
            if (generation == m_generation)
                readHandshake(handshake, step, reply);
        };
        pending.queuedAt.start();
        pending.sentAt.start();
        // `prompt` is written before anyone knows what answers; the rest is routed.
        bytes += wireBytes(pending.command);
        m_inFlight.push_back(std::move(pending));
    }
    qCDebug(lcConnection, "%s: handshake sent (%lld lines)", qPrintable(m_endpoint.toString()),
        qint64(steps.size()));
    m_lastActivity.start();
    m_headSince.start();
    m_transport->write(bytes);
    m_timeoutTimer.start();
}

void RuntimeConnection::readHandshake(
    const std::shared_ptr<CliHandshake> &handshake, CliHandshake::Step step, const RuntimeReply &reply)
{
    switch (handshake->read(step, reply)) {
    case CliHandshake::Outcome::Continue:
        if (step == CliHandshake::Step::Prompt) {
            m_master = m_framer.style() == PromptFramer::Style::Master;
            m_alone.setMaster(m_master);
            if (m_endpoint.master && !m_master) {
                // Retrying would reach the same socket: stop and say why.
                m_wantOpen = false;
                const QString message = tr("%1 is a worker's stats socket, not HAProxy's master CLI "
                                           "(it was given with master:)")
                                            .arg(m_endpoint.toString());
                emit errorOccurred(message);
                dropLink(message, RuntimeError::Disconnected);
                return;
            }
            writeHandshake(
                CliHandshake::commands(m_master, m_options.cliTimeoutSeconds, m_options.connectTimeoutMs),
                handshake);
        }
        return;
    case CliHandshake::Outcome::NotCli:
        onTransportLost(tr("%1 did not answer like a HAProxy CLI").arg(m_endpoint.toString()));
        return;
    case CliHandshake::Outcome::NoInfo:
        onTransportLost(tr("%1 answered 'show info' with no information").arg(m_endpoint.toString()));
        return;
    case CliHandshake::Outcome::Done:
        break;
    }
    const AccessLevel previous = m_level;
    m_level = handshake->level();
    if (m_level != previous)
        emit levelChanged(m_level);
    finishHandshake(handshake->info());
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
    // Not reset yet: only a link that stays up for a while earns the short delay again.
    m_healthyTimer.start(std::max(0, m_options.reconnectResetAfterMs));
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
    qCDebug(lcConnection, "%s: ready (HAProxy %s, pid %lld, level %s)", qPrintable(m_endpoint.toString()),
        qPrintable(m_version.text), m_workerPid, qPrintable(accessLevelName(m_level)));
    m_stalePid = -1;
    m_reloadPending = false;
    const QPointer<RuntimeConnection> self(this);
    emit ready();
    if (!self)
        return;
    pump();
    pumpAlone();
}

QByteArray RuntimeConnection::wireBytes(const RuntimeCommand &command) const
{
    return m_master ? command.masterWireBytes() : command.wireBytes();
}

QString RuntimeConnection::socatCommandLine(const RuntimeCommand &command) const
{
    return m_endpoint.socatCommandLine(m_master ? command.masterPrefix() + command.line() : command.line());
}

QString RuntimeConnection::routingRefusal(const RuntimeCommand &command) const
{
    if (command.target() != RuntimeCommand::Target::CurrentWorker && !m_master) {
        return tr("not sent: '%1' needs HAProxy's master socket (haproxy -S); %2 is a worker's stats "
                  "socket")
            .arg(command.text(), m_endpoint.toString());
    }
    if (m_master && command.line().size() + command.masterPrefix().size() > RuntimeCommand::MaxLineBytes) {
        return tr("not sent: through the master the line is %1 bytes long; HAProxy reads at most %2")
            .arg(command.line().size() + command.masterPrefix().size())
            .arg(RuntimeCommand::MaxLineBytes);
    }
    return {};
}

void RuntimeConnection::noteMasterStatus()
{
    if (m_framer.style() != PromptFramer::Style::Master || m_framer.masterStatus() == m_masterStatus)
        return;
    m_masterStatus = m_framer.masterStatus();
    // From the event loop, like every other signal a reply can cause.
    QMetaObject::invokeMethod(this, &RuntimeConnection::masterStatusChanged, Qt::QueuedConnection);
}
