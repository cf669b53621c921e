#include "models/statrowkey.h"

char StatRowKey::letterOf(StatRow::Type type)
{
    switch (type) {
    case StatRow::Type::Frontend:
        return 'f';
    case StatRow::Type::Backend:
        return 'b';
    case StatRow::Type::Server:
        return 's';
    case StatRow::Type::Listener:
        return 'l';
    case StatRow::Type::Unknown:
        break;
    }
    return '?';
}

StatRow::Type StatRowKey::typeOf(char letter)
{
    switch (letter) {
    case 'f':
        return StatRow::Type::Frontend;
    case 'b':
        return StatRow::Type::Backend;
    case 's':
        return StatRow::Type::Server;
    case 'l':
        return StatRow::Type::Listener;
    default:
        return StatRow::Type::Unknown;
    }
}

std::optional<StatRowKey> StatRowKey::parse(QStringView text)
{
    if (text.size() < 4 || text.at(1) != u'/')
        return std::nullopt;
    const qsizetype slash = text.indexOf(u'/', 2);
    if (slash < 0)
        return std::nullopt;
    const char16_t letter = text.at(0).unicode();
    if (letter > 0x7f || (letter != u'?' && typeOf(char(letter)) == StatRow::Type::Unknown))
        return std::nullopt;
    return StatRowKey { char(letter), text.sliced(2, slash - 2).toUtf8(), text.sliced(slash + 1).toUtf8() };
}

QString StatRowKey::text() const
{
    return QLatin1Char(type) + u'/' + QString::fromUtf8(proxy) + u'/' + QString::fromUtf8(name);
}
