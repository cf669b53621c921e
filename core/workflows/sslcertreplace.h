#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

class CommandChannel;
class RuntimeReply;

// Replaces one certificate HAProxy holds, at runtime: `set ssl cert <name>` with the new PEM
// (a transaction HAProxy keeps aside), then `commit ssl cert <name>`, which makes it the one
// served. A refused or lost `set`, a refused commit, or a cancel between the two sends
// `abort ssl cert <name>` (best effort: its answer does not change the outcome), so the old
// certificate stays and no transaction is left behind. A link lost after the commit was
// sent is an unknown outcome: nothing is sent again, the user reads `show ssl cert` instead.
// The PEM is checked locally first by the caller (PemBundle); here only by the command gate.
class SslCertReplace : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Setting, Committing, Aborting, Done, Failed, Cancelled, OutcomeUnknown };
    Q_ENUM(State)

    // An abort refused because another CLI session holds HAProxy's certificates lock ("currently
    // locked") is sent again after LockedRetryMs times the attempt, up to LockedAttempts times.
    static constexpr int LockedAttempts = 6;
    static constexpr int LockedRetryMs = 100;

    explicit SslCertReplace(CommandChannel *channel, QObject *parent = nullptr);

    // Builds both commands first: a refusal (a name or payload the gate refuses) sends nothing.
    Result<void> start(const QString &name, const QByteArray &pem);
    // Before the commit is sent: aborts the transaction, the old certificate stays. Once the
    // commit is on the wire it is too late, and this does nothing.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    QString name() const { return m_name; }

signals:
    void stateChanged(SslCertReplace::State state);
    void finished(SslCertReplace::State state, const QString &message);

private:
    void setState(State state);
    void sendCommit();
    void abort(State state, const QString &message, int attempt = 1);
    void finish(State state, const QString &message);

    QPointer<CommandChannel> m_channel;
    QString m_name;
    QByteArray m_pem;
    State m_state = State::Idle;
    bool m_cancelRequested = false;
    bool m_inFlight = false;
};
