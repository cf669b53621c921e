#include "haproxyversion.h"

#include <QTest>

class TestHaproxyVersion : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::newRow("debian 2.6") << QByteArray("2.6.12-1+deb12u4") << 2 << 6 << 12;
        QTest::newRow("3.2 with hash") << QByteArray("3.2.0-e134140") << 3 << 2 << 0;
        QTest::newRow("dev") << QByteArray("3.3-dev5") << 3 << 3 << 0;
        QTest::newRow("lts plain") << QByteArray("2.8.5") << 2 << 8 << 5;
        QTest::newRow("spaces") << QByteArray("  3.0.1  ") << 3 << 0 << 1;
        QTest::newRow("garbage") << QByteArray("abc") << 0 << 0 << 0;
        QTest::newRow("empty") << QByteArray() << 0 << 0 << 0;
        QTest::newRow("no minor") << QByteArray("3") << 0 << 0 << 0;
        QTest::newRow("huge") << QByteArray("99999999999.1") << 0 << 0 << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        const HaproxyVersion version = HaproxyVersion::parse(text);
        QCOMPARE(version.major, major);
        QCOMPARE(version.minor, minor);
        QCOMPARE(version.patch, patch);
        QCOMPARE(version.isValid(), major > 0);
    }

    void capabilities()
    {
        QVERIFY(!HaproxyVersion::parse("2.6.12").hasWaitSrvRemovable());
        QVERIFY(!HaproxyVersion::parse("2.9.9").hasWaitSrvRemovable());
        QVERIFY(HaproxyVersion::parse("3.0.0").hasWaitSrvRemovable());
        QVERIFY(HaproxyVersion::parse("3.2.0-e134140").hasWaitSrvRemovable());
        QVERIFY(HaproxyVersion::parse("2.6.12").atLeast(2, 6, 12));
        QVERIFY(!HaproxyVersion::parse("2.6.12").atLeast(2, 6, 13));
        QVERIFY(HaproxyVersion::parse("2.10.0").atLeast(2, 9));
    }
};

QTEST_GUILESS_MAIN(TestHaproxyVersion)
#include "tst_haproxyversion.moc"
