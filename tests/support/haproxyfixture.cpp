#include "tests/support/haproxyfixture.h"

#include "tests/support/procfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int StartTimeoutMs = 10000; // haproxy starts in ~50 ms; a slow CI machine gets 200× that
constexpr int StopTimeoutMs = 5000;
constexpr int CheckTimeoutMs = 30000; // haproxy -c takes 1.2 s for 10,000 servers
constexpr int PollIntervalMs = 20;
constexpr qsizetype MaxRawReplyBytes = 512 * 1024 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The fields of /proc/<pid>/stat after the command name, which may contain spaces and parentheses:
// [0] is the state (field 3), [19] the start time (field 22). Empty when the process does not exist.
QList<QByteArray> processStat(pid_t pid)
{
    const QByteArray stat = readProcFile("/proc/" + QByteArray::number(pid) + "/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(' ');
}

// When the process started (clock ticks since boot); 0 if it does not exist or is a zombie. Daemons are
// reparented to PID 1, which in a container may never reap them: a zombie counts as dead.
quint64 processStartTime(pid_t pid)
{
    if (pid <= 0)
        return 0;
#ifdef Q_OS_LINUX
    const QList<QByteArray> fields = processStat(pid);
    const QByteArray state = fields.value(0);
    if (fields.size() < 20 || state == "Z" || state == "X")
        return 0;
    return fields.at(19).toULongLong();
#else
    return ::kill(pid, 0) == 0 ? 1 : 0;
#endif
}

// A free port on 127.0.0.1 now; it may be taken again before haproxy binds it, which start() handles by
// retrying with new ports.
quint16 probeFreePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    quint16 port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString levelName(HaproxyFixture::Level level)
{
    switch (level) {
    case HaproxyFixture::Level::Admin:
        return u"admin"_s;
    case HaproxyFixture::Level::Operator:
        return u"operator"_s;
    case HaproxyFixture::Level::User:
        return u"user"_s;
    }
    return {};
}

QString withLineNumbers(const QString &text)
{
    QString numbered;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        numbered += QString::number(i + 1).rightJustified(4) + u"  "_s + lines.at(i) + u'\n';
    return numbered;
}

QString tail(const QString &text, qsizetype chars = 4000)
{
    return text.size() <= chars ? text : u"…"_s + text.right(chars);
}

void sleepMs(int ms)
{
    QThread::msleep(ulong(ms));
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// RawConnection

RawConnection::~RawConnection()
{
    close();
}

void RawConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool RawConnection::connectToUnix(const QString &path, int timeoutMs)
{
    close();
    m_eof = false;
    m_error.clear();
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (native.isEmpty() || native.size() >= qsizetype(sizeof address.sun_path)) {
        m_error =
            u"invalid UNIX socket path (empty or longer than %1 bytes): %2"_s.arg(sizeof address.sun_path - 1)
                .arg(path);
        return false;
    }
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            m_error = u"socket(): "_s + errnoText(errno);
            return false;
        }
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            m_fd = fd;
            return true;
        }
        const int error = errno;
        ::close(fd);
        // A non-blocking UNIX connect fails with EAGAIN while the listener's backlog is full instead of
        // waiting: try again until the deadline.
        if (error != EAGAIN || deadline.hasExpired()) {
            m_error = u"connect to %1: %2"_s.arg(path, errnoText(error));
            return false;
        }
        sleepMs(5);
    }
}

bool RawConnection::connectToTcp(quint16 port, int timeoutMs)
{
    close();
    m_eof = false;
    m_error.clear();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        m_error = u"socket(): "_s + errnoText(errno);
        return false;
    }
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    int error = 0;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        error = errno;
        if (error == EINPROGRESS) {
            pollfd pfd = { fd, POLLOUT, 0 };
            const int ready = ::poll(&pfd, 1, timeoutMs);
            socklen_t length = sizeof error;
            if (ready <= 0)
                error = ready == 0 ? ETIMEDOUT : errno;
            else if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
        }
    }
    if (error != 0) {
        ::close(fd);
        m_error = u"connect to 127.0.0.1:%1: %2"_s.arg(port).arg(errnoText(error));
        return false;
    }
    m_fd = fd;
    return true;
}

bool RawConnection::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_fd < 0) {
        m_error = u"write: not connected"_s;
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype done = 0;
    while (done < bytes.size()) {
        // MSG_NOSIGNAL: a peer that closed early must give an error here, not kill the test with SIGPIPE.
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            m_error = u"write: "_s + errnoText(errno);
            return false;
        }
        pollfd pfd = { m_fd, POLLOUT, 0 };
        if (deadline.hasExpired() || ::poll(&pfd, 1, int(deadline.remainingTime())) == 0) {
            m_error =
                u"write: timed out after %1 ms with %2 of %3 bytes written"_s.arg(timeoutMs).arg(done).arg(
                    bytes.size());
            return false;
        }
    }
    return true;
}

