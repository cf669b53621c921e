#include "core/parsers/sessionparser.h"
#include "tests/support/recordeddata.h"

#include <QFile>
#include <QTest>

class TestSessionParser : public QObject
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
        const auto result = SessionParser::parse(readData(QStringLiteral("sess_%1.txt").arg(version)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 2);
        const SessionRow &stream = result->at(0);
        QVERIFY(stream.pointer.startsWith("0x"));
        QCOMPARE(stream.proto, "tcpv4");
        QVERIFY(stream.source.startsWith("127.0.0.1:"));
        QCOMPARE(stream.frontend, "fe");
        QCOMPARE(stream.backend, "be");
        QCOMPARE(stream.server, "slow");
        QCOMPARE(stream.ageSeconds, 0);
        QCOMPARE(stream.calls, 2);
        QVERIFY(!stream.isCli());
        QVERIFY(stream.field("rq").startsWith("[f="));
        QVERIFY(stream.field("scb").startsWith("[8,"));
        QCOMPARE(stream.field("exp"), "0s");
        QCOMPARE(stream.fields.last().first, "c_exp");
        const SessionRow &cli = result->at(1);
        QVERIFY(cli.isCli());
        QCOMPARE(cli.proto, "unix_stream");
        QCOMPARE(cli.backend, "<NONE>");
        QCOMPARE(cli.server, "<none>");
    }
    void unknownFieldsAndLines()
    {
        const auto result = SessionParser::parse("0x1: proto=tcpv6 new=thing fe=f age=1h2m5s calls=x\n"
                                                 "  an added line\n\n");
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->at(0).field("new"), "thing");
        QCOMPARE(result->at(0).ageSeconds, 3725);
        QCOMPARE(result->at(0).calls, SessionRow::NoValue);
        QVERIFY(SessionParser::parse("\n")->isEmpty());
    }
    void durations()
    {
        QCOMPARE(SessionParser::durationSeconds("0s"), 0);
        QCOMPARE(SessionParser::durationSeconds("59s"), 59);
        QCOMPARE(SessionParser::durationSeconds("4d5h"), 4 * 86400 + 5 * 3600);
        QCOMPARE(SessionParser::durationSeconds(""), SessionRow::NoValue);
        QCOMPARE(SessionParser::durationSeconds("5"), SessionRow::NoValue);
        QCOMPARE(SessionParser::durationSeconds("s"), SessionRow::NoValue);
        QCOMPARE(SessionParser::durationSeconds("1x"), SessionRow::NoValue);
        QCOMPARE(SessionParser::durationSeconds("99999999999999999999d"), SessionRow::NoValue);
    }
    void errors()
    {
        QVERIFY(!SessionParser::parse("Permission denied\n\n").ok());
        QVERIFY(!SessionParser::parse("Session not found.\n\n").ok());
    }
};

QTEST_GUILESS_MAIN(TestSessionParser)
#include "tst_sessionparser.moc"
