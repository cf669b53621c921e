#include "core/protocol/haproxyversion.h"

namespace {

struct FeatureStart
{
    HaproxyFeature feature;
    int major;
    int minor;
};

// The one table of features only a version number tells (checked by hand on 2.6.12, 3.0.11,
// 3.2.0 and 3.4.0, and in HAProxy's sources for the versions in between). Major 0: no
// release has it yet.
constexpr FeatureStart FeatureStarts[] = {
    { HaproxyFeature::CustomPayloadDelimiter, 2, 9 },
    { HaproxyFeature::LongPayloadDelimiter, 3, 4 },
    { HaproxyFeature::WaitSrvRemovable, 3, 0 },
    // 2.6.12 and 3.0.11 keep `add server be/x localhost:8080` as srv_addr "-" with srv_fqdn
    // set, forever DOWN (SOCKERR); `resolvers` and `init-addr` are refused for dynamic
    // servers up to 3.4 (`add server help`), so nothing could resolve it later either.
    { HaproxyFeature::AddServerResolvesHostName, 0, 0 },
};

// Reads a decimal number at `pos`; returns -1 when there is none.
int readNumber(QByteArrayView text, qsizetype &pos)
{
    int value = -1;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        value = (value < 0 ? 0 : value) * 10 + (text[pos] - '0');
        if (value > 100000)
            return -1;
        ++pos;
    }
    return value;
}

} // namespace

HaproxyVersion HaproxyVersion::parse(QByteArrayView text)
{
    HaproxyVersion version;
    const QByteArrayView trimmed = text.trimmed();
    version.text = QString::fromUtf8(trimmed);
    qsizetype pos = 0;
    const int maj = readNumber(trimmed, pos);
    if (maj <= 0 || pos >= trimmed.size() || trimmed[pos] != '.')
        return version;
    ++pos;
    const int min = readNumber(trimmed, pos);
    if (min < 0)
        return version;
    int pat = 0;
    if (pos < trimmed.size() && trimmed[pos] == '.') {
        ++pos;
        pat = readNumber(trimmed, pos);
        if (pat < 0)
            pat = 0;
    }
    version.major = maj;
    version.minor = min;
    version.patch = pat;
    return version;
}

bool HaproxyVersion::atLeast(int maj, int min, int pat) const
{
    if (major != maj)
        return major > maj;
    if (minor != min)
        return minor > min;
    return patch >= pat;
}

HaproxyVersion HaproxyVersion::firstWith(HaproxyFeature feature)
{
    for (const FeatureStart &start : FeatureStarts) {
        if (start.feature == feature && start.major > 0) {
            HaproxyVersion version;
            version.major = start.major;
            version.minor = start.minor;
            version.text = QString::number(start.major) + u'.' + QString::number(start.minor);
            return version;
        }
    }
    return {};
}

bool HaproxyVersion::supports(HaproxyFeature feature) const
{
    const HaproxyVersion first = firstWith(feature);
    return isValid() && first.isValid() && atLeast(first.major, first.minor);
}
