#include "core/actions/actionrunner.h"

#include "core/client/runtimeconnection.h"

#include <QTimer>

QString ActionSummary::text() const
{
    if (!error.isEmpty())
        return error;
    QStringList parts;
    if (succeeded == total)
        return ActionRunner::tr("%1 of %2 done").arg(succeeded).arg(total);
    parts << ActionRunner::tr("%1 done").arg(succeeded);
    if (failed > 0)
        parts << ActionRunner::tr("%1 failed").arg(failed);
    if (unknown > 0)
        parts << ActionRunner::tr("%1 unknown").arg(unknown);
    if (notSent > 0)
        parts << ActionRunner::tr("%1 not sent").arg(notSent);
    QString result = parts.join(QStringLiteral(", "));
    if (cancelled)
        result = ActionRunner::tr("Cancelled: %1").arg(result);
    return result;
}

ActionRunner::ActionRunner(RuntimeConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<ServerTarget>();
    qRegisterMetaType<ActionSummary>();
    qRegisterMetaType<RuntimeReply>();
}

ActionOutcome::Status ActionRunner::statusOf(const RuntimeReply &reply)
{
    if (reply.ok())
        return ActionOutcome::Status::Ok;
    switch (reply.error) {
    case RuntimeError::OutcomeUnknown:
    case RuntimeError::Timeout:
    case RuntimeError::Disconnected:
    case RuntimeError::AnswerTooLarge:
        // Sent, and no complete answer: HAProxy may have applied it.
        return ActionOutcome::Status::Unknown;
    case RuntimeError::NotConnected:
    case RuntimeError::Cancelled:
        return ActionOutcome::Status::NotSent;
    default:
        return ActionOutcome::Status::Failed;
    }
}

QString ActionRunner::describe(const RuntimeReply &reply)
{
    if (reply.ok()) {
        // `set server ... addr` answers with a message even on success: show it.
        const QString message = reply.message().trimmed();
        return message.isEmpty() ? tr("OK") : tr("OK: %1").arg(message);
    }
    switch (reply.error) {
    case RuntimeError::PermissionDenied:
        return tr("Permission denied: this socket's level does not allow this command.");
    case RuntimeError::OutcomeUnknown:
    case RuntimeError::Timeout:
    case RuntimeError::Disconnected:
    case RuntimeError::AnswerTooLarge:
        return tr("The connection dropped after sending; the result is unknown — the row will be "
                  "refreshed.");
    case RuntimeError::HaproxyError:
    case RuntimeError::UnknownCommand: {
        // HAProxy's words, verbatim: they name the problem better than we could.
        const QString text = reply.errorMessage.isEmpty() ? reply.message() : reply.errorMessage;
        return text.trimmed();
    }
    default:
        return reply.errorMessage.isEmpty() ? runtimeErrorName(reply.error) : reply.errorMessage;
    }
}

bool ActionRunner::start(const ServerAction &action)
{
    if (m_running)
        return false;
    ++m_generation;
    qDeleteAll(m_tokens);
    m_tokens.clear();
    m_outcomes.clear();
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_cancelled = false;
    m_stopped = false;
    m_refreshAsked = false;
    m_error.clear();

    const Result<QList<ServerAction::Step>> plan = action.plan();
    QString refusal;
    if (!plan) {
        refusal = plan.error();
        for (const ServerTarget &target : action.targets())
            m_outcomes.append(ActionOutcome { target, {}, ActionOutcome::Status::NotSent, {}, refusal });
    } else {
        for (const ServerAction::Step &step : plan.value())
            m_outcomes.append(
                ActionOutcome { step.target, step.command, ActionOutcome::Status::Pending, {}, {} });
        if (!m_connection) {
            refusal = tr("Not connected.");
        } else {
            refusal = action.disabledReason(m_connection->level());
        }
        if (!refusal.isEmpty()) {
            // Known beforehand: say it once instead of letting every command bounce.
            for (ActionOutcome &outcome : m_outcomes) {
                outcome.status = ActionOutcome::Status::Failed;
                outcome.reply.error = RuntimeError::LevelTooLow;
                outcome.reply.errorMessage = refusal;
                outcome.text = refusal;
            }
            if (!m_connection)
                for (ActionOutcome &outcome : m_outcomes)
                    outcome.reply.error = RuntimeError::NotConnected;
        }
    }

    m_running = true;
    emit started(int(m_outcomes.size()));
    if (!refusal.isEmpty()) {
        m_error = refusal;
        m_done = int(m_outcomes.size());
        m_next = m_done;
        m_stopped = true;
        // Asynchronous like every other ending, so callers can connect after start().
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                finishIfDone();
        });
        return false;
    }
    emit progress(0, int(m_outcomes.size()));
    pump();
    return true;
}

