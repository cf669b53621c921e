// MapReplace under traffic, on a real haproxy: a frontend answers every request with the value
// its map holds for the request's Host, so the body of each reply IS what that request saw.
// While clients send requests from helper threads (until 200 began after the replace ended, at
// most 50,000), a map of 3,000 keys is replaced in several batches from generation A (every
// key -> "a") to generation B (every key -> "b"). Proof that no request saw a half-written
// map: no reply is "none" (a key missing mid-replace), and once a "b" was seen no request
// started later got an "a".

#include "core/client/runtimeconnection.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/mapreplace.h"
#include "tests/support/haproxyfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int Keys = 3000;
constexpr int Clients = 4;
// The clients stop once RequestsAfterCommit requests started after the replace ended; how
// many ran before depends on the build's speed (an ASan build replaces slower than a release
// one sends 4,000 requests). MaxRequests only bounds a run whose replace never ends.
constexpr int MaxRequests = 50000;
constexpr int RequestsAfterCommit = 200; // enough seen once the replace ended
constexpr int RequestsBeforeReplace = 100;
constexpr int WaitMs = 60000;

QString key(int i)
{
    return u"host%1.example"_s.arg(i, 5, 10, QLatin1Char('0'));
}

struct Seen
{
    Clock::time_point started;
    Clock::time_point ended;
    QByteArray body; // "a", "b", "none", or what went wrong
};

// One blocking HTTP/1.1 request with its own connection; the body, or an error in words.
QByteArray valueFor(quint16 port, const QString &host)
{
    RawConnection connection;
    if (!connection.connectToTcp(port))
        return "connect failed: " + connection.errorString().toUtf8();
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + host.toUtf8() + "\r\nConnection: close\r\n\r\n";
    if (!connection.write(request))
        return "write failed: " + connection.errorString().toUtf8();
    const QByteArray reply = connection.readToEnd();
    const qsizetype split = reply.indexOf("\r\n\r\n");
    if (!reply.startsWith("HTTP/1.1 200") || split < 0)
        return "bad reply: " + reply.left(100);
    return reply.mid(split + 4).trimmed();
}

} // namespace

class TestMapReplaceTraffic : public QObject
{
    Q_OBJECT

private slots:
    void noRequestSeesAHalfWrittenMap()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MapCommands::Target map { MapCommands::Kind::Map, dir.filePath(u"gen.map"_s) };
        QByteArray generationA;
        for (int i = 0; i < Keys; ++i)
            generationA += key(i).toUtf8() + " a\n";
        QFile file(map.reference);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(generationA) == generationA.size());
        file.close();

        HaproxyFixture::Options options;
        options.body = u"frontend fe\n"
                       "    bind 127.0.0.1:${PORT:fe}\n"
                       "    http-request return status 200 content-type text/plain lf-string "
                       "\"%[req.hdr(host),map(%1,none)]\"\n"_s.arg(map.reference);
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QCOMPARE(valueFor(haproxy.frontendPort(), key(7)), QByteArray("a"));

        RuntimeConnection connection(Endpoint::parse(haproxy.adminSocket()).value());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        CommandChannel channel(&connection);

        // The clients: each takes the next request number until the bound or until enough
        // requests ran after the commit.
        std::atomic<int> next { 0 };
        std::atomic<int> afterCommit { 0 };
        std::atomic<bool> committed { false };
        std::mutex lock;
        QList<Seen> seen;
        const quint16 port = haproxy.frontendPort();
        auto client = [&] {
            for (int n = next++; n < MaxRequests && afterCommit < RequestsAfterCommit; n = next++) {
                const bool late = committed;
                Seen one;
                one.started = Clock::now();
                one.body = valueFor(port, key(int((qint64(n) * 7919) % Keys)));
                one.ended = Clock::now();
                if (late)
                    ++afterCommit;
                const std::lock_guard guard(lock);
                seen.append(one);
            }
        };
        std::vector<std::thread> clients;
        for (int i = 0; i < Clients; ++i)
            clients.emplace_back(client);

        QTRY_VERIFY_WITH_TIMEOUT(next >= RequestsBeforeReplace, WaitMs);
        QList<MapCommands::Entry> generationB;
        for (int i = 0; i < Keys; ++i)
            generationB.append({ key(i), u"b"_s });
        MapReplace replace(&channel);
        QSignalSpy finished(&replace, &MapReplace::finished);
        const Clock::time_point replaceStarted = Clock::now();
        QVERIFY(replace.start(map, generationB).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
        committed = true;
        const Clock::time_point replaceEnded = Clock::now();
        for (std::thread &t : clients)
            t.join();
        QVERIFY2(afterCommit >= RequestsAfterCommit, "the request bound ran out before the replace ended");

        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Done);
        QVERIFY2(replace.batchCount() > 1, "the replace must take several batches");
        qInfo("%lld requests, %d batches", qlonglong(seen.size()), replace.batchCount());

        std::optional<Clock::time_point> firstB; // when the first "b" reply had arrived
        int during = 0; // requests that overlapped the replace
        int a = 0;
        int b = 0;
        for (const Seen &one : std::as_const(seen)) {
            QVERIFY2(one.body == "a" || one.body == "b", one.body.constData());
            if (one.body == "b") {
                ++b;
                if (!firstB || one.ended < *firstB)
                    firstB = one.ended;
            } else {
                ++a;
            }
            if (one.ended > replaceStarted && one.started < replaceEnded)
                ++during;
        }
        QVERIFY2(a > 0 && b > 0, qPrintable(u"a: %1, b: %2"_s.arg(a).arg(b)));
        QVERIFY2(during > 0, "no request overlapped the replace");
        for (const Seen &one : std::as_const(seen)) {
            if (one.body == "a")
                QVERIFY2(one.started < *firstB, "a request started after a \"b\" was seen still got \"a\"");
        }
        qInfo("a: %d, b: %d, overlapping the replace: %d", a, b, during);
    }
};

QTEST_GUILESS_MAIN(TestMapReplaceTraffic)
#include "tst_mapreplacetraffic.moc"
