#include "tests/support/fakecliserver.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace {

constexpr qsizetype MaxLineBytes = 15360; // HAProxy 2.6: longer lines are never answered
constexpr qsizetype MaxRecordedBytes = 64 * 1024 * 1024;
constexpr qint64 MaxGeneratedBytes = 256 * 1024 * 1024;
constexpr qint64 MaxWriteBacklog = 1024 * 1024;

const QByteArray Version = "2.6.12-1+deb12u4";

// "# fake line 000001 xxxx...\n": 80 bytes, numbered so a test can tell where a stream was cut.
QByteArray fillerLine(qint64 number)
{
    QByteArray line = "# fake line " + QByteArray::number(number).rightJustified(6, '0') + ' ';
    line += QByteArray(79 - line.size(), 'x');
    line += '\n';
    return line;
}

} // namespace

// One accepted connection: HAProxy's per-session state (prompt mode, severity output) and the answer
// being written. Deletes itself when the peer goes away.
class FakeCliConnection : public QObject
{
public:
    FakeCliConnection(QIODevice *device, FakeCliServer *server)
        : QObject(server)
        , m_device(device)
        , m_server(server)
    {
        m_device->setParent(this);
        m_server->m_connections.insert(this);
        connect(m_device, &QIODevice::readyRead, this, &FakeCliConnection::onReadyRead);
        connect(m_device, &QIODevice::bytesWritten, this, [this] {
            if (m_waitingForBacklog) {
                m_waitingForBacklog = false;
                tick();
            }
        });
        if (auto *local = qobject_cast<QLocalSocket *>(m_device))
            connect(local, &QLocalSocket::disconnected, this, &QObject::deleteLater);
        else if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device))
            connect(tcp, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FakeCliConnection::tick);
    }

    ~FakeCliConnection() override { m_server->m_connections.remove(this); }

    bool isClosing() const { return m_closing; }

    void closeConnection()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_timer.stop();
        m_tick = nullptr;
        // Both flush what was written before closing.
        if (auto *local = qobject_cast<QLocalSocket *>(m_device))
            local->disconnectFromServer();
        else if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device))
            tcp->disconnectFromHost();
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_device->readAll();
        m_server->record(data);
        if (m_overflowed)
            return;
        m_buffer += data;
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            m_server->m_lines.append(line);
            emit m_server->lineReceived(line);
            if (m_server->m_connectionBehaviour == FakeCliServer::ConnectionBehaviour::Normal)
                m_pending.append(line);
        }
        if (m_buffer.size() >= MaxLineBytes) {
            // What HAProxy does with an over-long line: nothing, ever.
            m_overflowed = true;
            m_stuck = true;
            m_buffer.clear();
        }
        processPending();
    }

    void processPending()
    {
        while (!m_busy && !m_stuck && !m_closing && !m_pending.isEmpty())
            handle(m_pending.takeFirst());
    }

    void handle(const QByteArray &line)
    {
        const QByteArray command = line.trimmed(); // HAProxy ignores surrounding blanks and a CR
        const FakeCliServer::Rule rule = m_server->takeRule(command);

        // The command takes effect whatever the answer looks like.
        bool closeAfter = false;
        if (command == "quit") {
            closeConnection();
            return;
        }
        if (command == "prompt") {
            // A second "prompt" switches back to non-interactive mode, and the answer then closes.
            closeAfter = m_prompt;
            m_prompt = !m_prompt;
        } else if (command.startsWith("set severity-output ")) {
            m_severityNumber = command.endsWith(" number");
        }
        const QByteArray terminator = m_prompt ? "\n> " : "\n";
        closeAfter = closeAfter || !m_prompt; // non-interactive: one command per connection
        const QByteArray body = rule.params.reply.isEmpty() ? m_server->builtInBody(command, m_severityNumber)
                                                            : rule.params.reply;
        const auto finishAnswer = [this, closeAfter] {
            m_busy = false;
            if (closeAfter)
                closeConnection();
            else
                processPending();
        };

        switch (rule.behaviour) {
        case FakeCliServer::Behaviour::Reply:
            m_device->write(body + terminator);
            finishAnswer();
            return;
        case FakeCliServer::Behaviour::Garbage:
            m_device->write(rule.params.reply.isEmpty() ? QByteArray("\x00\xff\x1b[2J garbage\r\x7f\xfe", 16)
                                                        : rule.params.reply);
            m_stuck = true;
            return;
        case FakeCliServer::Behaviour::TruncateAndClose:
            m_device->write(body.left(body.size() / 2));
            closeConnection();
            return;
        case FakeCliServer::Behaviour::Slow:
            startTrickle(body + terminator, 1, rule.params.intervalMs, finishAnswer);
            return;
        case FakeCliServer::Behaviour::Oversized: {
            const qint64 size = qBound<qint64>(0, rule.params.bytes, MaxGeneratedBytes);
            QByteArray big;
            big.reserve(size + terminator.size());
            for (qint64 i = 1; big.size() < size; ++i)
                big += fillerLine(i);
            big.truncate(size);
            if (!big.isEmpty())
                big[big.size() - 1] = '\n';
            m_device->write(big + terminator);
            finishAnswer();
            return;
        }
        case FakeCliServer::Behaviour::Endless: {
            m_stuck = true;
            const qint64 limit = qBound<qint64>(0, rule.params.bytes, MaxGeneratedBytes);
            const int interval = qMax(0, rule.params.intervalMs);
            m_busy = true;
            m_tick = [this, limit, interval] {
                // Without an interval, as fast as the client reads, never more than 1 MiB ahead of it.
                for (int i = 0; i < (interval == 0 ? 256 : 1) && m_generated < limit; ++i) {
                    const QByteArray chunk = fillerLine(m_generated / 80 + 1).left(limit - m_generated);
                    m_device->write(chunk);
                    m_generated += chunk.size();
                }
                if (m_generated < limit)
                    schedule(interval);
            };
            tick();
            return;
        }
        case FakeCliServer::Behaviour::NoAnswer:
            m_stuck = true;
            return;
        case FakeCliServer::Behaviour::Close:
            closeConnection();
            return;
        case FakeCliServer::Behaviour::PromptInBody: {
            const QByteArray full =
                rule.params.reply.isEmpty() ? QByteArray("first part\n> second part\n") : body;
            const qsizetype cut = full.indexOf("\n> ");
            const qsizetype firstPart = cut < 0 ? full.size() : cut + 3;
            m_device->write(full.left(firstPart));
            const QByteArray rest = full.mid(firstPart) + terminator;
            startTrickle(rest, rest.size(), rule.params.intervalMs, finishAnswer);
            return;
        }
        }
    }

    // Writes data bytesPerTick at a time, one tick every intervalMs, then calls done.
    void startTrickle(
        const QByteArray &data, qsizetype bytesPerTick, int intervalMs, std::function<void()> done)
    {
        m_busy = true;
        auto offset = std::make_shared<qsizetype>(0);
        m_tick = [this, data, bytesPerTick, intervalMs, offset, done] {
            const QByteArray piece = data.mid(*offset, qMax<qsizetype>(1, bytesPerTick));
            m_device->write(piece);
            *offset += piece.size();
            if (*offset < data.size()) {
                schedule(intervalMs);
                return;
            }
            m_tick = nullptr;
            done();
        };
        schedule(intervalMs);
    }

    void schedule(int intervalMs) { m_timer.start(qMax(0, intervalMs)); }

    void tick()
    {
        if (m_closing || !m_tick)
            return;
        if (m_device->bytesToWrite() > MaxWriteBacklog) {
            m_waitingForBacklog = true; // the client is not reading: wait for bytesWritten
            return;
        }
        const std::function<void()> tickFunction = m_tick; // m_tick may be replaced while it runs
        tickFunction();
    }

    QIODevice *m_device;
    FakeCliServer *m_server;
    QByteArray m_buffer;
    QList<QByteArray> m_pending;
    QTimer m_timer;
    std::function<void()> m_tick;
    qint64 m_generated = 0;
    bool m_prompt = false;
    bool m_severityNumber = false;
    bool m_busy = false;
    bool m_stuck = false;
    bool m_overflowed = false;
    bool m_closing = false;
    bool m_waitingForBacklog = false;
};

