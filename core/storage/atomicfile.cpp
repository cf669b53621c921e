#include "core/storage/atomicfile.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString AtomicFile::makeFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    // The missing folders, innermost first; each is created 0700 (QDir::mkpath would use
    // 0777 less the umask).
    QStringList missing;
    for (QFileInfo info(folder); !info.exists(); info = QFileInfo(info.absolutePath())) {
        if (info.isRoot())
            break;
        missing.prepend(info.absoluteFilePath());
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, PrivateFolder) && !QFileInfo(dir).isDir())
            return tr("Could not create the folder %1.").arg(native(dir));
    }
    if (!QFileInfo(folder).isDir())
        return tr("Could not create the folder %1: a file of that name is in the way.").arg(native(folder));
    return {};
}

QString AtomicFile::write(const QString &path, const QByteArray &bytes, Folders folders)
{
    const auto attempt = [&]() -> QString {
        if (folders == Folders::MustExist) {
            if (const QString folder = QFileInfo(path).absolutePath(); !QFileInfo(folder).isDir())
                return tr("Could not write %1: the folder %2 does not exist.")
                    .arg(native(path), native(folder));
        } else if (const QString error = makeFolder(path); !error.isEmpty()) {
            return tr("Could not write %1: %2").arg(native(path), error);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2").arg(native(path), file.errorString());
        // Before commit(): the rename then brings the private mode with it, whatever the old
        // file's was.
        if (!file.setPermissions(PrivateFile)) {
            const QString message = file.errorString();
            file.cancelWriting();
            return tr("Could not make %1 private to you: %2").arg(native(path), message);
        }
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            const QString message = file.errorString();
            file.cancelWriting();
            return tr("Could not write %1: %2").arg(native(path), message);
        }
        // commit() syncs the temporary file to disk before renaming it over the old one.
        if (!file.commit())
            return tr("Could not save %1: %2").arg(native(path), file.errorString());
        return {};
    };
    const QString error = attempt();
    if (error.isEmpty())
        qCDebug(
            lcStorage, "wrote %s (%lld bytes, 0600)", qPrintable(path), static_cast<long long>(bytes.size()));
    else
        qCWarning(lcStorage, "%s", qPrintable(error));
    return error;
}

QString AtomicFile::makePrivate(const QString &path)
{
    if (const QString error = makeFolder(path); !error.isEmpty())
        return error;
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile) && !file.exists())
            return tr("Could not create %1: %2").arg(native(path), file.errorString());
        return {};
    }
    if (!file.setPermissions(PrivateFile))
        return tr("Could not make %1 private to you: %2").arg(native(path), file.errorString());
    return {};
}

QString AtomicFile::keepAside(const QString &path)
{
    const QString copy = keepAsideUnlogged(path);
    if (copy.isEmpty())
        qCWarning(lcStorage, "could not keep %s aside", qPrintable(path));
    else
        qCInfo(lcStorage, "kept %s aside as %s", qPrintable(path), qPrintable(copy));
    return copy;
}

QString AtomicFile::keepAsideUnlogged(const QString &path)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = source.readAll();
    if (source.error() != QFileDevice::NoError)
        return {};
    source.close();

    // The same bytes kept earlier (the file was found unreadable at an earlier start) are
    // evidence enough: no second copy.
    const QFileInfo info(path);
    const QString base = info.fileName() + QStringLiteral(".corrupt");
    const QDir dir = info.absoluteDir();
    const QStringList earlier = dir.entryList(
        { base, base + QStringLiteral(".*") }, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : earlier) {
        QFile copy(dir.filePath(name));
        if (copy.size() == bytes.size() && copy.open(QIODevice::ReadOnly) && copy.readAll() == bytes)
            return copy.fileName();
    }

    QString copyPath = path + QStringLiteral(".corrupt");
    if (QFileInfo::exists(copyPath)) {
        const QString stamped =
            copyPath + u'.' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
        copyPath = stamped;
        for (int n = 2; QFileInfo::exists(copyPath); ++n)
            copyPath = stamped + u'-' + QString::number(n);
    }
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
        return {};
    if (copy.write(bytes) != bytes.size() || !copy.flush()) {
        copy.close();
        copy.remove();
        return {};
    }
    return copyPath;
}

bool AtomicFile::removeDeadLock(const QString &lockPath)
{
    const QByteArray native = QFile::encodeName(lockPath);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // none (or not ours to read)
    // QLockFile holds flock() on its file from just after creating it until it unlocks:
    // when we get it, no live QLockFile has this lock.
    bool dead = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        QFile file;
        QByteArray contents;
        if (file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            contents = file.read(4096);
        bool numeric = false;
        const qint64 pid = contents.split('\n').value(0).trimmed().toLongLong(&numeric);
        dead = !numeric || pid <= 0 || (::kill(pid_t(pid), 0) == -1 && errno == ESRCH);
        if (dead)
            dead = ::unlink(native.constData()) == 0;
    }
    ::close(fd);
    if (dead)
        qCInfo(lcStorage, "removed the lock %s left by a writer that is gone", qUtf8Printable(lockPath));
    return dead;
}
