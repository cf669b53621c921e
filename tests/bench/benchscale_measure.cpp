#include "tests/bench/benchscale_measure.h"

#include <QFile>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace BenchMeasure {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double processCpuMs(pid_t pid)
{
    QFile stat(u"/proc/"_s + QString::number(pid) + u"/stat"_s);
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after its ')' are plain.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double selfCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &tv) {
        return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

MachineCpu machineCpu()
{
    QFile file(u"/proc/stat"_s);
    MachineCpu cpu;
    if (!file.open(QIODevice::ReadOnly))
        return cpu;
    // cpu  user nice system idle iowait irq softirq steal ...
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    for (qsizetype i = 1; i < std::min<qsizetype>(fields.size(), 9); ++i) {
        const quint64 ticks = fields.at(i).toULongLong();
        cpu.total += ticks;
        if (i != 4 && i != 5)
            cpu.busy += ticks;
    }
    return cpu;
}

double busyPercent(const MachineCpu &from, const MachineCpu &to)
{
    const quint64 total = to.total - from.total;
    return total > 0 ? double(to.busy - from.busy) * 100.0 / double(total) : 0;
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

QString configBody(int backends, int servers)
{
    QString body;
    body.reserve(backends * (40 + servers * 40));
    body += u"frontend fe\n    bind 127.0.0.1:${PORT:fe}\n    default_backend be_0\n"_s;
    for (int b = 0; b < backends; ++b) {
        body += u"\nbackend be_"_s + QString::number(b) + u"\n    balance roundrobin\n"_s;
        for (int s = 0; s < servers; ++s)
            body += u"    server s"_s + QString::number(s) + u" 127.0.0.1:1\n"_s;
    }
    return body;
}

void waitMs(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitUntil([&timer, ms] { return timer.elapsed() >= ms; }, ms + 1000);
}

QByteArray jsonNumber(const char *name, double value, int decimals)
{
    return '"' + QByteArray(name) + "\":" + QByteArray::number(value, 'f', decimals);
}

} // namespace BenchMeasure
