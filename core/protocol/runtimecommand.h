#pragma once

#include "core/protocol/accesslevel.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One Runtime API command line, already validated and escaped by CommandBuilder,
// with what the client needs to send it safely and judge its answer.
class RuntimeCommand
{
public:
    // HAProxy reads at most 15,360 bytes per line, LF included; a longer line is never
    // answered and leaves a session stuck in HAProxy, so such lines are refused before sending.
    static constexpr qsizetype MaxLineBytes = 15359;

    // Write commands change HAProxy's state: they are never re-sent automatically.
    enum class Effect { Read, Write };

    // How a successful answer looks, so that error text is never taken for success.
    enum class SuccessRule {
        AnyAnswer, // a dump (show ...): any body that is not an error
        EmptyAnswer, // set/enable/disable/shutdown: success is an empty body, text is an error
        ExpectedMessage, // success is a body starting with expectedMessage()
        AddressChange, // `set server ... addr`: a message even on success
        CommitMessage, // `commit ssl ...`: starts with expectedMessage() and ends in "Success!"
    };

    RuntimeCommand() = default; // invalid; CommandBuilder makes valid ones

    // For CommandBuilder: wraps a line it has validated. Checks it again in every build: a
    // line with LF, CR or NUL, or longer than MaxLineBytes, gives an invalid command.
    static RuntimeCommand make(QByteArray line, Effect effect, AccessLevel requiredLevel,
        SuccessRule rule = SuccessRule::AnyAnswer, QByteArray expectedMessage = {});

    bool isValid() const { return !m_line.isEmpty(); }
    const QByteArray &line() const { return m_line; } // without the final LF
    // The line, then for a payload command its payload lines and the empty line that ends it.
    QByteArray wireBytes() const
    {
        if (m_payload.isEmpty())
            return m_line + '\n';
        return m_line + '\n' + m_payload + '\n' + payloadEnd() + '\n';
    }
    QString text() const { return QString::fromUtf8(m_line); }
    Effect effect() const { return m_effect; }
    bool isWrite() const { return m_effect == Effect::Write; }
    AccessLevel requiredLevel() const { return m_requiredLevel; }
    SuccessRule successRule() const { return m_rule; }
    const QByteArray &expectedMessage() const { return m_expected; }

    // Per-command answer timeout in ms; 0 means the connection's default. Commands
    // that wait in HAProxy (`wait ...`) carry their own, longer one.
    int timeoutMs() const { return m_timeoutMs; }
    RuntimeCommand &setTimeoutMs(int ms)
    {
        m_timeoutMs = ms;
        return *this;
    }

    // The largest answer accepted for this command, in bytes; 0 means the connection's own
    // ceiling (ConnectionOptions::maxAnswerBytes, or maxAloneAnswerBytes when it runs alone),
    // which also caps this. The client stops reading and fails the command as soon as the
    // answer passes it, so a runaway answer costs about this much memory and no more.
    // CommandBuilder sets it by the kind of answer the command gets (see the constants).
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    RuntimeCommand &setMaxAnswerBytes(qint64 bytes)
    {
        m_maxAnswerBytes = bytes;
        return *this;
    }
    // A status line, a number or a short message; HAProxy's help text (its answer to a
    // command it does not know, ~15 KiB on 3.x) must still fit.
    static constexpr qint64 ShortAnswerBytes = 256 * 1024;
    // Dumps that grow with the configuration (`show stat`, `show servers state|conn`,
    // `show backend`): a `show stat` row is 1-2 KiB with ordinary names and at most ~5 KiB
    // with proxy and server names at HAProxy's 1,024-byte limit, so this holds ~12,000 servers
    // at the worst and far more in practice.
    static constexpr qint64 DumpAnswerBytes = 64ll * 1024 * 1024;
    // Whatever a person types in the console: shown as text, so kept to what a view can hold.
    static constexpr qint64 ConsoleAnswerBytes = 16ll * 1024 * 1024;

    // Internal commands (handshake, keep-alive) are not reported to listeners of the
    // connection's commandFinished() signal, so they stay out of the audit log.
    bool isInternal() const { return m_internal; }
    RuntimeCommand &setInternal(bool internal)
    {
        m_internal = internal;
        return *this;
    }

