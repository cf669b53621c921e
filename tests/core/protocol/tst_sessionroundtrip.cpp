// SessionCommands against a real haproxy: an invalid request shows up in `show errors` and
// parses back to the bytes sent.

#include "core/client/runtimeconnection.h"
#include "core/parsers/errorsparser.h"
#include "core/protocol/sessioncommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QTest>

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

private:
    RuntimeReply send(const Result<RuntimeCommand> &command) { return send(command.value()); }
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command, 15000); }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestSessionRoundTrip)
#include "tst_sessionroundtrip.moc"
