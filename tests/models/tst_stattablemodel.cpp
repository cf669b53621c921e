#include "models/stattablemodel.h"
#include "tests/support/recordeddata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 NoValue = StatRow::NoValue;

// One line of a `show stat` answer, with the columns these tests look at; the rest are
// left out of the header, as the parser reads columns by name.
struct Row
{
    QByteArray px;
    QByteArray sv;
    int type = 2; // server
    QByteArray status = "UP";
    qint64 scur = 0;
    qint64 weight = 1;
    qint64 uweight = NoValue; // NoValue: same as weight
    qint64 bck = 0;
    qint64 bin = 0;
    qint64 lastchg = 10;
    QByteArray addr;
    QByteArray checkStatus;
    QByteArray checkDesc;
    qint64 checkDuration = NoValue;
};

Row frontend(const QByteArray &px)
{
    Row r;
    r.px = px;
    r.sv = "FRONTEND";
    r.type = 0;
    r.status = "OPEN";
    r.weight = NoValue;
    r.bck = NoValue;
    return r;
}

Row backend(const QByteArray &px, int servers = 2)
{
    Row r;
    r.px = px;
    r.sv = "BACKEND";
    r.type = 1;
    r.weight = servers;
    r.bck = 0;
    return r;
}

Row server(const QByteArray &px, const QByteArray &sv, qint64 scur = 0)
{
    Row r;
    r.px = px;
    r.sv = sv;
    r.scur = scur;
    r.addr = "10.0.0." + QByteArray::number(qHash(sv) % 250 + 1) + ":80";
    return r;
}

QByteArray num(qint64 v)
{
    return StatRow::has(v) ? QByteArray::number(v) : QByteArray();
}

QByteArray csv(const QList<Row> &rows)
{
    QByteArray out = "# pxname,svname,qcur,qmax,scur,smax,stot,bin,bout,dreq,dresp,econ,eresp,status,weight,"
                     "uweight,act,bck,lastchg,downtime,type,check_status,check_duration,check_desc,addr,\n";
    for (const Row &r : rows) {
        const bool server = r.type == 2;
        const QByteArray act = StatRow::has(r.bck) ? num(server ? (r.bck ? 0 : 1) : 1) : QByteArray();
        out += r.px + ',' + r.sv + ",0,0," + num(r.scur) + ',' + num(r.scur) + ",0," + num(r.bin) + ','
            + num(StatRow::has(r.bin) ? r.bin * 2 : NoValue) + ",0,0,"
            + (r.type == 0 ? QByteArray(",,") : QByteArray("0,0,")) + r.status + ',' + num(r.weight) + ','
            + num(StatRow::has(r.uweight) ? r.uweight : r.weight) + ',' + act + ',' + num(r.bck) + ','
            + num(r.type == 0 ? NoValue : r.lastchg) + ',' + num(r.type == 0 ? NoValue : 0) + ','
            + QByteArray::number(r.type) + ',' + r.checkStatus + ',' + num(r.checkDuration) + ','
            + r.checkDesc + ',' + r.addr + ",\n";
    }
    return out + '\n';
}

SnapshotPtr snapshotOf(const QByteArray &answer)
{
    static quint64 sequence = 0;
    const Result<StatTable> table = StatParser::parse(answer);
    if (!table)
        qFatal("test answer does not parse: %s", qPrintable(table.error()));
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->sequence = ++sequence;
    snapshot->stat = *table;
    return snapshot;
}

SnapshotPtr snapshotOf(const QList<Row> &rows)
{
    return snapshotOf(csv(rows));
}

// Two backends of four servers behind one frontend, in HAProxy's order.
QList<Row> baseRows()
{
    QList<Row> rows { frontend("fe") };
    for (const QByteArray &be : { QByteArray("be1"), QByteArray("be2") }) {
        for (int i = 1; i <= 4; ++i)
            rows.append(server(be, "s" + QByteArray::number(i)));
        rows.append(backend(be, 4));
    }
    return rows;
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList keysOf(const StatTableModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(StatTableModel::KeyRole).toString();
    return keys;
}

// Signals a merge sent, in order, as text: "+first-last", "-first-last", and "~first-last"
// for a change of whole rows; "~first-last@column-column" for a change of some cells, with
// " raw" when the signal names the RawRole alone (the text stays).
class SignalLog : public QObject
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { add('+', first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { add('-', first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                add('~', topLeft.row(), bottomRight.row());
                if (topLeft.column() != 0 || bottomRight.column() != StatTableModel::ColumnCount - 1)
                    entries.last() +=
                        QStringLiteral("@%1-%2").arg(topLeft.column()).arg(bottomRight.column());
                if (roles == QList<int> { StatTableModel::RawRole })
                    entries.last() += QStringLiteral(" raw");
                else if (!roles.isEmpty())
                    entries.last() += QStringLiteral(" bad roles");
            });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { entries << QStringLiteral("reset"); });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { entries << QStringLiteral("layout"); });
    }
    QStringList take() { return std::exchange(entries, {}); }
    QStringList entries;

