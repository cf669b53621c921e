#include "core/protocol/balancealgorithm.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What a balance algorithm allows at runtime, and the one message the add server dialog and
// the rolling replace show for a backend that cannot (or might not) take new servers.
class TestBalanceAlgorithm : public QObject
{
    Q_OBJECT
private slots:
    void dynamicServers_data()
    {
        QTest::addColumn<QByteArray>("algo");
        QTest::addColumn<BalanceAlgorithm::DynamicServers>("expected");
        using D = BalanceAlgorithm::DynamicServers;
        QTest::newRow("roundrobin") << QByteArray("roundrobin") << D::Yes;
        QTest::newRow("leastconn") << QByteArray("leastconn") << D::Yes;
        QTest::newRow("first") << QByteArray("first") << D::Yes;
        QTest::newRow("random") << QByteArray("random") << D::Yes;
        QTest::newRow("static-rr") << QByteArray("static-rr") << D::No;
        QTest::newRow("source") << QByteArray("source") << D::Unknown;
        QTest::newRow("uri") << QByteArray("uri") << D::Unknown;
        QTest::newRow("url_param") << QByteArray("url_param") << D::Unknown;
        QTest::newRow("hdr") << QByteArray("hdr(host)") << D::Unknown;
        QTest::newRow("rdp-cookie") << QByteArray("rdp-cookie") << D::Unknown;
        QTest::newRow("hash") << QByteArray("hash") << D::Unknown;
    }
    void dynamicServers()
    {
        QFETCH(QByteArray, algo);
        QFETCH(BalanceAlgorithm::DynamicServers, expected);
        QCOMPARE(BalanceAlgorithm::dynamicServers(algo), expected);
        const QString message = BalanceAlgorithm::dynamicServersMessage(u"be"_s, algo);
        QCOMPARE(message.isEmpty(), expected == BalanceAlgorithm::DynamicServers::Yes);
        if (!message.isEmpty())
            QVERIFY2(message.contains(u"Backend 'be'"_s), qPrintable(message));
        if (expected == BalanceAlgorithm::DynamicServers::No)
            QVERIFY(message.contains(u"static-rr"_s));
        if (expected == BalanceAlgorithm::DynamicServers::Unknown) {
            QVERIFY(message.contains(u"hash-type consistent"_s));
            QVERIFY(message.contains(QString::fromUtf8(algo)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBalanceAlgorithm)
#include "tst_balancealgorithm.moc"
