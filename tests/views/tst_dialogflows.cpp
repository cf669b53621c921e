// Every dialog flow that starts from the servers table, driven from the real main window
// against a real haproxy: Set Weight (its dialog opens from a reply handler), Change
// Address, Add Server, Safe Remove and Schedule Drain. None may block the connection: HAProxy
// has each change at once, with no command timeout and no reconnect in between, and the
// table was refreshed while each dialog was open. Prints the time from confirming to HAProxy
// having the change (issue 13: it used to take the 7-20 s of a command timeout).

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/actionpreviewdialog.h"
#include "views/addserverdialog.h"
#include "views/mainwindow.h"
#include "views/saferemovedialog.h"
#include "views/scheduledraindialog.h"
#include "views/schedulesdock.h"
#include "views/serveractions.h"
#include "views/stattableview.h"
#include "views/weightdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be_app

backend be_app
    balance roundrobin
    server app1 ${BACKEND:a1}
    server app2 ${BACKEND:a2}
    server app3 ${BACKEND:a3}
    server app4 ${BACKEND:a4}
    server app5 ${BACKEND:a5}
    server app6 ${BACKEND:a6}
)");

constexpr int PollMs = 200;
// The bound of one step (a reply, a poll, a dialog opening, HAProxy applying a command):
// each takes milliseconds, or a poll interval; the bound only ends a failing test.
constexpr int StepMs = 2000;

// The row of be_app/server in HAProxy's own `show servers state`, read on a connection of
// the test's own; nothing when the server does not exist (or the answer is not parsed).
std::optional<ServerStateRow> serverState(const QString &socket, const QByteArray &server)
{
    const Result<ServersState> state =
        ServersStateParser::parse(HaproxyFixture::rawCommand(socket, "show servers state be_app"));
    if (!state)
        return std::nullopt;
    for (const ServerStateRow &row : state->rows) {
        if (row.name == server)
            return row;
    }
    return std::nullopt;
}

// The window's parts, found by objectName.
ServerActions *serverActionsOf(QObject *window)
{
    return window->findChild<ServerActions *>(QStringLiteral("serverActions"));
}

StatTableView *serversViewOf(QObject *window)
{
    return window->findChild<StatTableView *>(QStringLiteral("serversView"));
}

// The dialog of type T shown by the window (a dialog closed and waiting for its deferred
// delete is hidden, so it does not count).
template<typename T>
T *shownDialog(QWidget *window, const QString &name = {})
{
    const QList<T *> dialogs = window->findChildren<T *>(name);
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Turns a dialog run with exec() into a quick failure instead of a hang: the test drives
// dialogs from its own code, which a nested event loop would never return to. Each dialog
// shown is looked at from the event loop once shown; an event loop deeper than the test's
// own means exec() (or a QEventLoop) runs it, and the dialog is rejected so that it returns.
class NestedLoopDetector : public QObject
{
public:
    NestedLoopDetector()
        : m_baseLevel(QThread::currentThread()->loopLevel())
    {
        qApp->installEventFilter(this);
    }
    ~NestedLoopDetector() override { qApp->removeEventFilter(this); }

    QStringList found() const { return m_found; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<QDialog *>(watched)) {
                QTimer::singleShot(0, dialog, [this, dialog] {
                    if (QThread::currentThread()->loopLevel() > m_baseLevel) {
                        m_found << QString::fromLatin1(dialog->metaObject()->className());
                        dialog->reject();
                    }
                });
            }
        }
        return false;
    }

private:
    int m_baseLevel;
    QStringList m_found;
};

} // namespace

