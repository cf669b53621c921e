// Times StatTableModel merges (and a StatFilterProxyModel over it) on snapshots of production
// size, 10,000 servers, generated from the header and lines of a recorded 2.6 answer.
//
//   bench_models [STAT_CSV]       STAT_CSV defaults to tests/data/stat_26.csv
//
// Snapshots are parsed before timing starts: the figures are the merge and what the
// model's signals cost its listeners. Prints one line per case, then one JSON object on the
// last line.

#include "statfilterproxymodel.h"
#include "stattablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

namespace {

// One recorded line of each kind, split into cells, and where the cells we vary are.
struct Templates
{
    QByteArray header;
    QList<QByteArray> frontend, backend, server;
    int pxname = -1, svname = -1, scur = -1, smax = -1, stot = -1, bin = -1, bout = -1, rate = -1,
        lastchg = -1, hrsp2xx = -1, reqTot = -1, addr = -1, sid = -1;

    bool load(const QByteArray &answer)
    {
        const QList<QByteArray> lines = answer.split('\n');
        if (lines.isEmpty() || !lines.first().startsWith("# "))
            return false;
        header = lines.first() + '\n';
        const QList<QByteArray> names = lines.first().mid(2).split(',');
        auto column = [&names](const char *name) { return int(names.indexOf(QByteArray(name))); };
        pxname = column("pxname");
        svname = column("svname");
        scur = column("scur");
        smax = column("smax");
        stot = column("stot");
        bin = column("bin");
        bout = column("bout");
        rate = column("rate");
        lastchg = column("lastchg");
        hrsp2xx = column("hrsp_2xx");
        reqTot = column("req_tot");
        addr = column("addr");
        sid = column("sid");
        const int type = column("type");
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() <= type)
                continue;
            const QByteArray &kind = cells.at(type);
            QList<QByteArray> *slot = kind == "0" ? &frontend
                : kind == "1"                     ? &backend
                : kind == "2"                     ? &server
                                                  : nullptr;
            if (slot && slot->isEmpty())
                *slot = cells;
        }
        return std::min({ pxname, svname, scur, stot, bin, bout, lastchg, addr, sid }) >= 0
            && !frontend.isEmpty() && !backend.isEmpty() && !server.isEmpty();
    }
};

// What the generated answer holds: `backends` backends of `servers` servers behind one
// frontend. `generation` moves every counter, as one second of traffic does; `keep` drops
// servers (false: left out of the answer); `reversed` lists the lines backwards.
struct Shape
{
    int backends = 100;
    int servers = 100;
    int generation = 0;
    std::function<bool(int backend, int server)> keep;
    bool reversed = false;
};

QByteArray join(const QList<QByteArray> &cells)
{
    QByteArray line;
    line.reserve(512);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += cells.at(i);
    }
    return line;
}

QByteArray makeAnswer(const Templates &t, const Shape &shape)
{
    QList<QByteArray> lines;
    QList<QByteArray> fe = t.frontend;
    fe[t.pxname] = "fe_main";
    fe[t.stot] = QByteArray::number(1000000 + shape.generation * 250);
    fe[t.bin] = QByteArray::number(qint64(1) << 32 | shape.generation);
    lines << join(fe);
    const int g = shape.generation;
    for (int b = 0; b < shape.backends; ++b) {
        const QByteArray px = "be_" + QByteArray::number(b);
        for (int s = 0; s < shape.servers; ++s) {
            if (shape.keep && !shape.keep(b, s))
                continue;
            const int n = b * shape.servers + s;
            QList<QByteArray> c = t.server;
            c[t.pxname] = px;
            c[t.svname] = "srv_" + QByteArray::number(s);
            c[t.sid] = QByteArray::number(s + 1);
            c[t.scur] = QByteArray::number((n * 7 + g) % 50);
            c[t.smax] = QByteArray::number(60);
            c[t.stot] = QByteArray::number(qint64(n) * 1000 + g * 13);
            c[t.bin] = QByteArray::number(qint64(n) * 100000 + qint64(g) * 4096);
            c[t.bout] = QByteArray::number(qint64(n) * 900000 + qint64(g) * 65536);
            c[t.lastchg] = QByteArray::number(86400 + g);
            if (t.rate >= 0)
                c[t.rate] = QByteArray::number((n + g) % 20);
            if (t.hrsp2xx >= 0)
                c[t.hrsp2xx] = QByteArray::number(qint64(n) * 990 + g * 12);
            if (t.reqTot >= 0)
                c[t.reqTot] = QByteArray::number(qint64(n) * 1000 + g * 13);
            c[t.addr] = "10." + QByteArray::number(n >> 16 & 255) + '.' + QByteArray::number(n >> 8 & 255)
                + '.' + QByteArray::number(n & 255) + ":8080";
            lines << join(c);
        }
        QList<QByteArray> be = t.backend;
        be[t.pxname] = px;
        be[t.stot] = QByteArray::number(qint64(b) * 100000 + g * 1300);
        be[t.lastchg] = QByteArray::number(86400 + g);
        lines << join(be);
    }
    if (shape.reversed)
        std::reverse(lines.begin(), lines.end());
    QByteArray answer = t.header;
    for (const QByteArray &line : std::as_const(lines))
        answer += line + '\n';
    return answer + '\n';
}

