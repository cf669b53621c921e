#include "tests/support/testbackend/trafficgenerator.h"

#include "tests/support/testbackend/loopback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#include <cmath>

// One keep-alive connection carrying one request at a time.
class TrafficWorker : public QObject
{
    Q_OBJECT
public:
    TrafficWorker(const TrafficGenerator::Settings &settings, QObject *parent)
        : QObject(parent)
        , m_settings(settings)
    {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] { fail(); });
        connect(&m_socket, &QTcpSocket::connected, this, &TrafficWorker::sendRequest);
        connect(&m_socket, &QTcpSocket::readyRead, this, &TrafficWorker::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &TrafficWorker::onDisconnected);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, &TrafficWorker::onError);
    }

    bool isBusy() const { return m_busy; }

    void startRequest()
    {
        m_busy = true;
        m_retried = false;
        m_timeout.start(m_settings.timeoutMs);
        send();
    }

    void abortRequest()
    {
        if (m_busy)
            fail();
    }

signals:
    // status 0: no HTTP answer (refused, reset, timeout)
    void done(TrafficWorker *worker, int status, const QByteArray &server);

private:
    void send()
    {
        m_buffer.clear();
        m_received = 0;
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_reused = true;
            sendRequest();
            return;
        }
        m_reused = false;
        m_socket.abort();
        m_socket.connectToHost(m_settings.address, m_settings.port);
    }

    void sendRequest()
    {
        if (!m_busy)
            return;
        m_socket.write("GET " + m_settings.path + " HTTP/1.1\r\nHost: " + m_settings.hostHeader
            + "\r\nUser-Agent: hadesk-testbackend\r\nAccept: */*\r\n\r\n");
    }

    void onReadyRead()
    {
        const QByteArray data = m_socket.readAll();
        if (!m_busy)
            return; // nothing asked: ignore
        m_received += data.size();
        m_buffer += data;
        if (m_buffer.size() > 1024 * 1024) {
            fail();
            return;
        }
        tryComplete(false);
    }

    void onDisconnected()
    {
        if (!m_busy)
            return;
        // A server may close an idle keep-alive connection just as a request goes out: retry once on a
        // fresh connection, as browsers do, when nothing at all came back.
        if (m_reused && m_received == 0 && !m_retried) {
            m_retried = true;
            send();
            return;
        }
        if (!tryComplete(true))
            fail();
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // handled by onDisconnected
        if (m_busy && m_socket.state() != QAbstractSocket::ConnectedState)
            fail();
    }

    bool tryComplete(bool atEof)
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        const int status = statusLine.value(1).toInt();
        qint64 contentLength = -1;
        bool close = false;
        QByteArray server;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            if (key == "content-length")
                contentLength = value.toLongLong();
            else if (key == "connection")
                close = value.toLower().contains("close");
            else if (key == "x-server")
                server = value;
        }
        const qint64 bodyBytes = m_buffer.size() - headerEnd - 4;
        if (contentLength >= 0 ? bodyBytes < contentLength : !atEof)
            return false;
        // The body ran to EOF or the server asked to close: the connection is not reusable.
        finish(status, server, contentLength < 0 || close);
        return true;
    }

    void fail() { finish(0, {}, true); }

    void finish(int status, const QByteArray &server, bool dropConnection)
    {
        if (!m_busy)
            return;
        // Not busy before abort(): abort() emits disconnected() synchronously.
        m_busy = false;
        m_timeout.stop();
        m_buffer.clear();
        if (dropConnection)
            m_socket.abort();
        emit done(this, status, server);
    }

    TrafficGenerator::Settings m_settings;
    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_buffer;
    qint64 m_received = 0;
    bool m_busy = false;
    bool m_reused = false;
    bool m_retried = false;
};

bool TrafficGenerator::parseUrl(const QString &urlText, Settings *settings, QString *error)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()) {
        *error = QStringLiteral("'%1': expected http://ADDRESS[:PORT]/PATH").arg(urlText);
        return false;
    }
    const int port = url.port(80);
    Loopback::Endpoint endpoint;
    const QString host = url.host();
    const QString hostPort = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    if (!Loopback::parseEndpoint(hostPort, &endpoint, error))
        return false;
    settings->address = endpoint.address;
    settings->port = endpoint.port;
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    settings->path = path;
    settings->hostHeader = hostPort.toUtf8();
    return true;
}

