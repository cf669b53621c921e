#pragma once

#include "core/client/poller.h"
#include "core/transport/endpoint.h"

#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

// A saved way to reach one HAProxy: what the user typed, TLS files, poll interval.
struct ConnectionProfile
{
    QString name; // unique, shown in lists
    QString endpoint; // as typed; Endpoint::parse() must accept it
    TlsOptions tls;
    int pollIntervalMs = 1000;

    static constexpr int MaxPollIntervalMs = Poller::MaxIntervalMs; // the one bound, the poller's

    // The parsed endpoint with the TLS options applied; fails with the parser's message.
    Result<Endpoint> toEndpoint() const;

    // A profile from the values stored under one entry of the settings' "profiles" array
    // (name, endpoint, tlsCa, tlsCert, tlsKey, tlsPeerName, tlsVerify, pollIntervalMs), as a
    // hand-edited file may hold them: the name trimmed (empty: no profile), a poll interval
    // that is not a number in range clamped or defaulted. Reads no file (it is fuzzed).
    static std::optional<ConnectionProfile> fromStored(const QVariantMap &values);
    // The values fromStored() reads back.
    QVariantMap toStored() const;
    bool operator==(const ConnectionProfile &) const = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
