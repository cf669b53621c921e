// Help › Keyboard Shortcuts on a real main window: the list is the window's shortcuts, all of
// them and nothing else, read when it opens; the filter finds by words and by key; no two
// shortcuts of the window fire on one key press.

#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/mainwindow.h"
#include "views/shortcutcatalog.h"
#include "views/shortcutsdialog.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    static bool inDialog(const QObject *object)
    {
        for (const QObject *p = object; p; p = p->parent()) {
            if (qobject_cast<const QDialog *>(p))
                return true;
        }
        return false;
    }

    static QString keyText(const QList<QKeySequence> &keys)
    {
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        return texts.join(u", "_s);
    }

    // What the window answers, found here without the catalog: object -> keys as shown.
    QHash<QObject *, QString> expected() const
    {
        QHash<QObject *, QString> keys;
        QList<QAction *> actions = m_window->findChildren<QAction *>();
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets)
            actions << widget->actions();
        for (QAction *action : std::as_const(actions)) {
            if (!action->shortcuts().isEmpty() && !action->menu() && !inDialog(action))
                keys.insert(action, keyText(action->shortcuts()));
        }
        const QList<QShortcut *> shortcuts = m_window->findChildren<QShortcut *>();
        for (QShortcut *shortcut : shortcuts) {
            if (!shortcut->keys().isEmpty() && !inDialog(shortcut))
                keys.insert(shortcut, keyText(shortcut->keys()));
        }
        return keys;
    }

    static QHash<QObject *, QString> listed(const ShortcutsDialog *dialog)
    {
        QHash<QObject *, QString> rows;
        for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = dialog->list()->topLevelItem(row);
            rows.insert(item->data(0, ShortcutsDialog::SourceRole).value<QObject *>(), item->text(1));
        }
        return rows;
    }

    static QStringList shownPaths(const ShortcutsDialog *dialog)
    {
        QStringList paths;
        for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row) {
            if (!dialog->list()->topLevelItem(row)->isHidden())
                paths << dialog->list()->topLevelItem(row)->text(0);
        }
        return paths;
    }

    ShortcutsDialog *openFromHelpMenu()
    {
        m_window->findChild<QAction *>(u"actionKeyboardShortcuts"_s)->trigger();
        return m_window->findChild<ShortcutsDialog *>();
    }

    void closeDialogs()
    {
        const QList<ShortcutsDialog *> open = m_window->findChildren<ShortcutsDialog *>();
        for (ShortcutsDialog *dialog : open)
            delete dialog;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"hadesk.ini"_s));
        m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
        m_services = std::make_unique<TestServices>(m_settings.get(), m_profiles.get());
        m_window = std::make_unique<MainWindow>(m_services->forWindow());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void listsEveryShortcutOfTheWindowAndNothingElse()
    {
        ShortcutsDialog *dialog = openFromHelpMenu();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QHash<QObject *, QString> want = expected();
        const QHash<QObject *, QString> got = listed(dialog);
        QVERIFY(want.size() > 30); // the window has many: an empty list would pass otherwise
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it.key()->objectName() + u" is missing"_s));
            QCOMPARE(got.value(it.key()), it.value());
        }
        QCOMPARE(got.size(), want.size());
    }

    void rowsSayWhereToFindThem()
    {
        ShortcutsDialog *dialog = openFromHelpMenu();
        QVERIFY(dialog);
        const QStringList paths = shownPaths(dialog);
        QVERIFY2(paths.contains(u"Server › Set Weight…"_s), qPrintable(paths.join(u'\n')));
        QVERIFY(paths.contains(u"Help › Keyboard Shortcuts…"_s));
        QVERIFY(paths.contains(u"File › Connect…"_s));
        // The menu bar first, in its order.
        QVERIFY(paths.indexOf(u"File › Connect…"_s) < paths.indexOf(u"Server › Set Weight…"_s));
        // A QShortcut is named by what it does, not left blank.
        for (const QString &path : paths)
            QVERIFY2(!path.endsWith(ShortcutCatalog::separator()), qPrintable(path));
    }

    void filterFindsByWordsAndByKey()
    {
        ShortcutsDialog *dialog = openFromHelpMenu();
        QVERIFY(dialog);
        const int all = dialog->visibleCount();
        dialog->filterEdit()->setText(u"weight"_s);
        QVERIFY(shownPaths(dialog).contains(u"Server › Set Weight…"_s));
        QVERIFY(dialog->visibleCount() < all);

        const QString weightKey =
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W).toString(QKeySequence::NativeText);
        dialog->filterEdit()->setText(weightKey);
        QCOMPARE(shownPaths(dialog), QStringList { u"Server › Set Weight…"_s });
        dialog->filterEdit()->setText(u"ctrl+shift+w"_s);
        QCOMPARE(shownPaths(dialog), QStringList { u"Server › Set Weight…"_s });

        dialog->filterEdit()->setText(u"no such command at all"_s);
        QCOMPARE(dialog->visibleCount(), 0);
        dialog->filterEdit()->clear();
        QCOMPARE(dialog->visibleCount(), all);
    }

    void readFromTheActionsEachTimeItOpens()
    {
        ShortcutsDialog *first = openFromHelpMenu();
        QVERIFY(first);
        QVERIFY(!shownPaths(first).join(u'\n').contains(u"Added At Runtime"_s));
        closeDialogs();

        auto *added = new QAction(u"Added At Runtime"_s, m_window.get());
        added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_J));
        m_window->addAction(added);
        ShortcutsDialog *second = openFromHelpMenu();
        QVERIFY(second);
        QCOMPARE(listed(second).value(added), added->shortcut().toString(QKeySequence::NativeText));
    }

    void openedByItsKeys()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY(m_window->findChild<ShortcutsDialog *>());
        closeDialogs();
        QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<ShortcutsDialog *>());
    }

    void noTwoShortcutsFireOnOneKey()
    {
        const QList<ShortcutCatalog::Collision> found = ShortcutCatalog::collisions(m_window.get());
        QStringList lines;
        for (const ShortcutCatalog::Collision &collision : found)
            lines << collision.key + u": "_s + collision.first + u" and "_s + collision.second;
        QVERIFY2(found.isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void aCollisionIsFound()
    {
        // The check above could not fail if it found nothing here.
        const QKeySequence refresh(Qt::Key_F5);
        auto *twin = new QAction(u"Twin"_s, m_window.get());
        twin->setShortcut(refresh);
        m_window->addAction(twin);
        const QList<ShortcutCatalog::Collision> found = ShortcutCatalog::collisions(m_window.get());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key, refresh.toString(QKeySequence::NativeText));
        QVERIFY(found.first().first.endsWith(u"Twin"_s) || found.first().second.endsWith(u"Twin"_s));
    }

    void everyMenuEntryHasAName()
    {
        // A dock's own toolbar once showed in View as a blank entry; the list would name it "".
        QList<QAction *> pending = m_window->menuBar()->actions();
        while (!pending.isEmpty()) {
            QAction *action = pending.takeFirst();
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
            if (action->menu())
                pending << action->menu()->actions();
        }
    }

    void matchRule()
    {
        const QStringList keys { u"Ctrl+Shift+D"_s };
        QVERIFY(ShortcutsDialog::matches(u"drain"_s, u"Server › Drain"_s, keys, {}));
        QVERIFY(ShortcutsDialog::matches(u"server drain"_s, u"Server › Drain"_s, keys, {}));
        QVERIFY(ShortcutsDialog::matches(u"ctrl + shift + d"_s, u"Server › Drain"_s, keys, {}));
        QVERIFY(!ShortcutsDialog::matches(u"Ctrl+D"_s, u"Server › Drain"_s, keys, {}));
        // A whole key is that key, not every key starting so.
        QVERIFY(
            !ShortcutsDialog::matches(u"ctrl+shift+d"_s, u"Tables › Clear"_s, { u"Ctrl+Shift+Del"_s }, {}));
        QVERIFY(ShortcutsDialog::matches(u"ctrl+shift"_s, u"Tables › Clear"_s, { u"Ctrl+Shift+Del"_s }, {}));
        QVERIFY(ShortcutsDialog::matches(u"f5"_s, u"View › Refresh"_s, { u"F5"_s }, {}));
        QVERIFY(ShortcutsDialog::matches(u"idle"_s, u"Server › Drain"_s, keys, u"until idle"_s));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
