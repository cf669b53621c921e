#pragma once

#include "transport.h"

#include <QSslSocket>

// A TCP stats socket, plain or through a TLS front (HAProxy's own `stats socket ... ssl`
// is silently plaintext, so TLS means a `listen` section forwarding to the Unix socket).
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    explicit TcpTransport(const Endpoint &endpoint, QObject *parent = nullptr);

    void open() override;
    void abort() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    QString description() const override;

private:
    bool configureTls(QString *error);
    QString where() const;

    Endpoint m_endpoint;
    QSslSocket m_socket;
    bool m_aborting = false;
};
