// PemBundle on certificates made at test time by the openssl binary (a per-run CA): a
// matching certificate and key read, with the chain; a key of another certificate, a missing
// key, garbage and an encrypted key refused in words.

#include "core/protocol/pembundle.h"
#include "tests/support/testca.h"

#include <QTemporaryDir>
#include <QTest>

class TestPemBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestCa>(m_dir.path());
        if (!m_ca->isValid())
            QSKIP("the openssl binary is missing or failed: no certificate to read");
        m_a = m_ca->issue(QStringLiteral("a"), QStringLiteral("a.example"), 20);
        m_b = m_ca->issue(QStringLiteral("b"), QStringLiteral("b.example"), 5);
        QVERIFY(m_a.isValid() && m_b.isValid());
    }

    void matchingKeyReads()
    {
        const auto bundle = PemBundle::read(TestCa::read(m_a.pemPath));
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle->leaf().subject, QStringLiteral("/CN=a.example"));
        QCOMPARE(bundle->leaf().issuer, QStringLiteral("/CN=hadesk test CA"));
        QCOMPARE(bundle->leaf().subjectAltNames,
            QStringList({ QStringLiteral("DNS:a.example"), QStringLiteral("DNS:www.a.example") }));
        QCOMPARE(bundle->leaf().serial, m_a.serial);
        QCOMPARE(bundle->leaf().notAfter, m_a.notAfter);
        QCOMPARE(bundle->leaf().keyType, QStringLiteral("EC256"));
        QVERIFY(qAbs(bundle->leaf().daysLeft(QDateTime::currentDateTimeUtc()) - 19) <= 1);
        QCOMPARE(bundle->chainLength(), 0);
        QVERIFY(bundle->payload().startsWith("-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(!bundle->payload().endsWith('\n'));
        QVERIFY(!bundle->payload().contains("\n\n"));
    }

    void keyFirstThenCertAndChainWithCrlf()
    {
        // A key file and a certificate file put together, the CA as chain, Windows line breaks,
        // text around the blocks: the leaf is the first certificate.
        QByteArray text = "key:\n" + TestCa::read(m_b.keyPath) + "\n\n" + TestCa::read(m_b.certPath)
            + TestCa::read(m_ca->caCertPath()) + "trailing words\n";
        text.replace("\n", "\r\n");
        const auto bundle = PemBundle::read(text);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle->leaf().subject, QStringLiteral("/CN=b.example"));
        QCOMPARE(bundle->chainLength(), 1);
        QVERIFY(bundle->payload().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(!bundle->payload().contains('\r'));
        QVERIFY(!bundle->payload().contains("words"));
        QVERIFY(!bundle->payload().contains("\n\n"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray certA = TestCa::read(m_a.certPath);
        const QByteArray keyB = TestCa::read(m_b.keyPath);
        QTest::newRow("mismatch") << certA + keyB << QStringLiteral("the key does not match the certificate");
        QTest::newRow("no key") << certA << QStringLiteral("no private key");
        QTest::newRow("no certificate") << keyB << QStringLiteral("no certificate");
        QTest::newRow("two keys") << certA + TestCa::read(m_a.keyPath) + keyB
                                  << QStringLiteral("there is more than one private key");
        QTest::newRow("garbage") << QByteArray("hello\x01\x02 world\n")
                                 << QStringLiteral("not PEM: there is no \"-----BEGIN\" line");
        QTest::newRow("cut") << certA.left(200)
                             << QStringLiteral("not PEM: a block has no \"-----END\" line");
        QByteArray broken = certA;
        broken.replace(40, 8, "!!!!!!!!");
        QTest::newRow("bad base64") << broken + keyB
                                    << QStringLiteral("a certificate block does not read as a certificate");
        QTest::newRow("encrypted")
            << certA + "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"
            << QStringLiteral("the private key is encrypted; HAProxy needs it without a passphrase");
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto bundle = PemBundle::read(text);
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error(), reason);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_a;
    TestCa::Leaf m_b;
};

QTEST_GUILESS_MAIN(TestPemBundle)
#include "tst_pembundle.moc"
