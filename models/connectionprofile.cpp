#include "models/connectionprofile.h"

#include "core/client/poller.h"

#include <algorithm>
#include <cmath>

Result<Endpoint> ConnectionProfile::toEndpoint() const
{
    Result<Endpoint> parsed = Endpoint::parse(endpoint);
    if (parsed && parsed->kind == Endpoint::Kind::Tls)
        parsed.value().tls = tls; // the typed text never carries the TLS files
    return parsed;
}

std::optional<ConnectionProfile> ConnectionProfile::fromStored(const QVariantMap &values)
{
    auto text = [&values](const char *key) { return values.value(QString::fromLatin1(key)).toString(); };
    ConnectionProfile p;
    p.name = text("name").trimmed();
    if (p.name.isEmpty())
        return std::nullopt;
    p.endpoint = text("endpoint");
    p.tls.caFile = text("tlsCa");
    p.tls.certificateFile = text("tlsCert");
    p.tls.privateKeyFile = text("tlsKey");
    p.tls.peerName = text("tlsPeerName");
    p.tls.verifyPeer = values.value(QStringLiteral("tlsVerify"), true).toBool();
    // Through a double, range-checked before the conversion to int: QVariant's own toInt()
    // of a stored double such as 1e300 is not defined.
    bool ok = false;
    const double interval = values.value(QStringLiteral("pollIntervalMs")).toDouble(&ok);
    p.pollIntervalMs = ok && std::isfinite(interval) && interval == std::floor(interval)
        ? int(std::clamp(interval, double(Poller::MinIntervalMs), double(MaxPollIntervalMs)))
        : Poller::DefaultIntervalMs;
    return p;
}

QVariantMap ConnectionProfile::toStored() const
{
    return {
        { QStringLiteral("name"), name },
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("tlsCa"), tls.caFile },
        { QStringLiteral("tlsCert"), tls.certificateFile },
        { QStringLiteral("tlsKey"), tls.privateKeyFile },
        { QStringLiteral("tlsPeerName"), tls.peerName },
        { QStringLiteral("tlsVerify"), tls.verifyPeer },
        { QStringLiteral("pollIntervalMs"), pollIntervalMs },
    };
}
