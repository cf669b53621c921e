// Poller against a real haproxy: cadence and content of snapshots, polls that never overlap,
// pause/resume, refreshNow, scopes (and unknown proxies), counter resets, disconnects,
// destruction while a parse runs, and parsing off the GUI thread.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

Endpoint unixEndpoint(const QString &path)
{
    auto endpoint = Endpoint::parse(path);
    Q_ASSERT(endpoint.ok());
    return endpoint.value();
}

SnapshotPtr snapshotAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<SnapshotPtr>();
}

// "pxname/svname" of every row, in order.
QStringList rowNames(const StatTable &table)
{
    QStringList names;
    for (const StatRow &row : table.rows)
        names.append(QString::fromUtf8(row.pxname + '/' + row.svname));
    return names;
}

const StatRow *findRow(const StatTable &table, QByteArrayView pxname, QByteArrayView svname)
{
    for (const StatRow &row : table.rows) {
        if (row.pxname == pxname && row.svname == svname)
            return &row;
    }
    return nullptr;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The rows of HaproxyFixture::defaultBody(), as HAProxy lists them.
const QStringList DefaultRows = {
    QStringLiteral("fe/FRONTEND"),
    QStringLiteral("be/s1"),
    QStringLiteral("be/s2"),
    QStringLiteral("be/s3"),
    QStringLiteral("be/BACKEND"),
    QStringLiteral("be_static/st1"),
    QStringLiteral("be_static/st2"),
    QStringLiteral("be_static/BACKEND"),
    QStringLiteral("be_empty/BACKEND"),
};

// The lines of the commands a connection finished, in order: the poller's own commands are the
// only ones on the connection in these tests. Disconnects itself when it goes out of scope.
struct CommandLog
{
    QList<QByteArray> lines;
    QObject context;

    void attach(RuntimeConnection *connection)
    {
        QObject::connect(connection, &RuntimeConnection::commandFinished, &context,
            [this](const RuntimeCommand &command) { lines.append(command.line()); });
    }
    int count(QByteArrayView line) const { return int(std::count(lines.cbegin(), lines.cend(), line)); }
};

// Sends a harmless command and waits for its answer: answers come in order, so whatever the
// poller had sent before it has been answered by then.
bool roundTrip(RuntimeConnection *connection)
{
    QObject context;
    QSignalSpy answered(&context, &QObject::objectNameChanged);
    connection->send(CommandBuilder::showInfo(), &context,
        [&context](const RuntimeReply &) { context.setObjectName(QStringLiteral("answered")); });
    return !answered.isEmpty() || answered.wait(10000);
}

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void cleanupTestCase() { m_haproxy.reset(); }

    void init()
    {
        m_connection = std::make_unique<RuntimeConnection>(unixEndpoint(m_haproxy->adminSocket()));
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 10000);
    }

    void cleanup() { m_connection.reset(); }

    void snapshotsArriveAtTheInterval()
    {
        Poller poller(m_connection.get());
        QCOMPARE(poller.interval(), Poller::DefaultIntervalMs);
        constexpr int interval = 200;
        poller.setInterval(interval);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy failures(&poller, &Poller::pollFailed);
        poller.start();
        QVERIFY(poller.isRunning());
        // QSignalSpy::wait() runs a real event loop; QTRY_* would sleep 10 ms between checks and
        // add that to every poll duration.
        while (snapshots.size() < 6)
            QVERIFY(snapshots.wait(10000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));

        QList<qint64> pollUs, parseUs;
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            const SnapshotPtr s = snapshotAt(snapshots, i);
            QVERIFY(s);
            QCOMPARE(s->sequence, quint64(i + 1));
            QCOMPARE(rowNames(s->stat), DefaultRows);
            QCOMPARE(s->info.pid(), qint64(m_haproxy->pid()));
            QVERIFY(s->scope.isEmpty());
            QVERIFY(s->stat.complete);
            QCOMPARE(s->stat.skippedRows, 0);
            QVERIFY(s->parsedOffThread);
            QVERIFY(!s->countersReset);
            QVERIFY(s->pollDurationUs > 0);
            QVERIFY(s->parseDurationUs >= 0);
            QVERIFY(s->takenAtMs > 0);
            pollUs.append(s->pollDurationUs);
            parseUs.append(s->parseDurationUs);
            if (i > 0) {
                const qint64 gap = s->monotonicMs - snapshotAt(snapshots, i - 1)->monotonicMs;
                // QTimer's coarse timers may fire up to 5 % early.
                QVERIFY2(gap >= interval * 9 / 10, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
            }
        }
        const SnapshotPtr first = snapshotAt(snapshots, 0);
        const SnapshotPtr last = snapshotAt(snapshots, snapshots.size() - 1);
        // The first poll is immediate, then about one interval each (generous for a loaded machine).
        const qint64 average = (last->monotonicMs - first->monotonicMs) / (snapshots.size() - 1);
        QVERIFY2(average <= interval * 2 + 100, qPrintable(QStringLiteral("average gap %1 ms").arg(average)));
        QCOMPARE(poller.lastSnapshot(), snapshotAt(snapshots, snapshots.size() - 1));

        const StatRow *fe = findRow(last->stat, "fe", "FRONTEND");
        QVERIFY(fe);
        QCOMPARE(fe->type, StatRow::Type::Frontend);
        QCOMPARE(findRow(last->stat, "be", "BACKEND")->type, StatRow::Type::Backend);
        QCOMPARE(findRow(last->stat, "be", "s2")->type, StatRow::Type::Server);
        qInfo("default fixture (%lld rows): poll %lld us, parse %lld us (medians of %lld)",
            qlonglong(last->stat.rows.size()), median(pollUs), median(parseUs), qlonglong(pollUs.size()));
    }

    void snapshotsTravelThroughQueuedConnections()
    {
        QVERIFY(QMetaType::fromName("SnapshotPtr").isValid());
        Poller poller(m_connection.get());
        QThread other;
        QObject receiver;
        receiver.moveToThread(&other);
        other.start();
        QAtomicInt received = 0;
        QAtomicInt rows = 0;
        connect(
            &poller, &Poller::snapshotReady, &receiver,
            [&](const SnapshotPtr &snapshot) {
                rows = int(snapshot->stat.rows.size());
                ++received;
            },
            Qt::QueuedConnection);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(received.loadRelaxed() >= 1, 10000);
        QCOMPARE(rows.loadRelaxed(), int(DefaultRows.size()));
        other.quit();
        QVERIFY(other.wait(5000));
    }

    void pollsNeverOverlap()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        // What happened, in order: commands finishing (with what was still pending on the
        // connection then) and snapshots. One poll is `show info`, `show stat`, its snapshot.
        QList<QByteArray> events;
        QList<int> pending;
        QObject receiver; // declared after what the lambdas use: disconnects first
        connect(m_connection.get(), &RuntimeConnection::commandFinished, &receiver,
            [&](const RuntimeCommand &command, const RuntimeReply &reply) {
                events.append(reply.ok() ? command.line() : "failed " + command.line());
                pending.append(m_connection->pendingCount());
                // Ask for another poll while this one's `show stat` is on the wire...
                if (command.line() == "show info")
                    poller.refreshNow();
            });
        connect(&poller, &Poller::snapshotReady, &receiver, [&] {
            events.append("snapshot");
            pending.append(m_connection->pendingCount());
        });
        // ... and all the time, also while a parse runs.
        QTimer hammer;
        hammer.setInterval(1);
        connect(&hammer, &QTimer::timeout, &poller, &Poller::refreshNow);
        poller.start();
        hammer.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.count("snapshot") >= 15, 20000);
        hammer.stop();
        poller.stop();

        const QList<QByteArray> cycle = { "show info", "show stat", "snapshot" };
        // Nothing pending after `show stat` or the snapshot: no second poll was sent meanwhile.
        // At `show info`'s answer its `show stat` may still be pending, or already answered:
        // answers are delivered one event-loop step after they are read.
        const QList<int> pendingInCycle = { 1, 0, 0 };
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY2(events.at(i) == cycle.at(i % 3),
                qPrintable(QStringLiteral("event %1 is '%2'").arg(i).arg(QString::fromUtf8(events.at(i)))));
            QVERIFY2(pending.at(i) <= pendingInCycle.at(i % 3),
                qPrintable(QStringLiteral("%1 commands pending at event %2").arg(pending.at(i)).arg(i)));
        }
    }

    void pauseStopsAndResumeRestarts()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy paused(&poller, &Poller::pausedChanged);
        CommandLog log;
        log.attach(m_connection.get());
        // Pause while a poll is in flight (its `show stat` not answered yet): its result must be
        // dropped too.
        bool pauseAtNextInfo = false;
        qsizetype atPause = -1;
        QObject receiver;
        connect(m_connection.get(), &RuntimeConnection::commandFinished, &receiver,
            [&](const RuntimeCommand &command) {
                if (pauseAtNextInfo && command.line() == "show info") {
                    pauseAtNextInfo = false;
                    atPause = snapshots.size();
                    poller.pause();
                }
            });
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 10000);

        pauseAtNextInfo = true;
        QTRY_VERIFY_WITH_TIMEOUT(poller.isPaused(), 10000);
        QVERIFY(poller.isRunning());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.at(0).at(0).toBool(), true);
        poller.pause(); // no second signal
        QCOMPARE(paused.size(), 1);
        // The `show stat` in flight is answered and parsed, and its result dropped.
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 10000);
        QCOMPARE(snapshots.size(), atPause);
        // Nothing armed, so nothing comes until resume(); nothing was sent before a later command.
        QCOMPARE(poller.msUntilNextPoll(), -1);
        const qsizetype commandsAfterSettling = log.lines.size();
        QVERIFY(roundTrip(m_connection.get()));
        QCOMPARE(snapshots.size(), atPause);
        QCOMPARE(log.lines.size(), commandsAfterSettling + 1);
        QCOMPARE(log.lines.constLast(), QByteArray("show info"));
        QCOMPARE(poller.msUntilNextPoll(), -1);

        poller.resume();
        QVERIFY(!poller.isPaused());
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.at(1).at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= atPause + 3, 10000);
        // Sequence numbers have no gap for the dropped result.
        for (qsizetype i = 0; i < snapshots.size(); ++i)
            QCOMPARE(snapshotAt(snapshots, i)->sequence, quint64(i + 1));

        poller.stop();
        QVERIFY(!poller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 10000);
        const qsizetype atStop = snapshots.size();
        QCOMPARE(poller.msUntilNextPoll(), -1);
        const qsizetype commandsAtStop = log.lines.size();
        QVERIFY(roundTrip(m_connection.get()));
        QCOMPARE(snapshots.size(), atStop);
        QCOMPARE(log.lines.size(), commandsAtStop + 1);
        QCOMPARE(poller.msUntilNextPoll(), -1);
    }

    void refreshNowIsPrompt()
    {
        Poller poller(m_connection.get());
        poller.setInterval(60000);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 10000);
        QVERIFY2(poller.msUntilNextPoll() > 50000, qPrintable(QString::number(poller.msUntilNextPoll())));
        QCOMPARE(snapshots.size(), 1); // the next one is a minute away

        QElapsedTimer clock;
        clock.start();
        poller.refreshNow();
        QVERIFY(snapshots.wait(5000));
        QCOMPARE(snapshots.size(), 2);
        qInfo("refreshNow: snapshot after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 2000);

        // While paused, one refresh and no more.
        poller.pause();
        poller.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() == 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 5000);
        QCOMPARE(poller.msUntilNextPoll(), -1); // the refresh did not re-arm the timer
        QVERIFY(roundTrip(m_connection.get()));
        QCOMPARE(snapshots.size(), 3);
        QVERIFY(poller.isPaused());
    }

    void intervalChangesApplyToTheNextArm()
    {
        Poller poller(m_connection.get());
        poller.setInterval(1);
        QCOMPARE(poller.interval(), Poller::MinIntervalMs);
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 10000);

        constexpr int longer = 1500;
        poller.setInterval(longer);
        QCOMPARE(poller.interval(), longer);
        // The poll armed before the change may still come at the old interval; the one after uses the new.
        const qsizetype before = snapshots.size();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= before + 2, 10000);
        const qint64 gap =
            snapshotAt(snapshots, before + 1)->monotonicMs - snapshotAt(snapshots, before)->monotonicMs;
        QVERIFY2(gap >= longer * 9 / 10, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));

        // Shortening cuts the wait already armed.
        poller.setInterval(60000);
        const qsizetype armed = snapshots.size();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() == armed + 1, 5000); // the wait armed at 1.5 s
        QElapsedTimer clock;
        clock.start();
        poller.setInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() == armed + 2, 5000);
        QVERIFY(clock.elapsed() < 2000);
    }

    void scopeLimitsRows()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy failures(&poller, &Poller::pollFailed);
        CommandLog log;
        log.attach(m_connection.get());
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 1, 10000);
        const SnapshotPtr full = snapshotAt(snapshots, 0);

        const QStringList scope = { QStringLiteral("be"), QStringLiteral("fe"), QStringLiteral("be") };
        poller.setScope(scope);
        QCOMPARE(poller.scope(), QStringList({ QStringLiteral("be"), QStringLiteral("fe") }));
        SnapshotPtr scoped;
        QTRY_VERIFY_WITH_TIMEOUT(
            (scoped = poller.lastSnapshot()) && !scoped->scope.isEmpty() && scoped->sequence >= 3, 10000);
        QVERIFY(failures.isEmpty());
        QCOMPARE(scoped->scope, poller.scope());
        QCOMPARE(rowNames(scoped->stat),
            QStringList({ QStringLiteral("be/s1"), QStringLiteral("be/s2"), QStringLiteral("be/s3"),
                QStringLiteral("be/BACKEND"), QStringLiteral("fe/FRONTEND") }));
        QVERIFY(scoped->stat.complete);
        QCOMPARE(scoped->stat.skippedRows, 0);
        QCOMPARE(scoped->stat.columns, full->stat.columns); // one header, not one per answer
        // Rows of every answer read back through the combined buffer.
        for (const StatRow &row : scoped->stat.rows) {
            QCOMPARE(scoped->stat.field(row, "pxname"), row.pxname);
            QCOMPARE(scoped->stat.field(row, "svname"), row.svname);
            QCOMPARE(scoped->stat.number(row, "stot"), row.stot);
            QCOMPARE(scoped->stat.number(row, "iid"), row.iid);
            QCOMPARE(
                scoped->stat.rawField(row, scoped->stat.columnIndex("status")).toByteArray(), row.status);
        }
        QVERIFY(log.count("show stat be -1 -1") >= 1);
        QVERIFY(log.count("show stat fe -1 -1") >= 1);

        poller.setScope({});
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot()->scope.isEmpty(), 10000);
        QCOMPARE(rowNames(poller.lastSnapshot()->stat), DefaultRows);
    }

    void unknownProxyIsReportedOnce()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        poller.setScope({ QStringLiteral("nope"), QStringLiteral("be_static") });
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy failures(&poller, &Poller::pollFailed);
        CommandLog log;
        log.attach(m_connection.get());
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 5, 10000);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("nope")),
            qPrintable(failures.at(0).at(0).toString()));
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            QCOMPARE(rowNames(snapshotAt(snapshots, i)->stat),
                QStringList({ QStringLiteral("be_static/st1"), QStringLiteral("be_static/st2"),
                    QStringLiteral("be_static/BACKEND") }));
        }
        // Asked once, then skipped.
        QCOMPARE(log.count("show stat nope -1 -1"), 1);

        // A scope with only unknown proxies still delivers `show info`, with no rows.
        poller.setScope({ QStringLiteral("nope2") });
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() == 2, 10000);
        const quint64 sequence = poller.lastSnapshot()->sequence;
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot()->sequence >= sequence + 2, 10000);
        QVERIFY(poller.lastSnapshot()->stat.rows.isEmpty());
        QCOMPARE(poller.lastSnapshot()->info.pid(), qint64(m_haproxy->pid()));
        QCOMPARE(failures.size(), 2);
    }

    void countersResetAfterClearCounters()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(HaproxyFixture::httpGet(m_haproxy->frontendPort()).status, 200);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 10000);
        const qsizetype before = snapshots.size();
        const SnapshotPtr last = snapshotAt(snapshots, before - 1);
        QVERIFY(findRow(last->stat, "fe", "FRONTEND")->stot >= 3);
        for (qsizetype i = 0; i < before; ++i)
            QVERIFY(!snapshotAt(snapshots, i)->countersReset);

        QString error;
        const QByteArray reply =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "clear counters all", 5000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(reply.trimmed(), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= before + 2, 10000);

        const SnapshotPtr cleared = snapshotAt(snapshots, before);
        QVERIFY(cleared->countersReset);
        QCOMPARE(findRow(cleared->stat, "fe", "FRONTEND")->stot, 0);
        QCOMPARE(cleared->info.pid(), last->info.pid()); // only the rows said so
        QVERIFY(!snapshotAt(snapshots, before + 1)->countersReset);
    }

    void countersResetAfterRestart()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.reconnectInitialDelayMs = 100;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        connection.open();
        Poller poller(&connection);
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy ready(&connection, &RuntimeConnection::ready);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 10000);
        const qint64 oldPid = snapshotAt(snapshots, 0)->info.pid();
        const qsizetype readyBefore = ready.size();

        QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > readyBefore, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot()->info.pid() != oldPid, 10000);
        qsizetype firstNew = -1;
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            const SnapshotPtr s = snapshotAt(snapshots, i);
            if (s->info.pid() == oldPid) {
                QVERIFY(!s->countersReset);
            } else if (firstNew < 0) {
                firstNew = i;
                QVERIFY(s->countersReset);
                QCOMPARE(s->info.pid(), qint64(haproxy.pid()));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= firstNew + 2, 10000);
        QVERIFY(!snapshotAt(snapshots, firstNew + 1)->countersReset);
    }

    void noPollsWhileDisconnected()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        ConnectionOptions options;
        options.reconnectInitialDelayMs = 200;
        options.reconnectMaxDelayMs = 800;
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), options);
        connection.open();
        Poller poller(&connection);
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy ready(&connection, &RuntimeConnection::ready);
        CommandLog log;
        log.attach(&connection);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 10000);

        QVERIFY(haproxy.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isReady(), 10000);
        // A poll in flight when the link dropped may still fail; then nothing at all.
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isBusy(), 10000);
        const qsizetype snapshotsWhileDown = snapshots.size();
        const qsizetype commandsWhileDown = log.lines.size();
        // Three failed reconnects (200 + 400 + 800 ms apart) span many of the poller's 100 ms
        // intervals, each of which finds the connection down.
        QSignalSpy states(&connection, &RuntimeConnection::stateChanged);
        int attempts = 0;
        while (attempts < 3 && states.wait(10000)) {
            attempts = int(std::count_if(states.cbegin(), states.cend(), [](const QList<QVariant> &args) {
                return args.at(0).value<RuntimeConnection::State>() == RuntimeConnection::State::Connecting;
            }));
            QCOMPARE(connection.pendingCount(), 0); // nothing queued for later
        }
        QCOMPARE(attempts, 3);
        QVERIFY(!connection.isReady());
        QVERIFY(poller.msUntilNextPoll() >= 0); // still polling, finding the link down each time
        QCOMPARE(snapshots.size(), snapshotsWhileDown);
        QCOMPARE(log.lines.size(), commandsWhileDown);

        // After the reconnect the poll comes at once, not after the (now long) interval.
        poller.setInterval(60000);
        const qsizetype readyBefore = ready.size();
        QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > readyBefore, 20000);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() > snapshotsWhileDown, 5000);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(poller.lastSnapshot()->info.pid(), qint64(haproxy.pid()));
        QVERIFY(poller.lastSnapshot()->countersReset);
    }

    void destroyingWhileParsingIsSafe()
    {
        // A table big enough that its parse takes a while (a few ms) on a pool thread.
        QString body = QStringLiteral("backend big\n    balance roundrobin\n");
        for (int i = 1; i <= 3000; ++i)
            body += QStringLiteral("    server s%1 127.0.0.1:${PORT:dead}\n").arg(i);
        HaproxyFixture::Options fixtureOptions;
        fixtureOptions.body = body;
        HaproxyFixture haproxy(fixtureOptions);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()));
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), 10000);

        int parsesInFlight = 0;
        for (int round = 0; round < 12; ++round) {
            QPointer<Poller> poller = new Poller(&connection);
            bool gone = false;
            // `show stat` finishing is the moment the Poller hands the answers to a pool thread;
            // destroy it from the event loop right after, while that thread parses.
            QObject receiver;
            connect(&connection, &RuntimeConnection::commandFinished, &receiver,
                [&](const RuntimeCommand &command) {
                    if (command.line() != "show stat")
                        return;
                    QTimer::singleShot(round % 2, &receiver, [&] {
                        if (QThreadPool::globalInstance()->activeThreadCount() > 0)
                            ++parsesInFlight;
                        delete poller.data();
                        gone = true;
                    });
                });
            poller->start();
            QTRY_VERIFY_WITH_TIMEOUT(gone, 10000);
            QVERIFY(!poller);
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        qInfo("%d of 12 Pollers were destroyed while their parse ran", parsesInFlight);
        QVERIFY(parsesInFlight > 0);

        // Destroyed from its own snapshotReady() slot.
        QPointer<Poller> poller = new Poller(&connection);
        connect(poller.data(), &Poller::snapshotReady, poller.data(), [&](const SnapshotPtr &snapshot) {
            QCOMPARE(snapshot->stat.rows.size(), 3001);
            delete poller.data();
        });
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(!poller, 10000);

        // The connection is still in step for the next Poller.
        Poller last(&connection);
        last.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&last, &Poller::snapshotReady);
        last.start();
        while (snapshots.size() < 6)
            QVERIFY(snapshots.wait(10000));
        QCOMPARE(snapshotAt(snapshots, 0)->sequence, quint64(1));
        QList<qint64> pollUs, parseUs;
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            const SnapshotPtr s = snapshotAt(snapshots, i);
            QCOMPARE(s->stat.rows.size(), 3001);
            QVERIFY(s->parsedOffThread);
            pollUs.append(s->pollDurationUs);
            parseUs.append(s->parseDurationUs);
        }
        qInfo("3000 servers (%lld bytes): poll %lld us, parse %lld us (medians of %lld)",
            qlonglong(snapshotAt(snapshots, 0)->stat.answer.size()), median(pollUs), median(parseUs),
            qlonglong(pollUs.size()));
    }

    void failedPollIsReportedAndRearmed()
    {
        // `show stat` cannot be refused at any level; an answer over the connection's size cap
        // fails it on every poll instead.
        ConnectionOptions options;
        options.maxAnswerBytes = 2000; // `show info` fits, `show stat` (about 3 KB) does not
        options.reconnectInitialDelayMs = 100;
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), options);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), 10000);
        Poller poller(&connection);
        constexpr int interval = 300;
        poller.setInterval(interval);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        QSignalSpy failures(&poller, &Poller::pollFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 1, 10000);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 4, 10000);
        // Re-armed after each failure: polling goes on, at the interval (or at once after the
        // reconnect that follows the oversized answer) rather than in a loop. A timer may fire
        // up to 5% early.
        const qint64 elapsed = clock.elapsed();
        qInfo("3 more failed polls in %lld ms", elapsed);
        const int gap = std::min(interval, options.reconnectInitialDelayMs);
        QVERIFY2(elapsed >= 3 * gap * 95 / 100, qPrintable(QString::number(elapsed)));
        for (const QList<QVariant> &failure : std::as_const(failures)) {
            const QString message = failure.at(0).toString();
            QVERIFY2(message.contains(QStringLiteral("show stat")), qPrintable(message));
        }
        QCOMPARE(snapshots.size(), 0);
        QVERIFY(!poller.lastSnapshot());
    }

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
