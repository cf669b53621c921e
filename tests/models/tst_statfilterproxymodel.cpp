#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIdentityProxyModel>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 NoValue = StatRow::NoValue;

// One line of a `show stat` answer with the columns the proxy looks at; the parser reads
// columns by name, so the header names only these.
struct Row
{
    QByteArray px;
    QByteArray sv;
    int type = 2;
    QByteArray status = "UP";
    qint64 scur = 0;
    qint64 bck = 0;
    QByteArray addr;
};

Row server(const QByteArray &px, const QByteArray &sv, qint64 scur = 0)
{
    Row r;
    r.px = px;
    r.sv = sv;
    r.scur = scur;
    r.addr = "10.1.0." + QByteArray::number(sv.size()) + ":80";
    return r;
}

Row backend(const QByteArray &px)
{
    Row r;
    r.px = px;
    r.sv = "BACKEND";
    r.type = 1;
    return r;
}

Row frontend(const QByteArray &px)
{
    Row r;
    r.px = px;
    r.sv = "FRONTEND";
    r.type = 0;
    r.status = "OPEN";
    r.bck = NoValue;
    return r;
}

SnapshotPtr snapshotOf(const QByteArray &answer)
{
    const Result<StatTable> table = StatParser::parse(answer);
    if (!table)
        qFatal("test answer does not parse: %s", qPrintable(table.error()));
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->stat = *table;
    return snapshot;
}

SnapshotPtr snapshotOf(const QList<Row> &rows)
{
    SnapshotBuilder builder;
    for (const Row &r : rows) {
        if (r.type == 0)
            builder.frontend(r.px);
        else if (r.type == 1)
            builder.backend(r.px);
        else
            builder.server(r.px, r.sv);
        builder.sessions(r.scur).status(r.status).addr(r.addr);
        if (StatRow::has(r.bck))
            builder.backup(r.bck != 0);
    }
    return builder.build();
}

SnapshotPtr recorded(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", name);
    return snapshotOf(file.readAll());
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList keysOf(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(StatTableModel::KeyRole).toString();
    return keys;
}

} // namespace

class TestStatFilterProxyModel : public QObject
{
    Q_OBJECT

    // A model and a proxy over it, each under a tester that aborts on the first inconsistency.
    struct Fixture
    {
        StatTableModel model;
        StatFilterProxyModel proxy;
        Fixture()
        {
            new QAbstractItemModelTester(
                &model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
            proxy.setSourceModel(&model);
            new QAbstractItemModelTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        }
    };

    // The proxy's rows are in strict (raw value, key) order for `column`.
    void verifySorted(const QAbstractItemModel &proxy, int column, Qt::SortOrder order)
    {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QModelIndex a = proxy.index(row - 1, column), b = proxy.index(row, column);
            const QVariant va = a.data(StatTableModel::RawRole), vb = b.data(StatTableModel::RawRole);
            int c = 0;
            if (va.typeId() == QMetaType::LongLong)
                c = va.toLongLong() < vb.toLongLong() ? -1 : (va.toLongLong() > vb.toLongLong() ? 1 : 0);
            else
                c = QString::compare(va.toString(), vb.toString(), Qt::CaseInsensitive);
            if (c == 0) {
                c = QString::compare(
                    a.data(StatTableModel::KeyRole).toString(), b.data(StatTableModel::KeyRole).toString());
            }
            QVERIFY2(order == Qt::AscendingOrder ? c < 0 : c > 0,
                qPrintable(QStringLiteral("rows %1 and %2: %3 (%4), %5 (%6)")
                               .arg(row - 1)
                               .arg(row)
                               .arg(a.data(StatTableModel::KeyRole).toString(), va.toString(),
                                   b.data(StatTableModel::KeyRole).toString(), vb.toString())));
        }
    }

private slots:
    void showsEverythingByDefault()
    {
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        QCOMPARE(f.proxy.rowCount(), f.model.rowCount());
        QCOMPARE(f.proxy.columnCount(), int(StatTableModel::ColumnCount));
        QCOMPARE(f.proxy.types(), StatFilterProxyModel::Types(StatFilterProxyModel::AllTypes));
        QCOMPARE(f.proxy.headerData(StatTableModel::Status, Qt::Horizontal).toString(), key("Status"));
    }

