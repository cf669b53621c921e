#include "core/workflows/mapsource.h"

#include "core/parsers/mapfile.h"

#include <QHash>

namespace {

using Entry = MapCommands::Entry;
using Kind = MapCommands::Kind;

constexpr qint64 LongestVersion = 0xffffffffll; // as MapReplace checks its batches

// HAProxy keeps the blanks at the end of an ACL pattern, but a command line cannot carry
// them (MapCommands refuses them): they are dropped here, as an editor would.
QString trimmedRight(const QByteArray &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return QString::fromUtf8(text.first(end));
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
    const MapFile::Kind kind = target.kind == Kind::Map ? MapFile::Kind::Map : MapFile::Kind::Acl;
    for (const MapFileEntry &line : MapFile::parse(text.toUtf8(), kind)) {
        const Entry entry = target.kind == Kind::Map
            ? Entry { QString::fromUtf8(line.key), QString::fromUtf8(line.value) }
            : Entry { trimmedRight(line.key), QString() };
        QString problem = entryProblem(target, entry);
        if (problem.isEmpty() && seen.contains(entry.key))
            problem = tr("'%1' is already on line %2").arg(entry.key).arg(seen.value(entry.key));
        if (!problem.isEmpty()) {
            parsed.problems.append({ line.line, problem });
            continue;
        }
        seen.insert(entry.key, line.line);
        parsed.entries.append(entry);
        parsed.lines.append(line.line);
    }
    return parsed;
}
