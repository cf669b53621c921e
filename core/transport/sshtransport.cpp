#include "core/transport/sshtransport.h"

#include "core/logging.h"
#include "core/transport/localsockettransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

// How long ssh may take to log in and create the local socket. RuntimeConnection's own
// connect timeout is usually shorter; this bound only matters without one.
constexpr int SocketWaitMs = 30000;
constexpr int PollIntervalMs = 50;
// ssh reports a failed channel (wrong remote path) on stderr around the time it closes
// our local connection; this is how long we wait for those words before calling it a
// plain disconnect.
constexpr int SettleMs = 300;
// SIGTERM first (ssh tidies up), SIGKILL when it has not gone after this long.
constexpr int TerminateGraceMs = 1000;
// Only when the application quits with an ssh still exiting: after SIGKILL, how long to wait
// for the kernel to let it be reaped.
constexpr int ReapAtExitMs = 2000;
// ssh's stderr is kept for messages; a misbehaving ssh must not fill memory.
constexpr qsizetype MaxStderrBytes = 16 * 1024;
// sun_path holds 108 bytes on Linux, 104 on macOS.
constexpr qsizetype MaxLocalSocketPath = 100;

QString lastLines(const QString &text, int count)
{
    QStringList lines;
    const QStringList all = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = all.size() - 1; i >= 0 && lines.size() < count; --i) {
        const QString line = all.at(i).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'@'))
            lines.prepend(line);
    }
    return lines.join(QLatin1Char(' '));
}

QString lineContaining(const QString &text, QStringView needle)
{
    const QStringList all = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : all) {
        if (line.contains(needle, Qt::CaseInsensitive))
            return line.trimmed();
    }
    return {};
}

// A path as ssh's -L must spell it to mean exactly that path. OpenSSH (8.4 and later)
// reads the argument in three passes: "${NAME}" is replaced from ssh's environment, with no
// escape; the fields are split at ':', a backslash taking the next character literally;
// each path is then %-expanded (%u, %d, %h, ...), "%%" meaning '%'. So '%' is doubled, and
// ':', '{' and the backslash itself get a backslash (a '{' after a backslash never follows
// a '$'). A leading '[' or blank would be read specially too, but both paths start with '/'.
// (Before 8.4 ssh did not %-expand these paths, and a '%' would reach it doubled.)
QString forwardPath(const QString &path)
{
    QString out;
    out.reserve(path.size() + 8);
    for (QChar c : path) {
        if (c == u'%')
            out += QLatin1Char('%');
        else if (c == u':' || c == u'\\' || c == u'{')
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// An ssh being stopped, and the private folder its local socket lives in. It belongs to the
// application object, not to the transport: the transport may be gone, or already running a
// new ssh with a new folder, while this one exits. SIGTERM now, SIGKILL after the grace
// period; once ssh has exited (and QProcess has reaped it) the folder is removed and this
// deletes itself. Nothing here waits, except at application exit (see the destructor).
class RetiringSsh : public QObject
{
public:
    RetiringSsh(std::unique_ptr<QProcess> process, std::unique_ptr<QTemporaryDir> dir)
        : m_process(process.release())
        , m_dir(std::move(dir))
    {
        QCoreApplication *app = QCoreApplication::instance();
        if (app && app->thread() == thread())
            setParent(app);
        m_process->setParent(this);
        connect(m_process, &QProcess::stateChanged, this, [this](QProcess::ProcessState state) {
            if (state != QProcess::NotRunning)
                return;
            m_killTimer.stop();
            deleteLater();
        });
        m_killTimer.setSingleShot(true);
        connect(&m_killTimer, &QTimer::timeout, m_process, &QProcess::kill);
        m_killTimer.start(TerminateGraceMs);
        m_process->terminate();
    }

    ~RetiringSsh() override
    {
        // Still running only when the application object is being destroyed (hadesk quits
        // within the grace period): no event loop will report the exit any more, so kill
        // and reap it now. SIGKILL cannot be ignored; this takes milliseconds.
        if (m_process->state() != QProcess::NotRunning) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->waitForFinished(ReapAtExitMs);
        }
        // Then m_dir removes the folder, and QObject deletes the QProcess.
    }

private:
    QProcess *m_process; // a child of this
    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer m_killTimer;
};

} // namespace

