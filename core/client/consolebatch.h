#pragma once

#include "core/client/consolesession.h"
#include "core/protocol/accesslevel.h"
#include "core/protocol/runtimereply.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// The commands of one typed line and their answers: the answers come out as text in the
// order typed, each under its command, even should one finish out of order (a client-side
// failure is reported at once).
class ConsoleBatch
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleBatch)

public:
    // level: the session's when the line is sent, for the "needs level" warning.
    ConsoleBatch(QList<ConsoleCommand> commands, AccessLevel level);

    const QList<ConsoleCommand> &commands() const { return m_commands; }
    // Keeps the answer of the command at index (a second answer to it is ignored).
    void setReply(qsizetype index, const RuntimeReply &reply);
    // The text of the answers that can now be shown in order, each once: a command waits
    // for the ones typed before it.
    QStringList takeReadyText();
    bool isDone() const { return m_printed == m_commands.size(); }

    // How one command and its answer are shown: the echoed command (a payload command was
    // echoed with its lines as they were typed), a level warning, then the answer or error.
    static QStringList answerText(
        const ConsoleCommand &command, const RuntimeReply &reply, AccessLevel level);

private:
    QList<ConsoleCommand> m_commands;
    QList<std::optional<RuntimeReply>> m_replies;
    qsizetype m_printed = 0;
    AccessLevel m_level = AccessLevel::Unknown;
};
