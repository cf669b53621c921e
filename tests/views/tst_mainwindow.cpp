// The main window driven against a real haproxy on the offscreen platform: connecting, rows
// appearing, filtering, backend selection, sorting, a server going DOWN changing its row's
// colour, selection surviving refreshes, the process info bar, pause/refresh, copy actions,
// and the window layout saved and restored.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/clusterstore.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/chartpanel.h"
#include "views/connectdialog.h"
#include "views/consoledock.h"
#include "views/instanceview.h"
#include "views/mainwindow.h"
#include "views/mapreplacedialog.h"
#include "views/mapsdock.h"
#include "views/processinfobar.h"
#include "views/scheduledraindialog.h"
#include "views/schedulesdock.h"
#include "views/stattableview.h"
#include "views/statusdelegate.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace {

// Two backends of three servers with fast health checks, so a stopped test server turns
// DOWN within a fraction of a second.
const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be_one

backend be_one
    server s1 ${BACKEND:a1} check inter 200ms fall 1 rise 1
    server s2 ${BACKEND:a2} check inter 200ms fall 1 rise 1
    server s3 ${BACKEND:a3} check inter 200ms fall 1 rise 1 backup

backend be_two
    server t1 ${BACKEND:b1} check inter 200ms fall 1 rise 1
    server t2 ${BACKEND:b2} check inter 200ms fall 1 rise 1
    server t3 ${BACKEND:b3} check inter 200ms fall 1 rise 1
)");

using Col = StatTableModel::Column;

// The view row showing key, -1 if none.
int viewRowOf(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StatTableModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

// A child the window must have, found by its object name.
template<typename T>
T *child(const QObject *window, const char *name)
{
    T *found = window->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("the window has no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// The current instance's tables.
InstanceView *tablesOf(const QObject *window)
{
    return child<InstanceView>(window, "instanceView");
}

QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestMainWindow : public QObject
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

    void delegateColours();
    void startsDisconnected();
    void badEndpointIsRefused();
    void connectsAndShowsEveryRow();
    void filterNarrowsRows();
    void ctrlFFocusesFilter();
    void hideToggles();
    void selectingBackendsRestrictsServers();
    void sortsByColumn();
    void serverGoingDownChangesColour();
    void selectionSurvivesRefreshes();
    void processInfoShowsVersionAndLevel();
    void operatorLevelIsShown();
    void pauseAndRefreshNow();
    void copyActions();
    void headerMenuHidesColumns();
    void layoutRoundTrip();
    void zeroWidthColumnIsResized();
    void statusBarReportsUnreachable();
    void reloadIsReported();
    void connectDialogConnects();
    void rowContextMenu();
    void headerContextMenu();
    void severalInstances();
    void docksAndWorkflowsAreReachable();
    void unreadableFilesAreReportedInDialogs();

private:
    // resize: a fixed size for the test; false keeps what the window restored.
    std::unique_ptr<MainWindow> makeWindow(bool resize = true);
    bool connectAndWait(MainWindow *window, const QString &endpoint, int rows = 9);
    QString key(const QString &proxy, const QString &server) const
    {
        // As StatTableModel::keyOf builds it; read back from the model rather than assumed.
        return m_keys.value(proxy + u'/' + server);
    }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::vector<std::unique_ptr<TestServices>> m_services; // one set per window, until cleanup()
    QHash<QString, QString> m_keys; // "be_one/s1" -> the model's key
};

void TestMainWindow::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    HaproxyFixture::Options options;
    options.body = Body;
    m_haproxy = std::make_unique<HaproxyFixture>(options);
    QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    // Every server up before the first test looks at colours.
    QVERIFY(m_haproxy->waitForAdminReply("show stat", [](const QByteArray &reply) {
        return reply.count(",UP,") == 8; // 6 servers + 2 backends
    }));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("hadesk.ini")));
    m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
}

