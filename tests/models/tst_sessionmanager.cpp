// SessionManager against a real haproxy: a session opened polls and is found by its endpoint,
// windows hear of it before it connects, the audit log records what it sends and the drain
// scheduler borrows its connection until it is closed, and closing removes then deletes it.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/storage/auditlog.h"
#include "core/workflows/drainscheduler.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "models/stattablemodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSessionManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }
    void cleanupTestCase() { m_haproxy.reset(); }

    void opensPollsAndFinds()
    {
        SessionManager manager;
        QSignalSpy opened(&manager, &SessionManager::sessionOpened);
        QSignalSpy changed(&manager, &SessionManager::sessionsChanged);
        // Heard before the session connects: a window sees its first state change.
        RuntimeConnection::State stateWhenOpened = RuntimeConnection::State::Ready;
        connect(&manager, &SessionManager::sessionOpened, this,
            [&](InstanceSession *session) { stateWhenOpened = session->connection()->state(); });

        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        InstanceSession *session =
            manager.open({ QStringLiteral("t"), m_haproxy->adminSocket(), {}, 200 }, endpoint, 200);
        QVERIFY(session);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<InstanceSession *>(), session);
        QCOMPARE(stateWhenOpened, RuntimeConnection::State::Disconnected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(manager.sessions(), QList<InstanceSession *> { session });
        QCOMPARE(manager.find(endpoint.toString()), session);
        QCOMPARE(manager.indexOf(session), 0);
        QVERIFY(!manager.find(QStringLiteral("unix:/nowhere")));
        QCOMPARE(session->displayName(), QStringLiteral("t"));

        QSignalSpy applied(session, &InstanceSession::snapshotApplied);
        QVERIFY(applied.wait(5000));
        QVERIFY(session->model()->rowCount() > 0);
    }

    void closeRemovesThenDeletes()
    {
        SessionManager manager;
        const Endpoint admin = Endpoint::parse(m_haproxy->adminSocket()).value();
        const Endpoint op = Endpoint::parse(m_haproxy->operatorSocket()).value();
        InstanceSession *first = manager.open({}, admin, 200);
        QPointer<InstanceSession> second = manager.open({}, op, 200);
        QCOMPARE(manager.indexOf(second), 1);

        QSignalSpy closing(&manager, &SessionManager::sessionClosing);
        bool listedWhenClosing = true;
        bool openWhenClosing = false;
        connect(&manager, &SessionManager::sessionClosing, this, [&](InstanceSession *session, int) {
            listedWhenClosing = manager.sessions().contains(session);
            openWhenClosing = session->connection()->state() != RuntimeConnection::State::Disconnected;
        });
        manager.close(second);
        QCOMPARE(closing.count(), 1);
        QCOMPARE(closing.at(0).at(1).toInt(), 1);
        QVERIFY(!listedWhenClosing);
        QVERIFY(openWhenClosing);
        QCOMPARE(manager.sessions(), QList<InstanceSession *> { first });
        QVERIFY(second); // deleted later, not inside the caller's signal
        QTRY_VERIFY(!second);

        manager.close(second); // gone: nothing happens
        QCOMPARE(closing.count(), 1);
        manager.closeAll();
        QVERIFY(manager.sessions().isEmpty());
        QCOMPARE(closing.count(), 2);
    }

    void auditLogRecordsUntilClosed()
    {
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        SessionManager manager;
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        InstanceSession *session = manager.open({}, endpoint, 60000);
        // Set after the session opened: sessions already open are attached too.
        manager.setAuditLog(&audit);
        QTRY_VERIFY(session->connection()->isReady());
        const RuntimeCommand command = CommandBuilder::setServerState(
            QStringLiteral("be"), QStringLiteral("s1"), CommandBuilder::ServerState::Ready)
                                           .value();
        QVERIFY(sendAndWait(*session->connection(), command).ok());
        QCOMPARE(audit.records().size(), 1);

        manager.setAuditLog(nullptr);
        QVERIFY(sendAndWait(*session->connection(), command).ok());
        QCOMPARE(audit.records().size(), 1);
    }

    void schedulerBorrowsConnections()
    {
        DrainScheduler scheduler;
        SessionManager manager;
        manager.setDrainScheduler(&scheduler);
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        InstanceSession *session = manager.open({}, endpoint, 60000);
        QCOMPARE(scheduler.connection(session->id()), session->connection());
        const QString id = session->id();
        manager.close(session);
        QVERIFY(!scheduler.connection(id));
    }

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
