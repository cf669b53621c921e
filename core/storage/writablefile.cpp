#include "core/storage/writablefile.h"

#include <QDir>
#include <QFileInfo>

QString WritableFile::problem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No file is named.");
    const QString native = QDir::toNativeSeparators(path);
    if (!QDir::isAbsolutePath(path))
        return tr("“%1” is not a full path: it must start at the root folder (/).").arg(native);
    const QFileInfo info(path);
    if (path.endsWith(u'/') || info.isDir())
        return tr("%1 is a folder: name a file in it, such as %2.")
            .arg(native, QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("audit.jsonl"))));
    if (info.exists()) {
        if (!info.isFile())
            return tr("%1 is not a regular file.").arg(native);
        if (!info.isWritable())
            return tr("%1 cannot be written to (its permissions do not allow it).").arg(native);
        return {};
    }
    // The nearest folder above that exists must take the folders still to be made.
    QString folder = info.absolutePath();
    while (!QFileInfo::exists(folder) && !QDir(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    const QFileInfo existing(folder);
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    if (!existing.isDir())
        return tr("%1 is a file, not a folder: the file cannot go under it.").arg(nativeFolder);
    if (!existing.isWritable()) {
        return folder == info.absolutePath()
            ? tr("The folder %1 cannot be written to (its permissions do not allow it).").arg(nativeFolder)
            : tr("The folder %1 does not exist and cannot be made: %2 cannot be written to.")
                  .arg(QDir::toNativeSeparators(info.absolutePath()), nativeFolder);
    }
    return {};
}