void TestMainWindow::cleanup()
{
    m_services.clear();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
    // A test that failed half-way must not leave a server down for the next one.
    for (const QString &name : { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1") })
        m_haproxy->startBackend(name);
    for (const char *server : { "be_one/s1", "be_one/s2", "be_two/t1" })
        HaproxyFixture::rawCommand(
            m_haproxy->adminSocket(), QByteArray("set server ") + server + " state ready");
}

void TestMainWindow::cleanupTestCase()
{
    if (m_haproxy)
        m_haproxy->stop();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(bool resize)
{
    m_services.push_back(std::make_unique<TestServices>(m_settings.get(), m_profiles.get()));
    auto window = std::make_unique<MainWindow>(m_services.back()->forWindow());
    if (resize)
        window->resize(1200, 700);
    window->show();
    return window;
}

bool TestMainWindow::connectAndWait(MainWindow *window, const QString &endpoint, int rows)
{
    ConnectionProfile profile;
    profile.endpoint = endpoint;
    profile.pollIntervalMs = 200; // quick refreshes keep the test short
    if (!window->connectTo(profile))
        return false;
    // 1 frontend + 2 backends + 6 servers, from the first poll, right after the handshake
    if (!QTest::qWaitFor([&] { return tablesOf(&*window)->model()->rowCount() == rows; }, 2000))
        return false;
    m_keys.clear();
    for (int row = 0; row < tablesOf(&*window)->model()->rowCount(); ++row) {
        const QModelIndex index = tablesOf(&*window)->model()->index(row, 0);
        const QString server = index.data(StatTableModel::ServerNameRole).toString();
        const QString proxy = index.data(StatTableModel::ProxyNameRole).toString();
        const int type = index.data(StatTableModel::TypeRole).toInt();
        QString name = proxy + u'/';
        if (!server.isEmpty())
            name += server;
        else
            name +=
                type == int(StatRow::Type::Frontend) ? QStringLiteral("FRONTEND") : QStringLiteral("BACKEND");
        m_keys.insert(name, index.data(StatTableModel::KeyRole).toString());
    }
    return true;
}

void TestMainWindow::delegateColours()
{
    using State = StatStatus::State;
    using Type = StatRow::Type;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);

    const auto bg = [&](State state, bool transition = false, bool backup = false,
                        const QPalette &p = QPalette()) {
        return StatusDelegate::colors(Type::Server, state, transition, backup, p).background;
    };
    // Every server state a table shows has a colour of its own, close to HAProxy's page.
    const QList<QColor> distinct { bg(State::Up, false, false, light), bg(State::Down, false, false, light),
        bg(State::Drain, false, false, light), bg(State::Maint, false, false, light),
        bg(State::Nolb, false, false, light), bg(State::NoCheck, false, false, light),
        bg(State::Up, true, false, light), bg(State::Down, true, false, light),
        bg(State::Up, false, true, light) };
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        QVERIFY2(distinct.at(i).isValid(), qPrintable(QString::number(i)));
        for (qsizetype j = i + 1; j < distinct.size(); ++j)
            QVERIFY2(distinct.at(i) != distinct.at(j), qPrintable(QStringLiteral("%1 == %2").arg(i).arg(j)));
    }
    QCOMPARE(bg(State::Up, false, false, light), QColor(0xc0, 0xff, 0xc0));
    QCOMPARE(bg(State::Down, false, false, light), QColor(0xff, 0x90, 0x90));
    // Green is green, red is red.
    QVERIFY(bg(State::Up, false, false, light).green() > bg(State::Up, false, false, light).red());
    QVERIFY(bg(State::Down, false, false, light).red() > bg(State::Down, false, false, light).green());
    // Maintenance inherited from a tracked server is lighter than the server's own.
    const QColor ownMaint =
        StatusDelegate::colors(Type::Server, State::Maint, false, false, light).background;
    const QColor viaMaint =
        StatusDelegate::colors(Type::Server, State::Maint, false, false, light, true).background;
    QVERIFY(viaMaint.lightness() > ownMaint.lightness());
    // An open frontend keeps the view's own background.
    QVERIFY(!StatusDelegate::colors(Type::Frontend, State::Open, false, false, light).background.isValid());

    // Dark palette: darker backgrounds, and text that contrasts with them.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    for (State state : { State::Up, State::Down, State::Drain, State::Maint, State::Nolb, State::NoCheck }) {
        const StatusDelegate::Colors c = StatusDelegate::colors(Type::Server, state, false, false, dark);
        QVERIFY(c.background.lightness() < bg(state, false, false, light).lightness());
        QCOMPARE(c.text, StatusDelegate::contrastingText(c.background));
        const StatusDelegate::Colors l = StatusDelegate::colors(Type::Server, state, false, false, light);
        QCOMPARE(l.text, QColor(Qt::black)); // pastels take black text
    }
    QCOMPARE(StatusDelegate::contrastingText(Qt::black), QColor(Qt::white));
    QCOMPARE(StatusDelegate::contrastingText(Qt::white), QColor(Qt::black));
}

void TestMainWindow::startsDisconnected()
{
    auto window = makeWindow();
    QVERIFY(!window->isConnected());
    QVERIFY(!window->statusText().isEmpty());
    QCOMPARE(tablesOf(&*window)->model()->rowCount(), 0);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    QCOMPARE(tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Version), QStringLiteral("–"));
}

void TestMainWindow::badEndpointIsRefused()
{
    auto window = makeWindow();
    ConnectionProfile profile;
    profile.endpoint = QStringLiteral("tcp:127.0.0.1:99999");
    QString error;
    QVERIFY(!window->connectTo(profile, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(window->statusText().contains(error));
    QVERIFY(!window->isConnected());
}

void TestMainWindow::connectsAndShowsEveryRow()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    QSignalSpy resets(tablesOf(&*window)->model(), &QAbstractItemModel::modelReset);
    QTRY_COMPARE(tablesOf(&*window)->serversView()->model()->rowCount(), 6);
    QCOMPARE(tablesOf(&*window)->backendsView()->model()->rowCount(), 2);
    QCOMPARE(tablesOf(&*window)->frontendsView()->model()->rowCount(), 1);
    QCOMPARE(column(tablesOf(&*window)->backendsProxy(), Col::Name),
        QStringList({ QStringLiteral("be_one"), QStringLiteral("be_two") }));
    QTRY_VERIFY(window->statusText().contains(QStringLiteral("Connected")));
    QTRY_VERIFY(!child<QLabel>(&*window, "refreshLabel")->text().isEmpty());
    QVERIFY(window->windowTitle().contains(m_haproxy->adminSocket()));
    // The tab titles count what they show.
    QTRY_COMPARE(tablesOf(&*window)->tabs()->tabText(0), QStringLiteral("Servers (6)"));
    QCOMPARE(tablesOf(&*window)->tabs()->tabText(1), QStringLiteral("Frontends (1)"));

    // Refreshes merge, they never reset the model.
    const int resetsAfterConnect = int(resets.count());
    QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
    QTRY_VERIFY(snapshots.count() >= 3);
    QCOMPARE(int(resets.count()), resetsAfterConnect);
}

void TestMainWindow::filterNarrowsRows()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);

    QTest::keyClicks(child<QLineEdit>(&*window, "filterEdit"), QStringLiteral("t2"));
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 1);
    QCOMPARE(tablesOf(&*window)->serversProxy()->index(0, Col::Name).data().toString(), QStringLiteral("t2"));
    // The side list keeps every backend: a filter never hides the way back.
    QCOMPARE(tablesOf(&*window)->backendsProxy()->rowCount(), 2);

    child<QLineEdit>(&*window, "filterEdit")->clear();
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    QTest::keyClicks(child<QLineEdit>(&*window, "filterEdit"), QStringLiteral("nothing-matches-this"));
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 0);
    // Escape clears the filter.
    child<QLineEdit>(&*window, "filterEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>(&*window, "filterEdit"), Qt::Key_Escape);
    QCOMPARE(child<QLineEdit>(&*window, "filterEdit")->text(), QString());
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
}

