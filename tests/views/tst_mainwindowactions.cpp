#include "core/client/poller.h"
#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/dockset.h"
#include "views/instanceview.h"
#include "views/mainwindowactions.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's own actions: names, shortcuts, what needs an instance, the hide toggles kept
// in the settings, the poll interval in milliseconds, and where the menus put them.
class TestMainWindowActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Settings> settings() const
    {
        return std::make_unique<Settings>(m_dir.filePath(u"hadesk.ini"_s));
    }

    static QStringList menuTitles(QMainWindow *window)
    {
        QStringList titles;
        const QList<QAction *> menus = window->menuBar()->actions();
        for (const QAction *menu : menus)
            titles << menu->text();
        return titles;
    }

    static QMenu *menu(QMainWindow *window, const QString &title)
    {
        const QList<QAction *> menus = window->menuBar()->actions();
        for (const QAction *action : menus) {
            if (action->text() == title)
                return action->menu();
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void namedWithShortcutsInTheirTooltips()
    {
        const auto store = settings();
        QMainWindow window;
        MainWindowActions actions(store.get(), &window);
        QCOMPARE(window.findChild<QAction *>(u"actionConnect"_s), actions.connectAction());
        QCOMPARE(actions.connectAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(actions.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(actions.rollingAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QCOMPARE(actions.refreshAction()->toolTip(),
            u"Refresh Now (%1)"_s.arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
        QVERIFY(!actions.driftAction()->toolTip().contains(u'…'));
    }

    void whatNeedsAnInstanceWaitsForOne()
    {
        const auto store = settings();
        QMainWindow window;
        MainWindowActions actions(store.get(), &window);
        const QList<QAction *> needInstance = { actions.disconnectAction(), actions.refreshAction(),
            actions.pauseAction(), actions.driftAction(), actions.scheduleDrainAction(),
            actions.rollingAction() };
        for (QAction *action : needInstance)
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(actions.connectAction()->isEnabled());
        QVERIFY(actions.hideDownAction()->isEnabled());

        actions.setSessionState(true, 1);
        for (QAction *action : needInstance)
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(!actions.nextInstanceAction()->isEnabled());
        QVERIFY(!actions.previousInstanceAction()->isEnabled());
        actions.setSessionState(true, 2);
        QVERIFY(actions.nextInstanceAction()->isEnabled());
        QVERIFY(actions.previousInstanceAction()->isEnabled());
        actions.setSessionState(false, 0);
        QVERIFY(!actions.refreshAction()->isEnabled());
    }

    void pausedShownWithoutToggling()
    {
        const auto store = settings();
        QMainWindow window;
        MainWindowActions actions(store.get(), &window);
        QSignalSpy toggled(actions.pauseAction(), &QAction::toggled);
        actions.setPausedChecked(true);
        QVERIFY(actions.pauseAction()->isChecked());
        QCOMPARE(toggled.count(), 0);
    }

    void hideTogglesKeptInTheSettings()
    {
        {
            const auto store = settings();
            QMainWindow window;
            MainWindowActions actions(store.get(), &window);
            QVERIFY(!actions.hideMaintAction()->isChecked());
            actions.hideMaintAction()->setChecked(true);
        }
        const auto store = settings();
        QMainWindow window;
        MainWindowActions actions(store.get(), &window);
        QVERIFY(actions.hideMaintAction()->isChecked());
        QVERIFY(!actions.hideDownAction()->isChecked());
        actions.hideMaintAction()->setChecked(false);
    }

    void toolBarAndMenus()
    {
        const auto store = settings();
        ConnectionProfilesModel profiles(&store->store());
        const TestServices services(store.get(), &profiles);
        QMainWindow window;
        auto *tables = new InstanceView(&window);
        window.setCentralWidget(tables);
        MainWindowActions actions(store.get(), &window);
        actions.attachTables(tables);
        auto *docks = new DockSet(
            { services.clusters(), &profiles, services.drainScheduler(), services.sessions()->history() },
            tables, &window);
        QMenu serverMenu(u"&Server"_s);
        actions.buildToolBar({}, tables);
        actions.buildMenus(tables, &serverMenu, docks);

        QCOMPARE(menuTitles(&window),
            QStringList({ u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Server"_s, u"&Instance"_s, u"&Help"_s }));
        const QList<QAction *> view = menu(&window, u"&View"_s)->actions();
        for (QAction *toggle : docks->toggleActions())
            QVERIFY2(view.contains(toggle), qPrintable(toggle->text()));
        QVERIFY(menu(&window, u"&Instance"_s)->actions().contains(docks->consoleToggle()));
        QVERIFY(serverMenu.actions().contains(actions.scheduleDrainAction()));
        QVERIFY(serverMenu.actions().contains(actions.rollingAction()));
        QVERIFY(menu(&window, u"&File"_s)->actions().contains(actions.quitAction()));
        QVERIFY(window.findChild<QLineEdit *>(u"filterEdit"_s));
    }

    void intervalInMilliseconds()
    {
        const auto store = settings();
        QMainWindow window;
        auto *tables = new InstanceView(&window);
        MainWindowActions actions(store.get(), &window);
        actions.buildToolBar({}, tables);
        auto *spin = window.findChild<QDoubleSpinBox *>(u"intervalSpinBox"_s);
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), Poller::MaxIntervalMs / 1000.0);
        QCOMPARE(spin->minimum(), Poller::MinIntervalMs / 1000.0);

        QSignalSpy changed(&actions, &MainWindowActions::intervalChanged);
        actions.setIntervalMs(2500);
        QCOMPARE(actions.intervalMs(), 2500);
        QCOMPARE(changed.count(), 0); // shown, not picked
        spin->setValue(1.5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toInt(), 1500);
    }
};

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
