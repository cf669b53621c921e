// Times what the Maps & ACLs dock does with a map of 100,000 entries: the `show map` answer
// parsed (MapParser), loaded into MapEntriesModel behind a MapEntryFilterProxyModel and a
// visible QTableView (offscreen), compared with the map's file, then filtered with three texts
// (a rare one, a common one, and back to none). The answer is generated in memory with lines
// as HAProxy 2.6 writes them (host names as keys, backend names as values); then, unless
// HADESK_BENCH_MAP_HAPROXY=0, the same map is loaded by a real haproxy (the fixture's) and read
// back through RuntimeConnection, to time the round trip too.
//
//   bench_mapview [ENTRIES] [REPS]     ENTRIES defaults to 100000, REPS to 5
//
// Prints one line per case (median and min of REPS), then one JSON object on the last line.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapfile.h"
#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"
#include "models/mapentriesmodel.h"
#include "models/mapentryfilterproxymodel.h"
#include "tests/support/haproxyfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Case
{
    QByteArray name;
    qint64 rows = 0;
    double medianMs = 0;
    double minMs = 0;
};

QList<Case> g_cases;

// "0x55578a1950f0 shop-00042.eu.customers.example.com be_pool_17\n", ...
QByteArray generateAnswer(int entries, QByteArray *fileText)
{
    static const char *const regions[] = { "eu", "us", "ap", "sa" };
    static const char *const kinds[] = { "shop", "api", "static", "auth", "media" };
    QByteArray answer;
    answer.reserve(qsizetype(entries) * 64);
    fileText->reserve(qsizetype(entries) * 48);
    for (int i = 0; i < entries; ++i) {
        const QByteArray key = QByteArray(kinds[i % 5]) + '-' + QByteArray::number(i).rightJustified(6, '0')
            + '.' + regions[(i / 5) % 4] + ".customers.example.com";
        const QByteArray value = "be_pool_" + QByteArray::number((i * 7) % 64);
        answer += "0x" + QByteArray::number(0x55578a195060ll + qint64(i) * 0x90, 16) + ' ' + key + ' ' + value
            + '\n';
        // The file differs a little from what is live: 1 in 1,000 values changed at runtime.
        *fileText += key + ' ' + (i % 1000 == 0 ? QByteArray("be_old") : value) + '\n';
    }
    answer += '\n';
    return answer;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void record(const QByteArray &name, qint64 rows, QList<double> times)
{
    std::sort(times.begin(), times.end());
    const Case c { name, rows, times.at(times.size() / 2), times.first() };
    g_cases.append(c);
    std::printf("%-34s rows=%7lld median=%9.2f ms min=%9.2f ms (n=%lld)\n", name.constData(),
        static_cast<long long>(rows), c.medianMs, c.minMs, static_cast<long long>(times.size()));
    std::fflush(stdout);
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void benchInMemory(int entries, int reps)
{
    QByteArray fileText;
    const QByteArray answer = generateAnswer(entries, &fileText);
    std::printf("answer: %d entries, %.1f MB\n", entries, double(answer.size()) / 1e6);

    MapEntriesModel model;
    MapEntryFilterProxyModel proxy;
    proxy.setEntriesModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(20);
    view.resize(1000, 600);
    view.show();
    settle();

    QList<double> parse, load, compare, total;
    QList<QList<double>> filters(3);
    const QStringList texts { QStringLiteral("000042"), QStringLiteral("eu.customers"), QString() };
    QList<PatternEntry> parsed;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer all;
        all.start();
        QElapsedTimer t;
        t.start();
        parsed = MapParser::parseEntries(answer, MapParser::Kind::Map).value();
        parse << msSince(t);
        t.restart();
        const MapFileComparison c =
            MapFile::compare(parsed, MapFile::parse(fileText, MapParser::Kind::Map), MapParser::Kind::Map);
        compare << msSince(t);
        t.restart();
        model.load(MapCommands::Kind::Map, parsed, &c);
        settle(); // the view lays out and paints its first screen
        load << msSince(t);
        for (int f = 0; f < texts.size(); ++f) {
            t.restart();
            proxy.setFilterText(texts.at(f));
            proxy.applyFilterTextNow();
            settle();
            filters[f] << msSince(t);
        }
        total << msSince(all);
    }
    record("parse show map", entries, parse);
    record("compare with the file", entries, compare);
    record("model load + view (compared)", entries, load);
    proxy.setFilterText(texts.at(0));
    proxy.applyFilterTextNow();
    std::printf("filter '%s' keeps %d rows\n", qPrintable(texts.at(0)), proxy.rowCount());
    record("filter '000042' (rare)", entries, filters.at(0));
    proxy.setFilterText(texts.at(1));
    proxy.applyFilterTextNow();
    std::printf("filter '%s' keeps %d rows\n", qPrintable(texts.at(1)), proxy.rowCount());
    record("filter 'eu.customers' (common)", entries, filters.at(1));
    record("filter cleared", entries, filters.at(2));
    record("parse+compare+load+3 filters", entries, total);

    QList<double> sort;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        proxy.sort(r % 2 ? MapEntriesModel::Value : MapEntriesModel::Key);
        settle();
        sort << msSince(t);
    }
    record("sort by key or value", entries, sort);
}

// The same map loaded by a real haproxy and read through RuntimeConnection.
void benchHaproxy(int entries, int reps)
{
    QTemporaryDir dir;
    QByteArray fileText;
    generateAnswer(entries, &fileText);
    const QString path = dir.filePath(QStringLiteral("big.map"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fileText) != fileText.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    file.close();
    HaproxyFixture::Options options;
    options.body = QStringLiteral("frontend fe\n    bind 127.0.0.1:${PORT:fe}\n"
                                  "    http-request set-header X-Pool %[req.hdr(host),map(%1)]\n"
                                  "    default_backend be\nbackend be\n    server s1 ${BACKEND:s1}\n")
                       .arg(path);
    HaproxyFixture haproxy(options);
    if (!haproxy.start()) {
        std::fprintf(stderr, "haproxy: %s\n", qPrintable(haproxy.errorString()));
        return;
    }
    std::printf("haproxy: %s\n", qPrintable(haproxy.version()));
    RuntimeConnection connection(Endpoint::parse(haproxy.userSocket()).value());
    connection.open();
    QElapsedTimer wait;
    wait.start();
    while (!connection.isReady() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    MapEntriesModel model;
    QList<double> times;
    const RuntimeCommand command = MapCommands::showEntries({ MapCommands::Kind::Map, path }).value();
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        connection.send(command, &model, [&](const RuntimeReply &reply) {
            const auto parsed = MapParser::parseEntries(reply.body, MapParser::Kind::Map);
            if (parsed)
                model.load(MapCommands::Kind::Map, *parsed);
            done = true;
        });
        while (!done && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        times << msSince(t);
    }
    record("haproxy show map + parse + load", model.rowCount(), times);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const int entries = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int reps = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;
    benchInMemory(entries, reps);
    if (qEnvironmentVariable("HADESK_BENCH_MAP_HAPROXY") != QStringLiteral("0"))
        benchHaproxy(entries, reps);

    QByteArray json = R"({"bench":"mapview","entries":)" + QByteArray::number(entries) + R"(,"cases":[)";
    for (qsizetype i = 0; i < g_cases.size(); ++i) {
        const Case &c = g_cases.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","rows":)"
            + QByteArray::number(c.rows) + R"(,"median_ms":)" + QByteArray::number(c.medianMs, 'f', 3)
            + R"(,"min_ms":)" + QByteArray::number(c.minMs, 'f', 3) + '}';
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