void TestMainWindow::ctrlFFocusesFilter()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    tablesOf(&*window)->serversView()->setFocus();
    QTRY_VERIFY(tablesOf(&*window)->serversView()->hasFocus());
    QTest::keySequence(window.get(), QKeySequence::Find);
    QTRY_VERIFY(child<QLineEdit>(&*window, "filterEdit")->hasFocus());
}

void TestMainWindow::hideToggles()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);

    auto *hideBackup = window->findChild<QAction *>(QStringLiteral("actionHideBackup"));
    auto *hideMaint = window->findChild<QAction *>(QStringLiteral("actionHideMaint"));
    QVERIFY(hideBackup && hideMaint);
    hideBackup->setChecked(true);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 5); // s3 is a backup
    hideBackup->setChecked(false);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);

    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_two/t1 state maint");
    hideMaint->setChecked(true);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 5);
    QCOMPARE(
        viewRowOf(tablesOf(&*window)->serversProxy(), key(QStringLiteral("be_two"), QStringLiteral("t1"))),
        -1);
    hideMaint->setChecked(false);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    // The toggles are remembered.
    QCOMPARE(m_settings->store().value(QStringLiteral("view/hideMaint")).toBool(), false);
}

void TestMainWindow::selectingBackendsRestrictsServers()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *backends = tablesOf(&*window)->backendsView();
    const int two = viewRowOf(backends->model(), key(QStringLiteral("be_two"), QStringLiteral("BACKEND")));
    QVERIFY(two >= 0);
    backends->selectionModel()->select(
        backends->model()->index(two, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 3);
    QCOMPARE(
        column(tablesOf(&*window)->serversProxy(), Col::Proxy), QStringList(3, QStringLiteral("be_two")));

    // Both backends selected: all six servers again.
    backends->selectAll();
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    backends->selectionModel()->select(
        backends->model()->index(two, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 3);
    // "Show All" clears the selection.
    window->findChild<QAbstractButton *>(QStringLiteral("allBackendsButton"))->click();
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
}

void TestMainWindow::sortsByColumn()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *view = tablesOf(&*window)->serversView();
    QTRY_COMPARE(view->model()->rowCount(), 6);
    QVERIFY(view->isSortingEnabled());

    view->sortByColumn(Col::Name, Qt::DescendingOrder);
    QTRY_COMPARE(column(view->model(), Col::Name),
        QStringList({ QStringLiteral("t3"), QStringLiteral("t2"), QStringLiteral("t1"), QStringLiteral("s3"),
            QStringLiteral("s2"), QStringLiteral("s1") }));
    // Clicking the header sorts too (ascending first for a new column).
    view->sortByColumn(Col::Weight, Qt::AscendingOrder);
    const int nameX = view->horizontalHeader()->sectionViewportPosition(Col::Name) + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(nameX, 5));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(Col::Name));
    QTRY_COMPARE(column(view->model(), Col::Name).first(),
        view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("s1")
                                                                             : QStringLiteral("t3"));
    // The order holds across refreshes.
    const QStringList before = column(view->model(), Col::Name);
    QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
    QTRY_VERIFY(snapshots.count() >= 2);
    QCOMPARE(column(view->model(), Col::Name), before);
}

void TestMainWindow::serverGoingDownChangesColour()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *view = tablesOf(&*window)->serversView();
    const QString s2 = key(QStringLiteral("be_one"), QStringLiteral("s2"));
    const QPalette palette = view->palette();
    const auto colourOfS2 = [&] {
        const int row = viewRowOf(view->model(), s2);
        return row < 0
            ? QColor()
            : StatusDelegate::colorsFor(view->model()->index(row, Col::Status), palette).background;
    };
    const auto stateOfS2 = [&] {
        const int row = viewRowOf(view->model(), s2);
        return row < 0 ? -1 : view->model()->index(row, 0).data(StatTableModel::StateRole).toInt();
    };
    using State = StatStatus::State;
    const QColor up =
        StatusDelegate::colors(StatRow::Type::Server, State::Up, false, false, palette).background;
    const QColor down =
        StatusDelegate::colors(StatRow::Type::Server, State::Down, false, false, palette).background;
    const QColor maint =
        StatusDelegate::colors(StatRow::Type::Server, State::Maint, false, false, palette).background;
    QTRY_COMPARE(stateOfS2(), int(State::Up));
    QCOMPARE(colourOfS2(), up);

    QVERIFY(m_haproxy->stopBackend(QStringLiteral("a2")));
    // A check every 200 ms, fall 1 and rise 1 (Body), then a 200 ms poll: well within 2 s.
    QTRY_COMPARE_WITH_TIMEOUT(stateOfS2(), int(State::Down), 2000);
    QCOMPARE(colourOfS2(), down);
    // Every cell of the row, not only the status cell.
    const int row = viewRowOf(view->model(), s2);
    QCOMPARE(StatusDelegate::colorsFor(view->model()->index(row, Col::Name), palette).background, down);
    // The side list's backend still has s1: it stays UP.
    const int one = viewRowOf(
        tablesOf(&*window)->backendsProxy(), key(QStringLiteral("be_one"), QStringLiteral("BACKEND")));
    QCOMPARE(tablesOf(&*window)->backendsProxy()->index(one, 0).data(StatTableModel::StateRole).toInt(),
        int(State::Up));

    QVERIFY(m_haproxy->startBackend(QStringLiteral("a2")));
    QTRY_COMPARE_WITH_TIMEOUT(stateOfS2(), int(State::Up), 2000);
    QCOMPARE(colourOfS2(), up);

    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_one/s2 state maint");
    QTRY_COMPARE(stateOfS2(), int(State::Maint));
    QCOMPARE(colourOfS2(), maint);
    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_one/s2 state ready");
    QTRY_COMPARE_WITH_TIMEOUT(stateOfS2(), int(State::Up), 2000);

    // The painted pixels follow: grab the row's status cell and look at its middle.
    view->scrollTo(view->model()->index(viewRowOf(view->model(), s2), Col::Status));
    const QRect cell = view->visualRect(view->model()->index(viewRowOf(view->model(), s2), Col::Status));
    const QImage image = view->viewport()->grab(cell).toImage();
    const QColor painted = image.pixelColor(image.width() - 3, image.height() / 2);
    // Alternating rows are a shade darker; the hue stays green.
    QVERIFY2(painted.green() > painted.red() && painted.green() > 200, qPrintable(painted.name()));
}

