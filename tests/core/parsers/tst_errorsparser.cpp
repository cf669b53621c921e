#include "core/parsers/errorsparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

class TestErrorsParser : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("2.6") << QStringLiteral("26");
        QTest::newRow("3.0") << QStringLiteral("30");
    }
    void recorded()
    {
        QFETCH(QString, version);
        const auto result = ErrorsParser::parse(readData(QStringLiteral("errors_%1.txt").arg(version)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->total, 2);
        QVERIFY(result->capturedAt.startsWith("05/Dec/2026:03:08:"));
        QCOMPARE(result->events.size(), 2);

        const ErrorEvent &first = result->events.at(0);
        QVERIFY(first.date.startsWith("05/Dec/2026:03:08:24."));
        QCOMPARE(first.proxyKind, "frontend");
        QCOMPARE(first.proxy, "fe");
        QCOMPARE(first.proxyId, 2);
        QCOMPARE(first.kind, "invalid request");
        QVERIFY(first.isRequest());
        QCOMPARE(first.otherProxyKind, "backend");
        QCOMPARE(first.otherProxy, "<NONE>");
        QCOMPARE(first.otherProxyId, -1);
        QCOMPARE(first.server, "<NONE>");
        QCOMPARE(first.serverId, -1);
        QCOMPARE(first.eventNumber, 0);
        QVERIFY(first.source.startsWith("127.0.0.1:"));
        QCOMPARE(first.length, 31);
        QCOMPARE(first.errorPosition, 5);
        QCOMPARE(first.details.size(), 5);
        QCOMPARE(first.bytes,
            QByteArray("GET /\x01"
                       "bad HTTP/1.1\r\nHost: a\r\n\r\n"));
        QCOMPARE(first.bytes.size(), first.length);
        QCOMPARE(first.bytes.at(first.errorPosition), '\x01');
        QCOMPARE(first.badDumpLines, 0);

        // A long line continues on "00096+": the bytes join up.
        const ErrorEvent &second = result->events.at(1);
        QCOMPARE(second.proxy, "fe2");
        QCOMPARE(second.eventNumber, 1);
        QCOMPARE(second.errorPosition, 18);
        QCOMPARE(second.bytes.size(), second.length);
        QCOMPARE(second.bytes.at(second.errorPosition), ' '); // "Ho st"
        QVERIFY(second.bytes.contains(QByteArray("X-Long: " + QByteArray(100, 'x') + "\r\n")));
        QCOMPARE(second.badDumpLines, 0);
    }
    void empty()
    {
        for (const char *file : { "errors_empty_26.txt", "errors_empty_30.txt" }) {
            const auto result = ErrorsParser::parse(readData(QString::fromLatin1(file)));
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result->total, 0);
            QVERIFY(result->events.isEmpty());
        }
    }
    // Recorded from a server that sent a header name with a space (2.6.12 and 3.0.11 alike).
    void recordedResponse_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("2.6") << QStringLiteral("26");
        QTest::newRow("3.0") << QStringLiteral("30");
    }
    void recordedResponse()
    {
        QFETCH(QString, version);
        const auto result =
            ErrorsParser::parse(readData(QStringLiteral("errors_response_%1.txt").arg(version)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->events.size(), 1);
        const ErrorEvent &event = result->events.first();
        QVERIFY(!event.isRequest());
        QCOMPARE(event.proxyKind, "backend");
        QCOMPARE(event.proxy, "be");
        QCOMPARE(event.otherProxyKind, "frontend");
        QCOMPARE(event.otherProxy, "fe");
        QCOMPARE(event.server, "s1");
        QCOMPARE(event.length, 55);
        QCOMPARE(event.bytes.size(), event.length);
        QVERIFY(event.bytes.startsWith("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nBad Header"));
        QCOMPARE(event.errorPosition, 39);
        QCOMPARE(event.bytes.at(event.errorPosition), ' '); // "Bad Header"
        QCOMPARE(event.badDumpLines, 0);
    }
    void response()
    {
        const QByteArray answer = "Total events captured on [05/Dec/2026:01:00:00.000] : 1\n \n"
                                  "[05/Dec/2026:00:59:00.000] backend be (#3): invalid response\n"
                                  "  frontend fe (#2), server s1 (#1), event #7, src 127.0.0.1:8000\n"
                                  "  len 4, error at position 2\n  \n  00000  AB\\\\\\tZ\\xzz\n";
        const auto result = ErrorsParser::parse(answer);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const ErrorEvent &e = result->events.at(0);
        QVERIFY(!e.isRequest());
        QCOMPARE(e.proxyKind, "backend");
        QCOMPARE(e.otherProxy, "fe");
        QCOMPARE(e.server, "s1");
        QCOMPARE(e.serverId, 1);
        QCOMPARE(e.eventNumber, 7);
        QCOMPARE(e.bytes, QByteArray("AB\\\tZ\\xzz"));
    }
    void unescape()
    {
        QCOMPARE(ErrorsParser::unescape("a\\x01\\xFF\\r\\n\\t\\e\\\\"), QByteArray("a\x01\xff\r\n\t\x1b\\"));
        QCOMPARE(ErrorsParser::unescape("end\\"), QByteArray("end\\"));
        QCOMPARE(ErrorsParser::unescape("\\x1"), QByteArray("\\x1"));
    }
    void errors()
    {
        QVERIFY(!ErrorsParser::parse("No such proxy.\n\n").ok());
        QVERIFY(!ErrorsParser::parse("").ok());
        QVERIFY(ErrorsParser::parse("No such proxy.\n\n").error().contains(QStringLiteral("No such proxy.")));
    }
};

QTEST_GUILESS_MAIN(TestErrorsParser)
#include "tst_errorsparser.moc"