void RawConnection::shutdownWrite()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

bool RawConnection::readSome(qint64 timeoutMs, QByteArray *into)
{
    if (m_fd < 0 || m_eof)
        return false;
    pollfd pfd = { m_fd, POLLIN, 0 };
    const int ready = ::poll(&pfd, 1, int(qBound(qint64(0), timeoutMs, qint64(60000))));
    if (ready == 0)
        return false;
    if (ready < 0) {
        if (errno == EINTR)
            return true;
        m_error = u"poll: "_s + errnoText(errno);
        return false;
    }
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n > 0) {
        into->append(buffer, n);
        return true;
    }
    if (n == 0) {
        m_eof = true;
        return true;
    }
    if (errno == EAGAIN || errno == EINTR)
        return true;
    m_error = u"read: "_s + errnoText(errno);
    m_eof = true; // a reset ends the stream as surely as a close
    return true;
}

QByteArray RawConnection::readToEnd(int timeoutMs)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_eof && m_fd >= 0) {
        if (deadline.hasExpired() || data.size() > MaxRawReplyBytes
            || !readSome(deadline.remainingTime(), &data)) {
            if (m_error.isEmpty())
                m_error = u"timed out after %1 ms waiting for the peer to close (%2 bytes received)"_s
                              .arg(timeoutMs)
                              .arg(data.size());
            break;
        }
    }
    return data;
}

QByteArray RawConnection::readUntilEndsWith(const QByteArray &terminator, int timeoutMs)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (!data.endsWith(terminator)) {
        if (m_eof) {
            m_error = u"the peer closed before sending the terminator (%1 bytes received)"_s.arg(data.size());
            break;
        }
        if (deadline.hasExpired() || data.size() > MaxRawReplyBytes
            || !readSome(deadline.remainingTime(), &data)) {
            if (m_error.isEmpty())
                m_error =
                    u"timed out after %1 ms waiting for the terminator (%2 bytes received)"_s.arg(timeoutMs)
                        .arg(data.size());
            break;
        }
    }
    return data;
}

QByteArray RawConnection::command(const QByteArray &line, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!write(line.endsWith('\n') ? line : line + '\n', timeoutMs))
        return {};
    shutdownWrite();
    return readToEnd(int(qMax<qint64>(1, deadline.remainingTime())));
}

// ---------------------------------------------------------------------------------------------------
// HaproxyFixture: static helpers

QString HaproxyFixture::defaultBody()
{
    return uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 ${BACKEND:s1} check inter 1s
    server s2 ${BACKEND:s2} check inter 1s
    server s3 ${BACKEND:s3} check inter 1s

backend be_static
    balance static-rr
    server st1 ${BACKEND:s1} check inter 1s
    server st2 ${BACKEND:s2} check inter 1s

backend be_empty
    balance roundrobin
)"_s;
}

QString HaproxyFixture::findHaproxy(QString *error)
{
    const QString fromEnv = qEnvironmentVariable("HADESK_HAPROXY");
    if (!fromEnv.isEmpty()) {
        QString path = fromEnv;
        if (!fromEnv.contains(u'/'))
            path = QStandardPaths::findExecutable(fromEnv);
        const QFileInfo info(path);
        if (path.isEmpty() || !info.exists()) {
            *error = u"HADESK_HAPROXY is set to '%1', which does not exist"_s.arg(fromEnv);
            return {};
        }
        if (!info.isFile() || !info.isExecutable()) {
            *error = u"HADESK_HAPROXY is set to '%1', which is not an executable file"_s.arg(fromEnv);
            return {};
        }
        return info.absoluteFilePath();
    }
    QString path = QStandardPaths::findExecutable(u"haproxy"_s);
    if (path.isEmpty()) {
        // /usr/sbin is often not on a normal user's PATH, and that is where Debian installs haproxy.
        path = QStandardPaths::findExecutable(
            u"haproxy"_s, { u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s });
    }
    if (path.isEmpty())
        *error = u"haproxy not found on PATH nor in /usr/sbin, /usr/local/sbin, /sbin (set HADESK_HAPROXY)"_s;
    return path;
}

QString HaproxyFixture::testBackendBinary()
{
    const QString fromEnv = qEnvironmentVariable("HADESK_TESTBACKEND");
    return fromEnv.isEmpty() ? QString::fromUtf8(HADESK_TESTBACKEND_PATH) : fromEnv;
}

QByteArray HaproxyFixture::rawCommand(
    const QString &socketPath, const QByteArray &line, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    RawConnection connection;
    QByteArray reply;
    if (connection.connectToUnix(socketPath, timeoutMs))
        reply = connection.command(line, int(qMax<qint64>(1, deadline.remainingTime())));
    if (error)
        *error = connection.errorString();
    return reply;
}

