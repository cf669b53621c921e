#include "core/transport/endpoint.h"

#include "core/protocol/argumentvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

// Messages of this file are translated in the "Endpoint" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

// sun_path is 108 bytes on Linux, NUL included; QLocalSocket and socat fail on longer
// paths with an error that does not say why.
constexpr qsizetype MaxSocketPathBytes = 107;

template<typename T>
Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

QString quoted(QStringView text)
{
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

// " in 'tcp:host:70000'", unless the part already named is the whole text.
QString in(QStringView part, const QString &whole)
{
    if (part == QStringView(whole))
        return {};
    return Tr::tr(" in %1").arg(quoted(whole));
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Control and invisible formatting characters have no place in an endpoint; they only
// arrive by a bad paste and would be invisible in the connection list.
QString controlCharacterProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pairedSurrogate =
            (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate());
        if (pairedSurrogate)
            continue;
        QString what;
        if (c == u'\0')
            what = Tr::tr("a NUL character");
        else if (c == u'\n')
            what = Tr::tr("a line feed (LF)");
        else if (c == u'\r')
            what = Tr::tr("a carriage return (CR)");
        else if (c == u'\t')
            what = Tr::tr("a tab");
        else if (c.isSurrogate())
            what = Tr::tr("an unpaired UTF-16 surrogate");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            what = Tr::tr("the control character U+%1")
                       .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
        if (!what.isEmpty())
            return Tr::tr("the endpoint contains %1 at position %2").arg(what).arg(i + 1);
    }
    return {};
}

Result<QString> socketPath(const QString &path, const QString &whole)
{
    if (path.isEmpty())
        return fail<QString>(Tr::tr("empty socket path%1").arg(in(path, whole)));
    const qsizetype bytes = path.toUtf8().size();
    if (bytes > MaxSocketPathBytes) {
        // One arg() call: a '%2' in the path must not be replaced.
        return fail<QString>(
            Tr::tr("socket path %1 is %2 bytes long; a Unix socket path has at most %3")
                .arg(quoted(path), QString::number(bytes), QString::number(MaxSocketPathBytes)));
    }
    return path;
}

enum class Family { Any, IPv4, IPv6 };

struct HostPort
{
    QString host;
    quint16 port = 0;
};

Result<quint16> parsePort(QStringView text, const QString &whole)
{
    if (text.isEmpty())
        return fail<quint16>(Tr::tr("missing port in %1").arg(quoted(whole)));
    if (!isAllDigits(text))
        return fail<quint16>(Tr::tr("port %1 is not a number in %2").arg(quoted(text), quoted(whole)));
    const uint value = text.size() > 5 ? 0x10000 : text.toUInt();
    if (value < 1 || value > 65535)
        return fail<quint16>(
            Tr::tr("port %1 is out of range (1-65535) in %2").arg(text.toString(), quoted(whole)));
    return quint16(value);
}

bool isIpv6(const QString &text)
{
    QHostAddress address;
    return text.contains(u':') && address.setAddress(text)
        && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// The address inside brackets. A zone id ("fe80::1%eth0") is fine here: this is our own
// connection, which QTcpSocket makes, not an address handed to HAProxy.
Result<QString> bracketedIpv6(QStringView inside, QStringView bracketed, const QString &whole)
{
    if (inside.isEmpty())
        return fail<QString>(Tr::tr("empty IPv6 address %1%2").arg(quoted(bracketed), in(bracketed, whole)));
    const QString address = inside.toString();
    const qsizetype percent = address.indexOf(u'%');
    bool zoneOk = true;
    if (percent >= 0) {
        const QStringView zone = QStringView(address).mid(percent + 1);
        zoneOk = !zone.isEmpty();
        for (QChar c : zone) {
            zoneOk = zoneOk
                && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                    || c == u'.' || c == u'_' || c == u'-');
        }
    }
    if (!zoneOk || !isIpv6(address)) {
        return fail<QString>(
            Tr::tr("%1 is not a valid IPv6 address%2").arg(quoted(bracketed), in(bracketed, whole)));
    }
    return address;
}

