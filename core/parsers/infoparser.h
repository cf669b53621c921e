#pragma once

#include "core/protocol/haproxyversion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// The answer of `show info`: "Key: value" lines, keys may contain spaces.
struct HaproxyInfo
{
    QList<QPair<QByteArray, QByteArray>> fields; // in HAProxy's order

    QByteArray value(QByteArrayView key) const; // empty when absent
    qint64 number(QByteArrayView key, qint64 fallback = -1) const;

    HaproxyVersion version() const { return HaproxyVersion::parse(value("Version")); }
    qint64 pid() const { return number("Pid"); }
    bool isStopping() const { return number("Stopping", 0) != 0; }
    qint64 uptimeSeconds() const { return number("Uptime_sec"); }
    bool isEmpty() const { return fields.isEmpty(); }
};

class InfoParser
{
public:
    // Splits each line on its first ": ". Lines without one are skipped; an answer
    // with no field at all gives an empty HaproxyInfo.
    static HaproxyInfo parse(QByteArrayView answer);
};
