#pragma once

#include "core/client/alonecommandpool.h"
#include "core/client/clihandshake.h"
#include "core/client/pendingcommand.h"
#include "core/client/promptframer.h"
#include "core/client/replyhandlerscope.h"
#include "core/protocol/accesslevel.h"
#include "core/protocol/haproxyversion.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class Transport;
struct HaproxyInfo;

struct ConnectionOptions
{
    int connectTimeoutMs = 5000;
    int commandTimeoutMs = 10000; // per command, from sending; also the longest wait to be sent
    // The ceiling for any answer; each command's own cap (RuntimeCommand::maxAnswerBytes())
    // is usually far lower.
    qint64 maxAnswerBytes = 256ll * 1024 * 1024;
    int keepAliveIdleMs = 5000; // idle time before a liveness probe (`show info`)
    int cliTimeoutSeconds = 120; // sent as `set timeout cli`, against short `stats timeout`s
    int reconnectInitialDelayMs = 500;
    int reconnectMaxDelayMs = 30000;
    // The link must stay up this long before the reconnect delay starts again from
    // reconnectInitialDelayMs: a server that fails right after each handshake, or a fresh
    // connection that keeps reaching a stopping worker, gets the growing delay, not a loop.
    int reconnectResetAfterMs = 10000;
    int maxInFlight = 32; // pipelined commands not yet answered
    // A write is sent only if the worker was seen alive and not stopping within this
    // time; otherwise a `show info` goes first, so a write never lands on an old worker
    // that a reload left behind.
    int writeFreshnessMs = 1000;
    bool autoReconnect = true;
    // Commands that run alone (RuntimeCommand::runsAlone()) each take one more CLI
    // connection while they run; at most this many at once.
    int maxAloneConnections = 2;
    qint64 maxAloneAnswerBytes = 16ll * 1024 * 1024;
};

