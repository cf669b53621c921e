#pragma once

#include <QByteArray>

#include <fcntl.h>
#include <unistd.h>

// Reads a procfs file (/proc/<pid>/stat, /proc/<pid>/cmdline) whole: they report size 0, so
// plain read() until EOF, at most 256 KiB. Empty when the file cannot be opened (the process
// is gone). Shared by the fixture and the test backend's reaper.
inline QByteArray readProcFile(const QByteArray &path)
{
    QByteArray data;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return data;
    char buffer[4096];
    for (int i = 0; i < 64; ++i) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    ::close(fd);
    return data;
}
