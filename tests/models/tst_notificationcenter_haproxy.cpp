// NotificationCenter against a real haproxy, through a real SessionManager and its
// InstanceSession: a server whose backend process stops really goes DOWN (its health checks
// fail) and exactly one server-down reaches the notifier; it comes back, exactly one server-up.
// A lost link is told after its grace, and its return; a scheduled drain run by the real
// DrainScheduler is told when it ends or fails; a certificate HAProxy serves with 3 days left is
// read on connect and told once.

#include "core/client/runtimeconnection.h"
#include "core/workflows/drainscheduler.h"
#include "models/instancesession.h"
#include "models/notificationcenter.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testca.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class RecordingNotifier : public Notifier
{
public:
    void notify(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

} // namespace

class TestNotificationCenterHaproxy : public QObject
{
    Q_OBJECT

    // Waits for count more snapshots of the session (each a complete poll).
    static bool waitForSnapshots(InstanceSession *session, int count)
    {
        QSignalSpy applied(session, &InstanceSession::snapshotApplied);
        while (applied.size() < count) {
            if (!applied.wait(5000))
                return false;
        }
        return true;
    }

    // The status of be/<server> as the session last read it.
    static QByteArray statusOf(InstanceSession *session, const QByteArray &server)
    {
        const SnapshotPtr last = session->lastSnapshot();
        if (!last)
            return {};
        for (const StatRow &row : last->stat.rows) {
            if (row.pxname == "be" && row.svname == server)
                return row.status;
        }
        return {};
    }

private slots:
    void serverReallyGoingDownIsToldOnce()
    {
        HaproxyFixture::Options options;
        options.body = uR"(backend be
    balance roundrobin
    server s1 ${BACKEND:a} check inter 100 fall 2 rise 2
    server s2 ${BACKEND:b} check inter 100 fall 2 rise 2
)"_s;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));

        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        RecordingNotifier notifier;
        SessionManager manager;
        NotificationCenter center(&settings, &notifier);
        center.setSessionManager(&manager);
        // Certificates are not what this test is about (and this haproxy has none).
        center.setEnabled(Notification::Kind::CertExpiring, false);

        const Endpoint endpoint = Endpoint::parse(haproxy.adminSocket()).value();
        InstanceSession *session = manager.open({ u"demo"_s, haproxy.adminSocket(), {}, 100 }, endpoint, 100);
        QVERIFY(waitForSnapshots(session, 1));
        // Both UP first (the baseline), checks included.
        QSignalSpy applied(session, &InstanceSession::snapshotApplied);
        while (!statusOf(session, "s1").startsWith("UP") || !statusOf(session, "s2").startsWith("UP"))
            QVERIFY(applied.wait(5000));
        QVERIFY(notifier.shown.isEmpty());

        QVERIFY(haproxy.stopBackend(u"a"_s));
        while (statusOf(session, "s1") != "DOWN")
            QVERIFY2(applied.wait(5000), statusOf(session, "s1").constData());
        // A few more polls: still exactly one, for s1 (the backend stays UP on s2).
        QVERIFY(waitForSnapshots(session, 3));
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().kind, Notification::Kind::ServerDown);
        QCOMPARE(notifier.shown.constFirst().subject, u"be/s1"_s);
        QCOMPARE(notifier.shown.constFirst().instanceId, endpoint.toString());
        QVERIFY2(notifier.shown.constFirst().title.contains(u"demo"_s),
            qPrintable(notifier.shown.constFirst().title));

        QVERIFY(haproxy.startBackend(u"a"_s));
        while (!statusOf(session, "s1").startsWith("UP") || statusOf(session, "s1").contains('/'))
            QVERIFY2(applied.wait(5000), statusOf(session, "s1").constData());
        QVERIFY(waitForSnapshots(session, 3));
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.constLast().kind, Notification::Kind::ServerUp);
        QCOMPARE(notifier.shown.constLast().subject, u"be/s1"_s);
    }

    void lostConnectionIsToldAfterItsGraceAndBackToo()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        RecordingNotifier notifier;
        SessionManager manager;
        ManualClock clock;
        NotificationCenter center(&settings, &notifier, &clock);
        center.setSessionManager(&manager);
        center.setEnabled(Notification::Kind::CertExpiring, false);
        const Endpoint endpoint = Endpoint::parse(haproxy.adminSocket()).value();
        InstanceSession *session = manager.open({ u"demo"_s, haproxy.adminSocket(), {}, 100 }, endpoint, 100);
        QVERIFY(waitForSnapshots(session, 1));

        QVERIFY(haproxy.stop());
        QSignalSpy state(session->connection(), &RuntimeConnection::stateChanged);
        while (session->connection()->state() != RuntimeConnection::State::WaitingToReconnect)
            QVERIFY(state.wait(5000));
        clock.advance(NotificationCenter::ConnectionGraceMs - 1);
        QVERIFY(notifier.shown.isEmpty());
        clock.advance(1);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().kind, Notification::Kind::Connection);
        QVERIFY(notifier.shown.constFirst().title.contains(u"lost"_s));

        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        while (!session->connection()->isReady())
            QVERIFY(state.wait(5000));
        QCOMPARE(notifier.shown.size(), 2);
        QVERIFY(notifier.shown.constLast().title.contains(u"back"_s));
        // The first poll after the reconnect is a baseline again: nothing more.
        QVERIFY(waitForSnapshots(session, 2));
        QCOMPARE(notifier.shown.size(), 2);
    }

    void scheduledDrainsEndingAreTold()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        RecordingNotifier notifier;
        DrainScheduler::Options drainOptions;
        drainOptions.pollIntervalMs = 100;
        DrainScheduler scheduler(nullptr, drainOptions);
        SessionManager manager;
        manager.setDrainScheduler(&scheduler);
        NotificationCenter center(&settings, &notifier);
        center.setSessionManager(&manager);
        center.setDrainScheduler(&scheduler);
        center.setEnabled(Notification::Kind::CertExpiring, false);
        const Endpoint endpoint = Endpoint::parse(haproxy.adminSocket()).value();
        InstanceSession *session = manager.open({ u"demo"_s, haproxy.adminSocket(), {}, 100 }, endpoint, 100);
        QVERIFY(waitForSnapshots(session, 1));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<QUuid> done = scheduler.addJob(
            DrainJob::create(endpoint.toString(), u"be"_s, u"s1"_s, now, DrainJob::EndAction::Maint));
        QVERIFY2(done, qPrintable(done.error()));
        QSignalSpy changed(&scheduler, &DrainScheduler::jobChanged);
        while (!scheduler.job(*done)->isFinished())
            QVERIFY(changed.wait(5000));
        QCOMPARE(scheduler.job(*done)->state, DrainJob::State::Done);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().kind, Notification::Kind::DrainFinished);
        QVERIFY2(notifier.shown.constFirst().title.contains(u"be/s1"_s)
                && notifier.shown.constFirst().title.contains(u"demo"_s),
            qPrintable(notifier.shown.constFirst().title));

        // A server deleted behind hadesk's back: the drain cannot be sent and fails.
        const Result<QUuid> failing = scheduler.addJob(DrainJob::create(
            endpoint.toString(), u"be"_s, u"s2"_s, now.addSecs(3600), DrainJob::EndAction::Maint));
        QVERIFY2(failing, qPrintable(failing.error()));
        HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s2 state maint");
        const QByteArray deleted = HaproxyFixture::rawCommand(haproxy.adminSocket(), "del server be/s2");
        QVERIFY2(deleted.contains("Server deleted"), deleted.constData());
        QVERIFY(scheduler.runNow(*failing));
        while (!scheduler.job(*failing)->isFinished())
            QVERIFY(changed.wait(5000));
        QCOMPARE(scheduler.job(*failing)->state, DrainJob::State::Failed);
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.constLast().kind, Notification::Kind::DrainFailed);
        QVERIFY(notifier.shown.constLast().title.contains(u"be/s2"_s));
    }

    void certificateWithThreeDaysLeftIsToldOnce()
    {
        QTemporaryDir dir;
        TestCa ca(dir.path());
        if (!ca.isValid())
            QSKIP("the openssl binary is missing or failed: no certificate for the TLS listener");
        const TestCa::Leaf soon = ca.issue(u"soon"_s, u"a.example"_s, 3);
        const TestCa::Leaf later = ca.issue(u"later"_s, u"b.example"_s, 60);
        QVERIFY(soon.isValid() && later.isValid());
        HaproxyFixture::Options options;
        options.body = uR"(frontend fe
    bind 127.0.0.1:${PORT:tls} ssl crt %1 crt %2
    default_backend be
backend be
    server s1 ${BACKEND:s1}
)"_s.arg(soon.pemPath, later.pemPath);
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));

        Settings settings(dir.filePath(u"hadesk.ini"_s));
        RecordingNotifier notifier;
        SessionManager manager;
        NotificationCenter center(&settings, &notifier);
        center.setSessionManager(&manager);
        const Endpoint endpoint = Endpoint::parse(haproxy.adminSocket()).value();
        InstanceSession *session = manager.open({ u"demo"_s, haproxy.adminSocket(), {}, 100 }, endpoint, 100);
        QSignalSpy state(session->connection(), &RuntimeConnection::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.shown.isEmpty(), 20000); // connect, list, read each
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().kind, Notification::Kind::CertExpiring);
        QCOMPARE(notifier.shown.constFirst().subject, soon.pemPath);
        QVERIFY2(notifier.shown.constFirst().title.contains(u"demo"_s),
            qPrintable(notifier.shown.constFirst().title));

        // Read again after a reconnect: told once only.
        QVERIFY(haproxy.restart());
        while (!session->connection()->isReady())
            QVERIFY(state.wait(5000));
        QVERIFY(waitForSnapshots(session, 3));
        QCOMPARE(notifier.shown.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenterHaproxy)
#include "tst_notificationcenter_haproxy.moc"
