#include "core/parsers/procparser.h"
#include "tests/support/recordeddata.h"

#include <QTest>

// `show proc` on the master CLI, recorded from 2.6.12 and 3.0.11 (haproxy -W -S): after start,
// and after a good reload (an old worker held by a connection) followed by a broken one.
class TestProcParser : public QObject
{
    Q_OBJECT

private slots:
    void versions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("haproxyVersion");
        QTest::newRow("2.6") << QStringLiteral("26") << QByteArray("2.6.12-1+deb12u4");
        QTest::newRow("3.0") << QStringLiteral("30") << QByteArray("3.0.11-9e587df");
    }

    void afterStart_data() { versions_data(); }
    void afterStart()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, haproxyVersion);
        const auto list = ProcParser::parse(readData(QStringLiteral("proc_%1.txt").arg(version)));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->master.role, ProcEntry::Role::Master);
        QVERIFY(list->master.pid > 0);
        QCOMPARE(list->master.reloads, 0);
        QCOMPARE(list->master.failedReloads, 0);
        QCOMPARE(list->master.uptimeSeconds, 1);
        QCOMPARE(list->master.version, haproxyVersion); // trailing padding trimmed
        QCOMPARE(list->workers.size(), 1);
        QCOMPARE(list->workers.first().role, ProcEntry::Role::Worker);
        QCOMPARE(list->workers.first().type, "worker");
        QVERIFY(list->workers.first().pid > list->master.pid);
        QCOMPARE(list->workers.first().failedReloads, ProcEntry::NoValue);
        QVERIFY(list->oldWorkers.isEmpty());
        QVERIFY(list->programs.isEmpty());
    }

    void oldWorkerAndFailedReload_data() { versions_data(); }
    void oldWorkerAndFailedReload()
    {
        QFETCH(QString, version);
        const auto list =
            ProcParser::parse(readData(QStringLiteral("proc_oldworker_failed_%1.txt").arg(version)));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->master.reloads, 2);
        QCOMPARE(list->master.failedReloads, 1);
        QCOMPARE(list->workers.size(), 1);
        QCOMPARE(list->workers.first().reloads, 1);
        QCOMPARE(list->oldWorkers.size(), 1);
        const ProcEntry &old = list->oldWorkers.first();
        QCOMPARE(old.role, ProcEntry::Role::OldWorker);
        // Recorded in the same run: the old worker is the one that served before the reloads.
        const auto before = ProcParser::parse(readData(QStringLiteral("proc_%1.txt").arg(version)));
        QCOMPARE(old.pid, before->workers.first().pid);
        QCOMPARE(old.reloads, 2);
        QCOMPARE(old.uptime, "0d00h00m03s");
        QVERIFY(old.pid != list->workers.first().pid);
    }

    // A column added later is kept by name and does not shift the others; 3.3's layout has
    // no "# programs" line.
    void unknownColumnAndNoPrograms()
    {
        const QByteArray answer = "#<PID> <type> <reloads> <failed> <uptime> <version>\n"
                                  "10 master 1 [failed: 0] x 1d02h03m04s 3.9.0\n"
                                  "# workers\n"
                                  "11 worker 0 y 0d00h00m05s 3.9.0\n";
        const auto list = ProcParser::parse(answer);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->master.uptimeSeconds, 93784);
        QCOMPARE(list->master.failedReloads, 0);
        QCOMPARE(list->master.extra.size(), 1);
        QCOMPARE(list->master.extra.first().first, "failed");
        QCOMPARE(list->master.extra.first().second, "x");
        QCOMPARE(list->workers.size(), 1);
        QCOMPARE(list->workers.first().version, "3.9.0");
        QCOMPARE(list->workers.first().uptimeSeconds, 5);
    }

    void refusals()
    {
        QVERIFY(
            !ProcParser::parse("Unknown command, but maybe one of the following ones is a better match:\n")
                 .ok());
        QVERIFY(!ProcParser::parse("").ok());
        // A header and workers but no master row.
        QVERIFY(!ProcParser::parse(
            "#<PID> <type> <reloads> <uptime> <version>\n# workers\n11 worker 0 0d00h00m05s 3\n")
                     .ok());
        const auto error = ProcParser::parse("Permission denied\n");
        QVERIFY(error.error().contains(QStringLiteral("Permission denied")));
    }

    void uptimes()
    {
        QCOMPARE(ProcParser::uptimeSeconds("0d00h00m01s"), 1);
        QCOMPARE(ProcParser::uptimeSeconds("2d00h01m00s"), 2 * 86400 + 60);
        QCOMPARE(ProcParser::uptimeSeconds(""), ProcEntry::NoValue);
        QCOMPARE(ProcParser::uptimeSeconds("5x"), ProcEntry::NoValue);
        QCOMPARE(ProcParser::uptimeSeconds("1d2"), ProcEntry::NoValue);
        QCOMPARE(ProcParser::uptimeSeconds("99999999999999999d"), ProcEntry::NoValue);
    }
};

QTEST_GUILESS_MAIN(TestProcParser)
#include "tst_procparser.moc"
