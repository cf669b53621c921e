#pragma once

#include "core/transport/endpoint.h"

#include <QByteArray>
#include <QObject>

#include <memory>

// A byte stream to one HAProxy CLI endpoint: QLocalSocket, QTcpSocket or QSslSocket
// behind one interface, so RuntimeConnection does not care which.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual void open() = 0; // emits connected() or errorOccurred()
    virtual void abort() = 0; // closes at once; emits nothing
    virtual void write(const QByteArray &bytes) = 0;
    virtual QByteArray readAll() = 0;
    virtual bool isOpen() const = 0;
    virtual QString description() const = 0; // "plain", "TLS" or "SSH"
    // A second, unopened transport to the same HAProxy that shares what this one set up
    // (an SSH tunnel), or nullptr when a new one from the endpoint does as well.
    virtual std::unique_ptr<Transport> sibling() const { return nullptr; }

    // nullptr with *error set when this build cannot reach that kind of endpoint.
    static std::unique_ptr<Transport> create(const Endpoint &endpoint, QString *error);

signals:
    void connected();
    void readyRead();
    void disconnected(); // the peer closed or the link broke
    void errorOccurred(const QString &message); // in words, names the endpoint
};
