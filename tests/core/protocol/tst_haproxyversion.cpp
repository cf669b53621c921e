#include "core/protocol/haproxyversion.h"

#include <QTest>

Q_DECLARE_METATYPE(HaproxyFeature)

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

    // One row per feature of the table in haproxyversion.cpp: the last version without it
    // and the first with it.
    void features_data()
    {
        QTest::addColumn<HaproxyFeature>("feature");
        QTest::addColumn<QByteArray>("without");
        QTest::addColumn<QByteArray>("with");
        QTest::newRow("custom payload delimiter 2.9")
            << HaproxyFeature::CustomPayloadDelimiter << QByteArray("2.8.14") << QByteArray("2.9.0");
        QTest::newRow("long payload delimiter 3.4")
            << HaproxyFeature::LongPayloadDelimiter << QByteArray("3.3.2") << QByteArray("3.4.0");
        QTest::newRow("wait srv-removable 3.0")
            << HaproxyFeature::WaitSrvRemovable << QByteArray("2.9.15") << QByteArray("3.0.0");
    }
    void features()
    {
        QFETCH(HaproxyFeature, feature);
        QFETCH(QByteArray, without);
        QFETCH(QByteArray, with);
        QVERIFY(!HaproxyVersion::parse("2.6.12-1+deb12u4").supports(feature)); // Debian 12
        QVERIFY(!HaproxyVersion::parse(without).supports(feature));
        QVERIFY(HaproxyVersion::parse(with).supports(feature));
        QVERIFY(HaproxyVersion::parse("3.4.0").supports(feature)); // every row is in 3.4
        QVERIFY(HaproxyVersion::parse("4.0-dev1").supports(feature));
        QVERIFY(!HaproxyVersion().supports(feature)); // unknown version: nothing assumed
        const HaproxyVersion first = HaproxyVersion::firstWith(feature);
        QVERIFY(first.isValid());
        QVERIFY(HaproxyVersion::parse(with).atLeast(first.major, first.minor));
        QVERIFY(!HaproxyVersion::parse(without).atLeast(first.major, first.minor));
    }

    // No release resolves a host name given to `add server` (2.6.12 and 3.0.11 checked by
    // hand): nothing claims it.
    void addServerHostNamesAreNeverResolved()
    {
        const auto feature = HaproxyFeature::AddServerResolvesHostName;
        QVERIFY(!HaproxyVersion::firstWith(feature).isValid());
        for (const char *text : { "2.6.12-1+deb12u4", "3.0.11-9e587df", "3.4.0", "4.0-dev1" })
            QVERIFY2(!HaproxyVersion::parse(text).supports(feature), text);
        QVERIFY(!HaproxyVersion().supports(feature));
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