void TestMainWindow::selectionSurvivesRefreshes()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *view = tablesOf(&*window)->serversView();
    view->sortByColumn(Col::Status, Qt::AscendingOrder);
    const QString t1 = key(QStringLiteral("be_two"), QStringLiteral("t1"));
    const int row = viewRowOf(view->model(), t1);
    QVERIFY(row >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(row, Col::Name),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedKeys(), QStringList { t1 });

    QSignalSpy resets(tablesOf(&*window)->model(), &QAbstractItemModel::modelReset);
    QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
    QTRY_VERIFY(snapshots.count() >= 3);
    QCOMPARE(view->selectedKeys(), QStringList { t1 });
    QCOMPARE(view->currentKey(), t1);

    // Still selected when its row changes state and moves in a table sorted by status.
    HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be_two/t1 state maint");
    QTRY_COMPARE(
        view->model()->index(viewRowOf(view->model(), t1), 0).data(StatTableModel::StateRole).toInt(),
        int(StatStatus::State::Maint));
    snapshots.clear();
    QTRY_VERIFY(snapshots.count() >= 3);
    QCOMPARE(view->selectedKeys(), QStringList { t1 });
    QCOMPARE(view->currentKey(), t1);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(resets.count(), 0);

    // The scroll position holds too: a window short enough to scroll six rows.
    window->resize(1200, 230);
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    snapshots.clear();
    QTRY_VERIFY(snapshots.count() >= 3);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
}

void TestMainWindow::processInfoShowsVersionAndLevel()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    ProcessInfoBar *bar = tablesOf(&*window)->infoBar();
    // "HAProxy version 2.6.12-1+deb12u4 2026/10/17 - https://haproxy.org/" -> "2.6.12-1+deb12u4"
    const QString version = m_haproxy->version().section(u' ', 2, 2);
    QVERIFY(!version.isEmpty());
    QTRY_COMPARE(bar->text(ProcessInfoBar::Field::Version), version);
    QTRY_COMPARE(bar->text(ProcessInfoBar::Field::Level), QStringLiteral("admin"));
    QCOMPARE(bar->text(ProcessInfoBar::Field::Transport), QStringLiteral("plain"));
    QCOMPARE(bar->text(ProcessInfoBar::Field::Pid), QLocale().toString(qint64(m_haproxy->workerPid())));
    QVERIFY(bar->text(ProcessInfoBar::Field::Connections).contains(u'/'));
    // The request rate comes from two snapshots' CumReq.
    QTRY_VERIFY(bar->text(ProcessInfoBar::Field::RequestRate) != QStringLiteral("–"));
    QVERIFY(bar->text(ProcessInfoBar::Field::Uptime) != QStringLiteral("–"));
    QVERIFY(window->windowTitle().contains(version));

    QCOMPARE(ProcessInfoBar::formatUptime(218), QStringLiteral("3m 38s"));
    QCOMPARE(ProcessInfoBar::formatUptime(3 * 86400 + 4 * 3600 + 5), QStringLiteral("3d 04h"));
    QCOMPARE(ProcessInfoBar::formatUptime(7), QStringLiteral("7s"));
}

void TestMainWindow::operatorLevelIsShown()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->operatorSocket()));
    QTRY_COMPARE(
        tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Level), QStringLiteral("operator"));
    // Another endpoint opens beside it, with its own level.
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    QTRY_COMPARE(tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Level), QStringLiteral("admin"));
    QCOMPARE(window->sessions().size(), 2);
    window->disconnectFromInstance();
    QTRY_COMPARE(
        tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Level), QStringLiteral("operator"));
    window->disconnectFromInstance();
    QVERIFY(!window->isConnected());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    QCOMPARE(tablesOf(&*window)->model()->rowCount(), 0);
    QCOMPARE(tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Level), QStringLiteral("–"));
}

