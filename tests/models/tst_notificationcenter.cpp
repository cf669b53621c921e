// NotificationCenter on synthetic snapshots and events, through a recording Notifier and a
// ManualClock: which status changes are news (UP to DOWN and back, fresh rows only, after a
// baseline), the per-kind switches and the "in front" gate, the rate limit with its summary,
// drains, reloads and certificates.

#include "models/notificationcenter.h"
#include "models/notificationthrottle.h"
#include "models/settings.h"
#include "tests/support/snapshotbuilder.h"

#include <QBitArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Kind = Notification::Kind;

class RecordingNotifier : public Notifier
{
public:
    void notify(const Notification &notification) override { shown.append(notification); }
    int count(Kind kind) const
    {
        return int(std::count_if(
            shown.cbegin(), shown.cend(), [kind](const Notification &n) { return n.kind == kind; }));
    }
    QList<Notification> shown;
};

// be with servers s1..sN (all UP unless statuses says otherwise) and its BACKEND row.
SnapshotPtr servers(const QList<QByteArray> &statuses, const QByteArray &backendStatus = "UP")
{
    SnapshotBuilder builder;
    for (int i = 0; i < statuses.size(); ++i)
        builder.server("be", "s" + QByteArray::number(i + 1)).status(statuses.at(i));
    builder.backend("be").status(backendStatus);
    builder.frontend("fe").status("OPEN");
    return builder.build();
}

SnapshotPtr withPid(const SnapshotPtr &snapshot, qint64 pid)
{
    auto copy = std::make_shared<Snapshot>(*snapshot);
    copy->info.fields = { { "Pid", QByteArray::number(pid) } };
    return copy;
}

// Rows at the given indexes carried over from an earlier poll.
SnapshotPtr withStale(const SnapshotPtr &snapshot, const QList<int> &stale)
{
    auto copy = std::make_shared<Snapshot>(*snapshot);
    copy->staleRows = QBitArray(copy->stat.rows.size());
    for (int row : stale)
        copy->staleRows.setBit(row);
    return copy;
}

SslCertInfo cert(const QByteArray &name, const QDateTime &notAfter)
{
    SslCertInfo info;
    info.filename = name;
    info.notAfter = notAfter;
    info.subject = "/CN=" + name;
    return info;
}

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        Settings settings { dir.filePath(u"hadesk.ini"_s) };
        RecordingNotifier notifier;
        ManualClock clock { QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc()) };
        NotificationCenter center { &settings, &notifier, &clock };

        void apply(const SnapshotPtr &snapshot)
        {
            center.applySnapshot(u"unix:/run/demo.sock"_s, u"demo"_s, snapshot);
        }
    };

