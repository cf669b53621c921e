// RuntimeConnection against a fake CLI server that does what HAProxy will not do on
// demand: garbage, truncated, slow, oversized, endless and missing answers, sessions
// that close or never speak. The client must fail the command cleanly, keep its memory
// bounded, recover, and never send a write twice.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/fakecliserver.h"
#include "tests/support/sendandwait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Behaviour = FakeCliServer::Behaviour;

namespace {

ConnectionOptions fastOptions()
{
    ConnectionOptions options;
    options.connectTimeoutMs = 1000;
    options.commandTimeoutMs = 800;
    options.reconnectInitialDelayMs = 50;
    options.reconnectMaxDelayMs = 200;
    options.keepAliveIdleMs = 60000;
    return options;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool RunsUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool RunsUnderAddressSanitizer = true;
#else
constexpr bool RunsUnderAddressSanitizer = false;
#endif
#else
constexpr bool RunsUnderAddressSanitizer = false;
#endif

// Resident memory of this process in KiB (VmRSS), 0 where /proc is missing.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

RuntimeCommand drainS1()
{
    return CommandBuilder::setServerState(
        QStringLiteral("be"), QStringLiteral("s1"), CommandBuilder::ServerState::Drain)
        .value();
}

} // namespace

class TestMisbehavingServer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeCliServer>();
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), fastOptions());
    }
    void cleanup()
    {
        m_connection.reset();
        m_fake.reset();
    }

    void handshakeAgainstFake()
    {
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QCOMPARE(m_connection->level(), AccessLevel::Admin);
        QCOMPARE(m_connection->workerPid(), 4242);
        QCOMPARE(m_fake->receivedLines().first(), QByteArray("prompt"));
    }

    void garbageTimesOutAndRecovers()
    {
        m_fake->setBehaviour("show stat", Behaviour::Garbage);
        openAndWait();
        const RuntimeReply stat = sendAndWait(*m_connection, CommandBuilder::showStat().value());
        QCOMPARE(stat.error, RuntimeError::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
        QCOMPARE(m_fake->connectionCount(), 2);
    }

    void truncatedReadIsDisconnected()
    {
        m_fake->setBehaviour(
            "show stat", Behaviour::TruncateAndClose, { "# pxname,svname\nbe,s1\n", 20, 0, 1 });
        openAndWait();
        const RuntimeReply stat = sendAndWait(*m_connection, CommandBuilder::showStat().value());
        QCOMPARE(stat.error, RuntimeError::Disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        // Reads may be asked again by their caller; this one now gets the normal answer.
        QCOMPARE(sendAndWait(*m_connection, CommandBuilder::showStat().value()).error,
            RuntimeError::UnknownCommand);
    }

    void writeIsNeverReplayed()
    {
        m_fake->setBehaviour("set server", Behaviour::Close, { {}, 20, 0, 1 });
        openAndWait();
        const RuntimeReply drain = sendAndWait(*m_connection, drainS1());
        QCOMPARE(drain.error, RuntimeError::OutcomeUnknown);
        QVERIFY(drain.errorMessage.contains(QStringLiteral("may or may not")));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        // Answers come in order: a replay on the new session would have reached the server
        // before this command did.
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
        QCOMPARE(m_fake->receivedLines().count(drainS1().line()), 1);
    }

    void writeTimeoutIsOutcomeUnknownAndNotReplayed()
    {
        m_fake->setBehaviour("set server", Behaviour::NoAnswer, { {}, 20, 0, 1 });
        openAndWait();
        const RuntimeReply drain = sendAndWait(*m_connection, drainS1());
        QCOMPARE(drain.error, RuntimeError::Timeout);
        QVERIFY(drain.errorMessage.contains(QStringLiteral("may or may not")));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
        QCOMPARE(m_fake->receivedLines().count(drainS1().line()), 1);
    }

    void commandsBehindALostOneAreNotSentTwice()
    {
        // Pipelined: the first closes the link; whatever was already on the wire fails,
        // what was still queued goes out once on the new connection.
        m_fake->setBehaviour("get weight be/s1", Behaviour::Close, { {}, 20, 0, 1 });
        openAndWait();
        QList<RuntimeReply> replies(3);
        int done = 0;
        const RuntimeCommand commands[] = {
            CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s1")).value(), drainS1(),
            CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s2")).value()
        };
        for (int i = 0; i < 3; ++i) {
            m_connection->send(commands[i], this, [&, i](const RuntimeReply &reply) {
                replies[i] = reply;
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 5000);
        QCOMPARE(replies[0].error, RuntimeError::Disconnected);
        QVERIFY(replies[1].error == RuntimeError::OutcomeUnknown || replies[1].error == RuntimeError::None);
        QVERIFY(m_fake->receivedLines().count(drainS1().line()) <= 1);
    }

    void slowAnswerCompletes()
    {
        m_fake->setBehaviour("show backend", Behaviour::Slow, { "# name\nbe\nbe2\n", 10, 0, -1 });
        openAndWait();
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showBackend());
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.body, QByteArray("# name\nbe\nbe2\n"));
    }

    void tooSlowAnswerTimesOut()
    {
        m_fake->setBehaviour("show backend", Behaviour::Slow, { QByteArray(200, 'x'), 20, 0, -1 });
        openAndWait();
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showBackend());
        QCOMPARE(reply.error, RuntimeError::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
    }

    void oversizedAnswerIsCapped()
    {
        ConnectionOptions options = fastOptions();
        options.maxAnswerBytes = 256 * 1024;
        options.commandTimeoutMs = 5000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show stat", Behaviour::Oversized, { {}, 20, 2 * 1024 * 1024, 1 });
        openAndWait();
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showStat().value());
        QCOMPARE(reply.error, RuntimeError::AnswerTooLarge);
        QVERIFY(reply.body.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QCOMPARE(sendAndWait(*m_connection, CommandBuilder::showStat().value()).error,
            RuntimeError::UnknownCommand);
    }

    void endlessAnswerIsCapped()
    {
        ConnectionOptions options = fastOptions();
        options.maxAnswerBytes = 64 * 1024;
        options.commandTimeoutMs = 20000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show stat", Behaviour::Endless, { {}, 1, 8 * 1024 * 1024, -1 });
        openAndWait();
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showStat().value(), 20000);
        QCOMPARE(reply.error, RuntimeError::AnswerTooLarge);
    }

    void silentServerNeverBecomesReady()
    {
        m_fake->setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::Silent);
        QSignalSpy errors(m_connection.get(), &RuntimeConnection::errorOccurred);
        m_connection->open();
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showCliLevel(), 5000);
        QCOMPARE(reply.error, RuntimeError::NotConnected);
        QVERIFY(!reply.wasSent());
        QVERIFY(!m_connection->isReady());
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 3000);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("did not answer")));
    }

    void closingServerIsRetriedWithBackoff()
    {
        m_fake->setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::CloseOnAccept);
        const QList<qint64> accepted = connectTimes(5);
        // 50 ms doubling to 200 ms: 50, 100, 200, 200 ms between the attempts, never a busy
        // loop. An accept is timed when the fake server's event loop sees it, at times a little
        // late, and a timer may fire up to 5% early: hence the slack.
        QVERIFY2(accepted.at(4) - accepted.at(3) >= 175, qPrintable(gaps(accepted)));
        QVERIFY2(accepted.at(4) - accepted.at(0) >= 480, qPrintable(gaps(accepted)));
        m_fake->setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::Normal);
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
    }

    void promptInsideBodyResynchronises()
    {
        // HAProxy's own dumps never hold "\n> ", but if one did the client must not wedge.
        m_fake->setBehaviour("show backend", Behaviour::PromptInBody, { "# name\n> be\n", 50, 0, 1 });
        openAndWait();
        sendAndWait(*m_connection, CommandBuilder::showBackend());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
    }

    void pipelinedCommandsAreTimedFromTheAnswerBeforeThem()
    {
        // Five slow answers of ~0.4 s each, pipelined, with a 1.5 s command timeout: each is
        // answered well in time once its turn comes (a margin of ~1 s each, for loaded and
        // sanitizer builds), while the last is answered ~2 s after it was sent. Timed from
        // sending, the fourth and fifth would time out.
        ConnectionOptions options = fastOptions();
        options.commandTimeoutMs = 1500;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show version", Behaviour::Slow, { QByteArray(10, 'v'), 40, 0, -1 });
        openAndWait();
        QSignalSpy states(m_connection.get(), &RuntimeConnection::stateChanged);
        QList<RuntimeReply> replies;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            m_connection->send(
                CommandBuilder::raw(QStringLiteral("show version")).value().setRunsAlone(false), this,
                [&replies](const RuntimeReply &reply) { replies.append(reply); });
        }
        // Bounded by the five answers the fake sends one byte every 40 ms.
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 5, 10000);
        for (const RuntimeReply &reply : std::as_const(replies))
            QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        // The test proves something only if the last answer came after the timeout.
        QVERIFY2(clock.elapsed() > options.commandTimeoutMs, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(states.size(), 0); // no drop, no reconnect
    }

    void stoppingWorkerTriggersReconnect()
    {
        openAndWait();
        QSignalSpy reloads(m_connection.get(), &RuntimeConnection::reloadDetected);
        m_fake->setInfoField("Stopping", "1");
        const RuntimeReply info = sendAndWait(*m_connection, CommandBuilder::showInfo());
        QCOMPARE(info.error, RuntimeError::Disconnected);
        QCOMPARE(reloads.size(), 1);
        // The "new worker" (the fake, no longer stopping, with another pid).
        m_fake->setInfoField("Stopping", "0");
        m_fake->setInfoField("Pid", "5000");
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady() && m_connection->workerPid() == 5000, 5000);
    }

    void writeWaitsForFreshLiveness()
    {
        ConnectionOptions options = fastOptions();
        options.writeFreshnessMs = 0;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        openAndWait();
        m_fake->clearRecords();
        QVERIFY(sendAndWait(*m_connection, drainS1()).error != RuntimeError::Timeout);
        const QList<QByteArray> lines = m_fake->receivedLines();
        const qsizetype writeAt = lines.indexOf(drainS1().line());
        QVERIFY2(writeAt >= 1, lines.join(" | ").constData());
        QCOMPARE(lines.at(writeAt - 1), QByteArray("show info"));
    }

    void nothingUnsafeReachesTheServer()
    {
        openAndWait();
        const QStringList hostile { QStringLiteral("s1;show cli level"),
            QStringLiteral("s1\nset server be/s2 state maint"), QStringLiteral("s1\\"),
            QStringLiteral("s1 state maint"), QStringLiteral(""), QString(20000, QLatin1Char('a')),
            QStringLiteral("s\u00e9"), QStringLiteral("s1\r") };
        for (const QString &name : hostile) {
            const auto drain = CommandBuilder::setServerState(
                QStringLiteral("be"), name, CommandBuilder::ServerState::Drain);
            QVERIFY(!drain.ok());
            // A caller that ignores the failure still cannot send anything.
            QCOMPARE(sendAndWait(*m_connection, drain.ok() ? drain.value() : RuntimeCommand()).error,
                RuntimeError::Invalid);
            // A typed line with a separator, CR or LF is refused too.
            if (name.contains(QLatin1Char(';')) || name.contains(QLatin1Char('\n'))
                || name.contains(QLatin1Char('\r'))) {
                QVERIFY(!CommandBuilder::raw(
                    QStringLiteral("set server be/") + name + QStringLiteral(" state drain"))
                             .ok());
            }
        }
        // Whatever reached the server is one command per line, with no injected separator.
        static const QRegularExpression unescapedSemicolon(QStringLiteral("(^|[^\\\\]);"));
        for (const QByteArray &line : m_fake->receivedLines()) {
            QVERIFY2(!line.contains('\r') && !line.contains('\0'), line.constData());
            QVERIFY2(!unescapedSemicolon.match(QString::fromUtf8(line)).hasMatch(), line.constData());
            QVERIFY(!line.contains("state maint"));
            QVERIFY(line.size() <= RuntimeCommand::MaxLineBytes);
        }
    }

    // One byte a second: the command's timeout runs from sending, a trickle does not
    // extend it; the connection then recovers.
    void oneBytePerSecondTimesOutAndRecovers()
    {
        ConnectionOptions options = fastOptions();
        options.commandTimeoutMs = 2000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show backend", Behaviour::Slow, { QByteArray(60, 'x'), 1000, 0, 1 });
        openAndWait();
        // 60 bytes at one a second would take a minute: the answer must come long before.
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showBackend(), 30000);
        QCOMPARE(reply.error, RuntimeError::Timeout);
        QVERIFY(reply.body.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
    }

    // An answer that never ends, sent as fast as the client reads: the client stops at its
    // cap instead of buffering the stream, and its memory stays bounded (the fake runs in
    // this process too and keeps at most 1 MiB ahead of its reader).
    void endlessAnswerKeepsMemoryBoundedAndRecovers()
    {
        ConnectionOptions options = fastOptions();
        options.maxAnswerBytes = 4 * 1024 * 1024;
        options.commandTimeoutMs = 60000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show stat", Behaviour::Endless, { {}, 0, 200 * 1024 * 1024, 1 });
        openAndWait();
        const qint64 before = residentKiB();
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&peak] { peak = std::max(peak, residentKiB()); });
        sampler.start(10);
        const RuntimeReply reply = sendAndWait(*m_connection, CommandBuilder::showStat().value(), 60000);
        sampler.stop();
        peak = std::max(peak, residentKiB());
        QCOMPARE(reply.error, RuntimeError::AnswerTooLarge);
        QVERIFY(reply.body.isEmpty());
        qInfo("VmRSS grew by %lld KiB while 200 MiB were offered", peak - before);
        // Buffering the stream would cost 200 MiB; the cap allows a few copies of 4 MiB. Not
        // under AddressSanitizer, whose quarantine keeps up to 256 MiB of freed memory resident.
        if (!RunsUnderAddressSanitizer) {
            QVERIFY2(peak - before < 48 * 1024,
                qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(peak - before)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
    }

    // Each command has its own cap, far below the connection's 256 MiB ceiling: a short
    // answer that never ends is cut off at the command's cap while it is read, not after
    // buffering the ceiling, and the connection comes back for the next command.
    void perCommandCapStopsAnEndlessAnswerEarly()
    {
        ConnectionOptions options = fastOptions();
        options.commandTimeoutMs = 20000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        QCOMPARE(options.maxAnswerBytes, 256ll * 1024 * 1024);
        m_fake->setBehaviour("get weight", Behaviour::Endless, { {}, 0, 64 * 1024 * 1024, 1 });
        openAndWait();
        const RuntimeCommand command =
            CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s1")).value();
        QCOMPARE(command.maxAnswerBytes(), RuntimeCommand::ShortAnswerBytes);
        const RuntimeReply reply = sendAndWait(*m_connection, command, 20000);
        QCOMPARE(reply.error, RuntimeError::AnswerTooLarge);
        QVERIFY(reply.body.isEmpty());
        QVERIFY2(reply.errorMessage.contains(
                     QStringLiteral("larger than %1 bytes").arg(RuntimeCommand::ShortAnswerBytes)),
            qPrintable(reply.errorMessage));
        // Read and stopped at about the cap (plus what one read brings), not 64 MiB.
        QVERIFY2(m_connection->peakBufferedBytes() < RuntimeCommand::ShortAnswerBytes + 4 * 1024 * 1024,
            QByteArray::number(m_connection->peakBufferedBytes()).constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
    }

    // The console's commands run alone with their own 16 MiB cap, even under a higher ceiling.
    void consoleAnswerCapIs16MiB()
    {
        ConnectionOptions options = fastOptions();
        options.commandTimeoutMs = 20000;
        options.maxAloneAnswerBytes = 64ll * 1024 * 1024;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("show version", Behaviour::Oversized, { {}, 0, 17 * 1024 * 1024, 1 });
        openAndWait();
        const RuntimeReply reply =
            sendAndWait(*m_connection, CommandBuilder::raw(QStringLiteral("show version")).value(), 20000);
        QCOMPARE(reply.error, RuntimeError::AnswerTooLarge);
        QVERIFY2(reply.errorMessage.contains(QStringLiteral("larger than %1 bytes").arg(16 * 1024 * 1024)),
            qPrintable(reply.errorMessage));
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::raw(QStringLiteral("show version")).value()).ok());
    }

    // A server that completes each handshake and fails right after: every handshake used to
    // reset the delay, so it reconnected at the initial delay forever. The delay now only
    // starts over after the link stayed up for reconnectResetAfterMs.
    void failureRightAfterHandshakeBacksOff()
    {
        ConnectionOptions options = fastOptions();
        options.reconnectInitialDelayMs = 50;
        options.reconnectMaxDelayMs = 400;
        options.reconnectResetAfterMs = 60000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        m_fake->setBehaviour("set timeout cli", Behaviour::Close); // the handshake's last line
        QSignalSpy readies(m_connection.get(), &RuntimeConnection::ready);
        const QList<qint64> accepted = connectTimes(7);
        QVERIFY2(readies.size() >= 3, "each attempt completed its handshake");
        // 50, 100, 200, 400, 400, 400 ms between the attempts: the last gaps are the maximum.
        QVERIFY2(accepted.at(6) - accepted.at(5) >= 350, qPrintable(gaps(accepted)));
        QVERIFY2(accepted.at(6) - accepted.at(0) >= 1400, qPrintable(gaps(accepted)));
    }

    // After a reload the first reconnect goes at once; a fresh connection that still reaches a
    // stopping worker used to go at once again, and again: a tight loop. It now backs off.
    void stoppingWorkerAfterReloadBacksOff()
    {
        ConnectionOptions options = fastOptions();
        options.reconnectInitialDelayMs = 50;
        options.reconnectMaxDelayMs = 400;
        options.reconnectResetAfterMs = 60000;
        m_connection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value(), options);
        openAndWait();
        QSignalSpy reloads(m_connection.get(), &RuntimeConnection::reloadDetected);
        m_fake->setInfoField("Stopping", "1"); // every worker it reaches is stopping
        const int before = m_fake->connectionCount();
        QElapsedTimer clock;
        QList<qint64> accepted;
        const QMetaObject::Connection watch = connect(m_fake.get(), &FakeCliServer::connectionAccepted, this,
            [&] { accepted.append(clock.elapsed()); });
        const auto unwatch = qScopeGuard([&] { disconnect(watch); });
        clock.start();
        QCOMPARE(sendAndWait(*m_connection, CommandBuilder::showInfo()).error, RuntimeError::Disconnected);
        QCOMPARE(reloads.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 6, 10000);
        QVERIFY(m_fake->connectionCount() >= before + 6);
        // At once, then 50, 100, 200, 400 ms.
        QVERIFY2(accepted.at(5) - accepted.at(4) >= 350, qPrintable(gaps(accepted)));
        QVERIFY2(accepted.at(5) - accepted.at(1) >= 700, qPrintable(gaps(accepted)));
        QCOMPARE(reloads.size(), 1);
        // The new worker comes: the connection gets there.
        m_fake->setInfoField("Stopping", "0");
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
    }

    // A server that accepts and never says a word, then comes back to its senses: the client
    // keeps retrying (with backoff) and gets ready without being told.
    void silentServerRecoversWhenItAnswers()
    {
        m_fake->setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::Silent);
        QSignalSpy errors(m_connection.get(), &RuntimeConnection::errorOccurred);
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        QVERIFY(!m_connection->isReady());
        m_fake->setConnectionBehaviour(FakeCliServer::ConnectionBehaviour::Normal);
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 10000);
        QVERIFY(sendAndWait(*m_connection, CommandBuilder::showCliLevel()).ok());
    }

private:
    // Opens the connection and returns when `count` connections were accepted, with the time
    // of each (ms from opening).
    QList<qint64> connectTimes(int count)
    {
        QElapsedTimer clock;
        QList<qint64> times;
        const QMetaObject::Connection watch = connect(
            m_fake.get(), &FakeCliServer::connectionAccepted, this, [&] { times.append(clock.elapsed()); });
        clock.start();
        QSignalSpy acceptedSpy(m_fake.get(), &FakeCliServer::connectionAccepted);
        m_connection->open();
        while (times.size() < count && acceptedSpy.wait(15000)) { }
        if (times.size() < count)
            qWarning("only %lld connections", qlonglong(times.size()));
        disconnect(watch);
        while (times.size() < count)
            times.append(0);
        return times;
    }
    static QString gaps(const QList<qint64> &times)
    {
        QStringList out;
        for (qsizetype i = 1; i < times.size(); ++i)
            out << QString::number(times.at(i) - times.at(i - 1));
        return QStringLiteral("gaps (ms): ") + out.join(u' ');
    }

    void openAndWait()
    {
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 5000);
    }

    std::unique_ptr<FakeCliServer> m_fake;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestMisbehavingServer)
#include "tst_misbehavingserver.moc"
