#pragma once

#include "endpoint.h"

#include <QMetaType>
#include <QString>

// A saved way to reach one HAProxy: what the user typed, TLS files, poll interval.
struct ConnectionProfile
{
    QString name; // unique, shown in lists
    QString endpoint; // as typed; Endpoint::parse() must accept it
    TlsOptions tls;
    int pollIntervalMs = 1000;

    // The parsed endpoint with the TLS options applied; fails with the parser's message.
    Result<Endpoint> toEndpoint() const;
    bool operator==(const ConnectionProfile &) const = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
