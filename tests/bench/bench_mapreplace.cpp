// The atomic replace of a big map: 100,000 entries replaced by MapReplace on a real haproxy
// (prepare, `add map @ver` in batches that fit HAProxy's command buffer, commit), then the
// same batches sent as raw socket commands with no client code (one prompt-mode session, what
// a script holding `socat` open does), for comparison. Prints the batches, the largest payload
// (never above MapCommands::MaxPayloadBytes), the times, and a JSON line last.
//
//     bench_mapreplace [entries]        (default 100000; HADESK_HAPROXY picks the binary)

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/mapreplace.h"
#include "tests/support/haproxyfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

QList<MapCommands::Entry> generation(int count, const QString &value)
{
    QList<MapCommands::Entry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i)
        entries.append({ QStringLiteral("host%1.example.com").arg(i, 6, 10, QLatin1Char('0')), value });
    return entries;
}

// Every live entry has this value, and there are `count` of them.
bool liveIs(const HaproxyFixture &haproxy, const MapCommands::Target &map, int count, const QByteArray &value)
{
    const QByteArray answer =
        HaproxyFixture::rawCommand(haproxy.adminSocket(), "show map " + map.reference.toUtf8(), 60000);
    const auto live = MapParser::parseEntries(answer, MapParser::Kind::Map);
    return live && live->size() == count
        && std::all_of(live->cbegin(), live->cend(), [&](const PatternEntry &e) { return e.value == value; });
}

// One command on a raw prompt-mode session: its answer without the prompt.
QByteArray rawSend(RawConnection &raw, const QByteArray &wire)
{
    if (!raw.write(wire, 60000))
        return "write failed";
    QByteArray answer = raw.readUntilEndsWith("\n> ", 60000);
    answer.chop(2);
    while (answer.startsWith("+ ")) // one per payload line in prompt mode
        answer.remove(0, 2);
    return answer.trimmed();
}

