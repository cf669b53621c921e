#pragma once

// Other processes that keep CPUs busy while a figure is taken, as a loaded desktop would:
// forked children that spin at nice 0 until stop(), the destructor or their own deadline,
// whichever comes first (and die with this process).
//
// Where the kernel groups processes by session for the scheduler (sched_autogroup_enabled),
// a busy program started from another terminal is in a group of its own: ownSessions does
// that (setsid()); without it the children share this process's group and its CPU share.

#include <QList>

#include <sys/types.h>

class CpuLoad
{
public:
    CpuLoad() = default;
    ~CpuLoad() { stop(); }
    CpuLoad(const CpuLoad &) = delete;
    CpuLoad &operator=(const CpuLoad &) = delete;

    // processes spinning children, each exiting by itself after maxSeconds at the latest.
    bool start(int processes, int maxSeconds, bool ownSessions);
    static bool autogroupEnabled(); // /proc/sys/kernel/sched_autogroup_enabled
    void stop(); // SIGKILL to each child by its pid, then reaped
    QList<pid_t> pids() const { return m_pids; }

private:
    QList<pid_t> m_pids;
};
