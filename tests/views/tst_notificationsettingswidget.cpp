// The notification switches on the offscreen platform: the Preferences' page and View ›
// Notifications show the settings' state, change it at once, follow each other, survive a
// restart (the settings file read again), and say when the desktop has nowhere to show them.

#include "models/connectionprofilesmodel.h"
#include "models/notificationcenter.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/mainwindow.h"
#include "views/notificationmenu.h"
#include "views/notificationsettingswidget.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class FakeNotifier : public Notifier
{
public:
    void notify(const Notification &notification) override { shown.append(notification); }
    bool isAvailable() const override { return available; }
    QString description() const override
    {
        return available ? u"to the fake"_s : u"Notifications are not available on this desktop."_s;
    }
    bool available = true;
    QList<Notification> shown;
};

QMenu *viewMenu(QMainWindow *window)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *action : menus) {
        if (action->text() == u"&View"_s)
            return action->menu();
    }
    return nullptr;
}

} // namespace

class TestNotificationSettingsWidget : public QObject
{
    Q_OBJECT

private slots:
    void switchesRoundTripThroughTheSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"hadesk.ini"_s);
        FakeNotifier notifier;
        {
            Settings settings(file);
            NotificationCenter center(&settings, &notifier);
            NotificationSettingsWidget widget(&center);
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            for (Notification::Kind kind : NotificationCenter::switchableKinds()) {
                QCheckBox *box = widget.checkBox(kind);
                QVERIFY(box);
                QVERIFY2(box->isChecked(), qPrintable(NotificationCenter::kindName(kind))); // on by default
                QVERIFY(box->isEnabled());
                QCOMPARE(box->text(), NotificationCenter::kindLabel(kind));
            }
            QVERIFY(widget.findChild<QLabel *>(u"rateLimitLabel"_s)->text().contains(u"once a minute"_s));
            // For looking at the page: HADESK_SCREENSHOT_DIR=/tmp/shots ./tst_notificationsettingswidget
            if (const QString shots = qEnvironmentVariable("HADESK_SCREENSHOT_DIR"); !shots.isEmpty())
                QVERIFY(widget.grab().save(shots + u"/notificationsettings.png"_s));
            // By the keyboard: focus on a box, Space unticks it.
            QCheckBox *down = widget.checkBox(Notification::Kind::ServerDown);
            down->setFocus();
            QTest::keyClick(down, Qt::Key_Space);
            QVERIFY(!down->isChecked());
            QVERIFY(!center.isEnabled(Notification::Kind::ServerDown));
            widget.checkBox(Notification::Kind::CertExpiring)->setChecked(false);
        }
        // Read again from the file, as at the next start.
        Settings again(file);
        NotificationCenter center(&again, &notifier);
        QVERIFY(!center.isEnabled(Notification::Kind::ServerDown));
        QVERIFY(!center.isEnabled(Notification::Kind::CertExpiring));
        QVERIFY(center.isEnabled(Notification::Kind::ServerUp));
        NotificationSettingsWidget widget(&center);
        QVERIFY(!widget.checkBox(Notification::Kind::ServerDown)->isChecked());
        QVERIFY(widget.checkBox(Notification::Kind::ServerUp)->isChecked());
    }

    void menuAndPageFollowEachOther()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        FakeNotifier notifier;
        NotificationCenter center(&settings, &notifier);
        NotificationSettingsWidget widget(&center);
        NotificationMenu menu(&center);
        QAction *reload = menu.action(Notification::Kind::ReloadFailed);
        QVERIFY(reload && reload->isCheckable() && reload->isChecked());
        QCOMPARE(menu.actions().size(), NotificationCenter::switchableKinds().size());

        reload->trigger();
        QVERIFY(!center.isEnabled(Notification::Kind::ReloadFailed));
        QVERIFY(!widget.checkBox(Notification::Kind::ReloadFailed)->isChecked());
        widget.checkBox(Notification::Kind::ReloadFailed)->setChecked(true);
        QVERIFY(reload->isChecked());
        QVERIFY(center.isEnabled(Notification::Kind::ReloadFailed));
    }

    void saysWhenNothingCanBeShown()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        FakeNotifier notifier;
        notifier.available = false;
        NotificationCenter center(&settings, &notifier);
        NotificationSettingsWidget widget(&center);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto *label = widget.findChild<QLabel *>(u"availabilityLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"not available"_s));
        QVERIFY(!widget.checkBox(Notification::Kind::ServerDown)->isEnabled());
        NotificationMenu menu(&center);
        QVERIFY(!menu.action(Notification::Kind::ServerDown)->isEnabled());
        QVERIFY(menu.actions().constLast()->text().contains(u"not available"_s));
    }

    void mainWindowHasTheSubmenu()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"hadesk.ini"_s));
        ConnectionProfilesModel profiles(&settings.store());
        FakeNotifier notifier;
        NotificationCenter center(&settings, &notifier);
        TestServices services(&settings, &profiles);
        MainWindow::Services forWindow = services.forWindow();
        forWindow.notifications = &center;
        MainWindow window(forWindow);
        QMenu *view = viewMenu(&window);
        QVERIFY(view);
        auto *submenu = window.findChild<NotificationMenu *>(u"notificationsMenu"_s);
        QVERIFY(submenu);
        QVERIFY(view->actions().contains(submenu->menuAction()));
        QCOMPARE(submenu->title(), u"&Notifications"_s); // Alt+V, N
        QVERIFY(window.findChild<QAction *>(u"actionNotify-server-down"_s));

        // Edit ▸ Preferences (Ctrl+,) has the same switches on a page of their own.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QDialog *preferences = nullptr;
        QTRY_VERIFY(
            (preferences = window.findChild<QDialog *>(u"preferencesDialog"_s)) && preferences->isVisible());
        auto *pages = preferences->findChild<QTabWidget *>(u"pages"_s);
        QVERIFY(pages);
        QStringList titles;
        for (int i = 0; i < pages->count(); ++i)
            titles << pages->tabText(i);
        QVERIFY2(titles.contains(u"Notifications"_s), qPrintable(titles.join(u", ")));
        auto *page = preferences->findChild<NotificationSettingsWidget *>();
        QVERIFY(page);
        QCheckBox *down = page->checkBox(Notification::Kind::ServerDown);
        QVERIFY(down && down->isChecked());
        down->click(); // applies at once, as the menu does
        QVERIFY(!window.findChild<QAction *>(u"actionNotify-server-down"_s)->isChecked());
        preferences->close();

        // Without a center (tests, a build without notifications) there is no such menu.
        MainWindow plain(services.forWindow());
        QVERIFY(!plain.findChild<NotificationMenu *>());
    }
};

QTEST_MAIN(TestNotificationSettingsWidget)
#include "tst_notificationsettingswidget.moc"
