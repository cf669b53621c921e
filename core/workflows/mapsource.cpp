#include "core/workflows/mapsource.h"

#include <QHash>

namespace {

using Entry = MapCommands::Entry;
using Kind = MapCommands::Kind;

constexpr qint64 LongestVersion = 0xffffffffll; // as MapReplace checks its batches

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

QStringView trimmedLeft(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    return line.mid(i);
}

// HAProxy keeps trailing blanks of a file's value, but a payload line cannot carry them
// (MapCommands refuses them): they are dropped here, as an editor would.
QStringView trimmedRight(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && isBlank(text.at(end - 1)))
        --end;
    return text.first(end);
}

Entry mapEntry(QStringView line)
{
    qsizetype end = 0;
    while (end < line.size() && !isBlank(line.at(end)))
        ++end;
    return { line.first(end).toString(), trimmedRight(trimmedLeft(line.mid(end))).toString() };
}

// The same check as MapReplace's, one entry at a time.
QString entryProblem(const MapCommands::Target &target, const Entry &entry)
{
    if (target.kind == Kind::Map && entry.value.isEmpty())
        return MapSource::tr("the key '%1' has no value").arg(entry.key);
    const auto command = target.kind == Kind::Acl ? MapCommands::add(target, entry, LongestVersion)
                                                  : MapCommands::addMany(target, { entry }, LongestVersion);
    if (command)
        return {};
    QString message = command.error();
    if (message.startsWith(QLatin1String("entry 1: ")))
        message = message.mid(9);
    return message;
}

} // namespace

MapSource::Parsed MapSource::parse(QStringView text, const MapCommands::Target &target)
{
    Parsed parsed;
    QHash<QString, int> seen; // key -> its line
    int number = 0;
    for (QStringView raw : text.tokenize(u'\n')) {
        ++number;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.startsWith(u'#'))
            continue;
        const QStringView line = trimmedLeft(raw);
        if (trimmedRight(line).isEmpty())
            continue;
        const Entry entry =
            target.kind == Kind::Map ? mapEntry(line) : Entry { trimmedRight(line).toString(), QString() };
        QString problem = entryProblem(target, entry);
        if (problem.isEmpty() && seen.contains(entry.key))
            problem = tr("'%1' is already on line %2").arg(entry.key).arg(seen.value(entry.key));
        if (!problem.isEmpty()) {
            parsed.problems.append({ number, problem });
            continue;
        }
        seen.insert(entry.key, number);
        parsed.entries.append(entry);
        parsed.lines.append(number);
    }
    return parsed;
}
