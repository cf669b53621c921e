#include "core/parsers/sslcertparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestSslCertParser : public QObject
{
    Q_OBJECT

private slots:
    void list_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("2.6") << QStringLiteral("26");
        QTest::newRow("3.0") << QStringLiteral("30");
    }
    void list()
    {
        QFETCH(QString, version);
        const auto result =
            SslCertParser::parseList(readData(QStringLiteral("sslcert_list_%1.txt").arg(version)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QByteArray dir = "/tmp/i17c/" + version.toLatin1();
        QCOMPARE(result->files, QList<QByteArray>({ dir + "/abs.pem", dir + "/site.pem" }));
        QCOMPARE(result->transactions, QList<QByteArray>({ '*' + dir + "/site.pem" }));
    }
    void listOfRelativeNames()
    {
        // Without crt-base, names stay as the crt-list wrote them.
        const auto result = SslCertParser::parseList("# filename\nsite.pem\n\n");
        QVERIFY(result.ok());
        QCOMPARE(result->files, QList<QByteArray>({ "site.pem" }));
        QVERIFY(result->transactions.isEmpty());
    }
    void cert_data() { list_data(); }
    void cert()
    {
        QFETCH(QString, version);
        const auto result = SslCertParser::parseCert(readData(QStringLiteral("sslcert_%1.txt").arg(version)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const SslCertInfo &info = *result;
        QCOMPARE(info.filename, "/tmp/i17c/" + version.toLatin1() + "/abs.pem");
        QVERIFY(!info.isTransaction());
        QCOMPARE(info.status, "Used");
        QCOMPARE(info.serial, "4D94F116EED87C376D947E0F8F4D74CE3A79C1AC");
        QCOMPARE(info.notBefore, utc(2026, 12, 5, 3, 3, 22));
        QCOMPARE(info.notAfter, utc(2026, 12, 25, 3, 3, 22));
        QCOMPARE(info.subjectAltNames, QList<QByteArray>({ "DNS:a.example", "DNS:www.a.example" }));
        QCOMPARE(info.algorithm, "RSA2048");
        QCOMPARE(info.sha1Fingerprint, "BB8D71DF9EDEFDE77746398849FCE7BBF543F339");
        QCOMPARE(info.subject, "/CN=a.example");
        QCOMPARE(info.issuer, "/CN=a.example");
        QCOMPARE(info.fields.size(), 11); // the empty "OCSP Response Key:" is kept too
        QCOMPARE(info.fields.last().first, "OCSP Response Key");
        QCOMPARE(info.daysLeft(utc(2026, 12, 5, 3, 3, 22)), 20);
        QCOMPARE(info.daysLeft(utc(2026, 12, 24, 3, 3, 23)), 0);
        QCOMPARE(info.daysLeft(utc(2026, 12, 26, 3, 3, 22)), -1);
    }
    void transaction()
    {
        const auto result = SslCertParser::parseCert(readData(QStringLiteral("sslcert_transaction_30.txt")));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->isTransaction());
        QCOMPARE(result->status, "Unused");
        QCOMPARE(result->notAfter, utc(2027, 1, 14, 3, 3, 22));
    }
    void notFound()
    {
        const auto result = SslCertParser::parseCert(readData(QStringLiteral("sslcert_notfound_26.txt")));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("Not found or the certificate is a bundle")));
        QVERIFY(!SslCertParser::parseList("Can't allocate memory!\n\n").ok());
    }
    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("two digits") << QByteArray("Dec 25 01:27:17 2026 GMT") << utc(2026, 12, 25, 1, 27, 17);
        QTest::newRow("padded") << QByteArray("Jan  5 00:00:00 2027 GMT") << utc(2027, 1, 5, 0, 0, 0);
        QTest::newRow("no GMT") << QByteArray("Dec 25 01:27:17 2026") << QDateTime();
        QTest::newRow("month") << QByteArray("Foo 25 01:27:17 2026 GMT") << QDateTime();
        QTest::newRow("day") << QByteArray("Feb 30 01:27:17 2026 GMT") << QDateTime();
        QTest::newRow("time") << QByteArray("Feb 3 25:27:17 2026 GMT") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(SslCertParser::parseDate(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSslCertParser)
#include "tst_sslcertparser.moc"
