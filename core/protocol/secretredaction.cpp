#include "core/protocol/secretredaction.h"

#include "core/protocol/runtimecommand.h"

#include <QByteArrayList>

#include <array>

namespace {

// Commands whose line carries a secret: the words that name the command, and how many words
// of the line (the command's and its non-secret arguments) come before the secret.
struct SecretWordsRule
{
    std::array<const char *, 3> words;
    int kept;
};

// `set ssl tls-key <id|file> <base64 key>`, `set dynamic-cookie-key backend <backend> <key>`.
constexpr SecretWordsRule SecretWordsRules[] = {
    { { "set", "ssl", "tls-key" }, 4 },
    { { "set", "dynamic-cookie-key", "backend" }, 4 },
};

// Commands whose payload is loaded into HAProxy's TLS stores: a certificate file may hold its
// private key (and a CA or CRL bundle pasted in place of it may as well); ECH configs hold keys.
constexpr std::array<const char *, 3> SecretPayloadCommands[] = {
    { "set", "ssl", "cert" },
    { "set", "ssl", "ca-file" },
    { "add", "ssl", "ca-file" },
    { "set", "ssl", "crl-file" },
    { "set", "ssl", "ech" },
    { "add", "ssl", "ech" },
};

// Commands whose answer dumps keys: `show tls-keys <id|*>` (without an argument it lists only
// the references) and `dump ssl cert` (3.1+: the PEM with its private key).
bool answerDumpsKeys(const QByteArrayList &words, int start)
{
    const qsizetype rest = words.size() - start;
    if (rest >= 3 && words.at(start) == "show" && words.at(start + 1) == "tls-keys")
        return true;
    return rest >= 3 && words.at(start) == "dump" && words.at(start + 1) == "ssl"
        && words.at(start + 2) == "cert";
}

QByteArrayList wordsOf(QByteArrayView line)
{
    QByteArrayList words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line.at(i) != ' ' && line.at(i) != '\t')
            ++i;
        if (i > start)
            words.append(line.sliced(start, i - start).toByteArray());
    }
    return words;
}

// The first word of the command itself, after a master-CLI prefix (`@1`, `@!1234`, `@@1234`).
int commandStart(const QByteArrayList &words)
{
    return !words.isEmpty() && words.first().startsWith('@') ? 1 : 0;
}

bool startsWith(const QByteArrayList &words, int start, const std::array<const char *, 3> &command)
{
    if (words.size() - start < qsizetype(command.size()))
        return false;
    for (std::size_t i = 0; i < command.size(); ++i) {
        if (words.at(start + qsizetype(i)) != command[i])
            return false;
    }
    return true;
}

bool holdsPrivateKey(QByteArrayView text)
{
    // "-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----", "... EC PRIVATE KEY",
    // "... ENCRYPTED PRIVATE KEY".
    return text.contains("PRIVATE KEY-----");
}

} // namespace

int SecretRedaction::keptWords(QByteArrayView line)
{
    const QByteArrayList words = wordsOf(line);
    const int start = commandStart(words);
    for (const SecretWordsRule &rule : SecretWordsRules) {
        if (startsWith(words, start, rule.words))
            return start + rule.kept < words.size() ? start + rule.kept : -1;
    }
    return -1;
}

QString SecretRedaction::redactedLine(QByteArrayView line)
{
    const int kept = keptWords(line);
    if (kept < 0)
        return QString::fromUtf8(line);
    // Cut after the kept words, on the original text, so its spacing and escapes stay.
    qsizetype i = 0;
    for (int word = 0; word < kept; ++word) {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        while (i < line.size() && line.at(i) != ' ' && line.at(i) != '\t')
            ++i;
    }
    return QString::fromUtf8(line.first(i)) + u' ' + marker();
}

bool SecretRedaction::isSecretPayload(QByteArrayView line, QByteArrayView payload)
{
    if (holdsPrivateKey(payload))
        return true;
    const QByteArrayList words = wordsOf(line);
    const int start = commandStart(words);
    for (const auto &command : SecretPayloadCommands) {
        if (startsWith(words, start, command))
            return true;
    }
    for (const SecretWordsRule &rule : SecretWordsRules) {
        if (startsWith(words, start, rule.words))
            return true;
    }
    return false;
}

bool SecretRedaction::isSecretAnswer(QByteArrayView line, QByteArrayView answer)
{
    const QByteArrayList words = wordsOf(line);
    return answerDumpsKeys(words, commandStart(words)) || holdsPrivateKey(answer);
}

QString SecretRedaction::auditText(const RuntimeCommand &command)
{
    QString text = redactedLine(command.line());
    if (!command.hasPayload())
        return text;
    if (!isSecretPayload(command.line(), command.payload()))
        return text + u'\n' + QString::fromUtf8(command.payload());
    const qsizetype lines = command.payload().count('\n') + 1;
    return text + QStringLiteral("\n[%1 lines, redacted]").arg(lines);
}

QString SecretRedaction::redactedAnswer(QByteArrayView answer)
{
    return QStringLiteral("[answer of %1 bytes, redacted: it holds keys]").arg(answer.size());
}

bool SecretRedaction::mayKeepInHistory(const QString &typedLine)
{
    // Split on every ';', escaped or not: a line is refused for less, never kept for more.
    const QStringList parts = typedLine.split(u';');
    for (const QString &part : parts) {
        if (hasSecretWords(part.toUtf8()))
            return false;
    }
    return true;
}