class TestDialogFlows : public QObject
{
    Q_OBJECT
public:
    // Before QApplication exists: a fixed DPI so sizes do not depend on the machine.
    static void initMain() { qputenv("QT_FONT_DPI", "96"); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void setWeight();
    void changeAddress();
    void addServer();
    void safeRemove();
    void scheduleDrain();
    void escapeWhileTheCommandIsInFlight();
    void dialogsOutliveTheirConnection();

private:
    void selectServer(const QString &server);
    bool tableHas(const QString &server) const;
    QAction *action(const char *name) const;
    // At least two polls complete while dialog stays open: the second was both asked and
    // answered while it was open, so the connection was not blocked under it.
    void verifyPollsWhileOpen(QWidget *dialog, const char *what);
    // Confirms the preview the server actions opened, measures the time until haproxyHasIt(),
    // waits for the run's end and closes it.
    void confirmPreview(const char *what, const std::function<bool()> &haproxyHasIt);
    void reportTiming(const char *what, const QElapsedTimer &sinceConfirming);
    // No timeout, no reconnect, no reload, no error on the connection since init().
    void verifyLinkUntouched();

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<NestedLoopDetector> m_nestedLoops;
    std::unique_ptr<QObject> m_watch; // context of the connections counting events per test
    QStringList m_linkEvents;
    int m_snapshots = 0;
};

void TestDialogFlows::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    HaproxyFixture::Options options;
    options.body = Body;
    m_haproxy = std::make_unique<HaproxyFixture>(options);
    QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    qInfo("%s", qPrintable(m_haproxy->version()));
    for (const QString &name : { QStringLiteral("moved"), QStringLiteral("new1") })
        QVERIFY(m_haproxy->addBackend(name));
}

void TestDialogFlows::init()
{
    m_nestedLoops = std::make_unique<NestedLoopDetector>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("hadesk.ini")));
    m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
    m_services = std::make_unique<TestServices>(m_settings.get(), m_profiles.get());
    m_window = std::make_unique<MainWindow>(m_services->forWindow());
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ConnectionProfile profile;
    profile.endpoint = m_haproxy->adminSocket();
    profile.pollIntervalMs = PollMs;
    QVERIFY(m_window->connectTo(profile));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->currentSession() && m_window->currentSession()->connection()->isReady(), StepMs);
    QTRY_VERIFY_WITH_TIMEOUT(serversViewOf(m_window.get())->model()->rowCount() > 0, StepMs);

    // Watched from here on: the link must stay as it is through every flow.
    m_linkEvents.clear();
    m_snapshots = 0;
    m_watch = std::make_unique<QObject>();
    RuntimeConnection *connection = m_window->currentSession()->connection();
    connect(
        connection, &RuntimeConnection::stateChanged, m_watch.get(), [this](RuntimeConnection::State state) {
            m_linkEvents << QStringLiteral("state %1").arg(int(state));
        });
    connect(connection, &RuntimeConnection::reloadDetected, m_watch.get(),
        [this] { m_linkEvents << QStringLiteral("reload detected"); });
    connect(connection, &RuntimeConnection::workerChanged, m_watch.get(),
        [this] { m_linkEvents << QStringLiteral("worker changed"); });
    connect(connection, &RuntimeConnection::errorOccurred, m_watch.get(),
        [this](const QString &message) { m_linkEvents << QStringLiteral("error: ") + message; });
    connect(connection, &RuntimeConnection::commandFinished, m_watch.get(),
        [this](const RuntimeCommand &command, const RuntimeReply &reply) {
            // HAProxy refusing a command is an answer; these are the link failing.
            switch (reply.error) {
            case RuntimeError::NotConnected:
            case RuntimeError::Cancelled:
            case RuntimeError::Timeout:
            case RuntimeError::Disconnected:
            case RuntimeError::OutcomeUnknown:
                m_linkEvents << command.text() + QStringLiteral(": ") + reply.errorMessage;
                break;
            default:
                break;
            }
        });
    connect(m_window->currentSession()->poller(), &Poller::snapshotReady, m_watch.get(),
        [this] { ++m_snapshots; });
}

