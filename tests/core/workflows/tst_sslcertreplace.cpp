// SslCertReplace against a real haproxy with a TLS listener and a per-run CA: the replace
// lands (a TLS client is served the new certificate afterwards), a replacement HAProxy
// refuses or a cancel aborts (no transaction left, the old certificate still served), a name
// the gate refuses sends nothing, and the audit log keeps the payload as "<n> lines,
// redacted" with no key bytes.

#include "core/client/runtimeconnection.h"
#include "core/parsers/sslcertparser.h"
#include "core/protocol/pembundle.h"
#include "core/protocol/sslcertcommands.h"
#include "core/storage/auditlog.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/sslcertreplace.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"
#include "tests/support/testca.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20000;
using State = SslCertReplace::State;

bool waitFinished(QSignalSpy &finished)
{
    QDeadlineTimer deadline(WaitMs);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(qMax<qint64>(deadline.remainingTime(), 1)));
    return !finished.isEmpty();
}

} // namespace

class TestSslCertReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestCa>(m_dir.path());
        if (!m_ca->isValid())
            QSKIP("the openssl binary is missing or failed: no certificate for the TLS listener");
        m_old = m_ca->issue(QStringLiteral("site"), QStringLiteral("a.example"), 20);
        m_new = m_ca->issue(QStringLiteral("next"), QStringLiteral("a.example"), 60);
        m_other = m_ca->issue(QStringLiteral("other"), QStringLiteral("a.example"), 90);
        QVERIFY(m_old.isValid() && m_new.isValid() && m_other.isValid());

        HaproxyFixture::Options options;
        options.body = QStringLiteral("frontend fe\n"
                                      "    bind 127.0.0.1:${PORT:fe}\n"
                                      "    bind 127.0.0.1:${PORT:tls} ssl crt %1\n"
                                      "    default_backend be\n\n"
                                      "backend be\n"
                                      "    server s1 ${BACKEND:s1}\n")
                           .arg(m_old.pemPath);
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_log = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_log->attach(m_connection.get());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        m_channel = std::make_unique<CommandChannel>(m_connection.get());
        QCOMPARE(servedCertificate(), certificate(m_old));
    }
    void cleanupTestCase()
    {
        m_channel.reset();
        m_connection.reset();
        m_log.reset();
        m_haproxy.reset();
    }

    void gateRefusalSendsNothing()
    {
        SslCertReplace replace(m_channel.get());
        QSignalSpy sent(m_channel.get(), &CommandChannel::commandSent);
        const auto refused = replace.start(QStringLiteral("bad name.pem"), TestCa::read(m_new.pemPath));
        QVERIFY(!refused.ok());
        QVERIFY(!replace.start(m_old.pemPath, "not a certificate").ok());
        QCOMPARE(replace.state(), State::Idle);
        QVERIFY(sent.isEmpty());
    }

    void refusedSetAborts()
    {
        // A name HAProxy does not hold: `set ssl cert` is refused, the abort leaves nothing.
        QCOMPARE(run(m_dir.filePath(QStringLiteral("nope.pem")), TestCa::read(m_new.pemPath)), State::Failed);
        QVERIFY2(m_message.contains(QStringLiteral("refused")), qPrintable(m_message));
        QVERIFY(transactions().isEmpty());
        QCOMPARE(servedCertificate(), certificate(m_old));
    }

    void refusedMismatchAborts()
    {
        // The leaf of one key pair with the key of another (what PemBundle refuses locally):
        // HAProxy 2.6 and 3.0 take it at set and refuse the commit; the transaction is aborted.
        const QByteArray mismatched = TestCa::read(m_new.certPath) + TestCa::read(m_other.keyPath);
        QVERIFY(!PemBundle::read(mismatched).ok());
        QCOMPARE(run(m_old.pemPath, mismatched), State::Failed);
        QVERIFY2(m_message.contains(u"refused the commit"_s), qPrintable(m_message));
        QVERIFY(transactions().isEmpty());
        QCOMPARE(servedCertificate(), certificate(m_old));
        QCOMPARE(shownSerial(), m_old.serial);
    }

    void cancelBeforeCommitAborts()
    {
        SslCertReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &SslCertReplace::finished);
        QVERIFY(replace.start(m_old.pemPath, TestCa::read(m_new.pemPath)).ok());
        replace.cancel(); // `set` is on the wire: the abort follows its answer
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().first().value<State>(), State::Cancelled);
        QVERIFY(transactions().isEmpty());
        QCOMPARE(servedCertificate(), certificate(m_old));
    }

    void replaceIsServed()
    {
        const auto bundle = PemBundle::read(TestCa::read(m_new.pemPath));
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QSignalSpy sent(m_channel.get(), &CommandChannel::commandSent);
        QCOMPARE(run(m_old.pemPath, bundle->payload()), State::Done);
        QCOMPARE(sent.size(), 2); // set, commit
        QVERIFY(sent.at(0).first().toString().startsWith(u"set ssl cert "_s + m_old.pemPath));
        QCOMPARE(sent.at(1).first().toString(), u"commit ssl cert "_s + m_old.pemPath);
        QVERIFY(transactions().isEmpty());
        QCOMPARE(shownSerial(), m_new.serial);
        QCOMPARE(servedCertificate(), certificate(m_new));
    }

    void auditKeepsNoKey()
    {
        const QByteArray keyLine = TestCa::read(m_new.keyPath).split('\n').value(1);
        QVERIFY(keyLine.size() > 20);
        bool sawSet = false;
        QTRY_VERIFY_WITH_TIMEOUT(!m_log->records().isEmpty(), WaitMs);
        for (const AuditRecord &record : m_log->records()) {
            QVERIFY2(!record.command.contains(u"PRIVATE KEY"_s), qPrintable(record.command));
            QVERIFY(!record.command.contains(QString::fromLatin1(keyLine)));
            QVERIFY(!record.answer.contains(QString::fromLatin1(keyLine)));
            if (record.command.startsWith(u"set ssl cert "_s + m_old.pemPath + u" <<\n["_s)) {
                QVERIFY2(record.command.endsWith(u" lines, redacted]"_s), qPrintable(record.command));
                sawSet = true;
            }
        }
        QVERIFY(sawSet);
        QFile file(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("lines, redacted"));
        QVERIFY(!onDisk.contains(keyLine));
        QVERIFY(!onDisk.contains("PRIVATE KEY"));
    }

    // Last: freezes haproxy. The commit goes out and no answer comes: the outcome is unknown,
    // the commit is not sent again and nothing is aborted (it may have been applied).
    void noAnswerToCommitIsOutcomeUnknown()
    {
        ConnectionOptions options;
        options.commandTimeoutMs = 1500;
        RuntimeConnection connection(Endpoint::parse(m_haproxy->adminSocket()).value(), options);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        CommandChannel channel(&connection);
        SslCertReplace replace(&channel);
        QSignalSpy sent(&channel, &CommandChannel::commandSent);
        QSignalSpy finished(&replace, &SslCertReplace::finished);
        const pid_t pid = m_haproxy->pid();
        connect(&replace, &SslCertReplace::stateChanged, this, [pid](State state) {
            if (state == State::Committing) // the set was answered; the commit is sent next
                ::kill(pid, SIGSTOP);
        });
        QVERIFY(replace.start(m_old.pemPath, TestCa::read(m_other.pemPath)).ok());
        const bool ended = waitFinished(finished);
        ::kill(pid, SIGCONT);
        QVERIFY(ended);
        QCOMPARE(finished.first().first().value<State>(), State::OutcomeUnknown);
        QStringList lines;
        for (const QList<QVariant> &signal : sent)
            lines << signal.first().toString().section(u' ', 0, 2);
        QCOMPARE(lines, QStringList({ u"set ssl cert"_s, u"commit ssl cert"_s }));
        QVERIFY(!replace.isRunning());
    }

