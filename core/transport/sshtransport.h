#pragma once

#include "core/transport/transport.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QStringList>
#include <QTimer>

#include <memory>

class QProcess;
class QTemporaryDir;

// A Unix stats socket on another machine, reached through the system's OpenSSH client:
// `ssh -N -L <private local socket>:<remote socket> HOST` keeps one tunnel open for as
// long as this transport lives, and a QLocalSocket talks through it. The user's
// ~/.ssh/config, agent and known_hosts decide everything about authentication; ssh runs
// in BatchMode so it never waits for a password nobody can type.
class SshTransport : public Transport
{
    Q_OBJECT
public:
    explicit SshTransport(const Endpoint &endpoint, QObject *parent = nullptr);
    // Stops ssh without waiting for it; the private folder goes once ssh has exited.
    ~SshTransport() override;

    void open() override;
    // Also stops ssh, without waiting: SIGTERM now, SIGKILL after a short grace, the private
    // folder removed once ssh has exited. A new open() may start another ssh meanwhile.
    void abort() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    QString description() const override { return QStringLiteral("SSH"); }
    // A Unix socket connection through this transport's tunnel while it is up.
    std::unique_ptr<Transport> sibling() const override;

    // The running ssh's process id, 0 when none runs (for diagnostics and tests).
    qint64 processId() const;

    // HADESK_SSH if set (it must be an executable file), else ssh on PATH. Empty with
    // *error set when none is found.
    static QString findSsh(QString *error);
    // Extra ssh options from HADESK_SSH_OPTIONS (split like a shell would), e.g. "-F cfg".
    static QStringList extraOptionsFromEnvironment();
    // The ssh command-line arguments that forward localSocket to the endpoint's socket. Both
    // paths are escaped for ssh's -L notation, so ssh uses them exactly as given.
    static QStringList arguments(
        const Endpoint &endpoint, const QString &localSocket, const QStringList &extraOptions);
    // ssh's complaints (its stderr) in words, naming the endpoint; empty if none is known.
    static QString explainSshError(const QString &sshStderr, const Endpoint &endpoint);

private:
    void fail(const QString &message);
    void pollForSocket();
    void onProcessFinished();
    void onLocalLost();
    void settleLocalLoss();
    void stopProcess();
    QString target() const;
    QString stderrText() const;

    Endpoint m_endpoint;
    QLocalSocket m_socket;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_localPath;
    QByteArray m_stderr;
    qsizetype m_stderrAtConnect = 0;
    QTimer m_pollTimer;
    QTimer m_settleTimer;
    QElapsedTimer m_sinceStart;
    bool m_aborting = false;
    bool m_finished = false; // connected()'s counterpart already reported (error or loss)
    bool m_localConnected = false;
};