void TestDialogFlows::cleanup()
{
    QVERIFY2(m_nestedLoops->found().isEmpty(),
        qPrintable(QStringLiteral("run in a nested event loop: ") + m_nestedLoops->found().join(u' ')));
    m_nestedLoops.reset();
    m_watch.reset();
    m_window.reset();
    m_services.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDialogFlows::cleanupTestCase()
{
    if (m_haproxy)
        m_haproxy->stop();
}

void TestDialogFlows::selectServer(const QString &server)
{
    StatTableView *view = serversViewOf(m_window.get());
    QAbstractItemModel *model = view->model();
    QModelIndex found;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(StatTableModel::ProxyNameRole).toString() == QStringLiteral("be_app")
                    && index.data(StatTableModel::ServerNameRole).toString() == server) {
                    found = index;
                    return true;
                }
            }
            return false;
        }(),
        StepMs);
    view->selectionModel()->select(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(serverActionsOf(m_window.get())->selection().size(), 1);
    QCOMPARE(serverActionsOf(m_window.get())->selection().constFirst().server, server);
}

bool TestDialogFlows::tableHas(const QString &server) const
{
    const QAbstractItemModel *model = serversViewOf(m_window.get())->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StatTableModel::ServerNameRole).toString() == server)
            return true;
    }
    return false;
}

QAction *TestDialogFlows::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

void TestDialogFlows::verifyPollsWhileOpen(QWidget *dialog, const char *what)
{
    QPointer<QWidget> guard(dialog);
    const int before = m_snapshots;
    QVERIFY2(QTest::qWaitFor([&] { return m_snapshots >= before + 2; }, StepMs),
        qPrintable(QStringLiteral("%1: %2 polls while it was open")
                       .arg(QLatin1String(what))
                       .arg(m_snapshots - before)));
    QVERIFY2(guard && guard->isVisible(), what);
}

void TestDialogFlows::reportTiming(const char *what, const QElapsedTimer &sinceConfirming)
{
    qInfo("%s: HAProxy had the change %.1f ms after confirming", what,
        double(sinceConfirming.nsecsElapsed()) / 1e6);
}

void TestDialogFlows::confirmPreview(const char *what, const std::function<bool()> &haproxyHasIt)
{
    QPointer<ActionPreviewDialog> preview;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = serverActionsOf(m_window.get())->previewDialog()) && preview->isVisible(), StepMs);
    QVERIFY(preview->isModal() || preview->windowModality() != Qt::NonModal);
    verifyPollsWhileOpen(preview, "preview before confirming");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!haproxyHasIt());
    QPushButton *ok =
        preview->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());

    QElapsedTimer clock;
    clock.start();
    double answeredMs = -1;
    connect(preview->runner(), &ActionRunner::finished, preview,
        [&] { answeredMs = double(clock.nsecsElapsed()) / 1e6; });
    ok->click();
    // Bounded by a poll step, not by a command timeout: this is what issue 13 was about.
    QVERIFY2(QTest::qWaitFor(haproxyHasIt, StepMs), what);
    reportTiming(what, clock);

    QPushButton *close = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (close = preview->findChild<QPushButton *>(QStringLiteral("closeButton"))) && close->isVisible(),
        StepMs);
    qInfo("%s: the preview had every answer %.1f ms after confirming", what, answeredMs);
    QVERIFY2(preview->runner()->summary().allOk(), qPrintable(preview->runner()->summary().text()));
    verifyPollsWhileOpen(preview, "preview showing the results");
    if (QTest::currentTestFailed())
        return;
    close->click();
    QTRY_VERIFY(!preview); // deleted on close
}

void TestDialogFlows::verifyLinkUntouched()
{
    QVERIFY2(m_linkEvents.isEmpty(), qPrintable(m_linkEvents.join(u'\n')));
    QVERIFY(m_window->currentSession()->connection()->isReady());
}

