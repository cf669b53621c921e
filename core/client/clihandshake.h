#pragma once

#include "core/parsers/infoparser.h"
#include "core/protocol/accesslevel.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"

#include <QList>

// What RuntimeConnection sends when a link comes up, in two writes, and what it learns from the
// answers: prompt mode, error tags on messages ([3]/[4]/[6]), the session's level, who we are
// talking to (`show info`), then our own idle timeout. Feed each command's reply to read(),
// in order; the handshake is done when read() returns Outcome::Done.
class CliHandshake
{
public:
    enum class Step { Prompt, SeverityOutput, CliLevel, Info, CliTimeout };
    enum class Outcome {
        Continue, // more answers to come (or a reply that tells nothing)
        NotCli, // the prompt command got an answer: no HAProxy CLI
        NoInfo, // `show info` answered with nothing to read
        Done, // level() and info() are known
    };
    struct Command
    {
        Step step;
        RuntimeCommand command; // internal, with the handshake's time limit
    };

    // `prompt`, written alone first: its answer tells a worker's stats socket from the
    // master CLI (PromptFramer::style()).
    static Command promptCommand(int timeoutMs);
    // The rest, in the order they are written. On a worker: severity tags, level, `show info`,
    // then `set timeout cli`, last on purpose: HAProxy 2.6 ignores it (and even `stats
    // timeout`) for a session when two or more commands follow it in the same read. Through
    // the master: its own level, then the current worker's `show info` (the master keeps no
    // per-session settings for its workers and never times an idle session out).
    static QList<Command> commands(bool master, int cliTimeoutSeconds, int timeoutMs);

    Outcome read(Step step, const RuntimeReply &reply);
    AccessLevel level() const { return m_level; }
    const HaproxyInfo &info() const { return m_info; }

private:
    AccessLevel m_level = AccessLevel::Unknown;
    HaproxyInfo m_info;
};