void TestMainWindow::pauseAndRefreshNow()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    auto *pause = window->findChild<QAction *>(QStringLiteral("actionPause"));
    auto *refresh = window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(pause && refresh && pause->isEnabled() && refresh->isEnabled());
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

    QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
    pause->trigger();
    QVERIFY(window->currentSession()->poller()->isPaused());
    // That nothing comes needs a yardstick rather than a sleep: a poller of the test's own, on
    // its own connection at the same interval. Once it delivered, anything queued before the
    // pause has landed; three more of its snapshots are three ticks the paused window skipped.
    RuntimeConnection control(Endpoint::parse(m_haproxy->adminSocket()).value());
    Poller controlPoller(&control);
    controlPoller.setInterval(window->currentSession()->poller()->interval());
    QSignalSpy ticks(&controlPoller, &Poller::snapshotReady);
    control.open();
    controlPoller.start();
    QTRY_VERIFY(ticks.count() >= 1);
    snapshots.clear();
    const qsizetype seen = ticks.count();
    QTRY_VERIFY(ticks.count() >= seen + 3);
    QCOMPARE(snapshots.count(), 0);
    controlPoller.stop();

    pause->trigger();
    QVERIFY(!window->currentSession()->poller()->isPaused());
    QTRY_VERIFY(snapshots.count() >= 2);

    // A long interval from the spin box, then F5 brings a snapshot at once.
    child<QDoubleSpinBox>(&*window, "intervalSpinBox")->setValue(30.0);
    QCOMPARE(window->currentSession()->poller()->interval(), 30000);
    QCOMPARE(m_settings->pollIntervalMs(), 1000); // the instance shown only: new ones start at the default
    // The tick armed before the change still comes; the next one is then 30 s away.
    snapshots.clear();
    QTRY_VERIFY(snapshots.count() >= 1);
    snapshots.clear();
    refresh->trigger();
    QTRY_COMPARE(snapshots.count(), 1);
}

void TestMainWindow::copyActions()
{
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *view = tablesOf(&*window)->serversView();
    view->sortByColumn(Col::Name, Qt::AscendingOrder);
    QTRY_COMPARE(column(view->model(), Col::Name).first(), QStringLiteral("s1"));
    view->setFocus();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedRows().size(), 2);

    auto *copyName = window->findChild<QAction *>(QStringLiteral("actionCopyName"));
    auto *copyWeight = window->findChild<QAction *>(QStringLiteral("actionCopyGetWeight"));
    auto *copyStat = window->findChild<QAction *>(QStringLiteral("actionCopyShowStat"));
    QVERIFY(copyName && copyWeight && copyStat);
    QTRY_VERIFY(copyName->isEnabled() && copyWeight->isEnabled() && copyStat->isEnabled());

    copyName->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("be_one/s1\nbe_one/s2"));

    copyWeight->trigger();
    const QString socket = m_haproxy->adminSocket();
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral(
            "echo 'get weight be_one/s1' | socat stdio %1\necho 'get weight be_one/s2' | socat stdio %1")
            .arg(socket));

    copyStat->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines.first().startsWith(QStringLiteral("echo 'show stat be_one 4 ")), qPrintable(lines.first()));
    // The command it copies really answers with that one server.
    const QString line = lines.first().section(u'\'', 1, 1);
    const QByteArray answer = HaproxyFixture::rawCommand(socket, line.toUtf8());
    QVERIFY2(answer.contains("\nbe_one,s1,") && !answer.contains("\nbe_one,s2,"), answer.constData());

    // Backend rows have no weight to ask.
    StatTableView *backends = tablesOf(&*window)->backendsView();
    backends->setFocus();
    backends->selectionModel()->select(
        backends->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(!copyWeight->isEnabled());
    QVERIFY(copyStat->isEnabled());
}

void TestMainWindow::headerMenuHidesColumns()
{
    auto window = makeWindow();
    StatTableView *view = tablesOf(&*window)->serversView();
    QHeaderView *header = view->horizontalHeader();
    // Defaults: what an operator looks at first is shown, the rest hidden.
    QVERIFY(!header->isSectionHidden(Col::Name));
    QVERIFY(!header->isSectionHidden(Col::Status));
    QVERIFY(header->isSectionHidden(Col::Downtime));
    QCOMPARE(view->defaultHiddenColumns().contains(Col::Downtime), true);
    header->setSectionHidden(Col::Address, true);
    header->moveSection(header->visualIndex(Col::Status), 0);
    view->resetColumns();
    QVERIFY(!header->isSectionHidden(Col::Address));
    QCOMPARE(header->visualIndex(Col::Status), int(Col::Status));
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
    // Fixed row heights: what keeps 10,000 rows smooth.
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(view->alternatingRowColors());
}

