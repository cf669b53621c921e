#include "core/parsers/backendlistparser.h"

#include <QCoreApplication>

namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("BackendListParser", text);
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// The first word of a line (names cannot contain blanks).
QByteArrayView firstWord(QByteArrayView line)
{
    qsizetype b = 0;
    while (b < line.size() && isBlank(line[b]))
        ++b;
    qsizetype e = b;
    while (e < line.size() && !isBlank(line[e]))
        ++e;
    return line.sliced(b, e - b);
}

} // namespace

Result<QList<QByteArray>> BackendListParser::parse(QByteArrayView answer)
{
    qsizetype pos = 0;
    while (pos < answer.size() && (answer[pos] == '\n' || answer[pos] == '\r'))
        ++pos;
    if (pos == answer.size())
        return Result<QList<QByteArray>>::failure(message("HAProxy sent an empty answer to show backend."));

    auto nextLine = [&answer, &pos]() {
        const qsizetype nl = answer.indexOf('\n', pos);
        const qsizetype stop = nl < 0 ? answer.size() : nl;
        QByteArrayView line = answer.sliced(pos, stop - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl < 0 ? answer.size() : nl + 1;
        return line;
    };

    const QByteArrayView header = nextLine();
    if (!header.startsWith("# ") || firstWord(header.sliced(2)) != "name") {
        QByteArrayView shown = header.trimmed();
        if (shown.size() > 200)
            shown = shown.first(200);
        return Result<QList<QByteArray>>::failure(
            message("Not a show backend answer. HAProxy said: \"%1\"").arg(QString::fromUtf8(shown)));
    }

    QList<QByteArray> names;
    while (pos < answer.size()) {
        const QByteArrayView line = nextLine();
        if (line.isEmpty())
            break; // the blank line that ends every answer
        const QByteArrayView name = firstWord(line);
        if (!name.isEmpty())
            names.append(name.toByteArray());
    }
    return names;
}