QByteArray HaproxyFixture::rawTcpCommand(quint16 port, const QByteArray &line, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    RawConnection connection;
    QByteArray reply;
    if (connection.connectToTcp(port, timeoutMs))
        reply = connection.command(line, int(qMax<qint64>(1, deadline.remainingTime())));
    if (error)
        *error = connection.errorString();
    return reply;
}

QByteArray HaproxyFixture::infoField(const QByteArray &reply, const QByteArray &key)
{
    const QByteArray prefix = key + ':';
    for (const QByteArray &line : reply.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

int HaproxyFixture::openCliSessions(const QString &socketPath)
{
    // `show sess all` starts each stream with "0x...: [date] id=N ..." (N counts up; the
    // address is reused from stream to stream) and names its frontend on a later line.
    const auto sessions = [&socketPath](bool *ok) {
        QString error;
        const QByteArray reply = rawCommand(socketPath, "show sess all", 2000, &error);
        QSet<QByteArray> ids;
        QByteArray id;
        for (const QByteArray &line : reply.split('\n')) {
            if (line.startsWith("0x")) {
                const qsizetype at = line.indexOf(" id=");
                id = at < 0 ? QByteArray() : line.mid(at + 4, line.indexOf(' ', at + 4) - at - 4);
            } else if (!id.isEmpty() && line.trimmed().startsWith("frontend=GLOBAL ")) {
                ids.insert(id);
            }
        }
        *ok = error.isEmpty() && !ids.isEmpty(); // the asking session is always listed
        return ids;
    };
    bool ok = false;
    QSet<QByteArray> open = sessions(&ok);
    for (int round = 0; ok && round < 2; ++round)
        open.intersect(sessions(&ok));
    return ok ? int(open.size()) : -1;
}

HaproxyFixture::HttpReply HaproxyFixture::httpGet(quint16 port, const QByteArray &path, int timeoutMs)
{
    HttpReply reply;
    const QDeadlineTimer deadline(timeoutMs);
    RawConnection connection;
    if (!connection.connectToTcp(port, timeoutMs)) {
        reply.error = connection.errorString();
        return reply;
    }
    const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUser-Agent: hadesk-test\r\nConnection: close\r\n\r\n";
    if (!connection.write(request, timeoutMs)) {
        reply.error = connection.errorString();
        return reply;
    }
    const QByteArray response = connection.readToEnd(int(qMax<qint64>(1, deadline.remainingTime())));
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        reply.error = u"no complete HTTP header (%1 bytes received) %2"_s.arg(response.size())
                          .arg(connection.errorString());
        return reply;
    }
    const QList<QByteArray> lines = response.left(headerEnd).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray key = lines.at(i).left(colon).trimmed().toLower();
        if (key == "x-server")
            reply.server = lines.at(i).mid(colon + 1).trimmed();
        else if (key == "content-length")
            contentLength = lines.at(i).mid(colon + 1).trimmed().toLongLong();
    }
    reply.body = response.mid(headerEnd + 4);
    if (contentLength >= 0 && reply.body.size() > contentLength)
        reply.body.truncate(contentLength);
    if (!connection.sawEof())
        reply.error = connection.errorString();
    return reply;
}

bool HaproxyFixture::isProcessAlive(pid_t pid)
{
    return processStartTime(pid) != 0;
}

// ---------------------------------------------------------------------------------------------------
// HaproxyFixture

HaproxyFixture::HaproxyFixture()
    : HaproxyFixture(Options())
{ }

HaproxyFixture::HaproxyFixture(const Options &options)
    : m_options(options)
{ }

HaproxyFixture::~HaproxyFixture()
{
    const bool stopped = stop();
    stopAllBackends();
    if (m_reaper) {
        // Everything is down: tell the safety net not to act. If stop() failed, let it try as well.
        if (stopped)
            m_reaper->write("disarm\n");
        m_reaper->closeWriteChannel();
        if (!m_reaper->waitForFinished(StopTimeoutMs)) {
            m_reaper->kill();
            m_reaper->waitForFinished(1000);
        }
    }
}

void HaproxyFixture::setBody(const QString &body)
{
    m_options.body = body;
}

bool HaproxyFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString HaproxyFixture::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString HaproxyFixture::configPath() const
{
    return m_dir ? m_dir->filePath(u"haproxy.cfg"_s) : QString();
}

