// The drift dialog on the offscreen platform against a real haproxy: a clean instance shows
// no drift; a weight change and an added server appear in the table, and both exports write
// what DriftDetector makes (checked against the instance read with the raw client). On HAProxy
// 3.0+ the added server is an expected failure until the dialog can be given the configuration.

#include "core/client/runtimeconnection.h"
#include "core/parsers/driftdetector.h"
#include "tests/support/haproxyfixture.h"
#include "views/driftdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 15000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestDriftDialog : public QObject
{
    Q_OBJECT

private slots:
    // A focused configuration field emits editingFinished while the dialog is destroyed; it
    // must not reach refresh() on a half-destroyed dialog (Qt asserts "Called object is not of
    // the correct type"; a release build would call into freed members).
    void destroyedWithTheConfigurationFieldFocused()
    {
        RuntimeConnection connection(Endpoint::parse(u"unix:/nonexistent/admin.sock"_s).value());
        auto dialog = std::make_unique<DriftDialog>(&connection);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto *edit = dialog->findChild<QLineEdit *>(u"configEdit"_s);
        QVERIFY(edit);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        // Typed, not yet confirmed: losing focus is what confirms it.
        QTest::keyClicks(edit, u"/nonexistent/haproxy.cfg"_s);
        QSignalSpy refreshed(dialog.get(), &DriftDialog::refreshed);
        dialog.reset();
        QCOMPARE(refreshed.count(), 0);
    }

    void dialog()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        RuntimeConnection connection(Endpoint::parse(haproxy.adminSocket()).value());
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, WaitMs));

        DriftDialog dialog(&connection);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), WaitMs);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.statusLabel()->text().contains(u"No drift"_s));
        auto *exportLines = dialog.findChild<QPushButton *>(u"exportLinesButton"_s);
        auto *exportState = dialog.findChild<QPushButton *>(u"exportStateButton"_s);
        QVERIFY(exportLines && exportState);
        QVERIFY(!exportLines->isEnabled());
        QVERIFY(exportState->isEnabled());

        QVERIFY(haproxy.addBackend(u"dyn"_s));
        const QByteArray address = haproxy.backendAddress(u"dyn"_s).toUtf8();
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "add server be/dyn " + address),
            QByteArray("New server registered.\n\n"));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s2 weight 30"),
            QByteArray("\n"));

        // Refresh by keyboard (F5).
        QSignalSpy refreshed(&dialog, &DriftDialog::refreshed);
        QTest::keyClick(&dialog, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, WaitMs);
        QStringList rows;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            rows.append(dialog.table()->item(row, DriftDialog::ServerColumn)->text() + u' '
                + dialog.table()->item(row, DriftDialog::CurrentColumn)->text());
        rows.sort();
        QVERIFY2(rows.contains(u"s2 30"_s), qPrintable(rows.join(u", "_s)));
        // For looking at the dialog: HADESK_SCREENSHOT_DIR=/tmp/shots ./tst_driftdialog
        const QString shots = qEnvironmentVariable("HADESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + u"/driftdialog.png"_s));

        QTemporaryDir dir;
        QString error;
        // `show servers conn` marks runtime-only servers on HAProxy 2.x only
        // (DriftDetector::connMarksRuntimeOnly); on 3.0+ the dialog is told the configuration.
        const QByteArray conn = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers conn");
        const Result<ServersConn> parsedConn = ServersConnParser::parse(conn);
        QVERIFY(parsedConn);
        if (!DriftDetector::connMarksRuntimeOnly(*parsedConn)) {
            QVERIFY2(dialog.statusLabel()->text().contains(u"configuration file"_s),
                qPrintable(dialog.statusLabel()->text()));
            refreshed.clear();
            dialog.setConfigurationFile(haproxy.configPath());
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, WaitMs);
        }
        // (On 3.0+ the added server is listed all the same, but as a server put in maint.)
        const QList<QTableWidgetItem *> dynKind = dialog.table()->findItems(
            DriftDetector::kindName(DriftItem::Kind::RuntimeOnly), Qt::MatchExactly);
        QCOMPARE(dynKind.size(), 1);
        QCOMPARE(dialog.table()->item(dynKind.first()->row(), DriftDialog::ServerColumn)->text(), u"dyn"_s);
        QVERIFY(exportLines->isEnabled());
        QVERIFY2(dialog.exportServerLines(dir.filePath(u"lines.cfg"_s), &error), qPrintable(error));
        QCOMPARE(readFile(dir.filePath(u"lines.cfg"_s)), "# backend be\nserver dyn " + address + '\n');
        QVERIFY2(dialog.exportServerState(dir.filePath(u"x.state"_s), &error), qPrintable(error));
        QByteArray live = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers state");
        live.chop(1); // the CLI's end-of-answer blank line
        const QByteArray written = readFile(dir.filePath(u"x.state"_s));
        // Same rows, except the time-since-last-change column may have ticked.
        QCOMPARE(written.count('\n'), live.count('\n'));
        QVERIFY(written.startsWith("1\n# be_id be_name srv_id srv_name"));
        QVERIFY(written.contains(" s2 127.0.0.1 "));
        QVERIFY(!dialog.exportServerState(dir.filePath(u"no/such/dir/x.state"_s), &error));
        QVERIFY(error.contains(u"no/such/dir"_s));
    }
};

QTEST_MAIN(TestDriftDialog)
#include "tst_driftdialog.moc"
