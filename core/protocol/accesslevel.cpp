#include "core/protocol/accesslevel.h"

AccessLevel accessLevelFromName(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    if (trimmed == "user")
        return AccessLevel::User;
    if (trimmed == "operator")
        return AccessLevel::Operator;
    if (trimmed == "admin")
        return AccessLevel::Admin;
    return AccessLevel::Unknown;
}

QString accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::User:
        return QStringLiteral("user");
    case AccessLevel::Operator:
        return QStringLiteral("operator");
    case AccessLevel::Admin:
        return QStringLiteral("admin");
    case AccessLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
