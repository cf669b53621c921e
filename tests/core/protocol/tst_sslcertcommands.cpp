#include "core/protocol/replyclassifier.h"
#include "core/protocol/secretredaction.h"
#include "core/protocol/sslcertcommands.h"

#include <QTest>

namespace {

using S = SslCertCommands;

const QString Pem = QStringLiteral("-----BEGIN CERTIFICATE-----\n"
                                   "MIIBszCCAVmgAwIBAgIUTZ==\n"
                                   "-----END CERTIFICATE-----\n"
                                   "-----BEGIN PRIVATE KEY-----\n"
                                   "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                   "-----END PRIVATE KEY-----\n");

} // namespace

class TestSslCertCommands : public QObject
{
    Q_OBJECT

private slots:
    void lines()
    {
        QCOMPARE(S::showCerts().line(), "show ssl cert");
        QCOMPARE(S::showCerts().requiredLevel(), AccessLevel::Operator);
        QCOMPARE(S::showCert(QStringLiteral("/etc/haproxy/site.pem"))->line(),
            "show ssl cert /etc/haproxy/site.pem");
        QCOMPARE(S::showCert(QStringLiteral("*site.pem"))->line(), "show ssl cert *site.pem");
        QCOMPARE(S::showCrtLists().line(), "show ssl crt-list");
        QCOMPARE(S::showCrtList(QStringLiteral("/x/crt.list"))->line(), "show ssl crt-list /x/crt.list");
        QCOMPARE(
            S::showCrtList(QStringLiteral("/x/crt.list"), true)->line(), "show ssl crt-list -n /x/crt.list");
        const auto commit = S::commitCert(QStringLiteral("site.pem"));
        QCOMPARE(commit->line(), "commit ssl cert site.pem");
        QVERIFY(commit->isWrite());
        QCOMPARE(commit->successRule(), RuntimeCommand::SuccessRule::CommitMessage);
        QCOMPARE(commit->requiredLevel(), AccessLevel::Admin);
        const auto abort = S::abortCert(QStringLiteral("site.pem"));
        QCOMPARE(abort->line(), "abort ssl cert site.pem");
        QCOMPARE(abort->expectedMessage(), "Transaction aborted");
    }
    void set()
    {
        const auto set = S::setCert(QStringLiteral("/etc/site.pem"), Pem);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QCOMPARE(set->line(), "set ssl cert /etc/site.pem <<");
        QCOMPARE(set->payload(), Pem.toLatin1().chopped(1));
        QCOMPARE(set->wireBytes(), "set ssl cert /etc/site.pem <<\n" + Pem.toLatin1() + '\n');
        QCOMPARE(set->expectedMessage(), "Transaction ");
        // CRLF files are sent as LF.
        QString crlf = Pem;
        crlf.replace(u'\n', QStringLiteral("\r\n"));
        QCOMPARE(S::setCert(QStringLiteral("site.pem"), crlf)->payload(), set->payload());
    }
    void answers()
    {
        // As 2.6.12 and 3.0.11 answered.
        const RuntimeCommand set = *S::setCert(QStringLiteral("/c/site.pem"), Pem);
        QVERIFY(ReplyClassifier::classify(set, "Transaction created for certificate /c/site.pem!\n\n").ok());
        QVERIFY(!ReplyClassifier::classify(set,
            "Can't replace a certificate which is not referenced by the configuration!\n"
            "Can't update /c/site.pem!\n\n")
                     .ok());
        const RuntimeCommand commit = *S::commitCert(QStringLiteral("/c/site.pem"));
        QVERIFY(ReplyClassifier::classify(commit, "Committing /c/site.pem.\nSuccess!\n\n").ok());
        QVERIFY(!ReplyClassifier::classify(commit, "Committing /c/site.pem.\nFailed!\n\n").ok());
        QVERIFY(!ReplyClassifier::classify(commit, "No ongoing transaction! !\nCan't commit /c/site.pem!\n\n")
                     .ok());
        const RuntimeCommand abort = *S::abortCert(QStringLiteral("/c/site.pem"));
        QVERIFY(
            ReplyClassifier::classify(abort, "Transaction aborted for certificate '/c/site.pem'!\n\n").ok());
        QVERIFY(!ReplyClassifier::classify(abort, "No ongoing transaction!\n\n").ok());
    }
    void auditRedactsPayload()
    {
        const auto set = S::setCert(QStringLiteral("/etc/site.pem"), Pem);
        const QString audit = SecretRedaction::auditText(*set);
        QCOMPARE(audit, QStringLiteral("set ssl cert /etc/site.pem <<\n[6 lines, redacted]"));
        QVERIFY(!audit.contains(QStringLiteral("MII")));
        // A certificate alone is loaded into a TLS store too: redacted as well.
        const auto certOnly = S::setCert(QStringLiteral("/etc/site.pem"), Pem.section(u'\n', 0, 2));
        QVERIFY2(certOnly.ok(), qPrintable(certOnly.error()));
        QVERIFY(!SecretRedaction::auditText(*certOnly).contains(QStringLiteral("MII")));
    }
    void badPayloads_data()
    {
        QTest::addColumn<QString>("pem");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty line") << QString(Pem).replace(
            QStringLiteral("-----\n-----BEGIN P"), QStringLiteral("-----\n\n-----BEGIN P"));
        QTest::newRow("blank line") << QString(Pem).replace(
            QStringLiteral("-----\n-----BEGIN P"), QStringLiteral("-----\n \n-----BEGIN P"));
        QTest::newRow("text outside") << QStringLiteral("hello\n") + Pem;
        QTest::newRow("command") << Pem + QStringLiteral("\n\nshow info\n");
        QTest::newRow("no end") << Pem.section(u'\n', 0, 1);
        QTest::newRow("crossed") << QStringLiteral(
            "-----BEGIN CERTIFICATE-----\nAA==\n-----END PRIVATE KEY-----\n");
        QTest::newRow("no certificate") << Pem.section(u'\n', 3);
        QTest::newRow("encrypted") << Pem
                + QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n-----END RSA "
                                 "PRIVATE KEY-----\n");
        QTest::newRow("nul") << QString(Pem).replace(u'Z', QChar(0));
        QTest::newRow("cr alone") << QString(Pem).replace(QStringLiteral("TZ"), QStringLiteral("T\rZ"));
        QTest::newRow("too long") << QStringLiteral("-----BEGIN CERTIFICATE-----\n")
                + QString(64, u'A').append(u'\n').repeated(300)
                + QStringLiteral("-----END CERTIFICATE-----\n");
    }
    void badPayloads()
    {
        QFETCH(QString, pem);
        const auto set = S::setCert(QStringLiteral("site.pem"), pem);
        QVERIFY(!set.ok());
        QVERIFY(!set.error().isEmpty());
    }
    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("a b.pem");
        QTest::newRow("semicolon") << QStringLiteral("a.pem;show info");
        QTest::newRow("backslash") << QStringLiteral("a\\.pem");
        QTest::newRow("lf") << QStringLiteral("a.pem\nshow info");
        QTest::newRow("marker") << QStringLiteral("<<EOF");
        QTest::newRow("star") << QStringLiteral("*a.pem");
        QTest::newRow("long") << QString(1025, u'a');
    }
    void badNames()
    {
        QFETCH(QString, name);
        QVERIFY(!S::setCert(name, Pem).ok());
        QVERIFY(!S::commitCert(name).ok());
        QVERIFY(!S::abortCert(name).ok());
        QVERIFY(!S::showCrtList(name).ok());
        if (!name.startsWith(u'*'))
            QVERIFY(!S::showCert(name).ok());
    }
};

QTEST_GUILESS_MAIN(TestSslCertCommands)
#include "tst_sslcertcommands.moc"
