#include "core/parsers/mapfile.h"

#include <QHash>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool endsLine(char c)
{
    return c == '\n' || c == '\r' || c == '\0';
}

// One line's entry, or false for a comment or a blank line.
bool readLine(QByteArrayView line, MapFile::Kind kind, MapFileEntry &entry)
{
    if (line.startsWith('#'))
        return false;
    qsizetype pos = 0;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    qsizetype end = pos;
    while (end < line.size() && !endsLine(line.at(end)))
        ++end;
    if (end == pos)
        return false;
    if (kind == MapFile::Kind::Acl) {
        entry.key = line.sliced(pos, end - pos).toByteArray();
        entry.value.clear();
        return true;
    }
    qsizetype keyEnd = pos;
    while (keyEnd < end && !isBlank(line.at(keyEnd)))
        ++keyEnd;
    qsizetype valueStart = keyEnd;
    while (valueStart < end && isBlank(line.at(valueStart)))
        ++valueStart;
    qsizetype valueEnd = end;
    while (valueEnd > valueStart && isBlank(line.at(valueEnd - 1)))
        --valueEnd;
    entry.key = line.sliced(pos, keyEnd - pos).toByteArray();
    entry.value = line.sliced(valueStart, valueEnd - valueStart).toByteArray();
    return true;
}

bool hasLineEnd(const QByteArray &text)
{
    return text.contains('\n') || text.contains('\r') || text.contains('\0');
}

// Why `entry` cannot be written as one line that reads back the same; empty when it can.
QString formatProblem(const PatternEntry &entry, MapFile::Kind kind)
{
    const QString key = QString::fromUtf8(entry.key);
    if (entry.key.isEmpty())
        return MapFile::tr("an entry has an empty key");
    if (hasLineEnd(entry.key) || hasLineEnd(entry.value))
        return MapFile::tr("'%1' holds a line break").arg(key);
    if (isBlank(entry.key.front()))
        return MapFile::tr("'%1' starts with a blank, which the file format drops").arg(key);
    if (kind == MapFile::Kind::Acl)
        return {};
    if (entry.key.contains(' ') || entry.key.contains('\t'))
        return MapFile::tr("the key '%1' holds a blank: the file would split it").arg(key);
    if (!entry.value.isEmpty() && (isBlank(entry.value.front()) || isBlank(entry.value.back())))
        return MapFile::tr("the value of '%1' starts or ends with a blank, which the file format drops")
            .arg(key);
    return {};
}

} // namespace

QList<MapFileEntry> MapFile::parse(QByteArrayView text, Kind kind)
{
    QList<MapFileEntry> entries;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        MapFileEntry entry;
        if (readLine(text.sliced(start, end - start), kind, entry)) {
            entry.line = lineNumber;
            entries.append(std::move(entry));
        }
        start = end + 1;
    }
    return entries;
}

MapFileComparison MapFile::compare(
    const QList<PatternEntry> &live, const QList<MapFileEntry> &file, Kind kind)
{
    // key -> the file's entries with that key, in order; taken one by one as live ones match.
    QHash<QByteArray, QList<qsizetype>> byKey;
    byKey.reserve(file.size());
    for (qsizetype i = 0; i < file.size(); ++i)
        byKey[file.at(i).key].append(i);
    QHash<QByteArray, qsizetype> used; // key -> how many of its file entries are taken
    QList<bool> taken(file.size(), false);
    MapFileComparison result;
    result.liveStates.reserve(live.size());
    result.fileValues.resize(live.size());
    for (qsizetype i = 0; i < live.size(); ++i) {
        const PatternEntry &entry = live.at(i);
        const auto it = byKey.constFind(entry.key);
        qsizetype &n = used[entry.key];
        if (it == byKey.cend() || n >= it->size()) {
            result.liveStates.append(MapFileState::NotInFile);
            ++result.notInFile;
            continue;
        }
        const qsizetype fileIndex = it->at(n++);
        taken[fileIndex] = true;
        if (kind == Kind::Map && file.at(fileIndex).value != entry.value) {
            result.liveStates.append(MapFileState::Differs);
            result.fileValues[i] = file.at(fileIndex).value;
            ++result.differs;
        } else {
            result.liveStates.append(MapFileState::Same);
            ++result.same;
        }
    }
    for (qsizetype i = 0; i < file.size(); ++i) {
        if (!taken.at(i))
            result.onlyInFile.append(file.at(i));
    }
    return result;
}

MapFileText MapFile::format(const QList<PatternEntry> &live, Kind kind)
{
    MapFileText out;
    qsizetype size = 0;
    for (const PatternEntry &entry : live)
        size += entry.key.size() + entry.value.size() + 3;
    out.text.reserve(size);
    for (const PatternEntry &entry : live) {
        const QString problem = formatProblem(entry, kind);
        if (!problem.isEmpty())
            out.problems.append(problem);
        // A first '#' would make the line a comment; a blank before it keeps the key.
        if (entry.key.startsWith('#'))
            out.text += ' ';
        out.text += entry.key;
        if (kind == Kind::Map) {
            out.text += ' ';
            out.text += entry.value;
        }
        out.text += '\n';
    }
    return out;
}
