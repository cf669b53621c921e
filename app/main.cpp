// hadesk's entry point. Until the main window lands this is a console client on the
// same core/ the GUI will use: it connects once, reports the instance and runs commands.

#include "commandbuilder.h"
#include "endpoint.h"
#include "infoparser.h"
#include "runtimeconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HADESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Administer a running HAProxy through its Runtime API (stats socket)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("endpoint"),
        QStringLiteral("Where HAProxy's CLI listens: /path/admin.sock, unix:PATH, tcp:HOST:PORT, HOST:PORT, "
                       "[::1]:PORT, tls:HOST:PORT, ssh:[USER@]HOST[:PORT]/PATH"));
    const QCommandLineOption commandOption({ QStringLiteral("c"), QStringLiteral("command") },
        QStringLiteral("Run this command line (repeatable) instead of printing 'show info'."),
        QStringLiteral("line"));
    const QCommandLineOption caOption(
        QStringLiteral("tls-ca"), QStringLiteral("CA file for tls: endpoints."), QStringLiteral("file"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        QStringLiteral("Client certificate (PEM) for tls: endpoints."), QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
        QStringLiteral("Client key (PEM) for tls: endpoints."), QStringLiteral("file"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Seconds to wait for the connection and each answer."), QStringLiteral("seconds"),
        QStringLiteral("10"));
    parser.addOptions({ commandOption, caOption, certOption, keyOption, timeoutOption });
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err() << "hadesk: give exactly one endpoint (see --help)\n";
        return 2;
    }
    auto endpoint = Endpoint::parse(parser.positionalArguments().constFirst());
    if (!endpoint) {
        err() << "hadesk: " << endpoint.error() << "\n";
        return 2;
    }
    Endpoint target = endpoint.value();
    target.tls.caFile = parser.value(caOption);
    target.tls.certificateFile = parser.value(certOption);
    target.tls.privateKeyFile = parser.value(keyOption);

    QList<RuntimeCommand> commands;
    const QStringList lines = parser.values(commandOption);
    for (const QString &line : lines) {
        auto command = CommandBuilder::raw(line);
        if (!command) {
            err() << "hadesk: not sent: " << command.error() << "\n";
            return 2;
        }
        commands << command.value();
    }
    if (commands.isEmpty())
        commands << CommandBuilder::showInfo();

    const int timeoutMs = std::max(1, parser.value(timeoutOption).toInt()) * 1000;
    ConnectionOptions options;
    options.connectTimeoutMs = timeoutMs;
    options.commandTimeoutMs = timeoutMs;
    options.autoReconnect = false;
    RuntimeConnection connection(target, options);

    int exitCode = 0;
    int remaining = int(commands.size());
    QObject::connect(&connection, &RuntimeConnection::errorOccurred, &app, [&](const QString &message) {
        err() << "hadesk: " << message << "\n";
        err().flush();
        app.exit(1);
    });
    QObject::connect(&connection, &RuntimeConnection::ready, &app, [&] {
        err() << "hadesk: connected to " << target.toString() << " (HAProxy " << connection.version().text
              << ", worker pid " << connection.workerPid() << ", level "
              << accessLevelName(connection.level()) << ", " << connection.transportDescription() << ")\n";
        err().flush();
        for (const RuntimeCommand &command : std::as_const(commands)) {
            connection.send(command, &app, [&, command](const RuntimeReply &reply) {
                if (reply.ok()) {
                    out() << reply.body;
                    if (!reply.body.endsWith('\n') && !reply.body.isEmpty())
                        out() << '\n';
                } else {
                    err() << "hadesk: " << command.text() << ": " << reply.errorMessage << "\n";
                    exitCode = 1;
                }
                out().flush();
                err().flush();
                if (--remaining == 0)
                    app.exit(exitCode);
            });
        }
    });
    connection.open();
    return app.exec();
}
