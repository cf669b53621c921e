// MasterReload against a real haproxy in master-worker mode, through its master socket: a
// good configuration loads (the new worker is named and the connection reaches it), a broken
// one fails with the old worker still serving (3.x: HAProxy's alert in the report; 2.6: the
// failure count tells) and the master's prompt status shows it, the next good reload clears
// it; through a worker's socket nothing is sent.

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/masterreload.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testendpoints.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int WaitMs = 40000; // MasterReload watches for at most 30 s

MasterReload::Report runReload(RuntimeConnection &connection)
{
    MasterReload reload(&connection);
    QSignalSpy finished(&reload, &MasterReload::finished);
    reload.start();
    if (!finished.wait(WaitMs) || finished.size() != 1)
        return { MasterReload::Outcome::Unknown, 0, 0, {}, {}, u"the test gave up waiting"_qs };
    return finished.first().first().value<MasterReload::Report>();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestMasterReload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<MasterReload::Report>(); }

    void goodThenBrokenThenGood()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.masterSocket()), quickReconnect());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        const qint64 first = connection.workerPid();

        const MasterReload::Report loaded = runReload(connection);
        QCOMPARE(loaded.outcome, MasterReload::Outcome::Loaded);
        QCOMPARE(loaded.oldWorker, first);
        QVERIFY(loaded.newWorker != first && loaded.newWorker > 0);
        QCOMPARE(connection.workerPid(), loaded.newWorker);
        QCOMPARE(qint64(haproxy.workerPid()), loaded.newWorker);
        if (loaded.haproxySaid) // 2.7+
            QCOMPARE(*loaded.haproxySaid, true);

        const QByteArray good = haproxy.config().toUtf8();
        QVERIFY(writeFile(haproxy.configPath(), good + "\nbackend broken\n    garbage here\n"));
        const MasterReload::Report failed = runReload(connection);
        QCOMPARE(failed.outcome, MasterReload::Outcome::Failed);
        QCOMPARE(failed.newWorker, loaded.newWorker);
        if (failed.haproxySaid) {
            QCOMPARE(*failed.haproxySaid, false);
            const bool alertNamesIt =
                std::any_of(failed.log.cbegin(), failed.log.cend(), [](const StartupLogLine &line) {
                    return line.level == StartupLogLine::Level::Alert && line.text.contains(u"garbage");
                });
            QVERIFY2(alertNamesIt, qPrintable(failed.message));
        } else {
            QVERIFY2(failed.message.contains(u"failed reloads"), qPrintable(failed.message));
        }
        // The old worker still serves, and the master says so in its prompt.
        QTRY_COMPARE_WITH_TIMEOUT(connection.masterStatus(), QByteArray("ReloadFailed"), WaitMs);
        QCOMPARE(qint64(haproxy.workerPid()), loaded.newWorker);

        QVERIFY(writeFile(haproxy.configPath(), good));
        const MasterReload::Report again = runReload(connection);
        QCOMPARE(again.outcome, MasterReload::Outcome::Loaded);
        QTRY_COMPARE_WITH_TIMEOUT(connection.masterStatus(), QByteArray(), WaitMs);
    }

    // Writes queued and in flight while the master reloads: each is answered exactly once,
    // none is sent twice, and the new worker has either the configured weight or one that a
    // write answered as done set.
    void writesDuringAReload()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.masterSocket()), quickReconnect());
        QSignalSpy finishedCommands(&connection, &RuntimeConnection::commandFinished);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);

        MasterReload reload(&connection);
        QSignalSpy finished(&reload, &MasterReload::finished);
        reload.start();
        constexpr int Writes = 30;
        QList<int> calls(Writes, 0);
        QSet<QByteArray> doneWeights;
        for (int i = 0; i < Writes; ++i) {
            const QByteArray weight = QByteArray::number(i + 2);
            connection.send(CommandBuilder::setServerWeight(u"be"_qs, u"s1"_qs, { i + 2, false }).value(),
                &connection, [&calls, &doneWeights, i, weight](const RuntimeReply &reply) {
                    ++calls[i];
                    if (reply.ok())
                        doneWeights.insert(weight);
                });
        }
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(
            finished.first().first().value<MasterReload::Report>().outcome, MasterReload::Outcome::Loaded);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n >= 1; }), WaitMs);
        QVERIFY(std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n == 1; }));
        int weightLines = 0;
        for (const QList<QVariant> &signal : finishedCommands)
            weightLines +=
                signal.first().value<RuntimeCommand>().line().startsWith("set server be/s1 weight") ? 1 : 0;
        QCOMPARE(weightLines, Writes); // each reported once: none sent twice
        const QByteArray reply = HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/s1");
        const QByteArray now = reply.left(reply.indexOf(' '));
        QVERIFY2(now == "1" || doneWeights.contains(now), reply.constData());
    }

    void notThroughAWorkerSocket()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(unixEndpoint(haproxy.adminSocket()), quickReconnect());
        QSignalSpy commands(&connection, &RuntimeConnection::commandFinished);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        const qint64 worker = connection.workerPid();
        const MasterReload::Report report = runReload(connection);
        QCOMPARE(report.outcome, MasterReload::Outcome::NotSent);
        QVERIFY2(report.message.contains(u"master socket"), qPrintable(report.message));
        QCOMPARE(commands.size(), 0);
        QCOMPARE(qint64(haproxy.workerPid()), worker);
    }
};

QTEST_GUILESS_MAIN(TestMasterReload)
#include "tst_masterreload.moc"