QString HaproxyFixture::startupLog() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(u"haproxy.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

QString HaproxyFixture::socketPath(Level level) const
{
    return m_dir ? m_dir->filePath(levelName(level) + u".sock"_s) : QString();
}

QString HaproxyFixture::masterSocket() const
{
    return m_dir && m_options.mode == Mode::MasterWorker ? m_dir->filePath(u"master.sock"_s) : QString();
}

quint16 HaproxyFixture::tcpPort(Level level) const
{
    return m_tcpPorts.value(level, 0);
}

quint16 HaproxyFixture::port(const QString &name) const
{
    return m_ports.value(name, 0);
}

quint16 HaproxyFixture::backendPort(const QString &name) const
{
    return m_backends.value(name).port;
}

QString HaproxyFixture::backendAddress(const QString &name) const
{
    const quint16 p = backendPort(name);
    return p ? u"127.0.0.1:"_s + QString::number(p) : QString();
}

bool HaproxyFixture::isRunning() const
{
    return m_pid > 0 && isOurs(m_pid);
}

bool HaproxyFixture::claim(pid_t pid)
{
    const quint64 started = processStartTime(pid);
    if (started == 0 || !m_dir)
        return false;
#ifdef Q_OS_LINUX
    // Only a process whose command line names this fixture's config is ever taken for ours.
    const QByteArray cmdline = readProcFile("/proc/" + QByteArray::number(pid) + "/cmdline");
    if (!cmdline.split('\0').contains(QFile::encodeName(configPath())))
        return false;
#endif
    m_identities.insert(pid, started);
    return true;
}

bool HaproxyFixture::isOurs(pid_t pid) const
{
    // The start time guards against PID reuse. The command line cannot: it is already empty while a
    // process is exiting, before it is gone.
    const quint64 started = processStartTime(pid);
    return started != 0 && m_identities.value(pid, 0) == started;
}

bool HaproxyFixture::prepare()
{
    if (m_binary.isEmpty()) {
        QString error;
        m_binary = findHaproxy(&error);
        if (m_binary.isEmpty())
            return fail(error);
    }
    if (m_version.isEmpty()) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_binary, { u"-v"_s });
        if (!process.waitForFinished(StartTimeoutMs) || process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(1000);
            return fail(u"'%1 -v' failed: %2"_s.arg(m_binary, process.errorString()));
        }
        m_version = QString::fromLocal8Bit(process.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
    }
    if (!m_dir) {
        // UNIX socket paths are limited to 107 bytes: keep the folder short even if TMPDIR is long.
        QString base = QDir::tempPath();
        if (base.size() > 40)
            base = u"/tmp"_s;
        auto dir = std::make_unique<QTemporaryDir>(base + u"/hdk-XXXXXX"_s);
        if (!dir->isValid())
            return fail(u"cannot create a temporary folder in %1: %2"_s.arg(base, dir->errorString()));
        m_dir = std::move(dir);
        startReaper();
    }
    return true;
}

void HaproxyFixture::startReaper()
{
    // Best effort: without hadesk-testbackend there is no safety net, and startBackends() says why.
    const QString binary = testBackendBinary();
    if (!QFileInfo(binary).isExecutable())
        return;
    m_reaper = std::make_unique<QProcess>();
    m_reaper->setProcessChannelMode(QProcess::ForwardedChannels);
#ifdef Q_OS_LINUX
    m_reaper->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_reaper->start(binary, { u"--reap-on-exit"_s, configPath() });
    if (!m_reaper->waitForStarted(StartTimeoutMs))
        m_reaper.reset();
}

