#include "core/parsers/sticktableparser.h"

#include "core/parsers/parsetext.h"

namespace {

using ParseText::firstLineOf;
using ParseText::linesOf;
using ParseText::toInteger;

// "name: value" after the prefix, up to the next ", " (or the line end).
QByteArrayView field(QByteArrayView line, QByteArrayView prefix, qsizetype *pos)
{
    if (!line.sliced(*pos).startsWith(prefix))
        return {};
    const qsizetype start = *pos + prefix.size();
    qsizetype end = line.indexOf(", ", start);
    if (end < 0)
        end = line.size();
    *pos = end < line.size() ? end + 2 : end;
    return line.sliced(start, end - start);
}

// A column word "conn_rate(10000)" into its name and period.
StickTableColumn columnOf(QByteArrayView word)
{
    StickTableColumn column;
    const qsizetype open = word.indexOf('(');
    if (open > 0 && word.endsWith(')')) {
        column.name = word.first(open).toByteArray();
        column.periodMs = toInteger(word.sliced(open + 1, word.size() - open - 2));
    } else {
        column.name = word.toByteArray();
    }
    return column;
}

// The fixed fields after "key=": " use=N exp=N", found by their shape. A string key may
// itself hold spaces (tracked from a header, say) while data values never do: the last match.
qsizetype keyEnd(QByteArrayView line, qsizetype from)
{
    qsizetype found = -1;
    qsizetype at = from;
    while ((at = line.indexOf(" use=", at)) >= 0) {
        qsizetype p = at + 5;
        while (p < line.size() && line[p] >= '0' && line[p] <= '9')
            ++p;
        if (p > at + 5 && line.sliced(p).startsWith(" exp="))
            found = at;
        ++at;
    }
    return found;
}

bool parseEntry(QByteArrayView line, StickTableDump &dump)
{
    const qsizetype colon = line.indexOf(": key=");
    if (colon <= 0 || !line.startsWith("0x"))
        return false;
    const qsizetype end = keyEnd(line, colon + 6);
    if (end < 0)
        return false;
    StickTableEntry entry;
    entry.pointer = line.first(colon).toByteArray();
    entry.key = line.sliced(colon + 6, end - colon - 6).toByteArray();
    entry.values.resize(dump.columns.size());
    const QByteArrayView rest = line.sliced(end + 1);
    for (qsizetype pos = 0; pos < rest.size();) {
        qsizetype space = rest.indexOf(' ', pos);
        if (space < 0)
            space = rest.size();
        const QByteArrayView word = rest.sliced(pos, space - pos);
        pos = space + 1;
        const qsizetype eq = word.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArrayView name = word.first(eq);
        const QByteArrayView value = word.sliced(eq + 1);
        if (name == "use") {
            entry.use = toInteger(value);
        } else if (name == "exp") {
            entry.expMs = toInteger(value);
        } else if (name == "shard") {
            entry.shard = toInteger(value);
        } else {
            const StickTableColumn column = columnOf(name);
            qsizetype c = dump.columnIndex(column.name);
            if (c < 0) {
                dump.columns.append(column);
                entry.values.resize(dump.columns.size());
                c = dump.columns.size() - 1;
            }
            entry.values[c] = value.toByteArray();
        }
    }
    dump.entries.append(std::move(entry));
    return true;
}

} // namespace

qint64 StickTableEntry::number(qsizetype c) const
{
    return c >= 0 && c < values.size() ? toInteger(values.at(c)) : StickTableInfo::NoValue;
}

qsizetype StickTableDump::columnIndex(QByteArrayView name) const
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).name == name)
            return c;
    }
    return -1;
}

bool StickTableParser::parseHeader(QByteArrayView line, StickTableInfo *info)
{
    qsizetype pos = 0;
    const QByteArrayView name = field(line, "# table: ", &pos);
    const QByteArrayView type = field(line, "type: ", &pos);
    const QByteArrayView size = field(line, "size:", &pos);
    const QByteArrayView used = field(line, "used:", &pos);
    if (name.isEmpty() || type.isEmpty())
        return false;
    info->name = name.toByteArray();
    info->type = type.toByteArray();
    info->size = toInteger(size);
    info->used = toInteger(used);
    return true;
}

Result<QList<StickTableInfo>> StickTableParser::parseList(QByteArrayView answer)
{
    QList<StickTableInfo> tables;
    for (const QByteArrayView line : linesOf(answer)) {
        if (line.isEmpty())
            continue;
        StickTableInfo info;
        if (!parseHeader(line, &info))
            return Result<QList<StickTableInfo>>::failure(
                StickTableParser::tr("Not a show table answer. HAProxy said: \"%1\"").arg(firstLineOf(line)));
        tables.append(std::move(info));
    }
    return tables;
}

Result<StickTableDump> StickTableParser::parseEntries(QByteArrayView answer)
{
    const QList<QByteArrayView> lines = linesOf(answer);
    StickTableDump dump;
    if (lines.isEmpty() || !parseHeader(lines.first(), &dump.table))
        return Result<StickTableDump>::failure(
            StickTableParser::tr("Not a stick table dump. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.isEmpty()) {
            dump.complete = true;
            break;
        }
        if (!parseEntry(line, dump))
            ++dump.skippedLines;
    }
    for (StickTableEntry &entry : dump.entries)
        entry.values.resize(dump.columns.size()); // a column first seen on a later entry
    return dump;
}
