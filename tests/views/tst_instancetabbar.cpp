// InstanceTabBar following a SessionManager: a tab per session in the manager's order, its
// connection's state in words, choosing and closing only asked for, tabs gone with their
// sessions, and the sessions already open when the bar is made.

#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "tests/support/haproxyfixture.h"
#include "views/instancetabbar.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

class TestInstanceTabBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_haproxy = std::make_unique<HaproxyFixture>();
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }
    void cleanupTestCase() { m_haproxy.reset(); }

    void followsTheSessions()
    {
        QTemporaryDir dir;
        SessionManager manager;
        QWidget window;
        InstanceTabBar bar(&manager, &window);
        window.show();
        QVERIFY(!bar.isVisible()); // no instance, no bar

        ConnectionProfile live;
        live.name = QStringLiteral("live");
        InstanceSession *a = manager.open(live, Endpoint::parse(m_haproxy->adminSocket()).value(), 60000);
        QCOMPARE(bar.count(), 1);
        QVERIFY(bar.isVisible());
        QTRY_COMPARE(bar.tabText(0), QStringLiteral("live"));
        QVERIFY(bar.tabToolTip(0).contains(QStringLiteral("connected")));

        ConnectionProfile gone;
        gone.name = QStringLiteral("gone");
        const QString missing = dir.filePath(QStringLiteral("missing.sock"));
        InstanceSession *b = manager.open(gone, Endpoint::parse(missing).value(), 60000);
        QCOMPARE(bar.count(), 2);
        // Never ready: the tab says so in words.
        QVERIFY2(bar.tabText(1).startsWith(QStringLiteral("gone (")), qPrintable(bar.tabText(1)));

        QList<InstanceSession *> chosen;
        connect(&bar, &InstanceTabBar::sessionChosen, this, [&](InstanceSession *s) { chosen << s; });
        bar.showSession(b);
        QCOMPARE(bar.currentIndex(), 1);
        QCOMPARE(chosen.count(), 0); // shown, not chosen
        bar.showNext();
        QCOMPARE(bar.currentIndex(), 0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0), a);
        bar.showPrevious();
        QCOMPARE(bar.currentIndex(), 1);
        QCOMPARE(chosen.at(1), b);

        QList<InstanceSession *> closeAsked;
        connect(&bar, &InstanceTabBar::closeRequested, this, [&](InstanceSession *s) { closeAsked << s; });
        emit bar.tabCloseRequested(0);
        QCOMPARE(closeAsked.count(), 1);
        QCOMPARE(closeAsked.at(0), a);
        QCOMPARE(bar.count(), 2); // asked only: the manager closes

        {
            InstanceTabBar late(&manager); // sessions already open get their tabs
            QCOMPARE(late.count(), 2);
            QCOMPARE(late.tabText(0), QStringLiteral("live"));
        }

        manager.close(a);
        QCOMPARE(bar.count(), 1);
        QVERIFY(bar.tabText(0).startsWith(QStringLiteral("gone")));
        manager.close(b);
        QCOMPARE(bar.count(), 0);
        QVERIFY(!bar.isVisible());
    }

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_MAIN(TestInstanceTabBar)
#include "tst_instancetabbar.moc"
