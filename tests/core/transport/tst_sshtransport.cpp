// ssh: endpoints through the system's OpenSSH client against a real sshd (started here,
// on 127.0.0.1, with its own host key and authorized key) and a real haproxy behind it.
// The client side is steered only through HADESK_SSH_OPTIONS="-F <test ssh_config>", the
// way a user's ~/.ssh/config would steer it.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/transport/sshtransport.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QString S(const char *text)
{
    return QString::fromLatin1(text);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Command lines of the ssh processes that mention `marker` (our test ssh_config), read
// from /proc: independent of what SshTransport believes it runs.
QList<pid_t> sshProcessesMentioning(const QString &marker)
{
    QList<pid_t> pids;
    const QStringList entries = QDir(S("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok || !HaproxyFixture::isProcessAlive(pid))
            continue;
        QByteArray cmdline = readFile(S("/proc/%1/cmdline").arg(pid));
        if (cmdline.isEmpty())
            continue;
        const QList<QByteArray> args = cmdline.split('\0');
        if (!args.first().endsWith("ssh") || args.first().endsWith("sshd"))
            continue;
        if (cmdline.replace('\0', ' ').contains(marker.toLocal8Bit()))
            pids << pid;
    }
    return pids;
}

// A stand-in for ssh that ignores SIGTERM (as a hung ssh would) and never opens a tunnel.
// It creates ready.<pid> in `folder` once SIGTERM is ignored; only SIGKILL ends it.
QString writeStubbornSsh(const QString &folder)
{
    const QString script = folder + S("/stubborn-ssh");
    const QString text = S("#!/bin/sh\n"
                           "trap '' TERM\n"
                           ": > '%1/ready.'$$\n"
                           "exec sleep 600\n")
                             .arg(folder);
    if (!writeFile(script, text.toUtf8()))
        return {};
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}

// The private folders SshTransport made in `tempDir` (its TMPDIR).
QStringList tunnelFolders(const QString &tempDir)
{
    QStringList folders;
    const QStringList names = QDir(tempDir).entryList({ S("hadesk-ssh-*") }, QDir::Dirs | QDir::Hidden);
    for (const QString &name : names)
        folders << tempDir + QLatin1Char('/') + name;
    return folders;
}

// Gone from the process table: killed and reaped (a zombie still has its /proc entry).
bool isReaped(qint64 pid)
{
    return !QFileInfo::exists(S("/proc/%1").arg(pid));
}

// Sets TMPDIR for as long as it lives.
class TempDirOverride
{
public:
    explicit TempDirOverride(const QString &path)
        : m_old(qgetenv("TMPDIR"))
        , m_wasSet(qEnvironmentVariableIsSet("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(path));
    }
    ~TempDirOverride()
    {
        if (m_wasSet)
            qputenv("TMPDIR", m_old);
        else
            qunsetenv("TMPDIR");
    }

private:
    QByteArray m_old;
    bool m_wasSet;
};

// A private sshd on 127.0.0.1 that lets the current user in with one test key only.
class Sshd
{
public:
    ~Sshd() { stop(); }

    bool start()
    {
        if (!m_dir.isValid())
            return fail(S("no temporary folder"));
        const QString sshd = S("/usr/sbin/sshd");
        if (!QFileInfo(sshd).isExecutable())
            return fail(S("%1 not found (package openssh-server)").arg(sshd));
        if (!keygen(S("host_key")) || !keygen(S("client_key")) || !keygen(S("wrong_key")))
            return false;
        if (!writeFile(path(S("authorized_keys")), readFile(path(S("client_key.pub")))))
            return fail(S("cannot write authorized_keys"));

        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            const QString config = S("Port %1\n"
                                     "ListenAddress 127.0.0.1\n"
                                     "HostKey %2/host_key\n"
                                     "PidFile none\n"
                                     "UsePAM no\n"
                                     "StrictModes no\n"
                                     "AuthorizedKeysFile %2/authorized_keys\n"
                                     "PermitRootLogin prohibit-password\n"
                                     "PubkeyAuthentication yes\n"
                                     "PasswordAuthentication no\n"
                                     "KbdInteractiveAuthentication no\n"
                                     "AllowStreamLocalForwarding yes\n"
                                     "UseDNS no\n"
                                     "PrintMotd no\n")
                                       .arg(m_port)
                                       .arg(m_dir.path());
            if (!writeFile(path(S("sshd_config")), config.toUtf8()))
                return fail(S("cannot write sshd_config"));
            m_process = std::make_unique<QProcess>();
            m_process->setProcessChannelMode(QProcess::MergedChannels);
            // A crashed test must not leave sshd listening.
            m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
            // sshd re-executes itself and wants an absolute path for that.
            m_process->start(sshd, { S("-D"), S("-e"), S("-f"), path(S("sshd_config")) });
            if (!m_process->waitForStarted(10000))
                return fail(S("sshd did not start: %1").arg(m_process->errorString()));
            QByteArray log;
            QElapsedTimer timer;
            timer.start();
            while (!timer.hasExpired(10000) && m_process->state() == QProcess::Running
                && !log.contains("Server listening")) {
                m_process->waitForReadyRead(200);
                log += m_process->readAll();
            }
            m_log = log;
            if (log.contains("Server listening"))
                break;
            stop();
            if (!log.contains("Address already in use"))
                return fail(S("sshd did not start listening: %1").arg(QString::fromLocal8Bit(log)));
        }
        if (!m_process)
            return fail(S("sshd found no free port"));

        const QByteArray hostKey = readFile(path(S("host_key.pub"))).trimmed();
        const QByteArray wrongKey = readFile(path(S("wrong_key.pub"))).trimmed();
        const QByteArray hostPattern = "[127.0.0.1]:" + QByteArray::number(m_port) + ' ';
        return writeFile(path(S("known_hosts")), hostPattern + hostKey + '\n')
            && writeFile(path(S("changed_known_hosts")), hostPattern + wrongKey + '\n')
            && writeFile(path(S("empty_known_hosts")), QByteArray())
            && clientConfig(S("ssh_config"), S("known_hosts"), S("client_key"))
            && clientConfig(S("ssh_config_unknown_host"), S("empty_known_hosts"), S("client_key"))
            && clientConfig(S("ssh_config_changed_host"), S("changed_known_hosts"), S("client_key"))
            && clientConfig(S("ssh_config_wrong_key"), S("known_hosts"), S("wrong_key"));
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString errorString() const { return m_error; }
    QString log() const { return QString::fromLocal8Bit(m_log); }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool keygen(const QString &name)
    {
        QProcess keygen;
        keygen.start(S("ssh-keygen"),
            { S("-q"), S("-t"), S("ed25519"), S("-N"), QString(), S("-C"), S("hadesk-test"), S("-f"),
                path(name) });
        if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0)
            return fail(S("ssh-keygen %1 failed: %2")
                            .arg(name, QString::fromLocal8Bit(keygen.readAllStandardError())));
        return true;
    }

    bool clientConfig(const QString &name, const QString &knownHosts, const QString &key)
    {
        const QString text = S("Host *\n"
                               "    UserKnownHostsFile %1\n"
                               "    GlobalKnownHostsFile /dev/null\n"
                               "    IdentityFile %2\n"
                               "    IdentitiesOnly yes\n"
                               "    IdentityAgent none\n"
                               "    StrictHostKeyChecking yes\n"
                               "    ConnectTimeout 10\n")
                                 .arg(path(knownHosts), path(key));
        return writeFile(path(name), text.toUtf8()) || fail(S("cannot write %1").arg(name));
    }

    QTemporaryDir m_dir { QDir::tempPath() + S("/hadesk-sshd-XXXXXX") };
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    QString m_error;
};

// Lines of `show sess` that are CLI sessions (the stats socket's frontend is GLOBAL).
int cliSessions(const QByteArray &showSess)
{
    int count = 0;
    const QList<QByteArray> lines = showSess.split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("fe=GLOBAL"))
            ++count;
    }
    return count;
}

} // namespace

class TestSshTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QDir(S("/run/sshd")).exists() == false) {
            // sshd's privilege separation needs it; only root may create it.
            if (::geteuid() != 0)
                QSKIP("/run/sshd is missing and only root can create it for sshd (CI runs as root)");
            QVERIFY(QDir().mkpath(S("/run/sshd")));
        }
        if (SshTransport::findSsh(nullptr).isEmpty())
            QFAIL("no ssh client on PATH (package openssh-client)");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void init() { useConfig(S("ssh_config")); }

    void cleanup()
    {
        qunsetenv("HADESK_SSH");
        // No test may leave an ssh behind.
        QTRY_VERIFY_WITH_TIMEOUT(sshProcessesMentioning(m_sshd.path(S("ssh_config"))).isEmpty(), 5000);
    }

    void cleanupTestCase()
    {
        qunsetenv("HADESK_SSH_OPTIONS");
        m_haproxy.reset();
        m_sshd.stop();
    }

    void argumentsForwardOneSocket()
    {
        const Endpoint endpoint =
            Endpoint::parse(S("ssh:ops@lb1.example.net:2222/run/haproxy/admin.sock")).value();
        const QStringList args =
            SshTransport::arguments(endpoint, S("/tmp/hadesk-ssh-x/cli.sock"), { S("-F"), S("/etc/cfg") });
        const QStringList expected { S("-N"), S("-o"), S("BatchMode=yes"), S("-o"),
            S("ExitOnForwardFailure=yes"), S("-o"), S("ControlMaster=no"), S("-o"), S("ControlPath=none"),
            S("-F"), S("/etc/cfg"), S("-p"), S("2222"), S("-l"), S("ops"), S("-L"),
            S("/tmp/hadesk-ssh-x/cli.sock:/run/haproxy/admin.sock"), S("--"), S("lb1.example.net") };
        QCOMPARE(args, expected);
        // No port and no user: ssh's (and ~/.ssh/config's) defaults apply.
        const QStringList plain = SshTransport::arguments(
            Endpoint::parse(S("ssh:lb1/run/haproxy/admin.sock")).value(), S("/tmp/x/cli.sock"), {});
        QVERIFY(!plain.contains(S("-p")));
        QVERIFY(!plain.contains(S("-l")));
    }

    // ssh reads -L's argument in three passes: ${VAR} is replaced from the environment, the
    // fields are split at ':' with '\\' escaping the next character, and each path is
    // %-expanded (%u, %d, ...; "%%" is one '%'). The argument undoes all three.
    void argumentsEscapeForwardPaths_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("forward");
        const QString local = S("/tmp/hadesk-ssh-x/cli.sock");
        QTest::newRow("plain") << local << S("/run/haproxy/admin.sock")
                               << S("/tmp/hadesk-ssh-x/cli.sock:/run/haproxy/admin.sock");
        QTest::newRow("percent") << local << S("/run/50%/admin.sock")
                                 << S("/tmp/hadesk-ssh-x/cli.sock:/run/50%%/admin.sock");
        QTest::newRow("percent tokens")
            << local << S("/run/%u/%d/%%.sock") << S("/tmp/hadesk-ssh-x/cli.sock:/run/%%u/%%d/%%%%.sock");
        QTest::newRow("backslash") << local << S("/run/a\\b.sock")
                                   << S("/tmp/hadesk-ssh-x/cli.sock:/run/a\\\\b.sock");
        QTest::newRow("colon") << local << S("/run/a:b.sock")
                               << S("/tmp/hadesk-ssh-x/cli.sock:/run/a\\:b.sock");
        QTest::newRow("space") << local << S("/run/my dir/a.sock")
                               << S("/tmp/hadesk-ssh-x/cli.sock:/run/my dir/a.sock");
        QTest::newRow("environment variable")
            << local << S("/run/${HOME}/$X.sock") << S("/tmp/hadesk-ssh-x/cli.sock:/run/$\\{HOME}/$X.sock");
        QTest::newRow("local path too") << S("/tmp/50%:${A}\\/x/cli.sock") << S("/run/a.sock")
                                        << S("/tmp/50%%\\:$\\{A}\\\\/x/cli.sock:/run/a.sock");
    }

    void argumentsEscapeForwardPaths()
    {
        QFETCH(QString, local);
        QFETCH(QString, remote);
        QFETCH(QString, forward);
        Endpoint endpoint = Endpoint::parse(S("ssh:lb1/run/a.sock")).value();
        endpoint.path = remote;
        const QStringList args = SshTransport::arguments(endpoint, local, {});
        const qsizetype at = args.indexOf(S("-L"));
        QVERIFY(at >= 0 && at + 1 < args.size());
        QCOMPARE(args.at(at + 1), forward);
    }

    void explainsWhatSshSaid_data()
    {
        QTest::addColumn<QString>("sshStderr");
        QTest::addColumn<QString>("expected");
        QTest::newRow("resolve") << S(
            "ssh: Could not resolve hostname lb9.invalid: Name or service not known\r\n")
                                 << S("could not resolve the host name 'lb1'");
        QTest::newRow("timeout") << S("ssh: connect to host 10.9.9.9 port 22: Connection timed out\r\n")
                                 << S("timed out");
        QTest::newRow("unreachable") << S("ssh: connect to host 10.9.9.9 port 22: No route to host\r\n")
                                     << S("cannot be reached");
        QTest::newRow("closed at login")
            << S("kex_exchange_identification: Connection closed by remote host\r\n"
                 "Connection closed by 10.9.9.9 port 22\r\n")
            << S("closed the connection during login");
        QTest::newRow("refused forwarding")
            << S("channel 2: open failed: administratively prohibited: open failed\r\n")
            << S("AllowStreamLocalForwarding");
        QTest::newRow("unknown words") << S("something else entirely\n") << QString();
    }

    void explainsWhatSshSaid()
    {
        QFETCH(QString, sshStderr);
        QFETCH(QString, expected);
        const Endpoint endpoint = Endpoint::parse(S("ssh:ops@lb1/run/haproxy/admin.sock")).value();
        const QString message = SshTransport::explainSshError(sshStderr, endpoint);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void showInfoAndWriteThroughTheTunnel()
    {
        RuntimeConnection connection(endpoint(), options());
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 30000));
        QCOMPARE(connection.transportDescription(), S("SSH"));
        QCOMPARE(connection.level(), AccessLevel::Admin);
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        QVERIFY2(info.ok(), qPrintable(info.errorMessage));
        QCOMPARE(HaproxyFixture::infoField(info.body, "Pid"),
            HaproxyFixture::infoField(
                HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show info"), "Pid"));

        const RuntimeReply set =
            sendAndWait(connection, CommandBuilder::setServerWeight(S("be"), S("s1"), { 42, false }).value());
        QVERIFY2(set.ok(), qPrintable(set.errorMessage));
        QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be/s1")
                    .startsWith("42 (initial"));
        QVERIFY(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set weight be/s1 1").trimmed().isEmpty());
    }

    void theTunnelIsOneCliSession()
    {
        const QByteArray before = HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show sess");
        QCOMPARE(cliSessions(before), 1); // the show sess itself
        RuntimeConnection connection(endpoint(), options());
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 30000));
        for (int i = 0; i < 5; ++i)
            QVERIFY(sendAndWait(connection, CommandBuilder::showInfo()).ok());
        const QByteArray during = HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show sess");
        QVERIFY2(cliSessions(during) == 2, during.constData());
        QCOMPARE(sshProcessesMentioning(m_sshd.path(S("ssh_config"))).size(), 1);
    }

    void unknownHostKeyIsRefusedInWords()
    {
        useConfig(S("ssh_config_unknown_host"));
        const QString message = expectFailure(endpoint());
        QVERIFY2(message.contains(S("host key verification failed")), qPrintable(message));
        QVERIFY2(message.contains(S("known_hosts")), qPrintable(message));
        QVERIFY(sshProcessesMentioning(m_sshd.path(S("ssh_config_unknown_host"))).isEmpty());
    }

    void changedHostKeyIsADanger()
    {
        useConfig(S("ssh_config_changed_host"));
        const QString message = expectFailure(endpoint());
        QVERIFY2(message.contains(S("CHANGED")), qPrintable(message));
        QVERIFY2(message.contains(S("SHA256:")), qPrintable(message));
    }

    void wrongKeyFailsAuthentication()
    {
        useConfig(S("ssh_config_wrong_key"));
        const QString message = expectFailure(endpoint());
        QVERIFY2(message.contains(S("authentication failed")), qPrintable(message));
        QVERIFY2(message.contains(S("Permission denied (publickey)")), qPrintable(message));
    }

    void wrongRemoteSocketIsNamed()
    {
        Endpoint wrong = endpoint();
        wrong.path = m_haproxy->dir() + S("/no-such-admin.sock");
        const QString message = expectFailure(wrong);
        QVERIFY2(message.contains(S("could not open the remote socket")), qPrintable(message));
        QVERIFY2(message.contains(wrong.path), qPrintable(message));
    }

    void sshServerNotListening()
    {
        Endpoint endpoint = this->endpoint();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        endpoint.port = probe.serverPort();
        probe.close();
        const QString message = expectFailure(endpoint);
        QVERIFY2(message.contains(S("connection refused")), qPrintable(message));
    }

    void missingSshIsAClearError()
    {
        qputenv("HADESK_SSH", "/nonexistent/ssh");
        const QString message = expectFailure(endpoint());
        QVERIFY2(message.contains(S("HADESK_SSH")), qPrintable(message));
    }

    void abortStopsSshAndRemovesTheTunnel()
    {
        SshTransport transport(endpoint());
        QSignalSpy connected(&transport, &Transport::connected);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(QTest::qWaitFor([&] { return !connected.isEmpty() || !errors.isEmpty(); }, 30000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const qint64 pid = transport.processId();
        QVERIFY(pid > 0);
        QVERIFY(HaproxyFixture::isProcessAlive(pid_t(pid)));
        // The local end, read from ssh's own command line.
        QByteArray cmdline = readFile(S("/proc/%1/cmdline").arg(pid));
        const QList<QByteArray> args = cmdline.split('\0');
        const qsizetype forward = args.indexOf("-L");
        QVERIFY(forward >= 0 && forward + 1 < args.size());
        const QString localSocket = QString::fromLocal8Bit(args.at(forward + 1).split(':').first());
        QVERIFY2(QFileInfo::exists(localSocket), qPrintable(localSocket));
        const QFileInfo folder(QFileInfo(localSocket).path());
        QCOMPARE(folder.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther
                    | QFile::ExeGroup | QFile::ExeOther),
            QFile::Permissions());

        transport.abort();
        QCOMPARE(transport.processId(), 0);
        // ssh exits on SIGTERM; the folder goes once it has.
        QTRY_VERIFY(isReaped(pid));
        QTRY_VERIFY(!QFileInfo::exists(folder.filePath()));
        QVERIFY(errors.isEmpty());
    }

    void closeAndDestructionStopSsh()
    {
        const QString marker = m_sshd.path(S("ssh_config"));
        {
            RuntimeConnection connection(endpoint(), options());
            connection.open();
            QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 30000));
            QCOMPARE(sshProcessesMentioning(marker).size(), 1);
            connection.close();
            QTRY_VERIFY(sshProcessesMentioning(marker).isEmpty());
            connection.open();
            QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 30000));
            QCOMPARE(sshProcessesMentioning(marker).size(), 1);
        }
        QTRY_VERIFY(sshProcessesMentioning(marker).isEmpty());
    }

    void reconnectsAfterHaproxyRestart()
    {
        ConnectionOptions opts = options();
        opts.reconnectInitialDelayMs = 200;
        opts.reconnectMaxDelayMs = 1000;
        RuntimeConnection connection(endpoint(), opts);
        QSignalSpy ready(&connection, &RuntimeConnection::ready);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 30000));
        const qint64 before = connection.workerPid();
        QVERIFY(before > 0);

        QVERIFY2(m_haproxy->restart(), qPrintable(m_haproxy->errorString()));
        QVERIFY(QTest::qWaitFor([&] { return ready.size() >= 2 && connection.isReady(); }, 60000));
        QVERIFY(connection.workerPid() != before);
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        QVERIFY2(info.ok(), qPrintable(info.errorMessage));
        QCOMPARE(HaproxyFixture::infoField(info.body, "Pid"), QByteArray::number(qint64(m_haproxy->pid())));
        // Every failed attempt's ssh is gone; only the working tunnel is left.
        QTRY_COMPARE(sshProcessesMentioning(m_sshd.path(S("ssh_config"))).size(), 1);
    }

    // The remote socket is reached at exactly the path given, whatever ssh would otherwise
    // expand or split. A symlink with the unusual name leads to HAProxy's stats socket.
    void tunnelReachesUnusualRemotePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("percent") << S("50%.sock");
        QTest::newRow("percent tokens") << S("%u-%d-%h-%%.sock");
        QTest::newRow("backslash") << S("a\\b.sock");
        QTest::newRow("space") << S("my admin.sock");
        QTest::newRow("colon") << S("a:b.sock");
        QTest::newRow("environment variable") << S("${HOME}.sock");
        QTest::newRow("all of them in folders") << S("d%u :\\${USER}/%%/x:y.sock");
    }

    void tunnelReachesUnusualRemotePaths()
    {
        QFETCH(QString, name);
        QVERIFY(m_links.isValid());
        const QString link = m_links.filePath(name);
        QVERIFY(QDir().mkpath(QFileInfo(link).path()));
        QFile::remove(link);
        QVERIFY(QFile::link(m_haproxy->adminSocket(), link));
        // Typed the way a user would.
        QString text = S("ssh:");
        if (!endpoint().user.isEmpty())
            text += endpoint().user + QLatin1Char('@');
        text += S("127.0.0.1:") + QString::number(m_sshd.port()) + link;
        const Result<Endpoint> parsed = Endpoint::parse(text);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->path, link);

        ConnectionOptions opts = options();
        opts.autoReconnect = false;
        RuntimeConnection connection(*parsed, opts);
        QSignalSpy errors(&connection, &RuntimeConnection::errorOccurred);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady() || !errors.isEmpty(); }, 30000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        QVERIFY2(info.ok(), qPrintable(info.errorMessage));
        QCOMPARE(HaproxyFixture::infoField(info.body, "Pid"), QByteArray::number(qint64(m_haproxy->pid())));
    }

    // ssh checks a forwarding path's length as written for it, each '%' as "%%". A path
    // that fits a socket but not ssh's notation is refused before any ssh starts.
    void pathTooLongForSshIsRefusedWithoutStartingSsh()
    {
        Endpoint tooLong = endpoint();
        tooLong.path = S("/run/") + QString(10, u'%') + QString(85, u'a'); // 100 bytes, 110 for ssh
        SshTransport transport(tooLong);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QCOMPARE(transport.processId(), 0);
        QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 30000));
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(tooLong.path) && message.contains(S("'%%'")), qPrintable(message));
        QVERIFY(sshProcessesMentioning(m_sshd.path(S("ssh_config"))).isEmpty());
    }

    // The local end lives in a private folder in TMPDIR, whatever characters TMPDIR holds.
    void localSocketInAnUnusualTempFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("percent tokens") << S("t%u%d%%");
        QTest::newRow("environment variable") << S("t${HOME}");
        QTest::newRow("backslash") << S("t\\x");
        QTest::newRow("colon and space") << S("t a:b");
    }

    void localSocketInAnUnusualTempFolder()
    {
        QFETCH(QString, name);
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString tmp = parent.filePath(name);
        QVERIFY(QDir().mkpath(tmp));
        const TempDirOverride tmpdir(tmp);

        SshTransport transport(endpoint());
        QSignalSpy connected(&transport, &Transport::connected);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(QTest::qWaitFor([&] { return !connected.isEmpty() || !errors.isEmpty(); }, 30000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const QStringList folders = tunnelFolders(tmp);
        QCOMPARE(folders.size(), 1);
        QVERIFY(QFileInfo::exists(folders.first() + S("/cli.sock")));
        transport.write("show info\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += transport.readAll();
                return answer.contains("Pid: ");
            },
            10000));
        QCOMPARE(HaproxyFixture::infoField(answer, "Pid"), QByteArray::number(qint64(m_haproxy->pid())));
        transport.abort();
        QTRY_VERIFY(tunnelFolders(tmp).isEmpty());
    }

    // A '%2' in the path is part of the path, not a placeholder of the message.
    void messagesKeepThePathAsItIs()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString ssh = work.filePath(S("failing-ssh"));
        QVERIFY(writeFile(ssh, "#!/bin/sh\nexit 3\n"));
        QFile::setPermissions(ssh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("HADESK_SSH", QFile::encodeName(ssh));
        Endpoint percent = endpoint();
        percent.path = S("/run/%2-%1.sock");
        SshTransport transport(percent);
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 30000));
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(S("/run/%2-%1.sock stopped (exit code 3)")), qPrintable(message));
    }

    // Stopping ssh never waits for it: SIGTERM, SIGKILL after a grace period, the private
    // folder removed once ssh has gone, all while the caller carries on.
    void stoppingDoesNotWaitForSsh_data()
    {
        QTest::addColumn<bool>("destroy");
        QTest::newRow("abort") << false;
        QTest::newRow("destruction") << true;
    }

    void stoppingDoesNotWaitForSsh()
    {
        QFETCH(bool, destroy);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString ssh = writeStubbornSsh(work.path());
        QVERIFY(!ssh.isEmpty());
        qputenv("HADESK_SSH", QFile::encodeName(ssh));
        const TempDirOverride tmpdir(work.path());

        auto transport = std::make_unique<SshTransport>(endpoint());
        transport->open();
        const qint64 pid = transport->processId();
        QVERIFY(pid > 0);
        QTRY_VERIFY(QFileInfo::exists(work.filePath(S("ready.%1").arg(pid))));
        const QStringList folders = tunnelFolders(work.path());
        QCOMPARE(folders.size(), 1);

        QElapsedTimer timer;
        timer.start();
        if (destroy)
            transport.reset();
        else
            transport->abort();
        const qint64 took = timer.elapsed();
        // Far below the grace period: the call did not wait for ssh.
        QVERIFY2(took < 200, qPrintable(S("stopping took %1 ms").arg(took)));
        // ssh ignores SIGTERM, so it is still there, and so is the folder of its socket.
        QVERIFY(HaproxyFixture::isProcessAlive(pid_t(pid)));
        QVERIFY(QFileInfo::exists(folders.first()));
        if (transport)
            QCOMPARE(transport->processId(), 0);
        // Until then the application owns it, so quitting now would still kill and reap it.
        const QList<QProcess *> owned = QCoreApplication::instance()->findChildren<QProcess *>();
        QVERIFY(
            std::any_of(owned.cbegin(), owned.cend(), [&](QProcess *p) { return p->processId() == pid; }));

        QTRY_VERIFY_WITH_TIMEOUT(isReaped(pid), 10000);
        QTRY_VERIFY(!QFileInfo::exists(folders.first()));
    }

    // A new ssh may start while the previous one is still exiting: each has its own folder.
    void reopeningWhileTheOldSshIsExiting()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString ssh = writeStubbornSsh(work.path());
        QVERIFY(!ssh.isEmpty());
        qputenv("HADESK_SSH", QFile::encodeName(ssh));
        const TempDirOverride tmpdir(work.path());

        SshTransport transport(endpoint());
        transport.open();
        const qint64 first = transport.processId();
        QVERIFY(first > 0);
        QTRY_VERIFY(QFileInfo::exists(work.filePath(S("ready.%1").arg(first))));
        transport.open();
        const qint64 second = transport.processId();
        QVERIFY(second > 0 && second != first);
        QTRY_VERIFY(QFileInfo::exists(work.filePath(S("ready.%1").arg(second))));
        // The first ssh ignores SIGTERM and keeps its folder until it is killed.
        QVERIFY(HaproxyFixture::isProcessAlive(pid_t(first)));
        QCOMPARE(tunnelFolders(work.path()).size(), 2);

        transport.abort();
        QTRY_VERIFY_WITH_TIMEOUT(isReaped(first) && isReaped(second), 10000);
        QTRY_VERIFY(tunnelFolders(work.path()).isEmpty());
    }

