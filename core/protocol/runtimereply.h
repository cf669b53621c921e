#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// Why a command did not succeed. The first group means the line never reached
// HAProxy, so nothing changed; OutcomeUnknown means a write was sent and the
// connection dropped before its answer: it may or may not have been applied.
enum class RuntimeError {
    None,
    // not sent: nothing changed
    Invalid, // refused by the client (bad argument, line too long, ...)
    NotConnected, // no connection within the command's timeout
    Cancelled, // the connection was closed or destroyed before sending
    LevelTooLow, // the session's level forbids it; not sent
    // sent
    Timeout, // no complete answer in time; the connection is reset
    Disconnected, // a read lost its connection before the answer
    OutcomeUnknown, // a write lost its connection before the answer
    AnswerTooLarge, // over the size cap; the connection is reset
    // answered
    PermissionDenied, // HAProxy's "Permission denied"
    UnknownCommand, // HAProxy's "Unknown command..." help dump
    HaproxyError, // any other error text from HAProxy, in errorMessage verbatim
};

// The severity HAProxy put in front of a message with `set severity-output number`.
enum class ReplySeverity { None, Info, Warning, Error };

struct RuntimeReply
{
    RuntimeError error = RuntimeError::None;
    QString errorMessage; // for people; HAProxy's own text for HaproxyError
    QByteArray body; // the answer without prompt and severity prefix
    ReplySeverity severity = ReplySeverity::None;
    qint64 elapsedUs = 0; // from sending to the complete answer

    bool ok() const { return error == RuntimeError::None; }
    bool wasSent() const;
    // The answer as HAProxy's text, without the trailing blank line, for people.
    QString message() const;
    // What went wrong (or what HAProxy said), for people: errorMessage when there is one,
    // else the answer's text.
    QString text() const;
    // A read that failed for a reason that asking again may cure: the connection was not
    // there, dropped, timed out or was closed before sending. Never true for an answer.
    bool isTransient() const;
};

QString runtimeErrorName(RuntimeError error); // stable identifier, e.g. "permission-denied"

Q_DECLARE_METATYPE(RuntimeReply)
