#include "core/transport/tcptransport.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

namespace {

// A TLS server answers a ClientHello within a round trip; this long without an answer,
// the peer may be waiting for a plaintext line instead.
constexpr int HandshakeStallMs = 1500;
constexpr int ProbeTimeoutMs = 2000;
constexpr qsizetype MaxProbeAnswer = 512;

} // namespace

TcpTransport::TcpTransport(const Endpoint &endpoint, QObject *parent)
    : Transport(parent)
    , m_endpoint(endpoint)
{
    connect(&m_socket, &QSslSocket::connected, this, &TcpTransport::onTcpConnected);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        stopPlaintextProbe();
        emit connected();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        // A failed handshake waits for the probe's verdict: that is the report.
        if (!m_aborting && m_pendingError.isEmpty())
            emit disconnected();
    });
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(HandshakeStallMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &TcpTransport::startPlaintextProbe);
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(ProbeTimeoutMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &TcpTransport::finishPlaintextProbe);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_aborting || error == QAbstractSocket::RemoteHostClosedError)
            return;
        QString reason;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            reason = tr("connection refused by %1 (nothing listening there?)").arg(where());
            break;
        case QAbstractSocket::HostNotFoundError:
            reason = tr("host '%1' not found").arg(m_endpoint.host);
            break;
        case QAbstractSocket::SslHandshakeFailedError:
            // Perhaps no TLS at all on the other side: ask the probe before telling.
            m_pendingError = tr("TLS handshake with %1 failed: %2").arg(where(), m_socket.errorString());
            if (m_probeDone)
                finishPlaintextProbe();
            else
                startPlaintextProbe();
            return;
        default:
            reason = tr("%1: %2").arg(where(), m_socket.errorString());
            break;
        }
        emit errorOccurred(reason);
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_aborting = true;
        m_socket.abort();
        emit errorOccurred(
            tr("TLS certificate of %1 not trusted: %2").arg(where(), texts.join(QStringLiteral("; "))));
    });
}

TcpTransport::~TcpTransport()
{
    m_aborting = true;
    stopPlaintextProbe();
}

TcpTransport::PeerAnswer TcpTransport::classifyAnswer(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return PeerAnswer::Nothing;
    // Every TLS record starts with its type (0x15 alert, 0x16 handshake) and major version 3.
    if (bytes.size() >= 2 && (bytes.at(0) == 0x15 || bytes.at(0) == 0x16) && bytes.at(1) == 0x03)
        return PeerAnswer::Tls;
    // HAProxy's CLI has answered unknown input with "Unknown command" in every version; 2.6
    // says "Unknown command, but maybe...", 3.0+ quotes the word it did not know ("Unknown
    // command: '\x16\x03\x01', but maybe..."), so the answer may hold the probe's own bytes.
    if (bytes.startsWith("Unknown command"))
        return PeerAnswer::HaproxyCli;
    const QByteArray head = bytes.left(64);
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 || byte > 0x7e) && byte != '\n' && byte != '\r' && byte != '\t')
            return PeerAnswer::Nothing;
    }
    if (bytes.contains("Unknown command"))
        return PeerAnswer::HaproxyCli;
    return PeerAnswer::OtherPlaintext;
}

void TcpTransport::onTcpConnected()
{
    if (m_endpoint.kind != Endpoint::Kind::Tls) {
        emit connected();
        return;
    }
    // A TLS server answers a ClientHello at once. HAProxy's plaintext CLI waits for a
    // newline the ClientHello may not hold, so a stalled handshake is probed too.
    m_stallTimer.start();
}

void TcpTransport::startPlaintextProbe()
{
    if (m_probe || m_probeDone)
        return;
    m_probeAnswer.clear();
    m_probe = std::make_unique<QTcpSocket>();
    QTcpSocket *probe = m_probe.get();
    connect(probe, &QTcpSocket::connected, this, [probe] {
        // A TLS record header (handshake, TLS 1.0, 5 bytes) and a truncated ClientHello
        // that happens to end in a newline: a TLS server answers with an alert or hangs
        // up, a plaintext CLI answers "Unknown command".
        static const char record[] = { 0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, '\n' };
        probe->write(record, sizeof record);
    });
    connect(probe, &QTcpSocket::readyRead, this, [this, probe] {
        m_probeAnswer += probe->read(MaxProbeAnswer - m_probeAnswer.size());
        if (m_probeAnswer.size() >= MaxProbeAnswer || m_probeAnswer.contains('\n')
            || classifyAnswer(m_probeAnswer) == PeerAnswer::Tls) {
            finishPlaintextProbe();
        }
    });
    connect(probe, &QTcpSocket::disconnected, this, &TcpTransport::finishPlaintextProbe);
    connect(probe, &QTcpSocket::errorOccurred, this, &TcpTransport::finishPlaintextProbe);
    m_probeTimer.start();
    probe->connectToHost(m_endpoint.host, m_endpoint.port);
}

