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

QList<QByteArrayView> ParseText::linesOf(QByteArrayView answer, BlankLines blank)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < answer.size()) {
        const qsizetype nl = answer.indexOf('\n', pos);
        const qsizetype stop = nl < 0 ? answer.size() : nl;
        QByteArrayView line = answer.sliced(pos, stop - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (blank == BlankLines::Keep || !line.trimmed().isEmpty())
            lines.append(line);
        pos = stop + 1;
    }
    return lines;
}