Result<QString> checkHost(const QString &host, Family family, const QString &whole)
{
    const Result<QByteArray> valid = ArgumentValidator::address(host, Tr::tr("host name"));
    if (!valid)
        return fail<QString>(valid.error() + in(host, whole));
    const bool v6 = host.contains(u':');
    bool v4 = !v6;
    for (QChar c : host)
        v4 = v4 && ((c >= u'0' && c <= u'9') || c == u'.');
    if (family == Family::IPv4 && v6)
        return fail<QString>(
            Tr::tr("%1 is not an IPv4 address or a host name in %2").arg(quoted(host), quoted(whole)));
    if (family == Family::IPv6 && v4)
        return fail<QString>(
            Tr::tr("%1 is not an IPv6 address or a host name in %2").arg(quoted(host), quoted(whole)));
    return host;
}

// HOST:PORT, [IPV6]:PORT, and for HAProxy's ipv6@ and socat's TCP6: also IPV6:PORT
// split on the last colon, the way those two read it.
Result<HostPort> parseHostPort(QStringView rest, const QString &whole, Family family)
{
    if (rest.isEmpty())
        return fail<HostPort>(Tr::tr("missing host and port in %1").arg(quoted(whole)));
    HostPort result;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail<HostPort>(Tr::tr("%1 has no closing ']'%2").arg(quoted(rest), in(rest, whole)));
        const Result<QString> address = bracketedIpv6(rest.mid(1, close - 1), rest.first(close + 1), whole);
        if (!address)
            return fail<HostPort>(address.error());
        if (family == Family::IPv4) {
            return fail<HostPort>(Tr::tr("%1 is not an IPv4 address or a host name in %2")
                                      .arg(quoted(rest.first(close + 1)), quoted(whole)));
        }
        const QStringView after = rest.mid(close + 1);
        if (after.isEmpty())
            return fail<HostPort>(Tr::tr("missing port in %1").arg(quoted(whole)));
        if (after.front() != u':') {
            return fail<HostPort>(
                Tr::tr("unexpected %1 after ']' in %2").arg(quoted(after.first(1)), quoted(whole)));
        }
        const Result<quint16> port = parsePort(after.mid(1), whole);
        if (!port)
            return fail<HostPort>(port.error());
        result.host = *address;
        result.port = *port;
        return result;
    }

    const qsizetype lastColon = rest.lastIndexOf(u':');
    if (lastColon < 0)
        return fail<HostPort>(Tr::tr("missing port in %1").arg(quoted(whole)));
    const QString host = rest.first(lastColon).toString();
    const QStringView portText = rest.mid(lastColon + 1);
    if (host.isEmpty())
        return fail<HostPort>(Tr::tr("missing host in %1").arg(quoted(whole)));
    if (host.contains(u':') && family == Family::IPv4) {
        return fail<HostPort>(
            Tr::tr("%1 is not an IPv4 address or a host name in %2").arg(quoted(host), quoted(whole)));
    }
    if (host.contains(u':') && family != Family::IPv6) {
        if (isIpv6(host)) {
            return fail<HostPort>(Tr::tr("IPv6 address %1 must be in brackets: '[%2]:%3'%4")
                                      .arg(quoted(host), host, portText.toString(), in(host, whole)));
        }
        if (isIpv6(rest.toString())) {
            return fail<HostPort>(
                Tr::tr("missing port in %1 (an IPv6 address with a port is written [%2]:PORT)")
                    .arg(quoted(whole), rest.toString()));
        }
    }
    const Result<quint16> port = parsePort(portText, whole);
    if (!port)
        return fail<HostPort>(port.error());
    const Result<QString> checked = checkHost(host, family, whole);
    if (!checked)
        return fail<HostPort>(checked.error());
    result.host = host;
    result.port = *port;
    return result;
}

