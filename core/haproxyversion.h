#pragma once

#include <QByteArrayView>
#include <QString>

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

    // `wait <delay> srv-removable <b>/<s>` exists from 3.0 on.
    bool hasWaitSrvRemovable() const { return atLeast(3, 0); }
};
