#include "app/commandline.h"

#include <QTest>

// hadesk's command line: parseCommandLine() must report everything (help, version, errors
// with the endpoint parser's own message) without printing or exiting.
class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLineOptions parse(const QStringList &arguments)
    {
        return parseCommandLine(QStringList { QStringLiteral("hadesk") } + arguments);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("hadesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    }

    void nothingGiven()
    {
        const CommandLineOptions options = parse({});
        QVERIFY2(options.ok, qPrintable(options.error));
        QVERIFY(options.endpoint.isEmpty());
        QVERIFY(options.profile.isEmpty());
        QVERIFY(options.language.isEmpty());
        QVERIFY(!options.showHelp);
        QVERIFY(!options.showVersion);
        QCOMPARE(options.tls, TlsOptions());
    }

    void endpoint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("path") << QStringLiteral("/run/haproxy/admin.sock");
        QTest::newRow("tcp") << QStringLiteral("tcp:127.0.0.1:9999");
        QTest::newRow("HOST:PORT") << QStringLiteral("lb1.example.net:9999");
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9999");
        QTest::newRow("tls") << QStringLiteral("tls:lb1:9443");
        QTest::newRow("ssh") << QStringLiteral("ssh:ops@lb1:2222/run/haproxy/admin.sock");
    }

    void endpoint()
    {
        QFETCH(QString, text);
        const CommandLineOptions options = parse({ text });
        QVERIFY2(options.ok, qPrintable(options.error));
        QCOMPARE(options.endpoint, text);
    }

    void invalidEndpointGivesParserMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("port out of range") << QStringLiteral("tcp:lb1:70000");
        QTest::newRow("no port") << QStringLiteral("lb1.example.net");
        QTest::newRow("ssh without path") << QStringLiteral("ssh:lb1");
        QTest::newRow("unknown scheme") << QStringLiteral("http:lb1:80");
    }

    void invalidEndpointGivesParserMessage()
    {
        QFETCH(QString, text);
        const Result<Endpoint> expected = Endpoint::parse(text);
        QVERIFY(!expected.ok());
        const CommandLineOptions options = parse({ text });
        QVERIFY(!options.ok);
        QCOMPARE(options.error, expected.error());
        QVERIFY(options.endpoint.isEmpty());
    }

    void profileAndLanguage()
    {
        const CommandLineOptions options = parse({ QStringLiteral("--profile"), QStringLiteral("edge lb"),
            QStringLiteral("--lang"), QStringLiteral("de") });
        QVERIFY2(options.ok, qPrintable(options.error));
        QCOMPARE(options.profile, QStringLiteral("edge lb"));
        QCOMPARE(options.language, QStringLiteral("de"));
        QVERIFY(options.endpoint.isEmpty());

        // QCommandLineParser's --name=value form works too.
        const CommandLineOptions equals = parse({ QStringLiteral("--lang=fr_CH") });
        QVERIFY2(equals.ok, qPrintable(equals.error));
        QCOMPARE(equals.language, QStringLiteral("fr_CH"));
    }

    void languageSurvivesHelpAndErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
        QTest::newRow("--version") << QStringList { QStringLiteral("--version") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
        QTest::newRow("bad endpoint") << QStringList { QStringLiteral("tcp:lb1:0") };
    }

    // main() shows help, version and errors in the language asked for, so it must learn
    // that language from the same parse that found them.
    void languageSurvivesHelpAndErrors()
    {
        QFETCH(QStringList, arguments);
        const CommandLineOptions options = parse(arguments + QStringList { QStringLiteral("--lang=de") });
        QCOMPARE(options.language, QStringLiteral("de"));
    }

    void badLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("path") << QStringLiteral("../de");
        QTest::newRow("word") << QStringLiteral("german!");
        QTest::newRow("one letter") << QStringLiteral("d");
    }

    void badLanguage()
    {
        QFETCH(QString, code);
        const CommandLineOptions options = parse({ QStringLiteral("--lang"), code });
        QVERIFY(!options.ok);
        QVERIFY2(options.error.contains(code), qPrintable(options.error));
        QVERIFY(options.language.isEmpty()); // never handed on to the translation loader
    }

    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void help()
    {
        QFETCH(QString, option);
        // Help wins even over an invalid endpoint on the same line.
        const CommandLineOptions options = parse({ QStringLiteral("tcp:bad"), option });
        QVERIFY(options.ok);
        QVERIFY(options.showHelp);
        QVERIFY(!options.showVersion);
        for (const char *word : { "--profile", "--lang", "--version", "--tls-ca", "tls:HOST:PORT" })
            QVERIFY2(options.text.contains(QLatin1String(word)), word);
    }

    void version()
    {
        const CommandLineOptions options = parse({ QStringLiteral("--version") });
        QVERIFY(options.ok);
        QVERIFY(options.showVersion);
        QVERIFY(!options.showHelp);
        QCOMPARE(options.text, QStringLiteral("hadesk 1.2.3\n"));
    }

    void tlsOptions()
    {
        const CommandLineOptions options = parse({ QStringLiteral("tls:lb1:9443"), QStringLiteral("--tls-ca"),
            QStringLiteral("/etc/ca.pem"), QStringLiteral("--tls-cert"), QStringLiteral("/etc/c.pem"),
            QStringLiteral("--tls-key"), QStringLiteral("/etc/c.key"), QStringLiteral("--tls-peer-name"),
            QStringLiteral("haproxy.internal") });
        QVERIFY2(options.ok, qPrintable(options.error));
        QCOMPARE(options.tls.caFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(options.tls.certificateFile, QStringLiteral("/etc/c.pem"));
        QCOMPARE(options.tls.privateKeyFile, QStringLiteral("/etc/c.key"));
        QCOMPARE(options.tls.peerName, QStringLiteral("haproxy.internal"));
        QVERIFY(options.tls.verifyPeer);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("--profile") } << QStringLiteral("profile");
        QTest::newRow("empty profile") << QStringList { QStringLiteral("--profile"), QStringLiteral(" ") }
                                       << QStringLiteral("--profile");
        QTest::newRow("two endpoints")
            << QStringList { QStringLiteral("lb1:9999"), QStringLiteral("lb2:9999") }
            << QStringLiteral("lb2:9999");
        QTest::newRow("endpoint and profile")
            << QStringList { QStringLiteral("lb1:9999"), QStringLiteral("--profile"), QStringLiteral("edge") }
            << QStringLiteral("edge");
        QTest::newRow("tls option on tcp") << QStringList { QStringLiteral("lb1:9999"),
            QStringLiteral("--tls-ca"), QStringLiteral("/ca.pem") }
                                           << QStringLiteral("tcp:lb1:9999");
        QTest::newRow("tls option without endpoint") << QStringList { QStringLiteral("--tls-ca"),
            QStringLiteral("/ca.pem") } << QStringLiteral("tls:");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CommandLineOptions options = parse(arguments);
        QVERIFY(!options.ok);
        QVERIFY(!options.showHelp);
        QVERIFY2(options.error.contains(mentions), qPrintable(options.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
