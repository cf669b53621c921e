// Faults against a real haproxy: a Poller polling fast through 20 kills and restarts and 20
// master-worker reloads (no crash, reconnection to each new process, never a stale worker's
// snapshot after the switch, never a write sent twice), HAProxy's 10 CLI slots (hadesk holds
// exactly one, also while it reconnects and with a poller, an action runner and a safe
// removal all busy on it; on 3.0+ the removal's `wait` briefly takes a second), and saved profiles that
// always load after a SIGKILL in the middle of writing them.

#include "core/actions/actionrunner.h"
#include "core/actions/serveraction.h"
#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/saferemove.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"
#include "tests/support/testendpoints.h"
#ifdef HADESK_FAULTS_PROFILES
#include "models/connectionprofilesmodel.h"
#include "models/settings.h"

#include <QSettings>
#endif

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int Cycles = 20;
constexpr int PollIntervalMs = 100; // Poller::MinIntervalMs: the most polls in flight at a fault
constexpr int WaitMs = 20000; // per step, for a loaded CI machine; a working step takes < 1 s

// CLI sessions of the worker behind socket other than the one asking (`show sess` lists
// every stream; those of the stats sockets are on the GLOBAL frontend). -1 when no answer.
int otherCliSessions(const QString &socket)
{
    QString error;
    const QByteArray reply = HaproxyFixture::rawCommand(socket, "show sess", 2000, &error);
    if (!error.isEmpty() || !reply.contains("fe=GLOBAL"))
        return -1;
    return int(reply.count("fe=GLOBAL")) - 1;
}

// `get weight be/s1` on the worker the admin socket reaches now: "1" is the configured one.
QByteArray currentWeight(const HaproxyFixture &haproxy, const QByteArray &server = "s1")
{
    const QByteArray reply = HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/" + server);
    return reply.left(reply.indexOf(' '));
}

// Every snapshot's worker pid, in arrival order, and whether HAProxy called it stopping.
struct SnapshotLog
{
    QList<qint64> pids;
    int stopping = 0;
    // After the connection announced a new worker, every snapshot must come from it.
    qint64 expectedPid = -1;
    int fromOtherWorker = 0;
    QObject context;

    void attach(Poller *poller, RuntimeConnection *connection)
    {
        QObject::connect(poller, &Poller::snapshotReady, &context, [this](const SnapshotPtr &snapshot) {
            const qint64 pid = snapshot->info.pid();
            pids.append(pid);
            if (snapshot->info.isStopping())
                ++stopping;
            if (expectedPid > 0 && pid != expectedPid) {
                ++fromOtherWorker;
                qWarning("snapshot from pid %lld after the switch to %lld", pid, expectedPid);
            }
        });
        QObject::connect(connection, &RuntimeConnection::workerChanged, &context,
            [this](qint64, qint64 newPid) { expectedPid = newPid; });
    }
    qint64 last() const { return pids.isEmpty() ? -1 : pids.constLast(); }
    // No pid comes back once another one followed it: never an older process's state after
    // a newer one's.
    bool pidsInOrder() const
    {
        QList<qint64> runs;
        for (qint64 pid : pids) {
            if (runs.isEmpty() || runs.constLast() != pid) {
                if (runs.contains(pid))
                    return false;
                runs.append(pid);
            }
        }
        return true;
    }
    int distinctPids() const { return int(QSet<qint64>(pids.cbegin(), pids.cend()).size()); }
};

// The most CLI sessions seen besides the sampler's own, sampling every few ms while the
// event loop runs.
class SessionSampler : public QObject
{
public:
    explicit SessionSampler(const QString &socket)
        : m_socket(socket)
    {
        m_timer.setInterval(30);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const int n = otherCliSessions(m_socket);
            if (n < 0)
                return; // haproxy is down or restarting
            ++m_samples;
            m_max = std::max(m_max, n);
            m_min = m_min < 0 ? n : std::min(m_min, n);
        });
        m_timer.start();
    }
    int max() const { return m_max; }
    int min() const { return m_min; }
    int samples() const { return m_samples; }

private:
    QString m_socket;
    QTimer m_timer;
    int m_max = 0;
    int m_min = -1;
    int m_samples = 0;
};

// One write whose reply and audit signal are counted.
struct TrackedWrite
{
    RuntimeCommand command;
    RuntimeReply reply;
    int handlerCalls = 0;
    int finishedSignals = 0;
    QObject context;

