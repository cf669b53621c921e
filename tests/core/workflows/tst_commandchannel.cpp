#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/transport/endpoint.h"
#include "core/workflows/commandchannel.h"
#include "tests/support/fakecliserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// The channel every workflow sends through: one refusal rule (answered later, never inside
// send()), answers of an older generation dropped, writes in flight counted, and the one rule
// for a write whose outcome is unknown.
class TestCommandChannel : public QObject
{
    Q_OBJECT

    static constexpr int WaitMs = 5000;

    std::unique_ptr<FakeCliServer> m_fake;
    std::unique_ptr<RuntimeConnection> m_connection;

    static Result<RuntimeCommand> drain()
    {
        return CommandBuilder::setServerState(u"be"_s, u"s1"_s, CommandBuilder::ServerState::Drain);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeCliServer>();
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
    }
    void cleanup()
    {
        m_connection.reset();
        m_fake.reset();
    }

    void refusedCommandAnsweredLater()
    {
        CommandChannel channel(m_connection.get());
        QSignalSpy sent(&channel, &CommandChannel::commandSent);
        std::optional<RuntimeReply> answer;
        const bool handed = channel.send(Result<RuntimeCommand>::failure(u"bad name"_s),
            [&answer](const RuntimeReply &reply) { answer = reply; });
        QVERIFY(!handed);
        QVERIFY(!answer); // never inside send()
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
        QCOMPARE(answer->error, RuntimeError::Invalid);
        QCOMPARE(answer->text(), u"bad name"_s);
        QVERIFY(!answer->wasSent());
        QCOMPARE(sent.count(), 0);
        QVERIFY(!channel.writeInFlight());
    }

    void noConnectionAnsweredLater()
    {
        CommandChannel channel;
        std::optional<RuntimeReply> answer;
        QVERIFY(!channel.send(drain(), [&answer](const RuntimeReply &reply) { answer = reply; }));
        QVERIFY(!answer);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
        QCOMPARE(answer->error, RuntimeError::Cancelled);
        QVERIFY(!answer->wasSent());
        QVERIFY(!m_fake->receivedLines().contains("set server be/s1 state drain"));
    }

    void writesAnnouncedAndCounted()
    {
        m_fake->setBehaviour("set server", FakeCliServer::Behaviour::NoAnswer);
        CommandChannel channel(m_connection.get());
        QSignalSpy sent(&channel, &CommandChannel::commandSent);
        QVERIFY(channel.send(
            CommandBuilder::showInfo(), [](const RuntimeReply &) {}, false));
        QCOMPARE(sent.count(), 0); // a read, not announced
        QVERIFY(!channel.writeInFlight());
        QVERIFY(channel.send(
            drain(), [](const RuntimeReply &) {}, false));
        QCOMPARE(sent.count(), 1); // a write is always announced
        QCOMPARE(sent.at(0).at(0).toString(), u"set server be/s1 state drain"_s);
        QVERIFY(channel.writeInFlight());
        channel.dropAnswers();
        QVERIFY(!channel.writeInFlight());
    }

    void writeInFlightUntilAnswered()
    {
        CommandChannel channel(m_connection.get());
        bool answered = false;
        bool inFlightInHandler = true;
        QVERIFY(channel.send(drain(), [&](const RuntimeReply &) {
            inFlightInHandler = channel.writeInFlight();
            answered = true;
        }));
        QVERIFY(channel.writeInFlight());
        QTRY_VERIFY_WITH_TIMEOUT(answered, WaitMs);
        QVERIFY(!inFlightInHandler);
        QVERIFY(!channel.writeInFlight());
    }

    void oldGenerationDropped()
    {
        CommandChannel channel(m_connection.get());
        bool oldAnswered = false;
        bool newAnswered = false;
        bool refusedAnswered = false;
        QVERIFY(channel.send(CommandBuilder::showInfo(), [&](const RuntimeReply &) { oldAnswered = true; }));
        channel.send(Result<RuntimeCommand>::failure(u"refused"_s),
            [&](const RuntimeReply &) { refusedAnswered = true; });
        const int before = channel.generation();
        channel.dropAnswers();
        QCOMPARE(channel.generation(), before + 1);
        QVERIFY(channel.send(CommandBuilder::showInfo(), [&](const RuntimeReply &) { newAnswered = true; }));
        // Answers come in order: once the new one is here, the old one came and was dropped.
        QTRY_VERIFY_WITH_TIMEOUT(newAnswered, WaitMs);
        QVERIFY(!oldAnswered);
        QVERIFY(!refusedAnswered);
    }

    void outcomeUnknown_data()
    {
        QTest::addColumn<bool>("write");
        QTest::addColumn<RuntimeError>("error");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("write ok") << true << RuntimeError::None << false;
        QTest::newRow("write outcome unknown") << true << RuntimeError::OutcomeUnknown << true;
        QTest::newRow("write timeout") << true << RuntimeError::Timeout << true;
        QTest::newRow("write disconnected") << true << RuntimeError::Disconnected << true;
        QTest::newRow("write not connected") << true << RuntimeError::NotConnected << false;
        QTest::newRow("write cancelled") << true << RuntimeError::Cancelled << false;
        QTest::newRow("write refused by HAProxy") << true << RuntimeError::HaproxyError << false;
        QTest::newRow("read timeout") << false << RuntimeError::Timeout << false;
        QTest::newRow("read disconnected") << false << RuntimeError::Disconnected << false;
    }
    void outcomeUnknown()
    {
        QFETCH(bool, write);
        QFETCH(RuntimeError, error);
        QFETCH(bool, unknown);
        const RuntimeCommand command = write ? *drain() : CommandBuilder::showInfo();
        RuntimeReply reply;
        reply.error = error;
        QCOMPARE(CommandChannel::outcomeUnknown(command, reply), unknown);
    }
};

QTEST_GUILESS_MAIN(TestCommandChannel)
#include "tst_commandchannel.moc"
