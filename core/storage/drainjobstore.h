#pragma once

#include "core/workflows/drainjob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Keeps the scheduled drains in one JSON file. Every save replaces the file atomically and
// private to the user (AtomicFile: 0600, a temporary file, flushed and synced, then renamed
// over the old one), so a crash or a kill leaves either the old list or the new one, never
// half of one. A file that does not read back is never overwritten silently: load() reports
// it and keeps a copy next to it (<file>.corrupt) before anything is written again; when no
// copy can be kept, save() refuses until a load() reads the file (or finds none).
class DrainJobStore
{
    Q_DECLARE_TR_FUNCTIONS(DrainJobStore)
public:
    struct LoadResult
    {
        QList<DrainJob> jobs; // every job that could be read
        QString error; // empty when the whole file was read (or there was none)
        QString corruptCopyPath; // where the unreadable file was copied; empty if none
        bool ok() const { return error.isEmpty(); }
    };

    // QStandardPaths::AppDataLocation/drains.json
    static QString defaultPath();

    explicit DrainJobStore(const QString &path = defaultPath());

    QString path() const { return m_path; }

    // No file yet is not an error (an empty list). A file that is not a drains document, or
    // holds jobs that do not read, gives an error naming the problem and a .corrupt copy;
    // the jobs that did read are still returned.
    LoadResult load() const;
    // Writes every job; false with *error on failure (the old file is then untouched).
    bool save(const QList<DrainJob> &jobs, QString *error = nullptr) const;

private:
    QString keepCorruptCopy() const; // the copy's path, empty if copying failed

    QString m_path;
    // The last load() found a file it could not read and could not copy: saving would lose it.
    mutable bool m_unreadableWithoutCopy = false;
};
