#include "core/transport/transport.h"

#include "core/transport/localsockettransport.h"
#include "core/transport/sshtransport.h"
#include "core/transport/tcptransport.h"

std::unique_ptr<Transport> Transport::create(const Endpoint &endpoint, QString *error)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return std::make_unique<LocalSocketTransport>(endpoint.path);
    case Endpoint::Kind::Tcp:
    case Endpoint::Kind::Tls:
        return std::make_unique<TcpTransport>(endpoint);
    case Endpoint::Kind::Ssh:
        // Without an ssh program, retrying cannot help: refuse here, once.
        if (SshTransport::findSsh(error).isEmpty())
            return nullptr;
        return std::make_unique<SshTransport>(endpoint);
    }
    if (error)
        *error = tr("unknown kind of endpoint: %1").arg(endpoint.toString());
    return nullptr;
}