void TestMainWindow::layoutRoundTrip()
{
    QList<int> sizes;
    {
        auto window = makeWindow();
        window->resize(1100, 650);
        tablesOf(&*window)->splitter()->setSizes({ 220, 860 });
        sizes = tablesOf(&*window)->splitter()->sizes();
        QHeaderView *servers = tablesOf(&*window)->serversView()->horizontalHeader();
        servers->setSectionHidden(Col::Address, true);
        servers->setSectionHidden(Col::Downtime, false);
        servers->resizeSection(Col::Downtime, 123);
        servers->moveSection(servers->visualIndex(Col::Status), 0);
        tablesOf(&*window)->serversView()->sortByColumn(Col::Weight, Qt::DescendingOrder);
        tablesOf(&*window)->tabs()->setCurrentIndex(1);
        window->close(); // saves
    }
    {
        auto window = makeWindow(false); // restores in its constructor
        QCOMPARE(window->size(), QSize(1100, 650));
        QHeaderView *servers = tablesOf(&*window)->serversView()->horizontalHeader();
        QVERIFY(servers->isSectionHidden(Col::Address));
        QVERIFY(!servers->isSectionHidden(Col::Downtime));
        QCOMPARE(servers->sectionSize(Col::Downtime), 123);
        QCOMPARE(servers->visualIndex(Col::Status), 0);
        QCOMPARE(servers->sortIndicatorSection(), int(Col::Weight));
        QCOMPARE(servers->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(tablesOf(&*window)->tabs()->currentIndex(), 1);
        QCOMPARE(tablesOf(&*window)->splitter()->sizes(), sizes);
    }
    // A layout saved with another version is ignored, not misapplied.
    m_settings->store().setValue(QStringLiteral("layouts/%1/version").arg(MainWindow::ServersHeaderKey), 999);
    {
        auto window = makeWindow(false);
        QHeaderView *servers = tablesOf(&*window)->serversView()->horizontalHeader();
        QVERIFY(!servers->isSectionHidden(Col::Address));
        QVERIFY(servers->isSectionHidden(Col::Downtime));
        QCOMPARE(servers->visualIndex(Col::Status), int(Col::Status));
        QCOMPARE(tablesOf(&*window)->tabs()->currentIndex(), 1); // the other keys still apply
    }
}

void TestMainWindow::zeroWidthColumnIsResized()
{
    auto window = makeWindow();
    QHeaderView *header = tablesOf(&*window)->serversView()->horizontalHeader();
    header->setMinimumSectionSize(0);
    header->resizeSection(Col::Proxy, 0);
    QCOMPARE(header->sectionSize(Col::Proxy), 0);
    const QByteArray state = header->saveState();
    auto other = makeWindow();
    QVERIFY(tablesOf(&*other)->serversView()->restoreHeaderState(state));
    QVERIFY(tablesOf(&*other)->serversView()->horizontalHeader()->sectionSize(Col::Proxy) > 10);
    QVERIFY(!tablesOf(&*other)->serversView()->restoreHeaderState(QByteArray("garbage")));
}

void TestMainWindow::statusBarReportsUnreachable()
{
    auto window = makeWindow();
    ConnectionProfile profile;
    profile.endpoint = m_dir->filePath(QStringLiteral("no-such.sock"));
    QVERIFY(window->connectTo(profile));
    QVERIFY(window->isConnected());
    // Words, not silence: the status bar says the connection failed and what comes next.
    QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(QStringLiteral("no-such.sock")), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(QStringLiteral("reconnecting")), 2000);
    QCOMPARE(tablesOf(&*window)->model()->rowCount(), 0);
    QCOMPARE(tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Version), QStringLiteral("–"));
}

void TestMainWindow::reloadIsReported()
{
    HaproxyFixture::Options options;
    options.mode = HaproxyFixture::Mode::MasterWorker;
    HaproxyFixture haproxy(options);
    QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), haproxy.adminSocket()));
    QTRY_VERIFY(window->statusText().contains(QStringLiteral("Connected")));
    StatTableView *view = tablesOf(&*window)->serversView();
    const QString s2 = key(QStringLiteral("be"), QStringLiteral("s2"));
    view->selectRow(viewRowOf(view->model(), s2));
    QCOMPARE(view->selectedKeys(), QStringList { s2 });

    QSignalSpy statuses(window.get(), &MainWindow::statusChanged);
    const pid_t newWorker = haproxy.reload();
    QVERIFY2(newWorker > 0, qPrintable(haproxy.errorString()));
    // The status bar names the new worker, the info bar shows it, and the user's selection
    // is still there: the same backends and servers came back under the same keys.
    const auto said = [&](const QString &text) {
        for (const QList<QVariant> &status : std::as_const(statuses)) {
            if (status.first().toString().contains(text))
                return true;
        }
        return false;
    };
    // Over 2 s because of HAProxy: the old worker keeps serving this CLI connection after the
    // reload and says it is stopping only in its next `show info` (a poll); the reconnect to
    // the new worker then waits out the first backoff step (0.5 s) and a new handshake.
    QTRY_VERIFY_WITH_TIMEOUT(said(QString::number(newWorker)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tablesOf(&*window)->infoBar()->text(ProcessInfoBar::Field::Pid),
        QLocale().toString(qint64(newWorker)), 2000);
    QCOMPARE(view->selectedKeys(), QStringList { s2 });
    window->disconnectFromInstance();
    QVERIFY(haproxy.stop());
}

void TestMainWindow::connectDialogConnects()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Ctrl+O opens the dialog, without blocking: it is found among the window's children.
    window->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    QPointer<ConnectDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<ConnectDialog *>()) && dialog->isVisible());
    ConnectionProfile profile;
    profile.name = QStringLiteral("test instance");
    profile.endpoint = m_haproxy->adminSocket();
    profile.pollIntervalMs = 300;
    dialog->setProfile(profile);
    dialog->accept();
    QTRY_VERIFY(!dialog); // deleted on close
    QVERIFY(window->isConnected());
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    QCOMPARE(window->currentSession()->poller()->interval(), 300);
    QCOMPARE(child<QDoubleSpinBox>(&*window, "intervalSpinBox")->value(), 0.3);
    QVERIFY(window->windowTitle().contains(QStringLiteral("test instance")));
    // A named profile is saved and becomes the last one used.
    QCOMPARE(m_profiles->indexOf(QStringLiteral("test instance")), 0);
    QCOMPARE(m_settings->lastProfile(), QStringLiteral("test instance"));

    // Cancel changes nothing.
    window->openConnectDialog();
    QTRY_VERIFY((dialog = window->findChild<ConnectDialog *>()) && dialog->isVisible());
    // The instance keeps polling while the dialog is open.
    const quint64 sequence = window->currentSession()->lastSnapshot()->sequence;
    QTRY_VERIFY(window->currentSession()->lastSnapshot()->sequence > sequence);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(window->isConnected());
    QCOMPARE(window->currentSession()->profile().name, QStringLiteral("test instance"));
}

