#include "core/parsers/infoparser.h"

QByteArray HaproxyInfo::value(QByteArrayView key) const
{
    for (const auto &field : fields) {
        if (field.first == key)
            return field.second;
    }
    return {};
}

qint64 HaproxyInfo::number(QByteArrayView key, qint64 fallback) const
{
    const QByteArray text = value(key);
    bool ok = false;
    const qint64 result = text.toLongLong(&ok);
    return ok ? result : fallback;
}

HaproxyInfo InfoParser::parse(QByteArrayView answer)
{
    HaproxyInfo info;
    qsizetype start = 0;
    while (start < answer.size()) {
        qsizetype end = answer.indexOf('\n', start);
        if (end < 0)
            end = answer.size();
        QByteArrayView line = answer.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            info.fields.append({ line.first(colon).toByteArray(), line.sliced(colon + 2).toByteArray() });
        start = end + 1;
    }
    return info;
}