void TcpTransport::stopPlaintextProbe()
{
    m_stallTimer.stop();
    m_probeTimer.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        // Later: we may be inside one of its signals.
        m_probe.release()->deleteLater();
    }
}

void TcpTransport::finishPlaintextProbe()
{
    if (m_aborting)
        return;
    if (m_probe)
        m_probeAnswer += m_probe->read(MaxProbeAnswer - m_probeAnswer.size());
    stopPlaintextProbe();
    m_probeDone = true;
    const PeerAnswer answer = classifyAnswer(m_probeAnswer);
    QString message;
    if (answer == PeerAnswer::HaproxyCli) {
        message = tr("This endpoint (%1) answered in plaintext: HAProxy's `stats socket ... ssl` does not "
                     "encrypt (2.6–3.2). Put a TLS `listen` front before the socket (see README) or "
                     "connect with tcp: on a trusted network.")
                      .arg(where());
    } else if (answer == PeerAnswer::OtherPlaintext) {
        const QString firstLine =
            QString::fromLatin1(m_probeAnswer.left(m_probeAnswer.indexOf('\n'))).trimmed().left(80);
        message = tr("This endpoint (%1) answered in plaintext, not TLS (it said \"%2\"): is it the right "
                     "port?")
                      .arg(where(), firstLine);
    } else if (!m_pendingError.isEmpty()) {
        message = m_pendingError;
    }
    if (message.isEmpty())
        return; // a slow TLS server: let its handshake go on
    m_pendingError.clear();
    m_aborting = true;
    m_socket.abort();
    emit errorOccurred(message);
}

QString TcpTransport::where() const
{
    return m_endpoint.toString();
}

QString TcpTransport::description() const
{
    return m_endpoint.kind == Endpoint::Kind::Tls ? QStringLiteral("TLS") : QStringLiteral("plain");
}

bool TcpTransport::configureTls(QString *error)
{
    const TlsOptions &tls = m_endpoint.tls;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = tr("CA file '%1' holds no PEM certificate (missing or unreadable?)").arg(tls.caFile);
            return false;
        }
        config.setCaCertificates(cas);
    }
    if (!tls.certificateFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(tls.certificateFile, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = tr("client certificate file '%1' holds no PEM certificate").arg(tls.certificateFile);
            return false;
        }
        const QString keyPath = tls.privateKeyFile.isEmpty() ? tls.certificateFile : tls.privateKeyFile;
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read private key file '%1': %2").arg(keyPath, keyFile.errorString());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = tr("'%1' holds no unencrypted PEM private key (RSA, EC or DSA)").arg(keyPath);
            return false;
        }
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    // Verification is only off when the user said so for this endpoint.
    config.setPeerVerifyMode(tls.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    m_socket.setSslConfiguration(config);
    if (!tls.peerName.isEmpty())
        m_socket.setPeerVerifyName(tls.peerName);
    return true;
}

void TcpTransport::open()
{
    m_aborting = false;
    stopPlaintextProbe();
    m_probeDone = false;
    m_pendingError.clear();
    if (m_endpoint.kind == Endpoint::Kind::Tls) {
        if (!QSslSocket::supportsSsl()) {
            emit errorOccurred(tr("TLS is not available: Qt found no TLS backend (OpenSSL)"));
            return;
        }
        QString error;
        if (!configureTls(&error)) {
            emit errorOccurred(error);
            return;
        }
        m_socket.connectToHostEncrypted(m_endpoint.host, m_endpoint.port, QIODevice::ReadWrite);
    } else {
        m_socket.connectToHost(m_endpoint.host, m_endpoint.port, QIODevice::ReadWrite);
    }
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void TcpTransport::abort()
{
    m_aborting = true;
    stopPlaintextProbe();
    m_socket.abort();
}

void TcpTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray TcpTransport::readAll()
{
    return m_socket.readAll();
}

bool TcpTransport::isOpen() const
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    return m_endpoint.kind != Endpoint::Kind::Tls || m_socket.isEncrypted();
}