bool HaproxyFixture::ensurePorts(const QString &body)
{
    const auto allocate = [this]() -> quint16 {
        // Never hand out a port twice in one fixture, even if the kernel offers it again.
        for (int attempt = 0; attempt < 100; ++attempt) {
            const quint16 candidate = probeFreePort();
            if (candidate != 0 && !m_portsHandedOut.contains(candidate)) {
                m_portsHandedOut.insert(candidate);
                return candidate;
            }
        }
        return 0;
    };
    static const QRegularExpression portPlaceholder(uR"(\$\{PORT:([A-Za-z0-9._-]+)\})"_s);
    for (auto it = portPlaceholder.globalMatch(body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (m_ports.contains(name))
            continue;
        const quint16 p = allocate();
        if (!p)
            return fail(u"no free port on 127.0.0.1 for ${PORT:%1}"_s.arg(name));
        m_ports.insert(name, p);
    }
    if (m_options.tcpStatsSockets) {
        for (Level level : { Level::Admin, Level::Operator, Level::User }) {
            if (m_tcpPorts.contains(level))
                continue;
            const quint16 p = allocate();
            if (!p)
                return fail(u"no free port on 127.0.0.1 for the TCP stats sockets"_s);
            m_tcpPorts.insert(level, p);
        }
    }
    return true;
}

bool HaproxyFixture::writeConfig()
{
    const QString body = m_options.body.isEmpty() ? defaultBody() : m_options.body;
    static const QRegularExpression placeholder(uR"(\$\{([A-Z_]+)(?::([A-Za-z0-9._-]+))?\})"_s);
    static const QStringList known = { u"DIR"_s, u"PORT"_s, u"BACKEND"_s, u"SLOWBACKEND"_s, u"ADMIN_SOCKET"_s,
        u"OPERATOR_SOCKET"_s, u"USER_SOCKET"_s };

    // First pass: check every placeholder, and start the test servers the body names.
    QStringList toStart;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        const QString name = match.captured(2);
        const bool named = key == u"PORT" || key == u"BACKEND" || key == u"SLOWBACKEND";
        if (!known.contains(key) || named == name.isEmpty())
            return fail(u"unknown placeholder %1 in the config body (known: ${DIR}, ${PORT:name}, "
                        "${BACKEND:name}, ${SLOWBACKEND:name}, ${ADMIN_SOCKET}, ${OPERATOR_SOCKET}, "
                        "${USER_SOCKET})"_s.arg(match.captured(0)));
        if (key != u"BACKEND" && key != u"SLOWBACKEND")
            continue;
        const BackendKind kind = key == u"SLOWBACKEND" ? BackendKind::Slow : BackendKind::Normal;
        if (m_backends.contains(name)) {
            if (m_backends.value(name).kind != kind)
                return fail(
                    u"test server '%1' is used both as ${BACKEND:...} and ${SLOWBACKEND:...}"_s.arg(name));
            continue;
        }
        m_backends.insert(name, Backend { kind, 0, nullptr });
        toStart.append(name);
    }
    if (!startBackends(toStart) || !ensurePorts(body))
        return false;

    QString substituted;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        substituted += body.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString key = match.captured(1);
        const QString name = match.captured(2);
        if (key == u"DIR")
            substituted += dir();
        else if (key == u"PORT")
            substituted += QString::number(port(name));
        else if (key == u"BACKEND" || key == u"SLOWBACKEND")
            substituted += backendAddress(name);
        else if (key == u"ADMIN_SOCKET")
            substituted += adminSocket();
        else if (key == u"OPERATOR_SOCKET")
            substituted += operatorSocket();
        else if (key == u"USER_SOCKET")
            substituted += userSocket();
    }
    substituted += body.mid(last);

    const bool masterWorker = m_options.mode == Mode::MasterWorker;
    QString text = u"# Written by HaproxyFixture (tests/support); the test's body follows the defaults.\n"
                   "global\n"_s;
    for (Level level : { Level::Admin, Level::Operator, Level::User }) {
        text += u"    stats socket "_s + socketPath(level) + u" mode 600 level "_s + levelName(level);
        // expose-fd listeners lets a reloaded worker take the listening sockets over from the old one.
        if (masterWorker && level == Level::Admin)
            text += u" expose-fd listeners"_s;
        text += u'\n';
    }
    for (auto it = m_tcpPorts.cbegin(); it != m_tcpPorts.cend(); ++it)
        text += u"    stats socket ipv4@127.0.0.1:%1 level %2\n"_s.arg(it.value()).arg(levelName(it.key()));
    text += u"    stats timeout %1s\n"_s.arg(m_options.statsTimeoutSeconds);
    if (m_options.statsMaxconn > 0)
        text += u"    stats maxconn %1\n"_s.arg(m_options.statsMaxconn);
    text += u"    pidfile "_s + m_dir->filePath(u"haproxy.pid"_s) + u'\n';
    if (m_options.serverStateFile)
        text += u"    server-state-file "_s + m_dir->filePath(u"server.state"_s) + u'\n';
    if (m_options.hardStopAfterSeconds > 0)
        text += u"    hard-stop-after %1s\n"_s.arg(m_options.hardStopAfterSeconds);
    if (!m_options.extraGlobal.isEmpty())
        text += m_options.extraGlobal + (m_options.extraGlobal.endsWith(u'\n') ? QString() : u"\n"_s);
    text += u"\ndefaults\n"
            "    mode http\n"
            "    timeout connect 2s\n"
            "    timeout client 10s\n"
            "    timeout server 10s\n"_s;
    if (m_options.serverStateFile)
        text += u"    load-server-state-from-file global\n"_s;
    if (!m_options.extraDefaults.isEmpty())
        text += m_options.extraDefaults + (m_options.extraDefaults.endsWith(u'\n') ? QString() : u"\n"_s);
    text += u'\n' + substituted + (substituted.endsWith(u'\n') ? QString() : u"\n"_s);

    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text.toUtf8()) != text.toUtf8().size())
        return fail(u"cannot write %1: %2"_s.arg(configPath(), file.errorString()));
    m_config = text;
    return true;
}

