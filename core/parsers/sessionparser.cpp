#include "core/parsers/sessionparser.h"

#include "core/parsers/parsetext.h"

namespace {

using ParseText::firstLineOf;
using ParseText::toInteger;

// "name=value", or "name[...]" for the buffers ("rq[f=...,i=0]").
QPair<QByteArray, QByteArray> nameValue(QByteArrayView word)
{
    const qsizetype eq = word.indexOf('=');
    const qsizetype bracket = word.indexOf('[');
    if (bracket > 0 && (eq < 0 || bracket < eq))
        return { word.first(bracket).toByteArray(), word.sliced(bracket).toByteArray() };
    if (eq <= 0)
        return { word.toByteArray(), QByteArray() };
    return { word.first(eq).toByteArray(), word.sliced(eq + 1).toByteArray() };
}

bool parseLine(QByteArrayView line, SessionRow &row)
{
    const qsizetype colon = line.indexOf(": ");
    if (!line.startsWith("0x") || colon <= 2)
        return false;
    row.pointer = line.first(colon).toByteArray();
    const QList<QByteArray> words = line.sliced(colon + 2).toByteArray().split(' ');
    for (const QByteArray &word : words) {
        if (word.isEmpty())
            continue;
        auto field = nameValue(word);
        const QByteArray &name = field.first;
        const QByteArray &value = field.second;
        if (name == "proto")
            row.proto = value;
        else if (name == "src")
            row.source = value;
        else if (name == "fe")
            row.frontend = value;
        else if (name == "be")
            row.backend = value;
        else if (name == "srv")
            row.server = value;
        else if (name == "age")
            row.ageSeconds = SessionParser::durationSeconds(value);
        else if (name == "calls")
            row.calls = toInteger(value);
        row.fields.append(std::move(field));
    }
    return true;
}

} // namespace

QByteArray SessionRow::field(QByteArrayView name) const
{
    for (const auto &f : fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

qint64 SessionParser::durationSeconds(QByteArrayView text)
{
    if (text.isEmpty())
        return SessionRow::NoValue;
    qint64 total = 0;
    qint64 number = -1;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number = (number < 0 ? 0 : number) * 10 + (c - '0');
            if (number > (qint64(1) << 40))
                return SessionRow::NoValue;
            continue;
        }
        const qint64 unit = c == 'd' ? 86400 : c == 'h' ? 3600 : c == 'm' ? 60 : c == 's' ? 1 : 0;
        if (unit == 0 || number < 0)
            return SessionRow::NoValue;
        total += number * unit;
        number = -1;
    }
    return number < 0 ? total : SessionRow::NoValue;
}

Result<QList<SessionRow>> SessionParser::parse(QByteArrayView answer)
{
    QList<SessionRow> rows;
    const QList<QByteArray> lines = answer.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        SessionRow row;
        if (!parseLine(trimmed, row)) {
            if (rows.isEmpty())
                return Result<QList<SessionRow>>::failure(
                    SessionParser::tr("Not a show sess answer. HAProxy said: \"%1\"")
                        .arg(firstLineOf(trimmed)));
            continue; // a line HAProxy added that is not a stream: tolerated
        }
        rows.append(std::move(row));
    }
    return rows;
}
