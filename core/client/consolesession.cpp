#include "core/client/consolesession.h"

#include "core/protocol/commandbuilder.h"
#include "core/protocol/replyclassifier.h"
#include "core/protocol/secretredaction.h"
#include "core/storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace {

// The argument a command takes, read from the first word of `help` after its name.
ConsoleSession::Argument argumentOf(const QString &usage)
{
    using A = ConsoleSession::Argument;
    if (usage.contains(QStringLiteral("<bk>/<srv>")) || usage.contains(QStringLiteral("<backend>/<server>")))
        return A::Server;
    if (usage.contains(QStringLiteral("<backend>")) || usage.contains(QStringLiteral("<bk>")))
        return A::Backend;
    if (usage.contains(QStringLiteral("<frontend>")))
        return A::Frontend;
    return A::None;
}

bool isPlaceholder(const QString &word)
{
    static const QString starts = QStringLiteral("<[{(");
    return word.isEmpty() || starts.contains(word.front()) || word.contains(u'|') || word.contains(u'*')
        || word.contains(u'@') || word.contains(u'#');
}

// `help` shows no argument for these, and `add server` creates a name: it completes the
// backend only.
void applyKnownArguments(QList<ConsoleSession::CommandWords> &commands)
{
    using A = ConsoleSession::Argument;
    for (ConsoleSession::CommandWords &command : commands) {
        const QString joined = command.words.join(u' ');
        static const QStringList serverCommands = {
            QStringLiteral("enable agent"),
            QStringLiteral("disable agent"),
            QStringLiteral("enable health"),
            QStringLiteral("disable health"),
            QStringLiteral("enable server"),
            QStringLiteral("disable server"),
        };
        if (serverCommands.contains(joined))
            command.argument = A::Server;
        else if (joined == QStringLiteral("add server"))
            command.argument = A::BackendPrefix;
        else if (joined == QStringLiteral("show stat"))
            command.argument = A::Backend;
    }
}

// The words of a command line for completion: escapes are not undone, which only matters
// for names HAProxy refuses anyway.
QStringList wordsOf(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
}

// The last command of a line: what follows its last unescaped ';'.
QString lastCommand(const QString &line)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\')
            ++i;
        else if (line.at(i) == u';')
            start = i + 1;
    }
    return line.mid(start);
}

// The 2.6 `help` list (105 lines), trimmed to the usage part: used
// when `help` cannot be read.
const char *const BuiltinHelp[] = {
    "abort ssl ca-file <cafile>",
    "abort ssl cert <certfile>",
    "abort ssl crl-file <crlfile>",
    "add acl [@<ver>] <acl> <pattern>",
    "add map [@<ver>] <map> <key> <val>",
    "add server <bk>/<srv>",
    "add ssl crt-list <list> <cert> [opts]*",
    "clear acl [@<ver>] <acl>",
    "clear counters [all]",
    "clear map [@<ver>] <map>",
    "clear table <table> [<filter>]*",
    "commit acl @<ver> <acl>",
    "commit map @<ver> <map>",
    "commit ssl ca-file <cafile>",
    "commit ssl cert <certfile>",
    "commit ssl crl-file <crlfile>",
    "del acl <acl> [<key>|#<ref>]",
    "del map <map> [<key>|#<ref>]",
    "del server <bk>/<srv>",
    "del ssl ca-file <cafile>",
    "del ssl cert <certfile>",
    "del ssl crl-file <crlfile>",
    "del ssl crt-list <list> <cert[:line]>",
    "disable agent",
    "disable dynamic-cookie backend <bk>",
    "disable frontend <frontend>",
    "disable health",
    "disable server",
    "enable agent",
    "enable dynamic-cookie backend <bk>",
    "enable frontend <frontend>",
    "enable health",
    "enable server",
    "get acl <acl> <value>",
    "get map <acl> <value>",
    "get var <name>",
    "get weight <bk>/<srv>",
    "new ssl ca-file <cafile>",
    "new ssl cert <certfile>",
    "new ssl crlfile <crlfile>",
    "prepare acl <acl>",
    "prepare map <acl>",
    "set dynamic-cookie-key backend <bk> <k>",
    "set map <map> [<key>|#<ref>] <value>",
    "set maxconn frontend <frontend> <value>",
    "set maxconn global <value>",
    "set maxconn server <bk>/<srv>",
    "set profiling <what> {auto|on|off}",
    "set rate-limit <setting> <value>",
    "set server <bk>/<srv> [opts]",
    "set ssl ca-file <cafile> <payload>",
    "set ssl cert <certfile> <payload>",
    "set ssl crl-file <crlfile> <payload>",
    "set ssl ocsp-response <resp|payload>",
    "set ssl tls-key [id|file] <key>",
    "set table <table> key <k> [data.* <v>]*",
    "set timeout [cli] <delay>",
    "set weight <bk>/<srv>",
    "show acl [@<ver>] <acl>]",
    "show activity",
    "show backend",
    "show cache",
    "show cli level",
    "show cli sockets",
    "show env [var]",
    "show errors [<px>] [request|response]",
    "show events [<sink>] [-w] [-n]",
    "show fd [num]",
    "show info [desc|json|typed|float]*",
    "show libs",
    "show map [@ver] [map]",
    "show peers [dict|-] [section]",
    "show pools",
    "show profiling [<what>|<#lines>|byaddr]*",
    "show resolvers [id]",
    "show schema json",
    "show servers conn [<backend>]",
    "show servers state [<backend>]",
    "show sess [id]",
    "show ssl ca-file [<cafile>[:<index>]]",
    "show ssl cert [<certfile>]",
    "show ssl crl-file [<crlfile[:<index>>]]",
    "show ssl crt-list [-n] [<list>]",
    "show ssl ocsp-response [id]",
    "show ssl providers",
    "show startup-logs",
    "show stat [desc|json|no-maint|typed|up]*",
    "show table <table> [<filter>]*",
    "show tasks",
    "show threads",
    "show tls-keys [id|*]",
    "show trace [<module>]",
    "show version",
    "shutdown frontend <frontend>",
    "shutdown session [id]",
    "shutdown sessions server <bk>/<srv>",
    "trace [<module>|0] [cmd [args...]]",
    "help [<command>]",
};

