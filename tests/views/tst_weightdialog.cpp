#include "models/trafficsharetracker.h"
#include "tests/support/snapshotbuilder.h"
#include "views/weightdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

// The weight dialog on the offscreen platform: the previewed shares while the slider moves,
// the percent mode, static-rr restrictions, the actual share column, and the commands.
class TestWeightDialog : public QObject
{
    Q_OBJECT

    struct Row
    {
        QByteArray backend;
        QByteArray name; // "BACKEND" for the backend row
        QByteArray status = "UP";
        int weight = 1; // effective and user weight
        QByteArray algo = "roundrobin"; // backend rows
        qint64 lbtot = 0;
        bool backup = false;
    };

    static SnapshotPtr snapshot(const QList<Row> &rows, qint64 timeMs = 0)
    {
        SnapshotBuilder builder;
        builder.haproxy26Columns().at(0, timeMs);
        for (const Row &row : rows) {
            if (row.name == "BACKEND")
                builder.backend(row.backend).algo(row.algo);
            else
                builder.server(row.backend, row.name);
            builder.status(row.status).weight(row.weight).backup(row.backup);
            builder.lbtot(row.lbtot).sessionsTotal(row.lbtot);
        }
        return builder.build();
    }

    // be: two servers of weight 100 and a canary at 25; st: static-rr.
    SnapshotPtr cluster(qint64 canaryLbtot = 0, qint64 timeMs = 0)
    {
        return snapshot(
            { { "be", "BACKEND", "UP", 225 }, { "be", "s1", "UP", 100, {}, canaryLbtot * 5 },
                { "be", "s2", "UP", 100, {}, canaryLbtot * 4 }, { "be", "canary", "UP", 25, {}, canaryLbtot },
                { "st", "BACKEND", "UP", 20, "static-rr" }, { "st", "a", "UP", 10 },
                { "st", "b", "UP", 10 } },
            timeMs);
    }

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s in the dialog", T::staticMetaObject.className(), name);
        return widget;
    }
    static QString cell(QWidget *dialog, const QString &server, int column)
    {
        auto *table = child<QTableWidget>(dialog, "shareTable");
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, WeightDialog::ServerColumn)->text() == server)
                return table->item(r, column)->text();
        }
        return QStringLiteral("<no row for %1>").arg(server);
    }
    static QStringList lines(const QList<RuntimeCommand> &commands)
    {
        QStringList out;
        for (const RuntimeCommand &command : commands)
            out << command.text();
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sliderPreviewsTheShare()
    {
        WeightDialog dialog(cluster(), { { QStringLiteral("be"), QStringLiteral("canary") } });
        auto *slider = child<QSlider>(&dialog, "weightSlider");
        QCOMPARE(slider->maximum(), 256);
        QCOMPARE(slider->value(), 25); // starts at the current weight
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::ShareNowColumn), QStringLiteral("11.1 %"));
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("11.1 %"));

        slider->setValue(50);
        QCOMPARE(child<QSpinBox>(&dialog, "weightSpin")->value(), 50);
        // 50 / (100 + 100 + 50)
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("20.0 %"));
        QCOMPARE(cell(&dialog, QStringLiteral("s1"), WeightDialog::NewShareColumn), QStringLiteral("40.0 %"));
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::WeightColumn), QStringLiteral("25 → 50"));
        // The share now does not move with the slider: nothing was sent.
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::ShareNowColumn), QStringLiteral("11.1 %"));
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("20.0 %")));

        // Half the traffic: the canary's weight equals the two others together.
        child<QSpinBox>(&dialog, "weightSpin")->setValue(200);
        QCOMPARE(slider->value(), 200);
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("50.0 %"));

        slider->setValue(0);
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("0.0 %"));
        QCOMPARE(cell(&dialog, QStringLiteral("s2"), WeightDialog::NewShareColumn), QStringLiteral("50.0 %"));
        QCOMPARE(lines(dialog.commands()), QStringList { QStringLiteral("set server be/canary weight 0") });
    }

    void percentOfInitialWeight()
    {
        WeightDialog dialog(cluster(), { { QStringLiteral("be"), QStringLiteral("canary") } });
        auto *percent = child<QRadioButton>(&dialog, "percentRadio");
        QVERIFY(!percent->isEnabled()); // initial weight unknown
        dialog.setInitialWeights({ { QStringLiteral("be/canary"), 100 } });
        QVERIFY(percent->isEnabled());
        dialog.setMode(WeightDialog::Mode::Percent);
        QCOMPARE(dialog.value(), 25); // 25 of an initial 100
        dialog.setValue(50);
        QCOMPARE(dialog.newWeight({ QStringLiteral("be"), QStringLiteral("canary") }), 50);
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("20.0 %"));
        QCOMPARE(lines(dialog.commands()), QStringList { QStringLiteral("set server be/canary weight 50%") });

        // HAProxy truncates: 33 % of 100 is 33, 50 % of an initial 25 would be 12.
        dialog.setInitialWeights({ { QStringLiteral("be/canary"), 25 } });
        QCOMPARE(dialog.newWeight({ QStringLiteral("be"), QStringLiteral("canary") }), 12);
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::WeightColumn), QStringLiteral("25 → 12"));
    }

    void severalServersGetTheSameWeight()
    {
        WeightDialog dialog(cluster(),
            { { QStringLiteral("be"), QStringLiteral("s1") },
                { QStringLiteral("be"), QStringLiteral("s2") } });
        dialog.setValue(25);
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::NewShareColumn), QStringLiteral("33.3 %"));
        QCOMPARE(lines(dialog.commands()),
            (QStringList { QStringLiteral("set server be/s1 weight 25"),
                QStringLiteral("set server be/s2 weight 25") }));
    }

    void staticRoundRobinOnlyAllowsZeroOrInitial()
    {
        WeightDialog dialog(cluster(), { { QStringLiteral("st"), QStringLiteral("a") } });
        QVERIFY(dialog.isStaticAlgorithm());
        auto *message = child<QLabel>(&dialog, "algorithmMessage");
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("static-rr")));
        QVERIFY(!child<QRadioButton>(&dialog, "absoluteRadio")->isEnabled());
        QCOMPARE(dialog.mode(), WeightDialog::Mode::Percent);
        QCOMPARE(dialog.value(), 100);

        auto *slider = child<QSlider>(&dialog, "weightSlider");
        slider->setValue(37);
        QCOMPARE(slider->value(), 0);
        QCOMPARE(child<QSpinBox>(&dialog, "weightSpin")->value(), 0);
        QCOMPARE(cell(&dialog, QStringLiteral("b"), WeightDialog::NewShareColumn), QStringLiteral("100.0 %"));
        QCOMPARE(lines(dialog.commands()), QStringList { QStringLiteral("set server st/a weight 0%") });
        child<QSpinBox>(&dialog, "weightSpin")->setValue(70);
        QCOMPARE(slider->value(), 100);
        QCOMPARE(lines(dialog.commands()), QStringList { QStringLiteral("set server st/a weight 100%") });
    }

    void drainedAndMaintServers()
    {
        const SnapshotPtr s = snapshot({ { "be", "BACKEND", "UP", 10 }, { "be", "s1", "UP", 10 },
            { "be", "old", "DRAIN", 0 }, { "be", "new", "MAINT", 1 } });
        WeightDialog dialog(s, { { QStringLiteral("be"), QStringLiteral("new") } });
        QCOMPARE(
            cell(&dialog, QStringLiteral("s1"), WeightDialog::ShareNowColumn), QStringLiteral("100.0 %"));
        QCOMPARE(cell(&dialog, QStringLiteral("old"), WeightDialog::ShareNowColumn), QStringLiteral("0.0 %"));
        dialog.setValue(10);
        // A canary added in maintenance: the share it will get once put in service.
        QCOMPARE(cell(&dialog, QStringLiteral("new"), WeightDialog::NewShareColumn),
            QStringLiteral("50.0 % once ready"));
    }

    void actualShareOverTheLastMinute()
    {
        TrafficShareTracker tracker;
        tracker.addSnapshot(cluster(0, 0));
        tracker.addSnapshot(cluster(100, 10'000)); // s1 +500, s2 +400, canary +100
        WeightDialog dialog(cluster(100, 10'000), { { QStringLiteral("be"), QStringLiteral("canary") } });
        QCOMPARE(
            cell(&dialog, QStringLiteral("canary"), WeightDialog::ActualShareColumn), QStringLiteral("–"));
        dialog.setTrafficShareTracker(&tracker);
        QCOMPARE(cell(&dialog, QStringLiteral("canary"), WeightDialog::ActualShareColumn),
            QStringLiteral("10.0 %"));
        QCOMPARE(
            cell(&dialog, QStringLiteral("s1"), WeightDialog::ActualShareColumn), QStringLiteral("50.0 %"));
    }

    void screenshot()
    {
        // Written only when asked (HADESK_SCREENSHOT_DIR), so test runs leave the tree alone.
        const QString dir = qEnvironmentVariable("HADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HADESK_SCREENSHOT_DIR not set");
        TrafficShareTracker tracker;
        tracker.addSnapshot(cluster(0, 0));
        tracker.addSnapshot(cluster(100, 10'000));
        WeightDialog dialog(cluster(100, 10'000), { { QStringLiteral("be"), QStringLiteral("canary") } });
        dialog.setInitialWeights({ { QStringLiteral("be/canary"), 100 } });
        dialog.setTrafficShareTracker(&tracker);
        dialog.setValue(50);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("weight-dialog.png"))));
    }
};

QTEST_MAIN(TestWeightDialog)
#include "tst_weightdialog.moc"
