#include "core/protocol/argumentvalidator.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/commandbuilder_p.h"

// CommandBuilder's lines typed in the console: split and checked as HAProxy will read
// them, classified (effect, level) from their words, with or without a payload.

using namespace CommandBuilderPrivate;

namespace {

// The longest custom payload end marker ("<<MARK") every version that knows them reads;
// 3.4 takes up to 64 characters, 2.9 to 3.3 at most 7.
constexpr qsizetype MaxPayloadEndBytes = 7;

// HAProxy's time format as `wait` reads it: a number with an optional unit (us, ms, s,
// m, h, d; ms when none). 0 when it is not one or is over a day.
int waitDelayMs(const QByteArray &text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits) >= '0' && text.at(digits) <= '9')
        ++digits;
    if (digits == 0 || digits > 9)
        return 0;
    const qint64 value = text.left(digits).toLongLong();
    const QByteArray unit = text.mid(digits);
    qint64 scale = 0;
    if (unit.isEmpty() || unit == "ms")
        scale = 1;
    else if (unit == "us")
        return value >= 1000 ? int(value / 1000) : 1;
    else if (unit == "s")
        scale = 1000;
    else if (unit == "m")
        scale = 60 * 1000;
    else if (unit == "h")
        scale = 3600 * 1000;
    else if (unit == "d")
        scale = 86400 * 1000;
    const qint64 ms = value * scale;
    return scale > 0 && ms <= 86400ll * 1000 ? int(ms) : 0;
}

// What a person may type in the console. Mirrors HAProxy's own splitting: '\' escapes
// the next character, ';' separates commands, spaces and tabs separate words.
struct ConsoleLine
{
    QList<QByteArray> words; // unescaped, as HAProxy matches its keywords
    QString problem;
};

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
}

QString describeControl(char32_t cp)
{
    switch (cp) {
    case U'\n':
        return Tr::tr("a line feed (LF)");
    case U'\r':
        return Tr::tr("a carriage return (CR)");
    case U'\t':
        return Tr::tr("a tab");
    case U'\0':
        return Tr::tr("a NUL character");
    default:
        return Tr::tr("the control character %1").arg(codePointName(cp));
    }
}

QString controlProblem(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, line.at(i + 1));
            if (QChar::category(cp) == QChar::Other_Format)
                return Tr::tr("the command contains the invisible formatting character %1 at position %2")
                    .arg(codePointName(cp))
                    .arg(i + 1);
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Tr::tr("the command contains an unpaired UTF-16 surrogate at position %1").arg(i + 1);
        if (c.category() == QChar::Other_Control) {
            return Tr::tr("the command contains %1 at position %2; send one single-line command at a time")
                .arg(describeControl(c.unicode()))
                .arg(i + 1);
        }
        if (c.category() == QChar::Other_Format) {
            return Tr::tr("the command contains the invisible formatting character %1 at position %2")
                .arg(codePointName(c.unicode()))
                .arg(i + 1);
        }
    }
    return {};
}

ConsoleLine splitConsoleLine(const QByteArray &line)
{
    ConsoleLine result;
    QByteArray word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\\') {
            if (i + 1 == line.size()) {
                result.problem =
                    Tr::tr("the command ends with '\\', which HAProxy reads as a line continuation; "
                           "write '\\\\' for a backslash");
                return result;
            }
            word += line.at(++i);
            inWord = true;
        } else if (c == ';') {
            result.problem = Tr::tr("the command contains ';' at position %1, which starts a second command; "
                                    "send each command alone, or write '\\;' for a literal ';'")
                                 .arg(i + 1);
            return result;
        } else if (c == ' ' || c == '\t') {
            if (inWord)
                result.words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        result.words.append(word);
    return result;
}

struct Classification
{
    Effect effect = Effect::Write;
    AccessLevel level = AccessLevel::Admin;
    Rule rule = Rule::AnyAnswer;
};

// The levels `show ...` commands need (docs/runtime-api.md, "Levels").
AccessLevel showLevel(const QList<QByteArray> &words)
{
    const QByteArray what = words.value(1);
    static const QByteArray operatorOnly[] = { "sess", "errors", "env", "fd", "startup-logs", "libs" };
    for (const QByteArray &word : operatorOnly) {
        if (what == word)
            return AccessLevel::Operator;
    }
    if (what == "profiling" || what == "cache")
        return AccessLevel::Admin;
    // `show ssl cert|ca-file|crl-file|crt-list` need operator (at user level HAProxy
    // answers "Can't allocate memory!"); `show ssl providers` does not.
    if (what == "ssl" && words.value(2) != "providers")
        return AccessLevel::Operator;
    // Other `show` commands, known or not, are left to HAProxy, which refuses with
    // "Permission denied"; overestimating would keep a user-level console from
    // commands it may run.
    return AccessLevel::User;
}