bool HaproxyFixture::checkConfig()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binary, { u"-c"_s, u"-f"_s, configPath() });
    if (!process.waitForFinished(CheckTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(u"'haproxy -c' did not finish within %1 s"_s.arg(CheckTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(u"haproxy -c rejected the config:\n"_s + QString::fromLocal8Bit(process.readAll())
            + u"\n--- "_s + configPath() + u" ---\n"_s + withLineNumbers(m_config));
    }
    return true;
}

bool HaproxyFixture::start()
{
    m_error.clear();
    if (isRunning())
        return fail(u"haproxy is already running (pid %1)"_s.arg(m_pid));
    if (!prepare())
        return false;
    for (int attempt = 1;; ++attempt) {
        if (!writeConfig() || !checkConfig())
            return false;
        const LaunchResult result = launch();
        if (result == LaunchResult::Ok)
            return true;
        if (result == LaunchResult::Failed || attempt >= 3)
            return false;
        // Another process took one of our ports between the probe and haproxy's bind: choose new ones.
        m_ports.clear();
        m_tcpPorts.clear();
    }
}

HaproxyFixture::LaunchResult HaproxyFixture::launch()
{
    const QString pidFile = m_dir->filePath(u"haproxy.pid"_s);
    QFile::remove(pidFile); // so that the pid read below is the new one
    const QString logPath = m_dir->filePath(u"haproxy.log"_s);
    QFile::remove(logPath); // startupLog() is about this start only

    QStringList arguments;
    if (m_options.mode == Mode::MasterWorker)
        arguments << u"-W"_s << u"-D"_s << u"-S"_s << masterSocket() + u",level,admin"_s;
    else
        arguments << u"-D"_s;
    arguments << u"-f"_s << configPath();

    // Output into a file, not a pipe: the daemon (and in master-worker mode the master, for good) keeps
    // the descriptor, and a pipe nobody reads would block it.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logPath, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_binary, arguments);
    if (!process.waitForStarted(StartTimeoutMs)) {
        fail(u"cannot run %1: %2"_s.arg(m_binary, process.errorString()));
        return LaunchResult::Failed;
    }
    // With -D the process we started exits once haproxy has bound everything and forked into the
    // background: its exit code says whether the start worked.
    if (!process.waitForFinished(StartTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        fail(u"'haproxy %1' did not go into the background within %2 s:\n%3"_s.arg(arguments.join(u' '))
                 .arg(StartTimeoutMs / 1000)
                 .arg(tail(startupLog())));
        return LaunchResult::Failed;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString log = startupLog();
        fail(u"haproxy failed to start (exit code %1):\n%2\n--- %3 ---\n%4"_s.arg(process.exitCode())
                 .arg(tail(log), configPath(), withLineNumbers(m_config)));
        const bool portTaken = log.contains(u"cannot bind"_s) || log.contains(u"Address already in use"_s);
        return portTaken ? LaunchResult::PortConflict : LaunchResult::Failed;
    }
    if (!waitUntilReady(StartTimeoutMs))
        return LaunchResult::Failed;
    if (m_options.mode == Mode::MasterWorker)
        recordWorkers();
    return LaunchResult::Ok;
}

bool HaproxyFixture::waitUntilReady(qint64 timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString pidFile = m_dir->filePath(u"haproxy.pid"_s);
    pid_t pid = 0;
    QString lastError;
    QByteArray lastReply;
    while (!deadline.hasExpired()) {
        if (pid == 0) {
            QFile file(pidFile);
            if (file.open(QIODevice::ReadOnly))
                pid = pid_t(file.readAll().trimmed().toInt());
            if (pid > 0 && !claim(pid))
                pid = 0; // not written completely yet, or not ours: read again
        } else if (!isOurs(pid)) {
            return fail(u"haproxy (pid %1) exited while starting:\n%2"_s.arg(pid).arg(tail(startupLog())));
        }
        if (pid > 0) {
            lastReply = rawCommand(adminSocket(), "show cli level", 1000, &lastError);
            // The master CLI starts listening a little after the worker answers: wait for both.
            if (lastReply == "admin\n\n" && (m_options.mode != Mode::MasterWorker || masterListsWorker(0))) {
                m_pid = pid;
                return true;
            }
        }
        sleepMs(PollIntervalMs);
    }
    const QString message =
        u"haproxy did not answer 'show cli level' on %1 within %2 ms (pid file: %3; last "
        "reply: '%4'; last error: %5):\n%6"_s.arg(adminSocket())
            .arg(timeoutMs)
            .arg(pid)
            .arg(QString::fromLatin1(lastReply.toPercentEncoding(" \n")), lastError, tail(startupLog()));
    // Never leave a half-started haproxy behind.
    if (pid > 0)
        terminate(pid);
    return fail(message);
}

void HaproxyFixture::recordWorkers()
{
    if (m_options.mode != Mode::MasterWorker)
        return;
    // show proc on the master lists every worker, old ones still finishing included.
    const QByteArray proc = rawCommand(masterSocket(), "show proc", 2000);
    for (const QByteArray &line : proc.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(1) == "worker") {
            const pid_t worker = pid_t(fields.at(0).toInt());
            if (claim(worker))
                m_workerPids.insert(worker);
        }
    }
    if (const pid_t current = workerPid(); claim(current))
        m_workerPids.insert(current);
}

bool HaproxyFixture::masterListsWorker(pid_t worker) const
{
    const QByteArray proc = rawCommand(masterSocket(), "show proc", 1000);
    for (const QByteArray &line : proc.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(1) == "worker" && (worker == 0 || fields.at(0).toInt() == worker))
            return true;
    }
    return false;
}

pid_t HaproxyFixture::workerPid() const
{
    if (!m_dir)
        return 0;
    return pid_t(infoField(rawCommand(adminSocket(), "show info", 2000), "Pid").toInt());
}

bool HaproxyFixture::terminate(pid_t pid)
{
    const auto waitGone = [this, pid](int timeoutMs) {
        const QDeadlineTimer deadline(timeoutMs);
        while (isOurs(pid)) {
            if (deadline.hasExpired())
                return false;
            sleepMs(10);
        }
        return true;
    };
    if (!isOurs(pid))
        return true;
    ::kill(pid, SIGTERM); // a hard stop for haproxy: it closes everything at once
    if (waitGone(StopTimeoutMs))
        return true;
    if (isOurs(pid))
        ::kill(pid, SIGKILL);
    if (waitGone(2000))
        return true;
    return fail(u"haproxy pid %1 did not exit after SIGTERM and SIGKILL"_s.arg(pid));
}

bool HaproxyFixture::stop()
{
    if (m_pid <= 0)
        return true;
    recordWorkers();
    bool ok = terminate(m_pid);
    // The master takes its workers down with it; this only catches one that outlived it.
    for (pid_t worker : std::as_const(m_workerPids))
        ok = terminate(worker) && ok;
    m_pid = 0;
    m_workerPids.clear();
    m_identities.clear();
    return ok;
}

bool HaproxyFixture::crash()
{
    if (m_pid <= 0)
        return fail(u"crash(): haproxy is not running"_s);
    recordWorkers();
    QList<pid_t> pids = m_workerPids.values();
    pids.prepend(m_pid);
    for (pid_t pid : std::as_const(pids)) {
        if (isOurs(pid))
            ::kill(pid, SIGKILL);
    }
    const QDeadlineTimer deadline(StopTimeoutMs);
    for (pid_t pid : std::as_const(pids)) {
        while (isOurs(pid)) {
            if (deadline.hasExpired())
                return fail(u"crash(): pid %1 survived SIGKILL"_s.arg(pid));
            sleepMs(10);
        }
    }
    m_pid = 0;
    m_workerPids.clear();
    m_identities.clear();
    return true;
}

bool HaproxyFixture::restart()
{
    if (!m_dir || m_config.isEmpty())
        return fail(u"restart() before start()"_s);
    m_error.clear();
    if (!stop())
        return false;
    return launch() == LaunchResult::Ok;
}

bool HaproxyFixture::signalReload()
{
    if (m_options.mode != Mode::MasterWorker)
        return fail(u"reload needs Mode::MasterWorker"_s);
    if (!isRunning())
        return fail(u"reload: haproxy is not running"_s);
    if (::kill(m_pid, SIGUSR2) != 0)
        return fail(u"reload: kill(%1, SIGUSR2): %2"_s.arg(m_pid).arg(errnoText(errno)));
    return true;
}

pid_t HaproxyFixture::reload()
{
    m_error.clear();
    if (m_options.mode != Mode::MasterWorker || !isRunning()) {
        signalReload(); // for its error message
        return 0;
    }
    const pid_t old = workerPid();
    if (old <= 0) {
        fail(u"reload: no worker answers 'show info' on %1"_s.arg(adminSocket()));
        return 0;
    }
    // The master re-reads the config file on reload: write the current body, and refuse a config that
    // haproxy -c rejects, so that the error comes in words instead of a timeout.
    if (!writeConfig() || !checkConfig())
        return 0;
    recordWorkers();
    if (!signalReload())
        return 0;
    const QDeadlineTimer deadline(StartTimeoutMs);
    QByteArray info;
    while (!deadline.hasExpired()) {
        info = rawCommand(adminSocket(), "show info", 1000);
        const pid_t now = pid_t(infoField(info, "Pid").toInt());
        // The master re-executes itself on reload and refuses connections meanwhile: done when both the
        // new worker and the master answer.
        if (now > 0 && now != old && infoField(info, "Stopping") == "0" && masterListsWorker(now)) {
            if (claim(now))
                m_workerPids.insert(now);
            return now;
        }
        sleepMs(PollIntervalMs);
    }
    fail(u"reload: no new worker answered within %1 ms (old worker %2; last show info Pid: %3):\n%4"_s
             .arg(StartTimeoutMs)
             .arg(old)
             .arg(QString::fromLatin1(infoField(info, "Pid")), tail(startupLog())));
    return 0;
}

bool HaproxyFixture::waitForAdminReply(const QByteArray &command,
    const std::function<bool(const QByteArray &)> &accept, int timeoutMs, QByteArray *lastReply) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray reply;
    for (;;) {
        reply = rawCommand(
            adminSocket(), command, int(qBound(qint64(1), deadline.remainingTime(), qint64(5000))));
        if (accept(reply)) {
            if (lastReply)
                *lastReply = reply;
            return true;
        }
        if (deadline.hasExpired())
            break;
        sleepMs(50);
    }
    if (lastReply)
        *lastReply = reply;
    return false;
}

