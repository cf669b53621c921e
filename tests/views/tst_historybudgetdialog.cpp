#include "models/historystore.h"
#include "models/settings.h"
#include "views/historybudgetdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The history memory dialog on the offscreen platform: the figures it shows, and a budget
// typed into it reaching every history and the settings, clamped with a word when out of
// bounds.
class TestHistoryBudgetDialog : public QObject
{
    Q_OBJECT

    static constexpr qsizetype MiB = 1024 * 1024;

    // An instance of `backends` backends of `each` servers, polled twice.
    static void feed(HistoryStore &store, const QString &id, int backends, int each)
    {
        for (qint64 t = 0; t < 2; ++t) {
            auto s = std::make_shared<Snapshot>();
            s->takenAtMs = 1'700'000'400'000 + t * 1000;
            s->monotonicMs = 1000 + t * 1000;
            for (int b = 0; b < backends; ++b) {
                for (int i = 0; i <= each; ++i) {
                    StatRow row;
                    row.pxname = "be" + QByteArray::number(b);
                    row.svname = i < each ? "s" + QByteArray::number(i) : QByteArray("BACKEND");
                    row.type = i < each ? StatRow::Type::Server : StatRow::Type::Backend;
                    row.stot = row.lbtot = t * 10;
                    row.scur = 3;
                    s->stat.rows.append(row);
                }
            }
            store.addSnapshot(id, s);
        }
        store.waitForIdle();
    }

    // Types `text` into the spin box as a user would, and presses Enter (Apply is the default).
    static void typeBudget(HistoryBudgetDialog &dialog, const QString &text)
    {
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("budgetSpinBox"));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }

    static QString text(const HistoryBudgetDialog &dialog, const char *name)
    {
        const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("(none)");
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsWhatTheHistoryHolds()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hadesk.ini")));
        HistoryStore store;
        store.setBudgetBytes(InstanceHistory::MinimumBudgetBytes);
        feed(store, QStringLiteral("a"), 20, 100);
        HistoryBudgetDialog dialog(&store, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const InstanceHistory *history = store.find(QStringLiteral("a"));
        QVERIFY(history->unrecordedCount() > 0);
        QCOMPARE(text(dialog, "unrecordedLabel"), QString::number(history->unrecordedCount()));
        QCOMPARE(text(dialog, "reducedLabel"), QString::number(history->reducedCount()));
        QVERIFY2(text(dialog, "heldLabel").contains(QStringLiteral("1 instance")),
            qPrintable(text(dialog, "heldLabel")));
        QVERIFY2(text(dialog, "projectedLabel").endsWith(QStringLiteral("MiB"))
                || text(dialog, "projectedLabel").endsWith(QStringLiteral("KiB")),
            qPrintable(text(dialog, "projectedLabel")));
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("budgetSpinBox"));
        QCOMPARE(spin->value(), 1);
        QVERIFY(!spin->accessibleName().isEmpty());
        QCOMPARE(QApplication::focusWidget(), spin);
        // A second instance shows up with its next update.
        feed(store, QStringLiteral("b"), 1, 2);
        QVERIFY2(text(dialog, "heldLabel").contains(QStringLiteral("2 instance")),
            qPrintable(text(dialog, "heldLabel")));
    }

    void budgetReachesTheStoreAndTheSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hadesk.ini"));
        Settings settings(file);
        QCOMPARE(settings.historyBudgetMiB(), int(InstanceHistory::DefaultBudgetBytes / MiB));
        HistoryStore store;
        feed(store, QStringLiteral("a"), 20, 100);
        HistoryBudgetDialog dialog(&store, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("budgetSpinBox"))->value(), 256);
        QCOMPARE(text(dialog, "unrecordedLabel"), QStringLiteral("0"));

        QSignalSpy changed(&settings, &Settings::historyBudgetChanged);
        typeBudget(dialog, QStringLiteral("1"));
        QCOMPARE(store.budgetBytes(), 1 * MiB);
        QCOMPARE(store.find(QStringLiteral("a"))->budgetBytes(), 1 * MiB);
        QCOMPARE(settings.historyBudgetMiB(), 1);
        QCOMPARE(changed.size(), 1);
        // Applied at once: the history shrank, and the dialog says so; the servers it dropped
        // are counted from the next poll on.
        QVERIFY(store.find(QStringLiteral("a"))->projectedBytes() <= 1 * MiB);
        QCOMPARE(text(dialog, "projectedLabel"),
            QLocale().formattedDataSize(
                store.find(QStringLiteral("a"))->projectedBytes(), 1, QLocale::DataSizeIecFormat));
        feed(store, QStringLiteral("a"), 20, 100);
        QVERIFY(store.find(QStringLiteral("a"))->unrecordedCount() > 0);
        QCOMPARE(text(dialog, "unrecordedLabel"),
            QString::number(store.find(QStringLiteral("a"))->unrecordedCount()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
        // Kept for the next start.
        settings.store().sync();
        QCOMPARE(Settings(file).historyBudgetMiB(), 1);

        // The Apply button does the same.
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("budgetSpinBox"));
        spin->setValue(300);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Apply),
            Qt::LeftButton);
        QCOMPARE(store.budgetBytes(), 300 * MiB);
        QCOMPARE(settings.historyBudgetMiB(), 300);
        // New instances get it too.
        QCOMPARE(store.history(QStringLiteral("new"))->budgetBytes(), 300 * MiB);
    }

    void outOfBoundsIsClampedWithAWord()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hadesk.ini")));
        HistoryStore store;
        HistoryBudgetDialog dialog(&store, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(!message->isVisible());
        typeBudget(dialog, QStringLiteral("0"));
        QCOMPARE(store.budgetBytes(), qsizetype(Settings::MinHistoryBudgetMiB) * MiB);
        QCOMPARE(settings.historyBudgetMiB(), Settings::MinHistoryBudgetMiB);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("set to 1 MiB")), qPrintable(message->text()));
        typeBudget(dialog, QStringLiteral("999999"));
        QCOMPARE(settings.historyBudgetMiB(), Settings::MaxHistoryBudgetMiB);
        QCOMPARE(store.budgetBytes(), qsizetype(Settings::MaxHistoryBudgetMiB) * MiB);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("budgetSpinBox"))->value(),
            Settings::MaxHistoryBudgetMiB);
        QVERIFY2(message->text().contains(QStringLiteral("65536")), qPrintable(message->text()));
    }

    // A hand-edited file cannot make the history huge or empty.
    void settingsClampWhatTheFileSays()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hadesk.ini"));
        for (const auto &[stored, expected] :
            std::initializer_list<std::pair<QVariant, int>> { { QStringLiteral("garbage"), 256 }, { -5, 1 },
                { 0, 1 }, { 10'000'000'000LL, 65536 }, { 512, 512 } }) {
            {
                QSettings raw(file, QSettings::IniFormat);
                raw.setValue(QStringLiteral("history/budgetMiB"), stored);
            }
            QCOMPARE(Settings(file).historyBudgetMiB(), expected);
        }
    }

    void closesWithEscape()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hadesk.ini")));
        HistoryStore store;
        HistoryBudgetDialog dialog(&store, &settings);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(store.budgetBytes(), InstanceHistory::DefaultBudgetBytes); // nothing applied
    }
};

QTEST_MAIN(TestHistoryBudgetDialog)
#include "tst_historybudgetdialog.moc"
