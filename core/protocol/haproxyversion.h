#pragma once

#include <QByteArrayView>
#include <QString>

// What hadesk uses from HAProxy that only the version can tell: no command, header or answer
// shows it beforehand (a line that starts a payload on one version is an ordinary command on
// another; `wait` cannot be probed without waiting). Everything else is read from headers and
// answers. The versions each starts at are in one table, haproxyversion.cpp.
enum class HaproxyFeature {
    // A line whose last word starts with "<<" opens a payload ending at that custom marker.
    CustomPayloadDelimiter,
    // The custom payload marker may be up to 64 characters (7 before).
    LongPayloadDelimiter,
    // `wait <delay> srv-removable <backend>/<server>`.
    WaitSrvRemovable,
    // `add server B/S <host name>` resolves the name. No release does yet: the server is
    // registered with the name and no address, and never takes traffic nor runs a check.
    AddServerResolvesHostName,
};

// The version HAProxy reports in `show info` ("2.6.12-1+deb12u4", "3.2.0-e134140"),
// and what the client may rely on because of it.
struct HaproxyVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString text; // as reported

    static HaproxyVersion parse(QByteArrayView text); // isValid() is false when unparsable
    bool isValid() const { return major > 0; }
    bool atLeast(int maj, int min, int pat = 0) const;

    // False for an invalid (unknown) version: nothing is assumed then.
    bool supports(HaproxyFeature feature) const;
    // The first version with the feature, e.g. {3, 0} for WaitSrvRemovable; invalid for a
    // feature no release has.
    static HaproxyVersion firstWith(HaproxyFeature feature);

    bool hasWaitSrvRemovable() const { return supports(HaproxyFeature::WaitSrvRemovable); }
};
