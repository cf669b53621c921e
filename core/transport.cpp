#include "transport.h"

#include "localsockettransport.h"
#include "tcptransport.h"

std::unique_ptr<Transport> Transport::create(const Endpoint &endpoint, QString *error)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return std::make_unique<LocalSocketTransport>(endpoint.path);
    case Endpoint::Kind::Tcp:
    case Endpoint::Kind::Tls:
        return std::make_unique<TcpTransport>(endpoint);
    case Endpoint::Kind::Ssh:
        break;
    }
    if (error)
        *error = tr("ssh: endpoints are understood, but this version cannot connect through SSH yet; "
                    "forward the socket meanwhile (ssh -L /tmp/haproxy.sock:%1 %2) and connect to "
                    "unix:/tmp/haproxy.sock")
                     .arg(endpoint.path, endpoint.host);
    return nullptr;
}