Classification classify(const QList<QByteArray> &words)
{
    const QByteArray first = words.value(0);
    if (first == "show")
        return { Effect::Read, showLevel(words), Rule::AnyAnswer };
    if (first == "help")
        return { Effect::Read, AccessLevel::User, Rule::AnyAnswer };
    if (first == "get") {
        if (words.value(1) == "var")
            return { Effect::Read, AccessLevel::Operator, Rule::AnyAnswer };
        return { Effect::Read, AccessLevel::User, Rule::AnyAnswer };
    }
    if (first == "set" && words.value(1) == "timeout")
        return { Effect::Write, AccessLevel::User, Rule::AnyAnswer };
    if (first == "clear" && words.value(1) == "counters" && words.size() == 2)
        return { Effect::Write, AccessLevel::Operator, Rule::AnyAnswer };
    if (first == "trace")
        return { Effect::Write, AccessLevel::Operator, Rule::AnyAnswer };
    // Everything else may change HAProxy's state: never re-sent, admin unless known.
    return {};
}

// The line without its surrounding blanks, as bytes HAProxy reads in one line.
Result<QByteArray> trimmedLineBytes(const QString &line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && line.at(begin).isSpace())
        ++begin;
    while (end > begin && line.at(end - 1).isSpace())
        --end;
    // An empty line makes HAProxy print its whole help, which is never what was meant.
    if (begin == end)
        return Result<QByteArray>::failure(Tr::tr("the command is empty"));
    // Trimming must not turn an escaped final space ("a\ ") into a trailing backslash.
    if (line.at(end - 1) == u'\\' && end < line.size())
        ++end;
    const QByteArray bytes = line.mid(begin, end - begin).toUtf8();
    if (bytes.size() > RuntimeCommand::MaxLineBytes) {
        return Result<QByteArray>::failure(
            Tr::tr("the command is %1 bytes long; HAProxy reads at most %2 bytes per line")
                .arg(bytes.size())
                .arg(RuntimeCommand::MaxLineBytes));
    }
    return bytes;
}

// HAProxy enters payload mode on any line ending in "<<", escaped or not, and from 2.9
// on a line whose last word starts with "<<", and then waits for lines a single-line
// command never sends. Empty when the line's marker fits whether a payload follows.
QString payloadMarkerProblem(const QByteArray &bytes, bool payloadLine)
{
    const QByteArrayView marker = RuntimeCommand::payloadMarker(bytes);
    if (marker == "<<" && !payloadLine) {
        return Tr::tr(
            "the command ends with '<<', which starts a multi-line payload; the console sends single lines");
    }
    if (!marker.isEmpty() && !payloadLine) {
        return Tr::tr("the command's last word '%1' starts with '<<', which makes HAProxy 2.9 "
                      "and later read the following lines as a payload ending at '%2'")
            .arg(QString::fromUtf8(marker), QString::fromUtf8(marker.sliced(2)));
    }
    if (payloadLine && marker.isEmpty())
        return Tr::tr("a command with a payload must end with '<<' or '<<MARK'");
    if (marker.size() - 2 > MaxPayloadEndBytes) {
        return Tr::tr("the payload end marker '%1' is longer than %2 characters, the most "
                      "HAProxy 2.9 to 3.3 read")
            .arg(QString::fromUtf8(marker.sliced(2)))
            .arg(MaxPayloadEndBytes);
    }
    return {};
}

// These change the session itself, which the persistent connection relies on:
// its prompt framing, its open socket, its level and its severity tags.
QString sessionCommandProblem(const QList<QByteArray> &words)
{
    const QByteArray first = words.first();
    if (first == "prompt" || first == "quit" || first == "user" || first == "operator"
        || (first == "set" && words.value(1) == "severity-output")) {
        const QString word =
            first == "set" ? QStringLiteral("set severity-output") : QString::fromUtf8(first);
        return Tr::tr("'%1' would change this console's session (mode, level or answer format); "
                      "it is managed by hadesk and cannot be typed here")
            .arg(word);
    }
    return {};
}

