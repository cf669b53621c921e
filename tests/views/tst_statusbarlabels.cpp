#include "views/statusbarlabels.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

// The status bar's words: the status (bold for an error) and how fresh the numbers are.
class TestStatusBarLabels : public QObject
{
    Q_OBJECT

    static QString rows(int count) { return StatusBarLabels::tr(" · %n row(s)", nullptr, count); }

private slots:
    void statusBoldOnlyForErrors()
    {
        QStatusBar bar;
        StatusBarLabels labels(&bar);
        auto *label = bar.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(label);
        labels.setStatus(u"Error: refused"_s, true);
        QCOMPARE(labels.statusText(), u"Error: refused"_s);
        QCOMPARE(label->toolTip(), u"Error: refused"_s);
        QVERIFY(label->font().bold());
        labels.setStatus(u"Connected"_s, false);
        QVERIFY(!label->font().bold());
    }

    void refreshSaysWhenRowsAndHowLong()
    {
        QStatusBar bar;
        StatusBarLabels labels(&bar);
        Snapshot snapshot;
        const QDateTime taken(QDate(2026, 1, 2), QTime(13, 4, 5));
        snapshot.takenAtMs = taken.toMSecsSinceEpoch();
        snapshot.pollDurationUs = 1000;
        snapshot.parseDurationUs = 500;
        labels.showRefresh(snapshot, 6, 300, false, {});
        QCOMPARE(labels.refreshText(), u"Updated 13:04:05%1 · 1.5 ms"_s.arg(rows(6)));
        auto *label = bar.findChild<QLabel *>(u"refreshLabel"_s);
        QCOMPARE(label->toolTip(),
            u"Asking HAProxy took 1.0 ms, reading its answer 0.5 ms, updating the tables 0.3 ms"_s);

        snapshot.pollDurationUs = 25000; // from 10 ms on, whole milliseconds
        labels.showRefresh(snapshot, 1, 0, true, {});
        QCOMPARE(labels.refreshText(), u"Updated 13:04:05%1 · 26 ms · paused"_s.arg(rows(1)));

        // A large instance read by what is on screen says so; a plan whose full poll comes at
        // every interval says nothing more.
        StatusBarLabels::PollPlan plan { 12, 1000, 20000 };
        labels.showRefresh(snapshot, 10011, 0, false, plan);
        QVERIFY2(labels.refreshText().endsWith(u" · on screen every 1 s, all rows every 20 s"_s),
            qPrintable(labels.refreshText()));
        QVERIFY2(label->toolTip().contains(u"reads the 12 prox"_s), qPrintable(label->toolTip()));
        plan.fullIntervalMs = 1000;
        labels.showRefresh(snapshot, 10011, 0, false, plan);
        QVERIFY(!labels.refreshText().contains(u"on screen"_s));

        labels.setRefreshNote(u"Waiting to reconnect"_s);
        QCOMPARE(labels.refreshText(), u"Waiting to reconnect"_s);
        labels.clearRefresh();
        QVERIFY(labels.refreshText().isEmpty());
    }
};

QTEST_MAIN(TestStatusBarLabels)
#include "tst_statusbarlabels.moc"
