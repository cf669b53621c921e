#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/mainwindow.h"

#include <QDoubleSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The instances open when hadesk quits come back at the next start, against a real HAProxy:
// a saved profile and an endpoint opened alone, in their order, each at the interval it was
// polled at, the one shown shown again; one that cannot be reached comes back as a tab that
// says so, as any failed connect does.
class TestReopenInstances : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("hadesk.ini")); }

    // A window with services of its own over the one settings file, as a start of hadesk has.
    struct Start
    {
        std::unique_ptr<TestServices> services;
        std::unique_ptr<MainWindow> window;
    };
    Start start()
    {
        Start s;
        s.services = std::make_unique<TestServices>(m_settings.get(), m_profiles.get());
        s.window = std::make_unique<MainWindow>(s.services->forWindow());
        s.window->show();
        return s;
    }

    static void quit(Start &s)
    {
        s.window->close(); // closeEvent(): what a quit does
        s.window.reset();
        s.services.reset();
    }

    static bool isPolled(InstanceSession *session)
    {
        return session->connection()->isReady() && session->lastSnapshot();
    }

private slots:
    static void initMain() { qputenv("QT_FONT_DPI", "96"); }

    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
        QVERIFY(m_dir.isValid());
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void init()
    {
        QFile::remove(iniPath());
        m_settings = std::make_unique<Settings>(iniPath());
        m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
    }

    void cleanup()
    {
        m_profiles.reset();
        m_settings.reset();
    }

    void cleanupTestCase()
    {
        if (m_haproxy)
            m_haproxy->stop();
    }

    void openInstancesComeBack()
    {
        ConnectionProfile saved;
        saved.name = QStringLiteral("lb-admin");
        saved.endpoint = m_haproxy->adminSocket();
        saved.pollIntervalMs = 300;
        QVERIFY(m_profiles->upsert(saved).ok());
        ConnectionProfile byEndpoint; // as `hadesk /path/to/socket` opens it: no name
        byEndpoint.endpoint = m_haproxy->operatorSocket();
        byEndpoint.pollIntervalMs = 250;
        {
            Start first = start();
            QVERIFY(first.window->connectTo(saved));
            QVERIFY(first.window->connectTo(byEndpoint));
            QCOMPARE(first.window->sessions().size(), 2);
            InstanceSession *admin = first.window->sessions().at(0);
            InstanceSession *operatorOne = first.window->sessions().at(1);
            QTRY_VERIFY(isPolled(admin) && isPolled(operatorOne));
            // The toolbar's interval changes the instance shown, and is what comes back.
            QCOMPARE(first.window->currentSession(), operatorOne);
            first.window->findChild<QDoubleSpinBox *>(QStringLiteral("intervalSpinBox"))->setValue(0.7);
            QCOMPARE(operatorOne->poller()->interval(), 700);
            QCOMPARE(m_settings->pollIntervalMs(), 1000); // the default for new ones stays
            first.window->setCurrentSession(admin);
            quit(first);
        }
        QCOMPARE(Settings(iniPath()).openInstances().size(), 2);

        Start second = start();
        QCOMPARE(second.window->reopenInstances(), 2);
        const QList<InstanceSession *> sessions = second.window->sessions();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0)->profile().name, QStringLiteral("lb-admin"));
        QCOMPARE(sessions.at(0)->profile().endpoint, m_haproxy->adminSocket());
        QCOMPARE(sessions.at(0)->poller()->interval(), 300);
        QCOMPARE(sessions.at(1)->profile().name, QString());
        QCOMPARE(sessions.at(1)->profile().endpoint, m_haproxy->operatorSocket());
        QCOMPARE(sessions.at(1)->poller()->interval(), 700);
        // The one shown at the exit is shown again, in its tab.
        QCOMPARE(second.window->currentSession(), sessions.at(0));
        QCOMPARE(second.window->findChild<QTabBar *>(QStringLiteral("instanceBar"))->currentIndex(), 0);
        QTRY_VERIFY(isPolled(sessions.at(0)) && isPolled(sessions.at(1)));
        QCOMPARE(sessions.at(1)->connection()->level(), AccessLevel::Operator);

        // Every instance closed before quitting: nothing comes back.
        second.window->disconnectAll();
        quit(second);
        Start third = start();
        QCOMPARE(third.window->reopenInstances(), 0);
        QVERIFY(third.window->sessions().isEmpty());
        quit(third);
    }

    void unreachableInstanceComesBackSayingSo()
    {
        ConnectionProfile gone;
        gone.endpoint = m_dir.filePath(QStringLiteral("gone.sock")); // nothing listens there
        ConnectionProfile live;
        live.endpoint = m_haproxy->adminSocket();
        ConnectionProfile garbled; // a hand-edited file: the endpoint no longer parses
        garbled.endpoint = QStringLiteral("tcp:[::1");
        m_settings->setOpenInstances({ gone, garbled, live }, 0);

        Start s = start();
        QCOMPARE(s.window->reopenInstances(), 2);
        QCOMPARE(s.window->sessions().size(), 2);
        InstanceSession *unreachable = s.window->sessions().at(0);
        QCOMPARE(unreachable->profile().endpoint, gone.endpoint);
        QCOMPARE(s.window->currentSession(), unreachable);
        QTRY_VERIFY2(s.window->statusText().contains(QStringLiteral("no socket at")),
            qPrintable(s.window->statusText()));
        QVERIFY(!unreachable->connection()->isReady());
        QTRY_VERIFY(isPolled(s.window->sessions().at(1)));
        quit(s);
    }
};

QTEST_MAIN(TestReopenInstances)
#include "tst_reopeninstances.moc"