SshTransport::SshTransport(const Endpoint &endpoint, QObject *parent)
    : Transport(parent)
    , m_endpoint(endpoint)
{
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SshTransport::pollForSocket);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(SettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &SshTransport::settleLocalLoss);

    connect(&m_socket, &QLocalSocket::connected, this, [this] {
        if (m_aborting || m_finished)
            return;
        m_localConnected = true;
        m_stderrAtConnect = m_stderr.size();
        emit connected();
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &Transport::readyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &SshTransport::onLocalLost);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (m_aborting || m_finished)
            return;
        if (!m_localConnected
            && (error == QLocalSocket::ConnectionRefusedError
                || error == QLocalSocket::ServerNotFoundError)) {
            // ssh binds the socket a moment before it listens: try again until the deadline.
            m_pollTimer.start();
            return;
        }
        onLocalLost();
    });
}

SshTransport::~SshTransport()
{
    m_aborting = true;
    m_socket.disconnect(this);
    m_socket.abort();
    stopProcess();
}

QString SshTransport::findSsh(QString *error)
{
    const QString configured = qEnvironmentVariable("HADESK_SSH");
    if (!configured.isEmpty()) {
        const QFileInfo info(configured);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        if (error)
            *error = tr("HADESK_SSH names '%1', which is not an executable file").arg(configured);
        return {};
    }
    const QString found = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (found.isEmpty() && error) {
        *error = tr("no ssh program found on PATH: install the OpenSSH client (package openssh-client) "
                    "or set HADESK_SSH to its path");
    }
    return found;
}

QStringList SshTransport::extraOptionsFromEnvironment()
{
    return QProcess::splitCommand(qEnvironmentVariable("HADESK_SSH_OPTIONS"));
}

QStringList SshTransport::arguments(
    const Endpoint &endpoint, const QString &localSocket, const QStringList &extraOptions)
{
    QStringList args;
    // -N: no remote command, only the forwarding. BatchMode: fail instead of prompting
    // on a terminal nobody watches. ExitOnForwardFailure: a local socket that cannot be
    // created is an error, not a tunnel that silently forwards nothing.
    args << QStringLiteral("-N") << QStringLiteral("-o") << QStringLiteral("BatchMode=yes")
         << QStringLiteral("-o") << QStringLiteral("ExitOnForwardFailure=yes");
    // The tunnel must belong to this ssh process: with a shared ControlMaster the
    // forwarding would live on in the master after we stop ours.
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=none");
    args << extraOptions;
    if (endpoint.port != 0)
        args << QStringLiteral("-p") << QString::number(endpoint.port);
    if (!endpoint.user.isEmpty())
        args << QStringLiteral("-l") << endpoint.user;
    args << QStringLiteral("-L") << forwardPath(localSocket) + QLatin1Char(':') + forwardPath(endpoint.path);
    // "--": a host can never be taken for an option.
    args << QStringLiteral("--") << endpoint.host;
    return args;
}

