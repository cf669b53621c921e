// SessionCommands against a real haproxy: a stream shut down disappears from `show sess`, and
// an invalid request shows up in `show errors` and parses back to the bytes sent.

#include "core/client/runtimeconnection.h"
#include "core/parsers/errorsparser.h"
#include "core/parsers/sessionparser.h"
#include "core/protocol/sessioncommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QTest>

#include <algorithm>

namespace {

using S = SessionCommands;

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

frontend fe_slow
    bind 127.0.0.1:${PORT:slow}
    default_backend be_slow

backend be
    server s1 ${BACKEND:s1}

backend be_slow
    timeout server 60s
    server slow ${SLOWBACKEND:slow}
)");

} // namespace

class TestSessionRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
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

    void invalidRequestIsCaptured()
    {
        const auto before = ErrorsParser::parse(send(S::showErrors()).body);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->total, 0);

        const QByteArray request = "GET /\x01"
                                   "bad HTTP/1.1\r\nHost: a\r\n\r\n";
        RawConnection client;
        QVERIFY(client.connectToTcp(m_haproxy->frontendPort()));
        QVERIFY(client.write(request));
        QVERIFY(client.readToEnd().startsWith("HTTP/1.1 400"));

        QVERIFY(m_haproxy->waitForAdminReply(
            "show errors", [](const QByteArray &reply) { return reply.contains("invalid request"); }));
        const auto after =
            ErrorsParser::parse(send(S::showErrors(QStringLiteral("fe"), S::Direction::Request)).body);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->events.size(), 1);
        const ErrorEvent &event = after->events.at(0);
        QCOMPARE(event.proxy, "fe");
        QCOMPARE(event.proxyKind, "frontend");
        QVERIFY(event.isRequest());
        QCOMPARE(event.bytes, request);
        QCOMPARE(event.errorPosition, 5);
        QCOMPARE(event.bytes.at(event.errorPosition), '\x01');
        QVERIFY(event.source.startsWith("127.0.0.1:"));

        // A response filter leaves it out; an unknown proxy is HAProxy's refusal.
        const auto responses =
            ErrorsParser::parse(send(S::showErrors(QStringLiteral("fe"), S::Direction::Response)).body);
        QVERIFY(responses.ok());
        QVERIFY(responses->events.isEmpty());
        const RuntimeReply unknown = send(S::showErrors(QStringLiteral("nope")));
        QVERIFY(!unknown.ok() || !ErrorsParser::parse(unknown.body).ok());
    }

    void shutdownStream()
    {
        // A request the slow server never answers keeps its stream open.
        RawConnection client;
        QVERIFY(client.connectToTcp(m_haproxy->port(QStringLiteral("slow"))));
        QVERIFY(client.write("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
        QVERIFY(m_haproxy->waitForAdminReply(
            "show sess", [](const QByteArray &reply) { return reply.contains(" fe=fe_slow "); }));

        const auto sessions = SessionParser::parse(send(S::showSessions()).body);
        QVERIFY2(sessions.ok(), qPrintable(sessions.error()));
        QByteArray pointer;
        for (const SessionRow &row : *sessions) {
            if (row.frontend == "fe_slow") {
                QCOMPARE(row.backend, "be_slow");
                QCOMPARE(row.server, "slow");
                QCOMPARE(row.proto, "tcpv4");
                pointer = row.pointer;
            }
        }
        QVERIFY(!pointer.isEmpty());
        QVERIFY(std::any_of(
            sessions->cbegin(), sessions->cend(), [](const SessionRow &row) { return row.isCli(); }));

        const RuntimeReply shut = send(S::shutdownSession(QString::fromLatin1(pointer)));
        QVERIFY2(shut.ok(), qPrintable(shut.errorMessage));
        // HAProxy may give the pointer to the next stream at once: the stream is gone when no
        // fe_slow stream is left, whatever the pointer now names.
        QVERIFY(m_haproxy->waitForAdminReply(
            "show sess", [](const QByteArray &reply) { return !reply.contains(" fe=fe_slow "); }));
        // The client then sees a 502 and a kept-alive connection (2.6.12) or the connection
        // closed (3.0.11); only the stream's end is common to both.

        const RuntimeReply gone = send(S::shutdownSession(QStringLiteral("0x1")));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.errorMessage, QStringLiteral("No such session (use 'show sess')."));
    }

private:
    RuntimeReply send(const Result<RuntimeCommand> &command) { return send(command.value()); }
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command, 15000); }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestSessionRoundTrip)
#include "tst_sessionroundtrip.moc"
