// The stick tables dock on the offscreen platform against a real haproxy whose table is
// filled by a client (50 keys, each with its own request count): a data filter built in
// the dock is sent to HAProxy and shows exactly the matching rows; Clear Entry removes one
// key, Clear Matching counts first and removes exactly what matched, Set Value lands, and a
// refused value sends nothing. HAProxy's state is read back with the fixture's raw client.

#include "core/client/runtimeconnection.h"
#include "models/sticktableentriesmodel.h"
#include "models/sticktablelistmodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/previewconfirm.h"
#include "views/sticktablesdock.h"
#include "views/tablefilterbar.h"
#include "views/tablevaluedialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    http-request track-sc0 req.hdr(x-client) table t
    default_backend be

backend be
    server s1 ${BACKEND:s1}

backend t
    stick-table type string len 32 size 1k expire 10m store http_req_cnt,gpc0
)"_s;

constexpr int WaitMs = 15000;
constexpr int Keys = 50;

// Client cN sends (N % 5) + 1 requests: ten keys each with 1, 2, 3, 4 and 5 requests.
int requestsOf(int n)
{
    return n % 5 + 1;
}

} // namespace

class TestStickTablesDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<StickTablesDock> m_dock;

    QByteArray raw(const QByteArray &line)
    {
        return HaproxyFixture::rawCommand(m_haproxy->adminSocket(), line);
    }
    int rawCount(const QByteArray &line) { return int(raw(line).count(": key=")); }
    // One data value of one key, read and split by hand.
    qint64 rawValue(const QByteArray &key, const QByteArray &column)
    {
        for (const QByteArray &word : raw("show table t key " + key).split(' ')) {
            if (word.startsWith(QByteArray(column + '=')))
                return word.mid(column.size() + 1).trimmed().toLongLong();
        }
        return -1;
    }
    bool request(int client)
    {
        RawConnection http;
        if (!http.connectToTcp(m_haproxy->frontendPort()))
            return false;
        http.write("GET / HTTP/1.1\r\nHost: t\r\nX-Client: c" + QByteArray::number(client)
            + "\r\nConnection: close\r\n\r\n");
        return http.readToEnd().startsWith("HTTP/1.1 200");
    }
    void selectKey(const QString &key) { selectKeyIn(m_dock.get(), key); }
    void selectKeyIn(StickTablesDock *dock, const QString &key)
    {
        QTableView *view = dock->entriesView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data().toString() == key) {
                view->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL(qPrintable(u"key %1 is not shown"_s.arg(key)));
    }
    int shownRows() const { return m_dock->entriesModel()->rowCount(); }
    bool shownValuesAll(const std::function<bool(qint64)> &accept) const
    {
        const StickTableDump &dump = m_dock->entriesModel()->dump();
        const qsizetype c = dump.columnIndex("http_req_cnt");
        return std::all_of(dump.entries.cbegin(), dump.entries.cend(),
            [&](const StickTableEntry &e) { return accept(e.number(c)); });
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        for (int n = 0; n < Keys; ++n) {
            for (int i = 0; i < requestsOf(n); ++i)
                QVERIFY2(request(n), qPrintable(u"request of client c%1"_s.arg(n)));
        }
        QCOMPARE(rawCount("show table t"), Keys);
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, WaitMs));
        m_dock = std::make_unique<StickTablesDock>();
        m_dock->setConnection(m_connection.get());
        m_dock->resize(1000, 600);
        m_dock->show(); // shown: reads the tables and the first one's entries
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->tablesModel()->find(u"t"_s), WaitMs);
        m_dock->selectTable(u"t"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), Keys, WaitMs);
    }
    void cleanupTestCase()
    {
        m_dock.reset();
        m_connection.reset();
        m_haproxy.reset();
    }

    void listsTheTable()
    {
        const StickTableInfo *t = m_dock->tablesModel()->find(u"t"_s);
        QCOMPARE(t->type, "string");
        QCOMPARE(t->size, 1024);
        QCOMPARE(t->used, Keys);
        QVERIFY(m_dock->entriesModel()->dataColumns().contains(u"http_req_cnt"_s));
        QVERIFY(m_dock->entriesModel()->dataColumns().contains(u"gpc0"_s));
    }

    void filterIsSentToHaproxy()
    {
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        m_dock->filterBar()->setFilter(0, u"http_req_cnt"_s, TableCommands::Op::Gt, u"3"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 20, WaitMs);
        QVERIFY(shownValuesAll([](qint64 v) { return v > 3; }));
        bool filtered = false;
        for (const QList<QVariant> &args : sent)
            filtered |= args.at(0).value<RuntimeCommand>().line() == "show table t data.http_req_cnt gt 3";
        QVERIFY2(filtered, "the filter was not sent to HAProxy");
        QVERIFY(m_dock->statusLabel()->text().contains(u"20"_s));
        // Several at once: > 1 and < 4 gives the keys with 2 and 3 requests.
        m_dock->filterBar()->setFilter(0, u"http_req_cnt"_s, TableCommands::Op::Gt, u"1"_s);
        m_dock->filterBar()->setFilter(1, u"http_req_cnt"_s, TableCommands::Op::Lt, u"4"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 20, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(shownValuesAll([](qint64 v) { return v == 2 || v == 3; }), WaitMs);
        m_dock->filterBar()->clearFilters();
        m_dock->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), Keys, WaitMs);
    }

    void clearOneEntry()
    {
        QCOMPARE(rawCount("show table t key c4"), 1);
        selectKey(u"c4"_s);
        QVERIFY(m_dock->clearEntryAction()->isEnabled());
        // By keyboard: Del in the entries.
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        m_dock->entriesView()->setFocus();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_Delete);
        QVERIFY(confirmPreviewDialog([this] { return m_dock->previewDialog(); }));
        QCOMPARE(rawCount("show table t key c4"), 0);
        QCOMPARE(rawCount("show table t"), Keys - 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), Keys - 1, WaitMs);
    }

    void clearMatchingCountsThenRemovesThose()
    {
        m_dock->filterBar()->setFilter(0, u"http_req_cnt"_s, TableCommands::Op::Eq, u"2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 10, WaitMs);
        m_dock->clearMatchingAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dock->statusLabel()->text().contains(u"10 entries will be removed"_s), WaitMs);
        QVERIFY(confirmPreviewDialog([this] { return m_dock->previewDialog(); }));
        QCOMPARE(rawCount("show table t data.http_req_cnt eq 2"), 0);
        QCOMPARE(rawCount("show table t"), Keys - 1 - 10);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 0, WaitMs);
        m_dock->filterBar()->clearFilters();
        m_dock->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(), Keys - 11, WaitMs);
    }

    void setValueLands()
    {
        QCOMPARE(rawValue("c0", "gpc0"), 0);
        selectKey(u"c0"_s);
        m_dock->setValueAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->valueDialog() && m_dock->valueDialog()->isVisible(), WaitMs);
        m_dock->valueDialog()->setColumn(u"gpc0"_s);
        m_dock->valueDialog()->setValueText(u"7"_s);
        m_dock->valueDialog()->accept();
        QVERIFY(confirmPreviewDialog([this] { return m_dock->previewDialog(); }));
        QCOMPARE(rawValue("c0", "gpc0"), 7);
    }

    void badValueSendsNothing()
    {
        selectKey(u"c0"_s);
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        m_dock->setValueAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->valueDialog() && m_dock->valueDialog()->isVisible(), WaitMs);
        m_dock->valueDialog()->setColumn(u"gpc0"_s);
        m_dock->valueDialog()->setValueText(u"-5"_s);
        m_dock->valueDialog()->accept();
        QVERIFY(m_dock->statusLabel()->text().contains(u"negative"_s));
        QVERIFY(!m_dock->previewDialog() || !m_dock->previewDialog()->isVisible());
        // A filter without a value is refused before any read too.
        m_dock->filterBar()->setFilter(0, u"gpc0"_s, TableCommands::Op::Gt, u"x"_s);
        m_dock->clearMatchingAction()->trigger();
        QVERIFY(m_dock->statusLabel()->text().contains(u"not a whole number"_s));
        QVERIFY(!m_dock->previewDialog() || !m_dock->previewDialog()->isVisible());
        for (const QList<QVariant> &args : sent)
            QVERIFY(!args.at(0).value<RuntimeCommand>().isWrite());
        QCOMPARE(rawValue("c0", "gpc0"), 7);
        m_dock->filterBar()->clearFilters();
    }

    // `clear table` is operator level, `set table` admin: an operator socket may unban, not set.
    void operatorClearsButDoesNotSet()
    {
        auto operatorConnection =
            std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->operatorSocket()).value());
        operatorConnection->open();
        QVERIFY(QTest::qWaitFor([&] { return operatorConnection->isReady(); }, WaitMs));
        StickTablesDock dock;
        dock.setConnection(operatorConnection.get());
        dock.show();
        QTRY_VERIFY_WITH_TIMEOUT(dock.tablesModel()->find(u"t"_s), WaitMs);
        dock.selectTable(u"t"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dock.entriesModel()->rowCount(), Keys - 11, WaitMs);
        selectKeyIn(&dock, u"c9"_s);
        QVERIFY(!dock.setValueAction()->isEnabled());
        QVERIFY(dock.setValueAction()->toolTip().contains(u"admin"_s));
        QVERIFY(dock.clearEntryAction()->isEnabled());
        dock.clearEntryAction()->trigger();
        QVERIFY(confirmPreviewDialog([&dock] { return dock.previewDialog(); }));
        QCOMPARE(rawCount("show table t key c9"), 0);
    }
};

QTEST_MAIN(TestStickTablesDock)
#include "tst_sticktablesdock.moc"