private:
    void add(char kind, int first, int last)
    {
        entries << QLatin1Char(kind) + QString::number(first) + u'-' + QString::number(last);
    }
};

} // namespace

class TestStatTableModel : public QObject
{
    Q_OBJECT

    // Every model under test has a tester that aborts the test on the first inconsistency.
    void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

    // The model holds exactly the snapshot's rows, each once, and its key hash agrees.
    void verifyMatches(const StatTableModel &model, const SnapshotPtr &snapshot)
    {
        QSet<QString> expected;
        for (const StatRow &row : snapshot->stat.rows)
            expected.insert(StatTableModel::keyOf(row));
        QCOMPARE(model.rowCount(), expected.size());
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const StatRow *statRow = model.statRow(row);
            QVERIFY(statRow);
            QVERIFY(statRow >= snapshot->stat.rows.constData()
                && statRow < snapshot->stat.rows.constData() + snapshot->stat.rows.size());
            const QString k = StatTableModel::keyOf(*statRow);
            QCOMPARE(model.index(row, 0).data(StatTableModel::KeyRole).toString(), k);
            QCOMPARE(model.rowForKey(k), row);
            QVERIFY(!seen.contains(k));
            seen.insert(k);
        }
        QCOMPARE(seen, expected);
    }

private slots:
    void initTestCase()
    {
        // Formatting checks below expect C locale digits (no group separators).
        QLocale::setDefault(QLocale::c());
    }

    void fillsFromARealAnswer()
    {
        StatTableModel model;
        attachTester(&model);
        SignalLog log(&model);
        const SnapshotPtr snapshot = snapshotOf(readData(QStringLiteral("stat_26_statuses.csv")));
        model.setSnapshot(snapshot);
        const int rows = int(snapshot->stat.rows.size());
        QCOMPARE(log.take(), QStringList { QStringLiteral("+0-") + QString::number(rows - 1) });
        QCOMPARE(model.lastMerge().inserted, rows);
        QCOMPARE(model.columnCount(), int(StatTableModel::ColumnCount));
        QCOMPARE(model.snapshot(), snapshot);
        verifyMatches(model, snapshot);

        // The same answer again, parsed anew: nothing to say.
        model.setSnapshot(snapshotOf(readData(QStringLiteral("stat_26_statuses.csv"))));
        QCOMPARE(log.take(), QStringList());
        QCOMPARE(model.lastMerge().changed, 0);
        // The same snapshot object again: nothing at all.
        model.setSnapshot(model.snapshot());
        QCOMPARE(log.take(), QStringList());
    }

    void unchangedRowsEmitNothing()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        SignalLog log(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        rows[2].scur = 5; // be1/s2, model row 2
        model.setSnapshot(snapshotOf(rows));
        // Only the cells that changed: the other cells of the row are not repainted.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(2, StatTableModel::CurrentSessions));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, StatTableModel::MaxSessions));
        QCOMPARE(log.take(), QStringList { QStringLiteral("~2-2@5-6") }); // smax follows scur here
        QCOMPARE(model.index(2, StatTableModel::CurrentSessions).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.lastMerge().changed, 1);
        QVERIFY(!model.lastMerge().fullRangeUpdate);

        // Two neighbours and one apart: one signal per run of changed rows, no more. A new
        // state colours the whole row.
        rows[3].status = "DOWN 1/2";
        rows[4].bin = 100;
        rows[8].addr = "10.9.9.9:81";
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), (QStringList { QStringLiteral("~3-4"), QStringLiteral("~8-8@23-23") }));
        QCOMPARE(model.lastMerge().changed, 3);

        // Neighbours with different cells: one signal per run of the columns they changed.
        rows[4].bin = 200; // bout follows bin here
        rows[5].weight = 3;
        rows[5].scur = 1;
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(),
            (QStringList {
                QStringLiteral("~4-5@3-3"), QStringLiteral("~4-5@5-6"), QStringLiteral("~4-5@11-12") }));

        // Cells the model shows in tooltips only also count: the check's details are the
        // tooltip of the name, status and check cells.
        rows[6].checkDesc = "Layer7 wrong status";
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(),
            (QStringList {
                QStringLiteral("~6-6@0-0"), QStringLiteral("~6-6@2-2"), QStringLiteral("~6-6@20-20") }));
    }

    // A sorting proxy re-sorts the rows of one dataChanged by binary search among the others,
    // so rows must not show new values before their own signal.
    void eachRunChangesWithItsSignal()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        QStringList seen;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
            seen << QString::number(topLeft.row()) + u':'
                    + model.index(1, StatTableModel::CurrentSessions).data().toString() + u','
                    + model.index(7, StatTableModel::CurrentSessions).data().toString();
        });
        rows[1].scur = 11;
        rows[7].scur = 77;
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(seen, (QStringList { key("1:11,0"), key("7:11,77") }));
    }

    void mostRowsChangedGiveOneSignal()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        SignalLog log(&model);
        for (Row &r : rows)
            ++r.lastchg; // what every second does to every row
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), QStringList { QStringLiteral("~0-%1@21-21").arg(rows.size() - 1) });
        QVERIFY(model.lastMerge().fullRangeUpdate);
        QCOMPARE(model.lastMerge().changed, int(rows.size()) - 1); // the frontend has no lastchg

        // 5 of 11 is not most: one signal per changed row.
        for (qsizetype i = 0; i < 10; i += 2)
            rows[i].scur += 1;
        model.setSnapshot(snapshotOf(rows));
        QVERIFY(!model.lastMerge().fullRangeUpdate);
        QCOMPARE(log.take(),
            (QStringList { QStringLiteral("~0-0@5-6"), QStringLiteral("~2-2@5-6"), QStringLiteral("~4-4@5-6"),
                QStringLiteral("~6-6@5-6"), QStringLiteral("~8-8@5-6") }));
        // 6 of 11 is.
        for (qsizetype i = 0; i < 12; i += 2)
            rows[i].scur += 1;
        model.setSnapshot(snapshotOf(rows));
        QVERIFY(model.lastMerge().fullRangeUpdate);
        QCOMPARE(log.take(), QStringList { QStringLiteral("~0-10@5-6") });
    }

    // A last change shown as "2h 0m" for another second: the RawRole changed (a sort on
    // it must follow) but not the text, so the signal names the RawRole alone.
    void durationWhoseTextStaysIsRawOnly()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        for (Row &r : rows)
            r.lastchg = 7200;
        model.setSnapshot(snapshotOf(rows));
        SignalLog log(&model);
        const int last = int(rows.size()) - 1;

        for (Row &r : rows)
            ++r.lastchg;
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), QStringList { QStringLiteral("~0-%1@21-21 raw").arg(last) });
        QCOMPARE(model.index(1, StatTableModel::LastChange).data().toString(), QStringLiteral("2h 0m"));
        QCOMPARE(model.index(1, StatTableModel::LastChange).data(StatTableModel::RawRole).toLongLong(), 7201);

        // One row's text changes: that cell is repainted, then all say their raw value moved.
        for (Row &r : rows)
            ++r.lastchg;
        rows[3].lastchg = 7260;
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(),
            (QStringList { QStringLiteral("~3-3@21-21"), QStringLiteral("~0-%1@21-21 raw").arg(last) }));
        QCOMPARE(model.index(3, StatTableModel::LastChange).data().toString(), QStringLiteral("2h 1m"));

        // Few rows: each run says what it changed.
        rows[3].lastchg = 7261;
        rows[7].lastchg = 5;
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(
            log.take(), (QStringList { QStringLiteral("~7-7@21-21"), QStringLiteral("~3-3@21-21 raw") }));
    }

    void removals_data()
    {
        QTest::addColumn<QList<int>>("removed"); // indices in baseRows()
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first") << QList<int> { 0 } << QStringList { QStringLiteral("-0-0") };
        QTest::newRow("middle") << QList<int> { 5 } << QStringList { QStringLiteral("-5-5") };
        QTest::newRow("last") << QList<int> { 10 } << QStringList { QStringLiteral("-10-10") };
        QTest::newRow("run") << QList<int> { 2, 3, 4 } << QStringList { QStringLiteral("-2-4") };
        QTest::newRow("scattered, bottom up") << QList<int> { 1, 3, 4,
            9 } << QStringList { QStringLiteral("-9-9"), QStringLiteral("-3-4"), QStringLiteral("-1-1") };
        QTest::newRow("whole backend")
            << QList<int> { 6, 7, 8, 9, 10 } << QStringList { QStringLiteral("-6-10") };
        QTest::newRow("all") << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }
                             << QStringList { QStringLiteral("-0-10") };
    }

    void removals()
    {
        QFETCH(QList<int>, removed);
        QFETCH(QStringList, expected);
        StatTableModel model;
        attachTester(&model);
        const QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(model.rowCount(), 11);

        QList<Row> kept;
        for (int i = 0; i < rows.size(); ++i) {
            if (!removed.contains(i))
                kept.append(rows.at(i));
        }
        SignalLog log(&model);
        const SnapshotPtr next = snapshotOf(kept);
        model.setSnapshot(next);
        QCOMPARE(log.take(), expected);
        QCOMPARE(model.lastMerge().removed, removed.size());
        QCOMPARE(model.lastMerge().changed, 0);
        verifyMatches(model, next);
        for (const int i : removed) {
            QCOMPARE(model.rowForKey(QLatin1Char(i == 0 ? 'f' : (rows.at(i).type == 1 ? 'b' : 's')) + u'/'
                         + QString::fromLatin1(rows.at(i).px) + u'/' + QString::fromLatin1(rows.at(i).sv)),
                -1);
        }

        // And back: one appended run.
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(
            log.take(), QStringList { u'+' + QString::number(11 - removed.size()) + QStringLiteral("-10") });
        verifyMatches(model, model.snapshot());
    }

    void insertionsAreAppendedInOneRun()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        SignalLog log(&model);

        rows.insert(3, server("be1", "new1"));
        rows.insert(9, server("be2", "new2"));
        rows.prepend(frontend("fe0"));
        const SnapshotPtr next = snapshotOf(rows);
        model.setSnapshot(next);
        QCOMPARE(log.take(), QStringList { QStringLiteral("+11-13") });
        QCOMPARE(model.lastMerge().inserted, 3);
        // In the answer's order.
        QCOMPARE(keysOf(model).mid(11),
            (QStringList { key("f/fe0/FRONTEND"), key("s/be1/new1"), key("s/be2/new2") }));
        verifyMatches(model, next);
    }

    void reorderedAnswerIsNotAChange()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        const QStringList before = keysOf(model);
        SignalLog log(&model);

        std::reverse(rows.begin(), rows.end());
        const SnapshotPtr next = snapshotOf(rows);
        model.setSnapshot(next);
        QCOMPARE(log.take(), QStringList());
        QCOMPARE(keysOf(model), before);
        verifyMatches(model, next);

        // Moved and changed: the row stays where it is and says it changed.
        std::rotate(rows.begin(), rows.begin() + 3, rows.end());
        const int row = model.rowForKey(key("s/be2/s2"));
        for (Row &r : rows) {
            if (r.px == "be2" && r.sv == "s2")
                r.scur = 42;
        }
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), QStringList { QStringLiteral("~%1-%1@5-6").arg(row) });
        QCOMPARE(
            model.index(row, StatTableModel::CurrentSessions).data(StatTableModel::RawRole).toLongLong(), 42);
        verifyMatches(model, model.snapshot());
    }

    void renamedServerIsRemovedAndAdded()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        QPersistentModelIndex after(model.index(model.rowForKey(key("s/be2/s1")), StatTableModel::Status));
        SignalLog log(&model);

        rows[2].sv = "s2-renamed"; // be1/s2, row 2
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), (QStringList { QStringLiteral("-2-2"), QStringLiteral("+10-10") }));
        QCOMPARE(model.rowForKey(key("s/be1/s2")), -1);
        QCOMPARE(model.rowForKey(key("s/be1/s2-renamed")), 10);
        QVERIFY(after.isValid());
        QCOMPARE(after.data(StatTableModel::KeyRole).toString(), key("s/be2/s1"));
        QCOMPARE(after.column(), int(StatTableModel::Status));
        verifyMatches(model, model.snapshot());
    }

    void serverIdsAreNotIdentities()
    {
        // HAProxy reuses a deleted server's id: a new server with the old id is a new row.
        const QByteArray head = "# pxname,svname,iid,sid,scur,status,type,\n";
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(head + "be,old,3,1,7,UP,2,\n\n"));
        SignalLog log(&model);
        model.setSnapshot(snapshotOf(head + "be,new,3,1,0,UP,2,\n\n"));
        QCOMPARE(log.take(), (QStringList { QStringLiteral("-0-0"), QStringLiteral("+0-0") }));
        QCOMPARE(model.index(0, StatTableModel::Name).data().toString(), key("new"));
    }

    void wholeBackendComesAndGoes()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        QPersistentModelIndex fe(model.index(0, 0));
        QPersistentModelIndex be2s4(model.index(model.rowForKey(key("s/be2/s4")), 3));
        SignalLog log(&model);

        QList<Row> more = rows;
        QList<Row> be3;
        for (int i = 1; i <= 30; ++i)
            be3.append(server("be3", "n" + QByteArray::number(i), i));
        be3.append(backend("be3", 30));
        more.append(be3);
        model.setSnapshot(snapshotOf(more));
        QCOMPARE(log.take(), QStringList { QStringLiteral("+11-41") });
        verifyMatches(model, model.snapshot());

        // be1 goes while be3 stays: one run removed, the rows below renumbered.
        QList<Row> less = more.mid(5);
        model.setSnapshot(snapshotOf(less));
        QCOMPARE(log.take(), QStringList { QStringLiteral("-0-4") });
        QVERIFY(!fe.isValid());
        QVERIFY(be2s4.isValid());
        QCOMPARE(be2s4.data(StatTableModel::KeyRole).toString(), key("s/be2/s4"));
        QCOMPARE(be2s4.row(), model.rowForKey(key("s/be2/s4")));
        verifyMatches(model, model.snapshot());

        // be3 goes, be1 comes back.
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(log.take(), (QStringList { QStringLiteral("-6-36"), QStringLiteral("+6-10") }));
        verifyMatches(model, model.snapshot());
    }

    void persistentIndexFollowsItsKey()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        const QString watched = key("s/be2/s3");
        QPersistentModelIndex index(model.index(model.rowForKey(watched), StatTableModel::CurrentSessions));

        QList<QList<Row>> sequence;
        QList<Row> r = rows;
        r.removeAt(1); // a row above it goes
        sequence << r;
        r.insert(0, server("be0", "x")); // one comes
        sequence << r;
        std::reverse(r.begin(), r.end()); // the answer is reordered
        sequence << r;
        for (Row &row : r)
            row.scur += 3; // everything changes
        sequence << r;
        sequence << rows;
        for (const QList<Row> &step : std::as_const(sequence)) {
            model.setSnapshot(snapshotOf(step));
            QVERIFY(index.isValid());
            QCOMPARE(index.data(StatTableModel::KeyRole).toString(), watched);
            QCOMPARE(index.row(), model.rowForKey(watched));
            QCOMPARE(index.column(), int(StatTableModel::CurrentSessions));
        }
    }

    void neverResetsOnARefresh()
    {
        StatTableModel model;
        attachTester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutAboutToBeChanged);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        model.setSnapshot(snapshotOf(QList<Row>()));
        model.setSnapshot(snapshotOf(rows));
        rows.removeFirst();
        model.setSnapshot(snapshotOf(rows));
        model.setSnapshot(snapshotOf(readData(QStringLiteral("stat_26.csv"))));
        model.setSnapshot(snapshotOf(readData(QStringLiteral("stat_26_statuses.csv"))));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);

        // Only clear() (a new connection) resets, and only when there is something to drop.
        model.clear();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.snapshot());
        model.clear();
        QCOMPARE(resets.size(), 1);
        // A null snapshot is a clear().
        model.setSnapshot(snapshotOf(rows));
        model.setSnapshot(SnapshotPtr());
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        // And the next one fills it again, by insertion.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSnapshot(snapshotOf(rows));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), rows.size());
    }

    void stateChangesOfOneServer()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        model.setSnapshot(snapshotOf(rows));
        const int row = model.rowForKey(key("s/be1/s3"));
        QCOMPARE(row, 3);
        SignalLog log(&model);

        struct Step
        {
            const char *status;
            StatStatus::State state;
            bool inTransition;
        };
        const Step steps[] = {
            { "UP 1/3", StatStatus::State::Up, true },
            { "DOWN", StatStatus::State::Down, false },
            { "DOWN 1/2", StatStatus::State::Down, true },
            { "UP", StatStatus::State::Up, false },
            { "DRAIN", StatStatus::State::Drain, false },
            { "NOLB", StatStatus::State::Nolb, false },
            { "MAINT", StatStatus::State::Maint, false },
            { "MAINT (via be1/s1)", StatStatus::State::Maint, false },
            { "no check", StatStatus::State::NoCheck, false },
            { "SOMETHING NEW", StatStatus::State::Unknown, false },
        };
        for (const Step &step : steps) {
            rows[3].status = step.status;
            model.setSnapshot(snapshotOf(rows));
            QCOMPARE(log.take(), QStringList { QStringLiteral("~3-3") });
            const QModelIndex status = model.index(row, StatTableModel::Status);
            QCOMPARE(status.data().toString(), QString::fromLatin1(step.status));
            QCOMPARE(status.data(StatTableModel::RawRole).toString(), QString::fromLatin1(step.status));
            QCOMPARE(status.data(StatTableModel::StateRole).toInt(), int(step.state));
            QCOMPARE(status.data(StatTableModel::InTransitionRole).toBool(), step.inTransition);
            // The roles hold for any column of the row, for a delegate of any column.
            QCOMPARE(model.index(row, StatTableModel::Address).data(StatTableModel::StateRole).toInt(),
                int(step.state));
        }
        QVERIFY(model.index(row, StatTableModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty()); // an unknown state and no check: nothing to say
        rows[3].status = "MAINT (via be1/s1)";
        model.setSnapshot(snapshotOf(rows));
        QVERIFY(model.index(row, StatTableModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(key("be1/s1")));
    }

    void rolesOfRecordedStatuses()
    {
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(readData(QStringLiteral("stat_26_statuses.csv"))));
        auto at = [&model](const char *k, int column, int role) {
            const int row = model.rowForKey(key(k));
            if (row < 0)
                qFatal("no row %s", k);
            return model.index(row, column).data(role);
        };
        using S = StatStatus::State;
        QCOMPARE(at("s/bst/trkm", 0, StatTableModel::StateRole).toInt(), int(S::Maint));
        QCOMPARE(at("s/bst/res", 0, StatTableModel::StateRole).toInt(), int(S::Maint));
        QCOMPARE(at("s/bst/drn", 0, StatTableModel::StateRole).toInt(), int(S::Drain));
        QCOMPARE(at("s/bst/agdn", 0, StatTableModel::StateRole).toInt(), int(S::Down));
        QCOMPARE(at("s/bst/nochk", 0, StatTableModel::StateRole).toInt(), int(S::NoCheck));
        QCOMPARE(at("f/fe_stopped/FRONTEND", 0, StatTableModel::StateRole).toInt(), int(S::Paused));
        QCOMPARE(at("s/bst/up13", 0, StatTableModel::InTransitionRole).toBool(), true);
        QCOMPARE(at("s/bst/ok", 0, StatTableModel::InTransitionRole).toBool(), false);
        QCOMPARE(at("s/bst/bk", 0, StatTableModel::BackupRole).toBool(), true);
        QCOMPARE(at("s/bst/ok", 0, StatTableModel::BackupRole).toBool(), false);
        QCOMPARE(at("s/bst/bk", StatTableModel::Role, Qt::DisplayRole).toString(), key("backup"));
        QCOMPARE(at("s/bst/ok", StatTableModel::Role, Qt::DisplayRole).toString(), key("active"));
        QCOMPARE(
            at("b/bst/BACKEND", StatTableModel::Role, Qt::DisplayRole).toString(), key("5 active, 1 backup"));
        QCOMPARE(at("s/bst/ok", StatTableModel::Weight, Qt::DisplayRole).toString(), key("50"));
        QCOMPARE(
            at("s/bst/ok", StatTableModel::CheckStatus, Qt::DisplayRole).toString(), key("L7OK/200 in 0 ms"));
        QCOMPARE(
            at("s/bst/ok", StatTableModel::CheckStatus, StatTableModel::RawRole).toString(), key("L7OK"));
        QVERIFY(at("s/bst/ok", StatTableModel::Status, Qt::ToolTipRole)
                    .toString()
                    .contains(key("Layer7 check passed")));
        QCOMPARE(at("s/bst/trk", StatTableModel::Status, Qt::ToolTipRole).toString(), key("Tracks bst/ok"));
        QCOMPARE(at("s/bst/ok", StatTableModel::Name, Qt::DisplayRole).toString(), key("ok"));
        QCOMPARE(at("s/bst/ok", StatTableModel::Proxy, Qt::DisplayRole).toString(), key("bst"));
        QCOMPARE(at("b/bst/BACKEND", StatTableModel::Name, Qt::DisplayRole).toString(), key("bst"));
        QCOMPARE(at("s/bst/ok", 0, StatTableModel::ServerNameRole).toString(), key("ok"));
        QCOMPARE(at("b/bst/BACKEND", 0, StatTableModel::ServerNameRole).toString(), QString());
        QCOMPARE(at("l/fe/lst1", 0, StatTableModel::ServerNameRole).toString(), key("lst1"));
        QCOMPARE(at("l/fe/lst1", 0, StatTableModel::TypeRole).toInt(), int(StatRow::Type::Listener));
        QCOMPARE(at("s/bst/ok", 0, StatTableModel::ProxyNameRole).toString(), key("bst"));
        // Frontends have no weight: empty for people, NoValue for code.
        QCOMPARE(at("f/fe/FRONTEND", StatTableModel::Weight, Qt::DisplayRole).toString(), QString());
        QCOMPARE(at("f/fe/FRONTEND", StatTableModel::Weight, StatTableModel::RawRole).toLongLong(), NoValue);
        QCOMPARE(at("f/fe/FRONTEND", StatTableModel::Weight, StatTableModel::RawRole).typeId(),
            int(QMetaType::LongLong));
    }

    void displayFormats_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("display");
        const int in = StatTableModel::BytesIn, chg = StatTableModel::LastChange;
        QTest::newRow("0 B") << in << qint64(0) << key("0 B");
        QTest::newRow("1023 B") << in << qint64(1023) << key("1023 B");
        QTest::newRow("KiB") << in << qint64(1536) << key("1.50 KiB");
        QTest::newRow("tens of KiB") << in << qint64(15 * 1024 + 200) << key("15.2 KiB");
        QTest::newRow("MiB") << in << qint64(1024 * 1024) << key("1.00 MiB");
        QTest::newRow("hundreds of MiB") << in << qint64(150) * 1024 * 1024 << key("150 MiB");
        QTest::newRow("GiB") << in << qint64(5) * 1024 * 1024 * 1024 << key("5.00 GiB");
        QTest::newRow("TiB") << in << qint64(3) * 1024 * 1024 * 1024 * 1024 << key("3.00 TiB");
        QTest::newRow("empty bytes") << in << NoValue << QString();
        QTest::newRow("seconds") << chg << qint64(42) << key("42s");
        QTest::newRow("zero seconds") << chg << qint64(0) << key("0s");
        QTest::newRow("minutes") << chg << qint64(312) << key("5m 12s");
        QTest::newRow("hours") << chg << qint64(7260) << key("2h 1m");
        QTest::newRow("days") << chg << qint64(3 * 86400 + 4 * 3600 + 5) << key("3d 4h");
        QTest::newRow("empty duration") << chg << NoValue << QString();
        QTest::newRow("sessions") << int(StatTableModel::CurrentSessions) << qint64(1234567)
                                  << key("1234567");
        QTest::newRow("empty sessions") << int(StatTableModel::CurrentSessions) << NoValue << QString();
    }

    void displayFormats()
    {
        QFETCH(int, column);
        QFETCH(qint64, value);
        QFETCH(QString, display);
        Row r = server("be", "s1");
        if (column == StatTableModel::BytesIn)
            r.bin = value;
        else if (column == StatTableModel::LastChange)
            r.lastchg = value;
        else
            r.scur = value;
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(QList<Row> { r }));
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(StatTableModel::RawRole).toLongLong(), value);
        QCOMPARE(index.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    }

    void weightAndToolTips()
    {
        Row r = server("be", "s1");
        r.weight = 50;
        r.uweight = 100;
        r.bin = 2048;
        r.checkStatus = "L4TOUT";
        r.checkDuration = 2001;
        r.checkDesc = "Layer4 timeout";
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(QList<Row> { r }));
        QCOMPARE(model.index(0, StatTableModel::Weight).data().toString(), key("50 (100)"));
        QCOMPARE(model.index(0, StatTableModel::Weight).data(StatTableModel::RawRole).toLongLong(), 50);
        QCOMPARE(model.index(0, StatTableModel::CheckStatus).data().toString(), key("L4TOUT in 2001 ms"));
        const QString tip = model.index(0, StatTableModel::CheckStatus).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(key("Layer4 timeout")), qPrintable(tip));
        QCOMPARE(model.index(0, StatTableModel::BytesIn).data(Qt::ToolTipRole).toString(), key("2048 bytes"));
        QVERIFY(!model.index(0, StatTableModel::Name).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(model.index(0, StatTableModel::Address).data(StatTableModel::RawRole).typeId(),
            int(QMetaType::QString));
    }

    // sortRanks() must order rows exactly as compareRows() does, for every column, and stay
    // right after rows come and go (its key order is kept between calls).
    void sortRanksFollowCompareRows()
    {
        StatTableModel model;
        QList<Row> rows = baseRows();
        for (int s = 0; s < 30; ++s) {
            Row r = server("be" + QByteArray::number(s % 3), "n" + QByteArray::number(s * 7 % 11));
            r.scur = s % 4;
            rows.append(r);
        }
        for (int round = 0; round < 3; ++round) {
            if (round == 1)
                rows.remove(2, 5);
            if (round == 2)
                rows.append(server("a-new", "first"));
            model.setSnapshot(snapshotOf(rows));
            for (int column = 0; column < StatTableModel::ColumnCount; ++column) {
                const QList<int> ranks = model.sortRanks(column);
                QCOMPARE(ranks.size(), model.rowCount());
                for (int a = 0; a < model.rowCount(); ++a) {
                    for (int b = 0; b < model.rowCount(); ++b) {
                        QCOMPARE(ranks.at(a) < ranks.at(b), model.compareRows(a, b, column) < 0);
                    }
                }
            }
        }
    }

    void checksRangesFirst()
    {
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(baseRows()));
        QVERIFY(!model.data(QModelIndex()).isValid());
        QVERIFY(!model.data(model.index(model.rowCount(), 0)).isValid());
        QVERIFY(!model.data(model.index(0, StatTableModel::ColumnCount)).isValid());
        for (const int section : { -1, int(StatTableModel::ColumnCount), 1000 }) {
            QVERIFY(!model.headerData(section, Qt::Horizontal).isValid());
            QVERIFY(!model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).isValid());
        }
        for (int section = 0; section < StatTableModel::ColumnCount; ++section) {
            QVERIFY(!model.headerData(section, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(model.headerData(StatTableModel::BytesIn, Qt::Horizontal).toString(), key("In"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.statRow(-1), nullptr);
        QCOMPARE(model.statRow(model.rowCount()), nullptr);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QCOMPARE(model.compareRows(-1, 0, 0), -1);
        QCOMPARE(model.compareRows(0, model.rowCount(), 0), 1);
    }

    void keys()
    {
        StatTableModel model;
        attachTester(&model);
        model.setSnapshot(snapshotOf(readData(QStringLiteral("stat_26_statuses.csv"))));
        // A frontend and a backend of the same name (a `listen` section) are two rows.
        QVERIFY(model.rowForKey(key("f/tcp_in/FRONTEND")) >= 0);
        QVERIFY(model.rowForKey(key("b/tcp_in/BACKEND")) >= 0);
        for (const char *bad : { "", "s", "s/", "s/bst", "x/bst/ok", "sbst/ok", "s/bst/nope", "b/bst/ok" })
            QCOMPARE(model.rowForKey(key(bad)), -1);
        QCOMPARE(model.rowForKey(key("s/bst/ok")), model.rowForKey(key("s/bst/ok")));

        // compareKeys() orders like the key strings, so both sort paths agree.
        const StatTable &table = model.snapshot()->stat;
        for (const StatRow &a : table.rows) {
            for (const StatRow &b : table.rows) {
                const int expected = QString::compare(StatTableModel::keyOf(a), StatTableModel::keyOf(b));
                QCOMPARE(StatTableModel::compareKeys(a, b) < 0, expected < 0);
                QCOMPARE(StatTableModel::compareKeys(a, b) == 0, expected == 0);
            }
        }
        Row a = server("be", "s1"), b = server("be-x", "s1"), c = server("be", "s1-x");
        const SnapshotPtr s = snapshotOf(QList<Row> { a, b, c });
        for (const StatRow &x : s->stat.rows) {
            for (const StatRow &y : s->stat.rows) {
                const int expected = QString::compare(StatTableModel::keyOf(x), StatTableModel::keyOf(y));
                QCOMPARE(StatTableModel::compareKeys(x, y) < 0, expected < 0);
            }
        }
    }

    void duplicateKeysInOneAnswer()
    {
        StatTableModel model;
        attachTester(&model);
        QList<Row> rows = baseRows();
        QList<Row> doubled = rows;
        doubled.insert(2, rows.at(1)); // be1/s1 twice
        doubled.append(server("be9", "z"));
        doubled.append(server("be9", "z"));
        model.setSnapshot(snapshotOf(doubled));
        QCOMPARE(model.rowCount(), rows.size() + 1);
        verifyMatches(model, model.snapshot());
        model.setSnapshot(snapshotOf(doubled));
        verifyMatches(model, model.snapshot());
        model.setSnapshot(snapshotOf(rows));
        verifyMatches(model, model.snapshot());
    }

    // Many random merges against a tester: rows come, go, move and change at random.
    void randomSequences()
    {
        QList<Row> pool;
        for (int b = 0; b < 6; ++b) {
            const QByteArray be = "be" + QByteArray::number(b);
            pool.append(frontend("fe" + QByteArray::number(b)));
            for (int s = 0; s < 10; ++s)
                pool.append(server(be, "s" + QByteArray::number(s)));
            pool.append(backend(be, 10));
        }
        QRandomGenerator random(20240611);
        StatTableModel model;
        attachTester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QPersistentModelIndex watched;
        QString watchedKey;
        for (int step = 0; step < 300; ++step) {
            QList<Row> rows;
            const int keep = random.bounded(100);
            for (Row r : std::as_const(pool)) {
                if (int(random.bounded(100)) < keep)
                    continue;
                if (random.bounded(4) == 0)
                    r.scur = random.bounded(3);
                if (random.bounded(10) == 0)
                    r.status = "DOWN";
                rows.append(r);
            }
            if (random.bounded(5) == 0)
                std::shuffle(rows.begin(), rows.end(), random);
            const SnapshotPtr snapshot = snapshotOf(rows);
            model.setSnapshot(snapshot);
            verifyMatches(model, snapshot);
            // A persistent index stays on its key until that key goes.
            if (watched.isValid())
                QCOMPARE(watched.data(StatTableModel::KeyRole).toString(), watchedKey);
            else if (!watchedKey.isEmpty())
                QCOMPARE(model.rowForKey(watchedKey), -1);
            if (!watched.isValid())
                watchedKey.clear();
            if (!watched.isValid() && model.rowCount() > 0) {
                watched = model.index(random.bounded(model.rowCount()), 0);
                watchedKey = watched.data(StatTableModel::KeyRole).toString();
            }
        }
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatTableModel)
#include "tst_stattablemodel.moc"
