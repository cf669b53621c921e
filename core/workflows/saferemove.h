#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/result.h"
#include "core/workflows/clock.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/servercondition.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class RuntimeConnection;

// Removes one server without cutting anyone off: drain, wait until its sessions are gone
// (or the user's timeout, then shut them down on request), maint, [wait srv-removable on
// 3.0+], del server. Cancellable at every step; whenever it stops, the server's state is
// re-read from HAProxy and reported, never assumed.
class SafeRemove : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not started
        Draining, // `set server B/S state drain` sent
        WaitingForIdle, // polling the server's sessions until none are left
        TimedOut, // still busy after the timeout: shutdownSessions() or cancel()
        ShuttingDownSessions, // `shutdown sessions server B/S` sent
        Maintenance, // `set server B/S state maint` sent
        WaitingRemovable, // HAProxy 3.0+: `wait <ms> srv-removable B/S` sent
        Deleting, // `del server B/S` sent
        Cancelling, // cancel() asked; waiting for a reply in flight, then re-reading the state
        Restoring, // restoreReady(): `set server B/S state ready` sent
        Done, // the server is deleted
        Failed, // errorString() says why, serverCondition() where the server is
        Cancelled, // stopped by the user; serverCondition() where the server is
    };
    Q_ENUM(State)

    struct Options
    {
        int idleTimeoutMs = 60000; // <= 0: wait for the sessions without a time limit
        int pollIntervalMs = 500;
        bool shutdownOnTimeout = false; // shut the sessions down at the timeout instead of asking
        // How long HAProxy may take to let the server go once it is in maintenance: the
        // `wait ... srv-removable` bound on 3.0+; before, how long a `del server` refused for
        // connections still attached is asked again.
        int removableTimeoutMs = 10000;
        Clock *clock = nullptr; // not owned; nullptr: the system clock
    };

    SafeRemove(RuntimeConnection *connection, const QString &backend, const QString &server,
        const Options &options, QObject *parent = nullptr);
    SafeRemove(RuntimeConnection *connection, const QString &backend, const QString &server,
        QObject *parent = nullptr)
        : SafeRemove(connection, backend, server, Options {}, parent)
    { }

    // Starts from Idle; refuses (Failed, nothing sent) when the socket's level is below admin.
    void start();
    // From WaitingForIdle or TimedOut: shuts the server's sessions down, then goes on.
    void shutdownSessions();
    // Stops at the current step, leaving the server where it is; a write in flight is let
    // finish (it cannot be taken back), then the state is re-read and reported.
    void cancel();
    // After Cancelled or Failed with the server still present: `set server B/S state ready`.
    void restoreReady();

    State state() const { return m_state; }
    ServerCondition serverCondition() const { return m_condition; }
    QString backend() const { return m_backend; }
    QString server() const { return m_server; }
    const Options &options() const { return m_options; }
    int initialSessions() const { return m_initialSessions; } // -1 until first read
    int currentSessions() const { return m_currentSessions; } // scur + qcur; -1 until first read
    bool usesWaitRemovable() const; // HAProxy 3.0+
    // HAProxy's own text (verbatim) or the client's reason for Failed; empty otherwise.
    QString errorString() const { return m_error; }
    bool canShutdownSessions() const
    {
        return m_state == State::WaitingForIdle || m_state == State::TimedOut;
    }
    bool canCancel() const;
    bool canRestoreReady() const;

    static QString stateName(State state); // "Draining", for people

signals:
    void stateChanged(SafeRemove::State state);
    void serverConditionChanged(ServerCondition condition);
    // For a progress bar: sessions left (scur + qcur) and the most seen since the wait began.
    void sessionsChanged(int current, int initial);
    // Each command as it is handed to the connection (the poll only once), for people to see.
    void commandSent(const QString &line);
    void message(const QString &text); // what is happening, in words
    void finished(bool ok); // once: Done (true), Failed or Cancelled (false)
    void restoreFinished(bool ok); // after restoreReady()

private:
    void onWorkerChanged(qint64 oldPid, qint64 newPid);
    using Handler = std::function<void(const RuntimeReply &)>;

    void setState(State state);
    void setCondition(ServerCondition condition);
    void send(const Result<RuntimeCommand> &command, Handler handler, bool announce = true);
    // One step of the removal: on success records the condition HAProxy is now in (if the
    // step changes it) and goes on with next() unless a cancel is waiting; on failure re-reads
    // the server's state and fails with HAProxy's words.
    void sendStep(const Result<RuntimeCommand> &command, std::optional<ServerCondition> reached,
        std::function<void()> next);
    void drain();
    void poll();
    void onPolled(const RuntimeReply &reply);
    void schedulePoll();
    void enterTimedOut();
    void maint();
    void waitRemovable();
    void deleteServer();
    // A write or wait answered with an error: re-reads the state, then Failed with the text.
    void failAfterReread(const RuntimeCommand &command, const RuntimeReply &reply);
    void fail(const QString &error);
    // Asks `show servers state B` and updates serverCondition(); then calls next.
    void reread(std::function<void()> next);
    void finishCancel();
    // Fails with m_error once the server's condition is read again (the message names it).
    void failAfterReread();
    // A write's reply arrived while a cancel was asked: honour the cancel now.
    bool cancelPending();

    QPointer<RuntimeConnection> m_connection;
    QString m_backend;
    QString m_server;
    Options m_options;
    State m_state = State::Idle;
    ServerCondition m_condition = ServerCondition::Unknown;
    QString m_error;
    int m_initialSessions = -1;
    int m_currentSessions = -1;
    bool m_cancelRequested = false;
    bool m_pollAnnounced = false;
    bool m_finished = false;
    int m_pollGeneration = 0; // bumped when polling stops; a late poll answer is dropped
    // Its answers are dropped when HAProxy restarts or reloads under a run: the run has failed.
    CommandChannel m_channel;
    Clock *m_clock;
    qint64 m_waitSinceMs = 0; // on m_clock: when the wait for the sessions (re)started
    qint64 m_removableSinceMs = 0; // on m_clock: the first `del server`
    qint64 m_deadlineMs = -1; // after m_waitSinceMs; -1: none
    ClockTimer *m_pollTimer;
    ClockTimer *m_deleteRetryTimer; // `del server` asked again while connections are attached
    int m_deleteRetryGeneration = 0; // m_pollGeneration when it was armed
};
