#include "core/storage/auditlog.h"
#include "models/connectionprofilesmodel.h"
#include "models/historystore.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/colorscheme.h"
#include "views/mainwindow.h"
#include "views/preferencesdialog.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Edit ▸ Preferences on the offscreen platform: every field kept by OK and shown again by the
// next dialog, Cancel keeping nothing, a bad audit log place refused with a word and nothing
// kept, the budget clamped as View ▸ History Memory does, and Ctrl+, opening one dialog.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    static constexpr qsizetype MiB = 1024 * 1024;

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_history;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("hadesk.ini")); }

    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        auto *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    static QPushButton *button(const PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return child<QDialogButtonBox>(dialog, "buttons")->button(which);
    }

    // Every field set as a user would, to values none of which is a default.
    static void fillIn(PreferencesDialog &dialog, const QString &auditPath)
    {
        child<QDoubleSpinBox>(dialog, "defaultIntervalSpinBox")->setValue(2.5);
        child<QSpinBox>(dialog, "budgetSpinBox")->setValue(48);
        auto *language = child<QComboBox>(dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto *audit = child<QLineEdit>(dialog, "auditLogEdit");
        audit->clear();
        QTest::keyClicks(audit, auditPath);
        child<QCheckBox>(dialog, "reopenCheckBox")->setChecked(false);
    }

    void checkUntouched()
    {
        const Settings reread(iniPath());
        for (const Settings *settings : { static_cast<const Settings *>(m_settings.get()), &reread }) {
            QCOMPARE(settings->pollIntervalMs(), 1000);
            QCOMPARE(settings->historyBudgetMiB(), int(InstanceHistory::DefaultBudgetBytes / MiB));
            QCOMPARE(settings->language(), QString());
            QCOMPARE(settings->auditLogPath(), QString());
            QVERIFY(settings->reopenInstances());
        }
        QCOMPARE(m_history->budgetBytes(), InstanceHistory::DefaultBudgetBytes);
    }

private slots:
    static void initMain() { qputenv("QT_FONT_DPI", "96"); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
        m_settings = std::make_unique<Settings>(iniPath());
        m_history = std::make_unique<HistoryStore>();
    }

    void cleanup()
    {
        m_history.reset();
        m_settings.reset();
    }

    void showsTheDefaults()
    {
        PreferencesDialog dialog(m_settings.get(), m_history.get(), QStringLiteral("/tmp/in-use.jsonl"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "defaultIntervalSpinBox")->value(), 1.0);
        QCOMPARE(child<QSpinBox>(dialog, "budgetSpinBox")->value(), 256);
        QCOMPARE(child<QComboBox>(dialog, "languageComboBox")->currentData().toString(), QString());
        auto *audit = child<QLineEdit>(dialog, "auditLogEdit");
        QCOMPARE(audit->text(), QString());
        QCOMPARE(audit->placeholderText(), AuditLog::defaultPath());
        QVERIFY(child<QCheckBox>(dialog, "reopenCheckBox")->isChecked());
        // What applies when is said next to the fields.
        QVERIFY(child<QLabel>(dialog, "auditLogNote")->text().contains(QStringLiteral("/tmp/in-use.jsonl")));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *label : labels)
            texts << label->text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("next time hadesk starts")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Instances opened from now on")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("applied at once")), qPrintable(all));
        QCOMPARE(dialog.message(), QString());
    }

    void okKeepsEveryFieldAndTheNextDialogShowsThem()
    {
        const QString auditPath = m_dir.filePath(QStringLiteral("logs/audit.jsonl"));
        {
            PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            fillIn(dialog, auditPath);
            QSignalSpy applied(&dialog, &PreferencesDialog::applied);
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
            QCOMPARE(applied.size(), 1);
        }
        // Kept in the file at once, and the budget applied to the histories at once.
        const Settings reread(iniPath());
        for (const Settings *settings : { static_cast<const Settings *>(m_settings.get()), &reread }) {
            QCOMPARE(settings->pollIntervalMs(), 2500);
            QCOMPARE(settings->historyBudgetMiB(), 48);
            QCOMPARE(settings->language(), QStringLiteral("de"));
            QCOMPARE(settings->auditLogPath(), auditPath);
            QVERIFY(!settings->reopenInstances());
        }
        QCOMPARE(m_history->budgetBytes(), 48 * MiB);
        QVERIFY(!QFileInfo::exists(auditPath)); // the log moves at the next start, not now

        PreferencesDialog again(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        again.show();
        QCOMPARE(child<QDoubleSpinBox>(again, "defaultIntervalSpinBox")->value(), 2.5);
        QCOMPARE(child<QSpinBox>(again, "budgetSpinBox")->value(), 48);
        QCOMPARE(child<QComboBox>(again, "languageComboBox")->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(child<QLineEdit>(again, "auditLogEdit")->text(), auditPath);
        QVERIFY(!child<QCheckBox>(again, "reopenCheckBox")->isChecked());

        // Emptied, the audit log goes back to its default place.
        child<QLineEdit>(again, "auditLogEdit")->clear();
        QTest::mouseClick(button(again, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(again.isVisible()); // Apply keeps the dialog open
        QCOMPARE(again.message(), QStringLiteral("Saved."));
        QCOMPARE(Settings(iniPath()).auditLogPath(), QString());
    }

    void cancelKeepsNothing()
    {
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillIn(dialog, m_dir.filePath(QStringLiteral("audit.jsonl")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        checkUntouched();
    }

    void badAuditLogPlaceIsRefusedAndNothingKept_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("folder") << QStringLiteral("${DIR}") << QStringLiteral("is a folder");
        QTest::newRow("relative") << QStringLiteral("audit.jsonl") << QStringLiteral("not a full path");
        QTest::newRow("under a file")
            << QStringLiteral("${DIR}/hadesk.ini/audit.jsonl") << QStringLiteral("is a file, not a folder");
    }

    void badAuditLogPlaceIsRefusedAndNothingKept()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        path.replace(QStringLiteral("${DIR}"), m_dir.path());
        m_settings->store().sync(); // the settings file exists, for "under a file"
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillIn(dialog, path);
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(says), qPrintable(dialog.message()));
        QVERIFY2(
            dialog.message().contains(QStringLiteral("Nothing was saved")), qPrintable(dialog.message()));
        QVERIFY(child<QLabel>(dialog, "messageLabel")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "auditLogEdit"));
        // OK refuses the same way, and stays open.
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(applied.size(), 0);
        checkUntouched();
    }

    // Out of bounds, the budget is clamped with View ▸ History Memory's words; OK stays open so
    // that they are read.
    void budgetIsClampedWithAWord()
    {
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *spin = child<QSpinBox>(dialog, "budgetSpinBox");
        spin->setValue(0);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(QStringLiteral("must be between 1 and 65,536 MiB")),
            qPrintable(dialog.message()));
        QCOMPARE(spin->value(), 1);
        QCOMPARE(m_settings->historyBudgetMiB(), 1);
        QCOMPARE(m_history->budgetBytes(), 1 * MiB);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void browseFillsTheField()
    {
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "browseAuditLogButton"), Qt::LeftButton);
        auto *files = child<QFileDialog>(dialog, "auditLogFileDialog");
        QVERIFY(files);
        QVERIFY(files->isVisible()); // opened with open(): this test's event loop goes on
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
        const QString chosen = m_dir.filePath(QStringLiteral("chosen.jsonl"));
        emit files->fileSelected(chosen);
        QCOMPARE(child<QLineEdit>(dialog, "auditLogEdit")->text(), chosen);
        files->reject();
        QCOMPARE(m_settings->auditLogPath(), QString()); // kept only by OK or Apply
    }

    void languageSetElsewhereIsKept()
    {
        m_settings->setLanguage(QStringLiteral("fr_CH"));
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        QCOMPARE(
            child<QComboBox>(dialog, "languageComboBox")->currentData().toString(), QStringLiteral("fr_CH"));
        QVERIFY(dialog.apply());
        QCOMPARE(m_settings->language(), QStringLiteral("fr_CH"));
    }

    // A page added by another part (notifications) is a tab of its own, told when to keep.
    void addedPageIsATab()
    {
        PreferencesDialog dialog(m_settings.get(), m_history.get(), AuditLog::defaultPath());
        auto *page = new QWidget;
        dialog.addPage(page, QStringLiteral("Notifications"));
        auto *pages = child<QTabWidget>(dialog, "pages");
        QCOMPARE(pages->count(), 2);
        QCOMPARE(pages->tabText(1), QStringLiteral("Notifications"));
        QCOMPARE(pages->widget(1), page);
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        QSignalSpy reloaded(&dialog, &PreferencesDialog::reloaded);
        QVERIFY(dialog.apply());
        QCOMPARE(applied.size(), 1);
        dialog.reload();
        QCOMPARE(reloaded.size(), 1);
    }

    // The window's Preferences has a Colours page: applied and kept on OK/Apply, not before,
    // and View › Colours shows the choice the page made.
    void coloursPageAppliesWithTheDialog()
    {
        ConnectionProfilesModel profiles(&m_settings->store());
        TestServices services(m_settings.get(), &profiles);
        MainWindow window(services.forWindow());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("colorSchemeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), ColorScheme::name(ColorScheme::current()));
        combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
        QCOMPARE(ColorScheme::current(), ColorScheme::Scheme::System); // nothing before Apply
        QVERIFY(dialog->apply());
        QCOMPARE(ColorScheme::current(), ColorScheme::Scheme::Dark);
        QCOMPARE(m_settings->store().value(ColorScheme::settingsKey()).toString(), QStringLiteral("dark"));
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("colorSchemeMenu"));
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionColors_dark"))->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionColors_system"))->isChecked());
        ColorScheme::apply(ColorScheme::Scheme::System);
        dialog->reload();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
        dialog->close();
    }

    // Ctrl+, in the main window: Edit ▸ Preferences, one dialog however often it is pressed.
    void ctrlCommaOpensOneDialog()
    {
        ConnectionProfilesModel profiles(&m_settings->store());
        TestServices services(m_settings.get(), &profiles);
        MainWindow window(services.forWindow());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QVERIFY(action->isEnabled()); // also without an instance
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(window.findChildren<PreferencesDialog *>().size(), 1);
        auto *dialog = window.findChild<PreferencesDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        action->trigger();
        QCOMPARE(window.findChildren<PreferencesDialog *>().size(), 1);
        // The default interval is what the connect dialog offers a new connection.
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("defaultIntervalSpinBox"))->setValue(4.0);
        QVERIFY(dialog->apply());
        // With no instance shown the toolbar shows the default, and sets it.
        auto *toolbarInterval = window.findChild<QDoubleSpinBox *>(QStringLiteral("intervalSpinBox"));
        QCOMPARE(toolbarInterval->value(), 4.0);
        toolbarInterval->setValue(3.0);
        QCOMPARE(m_settings->pollIntervalMs(), 3000);
        toolbarInterval->setValue(4.0);
        dialog->reject();
        QTRY_COMPARE(window.findChildren<PreferencesDialog *>().size(), 0);
        window.openConnectDialog();
        QSpinBox *connectInterval = nullptr;
        QTRY_VERIFY((connectInterval = window.findChild<QSpinBox *>(QStringLiteral("pollIntervalSpin"))));
        QCOMPARE(connectInterval->value(), 4000);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
