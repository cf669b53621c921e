#include "core/parsers/infoparser.h"

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

    // HAProxy 3.0.11: 77 lines where 2.6 had 70 (new ones appended); the same keys still work.
    void parsesRecordedAnswer30()
    {
        QFile file(QFINDTESTDATA("data/show_info_3.0.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HaproxyInfo info = InfoParser::parse(file.readAll());
        QCOMPARE(info.value("Name"), QByteArray("HAProxy"));
        QCOMPARE(info.version().text, QStringLiteral("3.0.11-9e587df"));
        QCOMPARE(info.version().major, 3);
        QCOMPARE(info.version().minor, 0);
        QCOMPARE(info.version().patch, 11);
        QVERIFY(info.version().hasWaitSrvRemovable());
        QCOMPARE(info.pid(), 12603);
        QCOMPARE(info.uptimeSeconds(), 6);
        QCOMPARE(info.isStopping(), false);
        QCOMPARE(info.number("CumReq"), 9);
        QCOMPARE(info.number("Nbthread"), 2);
        QCOMPARE(info.number("BootTime_ms"), 128); // one of the fields 2.6 did not have
        QCOMPARE(info.fields.size(), 76);
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
