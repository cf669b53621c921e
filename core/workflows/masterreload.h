#pragma once

#include "core/parsers/procparser.h"
#include "core/parsers/startuplog.h"
#include "core/protocol/runtimereply.h"
#include "core/workflows/clock.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

class RuntimeConnection;

// Reloads HAProxy through its master CLI and finds out how it went, on every version:
// `show proc` first (the master's reload and failure counts, the current worker), then
// `reload` on a connection of its own (the master drops every CLI session while it
// reloads). HAProxy 2.7+ answers "Success=1|0" and the startup log; 2.6 answers nothing, so
// `show proc` is watched until a new worker appears or the failure count grows. A loaded
// reload finishes once the instance's connection has followed the new worker by its pid.
// The `reload` line is sent once and never again, whatever happens to the link.
class MasterReload : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Loaded, // a new worker runs the configuration on disk
        Failed, // the configuration did not load; the old worker still serves
        Unknown, // sent, but nothing told the result in time
        NotSent, // refused before sending (not a master socket, level, no connection)
    };
    struct Report
    {
        Outcome outcome = Outcome::Unknown;
        qint64 oldWorker = 0;
        qint64 newWorker = 0; // the worker serving afterwards (the old one when it failed)
        std::optional<bool> haproxySaid; // HAProxy's own Success=1|0 (2.7+)
        QList<StartupLogLine> log; // the startup log HAProxy sent (2.7+)
        QString message; // the outcome in words
    };

    static constexpr int WatchIntervalMs = 200;
    static constexpr int WatchLimitMs = 30000; // after the reload was sent

    explicit MasterReload(
        RuntimeConnection *connection, Clock *clock = Clock::system(), QObject *parent = nullptr);

    void start(); // once; finished() follows exactly once
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &message);
    void finished(const MasterReload::Report &report);

private:
    void sendReload();
    void onReloadAnswer(const RuntimeReply &reply);
    void watch();
    void onProc(const ProcList &list);
    void finish(Outcome outcome, const QString &message);

    QPointer<RuntimeConnection> m_connection;
    Clock *m_clock;
    ClockTimer *m_timer;
    ProcList m_before;
    Report m_report;
    qint64 m_sentAtMs = 0;
    bool m_running = false;
    bool m_done = false;
};
Q_DECLARE_METATYPE(MasterReload::Report)
