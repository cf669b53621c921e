#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <sys/types.h>

class QProcess;
class QTemporaryDir;

// A blocking stream client written on plain POSIX sockets, independent of Qt's socket classes, so a
// test can check HAProxy's real state without trusting the client it is testing. UNIX sockets and
// 127.0.0.1 only; every call is bounded by its timeout.
class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool connectToUnix(const QString &path, int timeoutMs = 5000);
    bool connectToTcp(quint16 port, int timeoutMs = 5000); // 127.0.0.1:port
    bool isConnected() const { return m_fd >= 0; }

    bool write(const QByteArray &bytes, int timeoutMs = 5000);
    void shutdownWrite();
    // Reads until the peer closes (or the timeout passes: then errorString() says so).
    QByteArray readToEnd(int timeoutMs = 5000);
    // Reads until everything read so far ends with terminator (prompt-mode framing: "\n> ").
    QByteArray readUntilEndsWith(const QByteArray &terminator, int timeoutMs = 5000);
    // One non-interactive command: writes line + "\n", half-closes, reads to EOF. The half-close is what
    // makes the master CLI answer and close too (it keeps NI connections open otherwise).
    QByteArray command(const QByteArray &line, int timeoutMs = 5000);
    void close();

    bool sawEof() const { return m_eof; }
    QString errorString() const { return m_error; }

private:
    bool readSome(qint64 timeoutMs, QByteArray *into);

    int m_fd = -1;
    bool m_eof = false;
    QString m_error;
};

// Starts a real haproxy for one integration test and stops it again, by PID, at the latest in its
// destructor. It writes the config into a short temporary folder, picks free loopback ports, serves the
// config's servers with hadesk-testbackend processes, and offers a CLI client of its own.
//
//     HaproxyFixture haproxy;                       // default body: fe -> be (s1 s2 s3), be_static, be_empty
//     QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
//     QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show cli level"), "admin\n\n");
//
// A test's own frontends and backends go in Options::body, with placeholders:
//     ${DIR}                 the temporary folder (no trailing slash)
//     ${PORT:name}           a free 127.0.0.1 port, the same number for every use of name (a port nobody
//                            listens on, if the config does not bind it: handy for a server that is DOWN)
//     ${BACKEND:name}        127.0.0.1:PORT of a test HTTP server answering "name\n" (header X-Server: name)
//     ${SLOWBACKEND:name}    127.0.0.1:PORT of a test server that accepts and never answers
//     ${ADMIN_SOCKET} ${OPERATOR_SOCKET} ${USER_SOCKET}   paths of the stats sockets
class HaproxyFixture
{
public:
    enum class Mode {
        Daemon, // haproxy -D -f cfg
        MasterWorker, // haproxy -W -D -S master.sock,level,admin -f cfg (reload() works)
    };
    enum class Level { Admin, Operator, User };
    enum class BackendKind { Normal, Slow };

    struct Options
    {
        Mode mode = Mode::Daemon;
        QString body; // frontends and backends; empty: defaultBody()
        bool tcpStatsSockets = false; // one TCP stats socket per level on 127.0.0.1
        int statsMaxconn = 0; // 0: haproxy's default (10, shared by all stats sockets)
        int statsTimeoutSeconds = 10;
        bool serverStateFile = false; // server-state-file + load-server-state-from-file global
        int hardStopAfterSeconds = 0; // 0: none
        QString extraGlobal; // lines added to the global section, as written
        QString extraDefaults; // lines added to the defaults section, as written
        int backendDelayMs = 0; // delay before each answer of the Normal test servers
    };

    struct HttpReply
    {
        int status = 0; // 0: no HTTP answer, see error
        QByteArray server; // the X-Server header: which test backend answered
        QByteArray body;
        QString error;
    };

    HaproxyFixture();
    explicit HaproxyFixture(const Options &options);
    ~HaproxyFixture();
    HaproxyFixture(const HaproxyFixture &) = delete;
    HaproxyFixture &operator=(const HaproxyFixture &) = delete;

    static QString defaultBody();
    // HADESK_HAPROXY if set (an error if it is not an executable file), else haproxy on PATH, else
    // /usr/sbin, /usr/local/sbin, /sbin. Empty with *error set when none is found.
    static QString findHaproxy(QString *error);

    // hadesk-testbackend: HADESK_TESTBACKEND if set, else the one built with this tree.
    static QString testBackendBinary();

    // Replaces the body for the next start(), restart() or reload() (new ${PORT:...} names get new ports;
    // names already used keep theirs).
    void setBody(const QString &body);

    // Writes the config, checks it with haproxy -c, starts haproxy and waits (≤ 10 s) until the admin
    // socket answers. False with errorString() holding haproxy's own words on failure.
    bool start();
    // SIGTERM to haproxy (the master in master-worker mode), SIGKILL after 5 s, then any worker still
    // alive. Only processes whose command line names this fixture's config are ever signalled.
    bool stop();
    // stop() and start() again with the same config, ports and sockets (for reconnect tests).
    bool restart();
    // SIGKILL to haproxy and its workers, as if it crashed: connections are reset and the socket files
    // stay behind. restart() or start() brings it back.
    bool crash();
    // Master-worker only: rewrites the config, checks it, sends SIGUSR2 to the master and waits (≤ 10 s)
    // until a new connection to the admin socket reaches a new worker. Returns its pid, 0 on failure.
    pid_t reload();
    // Master-worker only: SIGUSR2 without checking or waiting (for tests of failing reloads).
    bool signalReload();