// The one persistent CLI connection to one HAProxy instance (HAProxy serves only 10 CLI
// connections in all). Switches to prompt mode, runs a FIFO of commands with pipelining,
// frames answers on the prompt, times them out, keeps the session alive, reconnects with
// backoff, and notices when a reload left it on a stopping worker. Commands whose answer
// could hold the prompt text, or that wait in HAProxy, run alone on short-lived
// non-interactive connections instead (RuntimeCommand::runsAlone()).
//
// Re-entrancy: reply handlers and commandFinished() never run inside a transport signal,
// nor inside send() or close(): replies are delivered from the event loop, one queued step
// after the answer was read, so a handler may send, close or destroy anything. A handler
// must not start a nested event loop (QDialog::exec(), QEventLoop, waitFor*): one started
// while a handler runs is reported (see setNestedLoopHandler()).
class RuntimeConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // closed by the user, or never opened
        Connecting, // transport connecting or handshake running
        Ready,
        WaitingToReconnect, // link lost; a reconnect is scheduled
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const RuntimeReply &)>;

    explicit RuntimeConnection(
        const Endpoint &endpoint, const ConnectionOptions &options = {}, QObject *parent = nullptr);
    ~RuntimeConnection() override; // pending handlers are called with Cancelled

    void open();
    void close(); // pending commands fail: queued ones Cancelled, sent ones Disconnected/OutcomeUnknown

    const Endpoint &endpoint() const { return m_endpoint; }
    const ConnectionOptions &options() const { return m_options; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    AccessLevel level() const { return m_level; }
    HaproxyVersion version() const { return m_version; }
    qint64 workerPid() const { return m_workerPid; }
    // Connected to HAProxy's master CLI (`haproxy -W -S …`), known by its prompt at the
    // handshake. Commands then reach the current worker through `@1`; those addressed to
    // the master (RuntimeCommand::Target) work only here.
    bool isMaster() const { return m_master; }
    // The status the master shows in its prompt ("ReloadFailed" after a failed reload), or
    // empty; masterStatusChanged() when it changes.
    const QByteArray &masterStatus() const { return m_masterStatus; }
    // What an operator would type to send command by hand (echo '…' | socat stdio ADDRESS),
    // routed with `@1` when this is the master CLI.
    QString socatCommandLine(const RuntimeCommand &command) const;
    QString transportDescription() const;
    int pendingCount() const { return int(m_queue.size() + m_inFlight.size()); }
    // The most bytes the persistent session's read buffer has held since this object was made
    // (for tests and diagnostics: an oversized answer stops it at about the command's cap).
    qsizetype peakBufferedBytes() const { return m_framer.peakSize(); }

    // Queues a command. The handler runs exactly once, on this object's thread, unless
    // `context` was destroyed first. Invalid commands and commands the session's level
    // forbids fail at once (asynchronously) without being sent.
    void send(const RuntimeCommand &command, QObject *context, ReplyHandler handler);

    // Called with a description when a nested event loop starts while a reply handler runs
    // (the bug that stalls the connection). By default it logs a critical message, and
    // aborts when HADESK_STRICT_HANDLERS is set (the test suite sets it).
    using NestedLoopHandler = ReplyHandlerScope::NestedLoopHandler;
    static void setNestedLoopHandler(NestedLoopHandler handler);
    // True while a reply handler or a commandFinished() slot of any connection runs.
    static bool inReplyHandler();

signals:
    void stateChanged(RuntimeConnection::State state);
    void ready(); // after each successful handshake
    void levelChanged(AccessLevel level);
    void versionChanged(const HaproxyVersion &version);
    // A reload left this connection on an old worker; it reconnects to the new one.
    void reloadDetected(qint64 oldPid);
    // After a reconnect that followed a reload, the new worker's pid.
    void workerChanged(qint64 oldPid, qint64 newPid);
    void masterStatusChanged();
    void statusMessage(const QString &message); // what is happening, in words
    void errorOccurred(const QString &message);
    // Every non-internal command that finished, sent or not (for the audit log).
    void commandFinished(const RuntimeCommand &command, const RuntimeReply &reply);

private:
    using Pending = PendingCommand;

    struct Delivery
    {
        Pending pending;
        RuntimeReply reply;
    };

    void setState(State state);
    void deliver();
    void pumpAlone();
    void onAloneFinished();
    bool isIdle() const { return m_inFlight.empty() && m_queue.empty() && m_alone.isIdle(); }
    void startConnect();
    void onTransportConnected();
    void onTransportReadyRead();
    // Classifies a framed answer and finishes its command; false when it came from a worker a
    // reload left behind (the link must be dropped).
    bool finishAnswer(Pending &pending, QByteArray body);
    void onTransportLost(const QString &reason);
    void startHandshake();
    void writeHandshake(
        const QList<CliHandshake::Command> &steps, const std::shared_ptr<CliHandshake> &handshake);
    void readHandshake(
        const std::shared_ptr<CliHandshake> &handshake, CliHandshake::Step step, const RuntimeReply &reply);
    QByteArray wireBytes(const RuntimeCommand &command) const; // routed through the master when on one
    QString routingRefusal(const RuntimeCommand &command) const; // empty when it can be sent here
    void noteMasterStatus();
    void finishHandshake(const HaproxyInfo &info);
    void dropLink(const QString &reason, RuntimeError sentReadError);
    void failSent(const QString &reason, RuntimeError sentReadError); // the commands on the wire
    QString scheduleReconnect(const QString &reason); // what to tell
    QString failQueued(); // when no reconnect comes: the commands not sent end; nothing to tell
    void pump();
    void finish(Pending &pending, RuntimeReply reply);
    void failAsync(Pending pending, RuntimeError error, const QString &message);
    void checkTimeouts();
    void onKeepAlive();
    // false when the answer shows a stopping or different worker (a reload happened)
    bool noteInfo(const HaproxyInfo &info);
    void sendProbe();
    int commandTimeout(const RuntimeCommand &command) const
    {
        return command.timeoutMs() > 0 ? command.timeoutMs() : m_options.commandTimeoutMs;
    }

    Endpoint m_endpoint;
    ConnectionOptions m_options;
    std::unique_ptr<Transport> m_transport;
    State m_state = State::Disconnected;
    bool m_handshakeDone = false;
    bool m_wantOpen = false;
    bool m_probeInFlight = false;
    bool m_reloadPending = false;

    std::deque<Delivery> m_deliveries; // answered, handlers not yet run
    bool m_deliveryPosted = false;
    AloneCommandPool m_alone;
    quint64 m_transportSerial = 0; // tells a queued signal of an old transport from the current one's
    QElapsedTimer m_headSince; // when the head of m_inFlight became the answer being read

    std::deque<Pending> m_queue; // not yet sent
    std::deque<Pending> m_inFlight; // sent, in order
    PromptFramer m_framer;
    int m_generation = 0; // bumped each time the link is dropped; stale callbacks check it

    AccessLevel m_level = AccessLevel::Unknown;
    HaproxyVersion m_version;
    qint64 m_workerPid = -1;
    bool m_master = false;
    QByteArray m_masterStatus;
    qint64 m_stalePid = -1; // pid of the worker a reload left us on
    QElapsedTimer m_lastAlive; // last `show info` saying Stopping: 0
    bool m_aliveConfirmed = false; // a probe for waiting writes was just answered by a live worker
    QElapsedTimer m_lastActivity;

    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_timeoutTimer;
    QTimer m_keepAliveTimer;
    QTimer m_healthyTimer; // the link stayed up long enough: the backoff starts over
    int m_reconnectDelayMs = 0;
};