void addSorted(QStringList &into, QString value)
{
    if (!into.contains(value))
        into.append(std::move(value));
}

} // namespace

ConsoleSession::ConsoleSession()
    : m_commands(builtinCommands())
    , m_historyPath(defaultHistoryPath())
{ }

QStringList ConsoleSession::splitCommands(const QString &line)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            part += c;
            if (i + 1 < line.size())
                part += line.at(++i);
        } else if (c == u';') {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    QStringList result;
    for (QString &p : parts) {
        // Trimming must not eat an escaped final space ("a\ "): HAProxy reads it as a space.
        qsizetype begin = 0;
        qsizetype end = p.size();
        while (begin < end && (p.at(begin) == u' ' || p.at(begin) == u'\t'))
            ++begin;
        while (end > begin && (p.at(end - 1) == u' ' || p.at(end - 1) == u'\t')) {
            qsizetype backslashes = 0;
            for (qsizetype k = end - 2; k >= begin && p.at(k) == u'\\'; --k)
                ++backslashes;
            if (backslashes % 2 == 1)
                break;
            --end;
        }
        if (end > begin)
            result.append(p.mid(begin, end - begin));
    }
    return result;
}

bool ConsoleSession::isKnown(const QString &text) const
{
    const QStringList words = wordsOf(text);
    for (const CommandWords &command : m_commands) {
        if (command.words.size() <= words.size()
            && std::equal(command.words.begin(), command.words.end(), words.begin()))
            return true;
    }
    return false;
}

ConsoleCommand ConsoleSession::build(const QString &text, const QString &payload, bool withPayload) const
{
    ConsoleCommand result;
    result.text = text;
    result.known = isKnown(text);
    const Result<RuntimeCommand> built =
        withPayload ? CommandBuilder::rawWithPayload(text, payload) : CommandBuilder::raw(text);
    if (!built) {
        result.error = built.error();
        return result;
    }
    result.command = *built;
    // The builder's level is the level table (docs/runtime-api.md, "Levels"), and its guess for a command
    // it does not know is admin: shown to the person, while HAProxy decides.
    result.requiredLevel = built->requiredLevel();
    result.command.setRequiredLevel(AccessLevel::User);
    result.command.setUserTyped(true);
    return result;
}

