// OneShotClient (non-interactive, socat-like use) against a real haproxy.

#include "core/client/oneshotclient.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// Runs one command and waits for its one finished() signal (the test's own loop, not
// the client's: OneShotClient has no blocking form).
RuntimeReply runOnce(const Endpoint &endpoint, const RuntimeCommand &command, int timeoutMs = 10000)
{
    OneShotClient client(endpoint);
    QSignalSpy finished(&client, &OneShotClient::finished);
    client.run(command, timeoutMs);
    if (!finished.wait(timeoutMs + 5000) || finished.size() != 1)
        return {};
    return finished.first().first().value<RuntimeReply>();
}

} // namespace

class TestOneShotClient : public QObject
{
    Q_OBJECT

private slots:
    // The answer between a master CLI session's prompts, as 2.6 and 3.0 send it after
    // `prompt`, the command and `quit` (2.6 prints one more prompt before reading `quit`).
    void masterAnswer()
    {
        const auto take = [](QByteArray bytes) -> std::optional<QByteArray> {
            return OneShotClient::takeMasterAnswer(&bytes) ? std::optional(bytes) : std::nullopt;
        };
        QCOMPARE(take("master> 1\n# be\n\nmaster> master> "), std::optional<QByteArray>("1\n# be\n"));
        QCOMPARE(take("master> 1\n# be\n\nmaster> "), std::optional<QByteArray>("1\n# be\n"));
        QCOMPARE(take("master> master> "), std::optional<QByteArray>(""));
        QCOMPARE(take("master> master> master[ReloadFailed]> "), std::optional<QByteArray>(""));
        QCOMPARE(take("master> Empty weight\nmaster> "), std::optional<QByteArray>("Empty weight"));
        QCOMPARE(take("master> Can't find the target PID\n"), std::nullopt); // closed at once
        QCOMPARE(take("master> "), std::nullopt);
        QCOMPARE(take("mast"), std::nullopt);
        QCOMPARE(take("master> a master> "), std::nullopt); // a prompt only counts on its own line
    }

    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.tcpStatsSockets = true;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }
    void cleanupTestCase() { m_haproxy.reset(); }

    void readsAnswerUntilClose()
    {
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        const RuntimeReply reply = runOnce(endpoint, CommandBuilder::showCliLevel());
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.body, QByteArray("admin\n"));
        QVERIFY(reply.elapsedUs > 0);
    }

    void overTcp()
    {
        const Endpoint endpoint = Endpoint::parse(
            QStringLiteral("127.0.0.1:%1").arg(m_haproxy->tcpPort(HaproxyFixture::Level::User)))
                                      .value();
        const RuntimeReply reply = runOnce(endpoint, CommandBuilder::showCliLevel());
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.body, QByteArray("user\n"));
    }

    void errorsWithoutSeverityTagsAreRecognised()
    {
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        const RuntimeReply missing = runOnce(
            endpoint, CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("nope")).value());
        QCOMPARE(missing.error, RuntimeError::HaproxyError);
        QCOMPARE(missing.errorMessage, QStringLiteral("No such server."));

        const Endpoint user = Endpoint::parse(m_haproxy->userSocket()).value();
        const RuntimeCommand lying = RuntimeCommand::make("set server be/s1 state drain",
            RuntimeCommand::Effect::Write, AccessLevel::User, RuntimeCommand::SuccessRule::EmptyAnswer);
        QCOMPARE(runOnce(user, lying).error, RuntimeError::PermissionDenied);
        QVERIFY(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat be 4 -1").contains("\nbe,s1,"));
    }

    void writeSucceedsWithEmptyAnswer()
    {
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        const RuntimeReply reply = runOnce(endpoint,
            CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s3"), { 42, false })
                .value());
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be/s3")
                    .startsWith("42 (initial 1)"));
    }

    void noSocketIsNotConnected()
    {
        const Endpoint endpoint = Endpoint::parse(QStringLiteral("unix:/nonexistent/x.sock")).value();
        const RuntimeReply reply = runOnce(endpoint, CommandBuilder::showInfo(), 2000);
        QCOMPARE(reply.error, RuntimeError::NotConnected);
        QVERIFY(reply.errorMessage.contains(QStringLiteral("/nonexistent/x.sock")));
    }

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_GUILESS_MAIN(TestOneShotClient)
#include "tst_oneshotclient.moc"
