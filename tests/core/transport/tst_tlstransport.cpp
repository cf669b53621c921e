// tls: endpoints against HAProxy's working TLS front (a `listen ... ssl` section that
// forwards to the Unix stats socket; `stats socket ... ssl` is silently plaintext).
// Certificates are made by openssl for each run.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/transport/tcptransport.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool run(const QString &dir, const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                         QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

// ca.pem/ca.key; server.pem (cert + key, CN and SAN localhost / 127.0.0.1); client.crt/key
// signed by the CA; rogue.crt/key self-signed.
bool makePki(const QString &dir, QString *error)
{
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    const auto S = [](const char *text) { return QString::fromLatin1(text); };
    return run(dir,
               { S("req"), S("-x509"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-days"), S("2"),
                   S("-subj"), S("/CN=hadesk test CA"), S("-keyout"), S("ca.key"), S("-out"), S("ca.pem") },
               error)
        && run(dir,
            { S("req"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-subj"), S("/CN=localhost"),
                S("-keyout"), S("server.key"), S("-out"), S("server.csr") },
            error)
        && run(dir,
            { S("x509"), S("-req"), S("-in"), S("server.csr"), S("-CA"), S("ca.pem"), S("-CAkey"),
                S("ca.key"), S("-CAcreateserial"), S("-days"), S("2"), S("-extfile"), S("server.ext"),
                S("-out"), S("server.crt") },
            error)
        && run(dir,
            { S("req"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-subj"), S("/CN=operator"), S("-keyout"),
                S("client.key"), S("-out"), S("client.csr") },
            error)
        && run(dir,
            { S("x509"), S("-req"), S("-in"), S("client.csr"), S("-CA"), S("ca.pem"), S("-CAkey"),
                S("ca.key"), S("-CAcreateserial"), S("-days"), S("2"), S("-out"), S("client.crt") },
            error)
        && run(dir,
            { S("req"), S("-x509"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-days"), S("2"), S("-subj"),
                S("/CN=rogue"), S("-keyout"), S("rogue.key"), S("-out"), S("rogue.crt") },
            error);
}

} // namespace

class TestTlsTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend (OpenSSL) on this machine");
        QVERIFY(m_pki.isValid());
        QString error;
        QVERIFY2(makePki(m_pki.path(), &error), qPrintable(error));
        // HAProxy wants certificate and key in one file.
        QFile pem(m_pki.filePath(QStringLiteral("server.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        for (const char *part : { "server.crt", "server.key" }) {
            QFile file(m_pki.filePath(QString::fromLatin1(part)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            pem.write(file.readAll());
        }
        pem.close();

        HaproxyFixture::Options options;
        options.body = HaproxyFixture::defaultBody()
            + QStringLiteral(
                "\nlisten cli_tls\n"
                "    mode tcp\n"
                "    bind 127.0.0.1:${PORT:tls} ssl crt %1/server.pem\n"
                "    server admin unix@${ADMIN_SOCKET}\n"
                "\nlisten cli_mtls\n"
                "    mode tcp\n"
                "    bind 127.0.0.1:${PORT:mtls} ssl crt %1/server.pem ca-file %1/ca.pem verify required\n"
                "    server admin unix@${ADMIN_SOCKET}\n")
                  .arg(m_pki.path());
        // HAProxy 2.6 to 3.2 accept `ssl crt` on a stats socket and then speak plaintext
        // on it: the trap hadesk must warn about.
        // (extraGlobal has no placeholders: the port is picked here.)
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_fakeSslPort = probe.serverPort();
        }
        options.extraGlobal =
            QStringLiteral("    stats socket ipv4@127.0.0.1:%1 level admin ssl crt %2/server.pem\n")
                .arg(m_fakeSslPort)
                .arg(m_pki.path());
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }
    void cleanupTestCase() { m_haproxy.reset(); }

    void verifiedWithCaFile()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("tls"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        RuntimeConnection connection(endpoint);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 10000));
        QCOMPARE(connection.transportDescription(), QStringLiteral("TLS"));
        QCOMPARE(connection.level(), AccessLevel::Admin);
        QVERIFY(sendAndWait(connection, CommandBuilder::showInfo()).body.contains("Pid: "));
    }

    void untrustedCertificateIsRefusedByDefault()
    {
        // No CA file: the system store does not know our test CA, and nothing turns
        // verification off silently.
        expectFailure(tlsEndpoint(QStringLiteral("tls")), QStringLiteral("not trusted"));
    }

    void peerNameIsChecked()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("tls"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        endpoint.tls.peerName = QStringLiteral("lb.example.net");
        expectFailure(endpoint, QStringLiteral("not trusted"));
        endpoint.tls.peerName = QStringLiteral("localhost");
        RuntimeConnection connection(endpoint);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 10000));
    }

    void verificationOffOnlyWhenAsked()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("tls"));
        endpoint.tls.verifyPeer = false;
        RuntimeConnection connection(endpoint);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 10000));
    }

    void mutualTlsWithClientCertificate()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("mtls"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        endpoint.tls.certificateFile = pki(QStringLiteral("client.crt"));
        endpoint.tls.privateKeyFile = pki(QStringLiteral("client.key"));
        RuntimeConnection connection(endpoint);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 10000));
        QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).body.startsWith("admin"));
    }

    void mutualTlsRefusesMissingOrRogueCertificate()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("mtls"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        expectFailure(endpoint, QString());
        endpoint.tls.certificateFile = pki(QStringLiteral("rogue.crt"));
        endpoint.tls.privateKeyFile = pki(QStringLiteral("rogue.key"));
        expectFailure(endpoint, QString());
    }

    void statsSocketSslIsPlaintextAndSaidSo()
    {
        Endpoint endpoint = Endpoint::parse(QStringLiteral("tls:127.0.0.1:%1").arg(m_fakeSslPort)).value();
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        // Checked on 2.6, 3.0 and 3.2: the socket is plaintext. Should a HAProxy version really
        // encrypt it, tls: must simply work there, and the plaintext warning must not appear.
        if (HaproxyFixture::rawTcpCommand(m_fakeSslPort, "show cli level") != "admin\n\n") {
            qInfo("this HAProxy encrypts `stats socket ... ssl`: checking that tls: works on it");
            RuntimeConnection connection(endpoint);
            connection.open();
            QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 10000));
            QCOMPARE(connection.transportDescription(), QStringLiteral("TLS"));
            QVERIFY(sendAndWait(connection, CommandBuilder::showCliLevel()).body.startsWith("admin"));
            return;
        }
        // The socket really is plaintext: an independent client gets the CLI in clear.
        // Several times: whether the ClientHello holds a newline (and HAProxy answers at
        // once) or not (and the handshake stalls) is up to its random bytes.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString message = expectFailure(endpoint, QStringLiteral("answered in plaintext"));
            QVERIFY2(message.contains(QStringLiteral("`stats socket ... ssl` does not encrypt")),
                qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("tcp:")), qPrintable(message));
        }
        // The plain TCP listener of the same kind works as tcp:, so only the tls: was wrong.
        RuntimeConnection plain(
            Endpoint::parse(QStringLiteral("tcp:127.0.0.1:%1").arg(m_fakeSslPort)).value());
        plain.open();
        QVERIFY(QTest::qWaitFor([&] { return plain.isReady(); }, 10000));
    }

    void realTlsIsNotMistakenForPlaintext()
    {
        QCOMPARE(TcpTransport::classifyAnswer(QByteArray("\x15\x03\x03\x00\x02\x02\x32", 7)),
            TcpTransport::PeerAnswer::Tls);
        QCOMPARE(TcpTransport::classifyAnswer("Unknown command, but maybe one of the following ones\n"),
            TcpTransport::PeerAnswer::HaproxyCli);
        // 3.0+ quotes the unknown word: the probe's own TLS bytes come back in the answer.
        QCOMPARE(TcpTransport::classifyAnswer(
                     QByteArray("Unknown command: '\x16\x03\x01', but maybe one of the following ones is a "
                                "better match:\n")),
            TcpTransport::PeerAnswer::HaproxyCli);
        QCOMPARE(TcpTransport::classifyAnswer("HTTP/1.1 400 Bad Request\r\n"),
            TcpTransport::PeerAnswer::OtherPlaintext);
        QCOMPARE(
            TcpTransport::classifyAnswer(QByteArray("\x00\xff\x10", 3)), TcpTransport::PeerAnswer::Nothing);
        QCOMPARE(TcpTransport::classifyAnswer(QByteArray()), TcpTransport::PeerAnswer::Nothing);
        // A real TLS front refusing us (no client certificate) is a TLS failure, never
        // the plaintext warning.
        Endpoint endpoint = tlsEndpoint(QStringLiteral("mtls"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        const QString message = expectFailure(endpoint, QString());
        QVERIFY2(!message.contains(QStringLiteral("plaintext")), qPrintable(message));
    }

    void badTlsFilesAreNamed()
    {
        Endpoint endpoint = tlsEndpoint(QStringLiteral("tls"));
        endpoint.tls.caFile = pki(QStringLiteral("missing-ca.pem"));
        expectFailure(endpoint, QStringLiteral("missing-ca.pem"));
        endpoint.tls.caFile = pki(QStringLiteral("ca.pem"));
        endpoint.tls.certificateFile = pki(QStringLiteral("client.crt"));
        endpoint.tls.privateKeyFile = pki(QStringLiteral("ca.pem")); // a certificate, not a key
        expectFailure(endpoint, QStringLiteral("private key"));
    }

private:
    QString pki(const QString &name) const { return m_pki.filePath(name); }

    Endpoint tlsEndpoint(const QString &port) const
    {
        return Endpoint::parse(QStringLiteral("tls:127.0.0.1:%1").arg(m_haproxy->port(port))).value();
    }

    QString expectFailure(const Endpoint &endpoint, const QString &messagePart)
    {
        QString message;
        expectFailure(endpoint, messagePart, &message);
        return message;
    }

    void expectFailure(const Endpoint &endpoint, const QString &messagePart, QString *out)
    {
        ConnectionOptions options;
        options.connectTimeoutMs = 3000;
        options.autoReconnect = false;
        RuntimeConnection connection(endpoint, options);
        QSignalSpy errors(&connection, &RuntimeConnection::errorOccurred);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 10000));
        QVERIFY(!connection.isReady());
        const QString message = errors.first().first().toString();
        *out = message;
        if (!messagePart.isEmpty())
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    QTemporaryDir m_pki;
    quint16 m_fakeSslPort = 0;
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_GUILESS_MAIN(TestTlsTransport)
#include "tst_tlstransport.moc"
