#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What one X.509 certificate says, read locally (OpenSSL), in the words `show ssl cert <name>`
// uses: subject and issuer as "/CN=a.example", SANs as "DNS:a.example", the serial in hex.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QByteArray serial;
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QString keyType; // "RSA2048", "EC256"

    // Whole days from now until notAfter (negative once expired).
    qint64 daysLeft(const QDateTime &now) const;
};

// A certificate bundle as `set ssl cert` takes it, checked before anything is sent: the PEM
// text of one file (certificate, key, chain) or of a certificate file and a key file put
// together. The first certificate is the one HAProxy serves (the leaf); the others are its
// chain. Refused in words when the text is not PEM, has no certificate or no private key (or
// two), a block does not read, the key is encrypted, or the key does not match the leaf.
class PemBundle
{
    Q_DECLARE_TR_FUNCTIONS(PemBundle)

public:
    static Result<PemBundle> read(const QByteArray &pemText);

    const CertificateSummary &leaf() const { return m_leaf; }
    int chainLength() const { return m_chainLength; } // certificates after the leaf
    // The blocks as they will be sent: in the order given, one line break between them,
    // anything outside the blocks (comments, empty lines) left out.
    const QByteArray &payload() const { return m_payload; }

private:
    PemBundle() = default;

    CertificateSummary m_leaf;
    int m_chainLength = 0;
    QByteArray m_payload;
};
