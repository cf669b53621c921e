#pragma once

// How the scale benchmarks watch the GUI thread: a fast timer's lateness, and the events that
// took longest.

#include "tests/bench/benchscale_measure.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

// Times every event the GUI thread delivers (outermost only) and keeps the slowest, so a
// stall can be put down to what caused it: a paint, a queued snapshot, a layout.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slowest
    {
        double ms = 0;
        QByteArray what;
    };
    bool recording = false;
    QList<Slowest> slowest; // the 5 slowest, slowest first

    bool notify(QObject *receiver, QEvent *event) override;

private:
    int m_depth = 0;
};

// The lateness of a fast timer's firings: how long the event loop was kept from serving it,
// and how much of that the GUI thread spent working (CPU time between two firings).
class LatencyProbe : public QObject
{
public:
    static constexpr int IntervalMs = 4;

    LatencyProbe();
    void start();
    void stop();
    const QList<double> &lateness() const { return m_lateness; }
    const QList<double> &busy() const { return m_busy; }

    // "lateness max 1.23 ms, p99 0.45 ms, median 0.12 ms, ..."
    QByteArray summary() const;
    // "maxMs":..,"p99Ms":..,"medianMs":..,"cpuMaxMs":..,"ticks":..,"over16":..,"machineBusyPercent":..
    QByteArray json() const;
    int lateTicks(double ms) const; // ticks later than ms

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_last;
    double m_lastCpuMs = 0;
    BenchMeasure::MachineCpu m_machineStart;
    double m_machineBusy = 0; // % of every CPU, from start() to stop()
    QList<double> m_lateness;
    QList<double> m_busy;
};