// ---------------------------------------------------------------------------------------------------
// Test HTTP servers (hadesk-testbackend, one process per server so that each can be stopped alone)

bool HaproxyFixture::addBackend(const QString &name, BackendKind kind)
{
    m_error.clear();
    static const QRegularExpression validName(uR"(^[A-Za-z0-9._-]+$)"_s);
    if (!validName.match(name).hasMatch())
        return fail(u"invalid test server name '%1'"_s.arg(name));
    if (m_backends.contains(name))
        return fail(u"test server '%1' exists already"_s.arg(name));
    m_backends.insert(name, Backend { kind, 0, nullptr });
    return startBackends({ name });
}

bool HaproxyFixture::startBackend(const QString &name)
{
    m_error.clear();
    if (!m_backends.contains(name))
        return fail(u"no test server '%1'"_s.arg(name));
    return startBackends({ name });
}

bool HaproxyFixture::startBackends(const QStringList &names)
{
    if (names.isEmpty())
        return true;
    if (m_backendBinary.isEmpty()) {
        const QString path = testBackendBinary();
        const QFileInfo info(path);
        if (!info.isFile() || !info.isExecutable())
            return fail(u"hadesk-testbackend not found at '%1' (build the hadesk-testbackend target, or set "
                        "HADESK_TESTBACKEND)"_s.arg(path));
        m_backendBinary = path;
    }
    // Start every process first and wait for them afterwards: they start in parallel.
    QStringList started;
    for (const QString &name : names) {
        Backend &backend = m_backends[name];
        if (backend.process)
            continue;
        QStringList arguments { u"--listen"_s, u"127.0.0.1:%1"_s.arg(backend.port), u"--name"_s, name };
        if (backend.kind == BackendKind::Slow)
            arguments << u"--slow"_s;
        else if (m_options.backendDelayMs > 0)
            arguments << u"--delay-ms"_s << QString::number(m_options.backendDelayMs);
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        // If the test process dies without running destructors (abort, QTest timeout), the servers go too.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        process->start(m_backendBinary, arguments);
        backend.process = process;
        started.append(name);
    }
    const QDeadlineTimer deadline(StartTimeoutMs);
    bool ok = true;
    for (const QString &name : std::as_const(started)) {
        Backend &backend = m_backends[name];
        QProcess *process = backend.process;
        QByteArray output;
        bool ready = false;
        while (!ready && !deadline.hasExpired()) {
            while (process->canReadLine()) {
                const QByteArray line = process->readLine();
                output += line;
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() == 3 && fields.at(0) == "listening" && fields.at(1) == name.toUtf8())
                    backend.port = quint16(fields.at(2).mid(fields.at(2).lastIndexOf(':') + 1).toUInt());
                else if (line.trimmed() == "ready")
                    ready = true;
            }
            if (!ready && !process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
        }
        if (!ready || backend.port == 0) {
            output += process->readAll();
            if (ok) // keep the first error
                fail(u"test server '%1' did not start: %2 %3"_s.arg(
                    name, QString::fromLocal8Bit(output), process->errorString()));
            ok = false;
        }
    }
    if (!ok) {
        for (const QString &name : std::as_const(started))
            stopBackend(name);
    }
    return ok;
}

bool HaproxyFixture::stopBackend(const QString &name)
{
    auto it = m_backends.find(name);
    if (it == m_backends.end())
        return fail(u"no test server '%1'"_s.arg(name));
    QProcess *process = it->process;
    it->process = nullptr;
    if (!process)
        return true;
    bool ok = true;
    if (process->state() != QProcess::NotRunning) {
        process->terminate(); // SIGTERM: it closes its sockets and exits
        if (!process->waitForFinished(3000)) {
            process->kill();
            ok = process->waitForFinished(2000);
        }
    }
    delete process;
    return ok;
}

void HaproxyFixture::stopAllBackends()
{
    const QStringList names = m_backends.keys();
    for (const QString &name : names)
        stopBackend(name);
}
