#pragma once

#include <QCoreApplication>
#include <QString>

// Whether hadesk could write a file at a path the user typed (the audit log's place), checked
// before the path is kept, so that a mistake is said at once rather than at the first record.
class WritableFile
{
    Q_DECLARE_TR_FUNCTIONS(WritableFile)
public:
    // Empty when path is absolute and names a file that is writable, or none yet in a folder
    // that is writable or can be made (the nearest folder above that exists is writable);
    // else, in words, why not. Creates nothing.
    static QString problem(const QString &path);
};
