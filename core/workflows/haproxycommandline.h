#pragma once

#include <QByteArrayView>
#include <QStringList>

// What a local HAProxy process was started with, read from /proc/<pid>/cmdline: the
// configuration it loads, so that a reload's loss can be checked against the same file
// without the user typing it. Only for an instance on this machine (a Unix socket or a
// loopback address); for any other the path would name a file elsewhere.
class HaproxyCommandLine
{
public:
    // The files given with -f (as "-f FILE" or "-fFILE"), in order; cmdline is NUL-separated.
    static QStringList configFiles(QByteArrayView cmdline);
    // configFiles() of a running process, made absolute against its working folder; empty
    // when it cannot be read (not ours, gone, no /proc).
    static QStringList configFilesOfProcess(qint64 pid);
};
