#include "core/client/consolebatch.h"

ConsoleBatch::ConsoleBatch(QList<ConsoleCommand> commands, AccessLevel level)
    : m_commands(std::move(commands))
    , m_replies(m_commands.size())
    , m_level(level)
{ }

void ConsoleBatch::setReply(qsizetype index, const RuntimeReply &reply)
{
    if (index < 0 || index >= m_replies.size() || m_replies.at(index))
        return;
    m_replies[index] = reply;
}

QStringList ConsoleBatch::takeReadyText()
{
    QStringList text;
    while (m_printed < m_commands.size() && m_replies.at(m_printed)) {
        text += answerText(m_commands.at(m_printed), *m_replies.at(m_printed), m_level);
        ++m_printed;
    }
    return text;
}

QStringList ConsoleBatch::answerText(
    const ConsoleCommand &command, const RuntimeReply &reply, AccessLevel level)
{
    QStringList text;
    if (!command.command.hasPayload())
        text.append(QStringLiteral("> ") + command.text);
    if (command.levelTooLow(level)) {
        text.append(tr("# needs level %1, this session is %2: HAProxy will likely refuse it")
                        .arg(accessLevelName(command.requiredLevel), accessLevelName(level)));
    }
    const QString head = command.command.hasPayload() ? command.text : QString();
    const QString answer = reply.message();
    if (reply.ok()) {
        if (!answer.isEmpty())
            text.append(answer);
        else
            text.append(head.isEmpty() ? tr("(done, no output)") : tr("(%1: done, no output)").arg(head));
        return text;
    }
    QString error =
        head.isEmpty() ? tr("✗ %1").arg(reply.errorMessage) : tr("✗ %1: %2").arg(head, reply.errorMessage);
    if (!answer.isEmpty() && answer != reply.errorMessage)
        error += u'\n' + answer;
    text.append(error);
    return text;
}