// Streaming forms never end: their answer would hold a CLI connection until HAProxy's
// own timeout and never be shown.
QString streamingProblem(const QList<QByteArray> &words)
{
    if (words.size() < 2 || words.at(0) != "show" || words.at(1) != "events")
        return {};
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (word.startsWith('-') && word.contains('w')) {
            return Tr::tr("'show events … %1' waits for new events without end; the "
                          "console shows finished answers only: leave out '-w'")
                .arg(QString::fromUtf8(word));
        }
    }
    return {};
}

} // namespace

Result<RuntimeCommand> CommandBuilder::raw(const QString &line)
{
    return typedLine(line, false);
}

Result<RuntimeCommand> CommandBuilder::typedLine(const QString &line, bool payloadLine)
{
    const QString control = controlProblem(line);
    if (!control.isEmpty())
        return Built::failure(control);
    const Result<QByteArray> trimmed = trimmedLineBytes(line);
    if (!trimmed)
        return Built::failure(trimmed.error());
    const QByteArray &bytes = *trimmed;
    const ConsoleLine parsed = splitConsoleLine(bytes);
    if (!parsed.problem.isEmpty())
        return Built::failure(parsed.problem);
    if (const QString problem = payloadMarkerProblem(bytes, payloadLine); !problem.isEmpty())
        return Built::failure(problem);
    if (parsed.words.isEmpty())
        return Built::failure(Tr::tr("the command is empty"));
    if (const QString problem = sessionCommandProblem(parsed.words); !problem.isEmpty())
        return Built::failure(problem);
    if (const QString problem = streamingProblem(parsed.words); !problem.isEmpty())
        return Built::failure(problem);

    const Classification c = classify(parsed.words);
    Built built =
        finish(bytes, c.effect, c.level, c.rule, {}, payloadLine ? Payload::Allowed : Payload::Refused);
    // What a person types can answer anything, the prompt text included.
    if (built) {
        built.value().setRunsAlone(true).setMaxAnswerBytes(RuntimeCommand::ConsoleAnswerBytes);
        // A typed `wait <delay> …` is answered after up to its delay.
        if (parsed.words.size() >= 2 && parsed.words.at(0) == "wait") {
            if (const int delay = waitDelayMs(parsed.words.at(1)); delay > 0)
                built.value().setTimeoutMs(delay + WaitMarginMs);
        }
    }
    return built;
}

Result<RuntimeCommand> CommandBuilder::rawWithPayload(const QString &line, const QString &payload)
{
    Built built = typedLine(line, true);
    if (!built)
        return built;
    // After "<<" the payload ends at the first empty line, after "<<MARK" at a line that
    // is MARK; one final line break (as typed) is fine.
    const QString end = QString::fromUtf8(built->payloadEnd());
    QString text = payload;
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.isEmpty())
        return Built::failure(Tr::tr("the payload is empty"));
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &payloadLine = lines.at(i);
        if (end.isEmpty() && payloadLine.trimmed().isEmpty()) {
            return Built::failure(Tr::tr("payload line %1 is empty; HAProxy would end the payload there "
                                         "and run the following lines as commands")
                                      .arg(i + 1));
        }
        if (!end.isEmpty() && payloadLine == end) {
            return Built::failure(Tr::tr("payload line %1 is the end marker '%2'; HAProxy would end the "
                                         "payload there and run the following lines as commands")
                                      .arg(i + 1)
                                      .arg(end));
        }
        // Tabs separate keys from values in map payloads; other control characters are refused.
        QString withoutTabs = payloadLine;
        withoutTabs.replace(u'\t', u' ');
        const QString control = controlProblem(withoutTabs);
        if (!control.isEmpty())
            return Built::failure(Tr::tr("payload line %1: %2").arg(i + 1).arg(control));
    }
    const QByteArray bytes = text.toUtf8();
    // HAProxy collects the command and its payload in one buffer of the size of a line.
    const qsizetype total = built->line().size() + 1 + bytes.size() + 1 + end.size() + 1;
    if (total > RuntimeCommand::MaxLineBytes) {
        return Built::failure(Tr::tr("the command and its payload are %1 bytes long; HAProxy reads at most "
                                     "%2 bytes")
                                  .arg(total)
                                  .arg(RuntimeCommand::MaxLineBytes));
    }
    RuntimeCommand command = *built;
    command.setPayload(bytes);
    if (!command.isValid())
        return Built::failure(Tr::tr("the payload could not be attached to the command"));
    return command;
}
