#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

// The rules every argument must pass before it is put on a command line. Messages say
// what is wrong and name the argument (`what`, e.g. "server name").
class ArgumentValidator
{
public:
    // HAProxy's own rule for proxy and server names: [A-Za-z0-9._:-]+, at most 1,024 bytes.
    static Result<QByteArray> name(const QString &value, const QString &what);
    // 1..65535
    static Result<int> port(int value, const QString &what);
    // "0".."256", or "N%" with N 0..(large). Text form as typed by a person.
    static Result<QByteArray> weightText(const QString &value);
    // An IPv4 or IPv6 address (no brackets, no port) or a DNS name (RFC 1123 labels).
    static Result<QByteArray> address(const QString &value, const QString &what);
    // A strictly positive duration in ms, at most 24 h.
    static Result<int> durationMs(int value, const QString &what);

    // For free text that HAProxy splits on spaces (agent-send strings, console words):
    // '\' -> '\\', ';' -> '\;', ' ' -> '\ ', TAB -> '\<TAB>'. CR, LF and other control
    // characters cannot be escaped and are refused, as is non-UTF-8 input.
    static Result<QByteArray> escapeWord(const QString &value, const QString &what);
};
