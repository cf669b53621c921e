#include "models/weightshare.h"

#include <QTest>

// The expected share of each server from its weight: one rule for the weight dialog and
// the canary chart.
class TestWeightShare : public QObject
{
    Q_OBJECT

    using Server = WeightShare::Server;

    static StatRow row(const char *status, qint64 weight, qint64 bck = 0)
    {
        StatRow row;
        row.type = StatRow::Type::Server;
        row.status = status;
        row.weight = weight;
        row.bck = bck;
        return row;
    }

private slots:
    void proportionalToWeights()
    {
        const QList<double> shares = WeightShare::shares({ { 1, true, false }, { 3, true, false } });
        QCOMPARE(shares, QList<double>({ 0.25, 0.75 }));
    }

    void unusableAndZeroWeightServersGetNothing()
    {
        const QList<double> shares = WeightShare::shares(
            { { 2, true, false }, { 5, false, false }, { 0, true, false }, { 2, true, false } });
        QCOMPARE(shares, QList<double>({ 0.5, 0.0, 0.0, 0.5 }));
    }

    void backupsOnlyWhenNoActiveServerCanTakeTraffic()
    {
        QCOMPARE(WeightShare::shares({ { 1, true, false }, { 1, true, true } }), QList<double>({ 1.0, 0.0 }));
        // The active one is down: the backups share the traffic (as with option allbackups).
        QCOMPARE(WeightShare::shares({ { 1, false, false }, { 1, true, true }, { 3, true, true } }),
            QList<double>({ 0.0, 0.25, 0.75 }));
        // An active one at weight 0 does not keep the backups out.
        QCOMPARE(WeightShare::shares({ { 0, true, false }, { 2, true, true } }), QList<double>({ 0.0, 1.0 }));
    }

    void nobodyTakesTraffic()
    {
        QCOMPARE(
            WeightShare::shares({ { 1, false, false }, { 1, false, true } }), QList<double>({ 0.0, 0.0 }));
        QVERIFY(WeightShare::shares({}).isEmpty());
    }

    void takesTraffic_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("takes");
        QTest::newRow("UP") << QByteArray("UP") << true;
        QTest::newRow("UP 1/3") << QByteArray("UP 1/3") << true;
        QTest::newRow("no check") << QByteArray("no check") << true;
        QTest::newRow("DOWN") << QByteArray("DOWN") << false;
        QTest::newRow("DOWN 1/2") << QByteArray("DOWN 1/2") << false;
        QTest::newRow("DRAIN") << QByteArray("DRAIN") << false;
        QTest::newRow("NOLB") << QByteArray("NOLB") << false;
        QTest::newRow("MAINT") << QByteArray("MAINT") << false;
    }

    void takesTraffic()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, takes);
        QCOMPARE(WeightShare::takesTraffic(row(status.constData(), 1)), takes);
    }

    void serverFromItsRow()
    {
        const Server backup = WeightShare::of(row("UP", 7, 1));
        QCOMPARE(backup.weight, 7);
        QVERIFY(backup.usable);
        QVERIFY(backup.backup);
        const Server noWeight = WeightShare::of(row("DRAIN", StatRow::NoValue, StatRow::NoValue));
        QCOMPARE(noWeight.weight, 0);
        QVERIFY(!noWeight.usable);
        QVERIFY(!noWeight.backup);
    }
};

QTEST_GUILESS_MAIN(TestWeightShare)
#include "tst_weightshare.moc"
