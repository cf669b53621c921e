#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

class TrafficWorker;

// Sends HTTP GETs to one loopback URL at a fixed rate over a few keep-alive connections, bounded in
// count and time, then reports what came back (status codes, which server answered). Used by the demo
// to make the charts move and by tests to check that traffic flows through a frontend.
class TrafficGenerator : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address;
        quint16 port = 80;
        QByteArray path = "/";
        QByteArray hostHeader;
        int rate = 10; // requests per second
        double durationSeconds = 10;
        int concurrency = 1;
        qint64 maxRequests = 0; // 0: rate × duration
        int timeoutMs = 5000; // per request
        bool json = false;
    };

    static constexpr int MaxRate = 1000;
    static constexpr double MaxDurationSeconds = 3600;
    static constexpr int MaxConcurrency = 64;
    static constexpr qint64 MaxRequests = 1000000;

    // Accepts only http:// URLs whose host is a literal loopback address (or "localhost").
    static bool parseUrl(const QString &url, Settings *settings, QString *error);
    static bool checkLimits(const Settings &settings, QString *error);

    explicit TrafficGenerator(const Settings &settings, QObject *parent = nullptr);
    ~TrafficGenerator() override;

    void start();
    // Stops sending; requests in flight may still finish (bounded by the request timeout).
    void stop();
    QString summary() const;

signals:
    void finished();

private:
    void tick();
    void onRequestDone(TrafficWorker *worker, int status, const QByteArray &server);
    void maybeFinish();

    Settings m_settings;
    QList<TrafficWorker *> m_workers;
    QTimer m_ticker;
    QTimer m_drainDeadline;
    QElapsedTimer m_elapsed;
    qint64 m_limit = 0;
    qint64 m_issued = 0;
    qint64 m_sent = 0;
    qint64 m_ok = 0;
    qint64 m_httpErrors = 0;
    qint64 m_failed = 0;
    qint64 m_skipped = 0;
    QMap<QByteArray, qint64> m_byServer;
    QMap<int, qint64> m_byStatus;
    bool m_stopping = false;
    bool m_finished = false;
    double m_elapsedSeconds = 0;
};