bool TrafficGenerator::checkLimits(const Settings &s, QString *error)
{
    if (s.rate < 1 || s.rate > MaxRate) {
        *error = QStringLiteral("--rate must be between 1 and %1 requests per second").arg(MaxRate);
        return false;
    }
    if (!(s.durationSeconds > 0) || s.durationSeconds > MaxDurationSeconds) {
        *error =
            QStringLiteral("--duration must be more than 0 and at most %1 seconds").arg(MaxDurationSeconds);
        return false;
    }
    if (s.concurrency < 1 || s.concurrency > MaxConcurrency) {
        *error = QStringLiteral("--concurrency must be between 1 and %1").arg(MaxConcurrency);
        return false;
    }
    if (s.maxRequests < 0 || s.maxRequests > MaxRequests) {
        *error = QStringLiteral("--max-requests must be between 1 and %1").arg(MaxRequests);
        return false;
    }
    if (s.timeoutMs < 1 || s.timeoutMs > 60000) {
        *error = QStringLiteral("--timeout-ms must be between 1 and 60000");
        return false;
    }
    return true;
}

TrafficGenerator::TrafficGenerator(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const qint64 byTime = qint64(std::ceil(settings.rate * settings.durationSeconds));
    m_limit = qMin(settings.maxRequests > 0 ? qMin(settings.maxRequests, byTime) : byTime, MaxRequests);
    for (int i = 0; i < settings.concurrency; ++i) {
        auto *worker = new TrafficWorker(settings, this);
        connect(worker, &TrafficWorker::done, this, &TrafficGenerator::onRequestDone);
        m_workers.append(worker);
    }
    m_ticker.setInterval(5);
    connect(&m_ticker, &QTimer::timeout, this, &TrafficGenerator::tick);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        for (TrafficWorker *worker : std::as_const(m_workers))
            worker->abortRequest();
        maybeFinish();
    });
}

TrafficGenerator::~TrafficGenerator() = default;

void TrafficGenerator::start()
{
    m_elapsed.start();
    m_ticker.start();
    tick();
}

void TrafficGenerator::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_ticker.stop();
    m_elapsedSeconds = m_elapsed.elapsed() / 1000.0;
    m_drainDeadline.start(m_settings.timeoutMs + 100);
    maybeFinish();
}

void TrafficGenerator::tick()
{
    const qint64 elapsedMs = m_elapsed.elapsed();
    const qint64 due = qMin(m_limit, elapsedMs * m_settings.rate / 1000 + 1);
    while (m_issued < due) {
        ++m_issued;
        TrafficWorker *idle = nullptr;
        for (TrafficWorker *worker : std::as_const(m_workers)) {
            if (!worker->isBusy()) {
                idle = worker;
                break;
            }
        }
        // Never more than --concurrency requests in flight: the load stays bounded even when the
        // target stalls, and the summary says how many were skipped.
        if (!idle) {
            ++m_skipped;
            continue;
        }
        ++m_sent;
        idle->startRequest();
    }
    if (m_issued >= m_limit || elapsedMs >= qint64(m_settings.durationSeconds * 1000))
        stop();
}

void TrafficGenerator::onRequestDone(TrafficWorker *, int status, const QByteArray &server)
{
    if (status == 0) {
        ++m_failed;
    } else {
        ++m_byStatus[status];
        if (status >= 200 && status < 400)
            ++m_ok;
        else
            ++m_httpErrors;
        if (!server.isEmpty())
            ++m_byServer[server];
    }
    maybeFinish();
}

void TrafficGenerator::maybeFinish()
{
    if (!m_stopping || m_finished)
        return;
    for (TrafficWorker *worker : std::as_const(m_workers)) {
        if (worker->isBusy())
            return;
    }
    m_finished = true;
    m_drainDeadline.stop();
    emit finished();
}

QString TrafficGenerator::summary() const
{
    if (m_settings.json) {
        QJsonObject byServer;
        for (auto it = m_byServer.cbegin(); it != m_byServer.cend(); ++it)
            byServer.insert(QString::fromUtf8(it.key()), it.value());
        QJsonObject byStatus;
        for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
            byStatus.insert(QString::number(it.key()), it.value());
        const QJsonObject object { { QStringLiteral("sent"), m_sent }, { QStringLiteral("ok"), m_ok },
            { QStringLiteral("httpErrors"), m_httpErrors }, { QStringLiteral("failed"), m_failed },
            { QStringLiteral("skipped"), m_skipped }, { QStringLiteral("elapsedSeconds"), m_elapsedSeconds },
            { QStringLiteral("byServer"), byServer }, { QStringLiteral("byStatus"), byStatus } };
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QString text = QStringLiteral("traffic: sent=%1 ok=%2 http_errors=%3 failed=%4 skipped=%5 elapsed=%6s")
                       .arg(m_sent)
                       .arg(m_ok)
                       .arg(m_httpErrors)
                       .arg(m_failed)
                       .arg(m_skipped)
                       .arg(m_elapsedSeconds, 0, 'f', 1);
    text += QStringLiteral("\nby server:");
    for (auto it = m_byServer.cbegin(); it != m_byServer.cend(); ++it)
        text += u' ' + QString::fromUtf8(it.key()) + u'=' + QString::number(it.value());
    text += QStringLiteral("\nby status:");
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        text += u' ' + QString::number(it.key()) + u'=' + QString::number(it.value());
    return text;
}

#include "trafficgenerator.moc"
