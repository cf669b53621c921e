// DrainScheduler against a real haproxy: delayed drains ending in removal, maintenance and
// a maintenance window; held sessions; the idle deadline; cancel; resuming from the store
// after the scheduler is destroyed; overdue jobs; servers changed outside hadesk; bad names
// and a socket whose level is too low. Every effect is read back with the fixture's own raw
// client, not with the code under test.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/storage/drainjobstore.h"
#include "core/workflows/clock.h"
#include "core/workflows/drainscheduler.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/socket.h>
#include <vector>

namespace {

// One backend per case, so that one case's removal or maintenance does not touch another.
// The busy ones are TCP with `balance first`: every connection goes to the slow server,
// which never answers, and a client's reset ends its session (HTTP mode in 2.6 does not
// notice the client leaving).
QString busyProxy(const QString &name)
{
    return QStringLiteral(R"(frontend fe_%1
    mode tcp
    bind 127.0.0.1:${PORT:fe_%1}
    timeout client 60s
    default_backend be_%1

backend be_%1
    mode tcp
    balance first
    timeout server 60s
    server slow_%1 ${SLOWBACKEND:slow_%1}
    server keep_%1 ${BACKEND:keep_%1}

)")
        .arg(name);
}

QString idleBackend(const QString &name)
{
    return QStringLiteral(R"(backend be_%1
    balance roundrobin
    server s_%1 ${BACKEND:s_%1}
    server keep_%1 ${BACKEND:keep_%1}

)")
        .arg(name);
}

QString body()
{
    QString text;
    for (const char *name : { "hold", "deadline", "cancel", "resume", "outside", "outside2", "offline" })
        text += busyProxy(QString::fromLatin1(name));
    for (const char *name :
        { "remove", "maint", "window", "window2", "waiting", "overdue", "level", "edited", "edited2" })
        text += idleBackend(QString::fromLatin1(name));
    return text;
}

constexpr int WaitMs = 20000;

using State = DrainJob::State;
using End = DrainJob::EndAction;

} // namespace

class TestDrainScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    QString m_instance;

    DrainScheduler::Options fastOptions() const
    {
        DrainScheduler::Options options;
        options.pollIntervalMs = 100;
        options.shutdownGraceMs = 5000;
        return options;
    }

    // now: the scheduler's clock when the test moves one (a start taken from the wall clock would
    // lie a few ms after a ManualClock made earlier, and the job would wait for a clock that
    // only moves when the test moves it).
    DrainJob job(const QString &name, End end, int delaySeconds = 0, const QString &server = {},
        const QDateTime &now = {}) const
    {
        DrainJob job = DrainJob::create(m_instance, QStringLiteral("be_") + name,
            server.isEmpty() ? QStringLiteral("s_") + name : server,
            (now.isValid() ? now : QDateTime::currentDateTimeUtc()).addSecs(delaySeconds), end);
        job.idleDeadlineSeconds = 0;
        return job;
    }

    // srv_admin_state of a server from `show servers state`; -1 when it is not listed.
    qint64 adminState(const QString &backend, const QString &server) const
    {
        const QByteArray answer =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state " + backend.toUtf8());
        const Result<ServersState> state = ServersStateParser::parse(answer);
        if (!state)
            qFatal("show servers state %s: %s", qPrintable(backend), qPrintable(state.error()));
        for (const ServerStateRow &row : state->rows) {
            if (row.name == server.toUtf8())
                return row.adminState;
        }
        return -1;
    }

    bool inStat(const QString &backend, const QString &server) const
    {
        const QByteArray answer =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat " + backend.toUtf8() + " 4 -1");
        const Result<StatTable> table = StatParser::parse(answer);
        if (!table)
            qFatal("show stat: %s", qPrintable(table.error()));
        for (const StatRow &row : table->rows) {
            if (row.svname == server.toUtf8())
                return true;
        }
        return false;
    }

    qint64 sessions(const QString &backend, const QString &server) const
    {
        const QByteArray answer =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat " + backend.toUtf8() + " 4 -1");
        const Result<StatTable> table = StatParser::parse(answer);
        if (!table)
            return -1;
        for (const StatRow &row : table->rows) {
            if (row.svname == server.toUtf8())
                return row.scur;
        }
        return -1;
    }

    bool hold(const QString &name, int count, std::vector<std::unique_ptr<QTcpSocket>> &sockets)
    {
        if (!openHeldRequests(m_haproxy->frontendPort(QStringLiteral("fe_") + name), count, sockets))
            return false;
        return QTest::qWaitFor(
            [&] { return sessions(QStringLiteral("be_") + name, QStringLiteral("slow_") + name) == count; },
            WaitMs);
    }

    // A reset (linger 0) is a client that went away: its session ends at once.
    static void release(std::vector<std::unique_ptr<QTcpSocket>> &sockets)
    {
        for (auto &socket : sockets) {
            const linger reset { 1, 0 };
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            socket->abort();
        }
        sockets.clear();
    }

    // Waits for the job to reach the state: every state change is a jobChanged().
    static bool waitState(
        const DrainScheduler &scheduler, const QUuid &id, State state, int timeoutMs = WaitMs)
    {
        QSignalSpy changed(&scheduler, &DrainScheduler::jobChanged);
        auto reached = [&] {
            const DrainJob *job = scheduler.job(id);
            return job && job->state == state;
        };
        while (!reached()) {
            if (!changed.wait(timeoutMs))
                return reached();
        }
        return true;
    }

    // Waits for the state while moving the scheduler's clock on, a poll interval at a time: the
    // time the job waits for passes without the test sleeping through it.
    static bool waitStateMoving(
        const DrainScheduler &scheduler, const QUuid &id, State state, ManualClock &clock)
    {
        return QTest::qWaitFor(
            [&] {
                const DrainJob *job = scheduler.job(id);
                if (job && job->state == state)
                    return true;
                clock.advance(100);
                return false;
            },
            WaitMs);
    }

    // Sends a harmless read on the shared connection and waits for its answer. Answers come in
    // order, so by then everything sent on it before has been answered (and is in `finished`).
    // The lines of the commands that finished, the read's own last.
    QStringList sync(QSignalSpy &finished) const
    {
        const RuntimeCommand read = *CommandBuilder::showServersState(QStringLiteral("be_level"));
        bool answered = false;
        QObject context;
        m_connection->send(read, &context, [&](const RuntimeReply &) { answered = true; });
        while (!answered) {
            if (!finished.wait(WaitMs))
                return { QStringLiteral("(no answer to the sync read)") };
        }
        QStringList lines;
        for (const QList<QVariant> &arguments : std::as_const(finished))
            lines.append(arguments.at(0).value<RuntimeCommand>().text());
        finished.clear();
        return lines;
    }
    // The line of sync()'s read: when sync() returns only this, nothing else was sent meanwhile.
    static QStringList onlySync() { return { QStringLiteral("show servers state be_level") }; }

    // Waits until `show stat` of the backend has finished n more times on the connection.
    static bool waitPolls(QSignalSpy &finished, const QString &backend, int n)
    {
        const QString line = QStringLiteral("show stat ") + backend;
        auto polls = [&] {
            return std::count_if(finished.cbegin(), finished.cend(), [&](const QList<QVariant> &arguments) {
                return arguments.at(0).value<RuntimeCommand>().text().startsWith(line);
            });
        };
        while (polls() < n) {
            if (!finished.wait(WaitMs))
                return false;
        }
        return true;
    }

    static QString describe(const DrainScheduler &scheduler, const QUuid &id)
    {
        const DrainJob *job = scheduler.job(id);
        if (!job)
            return QStringLiteral("no such job");
        return QStringLiteral("%1; error: %2; server: %3")
            .arg(DrainJob::stateName(job->state), job->lastError, job->serverState);
    }

    static QList<State> states(const DrainJob &job)
    {
        QList<State> result;
        for (const DrainJob::Transition &transition : job.transitions)
            result.append(transition.state);
        return result;
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = body();
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        m_instance = endpoint.toString();
        m_connection = std::make_unique<RuntimeConnection>(endpoint);
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        QCOMPARE(m_connection->level(), AccessLevel::Admin);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    // A drain scheduled 2 s ahead waits, then drains and removes the idle server.
    void delayedDrainEndsRemoved()
    {
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler scheduler(&store, options);
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id =
            scheduler.addJob(job(QStringLiteral("remove"), End::Remove, 2, {}, clock.nowUtc()));
        QVERIFY2(id, qPrintable(id.error()));
        clock.advance(1000); // half way to its start: nothing is sent yet
        QCoreApplication::processEvents();
        QCOMPARE(scheduler.job(*id)->state, State::Waiting);
        QCOMPARE(adminState(QStringLiteral("be_remove"), QStringLiteral("s_remove")), 0);

        QVERIFY2(waitStateMoving(scheduler, *id, State::Done, clock), qPrintable(describe(scheduler, *id)));
        QCOMPARE(adminState(QStringLiteral("be_remove"), QStringLiteral("s_remove")), -1);
        QVERIFY(!inStat(QStringLiteral("be_remove"), QStringLiteral("s_remove")));
        QVERIFY(inStat(QStringLiteral("be_remove"), QStringLiteral("keep_remove")));
        const QList<State> seen = states(*scheduler.job(*id));
        QCOMPARE(seen.first(), State::Waiting);
        QVERIFY(seen.indexOf(State::Draining) < seen.indexOf(State::WaitingIdle));
        QVERIFY(seen.indexOf(State::WaitingIdle) < seen.indexOf(State::Ending));
        QCOMPARE(seen.last(), State::Done);
        // The store followed: it says Done too.
        QCOMPARE(store.load().jobs.first().state, State::Done);
    }

    void drainIdleMaint()
    {
        DrainScheduler scheduler(nullptr, fastOptions());
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id = scheduler.addJob(job(QStringLiteral("maint"), End::Maint));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY2(waitState(scheduler, *id, State::Done), qPrintable(describe(scheduler, *id)));
        QVERIFY(
            adminState(QStringLiteral("be_maint"), QStringLiteral("s_maint")) & ServerStateRow::ForcedMaint);
        QCOMPARE(adminState(QStringLiteral("be_maint"), QStringLiteral("keep_maint")), 0);
        QCOMPARE(scheduler.job(*id)->serverState, QStringLiteral("MAINT"));
    }

    // drain -> idle -> maint -> (2 s) -> ready
    void readyAfterWindow()
    {
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler scheduler(nullptr, options);
        scheduler.setConnection(m_instance, m_connection.get());
        DrainJob windowJob = job(QStringLiteral("window"), End::ReadyAfter, 0, {}, clock.nowUtc());
        windowJob.readyAfterMinutes = 2.0 / 60.0;
        const Result<QUuid> id = scheduler.addJob(windowJob);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY2(waitState(scheduler, *id, State::InWindow), qPrintable(describe(scheduler, *id)));
        QVERIFY(adminState(QStringLiteral("be_window"), QStringLiteral("s_window"))
            & ServerStateRow::ForcedMaint);
        QVERIFY(scheduler.job(*id)->nextEventUtc().isValid());
        clock.advance(1000); // half the window: still in MAINT
        QCoreApplication::processEvents();
        QCOMPARE(scheduler.job(*id)->state, State::InWindow);
        QVERIFY2(waitStateMoving(scheduler, *id, State::Done, clock), qPrintable(describe(scheduler, *id)));
        QCOMPARE(adminState(QStringLiteral("be_window"), QStringLiteral("s_window")), 0);
    }

    void heldSessionsKeepItWaitingIdle()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("hold"), 2, held));
        DrainScheduler scheduler(nullptr, fastOptions());
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id =
            scheduler.addJob(job(QStringLiteral("hold"), End::Maint, 0, QStringLiteral("slow_hold")));
        QVERIFY2(id, qPrintable(id.error()));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(*id)->currentSessions == 2, WaitMs);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        QVERIFY(waitPolls(finished, QStringLiteral("be_hold"), 5)); // five more reads of the sessions
        QCOMPARE(scheduler.job(*id)->state, State::WaitingIdle);
        QCOMPARE(scheduler.job(*id)->initialSessions, 2);
        QCOMPARE(scheduler.job(*id)->progress(), 0.0);
        QCOMPARE(
            adminState(QStringLiteral("be_hold"), QStringLiteral("slow_hold")), ServerStateRow::ForcedDrain);

        release(held);
        QVERIFY2(waitState(scheduler, *id, State::Done), qPrintable(describe(scheduler, *id)));
        QVERIFY(
            adminState(QStringLiteral("be_hold"), QStringLiteral("slow_hold")) & ServerStateRow::ForcedMaint);
    }

    // At the idle deadline the job fails and leaves the server in DRAIN; with
    // shutdownAtDeadline it shuts the sessions down and goes on.
    void idleDeadline()
    {
        const QString backend = QStringLiteral("be_deadline");
        const QString server = QStringLiteral("slow_deadline");
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("deadline"), 1, held));
        DrainScheduler scheduler(nullptr, fastOptions());
        scheduler.setConnection(m_instance, m_connection.get());
        DrainJob strict = job(QStringLiteral("deadline"), End::Maint, 0, server);
        strict.idleDeadlineSeconds = 2;
        const Result<QUuid> id = scheduler.addJob(strict);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY2(waitState(scheduler, *id, State::Failed), qPrintable(describe(scheduler, *id)));
        const DrainJob *failed = scheduler.job(*id);
        QVERIFY2(failed->lastError.contains(QStringLiteral("idle deadline")), qPrintable(failed->lastError));
        QVERIFY2(failed->lastError.contains(QStringLiteral("1 session")), qPrintable(failed->lastError));
        QCOMPARE(failed->serverState, QStringLiteral("DRAIN"));
        QCOMPARE(adminState(backend, server), ServerStateRow::ForcedDrain);
        QCOMPARE(sessions(backend, server), 1);

        DrainJob forceful = job(QStringLiteral("deadline"), End::Maint, 0, server);
        forceful.idleDeadlineSeconds = 1;
        forceful.shutdownAtDeadline = true;
        const Result<QUuid> second = scheduler.addJob(forceful);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY2(waitState(scheduler, *second, State::Done), qPrintable(describe(scheduler, *second)));
        QVERIFY(scheduler.job(*second)->sessionsShutDown);
        QVERIFY(adminState(backend, server) & ServerStateRow::ForcedMaint);
        QCOMPARE(sessions(backend, server), 0);
        release(held);
    }

    void cancelWhileWaiting()
    {
        DrainScheduler scheduler(nullptr, fastOptions());
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id = scheduler.addJob(job(QStringLiteral("waiting"), End::Remove, 60));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(scheduler.canCancel(*id));
        QVERIFY(scheduler.cancel(*id));
        QVERIFY2(waitState(scheduler, *id, State::Cancelled), qPrintable(describe(scheduler, *id)));
        QCOMPARE(scheduler.job(*id)->serverState, QStringLiteral("READY"));
        QCOMPARE(adminState(QStringLiteral("be_waiting"), QStringLiteral("s_waiting")), 0);
        QVERIFY(!scheduler.cancel(*id)); // finished: refused with a reason
        QCOMPARE(scheduler.removeFinished(), 1);
        QVERIFY(scheduler.jobs().isEmpty());
    }

    void cancelWhileDraining()
    {
        const QString backend = QStringLiteral("be_cancel");
        const QString server = QStringLiteral("slow_cancel");
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("cancel"), 1, held));
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler scheduler(nullptr, options);
        scheduler.setConnection(m_instance, m_connection.get());
        QSignalSpy messages(&scheduler, &DrainScheduler::message);
        const Result<QUuid> id =
            scheduler.addJob(job(QStringLiteral("cancel"), End::Remove, 0, server, clock.nowUtc()));
        QVERIFY2(id, qPrintable(id.error()));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(*id)->currentSessions == 1, WaitMs);
        QVERIFY(scheduler.cancel(*id));
        QVERIFY2(waitState(scheduler, *id, State::Cancelled), qPrintable(describe(scheduler, *id)));
        QCOMPARE(scheduler.job(*id)->serverState, QStringLiteral("DRAIN"));
        QVERIFY(messages.last().at(1).toString().contains(QStringLiteral("left in DRAIN")));
        release(held);
        // Nothing more is sent however long it waits: it stays in DRAIN, not removed.
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        clock.advance(60'000);
        QCOMPARE(sync(finished), onlySync());
        QCOMPARE(adminState(backend, server), ServerStateRow::ForcedDrain);
    }

    // The scheduler is destroyed mid-drain (hadesk closed) and recreated from the store:
    // the job re-reads the server, finds it still draining, and goes on to the removal.
    void resumesMidDrain()
    {
        const QString backend = QStringLiteral("be_resume");
        const QString server = QStringLiteral("slow_resume");
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("resume"), 2, held));
        QUuid id;
        {
            DrainScheduler first(&store, fastOptions());
            first.setConnection(m_instance, m_connection.get());
            const Result<QUuid> added = first.addJob(job(QStringLiteral("resume"), End::Remove, 0, server));
            QVERIFY2(added, qPrintable(added.error()));
            id = *added;
            QTRY_VERIFY_WITH_TIMEOUT(first.job(id)->currentSessions == 2, WaitMs);
        }
        QCOMPARE(store.load().jobs.first().state, State::WaitingIdle);
        QCOMPARE(adminState(backend, server), ServerStateRow::ForcedDrain);

        DrainScheduler second(&store, fastOptions());
        QSignalSpy overdue(&second, &DrainScheduler::overdueJobs);
        QVERIFY(second.load());
        QCOMPARE(second.jobs().size(), 1);
        QVERIFY(second.isWaitingForConnection(id));
        second.setConnection(m_instance, m_connection.get());
        QTRY_VERIFY_WITH_TIMEOUT(second.job(id)->currentSessions == 2, WaitMs);
        QCOMPARE(second.job(id)->state, State::WaitingIdle);
        QVERIFY(overdue.isEmpty());
        release(held);
        QVERIFY2(waitState(second, id, State::Done), qPrintable(describe(second, id)));
        QCOMPARE(adminState(backend, server), -1);
        QVERIFY(!inStat(backend, server));
    }

    // The connection goes away mid-drain: the job waits (and says so), then re-reads the
    // server and finishes once a connection is set again.
    void waitsForTheConnection()
    {
        const QString backend = QStringLiteral("be_offline");
        const QString server = QStringLiteral("slow_offline");
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("offline"), 1, held));
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler scheduler(nullptr, options);
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id =
            scheduler.addJob(job(QStringLiteral("offline"), End::Maint, 0, server, clock.nowUtc()));
        QVERIFY2(id, qPrintable(id.error()));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(*id)->currentSessions == 1, WaitMs);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        QCOMPARE(sync(finished), onlySync()); // its next read of the sessions waits for the clock
        scheduler.setConnection(m_instance, nullptr);
        QVERIFY(scheduler.isWaitingForConnection(*id));
        QVERIFY(scheduler.statusText(*id).contains(QStringLiteral("not connected")));
        release(held);
        clock.advance(60'000); // its polls come due without a connection
        QCOMPARE(sync(finished), onlySync()); // nothing sent on the connection it was taken off
        QCOMPARE(scheduler.job(*id)->state, State::WaitingIdle);
        QCOMPARE(adminState(backend, server), ServerStateRow::ForcedDrain);
        scheduler.setConnection(m_instance, m_connection.get());
        QVERIFY2(waitStateMoving(scheduler, *id, State::Done, clock), qPrintable(describe(scheduler, *id)));
        QVERIFY(!scheduler.isWaitingForConnection(*id));
        QVERIFY(adminState(backend, server) & ServerStateRow::ForcedMaint);
    }

    // A start missed while hadesk was closed is not run late: Overdue until runNow().
    void overdueAfterRestart()
    {
        const QString backend = QStringLiteral("be_overdue");
        const QString server = QStringLiteral("s_overdue");
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        QUuid id;
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        {
            DrainScheduler first(&store, options);
            first.setConnection(m_instance, m_connection.get());
            const Result<QUuid> added =
                first.addJob(job(QStringLiteral("overdue"), End::Maint, 1, {}, clock.nowUtc()));
            QVERIFY2(added, qPrintable(added.error()));
            id = *added;
        }
        clock.advance(1500); // hadesk is closed while its time passes
        DrainScheduler second(&store, options);
        QSignalSpy overdue(&second, &DrainScheduler::overdueJobs);
        QVERIFY(second.load());
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().first().value<QList<QUuid>>(), QList<QUuid> { id });
        QCOMPARE(second.job(id)->state, State::Overdue);
        QCOMPARE(store.load().jobs.first().state, State::Overdue);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        second.setConnection(m_instance, m_connection.get());
        clock.advance(60'000);
        QCOMPARE(sync(finished), onlySync()); // not run late on its own
        QCOMPARE(second.job(id)->state, State::Overdue);
        QCOMPARE(adminState(backend, server), 0);

        QVERIFY(second.canRunNow(id));
        QVERIFY(second.runNow(id));
        QVERIFY2(waitState(second, id, State::Done), qPrintable(describe(second, id)));
        QVERIFY(adminState(backend, server) & ServerStateRow::ForcedMaint);
    }

    // A maintenance window that ended while hadesk was closed: the server stays in MAINT
    // until the user says to return it to ready.
    void windowOverdueAfterRestart()
    {
        const QString backend = QStringLiteral("be_window2");
        const QString server = QStringLiteral("s_window2");
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        QUuid id;
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        {
            DrainScheduler first(&store, options);
            first.setConnection(m_instance, m_connection.get());
            DrainJob windowJob = job(QStringLiteral("window2"), End::ReadyAfter, 0, {}, clock.nowUtc());
            windowJob.readyAfterMinutes = 1.0 / 60.0;
            const Result<QUuid> added = first.addJob(windowJob);
            QVERIFY2(added, qPrintable(added.error()));
            id = *added;
            QVERIFY2(waitState(first, id, State::InWindow), qPrintable(describe(first, id)));
        }
        clock.advance(1500); // the window ends while hadesk is closed
        DrainScheduler second(&store, options);
        QSignalSpy overdue(&second, &DrainScheduler::overdueJobs);
        QVERIFY(second.load());
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(second.job(id)->state, State::Overdue);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        second.setConnection(m_instance, m_connection.get());
        clock.advance(60'000);
        QCOMPARE(sync(finished), onlySync()); // not returned to ready on its own
        QVERIFY(adminState(backend, server) & ServerStateRow::ForcedMaint);
        QVERIFY(second.runNow(id));
        QVERIFY2(waitState(second, id, State::Done), qPrintable(describe(second, id)));
        QCOMPARE(adminState(backend, server), 0);
        QCOMPARE(second.job(id)->serverState, QStringLiteral("READY"));
    }

    // Someone sets the server back to ready: the job stops instead of putting it in MAINT.
    void changedOutsideNotContinued()
    {
        const QString backend = QStringLiteral("be_outside");
        const QString server = QStringLiteral("slow_outside");
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("outside"), 1, held));
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler scheduler(nullptr, options);
        scheduler.setConnection(m_instance, m_connection.get());
        const Result<QUuid> id =
            scheduler.addJob(job(QStringLiteral("outside"), End::Maint, 0, server, clock.nowUtc()));
        QVERIFY2(id, qPrintable(id.error()));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(*id)->currentSessions == 1, WaitMs);
        QCOMPARE(HaproxyFixture::rawCommand(
                     m_haproxy->adminSocket(), "set server be_outside/slow_outside state ready"),
            QByteArray("\n"));
        QVERIFY2(waitStateMoving(scheduler, *id, State::Failed, clock), qPrintable(describe(scheduler, *id)));
        QVERIFY2(scheduler.job(*id)->lastError.contains(QStringLiteral("outside hadesk")),
            qPrintable(scheduler.job(*id)->lastError));
        release(held);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        clock.advance(60'000);
        QCOMPARE(sync(finished), onlySync());
        QCOMPARE(adminState(backend, server), 0); // not put in MAINT behind the operator's back
    }

    // The same after a restart: a job saved as draining whose server is READY again fails.
    void changedOutsideWhileClosed()
    {
        const QString backend = QStringLiteral("be_outside2");
        const QString server = QStringLiteral("slow_outside2");
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(hold(QStringLiteral("outside2"), 1, held));
        QUuid id;
        {
            DrainScheduler first(&store, fastOptions());
            first.setConnection(m_instance, m_connection.get());
            const Result<QUuid> added = first.addJob(job(QStringLiteral("outside2"), End::Remove, 0, server));
            QVERIFY2(added, qPrintable(added.error()));
            id = *added;
            QTRY_VERIFY_WITH_TIMEOUT(first.job(id)->currentSessions == 1, WaitMs);
        }
        HaproxyFixture::rawCommand(
            m_haproxy->adminSocket(), "set server be_outside2/slow_outside2 state ready");
        release(held);
        ManualClock clock;
        DrainScheduler::Options options = fastOptions();
        options.clock = &clock;
        DrainScheduler second(&store, options);
        QVERIFY(second.load());
        second.setConnection(m_instance, m_connection.get());
        QVERIFY2(waitState(second, id, State::Failed), qPrintable(describe(second, id)));
        QVERIFY2(second.job(id)->lastError.contains(QStringLiteral("outside hadesk")),
            qPrintable(second.job(id)->lastError));
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        clock.advance(60'000);
        QCOMPARE(sync(finished), onlySync());
        QCOMPARE(adminState(backend, server), 0); // still there, still ready
    }

    // A hand-edited drains.json: jobs whose values break the dialog's rules (1e300 minutes,
    // a deadline that is not a whole number, a name that is two commands) load as Failed
    // with the reason and never run; the file keeps them. A valid job of the same file due
    // at the same moment runs, so waiting for it is waiting long enough.
    void handEditedInvalidJobsFailNotRun()
    {
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(2000);
        DrainJob window = DrainJob::create(
            m_instance, QStringLiteral("be_edited"), QStringLiteral("s_edited"), start, End::ReadyAfter);
        DrainJob deadline = DrainJob::create(
            m_instance, QStringLiteral("be_edited"), QStringLiteral("keep_edited"), start, End::Maint);
        DrainJob name = DrainJob::create(
            m_instance, QStringLiteral("be_edited"), QStringLiteral("s_edited"), start, End::Maint);
        const DrainJob valid = job(QStringLiteral("edited2"), End::Maint);
        QVERIFY(store.save({ window, deadline, name, valid }));
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray jobs = root.value(QStringLiteral("jobs")).toArray();
        auto edit = [&jobs](int i, const QString &field, const QJsonValue &value) {
            QJsonObject object = jobs.at(i).toObject();
            object.insert(field, value);
            jobs.replace(i, object);
        };
        edit(0, QStringLiteral("readyAfterMinutes"), 1e300);
        edit(1, QStringLiteral("idleDeadlineSeconds"), 1.5);
        edit(2, QStringLiteral("server"), QStringLiteral("s_edited;del server be_edited/keep_edited"));
        edit(3, QStringLiteral("startAt"), start.toString(Qt::ISODateWithMs));
        root.insert(QStringLiteral("jobs"), jobs);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        DrainScheduler scheduler(&store, fastOptions());
        QVERIFY(scheduler.load());
        QCOMPARE(scheduler.jobs().size(), 4);
        scheduler.setConnection(m_instance, m_connection.get());
        QVERIFY2(waitState(scheduler, valid.id, State::Done), qPrintable(describe(scheduler, valid.id)));

        const QStringList reasons { QStringLiteral("maintenance window"),
            QStringLiteral("idleDeadlineSeconds"), QStringLiteral("server name") };
        for (int i = 0; i < 3; ++i) {
            const DrainJob *failed = scheduler.job(
                QUuid::fromString(jobs.at(i).toObject().value(QStringLiteral("id")).toString()));
            QVERIFY(failed);
            QCOMPARE(failed->state, State::Failed);
            QVERIFY2(failed->lastError.contains(reasons.at(i)), qPrintable(failed->lastError));
            QVERIFY(failed->enteredAt(State::Draining).isNull());
        }
        QCOMPARE(adminState(QStringLiteral("be_edited"), QStringLiteral("s_edited")), 0);
        QCOMPARE(adminState(QStringLiteral("be_edited"), QStringLiteral("keep_edited")), 0);
        QVERIFY(adminState(QStringLiteral("be_edited2"), QStringLiteral("s_edited2"))
            & ServerStateRow::ForcedMaint);
        // Kept in the file, not thrown away.
        QCOMPARE(store.load().jobs.size(), 4);
    }

    void badNameRefused()
    {
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        DrainScheduler scheduler(&store, fastOptions());
        scheduler.setConnection(m_instance, m_connection.get());
        QSignalSpy added(&scheduler, &DrainScheduler::jobAdded);
        QSignalSpy finished(m_connection.get(), &RuntimeConnection::commandFinished);
        const Result<QUuid> id = scheduler.addJob(job(QStringLiteral("remove"), End::Remove, 0,
            QStringLiteral("keep_remove;del server be_maint/keep_maint")));
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("server name")), qPrintable(id.error()));
        QVERIFY(added.isEmpty());
        QVERIFY(scheduler.jobs().isEmpty());
        QVERIFY(!QFile::exists(store.path()));
        QCOMPARE(sync(finished), onlySync()); // nothing was sent
        QCOMPARE(adminState(QStringLiteral("be_maint"), QStringLiteral("keep_maint")), 0);
        QCOMPARE(adminState(QStringLiteral("be_remove"), QStringLiteral("keep_remove")), 0);
    }

    void operatorLevelRefused()
    {
        const Endpoint endpoint = Endpoint::parse(m_haproxy->operatorSocket()).value();
        RuntimeConnection operatorConnection(endpoint);
        operatorConnection.open();
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection.isReady(), WaitMs);
        QCOMPARE(operatorConnection.level(), AccessLevel::Operator);
        const QString instance = endpoint.toString();

        DrainScheduler scheduler(nullptr, fastOptions());
        scheduler.setConnection(instance, &operatorConnection);
        DrainJob refused = job(QStringLiteral("level"), End::Maint);
        refused.instanceId = instance;
        const Result<QUuid> id = scheduler.addJob(refused);
        QVERIFY(!id);
        QVERIFY2(
            id.error().contains(QStringLiteral("admin")) && id.error().contains(QStringLiteral("operator")),
            qPrintable(id.error()));

        // Scheduled while disconnected, it fails at its start with the reason, sending nothing.
        scheduler.setConnection(instance, nullptr);
        const Result<QUuid> later = scheduler.addJob(refused);
        QVERIFY2(later, qPrintable(later.error()));
        QVERIFY(scheduler.isWaitingForConnection(*later));
        QSignalSpy sent(&operatorConnection, &RuntimeConnection::commandFinished);
        scheduler.setConnection(instance, &operatorConnection);
        QVERIFY2(waitState(scheduler, *later, State::Failed), qPrintable(describe(scheduler, *later)));
        QVERIFY2(scheduler.job(*later)->lastError.contains(QStringLiteral("admin")),
            qPrintable(scheduler.job(*later)->lastError));
        QVERIFY(sent.isEmpty());
        QCOMPARE(adminState(QStringLiteral("be_level"), QStringLiteral("s_level")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDrainScheduler)
#include "tst_drainscheduler.moc"