private:
    State run(const QString &name, const QByteArray &pem)
    {
        SslCertReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &SslCertReplace::finished);
        const auto started = replace.start(name, pem);
        if (!started.ok()) {
            m_message = started.error();
            return State::Idle;
        }
        if (!waitFinished(finished))
            return State::Idle;
        m_message = finished.first().at(1).toString();
        return finished.first().first().value<State>();
    }
    QList<QByteArray> transactions()
    {
        const auto list =
            SslCertParser::parseList(sendAndWait(*m_connection, SslCertCommands::showCerts(), WaitMs).body);
        return list.ok() ? list->transactions : QList<QByteArray>({ "unreadable" });
    }
    QByteArray shownSerial()
    {
        const auto info = SslCertParser::parseCert(
            sendAndWait(*m_connection, SslCertCommands::showCert(m_old.pemPath).value(), WaitMs).body);
        return info.ok() ? info->serial : QByteArray();
    }
    static QSslCertificate certificate(const TestCa::Leaf &leaf)
    {
        return QSslCertificate::fromPath(leaf.certPath).value(0);
    }
    // What a TLS client verifying with the test CA is served on the listener.
    QSslCertificate servedCertificate()
    {
        QSslSocket socket;
        QSslConfiguration config = socket.sslConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_ca->caCertPath()));
        socket.setSslConfiguration(config);
        socket.setPeerVerifyName(QStringLiteral("a.example"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_haproxy->port(QStringLiteral("tls")));
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QDeadlineTimer deadline(WaitMs);
        while (encrypted.isEmpty() && socket.state() != QAbstractSocket::UnconnectedState
            && !deadline.hasExpired())
            encrypted.wait(int(qMax<qint64>(deadline.remainingTime(), 1)));
        if (encrypted.isEmpty())
            qWarning() << "no TLS session:" << socket.errorString() << socket.sslHandshakeErrors();
        return socket.peerCertificate();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_old, m_new, m_other;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<CommandChannel> m_channel;
    QString m_message;
};

QTEST_GUILESS_MAIN(TestSslCertReplace)
#include "tst_sslcertreplace.moc"