    // The word that makes HAProxy read the lines after `line` as a payload, or empty when
    // it is an ordinary line: a line ending in "<<" does on every version, and from 2.9 on
    // so does a last word starting with "<<" (a custom end marker: `add map #0 <<EOF`;
    // a backslash before the space does not stop it).
    static QByteArrayView payloadMarker(QByteArrayView line);

    // A multi-line payload (`add map #0 <<`): the lines after the command line, joined by
    // LF, without the line that ends it: an empty line after a plain "<<", the end marker
    // after "<<MARK". For CommandBuilder::rawWithPayload, which checks that no line of it
    // would end it early (HAProxy would run the rest as commands). In prompt mode HAProxy
    // answers each line before the last with a "+ " prompt; RuntimeConnection removes them.
    const QByteArray &payload() const { return m_payload; }
    bool hasPayload() const { return !m_payload.isEmpty(); }
    RuntimeCommand &setPayload(QByteArray payload);
    // The line that ends the payload: empty for "<<", MARK for "<<MARK".
    QByteArray payloadEnd() const;
    // How many "+ " continuation prompts a prompt-mode answer starts with: one for the
    // command line and one per payload line.
    int payloadPromptCount() const { return m_payload.isEmpty() ? 0 : int(m_payload.count('\n')) + 2; }

    // Answered on a short-lived connection of its own, in HAProxy's non-interactive mode
    // and framed on HAProxy closing it, never pipelined on the shared prompt-mode session:
    // free-form answers (console dumps, map values, `show env`) can hold the prompt text
    // "\n> " and would cut a pipelined answer short, and commands that wait in HAProxy
    // (`wait`) would hold up every poll and action behind them.
    bool runsAlone() const { return m_runsAlone; }
    RuntimeCommand &setRunsAlone(bool alone)
    {
        m_runsAlone = alone;
        return *this;
    }

    // Which process answers when the connection is HAProxy's master CLI (`haproxy -S`). On a
    // worker's own stats socket only CurrentWorker commands can be sent; the others fail
    // without being sent. Through the master the line is sent as `@1 <line>` (CurrentWorker),
    // as it is (Master) or as `@!<pid> <line>` (Worker).
    enum class Target { CurrentWorker, Master, Worker };
    Target target() const { return m_target; }
    qint64 workerPid() const { return m_workerPid; } // Target::Worker only
    RuntimeCommand &setTarget(Target target)
    {
        m_target = target;
        return *this;
    }
    // A copy addressed to one worker by pid (an old worker still draining). It runs alone:
    // HAProxy 2.6's master closes the session when that pid has exited meanwhile.
    RuntimeCommand onWorker(qint64 pid) const
    {
        RuntimeCommand copy = *this;
        copy.m_target = Target::Worker;
        copy.m_workerPid = pid;
        copy.m_runsAlone = true;
        return copy;
    }
    // What goes before the line on a master CLI session: "@1 ", "" or "@!<pid> ".
    QByteArray masterPrefix() const;
    // wireBytes() as sent through the master CLI.
    QByteArray masterWireBytes() const { return masterPrefix() + wireBytes(); }

    // Typed by a person (console): recorded in the audit log even when it only reads.
    bool isUserTyped() const { return m_userTyped; }
    RuntimeCommand &setUserTyped(bool typed)
    {
        m_userTyped = typed;
        return *this;
    }

    // The console lowers this to User so that HAProxy, not the client's guess for a
    // command it does not know, decides; the guess is shown to the person instead.
    RuntimeCommand &setRequiredLevel(AccessLevel level)
    {
        m_requiredLevel = level;
        return *this;
    }

    bool operator==(const RuntimeCommand &other) const
    {
        return m_line == other.m_line && m_payload == other.m_payload && m_target == other.m_target
            && m_workerPid == other.m_workerPid;
    }

private:
    QByteArray m_line;
    QByteArray m_expected;
    QByteArray m_payload;
    Effect m_effect = Effect::Read;
    AccessLevel m_requiredLevel = AccessLevel::User;
    SuccessRule m_rule = SuccessRule::AnyAnswer;
    int m_timeoutMs = 0;
    qint64 m_maxAnswerBytes = 0;
    bool m_internal = false;
    bool m_userTyped = false;
    bool m_runsAlone = false;
    Target m_target = Target::CurrentWorker;
    qint64 m_workerPid = 0;
};

Q_DECLARE_METATYPE(RuntimeCommand)
