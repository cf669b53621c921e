#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QString>

// The one gate for certificate commands: `show ssl cert|crt-list` and the replace sequence
// `set ssl cert <name> <<` (PEM payload), then `commit ssl cert <name>` or `abort ssl cert
// <name>`. Names are the ones `show ssl cert` lists (the path as the configuration names it,
// crt-base included), since HAProxy knows a certificate by nothing else.
class SslCertCommands
{
public:
    static RuntimeCommand showCerts();
    // `show ssl cert <name>`; "*<name>" shows the certificate of an uncommitted transaction.
    static Result<RuntimeCommand> showCert(const QString &name);
    static RuntimeCommand showCrtLists();
    // `show ssl crt-list [-n] <list>`; -n adds each line's number.
    static Result<RuntimeCommand> showCrtList(const QString &list, bool lineNumbers = false);
    // Starts (or updates) a transaction with the new PEM: certificate, key, chain. The payload
    // must be PEM blocks only, with no empty line (it would end the payload early).
    static Result<RuntimeCommand> setCert(const QString &name, const QString &pem);
    static Result<RuntimeCommand> commitCert(const QString &name);
    static Result<RuntimeCommand> abortCert(const QString &name);

    // A certificate or crt-list name: a path without spaces, control characters, ';', '\' or
    // '#', at most 1,024 bytes.
    static Result<QByteArray> fileName(const QString &name, const QString &what);
    // The payload as sent: CRLF made LF, one final line break dropped; refused unless it is
    // PEM blocks only (BEGIN/END pairs with the same label, base64 inside, a CERTIFICATE).
    static Result<QByteArray> pemPayload(const QString &pem);
};
