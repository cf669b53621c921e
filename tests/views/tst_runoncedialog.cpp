#include "views/runoncedialog.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

// A run that goes on until finish() is called, as a runner waiting for answers does.
class FakeRunDialog : public RunOnceDialog
{
public:
    FakeRunDialog()
    {
        ok = new QPushButton(QStringLiteral("OK"), this);
        cancel = new QPushButton(QStringLiteral("Cancel"), this);
        progress = new QProgressBar(this);
        progress->setVisible(false);
    }

    void finish() { running = false; }

    QPushButton *ok = nullptr;
    QPushButton *cancel = nullptr;
    QProgressBar *progress = nullptr;
    bool runnable = true;
    bool running = false;
    int runs = 0;
    int cancels = 0;

protected:
    bool canRun() const override { return runnable; }
    bool isRunning() const override { return running; }
    void cancelRun() override { ++cancels; }
    void run() override
    {
        beginRun(ok, cancel, progress);
        running = true;
        ++runs;
    }
};

} // namespace

class TestRunOnceDialog : public QObject
{
    Q_OBJECT
private slots:
    void firstOkRunsOnceThenCloses()
    {
        FakeRunDialog dialog;
        dialog.show();
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.accept();
        QCOMPARE(dialog.runs, 1);
        QVERIFY(dialog.hasRun());
        QVERIFY(dialog.isVisible()); // stays to show the results
        QVERIFY(!dialog.ok->isEnabled());
        QCOMPARE(dialog.cancel->text(), QStringLiteral("Stop"));
        QVERIFY(!dialog.progress->isHidden());

        dialog.accept(); // still running: nothing
        QCOMPARE(dialog.runs, 1);
        QVERIFY(finished.isEmpty());

        dialog.finish();
        dialog.accept();
        QCOMPARE(dialog.runs, 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void nothingRunsWhenItCannot()
    {
        FakeRunDialog dialog;
        dialog.runnable = false;
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.runs, 0);
        QVERIFY(!dialog.hasRun());
        QVERIFY(dialog.isVisible());
    }

    void escapeWhileRunningCancelsAndStays()
    {
        FakeRunDialog dialog;
        dialog.show();
        dialog.accept();
        dialog.reject();
        QCOMPARE(dialog.cancels, 1);
        QVERIFY(dialog.isVisible());

        // Once it ran, every way out is an accept: the caller must know commands went out.
        dialog.finish();
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelBeforeTheRunRejects()
    {
        FakeRunDialog dialog;
        dialog.show();
        dialog.reject();
        QCOMPARE(dialog.cancels, 0);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestRunOnceDialog)
#include "tst_runoncedialog.moc"