bool isValidUser(QStringView user)
{
    // POSIX portable user names; a leading '-' would be read by ssh as an option.
    if (user.isEmpty() || user.size() > 64 || user.front() == u'-')
        return false;
    for (QChar c : user) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// The remote path of an ssh endpoint starts at the first '/' outside brackets; -1 if none.
qsizetype sshPathStart(QStringView rest)
{
    bool inBrackets = false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == u'[')
            inBrackets = true;
        else if (rest[i] == u']')
            inBrackets = false;
        else if (rest[i] == u'/' && !inBrackets)
            return i;
    }
    return -1;
}

// HOST or [IPV6] with the text of its optional port (empty when there is none).
struct SshHost
{
    QString host;
    QStringView portText;
};

Result<SshHost> parseSshHost(QStringView hostPort, const QString &whole)
{
    if (hostPort.isEmpty() || hostPort.startsWith(u':'))
        return fail<SshHost>(Tr::tr("missing host in %1").arg(quoted(whole)));
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail<SshHost>(Tr::tr("%1 has no closing ']' in %2").arg(quoted(hostPort), quoted(whole)));
        const Result<QString> address =
            bracketedIpv6(hostPort.mid(1, close - 1), hostPort.first(close + 1), whole);
        if (!address)
            return fail<SshHost>(address.error());
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty() && after.front() != u':')
            return fail<SshHost>(
                Tr::tr("unexpected %1 after ']' in %2").arg(quoted(after.first(1)), quoted(whole)));
        return SshHost { *address, after.mid(after.isEmpty() ? 0 : 1) };
    }
    const qsizetype colon = hostPort.indexOf(u':');
    const QString host = (colon < 0 ? hostPort : hostPort.first(colon)).toString();
    if (colon >= 0 && hostPort.mid(colon + 1).contains(u':')) {
        return fail<SshHost>(
            Tr::tr("IPv6 address %1 must be in brackets in %2").arg(quoted(hostPort), quoted(whole)));
    }
    const Result<QString> checked = checkHost(host, Family::Any, whole);
    if (!checked)
        return fail<SshHost>(checked.error());
    return SshHost { host, colon < 0 ? QStringView() : hostPort.mid(colon + 1) };
}

// The optional port after the host; 0 (ssh's default) when there is none.
Result<quint16> parseSshPort(QStringView portText, const QString &path, const QString &whole)
{
    if (portText.isEmpty())
        return quint16(0);
    // "ssh:host:run/x.sock" is a relative path after scp's colon, not a bad port.
    if (portText.front() < u'0' || portText.front() > u'9') {
        const QString relative = portText.toString() + path;
        return fail<quint16>(Tr::tr("remote socket path %1 must be absolute (start with '/') in %2")
                                 .arg(quoted(relative), quoted(whole)));
    }
    return parsePort(portText, whole);
}

Result<QString> parseSshPath(const QString &path, const QString &whole)
{
    if (path.isEmpty() || path == u"/") {
        return fail<QString>(Tr::tr("missing remote socket path in %1 (e.g. ssh:host/run/haproxy/admin.sock)")
                                 .arg(quoted(whole)));
    }
    const Result<QString> checkedPath = socketPath(path, whole);
    if (!checkedPath)
        return fail<QString>(checkedPath.error());
    const QString sshProblem = Endpoint::sshForwardPathProblem(path);
    if (!sshProblem.isEmpty())
        return fail<QString>(sshProblem);
    return path;
}

// ssh:[USER@]HOST[:PORT]/PATH, also ssh://... and scp's ssh:HOST:/PATH (empty port).
Result<Endpoint> parseSsh(QStringView rest, const QString &whole)
{
    if (rest.startsWith(u"//"))
        rest = rest.mid(2);
    const qsizetype slash = sshPathStart(rest);
    const QStringView authority = slash < 0 ? rest : rest.first(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash).toString();

    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Ssh;
    QStringView hostPort = authority;
    const qsizetype at = authority.indexOf(u'@');
    if (at >= 0) {
        const QStringView user = authority.first(at);
        if (!isValidUser(user)) {
            return fail<Endpoint>(Tr::tr(
                "user name %1 is not valid in %2 (use letters, digits, '.', '_' and '-', not first '-')")
                                      .arg(quoted(user), quoted(whole)));
        }
        endpoint.user = user.toString();
        hostPort = authority.mid(at + 1);
    }
    const Result<SshHost> host = parseSshHost(hostPort, whole);
    if (!host)
        return fail<Endpoint>(host.error());
    endpoint.host = host->host;
    const Result<quint16> port = parseSshPort(host->portText, path, whole);
    if (!port)
        return fail<Endpoint>(port.error());
    endpoint.port = *port;
    const Result<QString> checkedPath = parseSshPath(path, whole);
    if (!checkedPath)
        return fail<Endpoint>(checkedPath.error());
    endpoint.path = *checkedPath;
    return endpoint;
}