    void types_data()
    {
        QTest::addColumn<int>("types");
        QTest::addColumn<int>("rows");
        using P = StatFilterProxyModel;
        QTest::newRow("servers") << int(P::Servers) << 20;
        QTest::newRow("backends") << int(P::Backends) << 4;
        QTest::newRow("frontends") << int(P::Frontends) << 3;
        QTest::newRow("listeners") << int(P::Listeners) << 1;
        QTest::newRow("frontends and listeners") << int(P::Frontends | P::Listeners) << 4;
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("all") << int(P::AllTypes) << 28;
    }

    void types()
    {
        QFETCH(int, types);
        QFETCH(int, rows);
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        f.proxy.setTypes(StatFilterProxyModel::Types(types));
        QCOMPARE(f.proxy.rowCount(), rows);
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            const auto type = StatRow::Type(f.proxy.index(row, 0).data(StatTableModel::TypeRole).toInt());
            QVERIFY(types & (1 << int(type)));
        }
    }

    void rowsOfAnUnknownTypeNeedAllTypes()
    {
        Fixture f;
        f.model.setSnapshot(snapshotOf(QByteArray("# pxname,svname,status,\nbe,s1,UP,\nbe,s2,UP,\n\n")));
        QCOMPARE(f.proxy.rowCount(), 2);
        f.proxy.setTypes(StatFilterProxyModel::Servers);
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setTypes(StatFilterProxyModel::AllTypes);
        QCOMPARE(f.proxy.rowCount(), 2);
    }

    void proxies()
    {
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        f.proxy.setProxies({ key("bdyn") });
        QCOMPARE(f.proxy.proxies(), QStringList { key("bdyn") });
        QCOMPARE(
            keysOf(f.proxy), (QStringList { key("s/bdyn/s0"), key("s/bdyn/dyn1"), key("b/bdyn/BACKEND") }));
        f.proxy.setProxies({ key("bdyn"), key("bdown") });
        QCOMPARE(f.proxy.rowCount(), 5);
        f.proxy.setTypes(StatFilterProxyModel::Servers);
        QCOMPARE(f.proxy.rowCount(), 3);
        f.proxy.setProxies({ key("nosuchproxy") });
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setProxies({});
        QCOMPARE(f.proxy.rowCount(), 20);
    }

    void textFilterWaitsForAPauseInTyping()
    {
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        QSignalSpy applied(&f.proxy, &StatFilterProxyModel::filterApplied);
        const int all = f.proxy.rowCount();
        for (const char *typed : { "d", "dy", "dyn", "dyn1" }) {
            f.proxy.setFilterText(key(typed));
            QCOMPARE(f.proxy.rowCount(), all); // nothing before the pause
        }
        QCOMPARE(f.proxy.filterText(), key("dyn1"));
        QCOMPARE(applied.size(), 0);
        QTRY_COMPARE(f.proxy.rowCount(), 1); // bdyn/dyn1
        QCOMPARE(applied.size(), 1);
        QCOMPARE(keysOf(f.proxy), QStringList { key("s/bdyn/dyn1") });

        // Enter applies at once, and the pending timer has nothing left to do.
        f.proxy.setFilterText(key("bdown"));
        f.proxy.applyFilterTextNow();
        QCOMPARE(f.proxy.rowCount(), 2);
        QCOMPARE(applied.size(), 2);
        QVERIFY(!f.proxy.isFilterTextPending());

        // Typing back to the applied text cancels the pending change.
        f.proxy.setFilterText(key("bdow"));
        QVERIFY(f.proxy.isFilterTextPending());
        f.proxy.setFilterText(key("bdown"));
        QVERIFY(!f.proxy.isFilterTextPending());
        QCOMPARE(applied.size(), 2);
        QCOMPARE(f.proxy.rowCount(), 2);

        f.proxy.setFilterText(QString());
        QTRY_COMPARE(f.proxy.rowCount(), all);
    }

    void textFilterMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("name, any case")
            << key("NOLB") << QStringList { key("s/bst/nolb"), key("s/bst/nolb2") };
        QTest::newRow("address") << key("18749") << QStringList { key("s/bst/dead"), key("s/bdown/d1") };
        QTest::newRow("proxy") << key("bdyn")
                               << QStringList { key("s/bdyn/s0"), key("s/bdyn/dyn1"), key("b/bdyn/BACKEND") };
        QTest::newRow("every word") << key("  bst \t 18749 ") << QStringList { key("s/bst/dead") };
        QTest::newRow("a listener's address") << key("127.0.0.1:18740") << QStringList { key("l/fe/lst1") };
        QTest::newRow("no match") << key("zzz") << QStringList();
    }

    void textFilterMatches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        f.proxy.setFilterText(text);
        f.proxy.applyFilterTextNow();
        QCOMPARE(keysOf(f.proxy), keys);
        f.proxy.setFilterText(key(" "));
        f.proxy.applyFilterTextNow();
        QCOMPARE(f.proxy.rowCount(), f.model.rowCount());
    }

    void hideToggles()
    {
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        const QStringList all = keysOf(f.proxy);
        auto hidden = [&] {
            QStringList missing;
            const QStringList shown = keysOf(f.proxy);
            for (const QString &k : all) {
                if (!shown.contains(k))
                    missing << k;
            }
            return missing;
        };
        // DOWN in every form, backends too; "UP 1/3" is still up.
        f.proxy.setHideDown(true);
        QVERIFY(f.proxy.hideDown());
        QCOMPARE(hidden(),
            (QStringList {
                key("s/bst/dead"), key("s/bst/agdn"), key("s/bdown/d1"), key("b/bdown/BACKEND") }));
        f.proxy.setHideDown(false);
        // MAINT in every form; DRAIN is not maintenance.
        f.proxy.setHideMaint(true);
        QCOMPARE(hidden(),
            (QStringList { key("s/bst/m"), key("s/bst/trkm"), key("s/bst/dis"), key("s/bst/res") }));
        f.proxy.setHideMaint(false);
        f.proxy.setHideBackup(true);
        QCOMPARE(hidden(), QStringList { key("s/bst/bk") });
        f.proxy.setHideDown(true);
        f.proxy.setHideMaint(true);
        QCOMPARE(hidden().size(), 9);
        f.proxy.setHideDown(false);
        f.proxy.setHideMaint(false);
        f.proxy.setHideBackup(false);
        QCOMPARE(keysOf(f.proxy), all);
    }

    void settingTheSameValueDoesNothing()
    {
        Fixture f;
        f.model.setSnapshot(recorded("stat_26_statuses.csv"));
        f.proxy.setHideDown(true);
        QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        f.proxy.setHideDown(true);
        f.proxy.setHideMaint(false);
        f.proxy.setHideBackup(false);
        f.proxy.setTypes(StatFilterProxyModel::AllTypes);
        f.proxy.setProxies({});
        QCOMPARE(removed.size() + layout.size(), 0);
    }

    void filterFollowsMerges()
    {
        Fixture f;
        QList<Row> rows { server("be", "a"), server("be", "b"), server("be", "c"), backend("be") };
        f.model.setSnapshot(snapshotOf(rows));
        f.proxy.setHideDown(true);
        f.proxy.setHideBackup(true);
        QCOMPARE(f.proxy.rowCount(), 4);

        rows[1].status = "DOWN";
        f.model.setSnapshot(snapshotOf(rows));
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/a"), key("s/be/c"), key("b/be/BACKEND") }));
        rows[1].status = "UP 1/2";
        rows[2].bck = 1;
        f.model.setSnapshot(snapshotOf(rows));
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/a"), key("s/be/b"), key("b/be/BACKEND") }));
        rows.append(server("be", "d"));
        rows.removeFirst();
        f.model.setSnapshot(snapshotOf(rows));
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/b"), key("b/be/BACKEND"), key("s/be/d") }));
    }

    void sortsOnRawValues()
    {
        Fixture f;
        Row empty = server("be", "empty");
        empty.scur = NoValue;
        f.model.setSnapshot(snapshotOf(QList<Row> { server("be", "ten", 10), server("be", "two", 2), empty,
            server("be", "nine", 9), frontend("fe"), server("be", "a2", 2) }));
        f.proxy.sort(StatTableModel::CurrentSessions, Qt::AscendingOrder);
        // Numbers as numbers (2 < 9 < 10, not "10" < "2"), the empty cell first, ties by key.
        QCOMPARE(keysOf(f.proxy),
            (QStringList { key("s/be/empty"), key("f/fe/FRONTEND"), key("s/be/a2"), key("s/be/two"),
                key("s/be/nine"), key("s/be/ten") }));
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::AscendingOrder);
        f.proxy.sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
        QCOMPARE(keysOf(f.proxy).first(), key("s/be/ten"));
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);
    }

    void sortsTextIgnoringCase()
    {
        Fixture f;
        f.model.setSnapshot(snapshotOf(QList<Row> {
            server("be", "charlie"), server("be", "Bravo"), server("be", "alpha"), server("be", "_x") }));
        f.proxy.sort(StatTableModel::Name);
        QCOMPARE(keysOf(f.proxy),
            (QStringList { key("s/be/_x"), key("s/be/alpha"), key("s/be/Bravo"), key("s/be/charlie") }));
        verifySorted(f.proxy, StatTableModel::Name, Qt::AscendingOrder);
    }

    // Values change every second; rows with equal values keep their key order, so they do
    // not swap places with every refresh.
    void sortIsStableWhileValuesChange()
    {
        Fixture f;
        QList<Row> rows;
        for (int b = 0; b < 3; ++b) {
            for (int s = 0; s < 15; ++s)
                rows.append(server("be" + QByteArray::number(b), "s" + QByteArray::number(s)));
            rows.append(backend("be" + QByteArray::number(b)));
        }
        f.model.setSnapshot(snapshotOf(rows));
        f.proxy.sort(StatTableModel::CurrentSessions, Qt::AscendingOrder);
        const QString watchedKey = key("s/be1/s7");
        QPersistentModelIndex watched(f.proxy.index(int(keysOf(f.proxy).indexOf(watchedKey)), 0));
        QRandomGenerator random(7);
        for (int step = 0; step < 60; ++step) {
            // A few rows change (a dataChanged per run) or most do (one for all).
            const int odds = step % 3 == 0 ? 1 : 4;
            for (Row &r : rows) {
                if (random.bounded(odds) == 0)
                    r.scur = random.bounded(4);
            }
            if (step == 30)
                f.proxy.sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
            f.model.setSnapshot(snapshotOf(rows));
            verifySorted(f.proxy, StatTableModel::CurrentSessions, f.proxy.sortOrder());
            QVERIFY(watched.isValid());
            QCOMPARE(watched.data(StatTableModel::KeyRole).toString(), watchedKey);
        }
    }

    // At 10,000 servers every refresh changes every row. A merge that leaves the sorted order
    // as it was must not re-sort (a layout change makes every view re-map every row); one that
    // breaks it re-sorts once; new rows land in their sorted place.
    void reSortsOnlyWhenTheOrderBreaks()
    {
        Fixture f;
        QList<Row> rows;
        for (int s = 0; s < 40; ++s)
            rows.append(server("be", "s" + QByteArray::number(s), s));
        f.model.setSnapshot(snapshotOf(rows));
        f.proxy.sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
        for (Row &r : rows)
            r.scur += 100; // every row changes, the order holds
        f.model.setSnapshot(snapshotOf(rows));
        QVERIFY(f.model.lastMerge().fullRangeUpdate);
        QCOMPARE(layout.size(), 0);
        QVERIFY(changed.size() > 0);
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);

        rows[3].scur = 1000; // one row overtakes all others
        for (Row &r : rows)
            r.scur += 1;
        f.model.setSnapshot(snapshotOf(rows));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(keysOf(f.proxy).first(), key("s/be/s3"));
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);

        rows.append(server("be", "new", 500)); // placed by value, not appended
        f.model.setSnapshot(snapshotOf(rows));
        QCOMPARE(keysOf(f.proxy).at(1), key("s/be/new"));
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);

        // Scattered changes come as one dataChanged per run of rows; the proxy sorts once per
        // merge, not once per run.
        layout.clear();
        changed.clear();
        for (qsizetype i = 0; i < rows.size(); i += 4)
            rows[i].scur = 2000 + i;
        f.model.setSnapshot(snapshotOf(rows));
        QVERIFY(!f.model.lastMerge().fullRangeUpdate);
        QVERIFY(changed.size() > 3);
        QCOMPARE(layout.size(), 1);
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);

        f.proxy.setTypes(StatFilterProxyModel::Backends); // rows that come back are sorted too
        f.proxy.setTypes(StatFilterProxyModel::AllTypes);
        QCOMPARE(f.proxy.rowCount(), rows.size());
        verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);
    }

    // Sorted on the last change, two rows swap places while both still read "2h 0m": the
    // model signals the RawRole alone (no repaint), and the proxy re-sorts all the same.
    void reSortsOnAChangeOfTheRawValueAlone()
    {
        Fixture f;
        auto snapshot = [](qint64 a, qint64 b) {
            return SnapshotBuilder()
                .server("be", "a")
                .set("lastchg", a)
                .server("be", "b")
                .set("lastchg", b)
                .build();
        };
        f.model.setSnapshot(snapshot(7200, 7230));
        f.proxy.sort(StatTableModel::LastChange);
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/a"), key("s/be/b") }));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setSnapshot(snapshot(7259, 7230));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { StatTableModel::RawRole });
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/b"), key("s/be/a") }));
        verifySorted(f.proxy, StatTableModel::LastChange, Qt::AscendingOrder);

        // A column neither sorted on nor filtered on changes: the order is not even checked,
        // and stays.
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        f.model.setSnapshot(snapshot(7259, 7231));
        QCOMPARE(layout.size(), 0);
        QCOMPARE(keysOf(f.proxy), (QStringList { key("s/be/b"), key("s/be/a") }));
    }

    // Random merges (rows come, go, move, change state and value) under a filter and a sort,
    // against a predicate written out here independently of the proxy.
    void randomMergesUnderFilterAndSort()
    {
        Fixture f;
        f.proxy.setTypes(StatFilterProxyModel::Servers | StatFilterProxyModel::Backends);
        f.proxy.setHideDown(true);
        f.proxy.setFilterText(key("S1"));
        f.proxy.applyFilterTextNow();
        f.proxy.sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
        QList<Row> pool;
        for (int b = 0; b < 4; ++b) {
            const QByteArray be = "be" + QByteArray::number(b);
            pool.append(frontend("fe" + QByteArray::number(b)));
            for (int s = 0; s < 25; ++s)
                pool.append(server(be, "s" + QByteArray::number(s)));
            pool.append(backend(be));
        }
        QRandomGenerator random(99);
        for (int step = 0; step < 150; ++step) {
            QList<Row> rows;
            QStringList expected;
            for (Row r : std::as_const(pool)) {
                if (random.bounded(5) == 0)
                    continue;
                r.scur = random.bounded(3);
                if (random.bounded(6) == 0)
                    r.status = random.bounded(2) ? "DOWN" : "DOWN 1/2";
                rows.append(r);
                if (r.type == 2 && !r.status.startsWith("DOWN") && r.sv.contains("s1"))
                    expected << QString::fromLatin1("s/" + r.px + '/' + r.sv);
            }
            if (random.bounded(4) == 0)
                std::shuffle(rows.begin(), rows.end(), random);
            f.model.setSnapshot(snapshotOf(rows));
            QStringList shown = keysOf(f.proxy);
            verifySorted(f.proxy, StatTableModel::CurrentSessions, Qt::DescendingOrder);
            shown.sort();
            expected.sort();
            QCOMPARE(shown, expected);
        }
    }

    // Behind another proxy the roles are read instead of the rows: same cut, same order.
    void sameResultsThroughRoles()
    {
        StatTableModel model;
        model.setSnapshot(recorded("stat_26_statuses.csv"));
        QIdentityProxyModel identity;
        identity.setSourceModel(&model);
        StatFilterProxyModel direct, generic;
        direct.setSourceModel(&model);
        generic.setSourceModel(&identity);
        new QAbstractItemModelTester(
            &generic, QAbstractItemModelTester::FailureReportingMode::Fatal, &generic);
        auto both = [&](auto &&apply) {
            apply(direct);
            apply(generic);
            QCOMPARE(keysOf(generic), keysOf(direct));
        };
        both([](StatFilterProxyModel &p) { p.sort(StatTableModel::Status); });
        both([](StatFilterProxyModel &p) { p.sort(StatTableModel::Weight, Qt::DescendingOrder); });
        both([](StatFilterProxyModel &p) { p.sort(StatTableModel::CheckStatus); });
        both([](StatFilterProxyModel &p) { p.setHideDown(true); });
        both([](StatFilterProxyModel &p) { p.setHideMaint(true); });
        both([](StatFilterProxyModel &p) { p.setHideBackup(true); });
        both([](StatFilterProxyModel &p) {
            p.setFilterText(QStringLiteral("18745"));
            p.applyFilterTextNow();
        });
        both([](StatFilterProxyModel &p) { p.setTypes(StatFilterProxyModel::Backends); });
        both([](StatFilterProxyModel &p) {
            p.setTypes(StatFilterProxyModel::AllTypes);
            p.setProxies({ QStringLiteral("bst") });
        });
        QVERIFY(generic.rowCount() > 0);
    }

    void sourceModelGoesAway()
    {
        StatFilterProxyModel proxy;
        {
            StatTableModel model;
            model.setSnapshot(recorded("stat_26_statuses.csv"));
            proxy.setSourceModel(&model);
            proxy.sort(StatTableModel::Name);
            QCOMPARE(proxy.rowCount(), model.rowCount());
        }
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setHideDown(true); // must not touch the dead model
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatFilterProxyModel)
#include "tst_statfilterproxymodel.moc"
