#include "models/errorbytestext.h"

QString ErrorBytesText::renderByte(char byte)
{
    const auto c = static_cast<unsigned char>(byte);
    switch (c) {
    case '\r':
        return QStringLiteral("\\r");
    case '\n':
        return QStringLiteral("\\n");
    case '\t':
        return QStringLiteral("\\t");
    case '\\':
        return QStringLiteral("\\\\");
    }
    if (c >= 0x20 && c < 0x7f)
        return QString(QLatin1Char(char(c)));
    return QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
}

ErrorBytesText ErrorBytesText::render(const QByteArray &bytes, qint64 position)
{
    ErrorBytesText result;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QString shown = renderByte(bytes.at(i));
        if (i == position) {
            result.markStart = int(result.text.size());
            result.markLength = int(shown.size());
            result.markedByte = shown;
        }
        result.text += shown;
        if (bytes.at(i) == '\n')
            result.text += u'\n';
    }
    return result;
}
