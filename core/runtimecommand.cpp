#include "runtimecommand.h"

RuntimeCommand RuntimeCommand::make(
    QByteArray line, Effect effect, AccessLevel requiredLevel, SuccessRule rule, QByteArray expectedMessage)
{
    // CommandBuilder validates before calling; this is the last line of defence, so a
    // bug there can never put a second command on the wire.
    Q_ASSERT(!line.contains('\n') && !line.contains('\r') && !line.contains('\0'));
    Q_ASSERT(line.size() <= MaxLineBytes);
    RuntimeCommand command;
    if (line.contains('\n') || line.contains('\r') || line.contains('\0') || line.size() > MaxLineBytes)
        return command;
    command.m_line = std::move(line);
    command.m_effect = effect;
    command.m_requiredLevel = requiredLevel;
    command.m_rule = rule;
    command.m_expected = std::move(expectedMessage);
    return command;
}

RuntimeCommand &RuntimeCommand::setPayload(QByteArray payload)
{
    // An empty line inside would end the payload early and run what follows as commands.
    Q_ASSERT(!payload.contains("\n\n") && !payload.startsWith('\n') && !payload.endsWith('\n'));
    Q_ASSERT(!payload.contains('\r') && !payload.contains('\0'));
    if (payload.contains("\n\n") || payload.startsWith('\n') || payload.endsWith('\n')
        || payload.contains('\r') || payload.contains('\0')) {
        *this = RuntimeCommand();
        return *this;
    }
    m_payload = std::move(payload);
    return *this;
}
