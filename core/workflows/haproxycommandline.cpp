#include "core/workflows/haproxycommandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QStringList HaproxyCommandLine::configFiles(QByteArrayView cmdline)
{
    QStringList files;
    QList<QByteArrayView> args;
    qsizetype start = 0;
    while (start < cmdline.size()) {
        qsizetype end = cmdline.indexOf('\0', start);
        if (end < 0)
            end = cmdline.size();
        args.append(cmdline.sliced(start, end - start));
        start = end + 1;
    }
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QByteArrayView arg = args[i];
        if (arg == "--")
            break; // HAProxy reads the remaining words as configuration files too
        if (arg == "-f" && i + 1 < args.size())
            files.append(QString::fromLocal8Bit(args[++i]));
        else if (arg.startsWith("-f") && arg.size() > 2)
            files.append(QString::fromLocal8Bit(arg.sliced(2)));
    }
    const qsizetype dashes = args.indexOf("--");
    if (dashes >= 0) {
        for (qsizetype i = dashes + 1; i < args.size(); ++i)
            files.append(QString::fromLocal8Bit(args[i]));
    }
    return files;
}

QStringList HaproxyCommandLine::configFilesOfProcess(qint64 pid)
{
    if (pid <= 0)
        return {};
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    QFile file(base + QStringLiteral("cmdline"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 MaxCmdlineBytes = 1024 * 1024;
    const QByteArray cmdline = file.read(MaxCmdlineBytes);
    const QString cwd = QFileInfo(base + QStringLiteral("cwd")).symLinkTarget();
    QStringList files;
    for (const QString &path : configFiles(cmdline))
        files.append(QDir::isAbsolutePath(path) || cwd.isEmpty() ? path : QDir(cwd).filePath(path));
    return files;
}
