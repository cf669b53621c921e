#include "core/parsers/mapparser.h"

#include "core/parsers/parsetext.h"

namespace {

using ParseText::firstLineOf;
using ParseText::linesOf;

bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

bool isRef(QByteArrayView word)
{
    if (word.size() < 3 || !word.startsWith("0x"))
        return false;
    for (const char c : word.sliced(2)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

qint64 number(QByteArrayView text)
{
    const qint64 n = ParseText::toInteger(text.data(), text.data() + text.size());
    return n == ParseText::NoValue || n < 0 ? PatternListInfo::NoValue : n;
}

// "<id> (<file>) <description>. curr_ver=N next_ver=N entry_cnt=N": the key=value words
// are read from the end, so new fields and descriptions with '=' in them both work.
bool parseListLine(QByteArrayView line, PatternListInfo &info)
{
    const qsizetype open = line.indexOf(" (");
    if (open < 1)
        return false;
    info.id = number(line.first(open));
    const qsizetype close = line.indexOf(')', open + 2);
    if (info.id == PatternListInfo::NoValue || close < 0)
        return false;
    info.file = line.sliced(open + 2, close - open - 2).toByteArray();
    QByteArrayView rest = line.sliced(close + 1).trimmed();
    QList<QPair<QByteArray, QByteArray>> fields;
    while (!rest.isEmpty()) {
        const qsizetype space = rest.lastIndexOf(' ');
        const QByteArrayView word = rest.sliced(space + 1);
        const qsizetype eq = word.indexOf('=');
        if (eq < 1 || !isFieldName(word.first(eq)))
            break;
        fields.prepend({ word.first(eq).toByteArray(), word.sliced(eq + 1).toByteArray() });
        rest = space < 0 ? QByteArrayView() : rest.first(space).trimmed();
    }
    if (rest.endsWith('.'))
        rest.chop(1);
    info.description = rest.toByteArray();
    for (const auto &[name, value] : std::as_const(fields)) {
        if (name == "curr_ver")
            info.currentVersion = number(value);
        else if (name == "next_ver")
            info.nextVersion = number(value);
        else if (name == "entry_cnt")
            info.entryCount = number(value);
        else
            info.extraFields.append({ name, value });
    }
    return true;
}

// `k=v, k="v", ...`; a quoted value ends at a quote followed by ", " or the end of the line.
bool splitFields(QByteArrayView line, QList<QPair<QByteArray, QByteArray>> &out)
{
    qsizetype pos = 0;
    while (pos < line.size()) {
        const qsizetype eq = line.indexOf('=', pos);
        if (eq < 0)
            return false;
        const QByteArrayView name = line.sliced(pos, eq - pos).trimmed();
        if (!isFieldName(name))
            return false;
        qsizetype valueStart = eq + 1;
        qsizetype valueEnd = 0;
        qsizetype next = 0;
        if (valueStart < line.size() && line.at(valueStart) == '"') {
            ++valueStart;
            qsizetype q = line.indexOf("\", ", valueStart);
            if (q < 0) {
                if (!line.endsWith('"') || line.size() - 1 < valueStart)
                    return false;
                q = line.size() - 1;
            }
            valueEnd = q;
            next = q + 3;
        } else {
            const qsizetype comma = line.indexOf(", ", valueStart);
            valueEnd = comma < 0 ? line.size() : comma;
            next = comma < 0 ? line.size() : comma + 2;
        }
        out.append({ name.toByteArray(), line.sliced(valueStart, valueEnd - valueStart).toByteArray() });
        pos = next;
    }
    return !out.isEmpty();
}

} // namespace

Result<QList<PatternListInfo>> MapParser::parseList(QByteArrayView answer)
{
    using R = Result<QList<PatternListInfo>>;
    const QList<QByteArrayView> lines = linesOf(answer, ParseText::BlankLines::Skip);
    if (lines.isEmpty() || !lines.first().startsWith("# id"))
        return R::failure(tr("Not a list of maps or ACLs. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
    QList<PatternListInfo> list;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        PatternListInfo info;
        if (!parseListLine(lines.at(i), info)) {
            return R::failure(
                tr("Line %1 of the list of maps or ACLs cannot be read: \"%2\"")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(lines.at(i).first(qMin<qsizetype>(lines.at(i).size(), 200)))));
        }
        list.append(std::move(info));
    }
    return list;
}

Result<QList<PatternEntry>> MapParser::parseEntries(QByteArrayView answer, Kind kind)
{
    using R = Result<QList<PatternEntry>>;
    QList<PatternEntry> entries;
    const QList<QByteArrayView> lines = linesOf(answer, ParseText::BlankLines::Skip);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype space = line.indexOf(' ');
        if (space < 0 || !isRef(line.first(space))) {
            if (i == 0)
                return R::failure(tr("Not a list of entries. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
            return R::failure(tr("Entry line %1 does not start with a reference: \"%2\"")
                                  .arg(i + 1)
                                  .arg(QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 200)))));
        }
        PatternEntry entry;
        entry.ref = line.first(space).toByteArray();
        const QByteArrayView rest = line.sliced(space + 1);
        const qsizetype split = kind == Kind::Map ? rest.indexOf(' ') : -1;
        entry.key = (split < 0 ? rest : rest.first(split)).toByteArray();
        if (split >= 0)
            entry.value = rest.sliced(split + 1).toByteArray();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<PatternMatch> MapParser::parseGet(QByteArrayView answer)
{
    using R = Result<PatternMatch>;
    const QList<QByteArrayView> lines = linesOf(answer, ParseText::BlankLines::Skip);
    PatternMatch match;
    if (lines.isEmpty() || !splitFields(lines.first(), match.fields))
        return R::failure(
            tr("Not an answer to get map or get acl. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
    bool sawResult = false;
    bool afterValue = false;
    for (const auto &[name, value] : std::as_const(match.fields)) {
        if (name == "found" || name == "match") {
            match.found = value == "yes";
            sawResult = true;
        } else if (name == "type") {
            (afterValue ? match.valueType : match.matchType) = value;
        } else if (name == "case") {
            match.caseMode = value;
        } else if (name == "idx") {
            match.index = value;
        } else if (name == "key" || name == "pattern") {
            match.key = value;
        } else if (name == "value") {
            match.value = value;
            afterValue = true;
        }
    }
    if (!sawResult)
        return R::failure(tr("The answer to get map or get acl says neither found= nor match=: \"%1\"")
                              .arg(firstLineOf(answer)));
    return match;
}