SnapshotPtr snapshotOf(const Templates &t, const Shape &shape)
{
    const Result<StatTable> table = StatParser::parse(makeAnswer(t, shape));
    if (!table) {
        std::fprintf(stderr, "generated answer does not parse: %s\n", qPrintable(table.error()));
        std::exit(1);
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->stat = *table;
    return snapshot;
}

struct Case
{
    QByteArray name;
    qsizetype rows = 0;
    double medianMs = 0;
    double minMs = 0;
    StatTableModel::MergeStats merge;
};

// Runs `prepare` (untimed), then times `run`, `reps` times. `merges`: run is a merge, whose
// MergeStats are reported.
Case measure(const QByteArray &name, int reps, const std::function<void()> &prepare,
    const std::function<void()> &run, const std::unique_ptr<StatTableModel> &model, bool merges = true)
{
    Case c;
    c.name = name;
    QList<double> ms;
    for (int i = 0; i < reps; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    c.medianMs = ms.at(ms.size() / 2);
    c.minMs = ms.first();
    c.rows = model ? model->rowCount() : 0;
    if (model && merges)
        c.merge = model->lastMerge();
    std::printf("%-36s rows=%6lld ins=%5d rem=%5d chg=%5d%s median=%8.3f ms min=%8.3f ms (n=%d)\n",
        name.constData(), static_cast<long long>(c.rows), c.merge.inserted, c.merge.removed, c.merge.changed,
        c.merge.fullRangeUpdate ? " full" : "     ", c.medianMs, c.minMs, reps);
    std::fflush(stdout);
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(HADESK_TEST_DATA_DIR) + QStringLiteral("/stat_26.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    Templates t;
    if (!t.load(file.readAll())) {
        std::fprintf(
            stderr, "%s: not a show stat answer with a frontend, a backend and a server\n", qPrintable(path));
        return 1;
    }

    // 100 backends of 100 servers: 10,000 servers, 10,101 rows.
    const Shape base;
    Shape changed = base;
    changed.generation = 1;
    Shape reversed = base;
    reversed.reversed = true;
    Shape lessBackends = base; // 10 whole backends gone: 10 ranges of 100 servers (+ their BACKEND rows)
    lessBackends.keep = [](int b, int) { return b % 10 != 3; };
    Shape lessScattered = base; // every 10th server gone: 1,000 ranges of one row
    lessScattered.keep = [](int, int s) { return s % 10 != 7; };

    const SnapshotPtr a = snapshotOf(t, base);
    const SnapshotPtr aAgain = snapshotOf(t, base);
    const SnapshotPtr b = snapshotOf(t, changed);
    const SnapshotPtr aReversed = snapshotOf(t, reversed);
    const SnapshotPtr aLessBackends = snapshotOf(t, lessBackends);
    const SnapshotPtr aLessScattered = snapshotOf(t, lessScattered);
    // 1% of the servers (every 100th) with one more current session.
    SnapshotPtr aFewChanged;
    {
        auto s = std::make_shared<Snapshot>(*a);
        for (qsizetype i = 1; i < s->stat.rows.size(); i += 100)
            s->stat.rows[i].scur += 1;
        aFewChanged = s;
    }
    std::printf("snapshot: %lld rows, %lld columns\n", static_cast<long long>(a->stat.rows.size()),
        static_cast<long long>(a->stat.columns.size()));

    const int reps = 30;
    QList<Case> cases;
    std::unique_ptr<StatTableModel> model;
    auto fresh = [&model] { model = std::make_unique<StatTableModel>(); };

    fresh();
    cases << measure(
        "fill_10k", reps, fresh, [&] { model->setSnapshot(a); }, model);
    // Each case measures the merge into `to` from a model that holds `from`.
    auto merge = [&](const QByteArray &name, const SnapshotPtr &from, const SnapshotPtr &to) {
        fresh();
        cases << measure(
            name, reps, [&] { model->setSnapshot(from); }, [&] { model->setSnapshot(to); }, model);
    };
    merge("merge_10k_unchanged", a, aAgain);
    merge("merge_10k_all_changed", a, b);
    merge("merge_10k_1pct_changed", a, aFewChanged);
    merge("merge_10k_reordered_unchanged", a, aReversed);
    merge("merge_remove_1k_10_backends", a, aLessBackends);
    merge("merge_insert_1k_10_backends", aLessBackends, a);
    merge("merge_remove_1k_scattered", a, aLessScattered);
    merge("merge_insert_1k_scattered", aLessScattered, a);

    // The same merges seen through the table's sort/filter proxy, sorted on a column
    // that changes (current sessions, descending), as a view would be.
    std::unique_ptr<StatFilterProxyModel> proxy;
    auto mergeThroughProxy = [&](const QByteArray &name, const SnapshotPtr &from, const SnapshotPtr &to,
                                 const QString &filter) {
        fresh();
        proxy = std::make_unique<StatFilterProxyModel>();
        proxy->setSourceModel(model.get());
        proxy->sort(StatTableModel::CurrentSessions, Qt::DescendingOrder);
        proxy->setFilterText(filter);
        proxy->applyFilterTextNow();
        cases << measure(
            name, reps / 2, [&] { model->setSnapshot(from); }, [&] { model->setSnapshot(to); }, model);
        proxy.reset();
    };
    mergeThroughProxy("proxy_sorted_10k_all_changed", a, b, QString());
    mergeThroughProxy("proxy_sorted_10k_1pct_changed", a, aFewChanged, QString());
    mergeThroughProxy("proxy_sorted_10k_unchanged", a, aAgain, QString());
    mergeThroughProxy("proxy_sorted_remove_1k_10_backends", a, aLessBackends, QString());
    mergeThroughProxy("proxy_filtered_10k_all_changed", a, b, QStringLiteral("be_4 srv_1"));

    // What a view asks for one screen: 50 rows, every column, display and raw roles.
    fresh();
    model->setSnapshot(a);
    qsizetype sink = 0; // keeps the calls from being optimised away
    cases << measure(
        "data_50_rows_all_columns", reps, [] {},
        [&] {
            for (int row = 5000; row < 5050; ++row) {
                for (int column = 0; column < StatTableModel::ColumnCount; ++column) {
                    const QModelIndex index = model->index(row, column);
                    sink += index.data(Qt::DisplayRole).toString().size();
                    sink += index.data(StatTableModel::RawRole).isValid();
                }
            }
        },
        model, false);
    if (sink == 0)
        std::fprintf(stderr, "no data?\n");

    QByteArray json = R"({"bench":"models","cases":[)";
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        json += (i ? "," : "") + QByteArray(R"({"name":")") + c.name + R"(","rows":)"
            + QByteArray::number(c.rows) + R"(,"inserted":)" + QByteArray::number(c.merge.inserted)
            + R"(,"removed":)" + QByteArray::number(c.merge.removed) + R"(,"changed":)"
            + QByteArray::number(c.merge.changed) + R"(,"full_range":)"
            + (c.merge.fullRangeUpdate ? "true" : "false") + R"(,"median_ms":)"
            + QByteArray::number(c.medianMs, 'f', 3) + R"(,"min_ms":)" + QByteArray::number(c.minMs, 'f', 3)
            + '}';
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
