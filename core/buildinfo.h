#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// What the About box and `--version` say about this build.
namespace BuildInfo {

// The project version: main() sets it from CMake's PROJECT_VERSION (HADESK_VERSION), so
// code outside app/ reads it without a compile definition of its own.
inline QString version()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

// The commit the build was configured at, when it was built from a git checkout (main()
// sets it from CMake's HADESK_COMMIT as the application's "hadeskCommit" property); empty
// otherwise.
inline QString commit()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app ? app->property("hadeskCommit").toString() : QString();
}

// The HAProxy versions hadesk was checked against, and those it expects to work with: every
// test run starts 2.6 and 3.0; differences between versions are found by their answers
// (docs/runtime-api.md), a version number only decides the few features no answer can tell.
inline QString haproxyCompatibility()
{
    return QCoreApplication::translate("BuildInfo",
        "tested with HAProxy 2.6 and 3.0 (checked by hand on 3.2 and 3.4); other versions from 2.6 to "
        "3.x expected to work by capability detection");
}

// "hadesk 0.1.0 (Qt 6.4.2), tested with HAProxy 2.6 and 3.0 (…)"
inline QString aboutLine()
{
    return QCoreApplication::translate("BuildInfo", "hadesk %1 (Qt %2), %3")
        .arg(version(), QString::fromLatin1(qVersion()), haproxyCompatibility());
}

} // namespace BuildInfo
