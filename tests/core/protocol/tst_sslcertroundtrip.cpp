// SslCertCommands against a real haproxy: a TLS frontend's certificate replaced by a new
// self-signed one (commit), and a replacement thrown away (abort). Each step is checked with
// the fixture's raw client as well as with SslCertParser.

#include "core/client/runtimeconnection.h"
#include "core/parsers/sslcertparser.h"
#include "core/protocol/sslcertcommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using S = SslCertCommands;

struct MadeCert
{
    QString pemPath;
    QByteArray serial; // hex, as openssl and HAProxy print it
    QDateTime notAfter;
};

// A self-signed certificate and key in one PEM, made by the openssl binary; empty serial on failure.
MadeCert makeCert(const QString &openssl, const QString &dir, const QString &name, int days)
{
    MadeCert made;
    const QString key = dir + u'/' + name + QStringLiteral(".key");
    const QString crt = dir + u'/' + name + QStringLiteral(".crt");
    QProcess req;
    req.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
            QStringLiteral("-out"), crt, QStringLiteral("-days"), QString::number(days),
            QStringLiteral("-subj"), QStringLiteral("/CN=a.example"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:a.example,DNS:www.a.example") });
    if (!req.waitForFinished(60000) || req.exitCode() != 0)
        return made;
    QProcess x509;
    x509.start(openssl,
        { QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-noout"),
            QStringLiteral("-serial"), QStringLiteral("-enddate") });
    if (!x509.waitForFinished(30000) || x509.exitCode() != 0)
        return made;
    for (const QByteArray &line : x509.readAllStandardOutput().split('\n')) {
        if (line.startsWith("serial="))
            made.serial = line.mid(7).trimmed();
        else if (line.startsWith("notAfter="))
            made.notAfter = SslCertParser::parseDate(line.mid(9));
    }
    QFile c(crt), k(key), pem(dir + u'/' + name + QStringLiteral(".pem"));
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly) || !pem.open(QIODevice::WriteOnly))
        return {};
    pem.write(c.readAll() + k.readAll());
    made.pemPath = pem.fileName();
    return made;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

} // namespace

class TestSslCertRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl binary is not on PATH: no certificate can be made for the TLS frontend");
        QVERIFY(m_certs.isValid());
        m_old = makeCert(openssl, m_certs.path(), QStringLiteral("site"), 20);
        m_new = makeCert(openssl, m_certs.path(), QStringLiteral("next"), 40);
        QVERIFY(!m_old.serial.isEmpty() && !m_new.serial.isEmpty() && m_old.notAfter.isValid());
        QFile list(m_certs.path() + QStringLiteral("/crt.list"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(m_old.pemPath.toUtf8() + '\n');
        list.close();

        HaproxyFixture::Options options;
        options.body = QStringLiteral("frontend fe\n"
                                      "    bind 127.0.0.1:${PORT:fe}\n"
                                      "    bind 127.0.0.1:${PORT:tls} ssl crt-list %1\n"
                                      "    default_backend be\n\n"
                                      "backend be\n"
                                      "    server s1 ${BACKEND:s1}\n")
                           .arg(list.fileName());
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void listAndShow()
    {
        const auto list = SslCertParser::parseList(send(S::showCerts()).body);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QVERIFY(list->files.contains(m_old.pemPath.toUtf8()));
        QVERIFY(list->transactions.isEmpty());
        const auto info = show(m_old.pemPath);
        QCOMPARE(info.serial, m_old.serial);
        QCOMPARE(info.notAfter, m_old.notAfter);
        QCOMPARE(info.status, "Used");
        QCOMPARE(info.subjectAltNames, QList<QByteArray>({ "DNS:a.example", "DNS:www.a.example" }));
        QVERIFY(qAbs(info.daysLeft(QDateTime::currentDateTimeUtc()) - 19) <= 1);

        const QByteArray crtLists = send(S::showCrtLists()).body;
        QVERIFY(crtLists.contains(QByteArray(m_certs.path().toUtf8() + "/crt.list")));
        const RuntimeReply numbered =
            send(S::showCrtList(m_certs.path() + QStringLiteral("/crt.list"), true).value());
        QVERIFY(numbered.body.contains(QByteArray(m_old.pemPath.toUtf8() + ":1")));
    }

    void abortKeepsTheOld()
    {
        QVERIFY(send(S::setCert(m_old.pemPath, readText(m_new.pemPath)).value()).ok());
        const auto list = SslCertParser::parseList(send(S::showCerts()).body);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->transactions, QList<QByteArray>({ '*' + m_old.pemPath.toUtf8() }));
        const auto pending = show(u'*' + m_old.pemPath);
        QVERIFY(pending.isTransaction());
        QCOMPARE(pending.serial, m_new.serial);

        QVERIFY(send(S::abortCert(m_old.pemPath).value()).ok());
        QCOMPARE(show(m_old.pemPath).serial, m_old.serial);
        QVERIFY(rawShow().contains(QByteArray("Serial: " + m_old.serial + '\n')));
        QVERIFY(SslCertParser::parseList(send(S::showCerts()).body)->transactions.isEmpty());
        // Nothing left to commit or abort.
        QVERIFY(!send(S::commitCert(m_old.pemPath).value()).ok());
        QVERIFY(!send(S::abortCert(m_old.pemPath).value()).ok());
    }

    void commitReplaces()
    {
        QVERIFY(send(S::setCert(m_old.pemPath, readText(m_new.pemPath)).value()).ok());
        const RuntimeReply commit = send(S::commitCert(m_old.pemPath).value());
        QVERIFY2(commit.ok(), qPrintable(commit.errorMessage));
        const auto info = show(m_old.pemPath);
        QCOMPARE(info.serial, m_new.serial);
        QCOMPARE(info.notAfter, m_new.notAfter);
        QVERIFY(qAbs(info.daysLeft(QDateTime::currentDateTimeUtc()) - 39) <= 1);
        QVERIFY(rawShow().contains(QByteArray("Serial: " + m_new.serial + '\n')));
    }

    void refusedByHaproxy()
    {
        // A name the configuration does not use: HAProxy's refusal is a failure.
        const RuntimeReply unknown =
            send(S::setCert(m_certs.path() + QStringLiteral("/nope.pem"), readText(m_new.pemPath)).value());
        QVERIFY(!unknown.ok());
        QVERIFY(!SslCertParser::parseCert(send(S::showCert(QStringLiteral("nope.pem")).value()).body).ok());
    }

private:
    SslCertInfo show(const QString &name)
    {
        const auto info = SslCertParser::parseCert(send(S::showCert(name).value()).body);
        if (!info.ok())
            qWarning("%s", qPrintable(info.error()));
        return info.ok() ? *info : SslCertInfo();
    }
    QByteArray rawShow()
    {
        return HaproxyFixture::rawCommand(
            m_haproxy->adminSocket(), "show ssl cert " + m_old.pemPath.toUtf8());
    }
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command, 15000); }

    QTemporaryDir m_certs;
    MadeCert m_old;
    MadeCert m_new;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestSslCertRoundTrip)
#include "tst_sslcertroundtrip.moc"