QString SshTransport::explainSshError(const QString &sshStderr, const Endpoint &endpoint)
{
    QString text = sshStderr;
    text.remove(QLatin1Char('\r'));
    QString who = endpoint.host;
    if (!endpoint.user.isEmpty())
        who = endpoint.user + QLatin1Char('@') + who;
    if (endpoint.port != 0)
        who += QLatin1Char(':') + QString::number(endpoint.port);

    if (text.contains(u"open failed")) {
        // sshd gives one reason for every failure here: missing socket, refused,
        // permission, or Unix socket forwarding disabled.
        return tr("ssh logged in to %1 but could not open the remote socket %2 (ssh said: %3). Check the "
                  "path and that HAProxy runs there, that the remote user may open the socket (its owner, "
                  "group and mode), and that the SSH server allows Unix socket forwarding "
                  "(AllowStreamLocalForwarding yes)")
            .arg(who, endpoint.path, lineContaining(text, u"open failed"));
    }
    if (text.contains(u"REMOTE HOST IDENTIFICATION HAS CHANGED")) {
        static const QRegularExpression fingerprint(QStringLiteral("(SHA256:[A-Za-z0-9+/=]+)"));
        const QRegularExpressionMatch match = fingerprint.match(text);
        return tr("DANGER: the host key of %1 has CHANGED since it was saved in known_hosts. Someone may be "
                  "intercepting the connection, or the host was reinstalled. ssh refused to connect. Check "
                  "the new key (%2) with the host's administrator before you replace the old one "
                  "(ssh-keygen -R %3)")
            .arg(who, match.hasMatch() ? match.captured(1) : tr("fingerprint not shown"),
                // known_hosts names a host on another port as [host]:port.
                endpoint.port == 0 || endpoint.port == 22
                    ? endpoint.host
                    : QStringLiteral("'[%1]:%2'").arg(endpoint.host).arg(endpoint.port));
    }
    if (text.contains(u"Host key verification failed")) {
        return tr("host key verification failed: %1 is not in your known_hosts, and hadesk runs ssh in "
                  "batch mode, so it cannot ask you. Connect once with ssh in a terminal, check the key's "
                  "fingerprint and accept it, then try again")
            .arg(who);
    }
    if (text.contains(u"Permission denied")) {
        return tr("authentication failed at %1 (%2): no key from your agent or ~/.ssh/config was accepted. "
                  "hadesk runs ssh in batch mode and never asks for a password; load a key into ssh-agent "
                  "or name one with IdentityFile")
            .arg(who, lineContaining(text, u"Permission denied"));
    }
    if (text.contains(u"Could not resolve hostname"))
        return tr("ssh could not resolve the host name '%1'").arg(endpoint.host);
    if (text.contains(u"Connection refused"))
        return tr("connection refused by %1 (is an SSH server listening on that port?)").arg(who);
    if (text.contains(u"timed out", Qt::CaseInsensitive))
        return tr("no answer from %1: the SSH connection timed out").arg(who);
    if (text.contains(u"No route to host") || text.contains(u"Network is unreachable"))
        return tr("%1 cannot be reached: %2").arg(who, lineContaining(text, u"ssh:"));
    if (text.contains(u"Could not request local forwarding") || text.contains(u"cannot listen to path")) {
        return tr("ssh could not create its local socket for %1: %2").arg(who, lastLines(text, 2));
    }
    if (text.contains(u"Connection closed by") || text.contains(u"Connection reset by")) {
        return tr("the SSH server at %1 closed the connection during login (%2)")
            .arg(who, lastLines(text, 1));
    }
    return {};
}

QString SshTransport::target() const
{
    return m_endpoint.toString();
}

QString SshTransport::stderrText() const
{
    return QString::fromLocal8Bit(m_stderr);
}

qint64 SshTransport::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

void SshTransport::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    m_settleTimer.stop();
    qCWarning(lcTransport, "ssh tunnel failed: %s", qPrintable(message));
    emit errorOccurred(message);
}

void SshTransport::open()
{
    abort();
    m_aborting = false;
    m_finished = false;
    m_localConnected = false;
    m_stderr.clear();
    m_stderrAtConnect = 0;

    // Endpoint::parse() refuses these already; an Endpoint may also be built in code.
    const QString pathProblem = Endpoint::sshForwardPathProblem(m_endpoint.path);
    if (!pathProblem.isEmpty()) {
        fail(pathProblem);
        return;
    }
    QString error;
    const QString ssh = findSsh(&error);
    if (ssh.isEmpty()) {
        fail(error);
        return;
    }

    // A private folder (0700) for the local end of the tunnel: nobody else on this machine
    // may talk to HAProxy through it.
    // Any character is fine in it (arguments() escapes them for ssh), but not any length.
    QString base = QDir::tempPath();
    const QString pattern = QStringLiteral("/hadesk-ssh-XXXXXX");
    if (base.size() > MaxLocalSocketPath - 32
        || !Endpoint::sshForwardPathProblem(base + pattern + QStringLiteral("/cli.sock")).isEmpty())
        base = QStringLiteral("/tmp");
    m_dir = std::make_unique<QTemporaryDir>(base + pattern);
    if (!m_dir->isValid()) {
        fail(tr("cannot create a private folder for the SSH tunnel in %1: %2")
                 .arg(base, m_dir->errorString()));
        return;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_localPath = m_dir->filePath(QStringLiteral("cli.sock"));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(ssh);
    m_process->setArguments(arguments(m_endpoint, m_localPath, extraOptionsFromEnvironment()));
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If hadesk dies without cleaning up (a crash, SIGKILL), the tunnel dies with it.
    // (Linux ties this to the starting thread: transports live on the GUI thread.)
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > MaxStderrBytes)
            m_stderr = m_stderr.right(MaxStderrBytes);
    });
    connect(
        m_process.get(), &QProcess::errorOccurred, this, [this, ssh](QProcess::ProcessError processError) {
            if (m_aborting || processError != QProcess::FailedToStart)
                return;
            fail(tr("cannot start %1: %2").arg(ssh, m_process->errorString()));
        });
    connect(m_process.get(), &QProcess::finished, this, &SshTransport::onProcessFinished);

    m_sinceStart.start();
    qCDebug(lcTransport, "starting %s %s", qPrintable(ssh), qPrintable(m_process->arguments().join(u' ')));
    m_process->start();
    m_pollTimer.start();
}