void TestDialogFlows::setWeight()
{
    selectServer(QStringLiteral("app3"));
    QAction *setWeight = action("actionSetWeight");
    QTRY_VERIFY(setWeight->isEnabled());
    setWeight->trigger();
    // Opened from the reply to `show servers state`: that reply handler must return at once.
    QPointer<WeightDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = shownDialog<WeightDialog>(m_window.get())), StepMs);
    QCOMPARE(dialog.data(), serverActionsOf(m_window.get())->weightDialog());
    verifyPollsWhileOpen(dialog, "weight dialog");
    if (QTest::currentTestFailed())
        return;
    dialog->setValue(42);
    QVERIFY(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Ok)
                ->isEnabled());
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog);
    confirmPreview("Set Weight", [this] {
        return HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be_app/app3")
            .startsWith("42 ");
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serverState(m_haproxy->adminSocket(), "app3")->uweight, 42);
    verifyLinkUntouched();
}

void TestDialogFlows::changeAddress()
{
    selectServer(QStringLiteral("app4"));
    QAction *setAddress = action("actionSetAddress");
    QTRY_VERIFY(setAddress->isEnabled());
    setAddress->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = shownDialog<QDialog>(m_window.get(), QStringLiteral("addressDialog"))), StepMs);
    verifyPollsWhileOpen(dialog, "address dialog");
    if (QTest::currentTestFailed())
        return;
    const quint16 port = m_haproxy->backendPort(QStringLiteral("moved"));
    dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(port);
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!dialog);
    confirmPreview("Change Address", [this, port] {
        const auto row = serverState(m_haproxy->adminSocket(), "app4");
        return row && row->addr == "127.0.0.1" && row->port == port;
    });
    if (QTest::currentTestFailed())
        return;
    verifyLinkUntouched();
}

void TestDialogFlows::addServer()
{
    selectServer(QStringLiteral("app1")); // proposes its backend
    QAction *addServer = action("actionAddServer");
    QTRY_VERIFY(addServer->isEnabled());
    addServer->trigger();
    QPointer<AddServerDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = shownDialog<AddServerDialog>(m_window.get())), StepMs);
    verifyPollsWhileOpen(dialog, "add server dialog");
    if (QTest::currentTestFailed())
        return;
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("app9"));
    dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))
        ->setValue(m_haproxy->backendPort(QStringLiteral("new1")));
    QVERIFY(dialog->isValid());
    QCOMPARE(dialog->newServer().backend, QStringLiteral("be_app"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog);
    // Done when the last command (out of maintenance) is applied.
    confirmPreview("Add Server", [this] {
        const auto row = serverState(m_haproxy->adminSocket(), "app9");
        return row && !row->isMaint();
    });
    if (QTest::currentTestFailed())
        return;
    // The table has it too.
    QTRY_VERIFY(tableHas(QStringLiteral("app9")));
    verifyLinkUntouched();
}

void TestDialogFlows::safeRemove()
{
    selectServer(QStringLiteral("app5"));
    QAction *remove = action("actionSafeRemove");
    QTRY_VERIFY(remove->isEnabled());
    remove->trigger();
    QPointer<SafeRemoveDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = shownDialog<SafeRemoveDialog>(m_window.get())), StepMs);
    verifyPollsWhileOpen(dialog, "safe remove dialog");
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer clock;
    clock.start();
    dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QVERIFY(dialog->operation());
    // Drain, one look at the sessions (none: no traffic), maintenance, delete: the
    // operation's own session poll is part of this time.
    QVERIFY(QTest::qWaitFor([this] { return !serverState(m_haproxy->adminSocket(), "app5"); }, StepMs));
    reportTiming("Safe Remove", clock);
    QTRY_COMPARE(dialog->operation()->state(), SafeRemove::State::Done);
    QPushButton *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QTRY_VERIFY(close->isVisible());
    verifyPollsWhileOpen(dialog, "safe remove dialog, done");
    if (QTest::currentTestFailed())
        return;
    close->click();
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(!tableHas(QStringLiteral("app5")));
    verifyLinkUntouched();
}

