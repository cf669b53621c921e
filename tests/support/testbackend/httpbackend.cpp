#include "tests/support/testbackend/httpbackend.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

struct Request
{
    QByteArray method;
    bool keepAlive = false;
    int errorStatus = 0; // non-zero: answer with this status and close
};

// Parses one request from the front of buffer. Returns false while the request is incomplete.
bool takeRequest(QByteArray *buffer, Request *request)
{
    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer->size() > HttpBackend::MaxHeaderBytes) {
            request->errorStatus = 431;
            return true;
        }
        return false;
    }
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        request->errorStatus = 400;
        return true;
    }
    request->method = requestLine.at(0);
    const bool http11 = requestLine.at(2) == "HTTP/1.1";
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (key == "connection") {
            connectionClose = connectionClose || value.contains("close");
            connectionKeepAlive = connectionKeepAlive || value.contains("keep-alive");
        } else if (key == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                request->errorStatus = 400;
                return true;
            }
            if (contentLength > HttpBackend::MaxBodyBytes) {
                request->errorStatus = 413;
                return true;
            }
        } else if (key == "transfer-encoding") {
            // Chunked request bodies are not needed by any test; refusing is simpler than half-parsing.
            request->errorStatus = 501;
            return true;
        }
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (buffer->size() < total)
        return false;
    buffer->remove(0, total);
    request->keepAlive = http11 ? !connectionClose : connectionKeepAlive;
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Error";
    }
}

// One accepted connection; deletes itself when the peer goes away.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, const HttpBackend::Settings &settings, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_settings(settings)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        if (!m_settings.slow) {
            // A slow backend holds connections as long as the peer wants; a normal one frees idle ones.
            m_idle.setSingleShot(true);
            m_idle.setInterval(HttpBackend::IdleTimeoutMs);
            connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
            m_idle.start();
        }
    }

private:
    void onReadyRead()
    {
        if (m_settings.slow) {
            m_socket->readAll(); // keep the kernel buffer drained, answer nothing
            return;
        }
        m_buffer += m_socket->readAll();
        m_idle.start();
        processNext();
    }

    void processNext()
    {
        if (m_busy || m_closing)
            return;
        Request request;
        if (!takeRequest(&m_buffer, &request))
            return;
        m_busy = true;
        if (m_settings.delayMs > 0 && request.errorStatus == 0) {
            QTimer::singleShot(m_settings.delayMs, this, [this, request] { respond(request); });
        } else {
            respond(request);
        }
    }

    void respond(const Request &request)
    {
        m_busy = false;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const int status = request.errorStatus ? request.errorStatus : 200;
        const bool keepAlive = request.errorStatus == 0 && request.keepAlive;
        const QByteArray name = m_settings.name.toUtf8();
        const QByteArray body = status == 200 ? name + '\n' : reasonPhrase(status) + '\n';
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            + "Content-Type: text/plain\r\n" + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
            + "X-Server: " + name + "\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n";
        if (request.method != "HEAD")
            response += body;
        m_socket->write(response);
        if (!keepAlive) {
            m_closing = true;
            m_buffer.clear();
            m_socket->disconnectFromHost(); // flushes the response first
            return;
        }
        processNext(); // pipelined requests already buffered
    }

    QTcpSocket *m_socket;
    HttpBackend::Settings m_settings;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace

HttpBackend::HttpBackend(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_server.setMaxPendingConnections(128);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpBackend::acceptConnections);
}

bool HttpBackend::listen(const Loopback::Endpoint &endpoint, QString *error)
{
    if (!Loopback::isLoopback(endpoint.address)) {
        *error =
            QStringLiteral("refusing to listen on non-loopback address %1").arg(endpoint.address.toString());
        return false;
    }
    if (!m_server.listen(endpoint.address, endpoint.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(endpoint.address.toString())
                     .arg(endpoint.port)
                     .arg(m_server.errorString());
        return false;
    }
    return true;
}

void HttpBackend::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_openConnections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_openConnections;
        auto *connection = new HttpConnection(socket, m_settings, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_openConnections; });
    }
}
