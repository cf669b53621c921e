#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Messages of this file are translated in the "CommandLine" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

CommandLineOptions failed(CommandLineOptions options, const QString &message)
{
    options.ok = false;
    options.error = message;
    return options;
}

// BCP 47-ish language tags as QLocale reads them ("de", "pt_BR", "sr-Latn-RS"). Anything else
// is a typo that QLocale would silently turn into the C locale.
bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    return pattern.match(code).hasMatch();
}

// The options hadesk knows, added to `parser`.
struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption profile;
    QCommandLineOption language;
    QCommandLineOption ca;
    QCommandLineOption certificate;
    QCommandLineOption key;
    QCommandLineOption peerName;
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Tr::tr("Watch and administer running HAProxy instances through their Runtime API (stats socket)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("endpoint"),
        Tr::tr("Where HAProxy's Runtime API listens: /run/haproxy/admin.sock, unix:PATH, tcp:HOST:PORT, "
               "HOST:PORT, [::1]:PORT, tls:HOST:PORT or ssh:[USER@]HOST[:PORT]/PATH. Connects at once."),
        Tr::tr("[endpoint]"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Tr::tr("Connect to the saved connection profile <name>."), Tr::tr("name"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        Tr::tr("Show the user interface in this language (e.g. de, fr, en) instead of the system's."),
        Tr::tr("code"));
    const QCommandLineOption caOption(QStringLiteral("tls-ca"),
        Tr::tr("Verify a tls: endpoint against the CA certificates in <file> instead of the system's."),
        Tr::tr("file"));
    const QCommandLineOption certificateOption(
        QStringLiteral("tls-cert"), Tr::tr("Client certificate (PEM) for a tls: endpoint."), Tr::tr("file"));
    const QCommandLineOption keyOption(
        QStringLiteral("tls-key"), Tr::tr("Private key (PEM) of the client certificate."), Tr::tr("file"));
    const QCommandLineOption peerNameOption(QStringLiteral("tls-peer-name"),
        Tr::tr("Name the server certificate of a tls: endpoint must carry, if not its host name."),
        Tr::tr("name"));
    parser.addOptions(
        { profileOption, languageOption, caOption, certificateOption, keyOption, peerNameOption });
    return { helpOption, versionOption, profileOption, languageOption, caOption, certificateOption, keyOption,
        peerNameOption };
}

// What the endpoint, --profile and the --tls-* options say together: the first problem (empty:
// none). Sets options.endpoint to the endpoint given.
QString targetProblem(CommandLineOptions &options, const QStringList &positional)
{
    if (positional.size() > 1) {
        return Tr::tr("give at most one endpoint, not %1 (%2)")
            .arg(positional.size())
            .arg(positional.join(QStringLiteral(", ")));
    }
    if (positional.isEmpty()) {
        if (options.tls != TlsOptions())
            return Tr::tr("the --tls-* options need a tls:HOST:PORT endpoint");
        return {};
    }
    if (!options.profile.isEmpty()) {
        return Tr::tr("give either an endpoint or --profile, not both (%1 and --profile %2)")
            .arg(positional.constFirst(), options.profile);
    }
    const Result<Endpoint> endpoint = Endpoint::parse(positional.constFirst());
    if (!endpoint)
        return endpoint.error();
    options.endpoint = positional.constFirst().trimmed();
    const bool tlsGiven = options.tls != TlsOptions();
    if (tlsGiven && endpoint->kind != Endpoint::Kind::Tls) {
        return Tr::tr("the --tls-* options apply only to tls: endpoints, and %1 is not one")
            .arg(endpoint->toString());
    }
    return {};
}

} // namespace

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
    CommandLineOptions options;
    QCommandLineParser parser;
    const Options known = addOptions(parser);

    // parse(), not process(): process() prints and calls exit(), which a test cannot survive.
    const bool parsed = parser.parse(arguments);
    // Read before anything can fail: main() needs the language for --help and for the very
    // error messages below.
    const QString language = parser.value(known.language).trimmed();
    if (isLanguageCode(language))
        options.language = language;
    if (!parsed)
        return failed(options, parser.errorText());

    // Help and version win over anything else on the line, as users expect of --help.
    if (parser.isSet(known.help)) {
        options.showHelp = true;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(known.version)) {
        options.showVersion = true;
        // The format QCommandLineParser::showVersion() prints.
        options.text = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return options;
    }

    if (!language.isEmpty() && !isLanguageCode(language)) {
        return failed(
            options, Tr::tr("'%1' is not a language code (use e.g. de, fr, en or pt_BR)").arg(language));
    }
    options.profile = parser.value(known.profile);
    options.tls.caFile = parser.value(known.ca);
    options.tls.certificateFile = parser.value(known.certificate);
    options.tls.privateKeyFile = parser.value(known.key);
    options.tls.peerName = parser.value(known.peerName);

    if (parser.isSet(known.profile) && options.profile.trimmed().isEmpty())
        return failed(options, Tr::tr("--profile needs the name of a saved profile"));
    if (const QString problem = targetProblem(options, parser.positionalArguments()); !problem.isEmpty())
        return failed(options, problem);
    return options;
}
