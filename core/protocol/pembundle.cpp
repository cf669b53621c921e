#include "core/protocol/pembundle.h"

#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

struct Block
{
    QByteArray label; // "CERTIFICATE", "PRIVATE KEY"
    QByteArray text; // BEGIN line to END line, LF line breaks
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

// The PEM blocks of text, in order; *unterminated when a BEGIN has no END.
QList<Block> blocksOf(const QByteArray &text, bool *unterminated)
{
    QList<Block> blocks;
    const QList<QByteArray> lines = QByteArray(text).replace("\r\n", "\n").split('\n');
    Block current;
    bool inside = false;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (!inside && line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
            current = { line.mid(11, line.size() - 16), line + '\n' };
            inside = true;
        } else if (inside) {
            current.text += line + '\n';
            if (line.startsWith("-----END ")) {
                blocks.append(current);
                inside = false;
            }
        }
    }
    *unterminated = inside;
    return blocks;
}

BioPtr bioOf(const QByteArray &text)
{
    return BioPtr(BIO_new_mem_buf(text.constData(), int(text.size())));
}

// No passphrase prompt: an encrypted key simply does not read.
int noPassword(char *, int, int, void *)
{
    return -1;
}

QString nameText(const X509_NAME *name)
{
    char buffer[1024];
    return QString::fromUtf8(X509_NAME_oneline(name, buffer, sizeof buffer));
}

QDateTime dateOf(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(
        QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QStringList altNames(X509 *cert)
{
    QStringList names;
    auto *sans = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!sans)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *s = name->d.dNSName;
            names << QStringLiteral("DNS:")
                    + QString::fromUtf8(
                        reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
        } else if (name->type == GEN_IPADD) {
            const ASN1_STRING *s = name->d.iPAddress;
            const unsigned char *b = ASN1_STRING_get0_data(s);
            if (ASN1_STRING_length(s) == 4)
                names << QStringLiteral("IP Address:%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
        }
    }
    GENERAL_NAMES_free(sans);
    return names;
}

QByteArray serialOf(X509 *cert)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    QByteArray serial(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return serial;
}

QString keyTypeOf(X509 *cert)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return {};
    const int bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA%1").arg(bits);
    case EVP_PKEY_EC:
        return QStringLiteral("EC%1").arg(bits);
    case EVP_PKEY_ED25519:
        return QStringLiteral("ED25519");
    default:
        return QStringLiteral("%1 bits").arg(bits);
    }
}

CertificateSummary summaryOf(X509 *cert)
{
    CertificateSummary s;
    s.subject = nameText(X509_get_subject_name(cert));
    s.issuer = nameText(X509_get_issuer_name(cert));
    s.subjectAltNames = altNames(cert);
    s.serial = serialOf(cert);
    s.notBefore = dateOf(X509_get0_notBefore(cert));
    s.notAfter = dateOf(X509_get0_notAfter(cert));
    s.keyType = keyTypeOf(cert);
    return s;
}

} // namespace

qint64 CertificateSummary::daysLeft(const QDateTime &now) const
{
    if (!notAfter.isValid())
        return 0;
    const qint64 seconds = now.secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

Result<PemBundle> PemBundle::read(const QByteArray &pemText)
{
    bool unterminated = false;
    const QList<Block> blocks = blocksOf(pemText, &unterminated);
    if (unterminated)
        return Result<PemBundle>::failure(tr("not PEM: a block has no \"-----END\" line"));
    if (blocks.isEmpty())
        return Result<PemBundle>::failure(tr("not PEM: there is no \"-----BEGIN\" line"));
    X509Ptr leaf;
    KeyPtr key;
    PemBundle bundle;
    for (const Block &block : blocks) {
        const BioPtr bio = bioOf(block.text);
        if (block.label == "CERTIFICATE" || block.label == "TRUSTED CERTIFICATE") {
            X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr));
            if (!cert)
                return Result<PemBundle>::failure(tr("a certificate block does not read as a certificate"));
            if (leaf)
                ++bundle.m_chainLength;
            else
                leaf = std::move(cert);
        } else if (block.label.endsWith("PRIVATE KEY")) {
            if (key)
                return Result<PemBundle>::failure(tr("there is more than one private key"));
            if (block.label.contains("ENCRYPTED") || block.text.contains("Proc-Type: 4,ENCRYPTED"))
                return Result<PemBundle>::failure(
                    tr("the private key is encrypted; HAProxy needs it without a passphrase"));
            key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr));
            if (!key)
                return Result<PemBundle>::failure(tr("the private key block does not read as a key"));
        }
        if (!bundle.m_payload.isEmpty())
            bundle.m_payload += '\n';
        bundle.m_payload += block.text.chopped(1);
    }
    ERR_clear_error();
    if (!leaf)
        return Result<PemBundle>::failure(tr("no certificate"));
    if (!key)
        return Result<PemBundle>::failure(tr("no private key"));
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        return Result<PemBundle>::failure(tr("the key does not match the certificate"));
    }
    bundle.m_leaf = summaryOf(leaf.get());
    return bundle;
}
