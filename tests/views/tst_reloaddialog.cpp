// The reload confirmation on the offscreen platform, given a snapshot read from a real haproxy:
// a clean instance says in one line that nothing would be lost and offers no reapply; after a
// server added at runtime, a weight and a map entry changed, the tree shows those groups with
// their counts (the added server only once the configuration file is given, on 3.0+), the two
// exports write 0600 files with what DriftDetector makes, the checkbox's state reaches
// reloadRequested, and Escape cancels without requesting anything.

#include "core/client/runtimeconnection.h"
#include "core/workflows/reloadsnapshotreader.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/maproutingconfig.h"
#include "views/reloaddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

ReloadSnapshot capture(RuntimeConnection &connection, const QString &configurationPath)
{
    ReloadSnapshotReader reader(&connection);
    QSignalSpy finished(&reader, &ReloadSnapshotReader::finished);
    QSignalSpy failed(&reader, &ReloadSnapshotReader::failed);
    if (!reader.start(configurationPath)
        || !QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000)
        || finished.isEmpty()) {
        qWarning(
            "no snapshot: %s", failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        return {};
    }
    return finished.first().first().value<ReloadSnapshot>();
}

// "Group (count)" of every top-level row.
QStringList groups(const ReloadDialog &dialog)
{
    auto *tree = dialog.findChild<QTreeWidget *>(u"lossTree"_s);
    QStringList result;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        result.append(tree->topLevelItem(i)->text(0));
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReloadDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ReloadSnapshot>(); }

    void lossShownExportedAndConfirmed()
    {
        QTemporaryDir dir;
        MapRoutingConfig files;
        QVERIFY(dir.isValid() && files.writeFiles(dir));
        HaproxyFixture haproxy(files.options());
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(Endpoint::parse(u"unix:"_s + haproxy.adminSocket()).value());
        connection.open();
        QTRY_VERIFY(connection.isReady());

        // Nothing changed: one line says so, and there is nothing to put back.
        {
            ReloadDialog clean(capture(connection, haproxy.configPath()), u"demo"_s);
            clean.show();
            QVERIFY(clean.loss().isEmpty());
            QVERIFY(clean.windowTitle().contains(u"demo"_s));
            QVERIFY(
                clean.findChild<QLabel *>(u"lossSummary"_s)->text().startsWith(u"Nothing would be lost"_s));
            QVERIFY(!clean.findChild<QTreeWidget *>(u"lossTree"_s)->isVisible());
            auto *reapply = clean.findChild<QCheckBox *>(u"reapplyCheck"_s);
            QVERIFY(!reapply->isEnabled());
            QVERIFY(!reapply->toolTip().isEmpty());
            QSignalSpy requested(&clean, &ReloadDialog::reloadRequested);
            clean.findChild<QPushButton *>(u"reloadButton"_s)->click();
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.first().first().toBool(), false);
        }

        QVERIFY(haproxy.addBackend(u"dyn"_s));
        const QByteArray dynAddress = haproxy.backendAddress(u"dyn"_s).toUtf8();
        QCOMPARE(
            HaproxyFixture::rawCommand(haproxy.adminSocket(), "add server be_a/dyn " + dynAddress + " check"),
            "New server registered.\n\n");
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be_b/s2 weight 40"), "\n");
        QCOMPARE(HaproxyFixture::rawCommand(
                     haproxy.adminSocket(), "set map " + files.map.reference.toUtf8() + " a.example be_b"),
            "\n");

        // Read without the configuration file, as a caller that has none would: HAProxy 3.0+
        // marks no runtime-added server, so the file is what finds it.
        ReloadDialog dialog(capture(connection, QString()), u"demo"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!DriftDetector::connMarksRuntimeOnly(dialog.snapshot().conn)) {
            // The added server is seen only as a server in maintenance.
            QCOMPARE(groups(dialog),
                (QStringList {
                    u"Weights (1)"_s, u"Maintenance and drain states (1)"_s, u"Map and ACL entries (1)"_s }));
            QVERIFY(dialog.findChild<QLabel *>(u"lossNotes"_s)->text().contains(u"3.0"_s));
        }
        dialog.findChild<QLineEdit *>(u"configEdit"_s)->setText(haproxy.configPath());
        dialog.setConfigurationFile(haproxy.configPath());
        QCOMPARE(dialog.snapshot().configurationPath, haproxy.configPath());
        QCOMPARE(groups(dialog),
            (QStringList {
                u"Servers added at runtime (1)"_s, u"Weights (1)"_s, u"Map and ACL entries (1)"_s }));
        auto *tree = dialog.findChild<QTreeWidget *>(u"lossTree"_s);
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(ReloadDialog::SubjectColumn), u"be_a/dyn"_s);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(ReloadDialog::RunsNowColumn), u"40"_s);
        QCOMPARE(
            tree->topLevelItem(2)->child(0)->text(ReloadDialog::SubjectColumn), u"a.example in hosts.map"_s);
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(ReloadDialog::ReloadGivesColumn), u"be_a"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"lossSummary"_s)->text().contains(u"3 runtime change"_s));

        // The exports: private files with what DriftDetector makes of the snapshot.
        const QString stateFile = dir.filePath(u"out.state"_s);
        const QString linesFile = dir.filePath(u"out.cfg"_s);
        QString error;
        QVERIFY2(dialog.exportServerState(stateFile, &error), qPrintable(error));
        QVERIFY2(dialog.exportServerLines(linesFile, &error), qPrintable(error));
        QCOMPARE(readFile(stateFile), DriftDetector::serverStateFile(dialog.snapshot().state));
        QVERIFY(readFile(stateFile).contains(" dyn "));
        QCOMPARE(readFile(linesFile), "# backend be_a\nserver dyn " + dynAddress + " check\n");
        for (const QString &path : { stateFile, linesFile })
            QCOMPARE(QFile::permissions(path),
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(dialog.findChild<QPushButton *>(u"exportLinesButton"_s)->isEnabled());

        // Enter in the configuration field reads the file; it never reloads.
        QVERIFY(!dialog.findChild<QPushButton *>(u"reloadButton"_s)->isDefault());
        {
            QSignalSpy early(&dialog, &ReloadDialog::reloadRequested);
            auto *edit = dialog.findChild<QLineEdit *>(u"configEdit"_s);
            edit->setFocus();
            QTRY_VERIFY(edit->hasFocus());
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            QCOMPARE(early.size(), 0);
        }

        // Tab follows the eye: the file, the list, the exports, the choice, then the buttons.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<QWidget *> order { dialog.findChild<QLineEdit *>(u"configEdit"_s),
            dialog.findChild<QPushButton *>(u"browseConfigButton"_s), tree,
            dialog.findChild<QPushButton *>(u"exportStateButton"_s),
            dialog.findChild<QPushButton *>(u"exportLinesButton"_s),
            dialog.findChild<QCheckBox *>(u"reapplyCheck"_s),
            dialog.findChild<QPushButton *>(u"reloadButton"_s) };
        order.first()->setFocus();
        QTRY_VERIFY(order.first()->hasFocus());
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), order.at(i));
        }

        // The checkbox (checked by default, toggled with its mnemonic) reaches the signal.
        auto *reapply = dialog.findChild<QCheckBox *>(u"reapplyCheck"_s);
        QVERIFY(reapply->isEnabled() && reapply->isChecked());
        QSignalSpy requested(&dialog, &ReloadDialog::reloadRequested);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        // A mnemonic animates the click: the button acts when the animation ends.
        QTest::keyClick(tree, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(!reapply->isChecked());
        QTest::keyClick(reapply, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(reapply->isChecked());
        QTest::keyClick(reapply, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toBool(), true);
        QVERIFY(!dialog.isVisible());

        reapply->setChecked(false);
        dialog.show();
        dialog.findChild<QPushButton *>(u"reloadButton"_s)->click();
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().first().toBool(), false);

        // Escape cancels: nothing requested.
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(requested.size(), 2);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestReloadDialog)
#include "tst_reloaddialog.moc"