private slots:
    void firstSnapshotIsABaseline()
    {
        Fixture f;
        f.apply(servers({ "DOWN", "UP" }, "UP"));
        QVERIFY(f.notifier.shown.isEmpty());
        f.apply(servers({ "DOWN", "UP" }, "UP"));
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void upToDownIsToldOnceAndBackUpToo()
    {
        Fixture f;
        f.apply(servers({ "UP", "UP" }));
        f.apply(servers({ "DOWN", "UP" }));
        QCOMPARE(f.notifier.shown.size(), 1);
        const Notification down = f.notifier.shown.constFirst();
        QCOMPARE(down.kind, Kind::ServerDown);
        QCOMPARE(down.subject, u"be/s1"_s);
        QCOMPARE(down.instanceId, u"unix:/run/demo.sock"_s);
        QVERIFY2(down.title.contains(u"be/s1"_s) && down.title.contains(u"demo"_s), qPrintable(down.title));
        // Still DOWN, and DOWN while checks come back: no news.
        f.apply(servers({ "DOWN", "UP" }));
        f.apply(servers({ "DOWN 1/2", "UP" }));
        QCOMPARE(f.notifier.shown.size(), 1);
        f.apply(servers({ "UP", "UP" }));
        QCOMPARE(f.notifier.shown.size(), 2);
        QCOMPARE(f.notifier.shown.constLast().kind, Kind::ServerUp);
        QCOMPARE(f.notifier.shown.constLast().subject, u"be/s1"_s);
    }

    void whatIsNotATransition()
    {
        Fixture f;
        f.apply(servers({ "UP", "UP", "UP", "no check" }));
        // Going down is still UP; maintenance is an operator's doing; "no check" never counts.
        f.apply(servers({ "UP 1/3", "MAINT", "DRAIN", "no check" }));
        f.apply(servers({ "UP 2/3", "MAINT", "DRAIN", "DOWN" }));
        QVERIFY(f.notifier.shown.isEmpty());
        // Out of maintenance into DOWN: the operator's doing too.
        f.apply(servers({ "UP", "DOWN", "DRAIN", "DOWN" }));
        QVERIFY(f.notifier.shown.isEmpty());
        // A draining server failing its checks is news.
        f.apply(servers({ "UP", "DOWN", "DOWN", "DOWN" }));
        QCOMPARE(f.notifier.shown.size(), 1);
        QCOMPARE(f.notifier.shown.constFirst().subject, u"be/s3"_s);
    }

    void backendGoingDown()
    {
        Fixture f;
        f.apply(servers({ "UP" }, "UP"));
        f.apply(servers({ "DOWN" }, "DOWN"));
        QCOMPARE(f.notifier.count(Kind::ServerDown), 2);
        QCOMPARE(f.notifier.shown.constLast().subject, u"be"_s);
        QVERIFY(f.notifier.shown.constLast().title.contains(u"Backend be"_s));
    }

    void staleRowsKeepTheirLastState()
    {
        Fixture f;
        f.apply(servers({ "UP", "UP" }));
        // Row 0 (be/s1) was not read by this poll: its DOWN is old news carried over.
        f.apply(withStale(servers({ "DOWN", "UP" }), { 0 }));
        QVERIFY(f.notifier.shown.isEmpty());
        f.apply(withStale(servers({ "UP", "UP" }), { 0 }));
        f.apply(servers({ "DOWN", "UP" }));
        QCOMPARE(f.notifier.shown.size(), 1);
    }

    void removedAndNewRowsAreNotTransitions()
    {
        Fixture f;
        f.apply(servers({ "UP", "UP" }));
        f.apply(servers({ "UP" })); // s2 deleted
        f.apply(servers({ "UP", "DOWN" })); // a new s2, DOWN from its start
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void anotherWorkerStartsANewBaseline()
    {
        Fixture f;
        f.apply(withPid(servers({ "DOWN" }), 100));
        // After a reload the new worker's servers start UP, then checks put them DOWN again.
        f.apply(withPid(servers({ "UP" }), 200));
        QVERIFY(f.notifier.shown.isEmpty());
        f.apply(withPid(servers({ "DOWN" }), 200));
        QCOMPARE(f.notifier.shown.size(), 1);
    }

    void forgottenInstanceStartsANewBaseline()
    {
        Fixture f;
        f.apply(servers({ "UP" }));
        f.center.forgetInstance(u"unix:/run/demo.sock"_s);
        f.apply(servers({ "DOWN" }));
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void kindSwitchedOffTellsNothing()
    {
        Fixture f;
        QVERIFY(f.center.isEnabled(Kind::ServerDown));
        f.center.setEnabled(Kind::ServerDown, false);
        QCOMPARE(f.settings.store().value(u"notifications/server-down"_s).toBool(), false);
        QVERIFY(!f.center.isEnabled(Kind::ServerDown));
        QVERIFY(f.center.isEnabled(Kind::ServerUp));
        f.apply(servers({ "UP" }));
        f.apply(servers({ "DOWN" }));
        QVERIFY(f.notifier.shown.isEmpty());
        f.apply(servers({ "UP" }));
        QCOMPARE(f.notifier.shown.size(), 1);
        QCOMPARE(f.notifier.shown.constFirst().kind, Kind::ServerUp);
        // The switch is read from the settings: another center on the same file sees it.
        NotificationCenter other(&f.settings, &f.notifier, &f.clock);
        QVERIFY(!other.isEnabled(Kind::ServerDown));
    }

    void nothingWhileInFront()
    {
        Fixture f;
        bool inFront = true;
        f.center.setInFront([&inFront] { return inFront; });
        f.apply(servers({ "UP" }));
        f.apply(servers({ "DOWN" }));
        QVERIFY(f.notifier.shown.isEmpty());
        inFront = false;
        f.apply(servers({ "UP" }));
        QCOMPARE(f.notifier.shown.size(), 1);
    }

    void flappingIsLimitedThenSummarised()
    {
        Fixture f;
        f.apply(servers({ "UP" }));
        // 20 changes in 10 s.
        for (int i = 0; i < 20; ++i) {
            f.clock.advance(500);
            f.apply(servers({ i % 2 == 0 ? "DOWN" : "UP" }));
        }
        const int shown = int(f.notifier.shown.size());
        QVERIFY(shown >= 1);
        QVERIFY(shown <= NotificationThrottle::Budget);
        QCOMPARE(f.notifier.count(Kind::Summary), 0);
        f.clock.advance(NotificationThrottle::SummaryDelayMs + NotificationThrottle::BudgetWindowMs);
        QCOMPARE(f.notifier.count(Kind::Summary), 1);
        const Notification summary = f.notifier.shown.constLast();
        QCOMPARE(summary.kind, Kind::Summary);
        // Every change is either shown or counted in the summary.
        QVERIFY2(summary.title.startsWith(QString::number(20 - shown) + u' '), qPrintable(summary.title));
        QVERIFY2(summary.body.contains(u"be/s1 ×"_s), qPrintable(summary.body));
        QVERIFY2(summary.body.contains(u"Last: Server be/s1 is back UP"_s), qPrintable(summary.body));
        // Nothing more comes later.
        f.clock.advance(10 * 60 * 1000);
        QCOMPARE(f.notifier.shown.size(), shown + 1);
    }

    void manyServersAtOnceStayWithinTheBudget()
    {
        Fixture f;
        const QList<QByteArray> up(8, "UP");
        const QList<QByteArray> down(8, "DOWN");
        f.apply(servers(up));
        f.apply(servers(down, "UP"));
        QCOMPARE(f.notifier.shown.size(), NotificationThrottle::Budget);
        f.clock.advance(NotificationThrottle::SummaryDelayMs - 1);
        QCOMPARE(f.notifier.shown.size(), NotificationThrottle::Budget);
        f.clock.advance(1);
        QCOMPARE(f.notifier.shown.size(), NotificationThrottle::Budget + 1);
        const Notification summary = f.notifier.shown.constLast();
        QVERIFY2(summary.title.startsWith(u"3 more"_s), qPrintable(summary.title));
        QVERIFY2(
            summary.body.contains(u"Went DOWN on demo: be/s6, be/s7, be/s8"_s), qPrintable(summary.body));
        QCOMPARE(summary.instanceId, u"unix:/run/demo.sock"_s);
    }

    void drainsFinishedAndFailed()
    {
        Fixture f;
        DrainJob job = DrainJob::create(
            u"unix:/run/demo.sock"_s, u"be"_s, u"s1"_s, f.clock.nowUtc(), DrainJob::EndAction::Maint);
        job.state = DrainJob::State::Draining;
        f.center.drainJobChanged(job);
        QVERIFY(f.notifier.shown.isEmpty());
        job.state = DrainJob::State::Done;
        f.center.drainJobChanged(job);
        f.center.drainJobChanged(job); // no change
        QCOMPARE(f.notifier.shown.size(), 1);
        QCOMPARE(f.notifier.shown.constFirst().kind, Kind::DrainFinished);
        QVERIFY(f.notifier.shown.constFirst().title.contains(u"be/s1"_s));

        DrainJob failing = DrainJob::create(
            u"unix:/run/demo.sock"_s, u"be"_s, u"s2"_s, f.clock.nowUtc(), DrainJob::EndAction::Maint);
        failing.state = DrainJob::State::Failed;
        failing.lastError = u"the server still had 3 sessions at the idle deadline"_s;
        failing.serverState = u"DRAIN"_s;
        f.center.drainJobChanged(failing);
        QCOMPARE(f.notifier.count(Kind::DrainFailed), 1);
        QVERIFY(f.notifier.shown.constLast().body.contains(u"3 sessions"_s));
        QVERIFY(f.notifier.shown.constLast().body.contains(u"DRAIN"_s));

        DrainJob cancelled = DrainJob::create(
            u"unix:/run/demo.sock"_s, u"be"_s, u"s3"_s, f.clock.nowUtc(), DrainJob::EndAction::Maint);
        cancelled.state = DrainJob::State::Cancelled;
        f.center.drainJobChanged(cancelled);
        QCOMPARE(f.notifier.shown.size(), 2);
    }

    void reloadFailedOrUnknown()
    {
        Fixture f;
        MasterReload::Report report;
        report.outcome = MasterReload::Outcome::Loaded;
        f.center.reloadFinished(u"unix:/run/demo.sock"_s, u"demo"_s, report);
        report.outcome = MasterReload::Outcome::NotSent;
        f.center.reloadFinished(u"unix:/run/demo.sock"_s, u"demo"_s, report);
        QVERIFY(f.notifier.shown.isEmpty());
        report.outcome = MasterReload::Outcome::Failed;
        report.message = u"The configuration did not load: line 12"_s;
        f.center.reloadFinished(u"unix:/run/demo.sock"_s, u"demo"_s, report);
        QCOMPARE(f.notifier.count(Kind::ReloadFailed), 1);
        QCOMPARE(f.notifier.shown.constLast().body, report.message);
        QVERIFY(f.notifier.shown.constLast().title.contains(u"failed"_s));
        f.center.setEnabled(Kind::ReloadFailed, false);
        f.center.reloadFinished(u"unix:/run/demo.sock"_s, u"demo"_s, report);
        QCOMPARE(f.notifier.shown.size(), 1);
    }

    void certificateInItsLastDaysIsToldOnce()
    {
        Fixture f;
        const QDateTime now = f.clock.nowUtc();
        const QList<SslCertInfo> certs { cert("/etc/ssl/a.pem", now.addDays(3)),
            cert("/etc/ssl/b.pem", now.addDays(30)), cert("*/etc/ssl/c.pem", now.addDays(1)) };
        f.center.certificatesRead(u"unix:/run/demo.sock"_s, u"demo"_s, certs);
        QCOMPARE(f.notifier.shown.size(), 1);
        QCOMPARE(f.notifier.shown.constFirst().kind, Kind::CertExpiring);
        QCOMPARE(f.notifier.shown.constFirst().subject, u"/etc/ssl/a.pem"_s);
        QVERIFY2(f.notifier.shown.constFirst().title.contains(u"expires in 3 day"_s),
            qPrintable(f.notifier.shown.constFirst().title));
        // Read again, and again the next day: nothing new.
        f.center.certificatesRead(u"unix:/run/demo.sock"_s, u"demo"_s, certs);
        f.clock.advance(24 * 3600 * 1000);
        f.center.certificatesRead(u"unix:/run/demo.sock"_s, u"demo"_s, certs);
        QCOMPARE(f.notifier.shown.size(), 1);
        // b enters its last 7 days.
        f.clock.advance(qint64(23) * 24 * 3600 * 1000);
        f.center.certificatesRead(u"unix:/run/demo.sock"_s, u"demo"_s, certs);
        QCOMPARE(f.notifier.shown.size(), 2);
        QCOMPARE(f.notifier.shown.constLast().subject, u"/etc/ssl/b.pem"_s);
        // a, replaced by one that expires soon too: a new certificate, told again.
        f.center.certificatesRead(
            u"unix:/run/demo.sock"_s, u"demo"_s, { cert("/etc/ssl/a.pem", f.clock.nowUtc().addDays(2)) });
        QCOMPARE(f.notifier.shown.size(), 3);
        // The same name on another instance is another certificate.
        f.center.certificatesRead(u"unix:/run/other.sock"_s, u"other"_s, { certs.constFirst() });
        QCOMPARE(f.notifier.shown.size(), 4);
        QVERIFY(f.notifier.shown.constLast().title.contains(u"has expired"_s));
    }

    void switchesHaveKeysAndWords()
    {
        QCOMPARE(NotificationCenter::settingsKey(Kind::CertExpiring), u"notifications/cert-expiring"_s);
        QSet<QString> keys;
        for (Kind kind : NotificationCenter::switchableKinds()) {
            keys.insert(NotificationCenter::settingsKey(kind));
            QVERIFY(!NotificationCenter::kindLabel(kind).isEmpty());
        }
        QCOMPARE(keys.size(), NotificationCenter::switchableKinds().size());
        QVERIFY(!NotificationCenter::switchableKinds().contains(Kind::Summary));
        QVERIFY(NotificationCenter::rateLimitText().contains(QString::number(NotificationThrottle::Budget)));
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
