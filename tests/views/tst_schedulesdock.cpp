// ScheduleDrainDialog and SchedulesDock: the dialog refuses bad input with a message and
// schedules the right jobs; the dock follows a real drain to its end (read back from
// HAProxy), cancels with Del, runs with Ctrl+Return, and asks about overdue jobs.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"
#include "core/storage/drainjobstore.h"
#include "core/workflows/drainscheduler.h"
#include "models/drainjobsmodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"
#include "views/scheduledraindialog.h"
#include "views/schedulesdock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <sys/socket.h>

namespace {

constexpr int WaitMs = 20000;
const QString Offline = QStringLiteral("/nonexistent/admin.sock");

QList<ServerTarget> targets(std::initializer_list<const char *> servers)
{
    QList<ServerTarget> result;
    for (const char *server : servers)
        result.append({ QStringLiteral("be"), QString::fromLatin1(server) });
    return result;
}

QPushButton *okButton(const ScheduleDrainDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSchedulesDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    QString m_instance;

    qint64 adminState(const QByteArray &backend, const QByteArray &server) const
    {
        const Result<ServersState> state = ServersStateParser::parse(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state " + backend));
        if (!state)
            qFatal("%s", qPrintable(state.error()));
        for (const ServerStateRow &row : state->rows) {
            if (row.name == server)
                return row.adminState;
        }
        return -1;
    }

    static DrainScheduler::Options fast()
    {
        DrainScheduler::Options options;
        options.pollIntervalMs = 100;
        return options;
    }

private slots:
    void initTestCase()
    {
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        const Endpoint endpoint = Endpoint::parse(m_haproxy->adminSocket()).value();
        m_instance = endpoint.toString();
        m_connection = std::make_unique<RuntimeConnection>(endpoint);
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void dialogRefusesBadInput()
    {
        DrainScheduler scheduler(nullptr, fast());
        {
            ScheduleDrainDialog dialog(&scheduler, Offline, targets({ "s1", "bad;name" }));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY2(dialog.validationMessage().contains(QStringLiteral("be/bad;name")),
                qPrintable(dialog.validationMessage()));
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(scheduler.jobs().isEmpty());
        }
        {
            ScheduleDrainDialog dialog(&scheduler, Offline, {});
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(dialog.validationMessage().contains(QStringLiteral("No server")));
        }
        {
            ScheduleDrainDialog dialog(&scheduler, Offline, targets({ "s1" }));
            QVERIFY(okButton(dialog)->isEnabled());
            dialog.setStartAt(QDateTime::currentDateTime().addSecs(-3600));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY2(dialog.validationMessage().contains(QStringLiteral("in the past")),
                qPrintable(dialog.validationMessage()));
            dialog.setStartDelay(5, 0);
            QVERIFY(okButton(dialog)->isEnabled());
        }
        // An operator-level socket: refused up front, with the reason.
        RuntimeConnection operatorConnection(Endpoint::parse(m_haproxy->operatorSocket()).value());
        operatorConnection.open();
        QTRY_VERIFY_WITH_TIMEOUT(operatorConnection.isReady(), WaitMs);
        scheduler.setConnection(operatorConnection.endpoint().toString(), &operatorConnection);
        ScheduleDrainDialog dialog(&scheduler, operatorConnection.endpoint().toString(), targets({ "s1" }));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("admin")),
            qPrintable(dialog.validationMessage()));
    }

    void dialogCreatesTheJobs()
    {
        DrainScheduler scheduler(nullptr, fast());
        ScheduleDrainDialog dialog(&scheduler, Offline, targets({ "s1", "s2" }));
        dialog.setStartDelay(30, 15);
        dialog.setIdleDeadlineMinutes(5);
        dialog.setEndAction(DrainJob::EndAction::ReadyAfter, 20);
        const QString preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("set server be/s1 state drain")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("set server be/s2 state maint")));
        QVERIFY(preview.contains(QStringLiteral("set server be/s2 state ready")));
        QVERIFY(!preview.contains(QStringLiteral("del server")));
        dialog.setEndAction(DrainJob::EndAction::Remove);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"))
                    ->toPlainText()
                    .contains(QStringLiteral("del server be/s2")));
        dialog.setEndAction(DrainJob::EndAction::ReadyAfter, 20);

        // To look at it: HADESK_SCREENSHOT_DIR=/tmp ./tst_schedulesdock
        if (qEnvironmentVariableIsSet("HADESK_SCREENSHOT_DIR")) {
            dialog.resize(560, dialog.sizeHint().height());
            dialog.grab().save(
                qEnvironmentVariable("HADESK_SCREENSHOT_DIR") + QStringLiteral("/schedule-drain.png"));
        }
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdJobs().size(), 2);
        QCOMPARE(scheduler.jobs().size(), 2);
        const DrainJob &first = scheduler.jobs().first();
        QCOMPARE(first.server, QStringLiteral("s1"));
        QCOMPARE(first.instanceId, Offline);
        QCOMPARE(first.endAction, DrainJob::EndAction::ReadyAfter);
        QCOMPARE(first.readyAfterMinutes, 20.0);
        QCOMPARE(first.idleDeadlineSeconds, 300);
        QVERIFY(qAbs(before.secsTo(first.startAtUtc) - (30 * 60 + 15)) <= 2);
        QCOMPARE(scheduler.jobs().at(1).server, QStringLiteral("s2"));

        // The same servers again: refused while their drains are pending.
        ScheduleDrainDialog again(&scheduler, Offline, targets({ "s2" }));
        QVERIFY(!okButton(again)->isEnabled());
        QVERIFY(again.validationMessage().contains(QStringLiteral("already")));
    }

    void dockFollowsARealDrain()
    {
        DrainScheduler scheduler(nullptr, fast());
        scheduler.setConnection(m_instance, m_connection.get());
        SchedulesDock dock;
        dock.setScheduler(&scheduler);
        dock.show();
        const Result<QUuid> id = scheduler.addJob(DrainJob::create(m_instance, QStringLiteral("be"),
            QStringLiteral("s1"), QDateTime::currentDateTimeUtc().addSecs(1), DrainJob::EndAction::Maint));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(dock.model()->rowCount(), 1);
        const QModelIndex state = dock.model()->index(0, DrainJobsModel::State);
        QVERIFY(state.data().toString().startsWith(QStringLiteral("Waiting")));
        QTRY_VERIFY_WITH_TIMEOUT(state.data().toString().startsWith(QStringLiteral("Done")), WaitMs);
        QVERIFY(adminState("be", "s1") & ServerStateRow::ForcedMaint);
        QVERIFY(dock.clearFinishedAction()->isEnabled());
        dock.clearFinished();
        QCOMPARE(dock.model()->rowCount(), 0);
        HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be/s1 state ready");
    }

    void deleteCancelsAndCtrlReturnRuns()
    {
        DrainScheduler scheduler(nullptr, fast());
        scheduler.setConnection(m_instance, m_connection.get());
        SchedulesDock dock;
        dock.setScheduler(&scheduler);
        dock.show();
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));
        const QUuid first = *scheduler.addJob(DrainJob::create(m_instance, QStringLiteral("be"),
            QStringLiteral("s2"), QDateTime::currentDateTimeUtc().addSecs(600), DrainJob::EndAction::Maint));
        const QUuid second = *scheduler.addJob(DrainJob::create(m_instance, QStringLiteral("be"),
            QStringLiteral("s3"), QDateTime::currentDateTimeUtc().addSecs(600), DrainJob::EndAction::Maint));

        dock.selectJob(first);
        dock.view()->setFocus();
        QVERIFY(dock.cancelAction()->isEnabled());
        QTest::keyClick(dock.view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.job(first)->state, DrainJob::State::Cancelled, WaitMs);
        QCOMPARE(scheduler.job(second)->state, DrainJob::State::Waiting);
        QCOMPARE(adminState("be", "s2"), 0);

        dock.selectJob(second);
        QTest::keyClick(dock.view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.job(second)->state, DrainJob::State::Done, WaitMs);
        QVERIFY(adminState("be", "s3") & ServerStateRow::ForcedMaint);
        HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be/s3 state ready");
    }

    void overdueJobsAsk()
    {
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        const DrainJob late = DrainJob::create(Offline, QStringLiteral("be"), QStringLiteral("s1"),
            QDateTime::currentDateTimeUtc().addSecs(-600), DrainJob::EndAction::Maint);
        const DrainJob later = DrainJob::create(Offline, QStringLiteral("be"), QStringLiteral("s2"),
            QDateTime::currentDateTimeUtc().addSecs(-300), DrainJob::EndAction::Remove);
        QVERIFY(store.save({ late, later }));

        DrainScheduler scheduler(&store, fast());
        SchedulesDock dock;
        dock.setScheduler(&scheduler);
        dock.show();
        QVERIFY(scheduler.load());
        QTRY_VERIFY_WITH_TIMEOUT(dock.overdueQuestion() != nullptr, WaitMs);
        QMessageBox *box = dock.overdueQuestion();
        QVERIFY(box->informativeText().contains(QStringLiteral("be/s1")));
        QVERIFY(box->informativeText().contains(QStringLiteral("be/s2")));
        // "Decide later" is the default: Enter does not start anything.
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("overdueLater"));
        box->findChild<QPushButton *>(QStringLiteral("overdueCancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.job(late.id)->state, DrainJob::State::Cancelled, WaitMs);
        QCOMPARE(scheduler.job(later.id)->state, DrainJob::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(dock.overdueQuestion() == nullptr, WaitMs);
    }

    // Only with HADESK_SCREENSHOT_DIR: the dock with jobs in several states, one of them
    // draining with sessions held on a slow server (its progress bar part done).
    void dockScreenshot()
    {
        if (!qEnvironmentVariableIsSet("HADESK_SCREENSHOT_DIR"))
            QSKIP("set HADESK_SCREENSHOT_DIR to save a screenshot");
        HaproxyFixture::Options options;
        options.body = QStringLiteral(R"(frontend fe_web
    mode tcp
    bind 127.0.0.1:${PORT:fe_web}
    timeout client 60s
    default_backend web

backend web
    mode tcp
    balance first
    timeout server 60s
    server web1 ${SLOWBACKEND:web1}
    server web2 ${BACKEND:web2}
    server web3 ${BACKEND:web3}
    server web4 ${BACKEND:web4}
)");
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        const Endpoint endpoint = Endpoint::parse(haproxy.adminSocket()).value();
        RuntimeConnection connection(endpoint);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(openHeldRequests(haproxy.frontendPort(QStringLiteral("fe_web")), 4, held));
        auto allHeld = [&] {
            const Result<StatTable> table =
                StatParser::parse(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show stat web 4 -1"));
            return table && !table->rows.isEmpty() && table->rows.first().scur == 4;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allHeld(), WaitMs);

        const QString instance = endpoint.toString();
        DrainScheduler scheduler(nullptr, fast());
        scheduler.setConnection(instance, &connection);
        SchedulesDock dock;
        dock.setScheduler(&scheduler);
        auto make = [&](const char *server, int delay, DrainJob::EndAction end, const QString &on) {
            DrainJob job = DrainJob::create(on, QStringLiteral("web"), QString::fromLatin1(server),
                QDateTime::currentDateTimeUtc().addSecs(delay), end);
            job.readyAfterMinutes = 30;
            return *scheduler.addJob(job);
        };
        const QUuid busy = make("web1", 0, DrainJob::EndAction::Remove, instance);
        const QUuid done = make("web2", 0, DrainJob::EndAction::Maint, instance);
        make("web3", 7200, DrainJob::EndAction::ReadyAfter, instance);
        make("web4", 3600, DrainJob::EndAction::Remove, QStringLiteral("10.0.0.12:9999"));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(busy)->currentSessions == 4, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.job(done)->state, DrainJob::State::Done, WaitMs);
        for (int i = 0; i < 3; ++i) {
            const linger reset { 1, 0 };
            ::setsockopt(int(held[i]->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            held[i]->abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.job(busy)->currentSessions == 1, WaitMs);
        dock.selectJob(busy);
        dock.resize(1100, 260);
        dock.show();
        // Shown on screen (laid out, painted once) before it is grabbed.
        QTRY_VERIFY_WITH_TIMEOUT(dock.windowHandle() && dock.windowHandle()->isExposed(), WaitMs);
        dock.grab().save(
            qEnvironmentVariable("HADESK_SCREENSHOT_DIR") + QStringLiteral("/schedules-dock.png"));
        scheduler.cancel(busy);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.job(busy)->state, DrainJob::State::Cancelled, WaitMs);
    }
};

QTEST_MAIN(TestSchedulesDock)
#include "tst_schedulesdock.moc"
