#pragma once

#include "core/transport/transport.h"

#include <QLocalSocket>

// A Unix stats socket (`stats socket /run/haproxy/admin.sock`).
class LocalSocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit LocalSocketTransport(const QString &path, QObject *parent = nullptr);

    void open() override;
    void abort() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    QString description() const override { return QStringLiteral("plain"); }

private:
    QString m_path;
    QLocalSocket m_socket;
    bool m_aborting = false;
};
