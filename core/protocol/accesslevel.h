#pragma once

#include <QByteArrayView>
#include <QString>

// The level of a CLI session (`show cli level`). Ordered: a higher level may do
// everything a lower one may.
enum class AccessLevel { Unknown = 0, User = 1, Operator = 2, Admin = 3 };

AccessLevel accessLevelFromName(QByteArrayView name); // "user", "operator", "admin"; else Unknown
QString accessLevelName(AccessLevel level); // "user", "operator", "admin", "unknown"
