#include "tests/bench/benchscale_cpuload.h"

#include <QFile>

#include <csignal>
#include <ctime>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// In the forked child of a threaded process: async-signal-safe calls only.
[[noreturn]] void spinUntil(time_t deadline, bool ownSession)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (ownSession)
        setsid();
    timespec now {};
    volatile unsigned long spins = 0;
    do {
        for (int i = 0; i < 1000000; ++i)
            spins = spins + 1;
        clock_gettime(CLOCK_MONOTONIC, &now);
    } while (now.tv_sec < deadline);
    _exit(0);
}

} // namespace

bool CpuLoad::start(int processes, int maxSeconds, bool ownSessions)
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const time_t deadline = now.tv_sec + maxSeconds;
    for (int i = 0; i < processes; ++i) {
        const pid_t pid = fork();
        if (pid < 0)
            return false;
        if (pid == 0)
            spinUntil(deadline, ownSessions);
        m_pids << pid;
    }
    return true;
}

void CpuLoad::stop()
{
    for (const pid_t pid : std::as_const(m_pids)) {
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
    }
    m_pids.clear();
}

bool CpuLoad::autogroupEnabled()
{
    QFile file(QStringLiteral("/proc/sys/kernel/sched_autogroup_enabled"));
    return file.open(QIODevice::ReadOnly) && file.readAll().trimmed() == "1";
}
