// The sessions dock on the offscreen platform against a real haproxy: requests held on a
// server that never answers appear as streams with their frontend, backend, server and
// source; Shut Down Session on one of them, confirmed in the preview, ends it (its client
// sees the connection closed) and leaves the others; the filter keeps the rows of one
// frontend; on an operator socket the action is off with the reason, and sends nothing.

#include "core/client/runtimeconnection.h"
#include "models/sessionsmodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"
#include "tests/support/previewconfirm.h"
#include "views/sessionsdock.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

# HAProxy 2.6 ends a shut-down stream at once but closes its client connection only at the
# client timeout (10 s by default); requests waiting for the server are not cut by it.
frontend fe_slow
    bind 127.0.0.1:${PORT:slow}
    timeout client 2s
    default_backend be_slow

backend be
    server s1 ${BACKEND:s1}

backend be_slow
    timeout server 60s
    server slow ${SLOWBACKEND:slow}
)"_s;

constexpr int WaitMs = 15000;
constexpr int Held = 3;

} // namespace

class TestSessionsDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<SessionsDock> m_dock;
    std::vector<std::unique_ptr<QTcpSocket>> m_held;

    std::unique_ptr<RuntimeConnection> connect(const QString &socket)
    {
        auto connection = std::make_unique<RuntimeConnection>(Endpoint::parse(socket).value());
        connection->open();
        if (!QTest::qWaitFor([&] { return connection->isReady(); }, WaitMs))
            return nullptr;
        return connection;
    }
    int heldRows() const
    {
        int count = 0;
        for (const SessionRow &row : m_dock->model()->sessions())
            count += row.server == "slow" ? 1 : 0;
        return count;
    }
    // Selects the stream of the held client on local port `port`; false if none is shown.
    bool selectSource(SessionsDock *dock, quint16 port)
    {
        const QByteArray source = "127.0.0.1:" + QByteArray::number(port);
        QTableView *view = dock->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, SessionsModel::SourceColumn);
            if (index.data().toString().toLatin1() == source) {
                view->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = connect(m_haproxy->adminSocket());
        QVERIFY(m_connection);
        QVERIFY(openHeldRequests(m_haproxy->frontendPort(u"slow"_s), Held, m_held));
        m_dock = std::make_unique<SessionsDock>();
        m_dock->setConnection(m_connection.get());
        m_dock->resize(1000, 500);
        m_dock->show();
    }
    void cleanupTestCase()
    {
        m_held.clear();
        m_dock.reset();
        m_connection.reset();
        m_haproxy.reset();
    }

    void heldConnectionsAppear()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                m_dock->refresh();
                return heldRows() == Held;
            }(),
            WaitMs);
        for (const SessionRow &row : m_dock->model()->sessions()) {
            if (row.server != "slow")
                continue;
            QCOMPARE(row.frontend, "fe_slow");
            QCOMPARE(row.backend, "be_slow");
            QVERIFY(row.source.startsWith("127.0.0.1:"));
            QVERIFY(row.pointer.startsWith("0x"));
        }
        // The CLI's own streams are not listed.
        for (const SessionRow &row : m_dock->model()->sessions())
            QVERIFY(!row.isCli());
    }

    void filterKeepsOneFrontend()
    {
        m_dock->filterEdit()->setText(u"be_slow"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->view()->model()->rowCount(), Held, WaitMs);
        m_dock->filterEdit()->setText(u"no-such-proxy"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->view()->model()->rowCount(), 0, WaitMs);
        m_dock->filterEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->view()->model()->rowCount(), Held, WaitMs);
    }

    void shutdownEndsTheStream()
    {
        QTcpSocket *victim = m_held.front().get();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_dock->refresh();
                return selectSource(m_dock.get(), victim->localPort());
            }(),
            WaitMs);
        QVERIFY(m_dock->shutdownAction()->isEnabled());
        m_dock->shutdownAction()->trigger();
        QVERIFY(confirmPreviewDialog([this] { return m_dock->previewDialog(); }));
        // Gone from HAProxy at once (the dock reads again after the run), then the client sees it.
        // HAProxy kills the stream on its own thread: it may still be listed for a moment.
        const QByteArray source = "src=127.0.0.1:" + QByteArray::number(victim->localPort()) + ' ';
        QVERIFY(m_haproxy->waitForAdminReply(
            "show sess", [&](const QByteArray &reply) { return !reply.contains(source); }, WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(heldRows(), Held - 1, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(victim->state(), QAbstractSocket::UnconnectedState, WaitMs);
        for (size_t i = 1; i < m_held.size(); ++i)
            QCOMPARE(m_held.at(i)->state(), QAbstractSocket::ConnectedState);
    }

    void refusedAtOperatorLevel()
    {
        std::unique_ptr<RuntimeConnection> operatorConnection = connect(m_haproxy->operatorSocket());
        QVERIFY(operatorConnection);
        SessionsDock dock;
        dock.setConnection(operatorConnection.get());
        dock.show();
        QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount() >= Held - 1, true, WaitMs);
        QVERIFY(selectSource(&dock, m_held.back()->localPort()));
        QVERIFY(!dock.shutdownAction()->isEnabled());
        QVERIFY(dock.shutdownAction()->toolTip().contains(u"admin"_s));
        QSignalSpy sent(operatorConnection.get(), &RuntimeConnection::commandFinished);
        dock.shutDownSelected(); // as if forced: refused with the reason
        QVERIFY(dock.statusLabel()->text().contains(u"admin"_s));
        QVERIFY(!dock.previewDialog());
        for (const QList<QVariant> &args : sent)
            QVERIFY(!args.at(0).value<RuntimeCommand>().isWrite());
        QCOMPARE(m_held.back()->state(), QAbstractSocket::ConnectedState);
    }

    void autoRefreshIsBounded()
    {
        m_dock->setAutoRefresh(true, 1); // below the floor: the interval stays at 2 s or more
        QVERIFY(m_dock->autoRefreshBox()->isChecked());
        const int before = m_dock->answersRead();
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->answersRead() > before, WaitMs);
        m_dock->hide();
        m_dock->setAutoRefresh(false);
    }
};

QTEST_MAIN(TestSessionsDock)
#include "tst_sessionsdock.moc"