void SshTransport::pollForSocket()
{
    if (m_aborting || m_finished || !m_process)
        return;
    if (m_process->state() == QProcess::NotRunning)
        return; // onProcessFinished() reports
    if (QFileInfo::exists(m_localPath)) {
        m_pollTimer.stop();
        m_socket.connectToServer(m_localPath, QIODevice::ReadWrite | QIODevice::Unbuffered);
        return;
    }
    if (m_sinceStart.hasExpired(SocketWaitMs)) {
        const QString said = lastLines(stderrText(), 2);
        fail(tr("ssh did not open the tunnel to %1 within %2 s%3")
                 .arg(target(), QString::number(SocketWaitMs / 1000),
                     said.isEmpty() ? QString() : tr(" (ssh said: %1)").arg(said)));
        stopProcess();
    }
}

void SshTransport::onProcessFinished()
{
    if (m_aborting || !m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    const int exitCode = m_process->exitCode();
    const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
    if (m_finished) {
        m_socket.abort();
        return;
    }
    const QString text = stderrText();
    QString message = explainSshError(text, m_endpoint);
    if (message.isEmpty()) {
        const QString said = lastLines(text, 3);
        message = crashed ? tr("ssh to %1 was killed").arg(target())
                          : tr("ssh to %1 stopped (exit code %2)").arg(target(), QString::number(exitCode));
        if (!said.isEmpty())
            message += tr(": %1").arg(said);
    }
    fail(message);
    // The tunnel is gone; whatever the local socket does now adds nothing (m_finished).
    m_socket.abort();
}

void SshTransport::onLocalLost()
{
    if (m_aborting || m_finished || m_settleTimer.isActive())
        return;
    // Give ssh a moment to say why (a failed channel), or to exit (a dead link).
    m_settleTimer.start();
}

void SshTransport::settleLocalLoss()
{
    if (m_aborting || m_finished)
        return;
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    const QString since = QString::fromLocal8Bit(m_stderr.mid(m_stderrAtConnect));
    if (since.contains(u"open failed")) {
        fail(explainSshError(since, m_endpoint));
        return;
    }
    if (m_process && m_process->state() == QProcess::NotRunning) {
        onProcessFinished();
        return;
    }
    m_finished = true;
    emit disconnected();
}

void SshTransport::stopProcess()
{
    m_pollTimer.stop();
    m_settleTimer.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // Without waiting: ssh keeps its folder until it has gone.
            new RetiringSsh(std::move(m_process), std::move(m_dir));
        } else {
            // Later: we may be inside one of its signals (finished -> errorOccurred -> abort()).
            m_process.release()->deleteLater();
        }
    }
    m_dir.reset();
    m_localPath.clear();
}

void SshTransport::abort()
{
    m_aborting = true;
    m_socket.abort();
    stopProcess();
}

void SshTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray SshTransport::readAll()
{
    return m_socket.readAll();
}

bool SshTransport::isOpen() const
{
    return m_socket.state() == QLocalSocket::ConnectedState;
}

std::unique_ptr<Transport> SshTransport::sibling() const
{
    if (!isOpen() || m_localPath.isEmpty())
        return nullptr;
    return std::make_unique<LocalSocketTransport>(m_localPath);
}
