#include "tests/support/snapshotbuilder.h"

#include <QTest>

// The builder of test snapshots writes what HAProxy would: the snapshot it builds equals
// what StatParser makes of the equivalent `show stat` answer.
class TestSnapshotBuilder : public QObject
{
    Q_OBJECT

    static StatTable parsed(const QByteArray &csv)
    {
        const Result<StatTable> table = StatParser::parse(csv);
        if (!table)
            qFatal("%s", qPrintable(table.error()));
        return *table;
    }

    static void compareRows(const StatTable &built, const StatTable &expected)
    {
        QCOMPARE(built.rows.size(), expected.rows.size());
        for (qsizetype i = 0; i < built.rows.size(); ++i) {
            const StatRow &a = built.rows.at(i);
            const StatRow &b = expected.rows.at(i);
            QCOMPARE(a.pxname, b.pxname);
            QCOMPARE(a.svname, b.svname);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.weight, b.weight);
            QCOMPARE(a.uweight, b.uweight);
            QCOMPARE(a.act, b.act);
            QCOMPARE(a.bck, b.bck);
            QCOMPARE(a.scur, b.scur);
            QCOMPARE(a.stot, b.stot);
            QCOMPARE(a.lbtot, b.lbtot);
            QCOMPARE(a.bin, b.bin);
            QCOMPARE(a.bout, b.bout);
            QCOMPARE(a.addr, b.addr);
            QCOMPARE(a.algo, b.algo);
            QCOMPARE(a.hrsp5xx, b.hrsp5xx);
            for (const QByteArray &column : expected.columns)
                QCOMPARE(built.field(a, column), expected.field(b, column));
        }
    }

private slots:
    void rowsEqualTheParsedAnswer()
    {
        const SnapshotPtr snapshot = SnapshotBuilder()
                                         .frontend("fe")
                                         .sessions(3)
                                         .server("app", "s1")
                                         .weight(10)
                                         .backup(false)
                                         .sessions(2)
                                         .sessionsTotal(40)
                                         .lbtot(38)
                                         .bytes(100, 2000)
                                         .addr("10.0.0.1:80")
                                         .server("app", "s2")
                                         .status("DOWN 1/2")
                                         .weight(0)
                                         .backup(true)
                                         .set("hrsp_5xx", 7)
                                         .backend("app")
                                         .weight(10)
                                         .algo("roundrobin")
                                         .build();
        const QByteArray csv = "# pxname,svname,type,status,scur,weight,uweight,act,bck,stot,lbtot,bin,bout,"
                               "addr,hrsp_5xx,algo,\n"
                               "fe,FRONTEND,0,OPEN,3,,,,,,,,,,,,\n"
                               "app,s1,2,UP,2,10,10,1,0,40,38,100,2000,10.0.0.1:80,,,\n"
                               "app,s2,2,DOWN 1/2,,0,0,0,1,,,,,,7,,\n"
                               "app,BACKEND,1,UP,,10,10,,,,,,,,,roundrobin,\n\n";
        const StatTable expected = parsed(csv);
        compareRows(snapshot->stat, expected);
        QCOMPARE(snapshot->stat.columns, expected.columns);
        QCOMPARE(snapshot->stat.complete, true);
        QCOMPARE(snapshot->stat.rows.at(0).weight, StatRow::NoValue); // never set: absent, not 0
        const StatTable absent = SnapshotBuilder().server("be", "a").sessions(StatRow::NoValue).table();
        QCOMPARE(absent.rows.at(0).scur, StatRow::NoValue);
        QCOMPARE(absent.field(absent.rows.at(0), "scur"), QByteArray());
    }

    void aRowChosenAgainIsChangedNotAdded()
    {
        SnapshotBuilder builder;
        builder.server("be", "a").weight(1).server("be", "b").weight(2);
        builder.server("be", "a").status("MAINT");
        const SnapshotPtr snapshot = builder.build();
        QCOMPARE(snapshot->stat.rows.size(), 2);
        QCOMPARE(snapshot->stat.rows.at(0).status, QByteArray("MAINT"));
        QCOMPARE(snapshot->stat.rows.at(0).weight, 1);
        builder.server("be", "c").moveBefore("be", "a").sessions(1);
        QCOMPARE(builder.table().rows.at(0).svname, QByteArray("c"));
        QCOMPARE(builder.table().rows.at(0).scur, 1);
        builder.moveBefore("be", "b"); // still c, now between a and b
        QCOMPARE(builder.table().rows.at(1).svname, QByteArray("c"));
        builder.remove("be", "c");
        builder.remove("be", "a");
        compareRows(
            builder.table(), parsed("# pxname,svname,type,status,weight,uweight,\nbe,b,2,UP,2,2,\n\n"));
    }

    void haproxy26HeaderLikeTheRecordedAnswer()
    {
        const SnapshotPtr snapshot = SnapshotBuilder()
                                         .haproxy26Columns()
                                         .backend("be")
                                         .algo("static-rr")
                                         .server("be", "s1")
                                         .lbtot(5)
                                         .build();
        QFile file(QFINDTESTDATA("data/stat_26.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const StatTable recorded = parsed(file.readAll());
        QCOMPARE(snapshot->stat.columns, recorded.columns);
        QCOMPARE(snapshot->stat.columns.size(), 128);
        const StatRow &server = snapshot->stat.rows.at(1);
        QCOMPARE(server.lbtot, 5);
        QCOMPARE(server.weight, StatRow::NoValue);
        QCOMPARE(snapshot->stat.field(server, "-"), QByteArray("-"));
        QCOMPARE(snapshot->stat.rows.at(0).algo, QByteArray("static-rr"));
    }

    void snapshotFields()
    {
        const SnapshotPtr snapshot = SnapshotBuilder()
                                         .server("be", "s1")
                                         .at(1000, 77)
                                         .sequence(4)
                                         .countersReset()
                                         .scope({ QStringLiteral("be") })
                                         .build();
        QCOMPARE(snapshot->takenAtMs, 1000);
        QCOMPARE(snapshot->monotonicMs, 77);
        QCOMPARE(snapshot->sequence, 4u);
        QVERIFY(snapshot->countersReset);
        QCOMPARE(snapshot->scope, QStringList { QStringLiteral("be") });
        QCOMPARE(SnapshotBuilder().at(5).build()->monotonicMs, 5);
        QVERIFY(SnapshotBuilder().build()->stat.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBuilder)
#include "tst_snapshotbuilder.moc"