Result<Endpoint> unixEndpoint(const QString &path, const QString &whole)
{
    const Result<QString> checked = socketPath(path, whole);
    if (!checked)
        return fail<Endpoint>(checked.error());
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Unix;
    endpoint.path = path;
    return endpoint;
}

Result<Endpoint> networkEndpoint(Endpoint::Kind kind, QStringView rest, const QString &whole, Family family)
{
    if (rest.startsWith(u"//"))
        rest = rest.mid(2);
    const Result<HostPort> hostPort = parseHostPort(rest, whole, family);
    if (!hostPort)
        return fail<Endpoint>(hostPort.error());
    Endpoint endpoint;
    endpoint.kind = kind;
    endpoint.host = hostPort->host;
    endpoint.port = hostPort->port;
    return endpoint;
}

QString hostForUrl(const QString &host)
{
    return host.contains(u':') ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

// Always quoted for a POSIX shell: each ' is written as '\'' (close, escaped quote, reopen).
QString singleQuoted(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// A word for a POSIX shell: as is when it holds nothing the shell treats specially,
// otherwise single-quoted.
QString shellWord(const QString &text)
{
    bool plain = !text.isEmpty();
    for (QChar c : text) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"_@%+=:,./-").contains(c);
        plain = plain && safe;
    }
    if (plain)
        return text;
    return singleQuoted(text);
}

// socat reads ':' and ',' as separators, "!!" as a dual address and brackets and quotes
// as groups; a backslash makes any of them literal.
bool isSocatSpecial(QChar c)
{
    return QStringView(u":,!()[]{}'\"\\").contains(c);
}