// The same batches as raw commands on one prompt-mode session, no client code (what a
// script holding one `socat` open does); milliseconds, or -1.
double rawReplace(const HaproxyFixture &haproxy, const MapCommands::Target &map,
    const QList<MapCommands::Entry> &entries, const QList<int> &batchSizes)
{
    RawConnection raw;
    if (!raw.connectToUnix(haproxy.adminSocket()) || !raw.write("prompt\n"))
        return -1;
    raw.readUntilEndsWith("\n> ");
    QElapsedTimer clock;
    clock.start();
    const auto version = MapCommands::preparedVersion(rawSend(raw, MapCommands::prepare(map)->wireBytes()));
    if (!version) {
        std::fprintf(stderr, "prepare: %s\n", qPrintable(version.error()));
        return -1;
    }
    qsizetype from = 0;
    for (int size : batchSizes) {
        const auto add = MapCommands::addMany(map, entries.mid(from, size), *version);
        from += size;
        const QByteArray answer = add ? rawSend(raw, add->wireBytes()) : QByteArray("not built");
        if (!answer.isEmpty()) {
            std::fprintf(stderr, "add: %s\n", answer.left(200).constData());
            return -1;
        }
    }
    const QByteArray committed = rawSend(raw, MapCommands::commit(map, *version)->wireBytes());
    if (!committed.isEmpty()) {
        std::fprintf(stderr, "commit: %s\n", committed.left(200).constData());
        return -1;
    }
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 100000;

    QTemporaryDir dir;
    const MapCommands::Target map { MapCommands::Kind::Map, dir.filePath(QStringLiteral("big.map")) };
    QByteArray initial;
    for (const MapCommands::Entry &e : generation(count, QStringLiteral("be_a")))
        initial += e.key.toUtf8() + ' ' + e.value.toUtf8() + '\n';
    QFile file(map.reference);
    if (!file.open(QIODevice::WriteOnly) || file.write(initial) != initial.size())
        return 1;
    file.close();
    HaproxyFixture::Options options;
    options.body = QStringLiteral("frontend fe\n"
                                  "    bind 127.0.0.1:${PORT:fe}\n"
                                  "    http-request return status 200 content-type text/plain lf-string "
                                  "\"%[req.hdr(host),map(%1,none)]\"\n")
                       .arg(map.reference);
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

    // What went on the wire, from the connection itself.
    qsizetype maxPayload = 0;
    QList<int> batchSizes;
    QObject::connect(&connection, &RuntimeConnection::commandFinished, &connection,
        [&](const RuntimeCommand &command, const RuntimeReply &) {
            if (!command.hasPayload())
                return;
            maxPayload = std::max(maxPayload, command.wireBytes().size());
            batchSizes.append(int(command.payload().count('\n') + 1));
        });

    const QList<MapCommands::Entry> wanted = generation(count, QStringLiteral("be_b"));
    CommandChannel channel(&connection);
    MapReplace replace(&channel);
    QEventLoop loop; // here in main(), never under a reply handler: the handler only quits it
    MapReplace::State state = MapReplace::State::Idle;
    QObject::connect(&replace, &MapReplace::finished, &loop, [&](MapReplace::State s) {
        state = s;
        loop.quit();
    });
    QElapsedTimer clock;
    double readMs = 0; // until the live entries are read, parsed and compared
    QObject::connect(&replace, &MapReplace::stateChanged, &loop, [&](MapReplace::State s) {
        if (s == MapReplace::State::Preparing)
            readMs = clock.nsecsElapsed() / 1e6;
    });
    clock.start();
    if (!replace.start(map, wanted))
        return 1;
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    const double hadeskMs = clock.nsecsElapsed() / 1e6;
    if (state != MapReplace::State::Done || !liveIs(haproxy, map, count, "be_b")) {
        std::fprintf(stderr, "the replace did not complete\n");
        return 1;
    }

    const double rawMs = rawReplace(haproxy, map, generation(count, QStringLiteral("be_c")), batchSizes);
    if (rawMs < 0 || !liveIs(haproxy, map, count, "be_c")) {
        std::fprintf(stderr, "the raw replace failed\n");
        return 1;
    }

    std::printf("HAProxy %s, atomic replace of %d map entries (prepare, add map @ver <<, commit):\n",
        qPrintable(connection.version().text), count);
    std::printf("  batches                          %8lld (largest %d entries)\n",
        qlonglong(batchSizes.size()),
        batchSizes.isEmpty() ? 0 : *std::max_element(batchSizes.cbegin(), batchSizes.cend()));
    std::printf("  largest command + payload        %8lld bytes (limit %lld)\n", qlonglong(maxPayload),
        qlonglong(MapCommands::MaxPayloadBytes));
    std::printf("  hadesk MapReplace (incl. read)   %8.1f ms\n", hadeskMs);
    std::printf("    of which reading the live map  %8.1f ms (show map, parse, diff)\n", readMs);
    std::printf("  raw socket, one prompt session   %8.1f ms (writes only, no read)\n", rawMs);
    QJsonObject json;
    json.insert(QStringLiteral("bench"), QStringLiteral("mapreplace"));
    json.insert(QStringLiteral("haproxy"), connection.version().text);
    json.insert(QStringLiteral("entries"), count);
    json.insert(QStringLiteral("batches"), int(batchSizes.size()));
    json.insert(QStringLiteral("max_payload_bytes"), qint64(maxPayload));
    json.insert(QStringLiteral("limit_bytes"), qint64(MapCommands::MaxPayloadBytes));
    json.insert(QStringLiteral("hadesk_ms"), hadeskMs);
    json.insert(QStringLiteral("read_ms"), readMs);
    json.insert(QStringLiteral("raw_ms"), rawMs);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return maxPayload <= MapCommands::MaxPayloadBytes ? 0 : 1;
}
