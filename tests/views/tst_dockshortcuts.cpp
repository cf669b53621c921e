#include "views/dockshortcuts.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

// A dock's own shortcuts against the window's same keys: inside the dock the dock's run,
// outside the window's; a text field keeps its editing keys; a dialog keeps its own keys.
class TestDockShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_central = new QLineEdit(m_window.get());
        m_window->setCentralWidget(m_central);
        m_windowRefresh = new QAction(m_window.get());
        m_windowRefresh->setShortcut(Qt::Key_F5);
        m_window->addAction(m_windowRefresh);

        m_dock = new QDockWidget(m_window.get());
        auto *content = new QWidget(m_dock);
        auto *layout = new QVBoxLayout(content);
        m_edit = new QLineEdit(content);
        m_button = new QWidget(content);
        m_button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(m_edit);
        layout->addWidget(m_button);
        m_dock->setWidget(content);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        m_dockRefresh = addDockAction(Qt::Key_F5);
        m_dockDelete = addDockAction(Qt::Key_Delete);
        new DockShortcuts(m_dock);
        // A widget added after the dock was watched is watched too.
        m_late = new QWidget(content);
        m_late->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(m_late);

        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void insideTheDockTheDockWins()
    {
        QSignalSpy dock(m_dockRefresh, &QAction::triggered);
        QSignalSpy window(m_windowRefresh, &QAction::triggered);
        for (QWidget *target : QList<QWidget *> { m_button, m_edit, m_late }) {
            target->setFocus();
            QTRY_VERIFY(target->hasFocus());
            QTest::keyClick(target, Qt::Key_F5);
        }
        QCOMPARE(dock.size(), 3);
        QCOMPARE(window.size(), 0);
    }

    void outsideTheWindowWins()
    {
        QSignalSpy dock(m_dockRefresh, &QAction::triggered);
        QSignalSpy window(m_windowRefresh, &QAction::triggered);
        m_central->setFocus();
        QTRY_VERIFY(m_central->hasFocus());
        QTest::keyClick(m_central, Qt::Key_F5);
        QCOMPARE(window.size(), 1);
        QCOMPARE(dock.size(), 0);
    }

    void textFieldsKeepTheirEditingKeys()
    {
        QSignalSpy deleted(m_dockDelete, &QAction::triggered);
        m_edit->setText(QStringLiteral("ab"));
        m_edit->setFocus();
        m_edit->setCursorPosition(0);
        QTest::keyClick(m_edit, Qt::Key_Delete);
        QCOMPARE(m_edit->text(), QStringLiteral("b"));
        QCOMPARE(deleted.size(), 0);
        // Elsewhere in the dock Delete is the dock's.
        m_button->setFocus();
        QTRY_VERIFY(m_button->hasFocus());
        QTest::keyClick(m_button, Qt::Key_Delete);
        QCOMPARE(deleted.size(), 1);
    }

    void aDialogOfTheDockKeepsItsKeys()
    {
        QSignalSpy dock(m_dockRefresh, &QAction::triggered);
        auto *dialog = new QDialog(m_dock);
        auto *field = new QWidget(dialog);
        field->setFocusPolicy(Qt::StrongFocus);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_F5);
        QCOMPARE(dock.size(), 0);
        delete dialog;
    }

private:
    QAction *addDockAction(Qt::Key key)
    {
        auto *action = new QAction(m_dock);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_dock->addAction(action);
        return action;
    }

    std::unique_ptr<QMainWindow> m_window;
    QLineEdit *m_central = nullptr;
    QAction *m_windowRefresh = nullptr;
    QDockWidget *m_dock = nullptr;
    QLineEdit *m_edit = nullptr;
    QWidget *m_button = nullptr;
    QWidget *m_late = nullptr;
    QAction *m_dockRefresh = nullptr;
    QAction *m_dockDelete = nullptr;
};

QTEST_MAIN(TestDockShortcuts)
#include "tst_dockshortcuts.moc"