QString socatEscape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (isSocatSpecial(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString socatUnixAddress(const QString &path)
{
    // socat opens a plain word as a file (and so connects to a socket) when a '/'
    // comes before any ':' or ','; anything unusual gets the explicit address type.
    bool plain = path.contains(u'/');
    for (QChar c : path)
        plain = plain && !isSocatSpecial(c);
    return plain ? path : QStringLiteral("UNIX-CONNECT:") + socatEscape(path);
}

// "master:" + any endpoint: HAProxy's master CLI is required there.
Result<Endpoint> masterEndpoint(const QString &text)
{
    Result<Endpoint> inner = Endpoint::parse(text.mid(7));
    if (!inner.ok())
        return inner;
    if (inner.value().master)
        return fail<Endpoint>(Tr::tr("'master:' is written twice in %1").arg(quoted(text)));
    Endpoint endpoint = inner.value();
    endpoint.master = true;
    return endpoint;
}

} // namespace

Result<Endpoint> Endpoint::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail<Endpoint>(
            Tr::tr("empty endpoint (give a socket path, HOST:PORT, tls:HOST:PORT or ssh:HOST/PATH)"));
    const QString control = controlCharacterProblem(text);
    if (!control.isEmpty())
        return fail<Endpoint>(control);

    if (text.startsWith(u"master:", Qt::CaseInsensitive))
        return masterEndpoint(text);
    if (text.startsWith(u'/') || text.startsWith(u'.'))
        return unixEndpoint(text, text);
    if (text.startsWith(u'~'))
        return fail<Endpoint>(Tr::tr("'~' is not expanded in %1; write the full path").arg(quoted(text)));
    if (text.startsWith(u'['))
        return networkEndpoint(Kind::Tcp, text, text, Family::Any);

    const qsizetype colon = text.indexOf(u':');
    const qsizetype at = text.indexOf(u'@');
    const qsizetype slash = text.indexOf(u'/');
    // socat's rule: a '/' before any ':' makes a path ("run/haproxy.sock").
    if (slash >= 0 && (colon < 0 || slash < colon) && (at < 0 || slash < at))
        return unixEndpoint(text, text);
    if (colon < 0 && at < 0) {
        if (text.endsWith(u".sock") || text.endsWith(u".socket"))
            return unixEndpoint(text, text);
        return fail<Endpoint>(Tr::tr("missing port in %1 (for a socket in the current folder write ./%2)")
                                  .arg(quoted(text), text));
    }

    const bool atFirst = at >= 0 && (colon < 0 || at < colon);
    const qsizetype split = atFirst ? at : colon;
    const QString scheme = text.first(split).toLower();
    const QStringView rest = QStringView(text).mid(split + 1);

    if (atFirst) {
        // HAProxy's own address prefixes, as on a `stats socket` line.
        if (scheme == u"unix")
            return unixEndpoint(rest.toString(), text);
        if (scheme == u"ipv4")
            return networkEndpoint(Kind::Tcp, rest, text, Family::IPv4);
        if (scheme == u"ipv6")
            return networkEndpoint(Kind::Tcp, rest, text, Family::IPv6);
        if (scheme == u"abns") {
            return fail<Endpoint>(
                Tr::tr("abstract sockets ('abns@') are not supported in %1; use a socket path")
                    .arg(quoted(text)));
        }
        return fail<Endpoint>(
            Tr::tr("unknown address prefix %1 (use unix@, ipv4@ or ipv6@, or unix:, tcp:, tls:, ssh:)")
                .arg(quoted(text.first(split + 1))));
    }

    if (scheme == u"unix" || scheme == u"unix-connect" || scheme == u"unix-client") {
        QStringView path = rest;
        if (path.startsWith(u"///"))
            path = path.mid(2); // unix:///run/x.sock, as Docker writes it
        return unixEndpoint(path.toString(), text);
    }
    if (scheme == u"tcp" || scheme == u"tcp4")
        return networkEndpoint(Kind::Tcp, rest, text, scheme == u"tcp4" ? Family::IPv4 : Family::Any);
    if (scheme == u"tcp6")
        return networkEndpoint(Kind::Tcp, rest, text, Family::IPv6);
    if (scheme == u"tls" || scheme == u"ssl" || scheme == u"openssl")
        return networkEndpoint(Kind::Tls, rest, text, Family::Any);
    if (scheme == u"ssh")
        return parseSsh(rest, text);

    // Not a scheme: HOST:PORT. A port starts with a digit; a host name has a dot or is
    // localhost; anything else before the colon is taken for a mistyped scheme.
    if (scheme.isEmpty() || (!rest.isEmpty() && rest.front().isDigit()) || scheme.contains(u'.')
        || scheme == u"localhost" || rest.isEmpty())
        return networkEndpoint(Kind::Tcp, text, text, Family::Any);
    return fail<Endpoint>(
        Tr::tr("unknown scheme %1 (use unix:, tcp:, tls: or ssh:)").arg(quoted(text.first(split + 1))));
}

QString Endpoint::toString() const
{
    if (master) {
        Endpoint inner = *this;
        inner.master = false;
        return QStringLiteral("master:") + inner.toString();
    }
    switch (kind) {
    case Kind::Unix:
        return QStringLiteral("unix:") + path;
    case Kind::Tcp:
        return QStringLiteral("tcp:") + hostForUrl(host) + QLatin1Char(':') + QString::number(port);
    case Kind::Tls:
        return QStringLiteral("tls:") + hostForUrl(host) + QLatin1Char(':') + QString::number(port);
    case Kind::Ssh: {
        QString out = QStringLiteral("ssh:");
        if (!user.isEmpty())
            out += user + QLatin1Char('@');
        out += hostForUrl(host);
        if (port != 0)
            out += QLatin1Char(':') + QString::number(port);
        return out + path;
    }
    }
    return {};
}