FakeCliServer::FakeCliServer(QObject *parent)
    : QObject(parent)
{
    // The fields a client is likely to read, as HAProxy 2.6.12 prints them (runtime-api-samples).
    m_info = { { "Name", "HAProxy" }, { "Version", Version }, { "Release_date", "2026/10/17" },
        { "Nbthread", "2" }, { "Nbproc", "1" }, { "Process_num", "1" }, { "Pid", "4242" },
        { "Uptime", "0d 0h01m40s" }, { "Uptime_sec", "100" }, { "Memmax_MB", "0" }, { "Ulimit-n", "20000" },
        { "Maxsock", "20000" }, { "Maxconn", "4096" }, { "Hard_maxconn", "9981" }, { "CurrConns", "0" },
        { "CumConns", "1" }, { "CumReq", "1" }, { "ConnRate", "0" }, { "SessRate", "0" }, { "Tasks", "20" },
        { "Run_queue", "0" }, { "Idle_pct", "100" }, { "node", "fake" }, { "Stopping", "0" }, { "Jobs", "5" },
        { "Unstoppable Jobs", "0" }, { "Listeners", "4" }, { "Build info", Version },
        { "Start_time_sec", "1795247991" }, { "Tainted", "0" } };
}

FakeCliServer::~FakeCliServer()
{
    // Connections are children; delete them before the servers and the folder go.
    const QSet<FakeCliConnection *> connections = m_connections;
    for (FakeCliConnection *connection : connections)
        delete connection;
}

