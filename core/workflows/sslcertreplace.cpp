#include "core/workflows/sslcertreplace.h"

#include "core/logging.h"
#include "core/protocol/sslcertcommands.h"
#include "core/workflows/commandchannel.h"

#include <QTimer>

SslCertReplace::SslCertReplace(CommandChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{ }

bool SslCertReplace::isRunning() const
{
    return m_state == State::Setting || m_state == State::Committing || m_state == State::Aborting;
}

Result<void> SslCertReplace::start(const QString &name, const QByteArray &pem)
{
    if (isRunning())
        return Result<void>::failure(tr("a replacement is already running"));
    if (!m_channel)
        return Result<void>::failure(tr("there is no connection to send through"));
    const auto set = SslCertCommands::setCert(name, QString::fromUtf8(pem));
    if (!set)
        return Result<void>::failure(set.error());
    const auto commit = SslCertCommands::commitCert(name);
    if (!commit)
        return Result<void>::failure(commit.error());
    m_name = name;
    m_pem = pem;
    m_cancelRequested = false;
    setState(State::Setting);
    m_inFlight = true;
    m_channel->send(set, [this, set](const RuntimeReply &reply) {
        m_inFlight = false;
        if (m_cancelRequested)
            return abort(
                State::Cancelled, tr("Cancelled: the transaction was aborted; the old certificate stays."));
        if (!reply.ok()) {
            // Lost or refused: HAProxy may hold a transaction; drop it so nothing is left.
            const QString what = CommandChannel::outcomeUnknown(*set, reply)
                ? tr("The link was lost while the new certificate was sent (%1)")
                : tr("HAProxy refused the new certificate: %1");
            return abort(State::Failed,
                what.arg(reply.text()) + u' ' + tr("Nothing was committed; the old certificate stays."));
        }
        sendCommit();
    });
    return {};
}

void SslCertReplace::cancel()
{
    if (m_state != State::Setting)
        return;
    m_cancelRequested = true;
    if (!m_inFlight)
        abort(State::Cancelled, tr("Cancelled: the transaction was aborted; the old certificate stays."));
}

void SslCertReplace::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SslCertReplace::sendCommit()
{
    setState(State::Committing);
    const auto commit = SslCertCommands::commitCert(m_name);
    m_inFlight = true;
    m_channel->send(commit, [this, commit](const RuntimeReply &reply) {
        m_inFlight = false;
        if (CommandChannel::outcomeUnknown(*commit, reply)) {
            return finish(State::OutcomeUnknown,
                tr("The link was lost after the commit was sent: the new certificate may or may not be "
                   "served. Refresh the list and look at its serial before doing anything else."));
        }
        if (!reply.ok()) {
            return abort(State::Failed,
                tr("HAProxy refused the commit: %1 The transaction was aborted; the old certificate stays.")
                    .arg(reply.text()));
        }
        finish(State::Done, tr("The new certificate is served for %1.").arg(m_name));
    });
}

void SslCertReplace::abort(State state, const QString &message, int attempt)
{
    if (!m_channel)
        return finish(state, message);
    setState(State::Aborting);
    m_inFlight = true;
    m_channel->send(
        SslCertCommands::abortCert(m_name), [this, state, message, attempt](const RuntimeReply &reply) {
            m_inFlight = false;
            // Refused because another CLI session holds the certificates lock: nothing was done,
            // so asking again is safe; the transaction would stay otherwise.
            if (!reply.ok() && reply.body.contains("currently locked") && attempt < LockedAttempts) {
                QTimer::singleShot(LockedRetryMs * attempt, this,
                    [this, state, message, attempt] { abort(state, message, attempt + 1); });
                return;
            }
            finish(state, message);
        });
}

void SslCertReplace::finish(State state, const QString &message)
{
    qCInfo(lcWorkflow) << "certificate replace of" << m_name << "ended:" << message;
    m_pem.clear();
    setState(state);
    emit finished(state, message);
}
