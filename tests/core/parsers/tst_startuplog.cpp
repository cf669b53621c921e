// StartupLog: the master CLI's answer to `reload` (HAProxy 2.7+), recorded from 3.0.11 after
// a good and a broken configuration, and the shapes a log line can take.

#include "core/parsers/startuplog.h"
#include "tests/support/recordeddata.h"

#include <QTest>

class TestStartupLog : public QObject
{
    Q_OBJECT

private slots:
    void loaded()
    {
        const ReloadAnswer answer = StartupLog::parseReloadAnswer(readData(u"reload_ok_30.txt"_qs));
        QCOMPARE(answer.success, std::optional<bool>(true));
        QCOMPARE(answer.log.size(), 2);
        QCOMPARE(answer.log[0].level, StartupLogLine::Level::Notice);
        QCOMPARE(answer.log[0].pid, 24477);
        QCOMPARE(answer.log[0].text, u"New worker (24560) forked"_qs);
        QCOMPARE(answer.count(StartupLogLine::Level::Alert), 0);
    }

    void failed()
    {
        const ReloadAnswer answer = StartupLog::parseReloadAnswer(readData(u"reload_broken_30.txt"_qs));
        QCOMPARE(answer.success, std::optional<bool>(false));
        QCOMPARE(answer.log.size(), 6);
        QCOMPARE(answer.count(StartupLogLine::Level::Alert), 3);
        QCOMPARE(answer.count(StartupLogLine::Level::Warning), 1);
        QCOMPARE(answer.count(StartupLogLine::Level::Notice), 2);
        QCOMPARE(answer.log[2].text,
            u"config : parsing [/tmp/mw/cur.cfg:15] : unknown keyword 'garbage' in 'backend' section"_qs);
        QCOMPARE(answer.log[5].level, StartupLogLine::Level::Warning);
    }

    void noStatus()
    {
        // HAProxy 2.6 answers nothing; a log without the status line is still read.
        QCOMPARE(StartupLog::parseReloadAnswer("").success, std::nullopt);
        QVERIFY(StartupLog::parseReloadAnswer("").log.isEmpty());
        const ReloadAnswer logOnly = StartupLog::parseReloadAnswer("[ALERT]    (1) : boom\n");
        QCOMPARE(logOnly.success, std::nullopt);
        QCOMPARE(logOnly.count(StartupLogLine::Level::Alert), 1);
        QCOMPARE(StartupLog::parseReloadAnswer("Success=2\n--\n").success, std::nullopt);
        QCOMPARE(StartupLog::parseReloadAnswer("Success=   1\n--\n").success, std::nullopt);
    }

    void oddLines()
    {
        const QList<StartupLogLine> lines =
            StartupLog::parseLines("plain text\n[DEBUG] (x) : y\n[ALERT] no pid here\n[WARNING]\n\n");
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].level, StartupLogLine::Level::Other);
        QCOMPARE(lines[0].text, u"plain text"_qs);
        QCOMPARE(lines[1].level, StartupLogLine::Level::Other);
        QCOMPARE(lines[1].pid, 0);
        QCOMPARE(lines[2].level, StartupLogLine::Level::Alert);
        QCOMPARE(lines[2].text, u"no pid here"_qs);
        QCOMPARE(lines[3].text, QString());
    }
};

QTEST_GUILESS_MAIN(TestStartupLog)
#include "tst_startuplog.moc"
