#include "infoparser.h"

#include <QFile>
#include <QTest>

class TestInfoParser : public QObject
{
    Q_OBJECT
private slots:
    void parsesRecordedAnswer()
    {
        QFile file(QFINDTESTDATA("data/show_info_2.6.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HaproxyInfo info = InfoParser::parse(file.readAll());
        QCOMPARE(info.value("Name"), QByteArray("HAProxy"));
        QCOMPARE(info.version().text, QStringLiteral("2.6.12-1+deb12u4"));
        QCOMPARE(info.version().major, 2);
        QCOMPARE(info.version().minor, 6);
        QCOMPARE(info.version().patch, 12);
        QCOMPARE(info.pid(), 6765);
        QCOMPARE(info.uptimeSeconds(), 218);
        QCOMPARE(info.isStopping(), false);
        QCOMPARE(info.number("CumReq"), 260);
        QCOMPARE(info.fields.first().first, QByteArray("Name"));
        QVERIFY(info.fields.size() > 60);
    }

    void keysWithSpacesSplitOnFirstColon()
    {
        const HaproxyInfo info = InfoParser::parse("Build info: 2.6.12-1+deb12u4\nUnstoppable Jobs: 0\n"
                                                   "Description: a: b\nStopping: 1\r\n\n");
        QCOMPARE(info.value("Build info"), QByteArray("2.6.12-1+deb12u4"));
        QCOMPARE(info.number("Unstoppable Jobs"), 0);
        QCOMPARE(info.value("Description"), QByteArray("a: b"));
        QVERIFY(info.isStopping());
    }

    void garbageGivesNothingUsable()
    {
        QVERIFY(InfoParser::parse("").isEmpty());
        QVERIFY(InfoParser::parse("No such thing.\n\n").isEmpty());
        static const char raw[] = "\0\0: \xff\n:x\nPid: abc\n";
        const HaproxyInfo info = InfoParser::parse(QByteArray(raw, sizeof(raw) - 1));
        QCOMPARE(info.pid(), -1);
        QCOMPARE(info.number("Missing", 42), 42);
        QVERIFY(!info.version().isValid());
    }
};

QTEST_GUILESS_MAIN(TestInfoParser)
#include "tst_infoparser.moc"
