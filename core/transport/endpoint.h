#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>

// TLS settings of a tls: endpoint. Verification is on unless the user turns it off
// explicitly; nothing ever turns it off silently.
struct TlsOptions
{
    QString caFile; // empty: the system's CA store
    QString certificateFile; // client certificate (PEM), optional
    QString privateKeyFile; // its key (PEM); may be the same file as the certificate
    QString peerName; // name to verify instead of the host, optional
    bool verifyPeer = true;

    bool operator==(const TlsOptions &) const = default;
};

// Where a HAProxy Runtime API listens, parsed from what operators already type:
// a socket path, unix:/unix@/unix-connect:, tcp:, HOST:PORT, ipv4@, ipv6@, [::1]:PORT,
// tls:HOST:PORT and ssh:[USER@]HOST[:PORT]/PATH/TO/SOCK. Any of them may start with
// "master:" to say it must be HAProxy's master CLI (`haproxy -S`); without it a master
// socket is still recognised by its prompt.
struct Endpoint
{
    enum class Kind { Unix, Tcp, Tls, Ssh };

    Kind kind = Kind::Unix;
    QString path; // Unix: the socket; Ssh: the socket on the remote host
    QString host; // Tcp/Tls/Ssh; an IPv6 address without brackets
    quint16 port = 0; // Tcp/Tls; Ssh: 0 means ssh's default
    QString user; // Ssh, optional
    TlsOptions tls; // Tls only
    bool master = false; // written with "master:": connecting to anything else is an error

    // Parses one endpoint. Fails with a message that names the wrong part.
    static Result<Endpoint> parse(const QString &text);

    // Canonical text that parse() accepts again (TLS files are not part of it).
    QString toString() const;
    // The address part of a socat command line that reaches this endpoint, e.g.
    // "/run/haproxy/admin.sock", "TCP:127.0.0.1:9999", "OPENSSL:host:443,cafile=ca.pem".
    // Empty for Ssh (see socatCommandLine()).
    QString socatAddress() const;
    // A complete shell command that sends `line` to this endpoint the way operators do
    // by hand, quoted for a POSIX shell: echo 'line' | socat stdio ADDRESS (over ssh for Ssh).
    QString socatCommandLine(const QByteArray &line) const;
    // "plain", "TLS" or "SSH": what protects the connection, for the GUI.
    QString transportDescription() const;
    // Why OpenSSH cannot forward to a Unix socket at this path (an ssh: endpoint's remote
    // socket), or empty when it can. ssh checks a forwarding path's length as written on its
    // command line, where each '%' is doubled. SshTransport checks its local end with it too.
    static QString sshForwardPathProblem(const QString &path);

    bool operator==(const Endpoint &) const = default;
};

Q_DECLARE_METATYPE(Endpoint)
