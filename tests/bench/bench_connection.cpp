// What running a command alone costs (console commands, `wait`): the same command on the
// shared prompt-mode session, alone on a short-lived non-interactive connection, and as a
// raw socket round trip with no client code (the floor, what `socat` pays minus its
// process start), in one run against one real haproxy. Then what going through HAProxy's
// master CLI costs (`@1`: the master opens a session on the worker for each command), one
// at a time and pipelined, against the worker's own socket. Prints figures and a JSON line.
//
//     bench_connection [rounds]        (default 300; HADESK_HAPROXY picks the binary)

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "tests/support/haproxyfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Round trips of one command at a time, in microseconds; empty when one failed. The loop
// runs here, in main(), never under a reply handler: the handler only quits it.
QList<double> timeSequential(RuntimeConnection &connection, const RuntimeCommand &command, int rounds)
{
    QList<double> times;
    QEventLoop loop;
    for (int i = 0; i < rounds; ++i) {
        bool ok = false;
        QElapsedTimer clock;
        clock.start();
        connection.send(command, &loop, [&](const RuntimeReply &reply) {
            ok = reply.ok();
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!ok)
            return {};
        times.append(clock.nsecsElapsed() / 1000.0);
    }
    return times;
}

// A batch of the same command pipelined at once: the wall time until the last answer, in
// microseconds per command; 0 when one failed.
double timePipelined(RuntimeConnection &connection, const RuntimeCommand &command, int count)
{
    QEventLoop loop;
    int answered = 0;
    bool ok = true;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        connection.send(command, &loop, [&](const RuntimeReply &reply) {
            ok = ok && reply.ok();
            if (++answered == count)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok && answered == count ? clock.nsecsElapsed() / 1000.0 / count : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 300;

    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    HaproxyFixture haproxy(options);
    if (!haproxy.start()) {
        std::fprintf(stderr, "haproxy: %s\n", qPrintable(haproxy.errorString()));
        return 1;
    }
    RuntimeConnection connection(Endpoint::parse(haproxy.adminSocket()).value());
    connection.open();
    if (!QTest::qWaitFor([&] { return connection.isReady(); }, 10000)) {
        std::fprintf(stderr, "no connection\n");
        return 1;
    }

    const RuntimeCommand shared = CommandBuilder::showInfo();
    RuntimeCommand alone = CommandBuilder::showInfo();
    alone.setRunsAlone(true);
    const QList<double> sharedTimes = timeSequential(connection, shared, rounds);
    const QList<double> aloneTimes = timeSequential(connection, alone, rounds);
    QList<double> rawTimes;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (HaproxyFixture::rawCommand(haproxy.adminSocket(), "show info").isEmpty())
            break;
        rawTimes.append(clock.nsecsElapsed() / 1000.0);
    }
    RuntimeConnection master(Endpoint::parse(haproxy.masterSocket()).value());
    master.open();
    if (!QTest::qWaitFor([&] { return master.isReady() && master.isMaster(); }, 10000)) {
        std::fprintf(stderr, "no master connection\n");
        return 1;
    }
    const QList<double> masterTimes = timeSequential(master, shared, rounds);
    QList<double> rawMasterTimes;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (HaproxyFixture::rawCommand(haproxy.masterSocket(), "@1 show info").isEmpty())
            break;
        rawMasterTimes.append(clock.nsecsElapsed() / 1000.0);
    }
    const double workerPipelinedUs = timePipelined(connection, shared, rounds);
    const double masterPipelinedUs = timePipelined(master, shared, rounds);
    if (sharedTimes.size() != rounds || aloneTimes.size() != rounds || rawTimes.size() != rounds
        || masterTimes.size() != rounds || rawMasterTimes.size() != rounds || workerPipelinedUs <= 0
        || masterPipelinedUs <= 0) {
        std::fprintf(stderr, "a command failed\n");
        return 1;
    }

    const double sharedUs = median(sharedTimes);
    const double aloneUs = median(aloneTimes);
    const double rawUs = median(rawTimes);
    std::printf("HAProxy %s, `show info`, %d rounds each, one at a time (median round trip):\n",
        qPrintable(connection.version().text), rounds);
    std::printf("  shared prompt-mode session     %8.1f us\n", sharedUs);
    std::printf("  alone, own connection (NI)     %8.1f us  (%.2f x shared)\n", aloneUs, aloneUs / sharedUs);
    std::printf("  raw socket, no client code     %8.1f us\n", rawUs);
    std::printf("  CLI connections held: 1 shared; +1 per command running alone, while it runs\n");
    const double masterUs = median(masterTimes);
    const double rawMasterUs = median(rawMasterTimes);
    std::printf("Through the master CLI (`@1 show info`):\n");
    std::printf("  shared session, one at a time  %8.1f us  (%.2f x the worker's socket)\n", masterUs,
        masterUs / sharedUs);
    std::printf("  raw socket, no client code     %8.1f us\n", rawMasterUs);
    std::printf("Pipelined, %d at once (wall time per command):\n", rounds);
    std::printf("  worker socket                  %8.1f us\n", workerPipelinedUs);
    std::printf("  master socket (@1)             %8.1f us  (%.2f x)\n", masterPipelinedUs,
        masterPipelinedUs / workerPipelinedUs);
    std::printf("  CLI connections held: 1 on the master; the master opens one worker session per command\n");
    QJsonObject json;
    json.insert(QStringLiteral("bench"), QStringLiteral("connection"));
    json.insert(QStringLiteral("haproxy"), connection.version().text);
    json.insert(QStringLiteral("rounds"), rounds);
    json.insert(QStringLiteral("shared_us"), sharedUs);
    json.insert(QStringLiteral("alone_us"), aloneUs);
    json.insert(QStringLiteral("raw_us"), rawUs);
    json.insert(QStringLiteral("master_us"), masterUs);
    json.insert(QStringLiteral("raw_master_us"), rawMasterUs);
    json.insert(QStringLiteral("pipelined_worker_us"), workerPipelinedUs);
    json.insert(QStringLiteral("pipelined_master_us"), masterPipelinedUs);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
