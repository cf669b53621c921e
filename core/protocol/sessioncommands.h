#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QString>

// The one gate for the commands about streams and what they got wrong: `show sess`,
// `shutdown session <0xptr>` and `show errors`.
class SessionCommands
{
public:
    enum class Direction { Both, Request, Response };

    // `show sess`: one line per stream (operator level).
    static RuntimeCommand showSessions();
    // `show sess <0xptr>`: one stream in detail.
    static Result<RuntimeCommand> showSession(const QString &pointer);
    // `shutdown session <0xptr>` (admin). "Session not found." is a failure with that text.
    static Result<RuntimeCommand> shutdownSession(const QString &pointer);
    // `show errors [<proxy>|-1] [request|response]`; an empty proxy is every proxy.
    static Result<RuntimeCommand> showErrors(
        const QString &proxy = {}, Direction direction = Direction::Both);

    // "0x" and 1 to 16 hex digits, as `show sess` prints a stream's pointer.
    static Result<QByteArray> pointer(const QString &text);
};
