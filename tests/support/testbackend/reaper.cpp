#include "tests/support/testbackend/reaper.h"

#include "tests/support/procfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Live (not zombie) processes whose argv contains exactly argument.
QList<pid_t> processesWithArgument(const QByteArray &argument)
{
    QList<pid_t> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok || pid <= 1 || pid == ::getpid())
            continue;
        const QByteArray base = "/proc/" + QByteArray::number(pid);
        const QByteArray stat = readProcFile(base + "/stat");
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0 || stat.mid(close + 2, 1) == "Z")
            continue;
        if (readProcFile(base + "/cmdline").split('\0').contains(argument))
            pids.append(pid);
    }
    return pids;
}

} // namespace

Reaper::Reaper(const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_configPath(configPath)
{ }

bool Reaper::start(QString *error)
{
    // Only a config inside a fixture folder (/…/hdk-XXXXXX/haproxy.cfg) is accepted, so that a mistyped
    // argument can never make it signal unrelated processes or remove an unrelated folder.
    static const QRegularExpression fixtureConfig(QStringLiteral("^/.*/hdk-[A-Za-z0-9]{6}/haproxy\\.cfg$"));
    if (!fixtureConfig.match(m_configPath).hasMatch()) {
        *error = QStringLiteral("--reap-on-exit expects the absolute path of a fixture config "
                                "(…/hdk-XXXXXX/haproxy.cfg), got '%1'")
                     .arg(m_configPath);
        return false;
    }
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &Reaper::readStdin);
    return true;
}

void Reaper::readStdin()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0) {
        m_input.append(buffer, n);
        if (m_input.contains("disarm\n"))
            m_disarmed = true;
        if (m_input.size() > 4096)
            m_input = m_input.right(16);
        return;
    }
    m_stdin->setEnabled(false);
    reap();
    emit finished();
}

int Reaper::reap()
{
    if (m_done || m_disarmed)
        return 0;
    m_done = true;
    const QByteArray argument = QFile::encodeName(m_configPath);
    const QList<pid_t> pids = processesWithArgument(argument);
    for (pid_t pid : pids)
        ::kill(pid, SIGTERM);
    const QDeadlineTimer deadline(3000);
    while (!processesWithArgument(argument).isEmpty() && !deadline.hasExpired())
        QThread::msleep(20);
    for (pid_t pid : processesWithArgument(argument))
        ::kill(pid, SIGKILL);
    QDir(QFileInfo(m_configPath).absolutePath()).removeRecursively();
    return int(pids.size());
}
