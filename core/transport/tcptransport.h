#pragma once

#include "core/transport/transport.h"

#include <QSslSocket>
#include <QTimer>

#include <memory>

// A TCP stats socket, plain or through a TLS front (HAProxy's own `stats socket ... ssl`
// is silently plaintext, so TLS means a `listen` section forwarding to the Unix socket).
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    explicit TcpTransport(const Endpoint &endpoint, QObject *parent = nullptr);
    ~TcpTransport() override;

    void open() override;
    void abort() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    QString description() const override;

    // What a peer's first bytes in answer to a TLS ClientHello say about it.
    enum class PeerAnswer {
        Nothing, // no answer, or bytes that tell nothing
        Tls, // a TLS record (handshake or alert)
        HaproxyCli, // HAProxy's CLI in plaintext ("Unknown command...")
        OtherPlaintext, // some other plaintext protocol
    };
    static PeerAnswer classifyAnswer(const QByteArray &bytes);

private:
    void onTcpConnected();
    void startPlaintextProbe();
    void finishPlaintextProbe();
    void stopPlaintextProbe();
    bool configureTls(QString *error);
    QString where() const;

    Endpoint m_endpoint;
    QSslSocket m_socket;
    bool m_aborting = false;
    // When a tls: handshake fails or stalls, a second short connection sends a minimal
    // ClientHello-shaped record and looks at what comes back: HAProxy's `stats socket
    // ... ssl` answers in plaintext. No CLI command is ever sent in clear.
    std::unique_ptr<QTcpSocket> m_probe;
    QByteArray m_probeAnswer;
    bool m_probeDone = false;
    QTimer m_stallTimer;
    QTimer m_probeTimer;
    QString m_pendingError; // a handshake failure held back until the probe has spoken
};
