#include "core/transport/localsockettransport.h"

LocalSocketTransport::LocalSocketTransport(const QString &path, QObject *parent)
    : Transport(parent)
    , m_path(path)
{
    connect(&m_socket, &QLocalSocket::connected, this, &Transport::connected);
    connect(&m_socket, &QLocalSocket::readyRead, this, &Transport::readyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] {
        if (!m_aborting)
            emit disconnected();
    });
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (m_aborting)
            return;
        if (error == QLocalSocket::PeerClosedError) {
            // disconnected() follows; that is the report.
            return;
        }
        QString reason;
        switch (error) {
        case QLocalSocket::ServerNotFoundError:
            reason = tr("no socket at %1 (is HAProxy running, and is the path right?)").arg(m_path);
            break;
        case QLocalSocket::ConnectionRefusedError:
            reason = tr("connection refused by %1 (HAProxy not listening there?)").arg(m_path);
            break;
        case QLocalSocket::SocketAccessError:
            reason = tr("no permission to open %1 (check the socket's owner and mode)").arg(m_path);
            break;
        default:
            reason = tr("%1: %2").arg(m_path, m_socket.errorString());
            break;
        }
        emit errorOccurred(reason);
    });
}

void LocalSocketTransport::open()
{
    m_aborting = false;
    m_socket.connectToServer(m_path, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void LocalSocketTransport::abort()
{
    m_aborting = true;
    m_socket.abort();
}

void LocalSocketTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray LocalSocketTransport::readAll()
{
    return m_socket.readAll();
}

bool LocalSocketTransport::isOpen() const
{
    return m_socket.state() == QLocalSocket::ConnectedState;
}