    TrackedWrite(RuntimeConnection &connection, int weight)
        : command(
            CommandBuilder::setServerWeight(QStringLiteral("be"), QStringLiteral("s1"), { weight, false })
                .value())
    {
        QObject::connect(&connection, &RuntimeConnection::commandFinished, &context,
            [this](const RuntimeCommand &finished) {
                if (finished.line() == command.line())
                    ++finishedSignals;
            });
        connection.send(command, &context, [this](const RuntimeReply &r) {
            reply = r;
            ++handlerCalls;
        });
    }
};

#ifdef HADESK_FAULTS_PROFILES
constexpr char WriteProfilesArgument[] = "--write-profiles-forever";
constexpr int ProfileCount = 30;

ConnectionProfile generationProfile(int generation, int index)
{
    ConnectionProfile p;
    p.name = QStringLiteral("p%1").arg(index);
    p.endpoint = QStringLiteral("127.0.0.1:%1").arg(1024 + generation % 60000);
    p.pollIntervalMs = 1000 + generation % 1000;
    return p;
}

// The child of profilesSurviveSigkill: saves the whole list again and again, each
// generation with other values, until it is killed.
int writeProfilesForever(const QString &path)
{
    // Through Settings, as the application opens it: a lock the previous (killed) writer
    // left behind is cleared there instead of stalling the first save.
    Settings settings(path);
    ConnectionProfilesModel model(&settings.store());
    for (int generation = 1;; ++generation) {
        for (int i = ProfileCount - 1; i >= 0; --i)
            model.upsert(generationProfile(generation, i));
        if (!model.save())
            return 3;
        // Tells the parent each whole save, so it can kill the next one midway.
        std::printf("%d\n", generation);
        std::fflush(stdout);
    }
}
#endif

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    // Kill (SIGKILL) or stop (SIGTERM) haproxy and start it again, 20 times, while a Poller
    // polls every 100 ms and a write goes out right before each fault.
    void pollerSurvivesKillsAndRestarts()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), quickReconnect());
        Poller poller(&connection);
        poller.setInterval(PollIntervalMs);
        SnapshotLog log;
        log.attach(&poller, &connection);
        connection.open();
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.last() == haproxy.workerPid(), WaitMs);
        SessionSampler sampler(haproxy.adminSocket());

        for (int cycle = 0; cycle < Cycles; ++cycle) {
            const qint64 oldPid = haproxy.workerPid();
            const int weight = 10 + cycle;
            TrackedWrite write(connection, weight);
            // HAProxy executed it (an independent client reads it back): it was sent, once.
            QTRY_VERIFY2_WITH_TIMEOUT(currentWeight(haproxy) == QByteArray::number(weight),
                qPrintable(QStringLiteral("cycle %1: the write never took effect").arg(cycle)), WaitMs);
            if (cycle % 2 == 0)
                QVERIFY2(haproxy.crash() && haproxy.restart(), qPrintable(haproxy.errorString()));
            else
                QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
            const qint64 newPid = haproxy.workerPid();
            QVERIFY(newPid > 0 && newPid != oldPid);

            QTRY_VERIFY2_WITH_TIMEOUT(
                connection.isReady() && connection.workerPid() == newPid && log.last() == newPid,
                qPrintable(QStringLiteral("cycle %1: no snapshot from the new process").arg(cycle)), WaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(write.handlerCalls == 1, WaitMs);
            QVERIFY2(write.reply.ok() || write.reply.error == RuntimeError::OutcomeUnknown,
                qPrintable(write.reply.errorMessage));
            // A few more polls on the new process: a replayed write would show there.
            const qsizetype seen = log.pids.size();
            QTRY_VERIFY_WITH_TIMEOUT(log.pids.size() >= seen + 3, WaitMs);
            QCOMPARE(currentWeight(haproxy), QByteArray("1"));
            QCOMPARE(write.handlerCalls, 1);
            QCOMPARE(write.finishedSignals, 1);
        }
        qInfo("%d faults: %lld snapshots from %d processes, %d samples of show sess, at most %d hadesk "
              "session(s)",
            Cycles, qint64(log.pids.size()), log.distinctPids(), sampler.samples(), sampler.max());
        QVERIFY(log.pidsInOrder());
        QCOMPARE(log.distinctPids(), Cycles + 1);
        QCOMPARE(log.stopping, 0);
        QVERIFY2(sampler.samples() > Cycles, qPrintable(QString::number(sampler.samples())));
        QCOMPARE(sampler.max(), 1);
    }

    // 20 master-worker reloads while a Poller polls every 100 ms: the connection follows each
    // new worker, and once it says so, every snapshot is the new worker's. Connected to a
    // worker's stats socket (it reconnects to the new worker) and to the master CLI (`@1`
    // reaches the new worker once the master, re-executed by the reload, answers again).
    void pollerFollowsReloads_data()
    {
        QTest::addColumn<bool>("throughMaster");
        QTest::newRow("worker socket") << false;
        QTest::newRow("master socket") << true;
    }

    void pollerFollowsReloads()
    {
        QFETCH(bool, throughMaster);
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(
            unixEndpoint(throughMaster ? haproxy.masterSocket() : haproxy.adminSocket()), quickReconnect());
        QSignalSpy workers(&connection, &RuntimeConnection::workerChanged);
        Poller poller(&connection);
        poller.setInterval(PollIntervalMs);
        SnapshotLog log;
        log.attach(&poller, &connection);
        connection.open();
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.last() == haproxy.workerPid(), WaitMs);
        QCOMPARE(connection.isMaster(), throughMaster);
        // Through the master, each command is a short session the master opens on the worker.
        QCOMPARE(connection.isMaster(), throughMaster);
        SessionSampler sampler(haproxy.adminSocket());

        for (int cycle = 0; cycle < Cycles; ++cycle) {
            const qint64 oldPid = connection.workerPid();
            const int weight = 10 + cycle;
            TrackedWrite write(connection, weight);
            QTRY_VERIFY2_WITH_TIMEOUT(currentWeight(haproxy) == QByteArray::number(weight),
                qPrintable(QStringLiteral("cycle %1: the write never took effect").arg(cycle)), WaitMs);
            const qint64 newPid = haproxy.reload();
            QVERIFY2(newPid > 0, qPrintable(haproxy.errorString()));
            QVERIFY(newPid != oldPid);

            QTRY_VERIFY2_WITH_TIMEOUT(
                connection.isReady() && connection.workerPid() == newPid && log.last() == newPid,
                qPrintable(QStringLiteral("cycle %1: no snapshot from the new worker").arg(cycle)), WaitMs);
            QCOMPARE(workers.size(), cycle + 1);
            QCOMPARE(workers.constLast().at(0).toLongLong(), oldPid);
            QCOMPARE(workers.constLast().at(1).toLongLong(), newPid);
            QTRY_VERIFY_WITH_TIMEOUT(write.handlerCalls == 1, WaitMs);
            QVERIFY2(write.reply.ok() || write.reply.error == RuntimeError::OutcomeUnknown,
                qPrintable(write.reply.errorMessage));
            const qsizetype seen = log.pids.size();
            QTRY_VERIFY_WITH_TIMEOUT(log.pids.size() >= seen + 3, WaitMs);
            // The new worker started from the configuration: the write did not reach it.
            QCOMPARE(currentWeight(haproxy), QByteArray("1"));
            QCOMPARE(write.handlerCalls, 1);
            QCOMPARE(write.finishedSignals, 1);
            QCOMPARE(log.fromOtherWorker, 0);
        }
        qInfo("%d faults: %lld snapshots from %d processes, %d samples of show sess, at most %d hadesk "
              "session(s)",
            Cycles, qint64(log.pids.size()), log.distinctPids(), sampler.samples(), sampler.max());
        QVERIFY(log.pidsInOrder());
        QCOMPARE(log.distinctPids(), Cycles + 1);
        QCOMPARE(log.stopping, 0);
        QVERIFY2(sampler.samples() > Cycles, qPrintable(QString::number(sampler.samples())));
        // Through the master hadesk holds one master CLI session; the sessions the master
        // opens on the worker for each `@1` command are its own (on 3.0 the one closing can
        // still be listed while the next one starts).
        if (!throughMaster)
            QCOMPARE(sampler.max(), 1);
    }

    // A poller, an action runner and a safe removal, all busy at once, share the instance's
    // one connection: HAProxy sees exactly one hadesk CLI session throughout.
    void oneCliSlotForEverything()
    {
        HaproxyFixture::Options options;
        options.body = HaproxyFixture::defaultBody()
            + QStringLiteral("\nbackend be_rm\n    balance roundrobin\n    server gone ${BACKEND:s1}\n"
                             "    server stays ${BACKEND:s2}\n");
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QCOMPARE(otherCliSessions(haproxy.adminSocket()), 0);

        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), quickReconnect());
        Poller poller(&connection);
        poller.setInterval(PollIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        connection.open();
        poller.start();
        QVERIFY(snapshots.wait(WaitMs));
        QCOMPARE(otherCliSessions(haproxy.adminSocket()), 1);

        SessionSampler sampler(haproxy.adminSocket());
        ActionRunner runner(&connection);
        QSignalSpy runs(&runner, &ActionRunner::finished);
        SafeRemove::Options removeOptions;
        removeOptions.idleTimeoutMs = 10000;
        removeOptions.pollIntervalMs = 100;
        SafeRemove remove(&connection, QStringLiteral("be_rm"), QStringLiteral("gone"), removeOptions);
        QSignalSpy removed(&remove, &SafeRemove::finished);
        remove.start();
        const QList<ServerTarget> targets = { { QStringLiteral("be"), QStringLiteral("s1") },
            { QStringLiteral("be"), QStringLiteral("s2") }, { QStringLiteral("be"), QStringLiteral("s3") } };
        for (int round = 0; round < 5; ++round) {
            QVERIFY(runner.start(ServerAction::setWeight(targets, { 40 + round, false })));
            QTRY_VERIFY_WITH_TIMEOUT(runs.size() == round + 1, WaitMs);
            QVERIFY(runs.constLast().at(0).value<ActionSummary>().allOk());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), WaitMs);
        QVERIFY2(removed.first().at(0).toBool(), qPrintable(remove.errorString()));
        const qsizetype polledBefore = snapshots.size();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= polledBefore + 3, WaitMs); // a few more polls alone
        QTRY_VERIFY_WITH_TIMEOUT(sampler.samples() >= 5, WaitMs);

        qInfo("%d samples of show sess: %d to %d hadesk session(s)", sampler.samples(), sampler.min(),
            sampler.max());
        QVERIFY2(sampler.samples() >= 5, qPrintable(QString::number(sampler.samples())));
        // On 3.0+ Safe Remove's `wait … srv-removable` runs alone on a short-lived connection
        // of its own (so the polls and writes do not queue behind it): one more, briefly.
        const int most = connection.version().supports(HaproxyFeature::WaitSrvRemovable) ? 2 : 1;
        QVERIFY2(sampler.max() <= most, qPrintable(QString::number(sampler.max())));
        QCOMPARE(sampler.min(), 1);
        // What they did, read back by an independent client.
        QCOMPARE(currentWeight(haproxy, "s3"), QByteArray("44"));
        const QByteArray state =
            HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers state be_rm");
        QVERIFY2(!state.contains(" gone "), state.constData());
        QVERIFY2(state.contains(" stays "), state.constData());
    }

