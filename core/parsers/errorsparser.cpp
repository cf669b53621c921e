#include "core/parsers/errorsparser.h"

#include "core/parsers/parsetext.h"

namespace {

using ParseText::firstLineOf;
using ParseText::linesOf;
using ParseText::toInteger;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "name (#id)" -> name and id.
void nameAndId(QByteArrayView text, QByteArray *name, qint64 *id)
{
    const qsizetype open = text.lastIndexOf(" (#");
    if (open < 0 || !text.endsWith(')')) {
        *name = text.toByteArray();
        return;
    }
    *name = text.first(open).toByteArray();
    *id = toInteger(text.sliced(open + 3, text.size() - open - 4));
}

// "[date] frontend fe (#2): invalid request"
bool parseTitle(QByteArrayView line, ErrorEvent &event)
{
    const qsizetype close = line.indexOf("] ");
    const qsizetype colon = line.indexOf("): ");
    if (!line.startsWith('[') || close < 0 || colon < close)
        return false;
    event.date = line.sliced(1, close - 1).toByteArray();
    const QByteArrayView who = line.sliced(close + 2, colon + 1 - close - 2);
    const qsizetype space = who.indexOf(' ');
    if (space < 0)
        return false;
    event.proxyKind = who.first(space).toByteArray();
    nameAndId(who.sliced(space + 1), &event.proxy, &event.proxyId);
    event.kind = line.sliced(colon + 3).toByteArray();
    return true;
}

// "backend <NONE> (#-1), server <NONE> (#-1), event #0, src 127.0.0.1:44446"
void parseSource(QByteArrayView line, ErrorEvent &event)
{
    const QList<QByteArray> parts = line.trimmed().toByteArray().split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype space = part.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArrayView word = QByteArrayView(part).first(space);
        const QByteArrayView rest = QByteArrayView(part).sliced(space + 1);
        if (word == "server") {
            nameAndId(rest, &event.server, &event.serverId);
        } else if (word == "frontend" || word == "backend") {
            event.otherProxyKind = word.toByteArray();
            nameAndId(rest, &event.otherProxy, &event.otherProxyId);
        } else if (word == "event" && rest.startsWith('#')) {
            event.eventNumber = toInteger(rest.sliced(1));
        } else if (word == "src") {
            event.source = rest.toByteArray();
        }
    }
}

// A detail line's "len N" and "error at position N".
void parseDetail(QByteArrayView line, ErrorEvent &event)
{
    for (const QByteArray &raw : line.toByteArray().split(',')) {
        const QByteArray part = raw.trimmed();
        if (part.startsWith("len "))
            event.length = toInteger(part.mid(4));
        else if (part.startsWith("error at position "))
            event.errorPosition = toInteger(part.mid(18));
    }
}

// "  00020  Host: a\r\n" or the continuation "  00096+ xxx": the offset, then the text.
bool parseDumpLine(QByteArrayView line, ErrorEvent &event)
{
    if (line.size() < 9 || !line.startsWith("  "))
        return false;
    const qint64 offset = toInteger(line.sliced(2, 5));
    if (offset == ErrorEvent::NoValue || (line[7] != ' ' && line[7] != '+') || line[8] != ' ')
        return false;
    if (offset != event.bytes.size())
        ++event.badDumpLines;
    event.bytes += ErrorsParser::unescape(line.sliced(9));
    return true;
}

} // namespace

QByteArray ErrorsParser::unescape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const char e = text[++i];
        switch (e) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'e':
            out += '\x1b';
            break;
        case 'x':
            if (i + 2 < text.size() && hexDigit(text[i + 1]) >= 0 && hexDigit(text[i + 2]) >= 0) {
                out += char(hexDigit(text[i + 1]) * 16 + hexDigit(text[i + 2]));
                i += 2;
            } else {
                out += "\\x";
            }
            break;
        default: // "\\" and anything unknown: the character itself
            out += e;
            break;
        }
    }
    return out;
}

Result<ErrorsDump> ErrorsParser::parse(QByteArrayView answer)
{
    const QList<QByteArrayView> lines = linesOf(answer);
    ErrorsDump dump;
    const QByteArrayView head = lines.isEmpty() ? QByteArrayView() : lines.first();
    const qsizetype open = head.indexOf('[');
    const qsizetype close = head.indexOf("] : ");
    if (!head.startsWith("Total events captured on [") || open < 0 || close < open)
        return Result<ErrorsDump>::failure(
            ErrorsParser::tr("Not a show errors answer. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
    dump.capturedAt = head.sliced(open + 1, close - open - 1).toByteArray();
    dump.total = toInteger(head.sliced(close + 4));

    enum class Part { Between, Source, Details, Dump } part = Part::Between;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith('[')) {
            ErrorEvent event;
            if (parseTitle(line, event)) {
                dump.events.append(std::move(event));
                part = Part::Source;
            }
            continue;
        }
        if (part == Part::Between || line.trimmed().isEmpty()) {
            // "  " between the details and the dump; " " or "" after an event.
            part = part == Part::Details && line == "  " ? Part::Dump : Part::Between;
            continue;
        }
        ErrorEvent &event = dump.events.last();
        if (part == Part::Source) {
            parseSource(line, event);
            part = Part::Details;
        } else if (part == Part::Details) {
            event.details.append(line.trimmed().toByteArray());
            parseDetail(line, event);
        } else if (!parseDumpLine(line, event)) {
            ++event.badDumpLines;
        }
    }
    return dump;
}