QString Endpoint::socatAddress() const
{
    switch (kind) {
    case Kind::Unix:
        return socatUnixAddress(path);
    case Kind::Tcp:
        if (host.contains(u':'))
            return QStringLiteral("TCP6:[") + host + QStringLiteral("]:") + QString::number(port);
        return QStringLiteral("TCP:") + host + QLatin1Char(':') + QString::number(port);
    case Kind::Tls: {
        QString out =
            QStringLiteral("OPENSSL:") + hostForUrl(host) + QLatin1Char(':') + QString::number(port);
        if (!tls.caFile.isEmpty())
            out += QStringLiteral(",cafile=") + socatEscape(tls.caFile);
        if (!tls.certificateFile.isEmpty())
            out += QStringLiteral(",cert=") + socatEscape(tls.certificateFile);
        if (!tls.privateKeyFile.isEmpty())
            out += QStringLiteral(",key=") + socatEscape(tls.privateKeyFile);
        if (!tls.peerName.isEmpty())
            out += QStringLiteral(",commonname=") + socatEscape(tls.peerName);
        // Always explicit: socat's default has changed between versions.
        out += tls.verifyPeer ? QStringLiteral(",verify=1") : QStringLiteral(",verify=0");
        return out;
    }
    case Kind::Ssh:
        break;
    }
    return {};
}

QString Endpoint::socatCommandLine(const QByteArray &line) const
{
    const QString text = QString::fromUtf8(line);
    // dash's echo (sh on Debian) interprets backslashes, and HAProxy lines may hold
    // escapes such as '\;'; printf '%s\n' sends them unchanged.
    const QString send = (text.contains(u'\\') ? QStringLiteral("printf '%s\\n' ") : QStringLiteral("echo "))
        + singleQuoted(text);
    if (kind != Kind::Ssh)
        return send + QStringLiteral(" | socat stdio ") + shellWord(socatAddress());

    // ssh joins its arguments with spaces and hands them to the remote shell, so the
    // socket address is quoted for the remote shell first, then for the local one.
    const QString remote = shellWord(socatUnixAddress(path));
    QString local;
    if (remote == socatUnixAddress(path)) {
        local = remote;
    } else if (!remote.contains(u'"') && !remote.contains(u'$') && !remote.contains(u'`')
        && !remote.contains(u'\\') && !remote.contains(u'!')) {
        local = QLatin1Char('"') + remote + QLatin1Char('"');
    } else {
        local = shellWord(remote);
    }
    QString out = send + QStringLiteral(" | ssh ");
    if (port != 0)
        out += QStringLiteral("-p ") + QString::number(port) + QLatin1Char(' ');
    out += shellWord(user.isEmpty() ? host : user + QLatin1Char('@') + host);
    return out + QStringLiteral(" socat stdio ") + local;
}

QString Endpoint::sshForwardPathProblem(const QString &path)
{
    // ssh's parse_forward() refuses a path of sizeof(sun_path) bytes or more before it
    // expands %-tokens, so it sees each '%' as the "%%" SshTransport writes for it. The
    // other escapes (a backslash before ':', '{' and a backslash) are gone by then.
    const qsizetype bytes = path.toUtf8().size() + path.count(u'%');
    if (bytes <= MaxSocketPathBytes)
        return {};
    return Tr::tr("remote socket path %1 is too long for ssh: written for ssh, with each '%' doubled as "
                  "'%%', it takes %2 bytes, and ssh accepts at most %3")
        .arg(quoted(path), QString::number(bytes), QString::number(MaxSocketPathBytes));
}

QString Endpoint::transportDescription() const
{
    switch (kind) {
    case Kind::Unix:
    case Kind::Tcp:
        return Tr::tr("plain");
    case Kind::Tls:
        return Tr::tr("TLS");
    case Kind::Ssh:
        return Tr::tr("SSH");
    }
    return {};
}
