#include "core/parsers/procparser.h"

#include "core/parsers/parsetext.h"

namespace {

using ParseText::firstLineOf;
using ParseText::linesOf;
using ParseText::toInteger;

enum class Section { Workers, OldWorkers, Programs };

// The words of a line, split on runs of blanks; "[failed: N]" stays one word.
QList<QByteArrayView> wordsOf(QByteArrayView line)
{
    QList<QByteArrayView> words;
    qsizetype pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && ParseText::isBlank(line.at(pos)))
            ++pos;
        if (pos >= line.size())
            break;
        qsizetype end = pos;
        if (line.at(pos) == '[') {
            end = line.indexOf(']', pos);
            end = end < 0 ? line.size() : end + 1;
        } else {
            while (end < line.size() && !ParseText::isBlank(line.at(end)))
                ++end;
        }
        words.append(line.sliced(pos, end - pos));
        pos = end;
    }
    return words;
}

// The header's column names without '#' and the brackets: "PID", "type", "reloads"...
QList<QByteArray> headerNames(QByteArrayView header)
{
    QList<QByteArray> names;
    for (QByteArrayView word : wordsOf(header)) {
        if (word.startsWith('#'))
            word = word.sliced(1);
        if (word.startsWith('<') && word.endsWith('>'))
            word = word.sliced(1, word.size() - 2);
        names.append(word.toByteArray());
    }
    return names;
}

// "[failed: 3]" → 3.
qint64 failedCount(QByteArrayView word)
{
    if (!word.startsWith("[failed:") || !word.endsWith(']'))
        return ProcEntry::NoValue;
    return toInteger(word.sliced(8, word.size() - 9).trimmed());
}

bool readRow(QByteArrayView line, const QList<QByteArray> &names, ProcEntry &entry)
{
    QList<QByteArrayView> words = wordsOf(line);
    // The master's "[failed: N]" follows its reload count in the same column.
    const qsizetype reloadsAt = names.indexOf("reloads");
    if (reloadsAt >= 0 && reloadsAt + 1 < words.size() && words.at(reloadsAt + 1).startsWith('[')) {
        entry.failedReloads = failedCount(words.at(reloadsAt + 1));
        words.removeAt(reloadsAt + 1);
    }
    for (qsizetype i = 0; i < words.size() && i < names.size(); ++i) {
        const QByteArray &name = names.at(i);
        const QByteArrayView word = words.at(i);
        if (name == "PID")
            entry.pid = toInteger(word);
        else if (name == "type")
            entry.type = word.toByteArray();
        else if (name == "reloads")
            entry.reloads = toInteger(word);
        else if (name == "uptime")
            entry.uptime = word.toByteArray();
        else if (name == "version")
            entry.version = word.toByteArray();
        else
            entry.extra.append({ name, word.toByteArray() });
    }
    entry.uptimeSeconds = ProcParser::uptimeSeconds(entry.uptime);
    return entry.pid != ProcEntry::NoValue && entry.pid > 0 && !entry.type.isEmpty();
}

} // namespace

Result<ProcList> ProcParser::parse(QByteArrayView answer)
{
    const QList<QByteArrayView> lines = linesOf(answer, ParseText::BlankLines::Skip);
    if (lines.isEmpty() || !lines.first().startsWith("#<PID>")) {
        return Result<ProcList>::failure(
            tr("Not a show proc answer (is this the master socket?). HAProxy said: \"%1\"")
                .arg(firstLineOf(answer)));
    }
    const QList<QByteArray> names = headerNames(lines.first());
    ProcList list;
    bool haveMaster = false;
    Section section = Section::Workers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i).trimmed();
        if (line.startsWith('#')) {
            const QByteArrayView title = line.sliced(1).trimmed();
            section = title == "old workers" ? Section::OldWorkers
                : title == "programs"        ? Section::Programs
                                             : Section::Workers;
            continue;
        }
        ProcEntry entry;
        if (!readRow(line, names, entry))
            continue; // a row we cannot read is left out rather than shown wrong
        if (!haveMaster && entry.type == "master") {
            entry.role = ProcEntry::Role::Master;
            list.master = entry;
            haveMaster = true;
        } else if (section == Section::OldWorkers) {
            entry.role = ProcEntry::Role::OldWorker;
            list.oldWorkers.append(entry);
        } else if (section == Section::Programs) {
            entry.role = ProcEntry::Role::Program;
            list.programs.append(entry);
        } else {
            entry.role = ProcEntry::Role::Worker;
            list.workers.append(entry);
        }
    }
    if (!haveMaster)
        return Result<ProcList>::failure(tr("The show proc answer has no master row."));
    return list;
}

qint64 ProcParser::uptimeSeconds(QByteArrayView text)
{
    static constexpr struct
    {
        char unit;
        qint64 seconds;
    } units[] = { { 'd', 86400 }, { 'h', 3600 }, { 'm', 60 }, { 's', 1 } };
    qint64 total = 0;
    qsizetype pos = 0;
    bool any = false;
    for (const auto &u : units) {
        const qsizetype at = text.indexOf(u.unit, pos);
        if (at < 0)
            continue;
        const qint64 n = toInteger(text.sliced(pos, at - pos));
        if (n == ProcEntry::NoValue || n < 0 || n > std::numeric_limits<qint64>::max() / u.seconds / 4)
            return ProcEntry::NoValue;
        total += n * u.seconds;
        pos = at + 1;
        any = true;
    }
    return any && pos == text.size() ? total : ProcEntry::NoValue;
}