private:
    void useConfig(const QString &name)
    {
        qputenv("HADESK_SSH_OPTIONS", QByteArray("-F ") + m_sshd.path(name).toLocal8Bit());
    }

    Endpoint endpoint() const
    {
        Endpoint endpoint;
        endpoint.kind = Endpoint::Kind::Ssh;
        endpoint.user = QString::fromLocal8Bit(qgetenv("USER")); // empty: ssh's default
        endpoint.host = S("127.0.0.1");
        endpoint.port = m_sshd.port();
        endpoint.path = m_haproxy->adminSocket();
        return endpoint;
    }

    static ConnectionOptions options()
    {
        ConnectionOptions opts;
        // ssh logs in first; the machine running the tests may be busy.
        opts.connectTimeoutMs = 20000;
        return opts;
    }

    QString expectFailure(const Endpoint &endpoint)
    {
        ConnectionOptions opts = options();
        opts.autoReconnect = false;
        RuntimeConnection connection(endpoint, opts);
        QSignalSpy errors(&connection, &RuntimeConnection::errorOccurred);
        connection.open();
        if (!QTest::qWaitFor([&] { return !errors.isEmpty(); }, 30000))
            return S("(no error within 30 s)");
        if (connection.isReady())
            return S("(ready despite the error)");
        const QString message = errors.first().first().toString();
        qInfo("%s", qPrintable(message)); // what the user would read
        return message;
    }

    Sshd m_sshd;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    QTemporaryDir m_links { QDir::tempPath() + S("/hadesk-links-XXXXXX") };
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
