#include "models/statrowtext.h"
#include "models/stattablemodel.h"

#include <QLocale>
#include <QTest>

// The stat table's words for a row, apart from the model that shows them.
class TestStatRowText : public QObject
{
    Q_OBJECT

    static StatRow server()
    {
        StatRow row;
        row.type = StatRow::Type::Server;
        row.pxname = "be";
        row.svname = "s1";
        return row;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void numbers()
    {
        QCOMPARE(StatRowText::number(StatRow::NoValue), QString());
        QCOMPARE(StatRowText::number(1234), QStringLiteral("1,234"));
    }

    void bytes()
    {
        QCOMPARE(StatRowText::bytes(StatRow::NoValue), QString());
        QCOMPARE(StatRowText::bytes(512), QStringLiteral("512 B"));
        QCOMPARE(StatRowText::bytes(1536), QStringLiteral("1.50 KiB"));
        QCOMPARE(StatRowText::bytes(qint64(15.2 * 1024 * 1024)), QStringLiteral("15.2 MiB"));
        QCOMPARE(StatRowText::bytes(qint64(152) * 1024 * 1024 * 1024), QStringLiteral("152 GiB"));
    }

    // sameDuration() says what comparing the two texts would, for every pair around the
    // places where duration() changes its units.
    void sameDurationAgreesWithTheText()
    {
        const QList<qint64> starts { 0, 1, 59, 60, 61, 3599, 3600, 3601, 3659, 3660, 86399, 86400, 86401,
            89999, 90000, 864000, 864000 + 3599 };
        const QList<qint64> steps { 0, 1, 2, 59, 60, 61, 3599, 3600, 3601, 86400 };
        for (const qint64 a : starts) {
            for (const qint64 step : steps) {
                const qint64 b = a + step;
                QVERIFY2(
                    StatRowText::sameDuration(a, b) == (StatRowText::duration(a) == StatRowText::duration(b)),
                    qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
                QCOMPARE(StatRowText::sameDuration(b, a), StatRowText::sameDuration(a, b));
            }
        }
        QVERIFY(StatRowText::sameDuration(StatRow::NoValue, StatRow::NoValue));
        QVERIFY(!StatRowText::sameDuration(StatRow::NoValue, 0));
        QVERIFY(!StatRowText::sameDuration(-1, -2)); // shown as numbers
        QVERIFY(StatRowText::sameDuration(7200, 7259)); // "2h 0m" for a minute
    }

    void durations()
    {
        QCOMPARE(StatRowText::duration(StatRow::NoValue), QString());
        QCOMPARE(StatRowText::duration(42), QStringLiteral("42s"));
        QCOMPARE(StatRowText::duration(5 * 60 + 12), QStringLiteral("5m 12s"));
        QCOMPARE(StatRowText::duration(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3d 4h"));
    }

    void role()
    {
        StatRow row = server();
        row.act = 1;
        row.bck = 0;
        QCOMPARE(StatRowText::role(row), QStringLiteral("active"));
        row.act = 0;
        row.bck = 1;
        QCOMPARE(StatRowText::role(row), QStringLiteral("backup"));
        StatRow backend;
        backend.type = StatRow::Type::Backend;
        backend.act = 2;
        backend.bck = 1;
        QCOMPARE(StatRowText::role(backend), QStringLiteral("2 active, 1 backup"));
    }

    void check()
    {
        StatRow row = server();
        QCOMPARE(StatRowText::check(row), QString());
        row.checkStatus = "L7OK";
        row.checkCode = 200;
        row.checkDuration = 1;
        QCOMPARE(StatRowText::check(row), QStringLiteral("L7OK/200 in 1 ms"));
    }

    void toolTips()
    {
        StatRow row = server();
        row.bin = 2048;
        row.bout = 10;
        QCOMPARE(StatRowText::toolTip(row, StatTableModel::BytesIn), QStringLiteral("2,048 bytes"));
        QCOMPARE(StatRowText::toolTip(row, StatTableModel::BytesOut), QStringLiteral("10 bytes"));
        QCOMPARE(StatRowText::toolTip(row, StatTableModel::Proxy), QString());
        row.dreq = 3;
        row.dresp = 4;
        QCOMPARE(
            StatRowText::toolTip(row, StatTableModel::Denied), QStringLiteral("Requests 3, responses 4"));
    }
};

QTEST_GUILESS_MAIN(TestStatRowText)
#include "tst_statrowtext.moc"
