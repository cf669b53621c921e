// The processes dock on the offscreen platform against a real haproxy in master-worker mode,
// connected to its master socket: the master and the worker are listed with their real pids;
// after a reload the old worker, kept alive by a request held open on a server that never
// answers, is shown draining with that connection until the client closes it, then exited,
// then gone. It reads only while shown; through a worker's stats socket it says why nothing
// is listed.

#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "models/processesmodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"
#include "views/processesdock.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 15000;

// A request to `slow` is held (no answer, no timeout while the test runs).
const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    timeout client 5m
    default_backend be

backend be
    # A client that goes ends its request at once, rather than when the server answers.
    option abortonclose
    timeout server 5m
    server slow ${SLOWBACKEND:slow}
)"_s;

std::unique_ptr<InstanceSession> openSession(const QString &socket)
{
    ConnectionProfile profile;
    profile.name = u"processes test"_s;
    profile.endpoint = socket;
    auto session = std::make_unique<InstanceSession>(profile, Endpoint::parse(socket).value(), 500, nullptr);
    session->open();
    return session;
}

} // namespace

class TestProcessesDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<InstanceSession> m_session;
    std::unique_ptr<ProcessesDock> m_dock;

    ProcessesModel *model() const { return m_dock->model(); }
    QString cell(qint64 pid, int column) const
    {
        const int row = model()->rowOf(pid);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    // One more refresh than now has been shown.
    bool refreshedOnce()
    {
        const int before = m_dock->refreshesDone();
        return QTest::qWaitFor([&] { return m_dock->refreshesDone() > before; }, WaitMs);
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_session = openSession(m_haproxy->masterSocket());
        QVERIFY(QTest::qWaitFor([this] { return m_session->connection()->isReady(); }, WaitMs));
        QVERIFY(m_session->connection()->isMaster());
        m_dock = std::make_unique<ProcessesDock>();
        m_dock->setSession(m_session.get());
        m_dock->resize(900, 400);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }
    void cleanupTestCase()
    {
        m_dock.reset();
        m_session.reset();
        if (m_haproxy)
            QVERIFY(m_haproxy->stop());
    }

    void masterAndWorkerListed()
    {
        const qint64 master = m_haproxy->masterPid();
        const qint64 worker = m_haproxy->workerPid();
        QVERIFY(master > 0 && worker > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, WaitMs);
        QCOMPARE(model()->rowOf(master), 0);
        QCOMPARE(model()->rowOf(worker), 1);
        QCOMPARE(cell(master, ProcessesModel::RoleColumn), u"Master"_s);
        QCOMPARE(cell(worker, ProcessesModel::RoleColumn), u"Worker"_s);
        QCOMPARE(cell(worker, ProcessesModel::StateColumn), u"running"_s);
        QVERIFY(!cell(worker, ProcessesModel::VersionColumn).isEmpty());
        QVERIFY(
            m_haproxy->version().contains(cell(worker, ProcessesModel::VersionColumn).section(u'-', 0, 0)));
        QVERIFY(m_dock->view()->isVisible());
        QVERIFY(!m_dock->reasonLabel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dock->statusLabel()->text().startsWith(u"Master %1 · 0 reloads"_s.arg(master)), WaitMs);
        // The current worker's connections come from the instance's own poll.
        QTRY_VERIFY_WITH_TIMEOUT(!cell(worker, ProcessesModel::ConnectionsColumn).isEmpty(), WaitMs);
    }

    // Refreshed on its own while shown (every 2 s), and at once with F5.
    void refreshedWhileShown()
    {
        QVERIFY(refreshedOnce());
        QVERIFY(m_dock->isTimerActive());
        m_dock->widget()->setFocus(Qt::ShortcutFocusReason); // as the View menu's toggle does
        QTRY_VERIFY(m_dock->view()->hasFocus());
        QVERIFY(refreshedOnce()); // between two refreshes: the timer runs, nothing is asked
        QVERIFY(m_dock->isTimerActive() && !m_dock->isRefreshing());
        const int before = m_dock->refreshesDone();
        QSignalSpy triggered(m_dock->refreshAction(), &QAction::triggered);
        QTest::keyClick(m_dock->view(), Qt::Key_F5);
        QCOMPARE(triggered.count(), 1);
        // Asked at once, not when the timer fires.
        QVERIFY(m_dock->isRefreshing());
        QVERIFY(!m_dock->isTimerActive());
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->refreshesDone() > before, WaitMs);
        // Hidden, it reads no more: an answer still on its way does not arm the timer again.
        m_dock->hide();
        QVERIFY(!m_dock->isTimerActive());
        QVERIFY(QTest::qWaitFor([this] { return !m_dock->isRefreshing(); }, WaitMs));
        QVERIFY(!m_dock->isTimerActive());
        m_dock->show();
        QVERIFY(refreshedOnce());
    }

    void oldWorkerDrainsThenGoes()
    {
        const qint64 oldWorker = m_haproxy->workerPid();
        // A request held on the worker keeps it alive after a reload, as a connection.
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(openHeldRequests(m_haproxy->frontendPort(), 1, held));
        QVERIFY(m_haproxy->waitForAdminReply("show info",
            [](const QByteArray &info) { return HaproxyFixture::infoField(info, "CurrConns") == "1"; }));
        const qint64 newWorker = m_haproxy->reload();
        QVERIFY2(newWorker > 0, qPrintable(m_haproxy->errorString()));

        QTRY_COMPARE_WITH_TIMEOUT(cell(newWorker, ProcessesModel::RoleColumn), u"Worker"_s, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(cell(oldWorker, ProcessesModel::StateColumn), u"draining"_s, WaitMs);
        QCOMPARE(cell(oldWorker, ProcessesModel::RoleColumn), u"Old worker (draining)"_s);
        QVERIFY(model()->rowOf(oldWorker) > model()->rowOf(newWorker));
        // Its connections, from its own show info (asked through the master).
        QTRY_VERIFY_WITH_TIMEOUT(cell(oldWorker, ProcessesModel::ConnectionsColumn).toInt() >= 1, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->statusLabel()->text().contains(u"1 old worker draining"_s), WaitMs);
        QVERIFY(m_dock->statusLabel()->text().contains(u"1 reload"_s));
        // It stays while the request holds it.
        QVERIFY(refreshedOnce());
        QVERIFY(refreshedOnce());
        QCOMPARE(cell(oldWorker, ProcessesModel::StateColumn), u"draining"_s);
        QVERIFY(HaproxyFixture::isProcessAlive(pid_t(oldWorker)));

        held.clear(); // the client goes: the old worker has nothing left to finish
        QTRY_COMPARE_WITH_TIMEOUT(cell(oldWorker, ProcessesModel::StateColumn), u"exited"_s, WaitMs);
        QCOMPARE(cell(oldWorker, ProcessesModel::ConnectionsColumn), QString());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(oldWorker), -1, WaitMs);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(cell(newWorker, ProcessesModel::StateColumn), u"running"_s);
        QVERIFY(!m_dock->statusLabel()->text().contains(u"draining"_s));
    }

    void workerSocketSaysWhy()
    {
        auto session = openSession(m_haproxy->adminSocket());
        QVERIFY(QTest::qWaitFor([&session] { return session->connection()->isReady(); }, WaitMs));
        QVERIFY(!session->connection()->isMaster());
        m_dock->setSession(session.get());
        QCOMPARE(model()->rowCount(), 0); // the other instance's rows went at once
        QTRY_VERIFY(m_dock->reasonLabel()->isVisible());
        QVERIFY(m_dock->reasonLabel()->text().contains(u"worker socket"_s));
        QVERIFY(m_dock->reasonLabel()->text().contains(u"haproxy -S"_s));
        QVERIFY(!m_dock->view()->isVisible());
        // The View menu's toggle focuses the reason (read out), not an empty table.
        QCOMPARE(m_dock->widget()->focusProxy(), m_dock->reasonLabel());
        QCOMPARE(m_dock->reasonLabel()->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!m_dock->isTimerActive()); // nothing to read again
        m_dock->refreshAction()->trigger();
        QCOMPARE(model()->rowCount(), 0);

        // Back on the master: the table again.
        m_dock->setSession(m_session.get());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, WaitMs);
        QVERIFY(m_dock->view()->isVisible());
        QVERIFY(!m_dock->reasonLabel()->isVisible());
        m_dock->setSession(nullptr);
        QCOMPARE(model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestProcessesDock)
#include "tst_processesdock.moc"
