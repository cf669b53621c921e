// AloneCommandPool: commands that run alone each get a connection of their own, at most
// maxConnections at once and one at a time per caller; a command the session's level forbids
// is refused unsent; cancel() ends running ones as unknown/disconnected and queued ones as
// told; overdue queued commands are handed back. Every command ends exactly once.

#include "core/client/alonecommandpool.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/fakecliserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Ended
{
    QString line;
    RuntimeReply reply;
};

PendingCommand pending(const QString &line, QObject *context = nullptr)
{
    PendingCommand p;
    p.command = CommandBuilder::raw(line).value();
    p.command.setRunsAlone(true);
    p.context = context;
    p.hasContext = context != nullptr;
    p.handler = [](const RuntimeReply &) {};
    p.queuedAt.start();
    return p;
}

} // namespace

class tst_AloneCommandPool : public QObject
{
    Q_OBJECT

private:
    FakeCliServer m_server;
    QList<Ended> m_ended;

    std::unique_ptr<AloneCommandPool> makePool(int maxConnections = 2, int timeoutMs = 5000)
    {
        const Endpoint endpoint = Endpoint::parse(m_server.socketPath()).value();
        return std::make_unique<AloneCommandPool>(endpoint,
            AloneCommandPool::Limits { maxConnections, 1024 * 1024, timeoutMs },
            [this](PendingCommand &p, RuntimeReply reply) {
                m_ended.append({ p.command.text(), reply });
            });
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.listen(), qPrintable(m_server.errorString())); }

    void init()
    {
        m_ended.clear();
        m_server.clearBehaviours();
        m_server.clearRecords();
    }

    void runsEachOnAConnectionOfItsOwn()
    {
        const int connectionsBefore = m_server.connectionCount();
        auto pool = makePool();
        QSignalSpy finished(pool.get(), &AloneCommandPool::runFinished);
        pool->enqueue(pending(u"show version"_s));
        pool->enqueue(pending(u"show info"_s));
        pool->start(nullptr, AccessLevel::Admin);
        QVERIFY(pool->hasRunning());
        QTRY_COMPARE(m_ended.size(), 2);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_server.connectionCount() - connectionsBefore, 2);
        for (const Ended &ended : std::as_const(m_ended))
            QVERIFY2(ended.reply.ok(), qPrintable(ended.reply.errorMessage));
        QVERIFY(pool->isIdle());
    }

    void limitsConnectionsAndKeepsEachCallersOrder()
    {
        auto pool = makePool(1);
        QObject console;
        m_server.setBehaviour("show version", FakeCliServer::Behaviour::Slow, { {}, 5, 0, 1 });
        pool->enqueue(pending(u"show version"_s, &console));
        pool->enqueue(pending(u"show info"_s, &console));
        pool->start(nullptr, AccessLevel::Admin);
        // One connection: the second waits for the first, and starts when told again.
        QVERIFY(pool->hasQueued());
        QTRY_COMPARE(m_ended.size(), 1);
        QCOMPARE(m_ended.first().line, u"show version"_s);
        pool->start(nullptr, AccessLevel::Admin);
        QTRY_COMPARE(m_ended.size(), 2);
        QCOMPARE(m_ended.last().line, u"show info"_s);
    }

    void refusesWhatTheLevelForbids()
    {
        auto pool = makePool();
        PendingCommand write = pending(u"set server be/s1 state maint"_s);
        write.command.setRequiredLevel(AccessLevel::Admin);
        pool->enqueue(std::move(write));
        const int connectionsBefore = m_server.connectionCount();
        pool->start(nullptr, AccessLevel::User);
        QCOMPARE(m_ended.size(), 1);
        QCOMPARE(m_ended.first().reply.error, RuntimeError::LevelTooLow);
        QVERIFY(pool->isIdle());
        QCOMPARE(m_server.connectionCount(), connectionsBefore);
    }

    void cancelEndsRunningAndQueued()
    {
        auto pool = makePool(1);
        m_server.setBehaviour("show version", FakeCliServer::Behaviour::NoAnswer);
        pool->enqueue(pending(u"show version"_s));
        pool->enqueue(pending(u"show info"_s));
        pool->start(nullptr, AccessLevel::Admin);
        pool->cancel(RuntimeError::Cancelled, u"closed"_s);
        QCOMPARE(m_ended.size(), 2);
        QCOMPARE(m_ended.at(0).reply.error, RuntimeError::Disconnected); // a read, already sent
        QCOMPARE(m_ended.at(1).reply.error, RuntimeError::Cancelled);
        QCOMPARE(m_ended.at(1).reply.errorMessage, u"closed"_s);
        QVERIFY(pool->isIdle());
    }

    void handsBackOverdueAndLeftoverCommands()
    {
        auto pool = makePool(1, 1);
        pool->enqueue(pending(u"show info"_s));
        QElapsedTimer since; // started after the command was queued
        since.start();
        QTRY_VERIFY(since.elapsed() > 1); // past its 1 ms limit
        QCOMPARE(pool->takeOverdue().size(), size_t(1));
        pool->enqueue(pending(u"show info"_s));
        QCOMPARE(pool->takeQueued().size(), size_t(1));
        QVERIFY(pool->takeRunning().empty());
        QVERIFY(m_ended.isEmpty()); // handed back, never finished by the pool
    }
};

QTEST_GUILESS_MAIN(tst_AloneCommandPool)
#include "tst_alonecommandpool.moc"
