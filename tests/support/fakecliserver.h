#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <utility>

class QLocalServer;
class QTcpServer;
class QTemporaryDir;
class QIODevice;
class FakeCliConnection;

// A CLI peer for what a real HAProxy will not do on demand: it answers a client's handshake like
// HAProxy 2.6 and then, for chosen commands, sends garbage, truncated, slow, endless or oversized
// answers, or none. It records every line it receives, so a test can check what reached the "server".
//
//     FakeCliServer fake;
//     QVERIFY(fake.listen());                       // UNIX socket in its own temporary folder
//     fake.setBehaviour("show stat", FakeCliServer::Behaviour::TruncateAndClose);
//     ... connect the client under test to fake.socketPath() ...
//     QCOMPARE(fake.receivedLines().count("show stat"), 1);
//
// In prompt mode (after "prompt") every answer is body + "\n> ", as HAProxy does; in non-interactive
// mode it is body + "\n" and the connection closes after the first command. Built-in answers: prompt,
// set severity-output, set timeout cli, show cli level ("[6]: admin" once severity-output is number),
// show info (Version: 2.6.12-1+deb12u4, Pid, Stopping: 0), show version, quit; anything else gets
// HAProxy's "Unknown command" text. Lines are handled in order, one at a time; after Garbage, NoAnswer or
// Endless the connection answers nothing more (it is "stuck"), but keeps recording.
class FakeCliServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Reply, // the built-in answer, or Params::reply as the body
        Garbage, // bytes that are no CLI answer (Params::reply if set), no prompt; the connection stays open
        TruncateAndClose, // the first half of the answer, never the prompt, then close
        Slow, // the whole answer, one byte every Params::intervalMs
        Oversized, // a body of Params::bytes bytes in 80-byte lines, then the prompt
        Endless, // 80-byte lines every Params::intervalMs, never a prompt (stops after Params::bytes)
        NoAnswer, // read the command, never answer
        Close, // close the connection as soon as the command arrives
        PromptInBody, // "\n> " inside the body (written, then the rest after Params::intervalMs)
    };
    Q_ENUM(Behaviour)
    enum class ConnectionBehaviour {
        Normal,
        Silent, // accept and never send a byte, not even to the handshake
        CloseOnAccept, // close every connection right after accepting it
    };
    Q_ENUM(ConnectionBehaviour)

    struct Params
    {
        QByteArray reply; // Reply: the body without the prompt; Garbage: the bytes
        int intervalMs = 20; // Slow: between bytes; Endless: between lines; PromptInBody: before the rest
        qint64 bytes = 1024 * 1024; // Oversized: body size; Endless: where it stops
        int times = -1; // number of commands it applies to, -1 for all; afterwards: the built-in answer
    };

    explicit FakeCliServer(QObject *parent = nullptr);
    ~FakeCliServer() override;

    bool listen(); // UNIX socket <temporary folder>/fake.sock
    bool listenTcp(); // 127.0.0.1, a free port
    QString socketPath() const;
    quint16 tcpPort() const;
    QString errorString() const { return m_error; }

    // For lines starting with commandPrefix (the longest matching prefix wins).
    void setBehaviour(const QByteArray &commandPrefix, Behaviour behaviour);
    void setBehaviour(const QByteArray &commandPrefix, Behaviour behaviour, const Params &params);
    void setReply(const QByteArray &commandPrefix, const QByteArray &body);
    void clearBehaviours();
    void setConnectionBehaviour(ConnectionBehaviour behaviour) { m_connectionBehaviour = behaviour; }
    void setLevel(const QByteArray &level) { m_level = level; } // "admin" by default
    // Changes a line of the built-in show info, e.g. ("Stopping", "1") or ("Pid", "4243").
    void setInfoField(const QByteArray &key, const QByteArray &value);

    QList<QByteArray> receivedLines() const { return m_lines; } // without the final "\n"
    QByteArray receivedData() const { return m_data; } // every byte, all connections, in arrival order
    int connectionCount() const { return m_connectionCount; } // accepted so far
    int openConnectionCount() const;
    void closeAllConnections();
    void clearRecords();

signals:
    void connectionAccepted();
    void lineReceived(const QByteArray &line);

private:
    friend class FakeCliConnection;
    struct Rule
    {
        Behaviour behaviour = Behaviour::Reply;
        Params params;
    };

    void adopt(QIODevice *device);
    Rule takeRule(const QByteArray &line);
    QByteArray builtInBody(const QByteArray &line, bool severityNumber) const;
    void record(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QLocalServer *m_localServer = nullptr;
    QTcpServer *m_tcpServer = nullptr;
    QMap<QByteArray, Rule> m_rules;
    QList<std::pair<QByteArray, QByteArray>> m_info;
    QSet<FakeCliConnection *> m_connections;
    QByteArray m_level = "admin";
    ConnectionBehaviour m_connectionBehaviour = ConnectionBehaviour::Normal;
    QList<QByteArray> m_lines;
    QByteArray m_data;
    int m_connectionCount = 0;
    QString m_error;
};
