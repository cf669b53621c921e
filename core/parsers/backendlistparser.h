#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Turns `show backend` into the list of backend names (backends and listen sections), which
// completion and the "add server" dialog offer even for backends without any server.
class BackendListParser
{
public:
    // "# name" then one name per line, up to the end-of-output blank line. Fails on an
    // answer without that header (an error message, another command's output, nothing);
    // the message quotes HAProxy. Only the first word of a line is the name, so extra
    // columns a newer HAProxy may add are ignored. Re-entrant.
    static Result<QList<QByteArray>> parse(QByteArrayView answer);
};
