#include "core/client/clihandshake.h"

#include "core/protocol/commandbuilder.h"

#include <algorithm>

CliHandshake::Command CliHandshake::promptCommand(int timeoutMs)
{
    Command prompt { Step::Prompt, CommandBuilder::prompt() };
    prompt.command.setInternal(true).setTimeoutMs(timeoutMs).setTarget(RuntimeCommand::Target::Master);
    return prompt;
}

QList<CliHandshake::Command> CliHandshake::commands(bool master, int cliTimeoutSeconds, int timeoutMs)
{
    QList<Command> list;
    if (master) {
        RuntimeCommand level = CommandBuilder::showCliLevel();
        list = { { Step::CliLevel, level.setTarget(RuntimeCommand::Target::Master) },
            { Step::Info, CommandBuilder::showInfo() } };
    } else {
        list = { { Step::SeverityOutput, CommandBuilder::setSeverityOutputNumber() },
            { Step::CliLevel, CommandBuilder::showCliLevel() }, { Step::Info, CommandBuilder::showInfo() } };
        if (const auto timeout = CommandBuilder::setTimeoutCli(std::max(1, cliTimeoutSeconds)))
            list.append({ Step::CliTimeout, timeout.value() });
    }
    for (Command &command : list)
        command.command.setInternal(true).setTimeoutMs(timeoutMs);
    return list;
}

CliHandshake::Outcome CliHandshake::read(Step step, const RuntimeReply &reply)
{
    switch (step) {
    case Step::Prompt:
        // Switching to prompt mode answers nothing but the prompt.
        return reply.body.trimmed().isEmpty() ? Outcome::Continue : Outcome::NotCli;
    case Step::CliLevel:
        m_level = accessLevelFromName(reply.body);
        return Outcome::Continue;
    case Step::Info:
        if (!reply.ok())
            return Outcome::Continue;
        m_info = InfoParser::parse(reply.body);
        return m_info.isEmpty() ? Outcome::NoInfo : Outcome::Done;
    case Step::SeverityOutput:
    case Step::CliTimeout:
        break;
    }
    return Outcome::Continue;
}
