#include "core/parsers/startuplog.h"

#include "core/parsers/parsetext.h"

namespace {

StartupLogLine::Level levelOf(QByteArrayView word)
{
    if (word == "NOTICE")
        return StartupLogLine::Level::Notice;
    if (word == "WARNING")
        return StartupLogLine::Level::Warning;
    if (word == "ALERT")
        return StartupLogLine::Level::Alert;
    return StartupLogLine::Level::Other;
}

// "[WARNING]  (2582) : text": the level in brackets, spaces, the pid in parentheses, " : ".
StartupLogLine parseLine(QByteArrayView line)
{
    StartupLogLine parsed;
    parsed.text = QString::fromUtf8(line).trimmed();
    if (!line.startsWith('['))
        return parsed;
    const qsizetype close = line.indexOf(']');
    if (close < 0)
        return parsed;
    parsed.level = levelOf(line.sliced(1, close - 1));
    QByteArrayView rest = line.sliced(close + 1).trimmed();
    if (rest.startsWith('(')) {
        const qsizetype end = rest.indexOf(')');
        bool ok = false;
        const qint64 pid = end > 0 ? rest.sliced(1, end - 1).toLongLong(&ok) : 0;
        if (ok && pid > 0) {
            parsed.pid = pid;
            rest = rest.sliced(end + 1).trimmed();
        }
    }
    if (rest.startsWith(':'))
        rest = rest.sliced(1).trimmed();
    parsed.text = QString::fromUtf8(rest);
    return parsed;
}

} // namespace

int ReloadAnswer::count(StartupLogLine::Level level) const
{
    return int(std::count_if(
        log.cbegin(), log.cend(), [level](const StartupLogLine &line) { return line.level == level; }));
}

QList<StartupLogLine> StartupLog::parseLines(QByteArrayView text)
{
    QList<StartupLogLine> lines;
    for (const QByteArrayView line : ParseText::linesOf(text, ParseText::BlankLines::Skip))
        lines.append(parseLine(line));
    return lines;
}

ReloadAnswer StartupLog::parseReloadAnswer(QByteArrayView body)
{
    ReloadAnswer answer;
    QByteArrayView rest = body;
    if (rest.startsWith("Success=")) {
        const qsizetype end = rest.indexOf('\n');
        // Exactly as HAProxy writes it: "Success=1" or "Success=0", nothing around the digit.
        const QByteArrayView value = rest.sliced(8, (end < 0 ? rest.size() : end) - 8);
        if (value == "1" || value == "0")
            answer.success = value == "1";
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (rest.startsWith("--\n"))
            rest = rest.sliced(3);
        else if (rest == "--")
            rest = {};
    }
    answer.log = parseLines(rest);
    return answer;
}

QString StartupLog::levelName(StartupLogLine::Level level)
{
    switch (level) {
    case StartupLogLine::Level::Notice:
        return tr("notice");
    case StartupLogLine::Level::Warning:
        return tr("warning");
    case StartupLogLine::Level::Alert:
        return tr("alert");
    case StartupLogLine::Level::Other:
        break;
    }
    return tr("log");
}