#ifdef HADESK_FAULTS_PROFILES
    // SIGKILL while a process saves the profiles again and again: the file always loads, and
    // what loads is one whole save (every profile, all from the same generation).
    void profilesSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        int loadedWhole = 0;
        for (int iteration = 0; iteration < 30; ++iteration) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                { QString::fromLatin1(WriteProfilesArgument), path });
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            // Killed during the save after a random number of whole ones: saves follow each
            // other without a pause, so the kill lands inside one.
            const int saves = QRandomGenerator::global()->bounded(1, 4);
            int saved = 0;
            while (saved < saves && child.waitForReadyRead(5000)) {
                while (child.canReadLine()) {
                    child.readLine();
                    ++saved;
                }
            }
            QVERIFY2(saved >= saves, qPrintable(QStringLiteral("%1 saves reported").arg(saved)));
            QCOMPARE(child.state(), QProcess::Running); // it must not have stopped on an error
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));

            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            ConnectionProfilesModel model(&settings);
            model.load();
            const QList<ConnectionProfile> profiles = model.profiles();
            if (profiles.isEmpty())
                continue; // killed before the first save finished
            QCOMPARE(profiles.size(), ProfileCount);
            const QString endpoint = profiles.first().endpoint;
            for (int i = 0; i < ProfileCount; ++i) {
                QCOMPARE(profiles.at(i).name, QStringLiteral("p%1").arg(i));
                QCOMPARE(profiles.at(i).endpoint, endpoint);
            }
            ++loadedWhole;
        }
        qInfo("%d of 30 kills left a whole save behind (the others: before the first save)", loadedWhole);
        QVERIFY(loadedWhole > 0);
    }
#endif
};

int main(int argc, char **argv)
{
#ifdef HADESK_FAULTS_PROFILES
    if (argc == 3 && qstrcmp(argv[1], WriteProfilesArgument) == 0) {
        QCoreApplication app(argc, argv);
        return writeProfilesForever(QString::fromLocal8Bit(argv[2]));
    }
#endif
    QCoreApplication app(argc, argv);
    TestFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