QList<ConsoleCommand> ConsoleSession::commandsOf(const QString &line) const
{
    QList<ConsoleCommand> commands;
    // The whole line is checked first, so that a CR or LF is named as such rather than hidden
    // in one of the parts.
    for (const QString &part : splitCommands(line))
        commands.append(build(part, {}, false));
    return commands;
}

QString ConsoleSession::preview(const QString &line, AccessLevel sessionLevel) const
{
    if (inPayload()) {
        if (!m_payloadEnd.isEmpty()) {
            return tr("Payload line %1 for '%2'; a line '%3' sends it, Escape cancels")
                .arg(m_payloadLines.size() + 1)
                .arg(m_payloadCommand, m_payloadEnd);
        }
        return tr("Payload line %1 for '%2'; an empty line sends it, Escape cancels")
            .arg(m_payloadLines.size() + 1)
            .arg(m_payloadCommand);
    }
    if (line.trimmed().isEmpty())
        return {};
    const QList<ConsoleCommand> commands = commandsOf(line);
    if (commands.isEmpty())
        return tr("Nothing to send");
    QStringList shown;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const ConsoleCommand &command = commands.at(i);
        if (!command.ok() && !(commands.size() == 1 && command.text.endsWith(QStringLiteral("<<"))))
            return tr("Refused: %1").arg(command.error);
        QString item = commands.size() > 1 ? tr("[%1] %2").arg(i + 1).arg(command.text) : command.text;
        if (command.text.endsWith(QStringLiteral("<<")))
            item += tr(" (then payload lines, ended by an empty line)");
        if (command.levelTooLow(sessionLevel))
            item += tr(" (needs level %1: HAProxy will likely refuse it)")
                        .arg(accessLevelName(command.requiredLevel));
        else if (!command.known)
            item += tr(" (not in HAProxy's help list)");
        shown.append(item);
    }
    QString text = commands.size() > 1
        ? tr("Sends %1 commands: %2").arg(commands.size()).arg(shown.join(QStringLiteral("  ")))
        : tr("Sends: %1").arg(shown.first());
    if (line.contains(QStringLiteral("\\;")))
        text += tr("  ('\\;' is a literal ';' inside an argument)");
    return text;
}

namespace {

ConsoleSubmission refused(const QString &error)
{
    ConsoleSubmission result;
    result.kind = ConsoleSubmission::Kind::Refused;
    result.error = error;
    return result;
}

} // namespace

ConsoleSubmission ConsoleSession::submit(const QString &line)
{
    if (inPayload())
        return submitPayloadLine(line);
    if (line.trimmed().isEmpty())
        return {};
    const QList<ConsoleCommand> commands = commandsOf(line);
    if (commands.isEmpty())
        return refused(tr("the line holds no command, only ';'"));
    const QByteArray lastBytes = commands.last().text.toUtf8();
    const QByteArrayView marker = RuntimeCommand::payloadMarker(lastBytes);
    if (!marker.isEmpty())
        return startPayload(commands, QString::fromUtf8(marker.sliced(2)));
    for (const ConsoleCommand &command : commands) {
        if (!command.ok())
            return refused(
                commands.size() > 1 ? tr("'%1': %2").arg(command.text, command.error) : command.error);
    }
    ConsoleSubmission result;
    result.kind = ConsoleSubmission::Kind::Commands;
    result.commands = commands;
    return result;
}

ConsoleSubmission ConsoleSession::submitPayloadLine(const QString &line)
{
    ConsoleSubmission result;
    const bool ends = m_payloadEnd.isEmpty() ? line.trimmed().isEmpty() : line == m_payloadEnd;
    if (!ends) {
        m_payloadLines.append(line);
        result.kind = ConsoleSubmission::Kind::PayloadLine;
        return result;
    }
    const ConsoleCommand command = build(m_payloadCommand, m_payloadLines.join(u'\n'), true);
    cancelPayload();
    if (!command.ok())
        return refused(command.error);
    result.kind = ConsoleSubmission::Kind::Commands;
    result.commands.append(command);
    return result;
}

