#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class RuntimeConnection;

// The one way a workflow talks to HAProxy: sends a command, drops the answers of an older
// generation (after HAProxy restarted, or the work was stopped), knows whether a write is on
// the wire, and holds the one rule for a write whose outcome is unknown.
class CommandChannel : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const RuntimeReply &)>;

    explicit CommandChannel(RuntimeConnection *connection = nullptr, QObject *parent = nullptr);

    void setConnection(RuntimeConnection *connection);
    RuntimeConnection *connection() const;

    // Hands the command to the connection; handler gets its answer, never inside send().
    // Refused without sending, and answered the same way one event-loop step later: a command
    // the builder refused (RuntimeError::Invalid, its reason as errorMessage) and one with no
    // connection (RuntimeError::Cancelled). Writes are always announced by commandSent(),
    // reads when announce is true. Returns whether the command went to the connection.
    bool send(const Result<RuntimeCommand> &command, Handler handler, bool announce = true);

    // From now on the answers to everything sent so far are dropped, and no write counts as in
    // flight: HAProxy was restarted under the work, or the work was stopped.
    void dropAnswers();
    int generation() const { return m_generation; }
    bool writeInFlight() const { return m_writesInFlight > 0; }

    // A write sent whose answer never came: HAProxy may or may not have applied it. Such a
    // line is never sent again; only the state is read back.
    static bool outcomeUnknown(const RuntimeCommand &command, const RuntimeReply &reply);

signals:
    void commandSent(const QString &line);

private:
    QPointer<RuntimeConnection> m_connection;
    int m_generation = 0;
    int m_writesInFlight = 0; // of this generation
};