void TestMainWindow::rowContextMenu()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    StatTableView *view = tablesOf(&*window)->serversView();
    view->sortByColumn(Col::Name, Qt::AscendingOrder);
    QTRY_COMPARE(column(view->model(), Col::Name).first(), QStringLiteral("s1"));
    view->selectRow(0);

    QStringList shown;
    bool copyEnabled = false;
    QTimer::singleShot(100, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                shown << action->objectName();
                if (action->objectName() == QStringLiteral("actionCopyName"))
                    copyEnabled = action->isEnabled();
            }
            menu->close();
        }
    });
    // Right-click the fourth row (t1 sorts after s1..s3): it becomes the selection.
    const QRect fourth = view->visualRect(view->model()->index(3, Col::Name));
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, fourth.center(), view->viewport()->mapToGlobal(fourth.center()));
    QApplication::sendEvent(view->viewport(), &event);
    // The server actions come first (see tst_serveractions), then the copy actions.
    QVERIFY(shown.contains(QStringLiteral("actionSetWeight")));
    QVERIFY2(shown.contains(QStringLiteral("actionSafeRemove")), qPrintable(shown.join(u' ')));
    QCOMPARE(shown.mid(shown.size() - 3),
        QStringList({ QStringLiteral("actionCopyName"), QStringLiteral("actionCopyGetWeight"),
            QStringLiteral("actionCopyShowStat") }));
    QVERIFY(copyEnabled);
    QCOMPARE(view->selectedKeys(), QStringList { key(QStringLiteral("be_two"), QStringLiteral("t1")) });
}

void TestMainWindow::headerContextMenu()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    StatTableView *view = tablesOf(&*window)->serversView();
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(!header->isSectionHidden(Col::Address));
    const QString title = view->model()->headerData(Col::Address, Qt::Horizontal).toString();
    bool found = false;
    QTimer::singleShot(100, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->text() == title && action->isCheckable() && action->isChecked()) {
                    found = true;
                    action->trigger(); // unchecks: hides the column
                }
            }
            menu->close();
        }
    });
    emit header->customContextMenuRequested(QPoint(5, 5));
    QVERIFY(found);
    QVERIFY(header->isSectionHidden(Col::Address));
}

namespace {

// CLI sessions open on an instance's stats sockets, as HAProxy lists them, not counting the
// connection that asks.
int cliSessions(const QString &adminSocket)
{
    return HaproxyFixture::openCliSessions(adminSocket);
}

} // namespace

void TestMainWindow::severalInstances()
{
    HaproxyFixture::Options options;
    options.body = QStringLiteral(R"(frontend other_fe
    bind 127.0.0.1:${PORT:other}
    default_backend other_be

backend other_be
    server o1 ${BACKEND:o1}
    server o2 ${BACKEND:o2}
)");
    HaproxyFixture second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));

    auto window = makeWindow();
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    InstanceSession *first = window->currentSession();
    QVERIFY(first);
    QVERIFY(!child<QTabBar>(&*window, "instanceBar")->isHidden());

    // A second instance opens in its own tab and is shown; the first keeps polling.
    QVERIFY(connectAndWait(window.get(), second.adminSocket(), 4)); // fe + be + 2 servers
    InstanceSession *other = window->currentSession();
    QVERIFY(other != first);
    QCOMPARE(window->sessions().size(), 2);
    QCOMPARE(child<QTabBar>(&*window, "instanceBar")->count(), 2);
    QCOMPARE(child<QTabBar>(&*window, "instanceBar")->currentIndex(), 1);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 2);
    QVERIFY(window->windowTitle().contains(second.adminSocket()));
    const quint64 firstSequence = first->lastSnapshot()->sequence;
    QTRY_VERIFY(first->lastSnapshot()->sequence > firstSequence);

    // Each instance holds exactly one CLI slot.
    QTRY_COMPARE(cliSessions(m_haproxy->adminSocket()), 1);
    QTRY_COMPARE(cliSessions(second.adminSocket()), 1);

    // Ctrl+PageUp goes back to the first, whose rows are there at once.
    window->findChild<QAction *>(QStringLiteral("actionPreviousInstance"))->trigger();
    QCOMPARE(window->currentSession(), first);
    QCOMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    QVERIFY(window->windowTitle().contains(m_haproxy->adminSocket()));
    window->findChild<QAction *>(QStringLiteral("actionNextInstance"))->trigger();
    QCOMPARE(window->currentSession(), other);

    // The same endpoint is shown, not opened twice.
    ConnectionProfile again;
    again.endpoint = m_haproxy->adminSocket();
    QVERIFY(window->connectTo(again));
    QCOMPARE(window->sessions().size(), 2);
    QCOMPARE(window->currentSession(), first);
    QTRY_COMPARE(cliSessions(m_haproxy->adminSocket()), 1);

    // Closing the second tab closes its connection and leaves the first shown.
    child<QTabBar>(&*window, "instanceBar")->tabCloseRequested(1);
    QCOMPARE(window->sessions().size(), 1);
    QCOMPARE(window->currentSession(), first);
    QTRY_COMPARE(cliSessions(second.adminSocket()), 0);
    QTRY_COMPARE(tablesOf(&*window)->serversProxy()->rowCount(), 6);
    window->disconnectFromInstance();
    QVERIFY(!window->isConnected());
    QVERIFY(child<QTabBar>(&*window, "instanceBar")->isHidden());
    QCOMPARE(tablesOf(&*window)->model()->rowCount(), 0);
    QVERIFY(second.stop());
}

