#pragma once

#include "core/transport/endpoint.h"

#include <QString>
#include <QStringList>

// What the user asked for on the command line: hadesk [ENDPOINT] [--profile NAME] [--lang CODE].
struct CommandLineOptions
{
    QString endpoint; // as typed, accepted by Endpoint::parse(); empty: none given
    QString profile; // --profile NAME: connect to this saved profile
    // --lang CODE ("de", "fr_CH", "en"); empty: follow the system locale. Set whenever the code
    // is well-formed, even with --help, --version or another error on the line, so main() can
    // show those in the requested language.
    QString language;
    TlsOptions tls; // --tls-ca, --tls-cert, --tls-key, --tls-peer-name; only with a tls: endpoint

    // --help or --version: main() prints `text` to stdout and exits with 0.
    bool showHelp = false;
    bool showVersion = false;
    QString text;

    // false: main() prints `error` (and a hint to --help) to stderr and exits with 2.
    bool ok = true;
    QString error;
};

// Parses `arguments` (arguments.first() is the program name, as in QCoreApplication::arguments()).
// Never prints and never exits, so it can be tested; help and version texts come back in the
// result. Messages are translated: call it again after installTranslations() to get them in
// the language that --lang chose (the first call is what tells main() which language that is).
CommandLineOptions parseCommandLine(const QStringList &arguments);
