// NotificationCenter against a real haproxy, through a real SessionManager and its
// InstanceSession: a server whose backend process stops really goes DOWN (its health checks
// fail) and exactly one server-down reaches the notifier; it comes back, exactly one server-up.

#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "models/notificationcenter.h"
#include "models/sessionmanager.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"

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
};

QTEST_GUILESS_MAIN(TestNotificationCenterHaproxy)
#include "tst_notificationcenter_haproxy.moc"
