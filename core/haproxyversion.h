#pragma once

#include <QByteArrayView>
#include <QString>

// What only a version number can tell (everything else is asked or seen: columns by
// header, commands by `help`). One row each in HaproxyVersion::supports().
enum class HaproxyFeature {
    CustomPayloadEnd, // "<<MARK" as the last word starts a payload ending at MARK (2.9)
    WaitSrvRemovable, // `wait <delay> srv-removable <b>/<s>` (3.0)
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
    // False for an unknown version: the client then does what every version accepts.
    bool supports(HaproxyFeature feature) const;

    // `wait <delay> srv-removable <b>/<s>` exists from 3.0 on.
    bool hasWaitSrvRemovable() const { return supports(HaproxyFeature::WaitSrvRemovable); }
};
