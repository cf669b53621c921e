// Fuzzes ConnectionProfile::fromStored(), which turns the values of one saved connection
// profile (as QSettings reads them from a hand-edited file, where "@Variant(...)" can give any
// type) into a profile, then its toEndpoint(). The input is lines "key=value"; a value starting
// with "d:", "i:", "b:", "l:" or "x:" becomes a double (strtod: 1e300, nan, inf), an int, a
// bool, a string list (comma-separated) or a byte array, anything else a string. Properties,
// abort() when one breaks: a profile has a trimmed, non-empty name and a poll interval in
// Poller's range.
#include "core/client/poller.h"
#include "models/connectionprofile.h"

#include <QStringList>
#include <QVariantMap>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QVariant typed(const QByteArray &value)
{
    const QByteArray rest = value.mid(2);
    if (value.startsWith("d:"))
        return QVariant(std::strtod(rest.constData(), nullptr));
    if (value.startsWith("i:"))
        return QVariant(int(std::strtol(rest.constData(), nullptr, 10) & 0x7fffffff));
    if (value.startsWith("b:"))
        return QVariant(rest == "1" || rest == "true");
    if (value.startsWith("l:"))
        return QVariant(QString::fromUtf8(rest).split(u','));
    if (value.startsWith("x:"))
        return QVariant(rest);
    return QVariant(QString::fromUtf8(value));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QVariantMap values;
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), typed(line.mid(equals + 1)));
    }
    const std::optional<ConnectionProfile> profile = ConnectionProfile::fromStored(values);
    if (!profile)
        return 0;
    if (profile->name.isEmpty() || profile->name != profile->name.trimmed())
        std::abort();
    if (profile->pollIntervalMs < Poller::MinIntervalMs
        || profile->pollIntervalMs > ConnectionProfile::MaxPollIntervalMs)
        std::abort();
    (void)profile->toEndpoint();
    return 0;
}
