#include "connectionprofile.h"

Result<Endpoint> ConnectionProfile::toEndpoint() const
{
    Result<Endpoint> parsed = Endpoint::parse(endpoint);
    if (parsed && parsed->kind == Endpoint::Kind::Tls)
        parsed.value().tls = tls; // the typed text never carries the TLS files
    return parsed;
}