void ActionRunner::pump()
{
    while (!m_stopped && m_next < m_outcomes.size() && m_inFlight < m_maxInFlight) {
        const int index = m_next++;
        ++m_inFlight;
        auto *token = new QObject(this);
        m_tokens.append(token);
        m_connection->send(m_outcomes.at(index).command, token,
            [this, index, generation = m_generation](const RuntimeReply &reply) {
                if (generation == m_generation)
                    onReply(index, reply);
            });
    }
}

void ActionRunner::onReply(int index, const RuntimeReply &reply)
{
    --m_inFlight;
    ++m_done;
    ActionOutcome &outcome = m_outcomes[index];
    outcome.reply = reply;
    outcome.status = statusOf(reply);
    outcome.text = describe(reply);
    const int total = int(m_outcomes.size());
    emit targetFinished(outcome.target, reply);
    emit progress(m_done, total);

    if (outcome.status == ActionOutcome::Status::Unknown) {
        // The link dropped: what is still to send would go out on a new connection after a
        // state nobody has seen yet. Stop, and let a refresh show what happened.
        if (!m_stopped) {
            markRemainingNotSent(tr("Not sent: stopped after the connection dropped."));
            // The connection answers every command that was on the wire right away, in one
            // go; what it still holds afterwards was never sent and would go out after the
            // reconnect. Withdraw those once the wire's answers are all in.
            QTimer::singleShot(0, this, [this, generation = m_generation] {
                if (generation == m_generation)
                    retractUnanswered();
            });
        }
        if (!m_refreshAsked) {
            m_refreshAsked = true;
            emit refreshRequested();
        }
    }
    pump();
    finishIfDone();
}

void ActionRunner::markRemainingNotSent(const QString &reason)
{
    m_stopped = true;
    const int total = int(m_outcomes.size());
    for (int i = m_next; i < total; ++i) {
        ActionOutcome &outcome = m_outcomes[i];
        outcome.status = ActionOutcome::Status::NotSent;
        outcome.reply.error = RuntimeError::Cancelled;
        outcome.reply.errorMessage = reason;
        outcome.text = reason;
        ++m_done;
        emit targetFinished(outcome.target, outcome.reply);
    }
    m_next = total;
    emit progress(m_done, total);
}

void ActionRunner::retractUnanswered()
{
    const QString reason = tr("Not sent: stopped after the connection dropped.");
    const int total = int(m_outcomes.size());
    for (int i = 0; i < std::min<int>(total, int(m_tokens.size())); ++i) {
        ActionOutcome &outcome = m_outcomes[i];
        if (outcome.status != ActionOutcome::Status::Pending)
            continue;
        delete m_tokens.at(i); // the connection now drops it unsent, without calling back
        m_tokens[i] = nullptr;
        outcome.status = ActionOutcome::Status::NotSent;
        outcome.reply.error = RuntimeError::Cancelled;
        outcome.reply.errorMessage = reason;
        outcome.text = reason;
        --m_inFlight;
        ++m_done;
        emit targetFinished(outcome.target, outcome.reply);
    }
    emit progress(m_done, total);
    finishIfDone();
}

void ActionRunner::cancel()
{
    if (!m_running || m_stopped)
        return;
    m_cancelled = true;
    markRemainingNotSent(tr("Not sent: cancelled."));
    finishIfDone();
}

void ActionRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || m_next < m_outcomes.size())
        return;
    m_running = false;
    emit finished(summary());
}

ActionSummary ActionRunner::summary() const
{
    ActionSummary result;
    result.total = int(m_outcomes.size());
    result.cancelled = m_cancelled;
    result.error = m_error;
    for (const ActionOutcome &outcome : m_outcomes) {
        switch (outcome.status) {
        case ActionOutcome::Status::Ok:
            ++result.succeeded;
            break;
        case ActionOutcome::Status::Failed:
            ++result.failed;
            break;
        case ActionOutcome::Status::NotSent:
            ++result.notSent;
            break;
        case ActionOutcome::Status::Unknown:
            ++result.unknown;
            break;
        case ActionOutcome::Status::Pending:
            break;
        }
    }
    return result;
}
