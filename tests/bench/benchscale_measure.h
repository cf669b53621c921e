#pragma once

// What the scale benchmarks (bench_scale, bench_fleet) share: statistics over samples, the
// CPU time of a process or thread from the kernel, memory, and waits that keep the event loop
// running. Figures only: nothing here asserts.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>

#include <sys/types.h>

namespace BenchMeasure {

double median(QList<double> values);
double percentile(QList<double> values, double p); // p in 0..1
double maximum(const QList<double> &values);
double msSince(const QElapsedTimer &timer);

// utime + stime of process pid, every thread, in ms (from /proc/<pid>/stat: clock ticks, so a
// resolution of 1000 / _SC_CLK_TCK ms, 10 ms on Linux); -1 where it cannot be read.
double processCpuMs(pid_t pid);
double selfCpuMs(); // this process, from getrusage(): microseconds
double threadCpuMs(); // the calling thread, from CLOCK_THREAD_CPUTIME_ID
qint64 rssKiB(); // VmRSS of this process (0 where there is none)

// The machine's CPU time from /proc/stat, every CPU, in clock ticks: how busy the machine was
// between two readings (a shared machine's other work shows in a lateness figure).
struct MachineCpu
{
    quint64 busy = 0; // user, nice, system, irq, softirq, steal
    quint64 total = 0; // the same and idle, iowait
};
MachineCpu machineCpu();
double busyPercent(const MachineCpu &from, const MachineCpu &to); // of all CPUs
QByteArray loadAverage();

// `backends` backends of `servers` servers each on a port nobody listens on, without checks:
// HAProxy lists them as "no check" and never connects. Built as text: 10,000 servers take ms.
QString configBody(int backends, int servers);

// Runs the event loop for ms.
void waitMs(int ms);

// Runs the event loop until done() or timeoutMs, sleeping between events: processEvents()
// with a time limit drops WaitForMoreEvents and spins, which would bill a whole core to
// hadesk's process CPU; a timer wakes the loop to look at done() and the time instead.
template<typename Done>
bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// "name":1.234 for the JSON lines.
QByteArray jsonNumber(const char *name, double value, int decimals = 3);

} // namespace BenchMeasure