    bool isRunning() const;
    QString errorString() const { return m_error; }
    QString binary() const { return m_binary; }
    QString version() const { return m_version; } // first line of haproxy -v
    Mode mode() const { return m_options.mode; }

    QString dir() const;
    QString configPath() const;
    QString config() const { return m_config; } // the text as written, placeholders replaced
    QString startupLog() const; // what haproxy printed while starting (and the master since)

    QString socketPath(Level level) const;
    QString adminSocket() const { return socketPath(Level::Admin); }
    QString operatorSocket() const { return socketPath(Level::Operator); }
    QString userSocket() const { return socketPath(Level::User); }
    QString masterSocket() const; // empty unless master-worker
    quint16 tcpPort(Level level) const; // 0 unless Options::tcpStatsSockets
    quint16 tcpAdminPort() const { return tcpPort(Level::Admin); }
    quint16 port(const QString &name) const; // ${PORT:name}; 0 if unknown
    quint16 frontendPort(const QString &name = QStringLiteral("fe")) const { return port(name); }

    pid_t pid() const { return m_pid; } // the daemon, or the master
    pid_t masterPid() const { return m_options.mode == Mode::MasterWorker ? m_pid : 0; }
    pid_t workerPid() const; // asks show info on the admin socket; 0 if it does not answer
    QList<pid_t> workerPidsSeen() const { return m_workerPids.values(); }

    // Test HTTP servers. Those named in the config start with start(); addBackend() starts one more at
    // any time (for add server tests). stopBackend() makes its server DOWN, startBackend() brings it
    // back on the same port.
    bool addBackend(const QString &name, BackendKind kind = BackendKind::Normal);
    bool stopBackend(const QString &name);
    bool startBackend(const QString &name);
    quint16 backendPort(const QString &name) const;
    QString backendAddress(const QString &name) const; // "127.0.0.1:PORT"
    QStringList backendNames() const { return m_backends.keys(); }

    // Polls command on the admin socket (every 50 ms) until accept(reply) is true or timeoutMs passes.
    bool waitForAdminReply(const QByteArray &command, const std::function<bool(const QByteArray &)> &accept,
        int timeoutMs = 10000, QByteArray *lastReply = nullptr) const;

    // One NI command over a fresh connection; on failure returns what came and sets *error.
    static QByteArray rawCommand(
        const QString &socketPath, const QByteArray &line, int timeoutMs = 5000, QString *error = nullptr);
    static QByteArray rawTcpCommand(
        quint16 port, const QByteArray &line, int timeoutMs = 5000, QString *error = nullptr);
    // The CLI sessions other clients hold open on the worker behind socketPath, -1 when it does
    // not answer. A session (by its stream id) counts when three `show sess all` in a row list
    // it: each asking connection lists itself, and HAProxy 3.0 may still list the previous one
    // while it closes on another thread.
    static int openCliSessions(const QString &socketPath);
    // "Pid: 123\n..." -> "123" (show info and similar "Key: value" dumps).
    static QByteArray infoField(const QByteArray &reply, const QByteArray &key);
    // GET over a fresh connection to 127.0.0.1:port with Connection: close.
    static HttpReply httpGet(quint16 port, const QByteArray &path = "/", int timeoutMs = 5000);
    // True while pid exists and is not a zombie.
    static bool isProcessAlive(pid_t pid);

private:
    struct Backend
    {
        BackendKind kind = BackendKind::Normal;
        quint16 port = 0;
        QProcess *process = nullptr;
    };
    enum class LaunchResult { Ok, PortConflict, Failed };

    bool prepare();
    void startReaper();
    bool startBackends(const QStringList &names);
    void stopAllBackends();
    bool ensurePorts(const QString &body);
    bool writeConfig();
    bool checkConfig();
    LaunchResult launch();
    bool waitUntilReady(qint64 timeoutMs);
    void recordWorkers();
    bool masterListsWorker(pid_t worker) const; // 0: any worker
    bool terminate(pid_t pid);
    bool claim(pid_t pid); // true (and remembered) if pid runs this fixture's config
    bool isOurs(pid_t pid) const; // a claimed process, still running
    bool fail(const QString &message);

    Options m_options;
    QString m_binary;
    QString m_version;
    QString m_backendBinary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_reaper; // hadesk-testbackend --reap-on-exit: stops haproxy if we die
    QString m_config;
    QMap<QString, quint16> m_ports;
    QMap<Level, quint16> m_tcpPorts;
    QMap<QString, Backend> m_backends;
    QSet<quint16> m_portsHandedOut;
    pid_t m_pid = 0;
    QSet<pid_t> m_workerPids;
    QMap<pid_t, quint64> m_identities; // pid -> start time, for every process claimed
    QString m_error;
};