bool FakeCliServer::listen()
{
    if (m_localServer)
        return true;
    // UNIX socket paths are limited to 107 bytes: keep the folder short even if TMPDIR is long.
    QString base = QDir::tempPath();
    if (base.size() > 40)
        base = QStringLiteral("/tmp");
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/hdkf-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return false;
    }
    m_localServer = new QLocalServer(this);
    m_localServer->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_localServer->listen(m_dir->filePath(QStringLiteral("fake.sock")))) {
        m_error = m_localServer->errorString();
        return false;
    }
    connect(m_localServer, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_localServer->nextPendingConnection())
            adopt(socket);
    });
    return true;
}

bool FakeCliServer::listenTcp()
{
    if (m_tcpServer)
        return true;
    m_tcpServer = new QTcpServer(this);
    if (!m_tcpServer->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_tcpServer->errorString();
        return false;
    }
    connect(m_tcpServer, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcpServer->nextPendingConnection())
            adopt(socket);
    });
    return true;
}

QString FakeCliServer::socketPath() const
{
    return m_localServer ? m_localServer->fullServerName() : QString();
}

quint16 FakeCliServer::tcpPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void FakeCliServer::adopt(QIODevice *device)
{
    ++m_connectionCount;
    auto *connection = new FakeCliConnection(device, this);
    emit connectionAccepted();
    if (m_connectionBehaviour == ConnectionBehaviour::CloseOnAccept)
        connection->closeConnection();
}

void FakeCliServer::setBehaviour(const QByteArray &commandPrefix, Behaviour behaviour)
{
    setBehaviour(commandPrefix, behaviour, Params());
}

void FakeCliServer::setBehaviour(const QByteArray &commandPrefix, Behaviour behaviour, const Params &params)
{
    m_rules.insert(commandPrefix, Rule { behaviour, params });
}

void FakeCliServer::setReply(const QByteArray &commandPrefix, const QByteArray &body)
{
    Params params;
    params.reply = body;
    setBehaviour(commandPrefix, Behaviour::Reply, params);
}

void FakeCliServer::clearBehaviours()
{
    m_rules.clear();
    m_connectionBehaviour = ConnectionBehaviour::Normal;
}

void FakeCliServer::setInfoField(const QByteArray &key, const QByteArray &value)
{
    for (auto &field : m_info) {
        if (field.first == key) {
            field.second = value;
            return;
        }
    }
    m_info.append({ key, value });
}

int FakeCliServer::openConnectionCount() const
{
    int open = 0;
    for (const FakeCliConnection *connection : m_connections)
        open += connection->isClosing() ? 0 : 1;
    return open;
}

void FakeCliServer::closeAllConnections()
{
    const QSet<FakeCliConnection *> connections = m_connections;
    for (FakeCliConnection *connection : connections)
        connection->closeConnection();
}

void FakeCliServer::clearRecords()
{
    m_lines.clear();
    m_data.clear();
    m_connectionCount = 0;
}

void FakeCliServer::record(const QByteArray &bytes)
{
    if (m_data.size() < MaxRecordedBytes)
        m_data += bytes.left(MaxRecordedBytes - m_data.size());
}

FakeCliServer::Rule FakeCliServer::takeRule(const QByteArray &line)
{
    // Longest matching prefix: "show stat" can misbehave while "show stat typed" answers normally.
    auto best = m_rules.end();
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (line.startsWith(it.key()) && (best == m_rules.end() || it.key().size() > best.key().size()))
            best = it;
    }
    if (best == m_rules.end())
        return {};
    const Rule rule = best.value();
    if (best->params.times > 0 && --best->params.times == 0)
        m_rules.erase(best);
    return rule;
}

QByteArray FakeCliServer::builtInBody(const QByteArray &command, bool severityNumber) const
{
    // HAProxy prefixes messages (not dumps) with the severity once "set severity-output number" is on.
    const QByteArray info = severityNumber ? "[6]: " : "";
    if (command == "prompt" || command.startsWith("set severity-output ")
        || command.startsWith("set timeout cli "))
        return {};
    if (command == "show cli level")
        return info + m_level + '\n';
    if (command == "show version")
        return info + Version + '\n';
    if (command == "show info") {
        QByteArray text;
        for (const auto &field : m_info)
            text += field.first + ": " + field.second + '\n';
        return text;
    }
    if (command.isEmpty())
        return info + "Unknown command. Please enter one of the following commands only:\n"
            + "  help           : full commands list\n  prompt         : toggle interactive mode with "
              "prompt\n"
            + "  quit           : disconnect\n";
    return info + "Unknown command, but maybe one of the following ones is a better match:\n"
        + "  help           : full commands list\n  quit           : disconnect\n";
}
