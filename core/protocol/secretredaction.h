#pragma once

#include <QByteArrayView>
#include <QString>

class RuntimeCommand;

// The one rule for what of a command must never reach the disk (audit log, console history):
// secret words on its line (`set ssl tls-key <id> <key>`, `set dynamic-cookie-key backend <b>
// <key>`), a payload that holds a private key or is loaded into a TLS store (`set ssl cert`,
// `set|add ssl ca-file`, `set ssl crl-file`, `set|add ssl ech`, or any payload with a PEM
// private key), and answers that dump keys (`show tls-keys <id|*>`, `dump ssl cert`, or any
// answer with a PEM private key).
//
// Not secret, so kept as they are: `new ssl cert` (no payload), `add ssl crt-list` (file names
// and options), `set ssl ocsp-response` (a response signed by the CA, public by design).
class SecretRedaction
{
public:
    // What replaces the secret words of a line.
    static QString marker() { return QStringLiteral("<redacted>"); }

    // The number of words of line kept before the secret words (the rest of the line is
    // secret), or -1 when the line carries no secret word. A leading master-CLI prefix
    // (`@1`, `@!<pid>`) is skipped but counted.
    static int keptWords(QByteArrayView line);
    static bool hasSecretWords(QByteArrayView line) { return keptWords(line) >= 0; }
    // The line with everything from its first secret word on replaced by marker().
    static QString redactedLine(QByteArrayView line);

    // The payload sent after line must not be kept.
    static bool isSecretPayload(QByteArrayView line, QByteArrayView payload);
    // The answer to line must not be kept.
    static bool isSecretAnswer(QByteArrayView line, QByteArrayView answer);

    // The command as the audit log keeps it: the line (secret words replaced), then the
    // payload, or "[<n> lines, redacted]" in its place for a secret one.
    static QString auditText(const RuntimeCommand &command);
    // What replaces a secret answer in the audit log.
    static QString redactedAnswer(QByteArrayView answer);

    // Whether a typed console line (one or more commands separated by ';') may be kept in
    // the console history: not when any of its commands carries a secret word. (Recalling
    // it with the secret replaced would send the placeholder as the key.)
    static bool mayKeepInHistory(const QString &typedLine);
};
