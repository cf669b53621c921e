#pragma once

#include <QCoreApplication>
#include <QString>

// What the About box and `--version` say about this build.
namespace BuildInfo {

// The project version: main() sets it from CMake's PROJECT_VERSION (HADESK_VERSION), so
// code outside app/ reads it without a compile definition of its own.
inline QString version()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

// The HAProxy versions whose Runtime API hadesk was checked against.
inline QString haproxyCompatibility()
{
    return QCoreApplication::translate("BuildInfo", "HAProxy 2.6 – 3.2 Runtime API");
}

// "hadesk 0.1.0 (Qt 6.4.2), for the HAProxy 2.6 – 3.2 Runtime API"
inline QString aboutLine()
{
    return QCoreApplication::translate("BuildInfo", "hadesk %1 (Qt %2), for the %3")
        .arg(version(), QString::fromLatin1(qVersion()), haproxyCompatibility());
}

} // namespace BuildInfo
