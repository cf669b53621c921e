// Poller::setFocus against a real haproxy with 600 servers: the focused proxies are read at
// every poll and every other row only by the full poll, carried over and marked stale in
// between, in HAProxy's order; proxies HAProxy does not know leave the focus quietly; a small
// instance, a cleared focus or a scope keep every poll a full one; an empty focus asks for no
// rows between full polls.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testendpoints.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int Backends = 60;
constexpr int ServersPerBackend = 10;

QString largeBody()
{
    // A backend sharing its name with the frontend: `show stat fe` answers for one of them.
    QString body = QStringLiteral("frontend fe\n    bind 127.0.0.1:${PORT:fe}\n    default_backend be_0\n"
                                  "\nbackend fe\n    server x 127.0.0.1:1\n");
    for (int b = 0; b < Backends; ++b) {
        body += QStringLiteral("\nbackend be_%1\n").arg(b);
        for (int s = 0; s < ServersPerBackend; ++s)
            body += QStringLiteral("    server s%1 127.0.0.1:1\n").arg(s);
    }
    return body;
}

QStringList rowNames(const StatTable &table)
{
    QStringList names;
    for (const StatRow &row : table.rows)
        names.append(QString::fromUtf8(row.pxname + '/' + row.svname));
    return names;
}

const StatRow *findRow(const Snapshot &snapshot, QByteArrayView pxname, QByteArrayView svname, qsizetype *at)
{
    for (qsizetype i = 0; i < snapshot.stat.rows.size(); ++i) {
        const StatRow &row = snapshot.stat.rows.at(i);
        if (row.pxname == pxname && row.svname == svname) {
            *at = i;
            return &row;
        }
    }
    return nullptr;
}

// Every row of the proxy is fresh, and the others are all stale.
bool onlyFresh(const Snapshot &snapshot, const QList<QByteArray> &proxies)
{
    for (qsizetype i = 0; i < snapshot.stat.rows.size(); ++i) {
        if (snapshot.isFresh(i) != proxies.contains(snapshot.stat.rows.at(i).pxname))
            return false;
    }
    return true;
}

// The lines of the commands the connection finished.
struct CommandLog
{
    explicit CommandLog(RuntimeConnection *connection)
    {
        QObject::connect(connection, &RuntimeConnection::commandFinished, &context,
            [this](const RuntimeCommand &command) { lines.append(command.line()); });
    }
    QList<QByteArray> lines;
    QObject context;
};

} // namespace

class TestPollerFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = largeBody();
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void cleanupTestCase() { m_haproxy.reset(); }

    void init()
    {
        m_connection = std::make_unique<RuntimeConnection>(unixEndpoint(m_haproxy->adminSocket()));
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), 10000);
    }

    void cleanup() { m_connection.reset(); }

    void focusedProxiesAreFreshOthersCarriedOver()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 1, 10000);
        const SnapshotPtr full = poller.lastSnapshot();
        QVERIFY(full->staleRows.isEmpty());
        const int rows = 3 + Backends * (ServersPerBackend + 1);
        QCOMPARE(full->stat.rows.size(), rows);
        QCOMPARE(poller.fullPollRows(), rows);
        QCOMPARE(poller.fullPollIntervalMs(), Poller::MinIntervalMs); // no focus: every poll is full

        QSignalSpy plan(&poller, &Poller::pollPlanChanged);
        poller.setFocus({ QStringLiteral("be_7"), QStringLiteral("fe"), QStringLiteral("be_7") });
        QCOMPARE(poller.focus(), QStringList({ QStringLiteral("be_7"), QStringLiteral("fe") }));
        QCOMPARE(plan.size(), 1);
        // 663 rows at 500 a second: 1.3 s, in whole intervals of 100 ms.
        QCOMPARE(poller.fullPollIntervalMs(), 1400);

        // Weights changed behind the poller's back: the focused one shows at the next poll,
        // the other one only after the next full poll.
        QCOMPARE(cli("set weight be_7/s3 17"), QByteArray());
        QCOMPARE(cli("set weight be_40/s3 23"), QByteArray());
        const qsizetype afterWrites = snapshots.size();
        qsizetype at = -1;
        SnapshotPtr focused;
        QTRY_VERIFY_WITH_TIMEOUT((focused = poller.lastSnapshot()) && !focused->staleRows.isEmpty()
                && findRow(*focused, "be_7", "s3", &at)->weight == 17,
            10000);
        QCOMPARE(rowNames(focused->stat), rowNames(full->stat)); // HAProxy's order, every row
        QVERIFY(onlyFresh(*focused, { "be_7", "fe" }));
        QCOMPARE(focused->staleCount(), rows - (ServersPerBackend + 1) - 3);
        QCOMPARE(focused->stat.field(focused->stat.rows.at(at), "weight"), QByteArray("17"));
        QVERIFY(!focused->isFresh(at - ServersPerBackend)); // be_6's last row
        QVERIFY(!focused->isFresh(findRow(*focused, "be_40", "s3", &at) - focused->stat.rows.constData()));
        QCOMPARE(focused->stat.field(focused->stat.rows.at(at), "svname"), QByteArray("s3"));

        // be_40 is read by the full poll alone: carried over unchanged until one shows 23.
        SnapshotPtr again;
        QTRY_VERIFY_WITH_TIMEOUT((again = poller.lastSnapshot()) && again->staleRows.isEmpty()
                && findRow(*again, "be_40", "s3", &at)->weight == 23,
            10000);
        for (qsizetype i = afterWrites; i < snapshots.size(); ++i) {
            const SnapshotPtr s = snapshots.at(i).at(0).value<SnapshotPtr>();
            if (s->sequence == again->sequence)
                break;
            const StatRow *row = findRow(*s, "be_40", "s3", &at);
            QCOMPARE(row->weight, 1); // focused, or a full poll sent before the writes
        }
        QVERIFY(
            again->monotonicMs - full->monotonicMs >= poller.fullPollIntervalMs() - Poller::MinIntervalMs);
        for (qsizetype i = 1; i < snapshots.size(); ++i) {
            const SnapshotPtr s = snapshots.at(i).at(0).value<SnapshotPtr>();
            QVERIFY(s->staleRows.isEmpty() || onlyFresh(*s, { "be_7", "fe" }));
            QCOMPARE(s->stat.rows.size(), rows);
        }
        QCOMPARE(cli("set weight be_7/s3 1"), QByteArray());
        QCOMPARE(cli("set weight be_40/s3 1"), QByteArray());
    }

    void serverAddedToAFocusedBackendTakesItsPlace()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot(), 10000);
        poller.setFocus({ QStringLiteral("be_3") });
        const QByteArray added = cli("add server be_3/extra 127.0.0.1:1");
        QVERIFY2(added.contains("New server registered"), added.constData());
        SnapshotPtr focused;
        qsizetype at = -1;
        QTRY_VERIFY_WITH_TIMEOUT((focused = poller.lastSnapshot()) && !focused->staleRows.isEmpty()
                && findRow(*focused, "be_3", "extra", &at),
            10000);
        QVERIFY(focused->isFresh(at));
        QCOMPARE(rowNames(focused->stat).indexOf(QStringLiteral("be_3/extra")),
            rowNames(focused->stat).indexOf(QStringLiteral("be_3/BACKEND")) - 1);
        QVERIFY(onlyFresh(*focused, { "be_3" }));
        QCOMPARE(cli("set server be_3/extra state maint"), QByteArray());
        QVERIFY(cli("del server be_3/extra").contains("Server deleted"));
    }

    void backendRowsAloneForTheSideList()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        CommandLog log(m_connection.get());
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot(), 10000);
        poller.setFocus(
            { QStringLiteral("be_2") }, false, { QStringLiteral("be_9"), QStringLiteral("be_2") });
        QCOMPARE(
            poller.focusBackendRowsOnly(), QStringList({ QStringLiteral("be_9") })); // be_2 is read in full
        QCOMPARE(cli("set weight be_9/s1 9"), QByteArray());
        SnapshotPtr focused;
        qsizetype backendAt = -1;
        QTRY_VERIFY_WITH_TIMEOUT((focused = poller.lastSnapshot()) && !focused->staleRows.isEmpty()
                && findRow(*focused, "be_9", "BACKEND", &backendAt)->weight == ServersPerBackend + 8,
            10000);
        QVERIFY(focused->isFresh(backendAt));
        qsizetype at = -1;
        QVERIFY(findRow(*focused, "be_9", "s1", &at));
        QVERIFY(!focused->isFresh(at)); // its servers: by the full poll
        QVERIFY(focused->isFresh(findRow(*focused, "be_2", "s1", &at) - focused->stat.rows.constData()));
        QCOMPARE(focused->stat.rows.size(), 3 + Backends * (ServersPerBackend + 1));
        // be_9 by its id, for its BACKEND row alone.
        QVERIFY(std::any_of(log.lines.cbegin(), log.lines.cend(), [](const QByteArray &line) {
            return line.startsWith("show stat ") && line.endsWith(" 2 -1") && line != "show stat -1 2 -1";
        }));
        QCOMPARE(cli("set weight be_9/s1 1"), QByteArray());
    }

    void unknownProxiesLeaveTheFocusQuietly()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy failures(&poller, &Poller::pollFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot(), 10000);
        poller.setFocus({ QStringLiteral("nope"), QStringLiteral("be_1"), QStringLiteral("bad;name") });
        QTRY_COMPARE_WITH_TIMEOUT(poller.focus(), QStringList({ QStringLiteral("be_1") }), 10000);
        SnapshotPtr focused;
        QTRY_VERIFY_WITH_TIMEOUT((focused = poller.lastSnapshot()) && !focused->staleRows.isEmpty(), 10000);
        QVERIFY(onlyFresh(*focused, { "be_1" }));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
    }

    void smallInstanceOrScopeStaysFull()
    {
        Poller poller(m_connection.get());
        poller.setInterval(2000); // 663 rows fit in 2 s at 500 a second
        poller.setFocus({ QStringLiteral("be_1") });
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 1, 10000);
        QCOMPARE(poller.fullPollIntervalMs(), 2000);
        poller.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 10000);
        QVERIFY(poller.lastSnapshot()->staleRows.isEmpty());

        poller.setInterval(Poller::MinIntervalMs);
        poller.setScope({ QStringLiteral("be_2") }); // a scope wins over a focus
        QTRY_VERIFY_WITH_TIMEOUT(!poller.lastSnapshot()->scope.isEmpty(), 10000);
        QCOMPARE(poller.fullPollIntervalMs(), Poller::MinIntervalMs);
        const SnapshotPtr scoped = poller.lastSnapshot();
        QVERIFY(scoped->staleRows.isEmpty());
        QCOMPARE(scoped->stat.rows.size(), ServersPerBackend + 1);

        poller.setScope({});
        poller.clearFocus();
        QVERIFY(!poller.hasFocus());
        poller.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot()->scope.isEmpty(), 10000);
        const quint64 seen = poller.lastSnapshot()->sequence;
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot()->sequence >= seen + 3, 10000);
        QVERIFY(poller.lastSnapshot()->staleRows.isEmpty());
    }

    void emptyFocusReadsNoRowsBetweenFullPolls()
    {
        Poller poller(m_connection.get());
        poller.setInterval(Poller::MinIntervalMs);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.lastSnapshot(), 10000);
        poller.setFocus({});
        QVERIFY(poller.hasFocus());
        QCOMPARE(poller.fullPollIntervalMs(), 1400);
        SnapshotPtr carried;
        QTRY_VERIFY_WITH_TIMEOUT((carried = poller.lastSnapshot()) && !carried->staleRows.isEmpty(), 10000);
        QCOMPARE(carried->staleCount(), carried->stat.rows.size());
        QCOMPARE(carried->stat.rows.size(), 3 + Backends * (ServersPerBackend + 1));
    }

private:
    QByteArray cli(const QByteArray &line) const
    {
        return HaproxyFixture::rawCommand(m_haproxy->adminSocket(), line).trimmed();
    }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestPollerFocus)
#include "tst_pollerfocus.moc"