void TestDialogFlows::scheduleDrain()
{
    selectServer(QStringLiteral("app2"));
    QAction *schedule = action("actionScheduleDrain");
    QTRY_VERIFY(schedule->isEnabled());
    schedule->trigger();
    QPointer<ScheduleDrainDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = shownDialog<ScheduleDrainDialog>(m_window.get())), StepMs);
    verifyPollsWhileOpen(dialog, "schedule drain dialog");
    if (QTest::currentTestFailed())
        return;
    dialog->setStartDelay(0, 0); // now
    dialog->setEndAction(DrainJob::EndAction::Maint);
    QVERIFY2(dialog->validationMessage().isEmpty(), qPrintable(dialog->validationMessage()));
    QElapsedTimer clock;
    clock.start();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(QTest::qWaitFor(
        [this] {
            const auto row = serverState(m_haproxy->adminSocket(), "app2");
            return row && (row->isDrain() || row->isMaint());
        },
        StepMs));
    reportTiming("Schedule Drain (start now)", clock);
    // Then maintenance once idle (no traffic here). Over 2 s: the scheduler asks HAProxy for
    // the server's sessions once a second (its default), and only a reading of zero after the
    // drain lets it put the server in maintenance.
    QTRY_VERIFY_WITH_TIMEOUT(serverState(m_haproxy->adminSocket(), "app2")->isMaint(), 3000);
    QVERIFY(m_window->findChild<SchedulesDock *>(QStringLiteral("schedulesDock"))->isVisible());
    verifyLinkUntouched();
    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_app/app2 state ready");
}

void TestDialogFlows::escapeWhileTheCommandIsInFlight()
{
    selectServer(QStringLiteral("app6"));
    ServerActions *actions = serverActionsOf(m_window.get());
    QPointer<ActionPreviewDialog> preview =
        actions->run(ServerAction(ServerAction::Kind::StateDrain, actions->selection()));
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    preview->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(preview->runner()->isRunning());
    // Escape at once, while the command is in flight: the sent command completes and is
    // shown; the dialog stays open until the run ends, and nothing crashes.
    QTest::keyClick(preview, Qt::Key_Escape);
    QVERIFY(preview);
    QTRY_VERIFY(!preview->runner()->isRunning());
    QVERIFY(preview->isVisible());
    // Whether the command had left yet decides its fate; either way the dialog says which.
    const ActionOutcome outcome = preview->runner()->outcomes().constFirst();
    qInfo("Escape in flight: %s", qPrintable(outcome.text));
    if (outcome.status == ActionOutcome::Status::Ok)
        QVERIFY(serverState(m_haproxy->adminSocket(), "app6")->isDrain());
    else
        QCOMPARE(outcome.status, ActionOutcome::Status::NotSent);
    QTest::keyClick(preview, Qt::Key_Escape); // closes now that it ran
    QTRY_VERIFY(!preview);
    verifyLinkUntouched();
    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_app/app6 state ready");
}

void TestDialogFlows::dialogsOutliveTheirConnection()
{
    selectServer(QStringLiteral("app1"));
    action("actionSetWeight")->trigger();
    QPointer<WeightDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = shownDialog<WeightDialog>(m_window.get())), StepMs);
    QPointer<RuntimeConnection> connection = m_window->currentSession()->connection();
    m_watch.reset(); // closing is expected here
    m_window->disconnectFromInstance();
    QTRY_VERIFY(!connection); // the instance's connection is gone
    // OK on the orphaned dialog sends nothing and says so; nothing crashes.
    dialog->setValue(3);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QVERIFY(!serverActionsOf(m_window.get())->previewDialog());
    QVERIFY2(
        m_window->statusText().contains(QStringLiteral("nothing sent")), qPrintable(m_window->statusText()));
    QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be_app/app1").startsWith("1 "));
}

QTEST_MAIN(TestDialogFlows)
#include "tst_dialogflows.moc"