void TestMainWindow::docksAndWorkflowsAreReachable()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    for (const char *name : { "actionScheduleDrain", "actionRollingReplace", "actionDrift" })
        QVERIFY2(!window->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(connectAndWait(window.get(), m_haproxy->adminSocket()));
    for (const char *name : { "actionScheduleDrain", "actionRollingReplace", "actionDrift" })
        QVERIFY2(window->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);

    // Ctrl+G shows the charts; the selected server is what they plot, its backend the canary's.
    QVERIFY(child<QDockWidget>(&*window, "chartsDock")->isHidden());
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(child<QDockWidget>(&*window, "chartsDock")->isVisible());
    StatTableView *view = tablesOf(&*window)->serversView();
    view->setFocus();
    const QString t2 = key(QStringLiteral("be_two"), QStringLiteral("t2"));
    view->selectRow(viewRowOf(view->model(), t2));
    QTRY_COMPARE(child<ChartPanel>(&*window, "chartPanel")->objects().size(), 1);
    QCOMPARE(child<ChartPanel>(&*window, "chartPanel")->objects().constFirst().key, t2);
    QCOMPARE(child<ChartPanel>(&*window, "chartPanel")->canaryBackend(), QStringLiteral("be_two"));
    QTRY_VERIFY(child<ChartPanel>(&*window, "chartPanel")->seriesCount() == 1);

    // Ctrl+K: the console, on the instance shown.
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(child<ConsoleDock>(&*window, "consoleDock")->isVisible());
    QCOMPARE(
        child<ConsoleDock>(&*window, "consoleDock")->connection(), window->currentSession()->connection());
    // Ctrl+3: maps and ACLs of the instance shown, listed once the dock is shown.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(child<MapsDock>(&*window, "mapsDock")->isVisible());
    QCOMPARE(child<MapsDock>(&*window, "mapsDock")->connection(), window->currentSession()->connection());
    QTRY_VERIFY(child<MapsDock>(&*window, "mapsDock")->statusLabel()->text().contains(QStringLiteral("ACL")));
    // Replace Contents… opens the atomic replace for that map or ACL on the instance shown.
    emit child<MapsDock>(&*window, "mapsDock")
        ->replaceRequested({ MapCommands::Kind::Acl, QStringLiteral("#0") });
    QPointer<MapReplaceDialog> replace;
    QTRY_VERIFY((replace = window->findChild<MapReplaceDialog *>()) && replace->isVisible());
    QCOMPARE(replace->target().reference, QStringLiteral("#0"));
    replace->reject();
    QTRY_VERIFY(!replace);

    // Ctrl+Shift+S on the selection opens the schedule dialog for that server.
    window->findChild<QAction *>(QStringLiteral("actionScheduleDrain"))->trigger();
    QPointer<ScheduleDrainDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<ScheduleDrainDialog *>()) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    // The dialog took the activation with it.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(child<SchedulesDock>(&*window, "schedulesDock")->isVisible());
}

// A clusters file and a settings file that do not read: each is kept aside, and a dialog
// (opened, not exec()ed) names the file and the copy. The clusters stay untouched until the
// user starts with an empty list.
void TestMainWindow::unreadableFilesAreReportedInDialogs()
{
    const QString iniPath = m_dir->filePath(QStringLiteral("hadesk.ini"));
    const QString clustersPath = m_dir->filePath(QStringLiteral("clusters.json"));
    const QByteArray badClusters("{\"version\": 1, \"clusters\": [");
    // Not as long as what init()'s Settings wrote ("[settings]\nversion=1\n"): QSettings' cache,
    // shared in the process, takes a file of the same size and time stamp (one clock tick)
    // for unchanged and would not read it again.
    const QByteArray badSettings("[General\nlanguage=fr\npollIntervalMs=2000\n");
    for (const auto &[path, bytes] :
        { std::pair { clustersPath, badClusters }, std::pair { iniPath, badSettings } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    m_profiles.reset();
    m_settings = std::make_unique<Settings>(iniPath);
    m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());

    const std::unique_ptr<MainWindow> window = makeWindow();
    const auto openBoxes = [&window] {
        QList<QMessageBox *> shown;
        const QList<QMessageBox *> boxes =
            window->findChildren<QMessageBox *>(QStringLiteral("unreadableFileDialog"));
        for (QMessageBox *box : boxes) {
            if (box->isVisible())
                shown.append(box);
        }
        return shown;
    };
    QTRY_COMPARE(openBoxes().size(), 2);
    QMessageBox *clustersBox = nullptr;
    QMessageBox *settingsBox = nullptr;
    for (QMessageBox *box : openBoxes())
        (box->text().contains(clustersPath) ? clustersBox : settingsBox) = box;
    QVERIFY(clustersBox && settingsBox);
    QVERIFY(clustersBox->text().contains(clustersPath + QStringLiteral(".corrupt")));
    QVERIFY(settingsBox->text().contains(iniPath));
    QVERIFY(settingsBox->text().contains(iniPath + QStringLiteral(".corrupt")));

    ClusterStore *store = m_services.back()->clusters();
    QVERIFY(store->isBlocked());
    QVERIFY(!store->add({ QStringLiteral("edge"), { QStringLiteral("a"), QStringLiteral("b") } }));
    QFile clusters(clustersPath);
    QVERIFY(clusters.open(QIODevice::ReadOnly));
    QCOMPARE(clusters.readAll(), badClusters);
    clusters.close();

    auto *startEmpty = clustersBox->findChild<QPushButton *>(QStringLiteral("startEmptyButton"));
    QVERIFY(startEmpty);
    startEmpty->click();
    QVERIFY(!store->isBlocked());
    QVERIFY(store->add({ QStringLiteral("edge"), { QStringLiteral("a"), QStringLiteral("b") } }));
    QFile copy(clustersPath + QStringLiteral(".corrupt"));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), badClusters);
    settingsBox->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
