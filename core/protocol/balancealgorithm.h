#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// What a backend's balance algorithm (the `algo` column of `show stat`) allows at runtime.
namespace BalanceAlgorithm {

// static-rr: no servers added at runtime, and weights only 0 % or 100 % of the initial one.
inline bool isStatic(QByteArrayView algo)
{
    return algo == "static-rr";
}

// Hashing whose hash-type `show stat` does not tell: map-based (the default) refuses dynamic
// servers and weights other than 0 %/100 %; consistent hashing takes both.
inline bool isHash(QByteArrayView algo)
{
    return algo == "source" || algo == "uri" || algo == "url_param" || algo.startsWith("hdr")
        || algo == "rdp-cookie" || algo.startsWith("hash");
}

// Whether a backend balancing by algo takes servers added at runtime (`add server`). Hashing
// is Unknown: only "hash-type consistent" does, and `show stat` does not tell the hash type.
enum class DynamicServers { Yes, No, Unknown };

inline DynamicServers dynamicServers(QByteArrayView algo)
{
    if (isStatic(algo))
        return DynamicServers::No;
    if (isHash(algo))
        return DynamicServers::Unknown;
    return DynamicServers::Yes;
}

// Why the backend cannot (No) or might not (Unknown) take new servers, for people; empty for Yes.
// The one message of the add server dialog and the rolling replace.
inline QString dynamicServersMessage(const QString &backend, QByteArrayView algo)
{
    switch (dynamicServers(algo)) {
    case DynamicServers::Yes:
        return {};
    case DynamicServers::No:
        return QCoreApplication::translate("BalanceAlgorithm",
            "Backend '%1' balances with static-rr, which cannot take servers added at runtime "
            "(HAProxy refuses them). Only roundrobin, leastconn, first, random and consistent "
            "hashing can.")
            .arg(backend);
    case DynamicServers::Unknown:
        return QCoreApplication::translate("BalanceAlgorithm",
            "Backend '%1' balances by '%2': HAProxy accepts new servers only with "
            "\"hash-type consistent\", which the statistics do not show. If it uses the default "
            "map-based hashing, HAProxy refuses the new server and nothing is changed.")
            .arg(backend, QString::fromUtf8(algo));
    }
    return {};
}

} // namespace BalanceAlgorithm
