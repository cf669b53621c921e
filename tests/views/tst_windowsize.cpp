// The main window's size on a first start: once the first rows are in it grows to show every
// column and row of the servers table (on a 1920 x 1080 offscreen screen, set up before the
// application exists), only once, and never over a geometry the user saved.

#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/instanceview.h"
#include "views/mainwindow.h"

#include <QDir>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be_one

backend be_one
    server s1 ${BACKEND:a1}
    server s2 ${BACKEND:a2}
    server s3 ${BACKEND:a3}
)");

InstanceView *tablesOf(const MainWindow *window)
{
    return window->findChild<InstanceView *>(QStringLiteral("instanceView"));
}

} // namespace

class TestWindowSize : public QObject
{
    Q_OBJECT
public:
    // Before QApplication exists: a large offscreen screen (the default one is 800 x 600,
    // narrower than the table) and a fixed DPI.
    static void initMain()
    {
        static QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("screens.json"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(R"({ "screens": [ { "name": "big", "x": 0, "y": 0, "width": 1920, "height": 1080,
                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })")
                < 0)
            qFatal("cannot write %s", qPrintable(config));
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
        qputenv("QT_FONT_DPI", "96");
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartShowsWholeTable();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool connectAndWait(MainWindow *window);

    std::unique_ptr<HaproxyFixture> m_haproxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::vector<std::unique_ptr<TestServices>> m_services;
};

void TestWindowSize::initTestCase()
{
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1920, 1080));
    HaproxyFixture::Options options;
    options.body = Body;
    m_haproxy = std::make_unique<HaproxyFixture>(options);
    QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("hadesk.ini")));
    m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
}

void TestWindowSize::cleanupTestCase()
{
    m_services.clear();
    if (m_haproxy)
        m_haproxy->stop();
}

std::unique_ptr<MainWindow> TestWindowSize::makeWindow()
{
    m_services.push_back(std::make_unique<TestServices>(m_settings.get(), m_profiles.get()));
    auto window = std::make_unique<MainWindow>(m_services.back()->forWindow());
    window->show();
    return window;
}

bool TestWindowSize::connectAndWait(MainWindow *window)
{
    ConnectionProfile profile;
    profile.endpoint = m_haproxy->adminSocket();
    profile.pollIntervalMs = 200;
    return window->connectTo(profile)
        && QTest::qWaitFor([&] { return tablesOf(window)->serversView()->model()->rowCount() == 3; }, 5000);
}

void TestWindowSize::firstStartShowsWholeTable()
{
    QSize kept;
    {
        auto window = makeWindow(); // a fresh settings file: no geometry saved
        window->resize(window->minimumSizeHint()); // as small as it goes: the table is cut
        const QSize before = window->size();
        QVERIFY(tablesOf(&*window)->serversTableShortfall().width() > 0);
        QVERIFY(connectAndWait(window.get()));
        // Every column and every row of the servers table shown, within the screen.
        QTRY_COMPARE(tablesOf(&*window)->serversTableShortfall(), QSize(0, 0));
        QVERIFY(window->width() > before.width());
        const QRect available = window->screen()->availableGeometry();
        QVERIFY(available.contains(window->frameGeometry()));

        // Once only: a size chosen afterwards stays through refreshes and a reconnect.
        window->resize(window->minimumSizeHint() + QSize(20, 20));
        kept = window->size();
        QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
        QTRY_VERIFY(snapshots.count() >= 2);
        window->disconnectAll();
        QVERIFY(connectAndWait(window.get()));
        QTRY_VERIFY(snapshots.count() >= 4);
        QCOMPARE(window->size(), kept);
        QVERIFY(tablesOf(&*window)->serversTableShortfall().width() > 0);
        window->close(); // saves the geometry
    }
    // The next start restores that geometry and leaves it alone.
    auto window = makeWindow();
    QCOMPARE(window->size(), kept);
    QVERIFY(connectAndWait(window.get()));
    QSignalSpy snapshots(window.get(), &MainWindow::snapshotApplied);
    QTRY_VERIFY(snapshots.count() >= 2);
    QCOMPARE(window->size(), kept);
}

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
