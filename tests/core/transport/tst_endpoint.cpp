#include "core/transport/endpoint.h"

#include <QTest>

Q_DECLARE_METATYPE(Endpoint::Kind)

namespace {

Endpoint parsed(const QString &text)
{
    const Result<Endpoint> result = Endpoint::parse(text);
    if (!result)
        qFatal("test endpoint '%s' does not parse: %s", qPrintable(text), qPrintable(result.error()));
    return *result;
}

} // namespace

// Endpoint texts as operators type them (paths, socat addresses, HAProxy's own
// prefixes, ssh targets), and the shell one-liners made from them. Every one-liner
// below was also run through dash and bash against real sockets with socat 1.7.4.
class TestEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Endpoint::Kind>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("canonical");

        using K = Endpoint::Kind;
        const QString none;
        const auto unix = [](const char *name, const QString &text, const QString &path) {
            QTest::newRow(name) << text << K::Unix << QString() << 0 << path << QString()
                                << QStringLiteral("unix:") + path;
        };
        unix("absolute path", QStringLiteral("/run/haproxy/admin.sock"),
            QStringLiteral("/run/haproxy/admin.sock"));
        unix("surrounding blanks", QStringLiteral(" \t/run/haproxy/admin.sock  \n"),
            QStringLiteral("/run/haproxy/admin.sock"));
        unix("dot relative", QStringLiteral("./admin.sock"), QStringLiteral("./admin.sock"));
        unix("dot-dot relative", QStringLiteral("../run/admin.sock"), QStringLiteral("../run/admin.sock"));
        unix("relative with slash", QStringLiteral("run/haproxy.sock"), QStringLiteral("run/haproxy.sock"));
        unix("bare .sock", QStringLiteral("admin.sock"), QStringLiteral("admin.sock"));
        unix("bare .socket", QStringLiteral("haproxy.socket"), QStringLiteral("haproxy.socket"));
        unix("path with colon", QStringLiteral("/run/ha:proxy.sock"), QStringLiteral("/run/ha:proxy.sock"));
        unix("path with space and quote", QStringLiteral("/tmp/my dir/it's.sock"),
            QStringLiteral("/tmp/my dir/it's.sock"));
        unix("non-ASCII path", QStringLiteral("/run/h\u00e4proxy.sock"),
            QStringLiteral("/run/h\u00e4proxy.sock"));
        unix("unix:", QStringLiteral("unix:/run/haproxy/admin.sock"),
            QStringLiteral("/run/haproxy/admin.sock"));
        unix("unix: relative", QStringLiteral("unix:stats"), QStringLiteral("stats"));
        unix("unix@ (HAProxy)", QStringLiteral("unix@/run/haproxy/admin.sock"),
            QStringLiteral("/run/haproxy/admin.sock"));
        unix("unix-connect: (socat)", QStringLiteral("unix-connect:/run/a.sock"),
            QStringLiteral("/run/a.sock"));
        unix("UNIX-CONNECT: upper case", QStringLiteral("UNIX-CONNECT:/run/a.sock"),
            QStringLiteral("/run/a.sock"));
        unix("unix:/// (URL style)", QStringLiteral("unix:///run/a.sock"), QStringLiteral("/run/a.sock"));
        unix("107 bytes", QLatin1Char('/') + QString(106, u'p'), QLatin1Char('/') + QString(106, u'p'));

        const auto net = [](const char *name, const QString &text, K kind, const QString &host, int port,
                             const QString &canonical) {
            QTest::newRow(name) << text << kind << host << port << QString() << QString() << canonical;
        };
        net("tcp:", QStringLiteral("tcp:127.0.0.1:9999"), K::Tcp, QStringLiteral("127.0.0.1"), 9999,
            QStringLiteral("tcp:127.0.0.1:9999"));
        net("TCP: (socat, upper case)", QStringLiteral("TCP:lb1.example.com:9999"), K::Tcp,
            QStringLiteral("lb1.example.com"), 9999, QStringLiteral("tcp:lb1.example.com:9999"));
        net("TCP4:", QStringLiteral("TCP4:10.0.0.1:1"), K::Tcp, QStringLiteral("10.0.0.1"), 1,
            QStringLiteral("tcp:10.0.0.1:1"));
        net("tcp6: brackets", QStringLiteral("tcp6:[::1]:9999"), K::Tcp, QStringLiteral("::1"), 9999,
            QStringLiteral("tcp:[::1]:9999"));
        net("tcp6: last colon", QStringLiteral("tcp6:::1:9999"), K::Tcp, QStringLiteral("::1"), 9999,
            QStringLiteral("tcp:[::1]:9999"));
        net("tcp:// (URL style)", QStringLiteral("tcp://lb1:9999"), K::Tcp, QStringLiteral("lb1"), 9999,
            QStringLiteral("tcp:lb1:9999"));
        net("HOST:PORT", QStringLiteral("127.0.0.1:9999"), K::Tcp, QStringLiteral("127.0.0.1"), 9999,
            QStringLiteral("tcp:127.0.0.1:9999"));
        net("localhost:PORT", QStringLiteral("localhost:65535"), K::Tcp, QStringLiteral("localhost"), 65535,
            QStringLiteral("tcp:localhost:65535"));
        net("single-label host", QStringLiteral("haproxy:9999"), K::Tcp, QStringLiteral("haproxy"), 9999,
            QStringLiteral("tcp:haproxy:9999"));
        net("fqdn with trailing dot", QStringLiteral("lb1.example.com.:9999"), K::Tcp,
            QStringLiteral("lb1.example.com."), 9999, QStringLiteral("tcp:lb1.example.com.:9999"));
        net("[IPv6]:PORT", QStringLiteral("[::1]:9999"), K::Tcp, QStringLiteral("::1"), 9999,
            QStringLiteral("tcp:[::1]:9999"));
        net("[IPv6 with zone]:PORT", QStringLiteral("[fe80::1%eth0]:9999"), K::Tcp,
            QStringLiteral("fe80::1%eth0"), 9999, QStringLiteral("tcp:[fe80::1%eth0]:9999"));
        net("ipv4@ (HAProxy)", QStringLiteral("ipv4@127.0.0.1:9999"), K::Tcp, QStringLiteral("127.0.0.1"),
            9999, QStringLiteral("tcp:127.0.0.1:9999"));
        net("ipv4@ host name", QStringLiteral("ipv4@lb1:9999"), K::Tcp, QStringLiteral("lb1"), 9999,
            QStringLiteral("tcp:lb1:9999"));
        // HAProxy's own reading: the last colon separates the port.
        net("ipv6@ last colon", QStringLiteral("ipv6@::1:9999"), K::Tcp, QStringLiteral("::1"), 9999,
            QStringLiteral("tcp:[::1]:9999"));
        net("ipv6@ brackets", QStringLiteral("ipv6@[2001:db8::7]:9999"), K::Tcp,
            QStringLiteral("2001:db8::7"), 9999, QStringLiteral("tcp:[2001:db8::7]:9999"));
        net("tls:", QStringLiteral("tls:lb1.example.com:8443"), K::Tls, QStringLiteral("lb1.example.com"),
            8443, QStringLiteral("tls:lb1.example.com:8443"));
        net("ssl:", QStringLiteral("ssl:127.0.0.1:18006"), K::Tls, QStringLiteral("127.0.0.1"), 18006,
            QStringLiteral("tls:127.0.0.1:18006"));
        net("OPENSSL: (socat)", QStringLiteral("OPENSSL:lb1:443"), K::Tls, QStringLiteral("lb1"), 443,
            QStringLiteral("tls:lb1:443"));
        net("tls: IPv6", QStringLiteral("tls:[::1]:443"), K::Tls, QStringLiteral("::1"), 443,
            QStringLiteral("tls:[::1]:443"));

        const auto ssh = [](const char *name, const QString &text, const QString &user, const QString &host,
                             int port, const QString &path, const QString &canonical) {
            QTest::newRow(name) << text << K::Ssh << host << port << path << user << canonical;
        };
        ssh("ssh: host/path", QStringLiteral("ssh:lb1/run/haproxy/admin.sock"), none, QStringLiteral("lb1"),
            0, QStringLiteral("/run/haproxy/admin.sock"), QStringLiteral("ssh:lb1/run/haproxy/admin.sock"));
        ssh("ssh: user@host/path", QStringLiteral("ssh:admin@lb1.example.com/run/haproxy/admin.sock"),
            QStringLiteral("admin"), QStringLiteral("lb1.example.com"), 0,
            QStringLiteral("/run/haproxy/admin.sock"),
            QStringLiteral("ssh:admin@lb1.example.com/run/haproxy/admin.sock"));
        ssh("ssh: port", QStringLiteral("ssh:ops@lb1:2222/run/a.sock"), QStringLiteral("ops"),
            QStringLiteral("lb1"), 2222, QStringLiteral("/run/a.sock"),
            QStringLiteral("ssh:ops@lb1:2222/run/a.sock"));
        // scp's host:/path: the empty port means ssh's default.
        ssh("ssh: scp style", QStringLiteral("ssh:lb1:/run/a.sock"), none, QStringLiteral("lb1"), 0,
            QStringLiteral("/run/a.sock"), QStringLiteral("ssh:lb1/run/a.sock"));
        ssh("ssh:// URL style", QStringLiteral("ssh://ops@lb1:22/run/a.sock"), QStringLiteral("ops"),
            QStringLiteral("lb1"), 22, QStringLiteral("/run/a.sock"),
            QStringLiteral("ssh:ops@lb1:22/run/a.sock"));
        ssh("ssh: IPv6 with port", QStringLiteral("ssh:[::1]:2222/run/a.sock"), none, QStringLiteral("::1"),
            2222, QStringLiteral("/run/a.sock"), QStringLiteral("ssh:[::1]:2222/run/a.sock"));
        ssh("ssh: user@IPv6", QStringLiteral("ssh:ops@[2001:db8::1]/run/a.sock"), QStringLiteral("ops"),
            QStringLiteral("2001:db8::1"), 0, QStringLiteral("/run/a.sock"),
            QStringLiteral("ssh:ops@[2001:db8::1]/run/a.sock"));
        ssh("ssh: path with space", QStringLiteral("ssh:lb1/tmp/my dir/a.sock"), none, QStringLiteral("lb1"),
            0, QStringLiteral("/tmp/my dir/a.sock"), QStringLiteral("ssh:lb1/tmp/my dir/a.sock"));
        ssh("SSH: upper case", QStringLiteral("SSH:lb1/run/a.sock"), none, QStringLiteral("lb1"), 0,
            QStringLiteral("/run/a.sock"), QStringLiteral("ssh:lb1/run/a.sock"));
        // ssh's forwarding notation can say all of these (SshTransport escapes them).
        ssh("ssh: path with % \\ : ${} and space", QStringLiteral("ssh:lb1/run/50%/%u a\\b:${HOME}.sock"),
            none, QStringLiteral("lb1"), 0, QStringLiteral("/run/50%/%u a\\b:${HOME}.sock"),
            QStringLiteral("ssh:lb1/run/50%/%u a\\b:${HOME}.sock"));
        ssh("ssh: longest path with %", QStringLiteral("ssh:lb1/run/%") + QString(100, u'a'), none,
            QStringLiteral("lb1"), 0, QStringLiteral("/run/%") + QString(100, u'a'),
            QStringLiteral("ssh:lb1/run/%") + QString(100, u'a'));
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Endpoint::Kind, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(QString, user);
        QFETCH(QString, canonical);

        const Result<Endpoint> result = Endpoint::parse(text);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->kind, kind);
        QCOMPARE(result->host, host);
        QCOMPARE(int(result->port), port);
        QCOMPARE(result->path, path);
        QCOMPARE(result->user, user);
        QVERIFY(result->tls.verifyPeer);
        QCOMPARE(result->tls, TlsOptions());
        QCOMPARE(result->toString(), canonical);

        // Round trip: the canonical text parses back to the same endpoint, and is a
        // fixed point.
        const Result<Endpoint> again = Endpoint::parse(result->toString());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *result);
        QCOMPARE(again->toString(), canonical);
    }

    // "master:" before any endpoint asks for HAProxy's master CLI; it survives the round trip.
    void masterPrefix()
    {
        for (const auto &[text, canonical] :
            { std::pair { u"master:/run/haproxy-master.sock"_qs, u"master:unix:/run/haproxy-master.sock"_qs },
                std::pair { u"MASTER:tcp:127.0.0.1:9999"_qs, u"master:tcp:127.0.0.1:9999"_qs },
                std::pair { u"master:ssh:ops@lb1/run/haproxy-master.sock"_qs,
                    u"master:ssh:ops@lb1/run/haproxy-master.sock"_qs } }) {
            const Result<Endpoint> parsed = Endpoint::parse(text);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QVERIFY(parsed->master);
            QCOMPARE(parsed->toString(), canonical);
            const Result<Endpoint> again = Endpoint::parse(parsed->toString());
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QCOMPARE(*again, *parsed);
        }
        QVERIFY(!Endpoint::parse(u"/run/haproxy.sock"_qs)->master);
        const Result<Endpoint> twice = Endpoint::parse(u"master:master:/x.sock"_qs);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error(), u"'master:' is written twice in 'master:master:/x.sock'"_qs);
        const Result<Endpoint> empty = Endpoint::parse(u"master:"_qs);
        QVERIFY(!empty.ok());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        QString nul = QStringLiteral("/run/ab.sock");
        nul.insert(6, QChar(0));

        QTest::newRow("empty") << QString()
                               << QStringLiteral(
                                      "empty endpoint (give a socket path, HOST:PORT, tls:HOST:PORT or "
                                      "ssh:HOST/PATH)");
        QTest::newRow("blank") << QStringLiteral("  \t ")
                               << QStringLiteral(
                                      "empty endpoint (give a socket path, HOST:PORT, tls:HOST:PORT or "
                                      "ssh:HOST/PATH)");
        QTest::newRow("port out of range") << QStringLiteral(
            "tcp:host:70000") << QStringLiteral("port 70000 is out of range (1-65535) in 'tcp:host:70000'");
        QTest::newRow("port 0") << QStringLiteral("tcp:host:0")
                                << QStringLiteral("port 0 is out of range (1-65535) in 'tcp:host:0'");
        QTest::newRow("huge port") << QStringLiteral("host:123456789012")
                                   << QStringLiteral("port 123456789012 is out of range (1-65535) in "
                                                     "'host:123456789012'");
        QTest::newRow("port not a number") << QStringLiteral("localhost:abc")
                                           << QStringLiteral("port 'abc' is not a number in 'localhost:abc'");
        QTest::newRow("negative port")
            << QStringLiteral("tcp:host:-1") << QStringLiteral("port '-1' is not a number in 'tcp:host:-1'");
        QTest::newRow("missing port")
            << QStringLiteral("tcp:localhost") << QStringLiteral("missing port in 'tcp:localhost'");
        QTest::newRow("empty port") << QStringLiteral("tcp:localhost:")
                                    << QStringLiteral("missing port in 'tcp:localhost:'");
        QTest::newRow("bare word") << QStringLiteral("localhost")
                                   << QStringLiteral(
                                          "missing port in 'localhost' (for a socket in the current folder "
                                          "write ./localhost)");
        QTest::newRow("missing host")
            << QStringLiteral("tcp::80") << QStringLiteral("missing host in 'tcp::80'");
        QTest::newRow("missing host and port")
            << QStringLiteral("tcp:") << QStringLiteral("missing host and port in 'tcp:'");
        QTest::newRow("unclosed bracket")
            << QStringLiteral("[::1") << QStringLiteral("'[::1' has no closing ']'");
        QTest::newRow("unclosed bracket after scheme") << QStringLiteral(
            "tcp:[::1:80") << QStringLiteral("'[::1:80' has no closing ']' in 'tcp:[::1:80'");
        QTest::newRow("bracket without port")
            << QStringLiteral("[::1]") << QStringLiteral("missing port in '[::1]'");
        QTest::newRow("junk after bracket")
            << QStringLiteral("[::1]x:80") << QStringLiteral("unexpected 'x' after ']' in '[::1]x:80'");
        QTest::newRow("not IPv6 in brackets") << QStringLiteral(
            "[lb1]:80") << QStringLiteral("'[lb1]' is not a valid IPv6 address in '[lb1]:80'");
        QTest::newRow("empty brackets")
            << QStringLiteral("[]:80") << QStringLiteral("empty IPv6 address '[]' in '[]:80'");
        QTest::newRow("bad zone") << QStringLiteral("[fe80::1%e;th0]:80")
                                  << QStringLiteral("'[fe80::1%e;th0]' is not a valid IPv6 address in "
                                                    "'[fe80::1%e;th0]:80'");
        QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:9999")
                                               << QStringLiteral("IPv6 address '::1' must be in brackets: "
                                                                 "'[::1]:9999' in '::1:9999'");
        QTest::newRow("IPv6 without port")
            << QStringLiteral("tcp:fe80::1")
            << QStringLiteral("missing port in 'tcp:fe80::1' (an IPv6 address with a "
                              "port is written [fe80::1]:PORT)");
        QTest::newRow("unknown scheme") << QStringLiteral(
            "foo:bar") << QStringLiteral("unknown scheme 'foo:' (use unix:, tcp:, tls: or ssh:)");
        QTest::newRow("http") << QStringLiteral("http://lb1/stats")
                              << QStringLiteral("unknown scheme 'http:' (use unix:, tcp:, tls: or ssh:)");
        QTest::newRow("unknown prefix")
            << QStringLiteral("fd@3")
            << QStringLiteral("unknown address prefix 'fd@' (use unix@, ipv4@ or ipv6@, or "
                              "unix:, tcp:, tls:, ssh:)");
        QTest::newRow("abns") << QStringLiteral("abns@haproxy")
                              << QStringLiteral(
                                     "abstract sockets ('abns@') are not supported in 'abns@haproxy'; use a "
                                     "socket path");
        QTest::newRow("empty socket path")
            << QStringLiteral("unix:") << QStringLiteral("empty socket path in 'unix:'");
        QTest::newRow("empty unix@ path")
            << QStringLiteral("unix@") << QStringLiteral("empty socket path in 'unix@'");
        QTest::newRow("path too long")
            << (QLatin1Char('/') + QString(107, u'p'))
            << QStringLiteral("socket path '/%1' is 108 bytes long; a Unix socket path has "
                              "at most 107")
                   .arg(QString(107, u'p'));
        QTest::newRow("tilde") << QStringLiteral(
            "~/admin.sock") << QStringLiteral("'~' is not expanded in '~/admin.sock'; write the full path");
        QTest::newRow("bad host name")
            << QStringLiteral("tcp:a..b:80")
            << QStringLiteral("host name 'a..b' is not valid: it has an empty label (two dots "
                              "in a row, or a leading dot) in 'tcp:a..b:80'");
        QTest::newRow("underscore host")
            << QStringLiteral("tls:my_lb:443")
            << QStringLiteral("host name 'my_lb' is not valid: it contains '_'; host names "
                              "allow letters, digits, '-' and '.' in 'tls:my_lb:443'");
        QTest::newRow("octal-looking IPv4")
            << QStringLiteral("010.0.0.1:9999")
            << QStringLiteral("host name '010.0.0.1' is not valid: not an IPv4 address: "
                              "'010' has a leading zero, which some tools read as octal "
                              "in '010.0.0.1:9999'");
        QTest::newRow("ipv4@ with IPv6") << QStringLiteral("ipv4@[::1]:80")
                                         << QStringLiteral("'[::1]' is not an IPv4 address or a host name in "
                                                           "'ipv4@[::1]:80'");
        QTest::newRow("ipv4@ with bare IPv6")
            << QStringLiteral("ipv4@::1:80")
            << QStringLiteral("'::1' is not an IPv4 address or a host name in "
                              "'ipv4@::1:80'");
        QTest::newRow("ipv6@ with IPv4")
            << QStringLiteral("ipv6@127.0.0.1:80")
            << QStringLiteral("'127.0.0.1' is not an IPv6 address or a host name in "
                              "'ipv6@127.0.0.1:80'");
        QTest::newRow("NUL") << nul << QStringLiteral("the endpoint contains a NUL character at position 7");
        QTest::newRow("LF inside") << QStringLiteral("tcp:host\n:80")
                                   << QStringLiteral("the endpoint contains a line feed (LF) at position 9");
        QTest::newRow("escape character")
            << QStringLiteral("/run/\x1b.sock")
            << QStringLiteral("the endpoint contains the control character U+001B at "
                              "position 6");
        QTest::newRow("RLO") << QStringLiteral("/run/\u202e.sock")
                             << QStringLiteral(
                                    "the endpoint contains the control character U+202E at position 6");
        QTest::newRow("ssh without path") << QStringLiteral("ssh:lb1")
                                          << QStringLiteral("missing remote socket path in 'ssh:lb1' (e.g. "
                                                            "ssh:host/run/haproxy/admin.sock)");
        QTest::newRow("ssh root only") << QStringLiteral("ssh:lb1/")
                                       << QStringLiteral("missing remote socket path in 'ssh:lb1/' (e.g. "
                                                         "ssh:host/run/haproxy/admin.sock)");
        QTest::newRow("ssh relative path")
            << QStringLiteral("ssh:lb1:run/a.sock")
            << QStringLiteral("remote socket path 'run/a.sock' must be absolute (start "
                              "with '/') in 'ssh:lb1:run/a.sock'");
        QTest::newRow("ssh port out of range") << QStringLiteral("ssh:lb1:99999/run/a.sock")
                                               << QStringLiteral("port 99999 is out of range (1-65535) in "
                                                                 "'ssh:lb1:99999/run/a.sock'");
        QTest::newRow("ssh bad port")
            << QStringLiteral("ssh:lb1:22x/run/a.sock")
            << QStringLiteral("port '22x' is not a number in 'ssh:lb1:22x/run/a.sock'");
        QTest::newRow("ssh missing host") << QStringLiteral("ssh:ops@/run/a.sock")
                                          << QStringLiteral("missing host in 'ssh:ops@/run/a.sock'");
        // A host or user starting with '-' would reach ssh as an option.
        QTest::newRow("ssh option as host")
            << QStringLiteral("ssh:-oProxyCommand=x/run/a.sock")
            << QStringLiteral("host name '-oProxyCommand=x' is not valid: it contains "
                              "'=' in 'ssh:-oProxyCommand=x/run/a.sock'");
        QTest::newRow("ssh option as host 2")
            << QStringLiteral("ssh:-lroot/run/a.sock")
            << QStringLiteral("host name '-lroot' is not valid: label '-lroot' "
                              "starts with a hyphen in 'ssh:-lroot/run/a.sock'");
        QTest::newRow("ssh option as user")
            << QStringLiteral("ssh:-oX@lb1/run/a.sock")
            << QStringLiteral("user name '-oX' is not valid in 'ssh:-oX@lb1/run/a.sock' "
                              "(use letters, digits, '.', '_' and '-', not first '-')");
        QTest::newRow("ssh user with space")
            << QStringLiteral("ssh:a b@lb1/run/a.sock")
            << QStringLiteral("user name 'a b' is not valid in 'ssh:a b@lb1/run/a.sock' "
                              "(use letters, digits, '.', '_' and '-', not first '-')");
        QTest::newRow("ssh bare IPv6")
            << QStringLiteral("ssh:::1/run/a.sock") << QStringLiteral("missing host in 'ssh:::1/run/a.sock'");
        QTest::newRow("ssh IPv6 needs brackets")
            << QStringLiteral("ssh:fe80::1/run/a.sock")
            << QStringLiteral("IPv6 address 'fe80::1' must be in brackets in "
                              "'ssh:fe80::1/run/a.sock'");
        QTest::newRow("ssh unclosed bracket") << QStringLiteral("ssh:[::1/run/a.sock")
                                              << QStringLiteral("'[::1/run/a.sock' has no closing ']' in "
                                                                "'ssh:[::1/run/a.sock'");
        // 107 bytes fit a socket path, but ssh counts the '%' twice (it must be written "%%").
        QTest::newRow("ssh path too long once '%' is doubled")
            << QStringLiteral("ssh:lb1/run/%") + QString(101, u'a')
            << QStringLiteral("remote socket path '/run/%") + QString(101, u'a')
                + QStringLiteral("' is too long for ssh: written for ssh, with each '%' doubled as '%%', it "
                                 "takes 108 bytes, and ssh accepts at most 107");
        QTest::newRow("ssh injection in host")
            << QStringLiteral("ssh:lb1;reboot/run/a.sock")
            << QStringLiteral("host name 'lb1;reboot' is not valid: it contains ';' in "
                              "'ssh:lb1;reboot/run/a.sock'");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<Endpoint> result = Endpoint::parse(text);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->toString() : QString()));
        QCOMPARE(result.error(), message);
    }

    void socatAddress_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("address");

        QTest::newRow("unix") << parsed(QStringLiteral("/run/haproxy/admin.sock"))
                              << QStringLiteral("/run/haproxy/admin.sock");
        QTest::newRow("unix with space")
            << parsed(QStringLiteral("/tmp/my dir/a.sock")) << QStringLiteral("/tmp/my dir/a.sock");
        // Without a '/' socat would read the word as an address type.
        QTest::newRow("unix relative without slash")
            << parsed(QStringLiteral("unix:admin.sock")) << QStringLiteral("UNIX-CONNECT:admin.sock");
        QTest::newRow("unix with quote")
            << parsed(QStringLiteral("/tmp/it's.sock")) << QStringLiteral("UNIX-CONNECT:/tmp/it\\'s.sock");
        QTest::newRow("unix with socat specials")
            << parsed(QStringLiteral("/tmp/c:o,l!!(x)[y]{z}\"q\\b.sock"))
            << QStringLiteral("UNIX-CONNECT:/tmp/c\\:o\\,l\\!\\!\\(x\\)\\[y\\]\\{z\\}\\\"q\\\\b.sock");
        QTest::newRow("tcp") << parsed(QStringLiteral("127.0.0.1:9999"))
                             << QStringLiteral("TCP:127.0.0.1:9999");
        QTest::newRow("tcp name") << parsed(QStringLiteral("tcp:lb1.example.com:9999"))
                                  << QStringLiteral("TCP:lb1.example.com:9999");
        QTest::newRow("tcp6") << parsed(QStringLiteral("[::1]:9999")) << QStringLiteral("TCP6:[::1]:9999");

        Endpoint tls = parsed(QStringLiteral("tls:lb1:8443"));
        QTest::newRow("tls defaults") << tls << QStringLiteral("OPENSSL:lb1:8443,verify=1");
        Endpoint full = tls;
        full.tls.caFile = QStringLiteral("/etc/hadesk/ca.pem");
        full.tls.certificateFile = QStringLiteral("/etc/hadesk/client.crt");
        full.tls.privateKeyFile = QStringLiteral("/etc/hadesk/client.key");
        QTest::newRow("tls all files")
            << full
            << QStringLiteral("OPENSSL:lb1:8443,cafile=/etc/hadesk/ca.pem,cert=/etc/hadesk/client.crt,"
                              "key=/etc/hadesk/client.key,verify=1");
        Endpoint caOnly = tls;
        caOnly.tls.caFile = QStringLiteral("/etc/ca,1.pem");
        caOnly.tls.peerName = QStringLiteral("haproxy.internal");
        QTest::newRow("tls ca and peer name")
            << caOnly
            << QStringLiteral("OPENSSL:lb1:8443,cafile=/etc/ca\\,1.pem,commonname=haproxy.internal,verify=1");
        Endpoint noVerify = tls;
        noVerify.tls.verifyPeer = false;
        QTest::newRow("tls verify off") << noVerify << QStringLiteral("OPENSSL:lb1:8443,verify=0");
        QTest::newRow("tls IPv6") << parsed(QStringLiteral("tls:[::1]:443"))
                                  << QStringLiteral("OPENSSL:[::1]:443,verify=1");
        QTest::newRow("ssh") << parsed(QStringLiteral("ssh:lb1/run/a.sock")) << QString();
    }
    void socatAddress()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, address);
        QCOMPARE(endpoint.socatAddress(), address);
    }

    void socatCommandLine_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("command");

        QTest::newRow("unix") << parsed(QStringLiteral("/run/haproxy/admin.sock")) << QByteArray("show info")
                              << QStringLiteral("echo 'show info' | socat stdio /run/haproxy/admin.sock");
        QTest::newRow("quote in line")
            << parsed(QStringLiteral("/run/haproxy/admin.sock"))
            << QByteArray("set server be/s1 agent-send it's")
            << QStringLiteral(
                   "echo 'set server be/s1 agent-send it'\\''s' | socat stdio /run/haproxy/admin.sock");
        // dash's echo would eat the backslash of "\;".
        QTest::newRow("backslash in line")
            << parsed(QStringLiteral("/run/haproxy/admin.sock")) << QByteArray("get weight be/a\\;b")
            << QStringLiteral("printf '%s\\n' 'get weight be/a\\;b' | socat stdio /run/haproxy/admin.sock");
        QTest::newRow("shell specials in line")
            << parsed(QStringLiteral("/run/haproxy/admin.sock")) << QByteArray("show stat $(reboot) `id` *")
            << QStringLiteral("echo 'show stat $(reboot) `id` *' | socat stdio /run/haproxy/admin.sock");
        QTest::newRow("path with space")
            << parsed(QStringLiteral("/tmp/my dir/a.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | socat stdio '/tmp/my dir/a.sock'");
        QTest::newRow("path with quote")
            << parsed(QStringLiteral("/tmp/it's.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | socat stdio 'UNIX-CONNECT:/tmp/it\\'\\''s.sock'");
        QTest::newRow("tcp") << parsed(QStringLiteral("127.0.0.1:9999")) << QByteArray("show cli level")
                             << QStringLiteral("echo 'show cli level' | socat stdio TCP:127.0.0.1:9999");
        QTest::newRow("tcp6") << parsed(QStringLiteral("[::1]:9999")) << QByteArray("show info")
                              << QStringLiteral("echo 'show info' | socat stdio 'TCP6:[::1]:9999'");
        Endpoint tls = parsed(QStringLiteral("tls:lb1:8443"));
        tls.tls.caFile = QStringLiteral("/etc/my ca.pem");
        QTest::newRow("tls") << tls << QByteArray("show info")
                             << QStringLiteral(
                                    "echo 'show info' | socat stdio 'OPENSSL:lb1:8443,cafile=/etc/my "
                                    "ca.pem,verify=1'");
        QTest::newRow("ssh") << parsed(QStringLiteral("ssh:lb1/run/haproxy/admin.sock"))
                             << QByteArray("show info")
                             << QStringLiteral(
                                    "echo 'show info' | ssh lb1 socat stdio /run/haproxy/admin.sock");
        QTest::newRow("ssh user and port")
            << parsed(QStringLiteral("ssh:ops@lb1:2222/run/haproxy/admin.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | ssh -p 2222 ops@lb1 socat stdio /run/haproxy/admin.sock");
        QTest::newRow("ssh IPv6") << parsed(QStringLiteral("ssh:ops@[::1]/run/a.sock"))
                                  << QByteArray("show info")
                                  << QStringLiteral("echo 'show info' | ssh ops@::1 socat stdio /run/a.sock");
        // Quoted for the remote shell, then for the local one.
        QTest::newRow("ssh path with space")
            << parsed(QStringLiteral("ssh:lb1/tmp/my dir/a.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | ssh lb1 socat stdio \"'/tmp/my dir/a.sock'\"");
        QTest::newRow("ssh path with quote")
            << parsed(QStringLiteral("ssh:lb1/tmp/it's.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | ssh lb1 socat stdio "
                              "''\\''UNIX-CONNECT:/tmp/it\\'\\''\\'\\'''\\''s.sock'\\'''");
        QTest::newRow("ssh path with dollar")
            << parsed(QStringLiteral("ssh:lb1/tmp/$HOME x.sock")) << QByteArray("show info")
            << QStringLiteral("echo 'show info' | ssh lb1 socat stdio ''\\''/tmp/$HOME x.sock'\\'''");
    }
    void socatCommandLine()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QByteArray, line);
        QFETCH(QString, command);
        QCOMPARE(endpoint.socatCommandLine(line), command);
    }

    void transportDescription_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::newRow("unix") << QStringLiteral("/run/a.sock") << QStringLiteral("plain");
        QTest::newRow("tcp") << QStringLiteral("tcp:lb1:9999") << QStringLiteral("plain");
        QTest::newRow("tls") << QStringLiteral("tls:lb1:9999") << QStringLiteral("TLS");
        QTest::newRow("ssh") << QStringLiteral("ssh:lb1/run/a.sock") << QStringLiteral("SSH");
    }
    void transportDescription()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        QCOMPARE(parsed(text).transportDescription(), description);
    }

    void equalityCoversTlsOptions()
    {
        Endpoint a = parsed(QStringLiteral("tls:lb1:443"));
        Endpoint b = a;
        QCOMPARE(a, b);
        b.tls.verifyPeer = false;
        QVERIFY(!(a == b));
        QVERIFY(TlsOptions().verifyPeer);
    }

    void travelsInQVariant()
    {
        const Endpoint endpoint = parsed(QStringLiteral("ssh:ops@lb1:2222/run/a.sock"));
        const QVariant variant = QVariant::fromValue(endpoint);
        QCOMPARE(variant.value<Endpoint>(), endpoint);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
