#include "tcptransport.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

TcpTransport::TcpTransport(const Endpoint &endpoint, QObject *parent)
    : Transport(parent)
    , m_endpoint(endpoint)
{
    const bool tls = m_endpoint.kind == Endpoint::Kind::Tls;
    connect(&m_socket, tls ? &QSslSocket::encrypted : &QSslSocket::connected, this, &Transport::connected);
    connect(&m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (!m_aborting)
            emit disconnected();
    });
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
            reason = tr("TLS handshake with %1 failed: %2").arg(where(), m_socket.errorString());
            break;
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
