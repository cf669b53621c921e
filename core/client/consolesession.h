#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/accesslevel.h"
#include "core/protocol/haproxyversion.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One command of a typed line, as the console will send it.
struct ConsoleCommand
{
    QString text; // the command line as sent (escapes kept: HAProxy reads them)
    RuntimeCommand command; // valid when error is empty: user-typed, level left to HAProxy
    QString error; // why it is refused; nothing of the line is sent then
    AccessLevel requiredLevel = AccessLevel::Unknown; // the client's guess (docs/runtime-api.md, "Levels")
    bool known = false; // its first words are a command of the `help` list

    bool ok() const { return error.isEmpty(); }
    // The guess says the session's level is too low. HAProxy still decides: it is sent.
    bool levelTooLow(AccessLevel sessionLevel) const
    {
        return sessionLevel != AccessLevel::Unknown && requiredLevel > sessionLevel;
    }
};

// What a typed line turns into.
struct ConsoleSubmission
{
    enum class Kind {
        Refused, // error says why; nothing is sent
        Commands, // send commands, in order
        PayloadStarted, // a line ending in "<<": the following lines are its payload
        PayloadLine, // one more payload line kept
        Empty, // nothing typed
    };
    Kind kind = Kind::Empty;
    QList<ConsoleCommand> commands;
    QString error;
};

// The console's logic without widgets: splits a typed line into the commands HAProxy will
// run, builds each through CommandBuilder (refusing dangerous input before anything is
// sent), guesses the level each needs, completes command words (from the instance's `help`)
// and backend/server names (from the latest snapshot), keeps the multi-line payload state and
// a history persisted atomically.
class ConsoleSession
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)

public:
    static constexpr int MaxHistory = 1000;

    // What a command takes after its words, for completion.
    enum class Argument { None, Server, Backend, BackendPrefix, Frontend };
    struct CommandWords
    {
        QStringList words; // "set", "server"
        Argument argument = Argument::None;
        bool operator==(const CommandWords &) const = default;
    };

    ConsoleSession();

    // Splits on ';' as HAProxy does: a '\' escapes the next character (so "\;" is a literal
    // ';' and "\\;" a backslash then a separator). Parts are trimmed; empty parts (";;",
    // a trailing ';') are dropped, since HAProxy would answer them with its whole help.
    static QStringList splitCommands(const QString &line);

    // Builds the commands of a line without changing the session (for a preview).
    QList<ConsoleCommand> commandsOf(const QString &line) const;
    // One line of text saying how a line will be sent: each command as HAProxy will run it,
    // numbered, with "\;" explained; or why it is refused.
    QString preview(const QString &line, AccessLevel sessionLevel) const;

    // Feeds a typed line (Return). In payload mode, lines are kept until the one that ends
    // the payload (an empty line after "<<", MARK after "<<MARK") and yields the command
    // with it.
    ConsoleSubmission submit(const QString &line);
    bool inPayload() const { return !m_payloadCommand.isEmpty(); }
    QString payloadCommand() const { return m_payloadCommand; }
    int payloadLineCount() const { return int(m_payloadLines.size()); }
    void cancelPayload();

    // Commands and their argument kinds: from `help`'s answer, else the built-in list.
    static QList<CommandWords> parseHelp(const QByteArray &helpAnswer);
    static QList<CommandWords> builtinCommands();
    // False (keeping the current list) when the answer holds no command.
    bool setHelpAnswer(const QByteArray &helpAnswer);
    bool usesHelpAnswer() const { return m_fromHelp; }
    const QList<CommandWords> &commandWords() const { return m_commands; }

    void setSnapshot(const SnapshotPtr &snapshot);
    void setNames(const QStringList &backends, const QStringList &servers, const QStringList &frontends);

    // Candidates for the word being typed at the end of line (the last command of it):
    // command words, or backend/server names where the command takes one. Each candidate
    // is the whole line with that word completed, sorted.
    QStringList completions(const QString &line) const;
    // The word candidates alone (without the line before them).
    QStringList wordCompletions(const QString &line) const;

    // History: oldest first, without consecutive duplicates, at most MaxHistory. A line that
    // carries a secret (SecretRedaction::mayKeepInHistory()) is never kept, in memory or in the
    // file; payload lines never are either (only the line that starts a payload).
    static QString defaultHistoryPath(); // AppDataLocation/console-history.json
    void setHistoryPath(const QString &path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }
    // A missing file is an empty history. One that cannot be read is kept aside as
    // <file>.corrupt (the history in memory stays as it was): false, with *error naming the
    // copy. When no copy can be made, saveHistory() refuses to write over the file.
    bool loadHistory(QString *error = nullptr);
    bool saveHistory(QString *error = nullptr) const; // atomic and private (AtomicFile: 0600)
    void addToHistory(const QString &entry);
    const QStringList &history() const { return m_history; }
    // Up/Down: the entry before/after the one shown; current is kept to come back to.
    QString historyPrevious(const QString &current);
    QString historyNext();
    void resetHistoryNavigation();
    // Ctrl+R: the newest entry before index `before` (-1: from the end) containing text;
    // its index in *found, -1 when none.
    QString searchHistory(const QString &text, int before, int *found) const;

    // The instance's version decides whether "<<MARK" payloads are allowed (2.9+).
    void setHaproxyVersion(const HaproxyVersion &version) { m_version = version; }

private:
    ConsoleSubmission submitPayloadLine(const QString &line);
    // The line's only command ends in "<<" (end empty) or "<<end": checks it and enters payload mode.
    ConsoleSubmission startPayload(const QList<ConsoleCommand> &commands, const QString &end);
    ConsoleCommand build(const QString &text, const QString &payload, bool withPayload) const;
    bool isKnown(const QString &text) const;

    QList<CommandWords> m_commands;
    bool m_fromHelp = false;
    QStringList m_backends;
    QStringList m_servers; // "backend/server"
    QStringList m_frontends;

    HaproxyVersion m_version;
    QString m_payloadCommand;
    QString m_payloadEnd; // MARK of "<<MARK"; empty: an empty line ends the payload
    QStringList m_payloadLines;

    QString m_historyPath;
    bool m_historyUnsaved = false; // the file could not be read nor copied: never written over
    QStringList m_history;
    int m_historyIndex = -1; // -1: not navigating
    QString m_draft; // what was typed before navigating
};
