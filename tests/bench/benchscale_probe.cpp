#include "tests/bench/benchscale_probe.h"

#include "tests/bench/benchscale_measure.h"

#include <QMetaEnum>

#include <algorithm>

using namespace BenchMeasure;

bool TimingApplication::notify(QObject *receiver, QEvent *event)
{
    if (!recording || m_depth > 0)
        return QApplication::notify(receiver, event);
    ++m_depth;
    const double start = threadCpuMs();
    const int type = event->type();
    const bool result = QApplication::notify(receiver, event);
    const double ms = threadCpuMs() - start;
    --m_depth;
    if (slowest.size() < 5 || ms > slowest.last().ms) {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        Slowest entry { ms,
            QByteArray(receiver->metaObject()->className()) + ' '
                + (name ? QByteArray(name) : QByteArray::number(type)) };
        slowest.insert(std::upper_bound(slowest.begin(), slowest.end(), entry,
                           [](const Slowest &a, const Slowest &b) { return a.ms > b.ms; }),
            entry);
        if (slowest.size() > 5)
            slowest.removeLast();
    }
    return result;
}

LatencyProbe::LatencyProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_lateness.clear();
    m_busy.clear();
    m_last.start();
    m_lastCpuMs = threadCpuMs();
    m_machineStart = machineCpu();
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
    m_machineBusy = busyPercent(m_machineStart, machineCpu());
}

int LatencyProbe::lateTicks(double ms) const
{
    return int(
        std::count_if(m_lateness.cbegin(), m_lateness.cend(), [ms](double late) { return late > ms; }));
}

void LatencyProbe::tick()
{
    const double gap = msSince(m_last);
    m_last.start();
    m_lateness.append(std::max(0.0, gap - IntervalMs));
    // The CPU time used beyond the interval itself: the part of the lateness that was this
    // thread's own work.
    const double cpu = threadCpuMs();
    m_busy.append(std::max(0.0, cpu - m_lastCpuMs - IntervalMs));
    m_lastCpuMs = cpu;
}

QByteArray LatencyProbe::summary() const
{
    return "lateness max " + QByteArray::number(maximum(m_lateness), 'f', 2) + " ms, p99 "
        + QByteArray::number(percentile(m_lateness, 0.99), 'f', 2) + " ms, median "
        + QByteArray::number(median(m_lateness), 'f', 2) + " ms (GUI thread's own work in a stall: max "
        + QByteArray::number(maximum(m_busy), 'f', 2) + " ms; " + QByteArray::number(lateTicks(16)) + " of "
        + QByteArray::number(m_lateness.size()) + " ticks of " + QByteArray::number(IntervalMs)
        + " ms over 16 ms late; the machine's CPUs " + QByteArray::number(m_machineBusy, 'f', 0) + " % busy)";
}

QByteArray LatencyProbe::json() const
{
    return jsonNumber("maxMs", maximum(m_lateness)) + ',' + jsonNumber("p99Ms", percentile(m_lateness, 0.99))
        + ',' + jsonNumber("medianMs", median(m_lateness)) + ',' + jsonNumber("cpuMaxMs", maximum(m_busy))
        + ",\"ticks\":" + QByteArray::number(m_lateness.size()) + ",\"over16\":"
        + QByteArray::number(lateTicks(16)) + ',' + jsonNumber("machineBusyPercent", m_machineBusy, 1);
}
