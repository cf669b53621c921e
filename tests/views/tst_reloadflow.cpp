// Instance › Reload end to end on the offscreen platform, against a real haproxy in
// master-worker mode through its master socket: a weight changed and a server added at
// runtime are listed before the reload (the configuration file found from the master's own
// command line), the reload loads a new worker and says so, and the plan that puts both back
// is offered, previewed, confirmed and then found on the new worker; nothing is sent back
// without the confirmation. Through a worker's socket Reload is unavailable with the reason.

#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/previewconfirm.h"
#include "views/reloadflow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 40000; // a reload and two snapshots on a loaded machine

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be
backend be
    server s1 ${BACKEND:s1}
    server s2 ${BACKEND:s2}
)"_s;

QByteArray weightOf(const HaproxyFixture &haproxy, const QByteArray &server)
{
    const QByteArray reply = HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/" + server);
    return reply.left(reply.indexOf(' '));
}

} // namespace

class TestReloadFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<MasterReload::Report>(); }

    void lossListedReloadedAndPutBack()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        options.body = Body;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QVERIFY(haproxy.addBackend(u"dyn"_s));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set weight be/s1 7"), "\n");
        const QByteArray added = HaproxyFixture::rawCommand(
            haproxy.adminSocket(), "add server be/dyn " + haproxy.backendAddress(u"dyn"_s).toUtf8());
        QVERIFY2(added.contains("New server registered"), added.constData());

        SessionManager sessions;
        InstanceSession *session = sessions.open({}, Endpoint::parse(haproxy.masterSocket()).value(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session->connection()->isReady(), WaitMs);
        QVERIFY(ReloadFlow::unavailableReason(session).isEmpty());

        QWidget window;
        auto *flow = new ReloadFlow(session, &window);
        QPointer<ReloadFlow> guard(flow);
        QSignalSpy confirm(flow, &ReloadFlow::confirmShown);
        QSignalSpy finished(flow, &ReloadFlow::reloadFinished);
        QSignalSpy reapply(flow, &ReloadFlow::reapplyReady);
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(confirm.size() == 1, WaitMs);
        ReloadDialog *dialog = flow->confirmDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->configurationFile(), haproxy.configPath());
        QCOMPARE(dialog->loss().count(ReloadLossItem::Group::Weights), 1);
        QCOMPARE(dialog->loss().count(ReloadLossItem::Group::RuntimeServers), 1);
        QCOMPARE(dialog->loss().itemsOf(ReloadLossItem::Group::RuntimeServers).first().subject, u"be/dyn"_s);
        QVERIFY(dialog->reapplyChecked());

        const qint64 oldWorker = session->connection()->workerPid();
        dialog->findChild<QPushButton *>(u"reloadButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, WaitMs);
        const auto report = finished.first().first().value<MasterReload::Report>();
        QCOMPARE(report.outcome, MasterReload::Outcome::Loaded);
        QVERIFY(report.newWorker != oldWorker);
        QVERIFY2(flow->resultDialog()->outcomeText().contains(QString::number(report.newWorker)),
            qPrintable(flow->resultDialog()->outcomeText()));

        // Lost on the new worker, and not sent back on its own.
        QTRY_VERIFY_WITH_TIMEOUT(reapply.size() == 1, WaitMs);
        QCOMPARE(weightOf(haproxy, "s1"), QByteArray("1"));
        QVERIFY(
            !HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers state be").contains(" dyn "));
        ReloadResultDialog *result = flow->resultDialog();
        auto *review = result->findChild<QPushButton *>(u"reviewPlanButton"_s);
        QVERIFY2(review && review->isVisible(), qPrintable(result->reapplyText()));
        review->click();
        QVERIFY(confirmPreviewDialog([&] { return result->findChild<ActionPreviewDialog *>(); }, WaitMs));

        QCOMPARE(weightOf(haproxy, "s1"), QByteArray("7"));
        QVERIFY(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers state be").contains(" dyn "));
        result->close();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, WaitMs); // the flow ends with its last dialog
    }

    // A failed reload offers nothing to put back: no review button, the alerts marked.
    void failedReportOffersNoPlan()
    {
        ReloadResultDialog dialog(u"lb1"_s);
        dialog.show();
        MasterReload::Report report;
        report.outcome = MasterReload::Outcome::Failed;
        report.haproxySaid = false;
        report.message = u"HAProxy could not load the new configuration."_s;
        report.log = StartupLog::parseReloadAnswer("Success=0\n--\n[ALERT]    (1) : config : boom\n").log;
        dialog.setReport(report);
        QCOMPARE(dialog.logLineCount(), 1);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto review = dialog.findChild<QPushButton *>(u"reviewPlanButton"_s);
        QVERIFY(!review || !review->isVisible());
        dialog.setReapplyState(u"Nothing is put back."_s, false);
        QVERIFY(!dialog.findChild<QPushButton *>(u"reviewPlanButton"_s));
        dialog.setReapplyState(u"1 change can be put back."_s, true);
        QVERIFY(dialog.findChild<QPushButton *>(u"reviewPlanButton"_s)->isVisible());
    }

    void unavailableThroughAWorkerSocket()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        SessionManager sessions;
        InstanceSession *session = sessions.open({}, Endpoint::parse(haproxy.adminSocket()).value(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session->connection()->isReady(), WaitMs);
        QVERIFY2(ReloadFlow::unavailableReason(session).contains(u"master socket"),
            qPrintable(ReloadFlow::unavailableReason(session)));
    }
};

QTEST_MAIN(TestReloadFlow)
#include "tst_reloadflow.moc"