ConsoleSubmission ConsoleSession::startPayload(const QList<ConsoleCommand> &commands, const QString &end)
{
    // Before 2.9 HAProxy does not know "<<MARK": it would run the command as it is and
    // then every payload line as a command of its own.
    if (!end.isEmpty() && !m_version.supports(HaproxyFeature::CustomPayloadDelimiter)) {
        return refused(m_version.isValid()
                ? tr("HAProxy %1 does not know payload end markers ('<<%2', from 2.9 on): it would run "
                     "each payload line as a command. End the line with '<<' and the payload with an "
                     "empty line.")
                      .arg(m_version.text, end)
                : tr("payload end markers ('<<%1') need HAProxy 2.9 or later, and this instance's "
                     "version is not known yet; end the line with '<<' and the payload with an empty "
                     "line")
                      .arg(end));
    }
    if (commands.size() > 1)
        return refused(tr("a command with a payload ('<<') must be alone on its line"));
    // Checked with a stand-in payload, so a bad command line is refused before any
    // payload is typed.
    const QString last = commands.last().text;
    const ConsoleCommand check = build(last, QStringLiteral("x"), true);
    if (!check.ok())
        return refused(check.error);
    m_payloadCommand = last;
    m_payloadEnd = end;
    m_payloadLines.clear();
    ConsoleSubmission result;
    result.kind = ConsoleSubmission::Kind::PayloadStarted;
    result.commands.append(check);
    return result;
}

void ConsoleSession::cancelPayload()
{
    m_payloadCommand.clear();
    m_payloadEnd.clear();
    m_payloadLines.clear();
}

QList<ConsoleSession::CommandWords> ConsoleSession::parseHelp(const QByteArray &helpAnswer)
{
    QList<CommandWords> commands;
    const QStringList lines = QString::fromUtf8(helpAnswer).split(u'\n');
    for (const QString &line : lines) {
        // Command lines are indented; the title line and HAProxy's messages are not.
        if (!line.startsWith(QStringLiteral("  ")))
            continue;
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        const QString usage = (colon < 0 ? line : line.left(colon)).trimmed();
        const QStringList words = wordsOf(usage);
        CommandWords command;
        qsizetype i = 0;
        for (; i < words.size() && !isPlaceholder(words.at(i)); ++i)
            command.words.append(words.at(i));
        if (command.words.isEmpty())
            continue;
        command.argument = i < words.size() ? argumentOf(words.at(i)) : Argument::None;
        if (!commands.contains(command))
            commands.append(command);
    }
    applyKnownArguments(commands);
    return commands;
}

QList<ConsoleSession::CommandWords> ConsoleSession::builtinCommands()
{
    QByteArray help;
    for (const char *line : BuiltinHelp)
        help += QByteArray("  ") + line + " : \n";
    return parseHelp(help);
}

bool ConsoleSession::setHelpAnswer(const QByteArray &helpAnswer)
{
    QList<CommandWords> commands = parseHelp(helpAnswer);
    if (commands.isEmpty())
        return false;
    m_commands = std::move(commands);
    m_fromHelp = true;
    return true;
}

void ConsoleSession::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    QStringList backends;
    QStringList servers;
    QStringList frontends;
    for (const StatRow &row : snapshot->stat.rows) {
        const QString proxy = QString::fromUtf8(row.pxname);
        if (row.isBackend())
            backends.append(proxy);
        else if (row.isFrontend())
            frontends.append(proxy);
        else if (row.isServer())
            servers.append(proxy + u'/' + QString::fromUtf8(row.svname));
    }
    setNames(backends, servers, frontends);
}

void ConsoleSession::setNames(
    const QStringList &backends, const QStringList &servers, const QStringList &frontends)
{
    m_backends = backends;
    m_servers = servers;
    m_frontends = frontends;
}

