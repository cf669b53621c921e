#include "core/parsers/parsetext.h"

QString ParseText::firstLineOf(QByteArrayView answer)
{
    qsizetype end = answer.indexOf('\n');
    if (end < 0)
        end = answer.size();
    const QByteArrayView line = answer.first(end).trimmed();
    constexpr qsizetype shown = 200;
    if (line.size() > shown)
        return QString::fromUtf8(line.first(shown)) + QStringLiteral("…");
    return QString::fromUtf8(line);
}
