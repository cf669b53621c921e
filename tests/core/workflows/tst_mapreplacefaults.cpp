// MapReplace against a fake CLI server, for what a real HAProxy will not do on demand: drop
// the link right after the commit arrives, or refuse an add half-way.

#include "core/client/runtimeconnection.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/mapreplace.h"
#include "tests/support/fakecliserver.h"

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int WaitMs = 10000;
// An ACL: one `add acl` line per pattern (the fake server knows no payloads).
const MapCommands::Target Acl { MapCommands::Kind::Acl, QStringLiteral("/etc/block.acl") };

bool anyStartsWith(const QList<QByteArray> &lines, const QByteArray &prefix)
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.startsWith(prefix); });
}

} // namespace

class TestMapReplaceFaults : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeCliServer>();
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));
        m_fake->setReply("show acl", "0x1 10.0.0.0/8");
        m_fake->setReply("prepare acl", "New version created: 3");
        m_fake->setReply("add acl", "\n");
        m_fake->setReply("clear acl", "\n");
        m_fake->setReply("commit acl", "\n");
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        m_channel = std::make_unique<CommandChannel>(m_connection.get());
    }
    void cleanup()
    {
        m_channel.reset();
        m_connection.reset();
        m_fake.reset();
    }

    void linkLostAfterCommitIsOutcomeUnknown()
    {
        m_fake->setBehaviour("commit acl", FakeCliServer::Behaviour::Close);
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        QVERIFY(replace.start(Acl, { { QStringLiteral("192.168.0.0/16"), {} } }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::OutcomeUnknown);
        QVERIFY(m_fake->receivedLines().contains("commit acl @3 /etc/block.acl"));
        // Never sent again, and nothing cleared: the new version may be live.
        QCOMPARE(m_fake->receivedLines().count("commit acl @3 /etc/block.acl"), 1);
        QVERIFY(!anyStartsWith(m_fake->receivedLines(), "clear acl"));
    }

    void errorBeforeCommitClearsTheVersion()
    {
        m_fake->setReply("add acl", "Version number in the future, please use 'prepare acl' before.");
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        QVERIFY(replace.start(Acl, { { QStringLiteral("192.168.0.0/16"), {} } }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Failed);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("untouched")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Version number in the future")), qPrintable(message));
        QVERIFY(m_fake->receivedLines().contains("clear acl @3 /etc/block.acl"));
        QVERIFY(!anyStartsWith(m_fake->receivedLines(), "commit acl"));
    }

    void refusedPrepareChangesNothing()
    {
        m_fake->setReply("prepare acl", "Unknown map identifier. Please use #<id> or <file>.");
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        QVERIFY(replace.start(Acl, { { QStringLiteral("192.168.0.0/16"), {} } }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Failed);
        QVERIFY(!anyStartsWith(m_fake->receivedLines(), "add acl"));
        QVERIFY(!anyStartsWith(m_fake->receivedLines(), "clear acl"));
    }

private:
    std::unique_ptr<FakeCliServer> m_fake;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<CommandChannel> m_channel;
};

QTEST_GUILESS_MAIN(TestMapReplaceFaults)
#include "tst_mapreplacefaults.moc"
