// hadesk-testbackend: loopback-only HTTP test servers, or a bounded loopback traffic generator.
//
//   hadesk-testbackend --listen 127.0.0.1:0 --name s1 --listen 127.0.0.1:0 --name s2 [--slow] [--delay-ms N]
//       prints "listening NAME ADDRESS:PORT" per server, then "ready"; runs until SIGTERM/SIGINT.
//   hadesk-testbackend --traffic http://127.0.0.1:PORT/ --rate N --duration S --concurrency C
//       prints a summary (or --json) and exits when done, or on SIGTERM/SIGINT.
//   hadesk-testbackend --reap-on-exit /tmp/hdk-XXXXXX/haproxy.cfg
//       HaproxyFixture's safety net, see reaper.h.

#include "tests/support/testbackend/httpbackend.h"
#include "tests/support/testbackend/loopback.h"
#include "tests/support/testbackend/reaper.h"
#include "tests/support/testbackend/signalwatcher.h"
#include "tests/support/testbackend/trafficgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsage = 2 };

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    // The fixture waits for these lines through a pipe: never leave them in a buffer.
    std::fflush(stream);
}

bool toInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hadesk-testbackend"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback-only HTTP test servers, or a bounded loopback traffic generator."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Serve HTTP on ADDRESS:PORT (loopback only; port 0 picks one)."),
        QStringLiteral("address:port"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
        QStringLiteral("Name of the server given by the --listen before it."), QStringLiteral("name"));
    const QCommandLineOption slowOption(
        QStringLiteral("slow"), QStringLiteral("Accept connections and never answer."));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
        QStringLiteral("Wait this long before each response."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption trafficOption(QStringLiteral("traffic"),
        QStringLiteral("Send GET requests to this http:// loopback URL."), QStringLiteral("url"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
        QStringLiteral("Requests per second (1-1000)."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        QStringLiteral("Seconds to send for (at most 3600)."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
        QStringLiteral("Connections, and so requests in flight (1-64)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption maxRequestsOption(QStringLiteral("max-requests"),
        QStringLiteral("Stop after this many requests (default rate x duration)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"),
        QStringLiteral("Give up on a request after this long."), QStringLiteral("ms"),
        QStringLiteral("5000"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print the traffic summary as one JSON object."));
    const QCommandLineOption reapOption(QStringLiteral("reap-on-exit"),
        QStringLiteral("When stdin closes or on SIGTERM, stop the processes run with this fixture config, "
                       "unless \"disarm\" was read first."),
        QStringLiteral("config"));
    parser.addOptions({ listenOption, nameOption, slowOption, delayOption, trafficOption, rateOption,
        durationOption, concurrencyOption, maxRequestsOption, timeoutOption, jsonOption, reapOption });
    parser.process(app);

    const auto usageError = [](const QString &message) {
        printLine(stderr, QStringLiteral("hadesk-testbackend: ") + message);
        return int(ExitUsage);
    };

    const QStringList listens = parser.values(listenOption);
    const bool traffic = parser.isSet(trafficOption);
    const bool reap = parser.isSet(reapOption);
    if (int(!listens.isEmpty()) + int(traffic) + int(reap) != 1)
        return usageError(
            QStringLiteral("give one of --listen (servers), --traffic (client) or --reap-on-exit"));

    SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return usageError(QStringLiteral("cannot install signal handlers"));

    if (reap) {
        Reaper reaper(parser.value(reapOption));
        QString error;
        if (!reaper.start(&error))
            return usageError(error);
        QObject::connect(&reaper, &Reaper::finished, &app, [] { QCoreApplication::exit(ExitOk); });
        QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&reaper] {
            reaper.reap();
            QCoreApplication::exit(ExitOk);
        });
        return QCoreApplication::exec();
    }

    if (traffic) {
        TrafficGenerator::Settings settings;
        QString error;
        if (!TrafficGenerator::parseUrl(parser.value(trafficOption), &settings, &error))
            return usageError(error);
        bool durationOk = false;
        bool maxOk = false;
        settings.durationSeconds = parser.value(durationOption).toDouble(&durationOk);
        settings.maxRequests = parser.value(maxRequestsOption).toLongLong(&maxOk);
        if (!toInt(parser.value(rateOption), &settings.rate) || !durationOk
            || !toInt(parser.value(concurrencyOption), &settings.concurrency) || !maxOk
            || !toInt(parser.value(timeoutOption), &settings.timeoutMs))
            return usageError(
                QStringLiteral("--rate, --duration, --concurrency, --max-requests and --timeout-ms "
                               "take numbers"));
        settings.json = parser.isSet(jsonOption);
        if (!TrafficGenerator::checkLimits(settings, &error))
            return usageError(error);

        TrafficGenerator generator(settings);
        QObject::connect(&generator, &TrafficGenerator::finished, &app, [&] {
            printLine(stdout, generator.summary());
            QCoreApplication::exit(ExitOk);
        });
        int signalsSeen = 0;
        QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&] {
            // First signal: stop and report; a second one: leave at once.
            if (++signalsSeen > 1)
                QCoreApplication::exit(ExitOk);
            generator.stop();
        });
        generator.start();
        return QCoreApplication::exec();
    }

    const QStringList names = parser.values(nameOption);
    if (names.size() > listens.size())
        return usageError(QStringLiteral("more --name than --listen options"));
    int delayMs = 0;
    if (!toInt(parser.value(delayOption), &delayMs) || delayMs < 0 || delayMs > 60000)
        return usageError(QStringLiteral("--delay-ms must be between 0 and 60000"));

    QList<HttpBackend *> backends;
    for (qsizetype i = 0; i < listens.size(); ++i) {
        Loopback::Endpoint endpoint;
        QString error;
        if (!Loopback::parseEndpoint(listens.at(i), &endpoint, &error))
            return usageError(error);
        HttpBackend::Settings settings;
        settings.name = names.value(i, QStringLiteral("srv%1").arg(i + 1));
        settings.slow = parser.isSet(slowOption);
        settings.delayMs = delayMs;
        auto *backend = new HttpBackend(settings, &app);
        if (!backend->listen(endpoint, &error)) {
            printLine(stderr, QStringLiteral("hadesk-testbackend: ") + error);
            return ExitRuntimeError;
        }
        backends.append(backend);
    }
    for (const HttpBackend *backend : std::as_const(backends)) {
        const QString host = backend->address().protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + backend->address().toString() + u']'
            : backend->address().toString();
        printLine(stdout,
            QStringLiteral("listening %1 %2:%3").arg(backend->settings().name, host).arg(backend->port()));
    }
    printLine(stdout, QStringLiteral("ready"));
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &app, [] { QCoreApplication::exit(ExitOk); });
    return QCoreApplication::exec();
}
