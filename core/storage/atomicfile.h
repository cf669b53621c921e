#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How hadesk writes its files: private to the user (0600, in folders created 0700) and
// atomic (QSaveFile: a temporary file, flushed and synced, then renamed over the old one,
// so a crash or a kill leaves the old file or the complete new one, never half of one).
// And what it does with a file it cannot read: it keeps a copy aside before anything can
// write over it.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    // Replaces path with bytes. Folders that do not exist are created 0700 (existing ones
    // are left as they are); the file is 0600 afterwards, also when an older one was 0644
    // (QSaveFile would otherwise copy the old file's mode). Returns an error in words naming
    // the path, empty on success; on failure the old file is untouched. Exports pass
    // Folders::MustExist: a folder missing from a path the user chose is a mistake to report.
    enum class Folders { Create, MustExist };
    static QString write(const QString &path, const QByteArray &bytes, Folders folders = Folders::Create);

    // Creates the folders leading to path that do not exist, each 0700. Error in words,
    // empty on success.
    static QString makeFolder(const QString &path);

    // For files written by another writer (QSettings): creates the folders (0700) and an
    // empty file 0600 when there is none, or makes an existing one 0600. Writers that
    // replace the file keep that mode. Error in words, empty on success.
    static QString makePrivate(const QString &path);

    // Copies an unreadable file to <path>.corrupt (0600), so the bytes survive whatever
    // is written at path later. When a .corrupt copy is already there, the new one is
    // <path>.corrupt.<UTC timestamp> (never replacing evidence); when an earlier copy holds
    // exactly the same bytes, that copy is returned instead of a second one. Returns the
    // copy's path, empty when no copy could be made.
    static QString keepAside(const QString &path);

    // A lock file (QLockFile's format, as QSettings leaves <file>.lock) whose writer is gone:
    // no process holds its lock and it is empty (the writer died between creating and
    // filling it) or names a process that no longer exists. QLockFile takes such an empty
    // file for live for 30 s, so a QSettings save right after a crash or a kill would wait
    // that long. Removes it and returns true; a lock a live process holds is left alone.
    static bool removeDeadLock(const QString &lockPath);

private:
    static QString keepAsideUnlogged(const QString &path);
};
