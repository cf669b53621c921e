#pragma once

#include "core/actions/serveraction.h"
#include "core/protocol/runtimereply.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class RuntimeConnection;

// What became of one target of an action.
struct ActionOutcome
{
    enum class Status {
        Pending, // not answered yet
        Ok, // HAProxy applied it
        Failed, // HAProxy (or the client, before sending) refused it: nothing changed
        NotSent, // cancelled, or stopped after the connection dropped: nothing changed
        Unknown, // sent, and the connection dropped before the answer: may have been applied
    };

    ServerTarget target;
    RuntimeCommand command;
    Status status = Status::Pending;
    RuntimeReply reply;
    QString text; // for people: "OK", HAProxy's error verbatim, or why nothing was sent
};

struct ActionSummary
{
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    int unknown = 0;
    bool cancelled = false;
    QString error; // set when nothing was sent at all: the plan or the level was refused

    bool allOk() const { return total > 0 && succeeded == total; }
    QString text() const; // "3 of 3 done", "2 done, 1 failed", ...
};

// Sends the steps of a ServerAction on a RuntimeConnection, in order, a few at a time
// (pipelined), and reports each target's result as it arrives. Writes are never re-sent:
// after a dropped connection it stops sending and asks for a refresh instead, because
// only HAProxy's state can tell what a lost write did.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(RuntimeConnection *connection, QObject *parent = nullptr);

    // Commands handed to the connection and not yet answered; cancel() stops at the next
    // one, so a small window keeps cancel meaningful while still hiding the round trips.
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }

    // Plans the action and runs it. False (and finished() with summary.error, every
    // target NotSent or Failed, nothing sent) when the plan or the session's level is
    // refused. Refused while a run is going on.
    bool start(const ServerAction &action);
    // Stops sending: commands already sent still complete and are reported; the rest are
    // NotSent. finished() follows once the sent ones are answered.
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<ActionOutcome> &outcomes() const { return m_outcomes; }
    ActionSummary summary() const;

    // "OK", or the reason in words: HAProxy's own text for its errors.
    static QString describe(const RuntimeReply &reply);
    static ActionOutcome::Status statusOf(const RuntimeReply &reply);

signals:
    void started(int total);
    void progress(int done, int total);
    void targetFinished(const ServerTarget &target, const RuntimeReply &reply);
    void finished(const ActionSummary &summary);
    // A write's outcome is unknown or the link dropped: the shown state is stale.
    void refreshRequested();

private:
    void pump();
    void onReply(int index, const RuntimeReply &reply);
    void markRemainingNotSent(const QString &reason);
    void retractUnanswered();
    void finishIfDone();

    QPointer<RuntimeConnection> m_connection;
    int m_maxInFlight = 4;
    QList<ActionOutcome> m_outcomes;
    // One context object per step handed to the connection: deleting it withdraws a
    // command the connection has queued but not sent (see retractUnanswered()).
    QList<QObject *> m_tokens;
    int m_next = 0; // first step not yet handed to the connection
    int m_inFlight = 0;
    int m_done = 0;
    int m_generation = 0; // bumped per run, so a late reply of an old run is ignored
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopped = false; // no more sending (cancel or dropped link)
    bool m_refreshAsked = false;
    QString m_error;
};

Q_DECLARE_METATYPE(ActionSummary)