QStringList ConsoleSession::wordCompletions(const QString &line) const
{
    const QString command = lastCommand(line);
    QStringList words = wordsOf(command);
    QString partial;
    if (!command.isEmpty() && !command.back().isSpace() && !words.isEmpty())
        partial = words.takeLast();

    QStringList candidates;
    for (const CommandWords &known : m_commands) {
        if (words.size() < known.words.size()) {
            if (std::equal(words.begin(), words.end(), known.words.begin())) {
                const QString &next = known.words.at(words.size());
                if (next.startsWith(partial))
                    addSorted(candidates, next);
            }
        } else if (words.size() == known.words.size() && words == known.words) {
            const QStringList *names = nullptr;
            switch (known.argument) {
            case Argument::Server:
                names = &m_servers;
                break;
            case Argument::Backend:
                names = &m_backends;
                break;
            case Argument::Frontend:
                names = &m_frontends;
                break;
            case Argument::BackendPrefix:
                for (const QString &backend : m_backends) {
                    const QString prefix = backend + u'/';
                    if (prefix.startsWith(partial))
                        addSorted(candidates, prefix);
                }
                break;
            case Argument::None:
                break;
            }
            if (names) {
                for (const QString &name : *names) {
                    if (name.startsWith(partial))
                        addSorted(candidates, name);
                }
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

QStringList ConsoleSession::completions(const QString &line) const
{
    const QStringList words = wordCompletions(line);
    qsizetype cut = line.size();
    while (cut > 0 && !line.at(cut - 1).isSpace() && line.at(cut - 1) != u';')
        --cut;
    const QString head = line.left(cut);
    QStringList lines;
    lines.reserve(words.size());
    for (const QString &word : words)
        lines.append(head + word);
    return lines;
}

QString ConsoleSession::defaultHistoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/console-history.json");
}

bool ConsoleSession::loadHistory(QString *error)
{
    QFile file(m_historyPath);
    if (!file.exists()) {
        m_history.clear();
        return true;
    }
    // A history that does not read is kept aside before the next save replaces it; when no
    // copy can be kept, nothing is saved over it.
    const auto unreadable = [this, error](const QString &problem) {
        const QString copy = AtomicFile::keepAside(m_historyPath);
        m_historyUnsaved = copy.isEmpty();
        if (error)
            *error = copy.isEmpty()
                ? tr("the console history %1 could not be read (%2) and no copy of it could be kept: this "
                     "session's history will not be saved over it")
                      .arg(m_historyPath, problem)
                : tr("the console history %1 could not be read (%2); it was kept as %3, and the next command "
                     "saved starts a new history")
                      .arg(m_historyPath, problem, copy);
        return false;
    };
    m_historyUnsaved = false;
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray())
        return unreadable(tr("not a JSON array: %1").arg(parseError.errorString()));
    QStringList history;
    for (const QJsonValue &value : document.array()) {
        // A secret kept by an older version leaves the file at the next save.
        if (value.isString() && !value.toString().isEmpty()
            && SecretRedaction::mayKeepInHistory(value.toString()))
            history.append(value.toString());
    }
    if (history.size() > MaxHistory)
        history = history.mid(history.size() - MaxHistory);
    m_history = history;
    resetHistoryNavigation();
    return true;
}

bool ConsoleSession::saveHistory(QString *error) const
{
    if (m_historyUnsaved) {
        if (error)
            *error =
                tr("the console history was not saved: %1 could not be read nor copied aside, and saving "
                   "would replace it")
                    .arg(m_historyPath);
        return false;
    }
    const QString problem = AtomicFile::write(
        m_historyPath, QJsonDocument(QJsonArray::fromStringList(m_history)).toJson(QJsonDocument::Indented));
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("the console history was not saved: %1").arg(problem);
        return false;
    }
    return true;
}

void ConsoleSession::addToHistory(const QString &entry)
{
    resetHistoryNavigation();
    if (entry.trimmed().isEmpty() || (!m_history.isEmpty() && m_history.last() == entry))
        return;
    if (!SecretRedaction::mayKeepInHistory(entry))
        return;
    m_history.append(entry);
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
}

QString ConsoleSession::historyPrevious(const QString &current)
{
    if (m_history.isEmpty())
        return current;
    if (m_historyIndex < 0) {
        m_draft = current;
        m_historyIndex = int(m_history.size());
    }
    if (m_historyIndex > 0)
        --m_historyIndex;
    return m_history.at(m_historyIndex);
}

QString ConsoleSession::historyNext()
{
    if (m_historyIndex < 0)
        return m_draft;
    ++m_historyIndex;
    if (m_historyIndex >= m_history.size()) {
        m_historyIndex = -1;
        return m_draft;
    }
    return m_history.at(m_historyIndex);
}

void ConsoleSession::resetHistoryNavigation()
{
    m_historyIndex = -1;
    m_draft.clear();
}

QString ConsoleSession::searchHistory(const QString &text, int before, int *found) const
{
    int i = before < 0 || before > m_history.size() ? int(m_history.size()) : before;
    while (--i >= 0) {
        if (m_history.at(i).contains(text)) {
            if (found)
                *found = i;
            return m_history.at(i);
        }
    }
    if (found)
        *found = -1;
    return {};
}
