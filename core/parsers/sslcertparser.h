#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>

// `show ssl cert`: the certificates in memory, by the name HAProxy gives them (the path as the
// configuration or crt-list names it, with crt-base in front when there is one).
struct SslCertList
{
    QList<QByteArray> files; // "# filename" section
    QList<QByteArray> transactions; // "# transaction" section: "*<name>", uncommitted `set ssl cert`
};

// `show ssl cert <name>`: one certificate's "Key: value" lines.
struct SslCertInfo
{
    QByteArray filename; // "*<name>" for a transaction's certificate
    QByteArray status; // Used, Unused
    QByteArray serial; // hex
    QDateTime notBefore; // UTC; invalid when unreadable
    QDateTime notAfter;
    QList<QByteArray> subjectAltNames; // "DNS:a.example"
    QByteArray algorithm; // RSA2048
    QByteArray sha1Fingerprint;
    QByteArray subject; // "/CN=a.example"
    QByteArray issuer;
    QList<QPair<QByteArray, QByteArray>> fields; // every line, in order, known or not

    bool isTransaction() const { return filename.startsWith('*'); }
    // Whole days from now until notAfter (negative once expired); 0 when notAfter is unknown.
    qint64 daysLeft(const QDateTime &now) const;
};

class SslCertParser
{
    Q_DECLARE_TR_FUNCTIONS(SslCertParser)

public:
    static Result<SslCertList> parseList(QByteArrayView answer);
    // Fails with HAProxy's words on "Can't display the certificate: Not found ...".
    static Result<SslCertInfo> parseCert(QByteArrayView answer);
    // OpenSSL's "Dec 25 01:27:17 2026 GMT" (day padded with a space: "Dec  5 ...") to UTC.
    static QDateTime parseDate(QByteArrayView text);
};

Q_DECLARE_METATYPE(SslCertList)
Q_DECLARE_METATYPE(SslCertInfo)
