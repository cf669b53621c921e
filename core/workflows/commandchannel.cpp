#include "core/workflows/commandchannel.h"

#include "core/client/runtimeconnection.h"

CommandChannel::CommandChannel(RuntimeConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

void CommandChannel::setConnection(RuntimeConnection *connection)
{
    m_connection = connection;
}

RuntimeConnection *CommandChannel::connection() const
{
    return m_connection;
}

bool CommandChannel::send(const Result<RuntimeCommand> &command, Handler handler, bool announce)
{
    RuntimeReply refused;
    if (!command) {
        refused.error = RuntimeError::Invalid;
        refused.errorMessage = command.error();
    } else if (!m_connection) {
        refused.error = RuntimeError::Cancelled;
        refused.errorMessage = tr("The connection to HAProxy is gone.");
    }
    if (!refused.ok()) {
        // Answered later, like a real reply, so that handlers never run inside send().
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation, handler = std::move(handler), refused] {
                if (generation == m_generation)
                    handler(refused);
            },
            Qt::QueuedConnection);
        return false;
    }
    const bool write = command->isWrite();
    if (announce || write)
        emit commandSent(command->text());
    if (write)
        ++m_writesInFlight;
    m_connection->send(*command, this,
        [this, write, generation = m_generation, handler = std::move(handler)](const RuntimeReply &reply) {
            if (generation != m_generation)
                return;
            if (write)
                --m_writesInFlight;
            handler(reply);
        });
    return true;
}

void CommandChannel::dropAnswers()
{
    ++m_generation;
    m_writesInFlight = 0;
}

bool CommandChannel::outcomeUnknown(const RuntimeCommand &command, const RuntimeReply &reply)
{
    return reply.error == RuntimeError::OutcomeUnknown
        || (command.isWrite()
            && (reply.error == RuntimeError::Timeout || reply.error == RuntimeError::Disconnected));
}
