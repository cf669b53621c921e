#include "core/parsers/backendlistparser.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray readData(const QString &name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("data/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestBackendListParser : public QObject
{
    Q_OBJECT

private slots:
    void sample26();
    void sample30();
    void recorded();
    void errors_data();
    void errors();
    void edges();
};

void TestBackendListParser::sample26()
{
    const auto result = BackendListParser::parse(readData(QStringLiteral("backend_26.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QList<QByteArray> expected = { "be", "be_nocheck", "be_leastconn", "be_first", "be_random",
        "be_staticrr", "be_source_map", "be_source_cons", "be_uri_map", "be_empty" };
    QCOMPARE(*result, expected); // be_empty has no server and is listed all the same
}

void TestBackendListParser::sample30()
{
    const auto result = BackendListParser::parse(readData(QStringLiteral("backend_30.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QList<QByteArray> expected = { "be", "be_nocheck", "be_leastconn", "be_first", "be_random",
        "be_staticrr", "be_source_map", "be_source_cons", "be_uri_map", "be_empty" };
    QCOMPARE(*result, expected);
}

void TestBackendListParser::recorded()
{
    // Listen sections (tcp_in) are backends too; frontends are not listed.
    const auto result = BackendListParser::parse(readData(QStringLiteral("backend_26_statuses.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(*result, (QList<QByteArray> { "tcp_in", "bst", "bdyn", "bdown" }));
}

void TestBackendListParser::errors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray("\n\n") << QStringLiteral("empty");
    QTest::newRow("unknown command") << QByteArray("Unknown command: 'show backends'\n\n")
                                     << QStringLiteral("Unknown command");
    QTest::newRow("show stat") << QByteArray("# pxname,svname\nbe,s1,\n\n") << QStringLiteral("# pxname");
    QTest::newRow("no space") << QByteArray("#name\nbe\n\n") << QStringLiteral("#name");
    QTest::newRow("binary") << QByteArray("\x00\x01", 2) << QString();
}

void TestBackendListParser::errors()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, mentions);
    const auto result = BackendListParser::parse(answer);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestBackendListParser::edges()
{
    const auto headerOnly = BackendListParser::parse("# name\n\n");
    QVERIFY(headerOnly.ok());
    QVERIFY(headerOnly->isEmpty());

    const auto crlf = BackendListParser::parse("# name\r\nbe1\r\nbe2\r\n\r\n");
    QVERIFY(crlf.ok());
    QCOMPARE(*crlf, (QList<QByteArray> { "be1", "be2" }));

    const auto noBlank = BackendListParser::parse("# name\nbe1\nbe2");
    QVERIFY(noBlank.ok());
    QCOMPARE(*noBlank, (QList<QByteArray> { "be1", "be2" }));

    // The blank line ends the answer; a newer HAProxy's extra columns are ignored.
    const auto more = BackendListParser::parse("# name mode\nbe1 http\n  be2\ttcp\n\nleftover\n");
    QVERIFY(more.ok());
    QCOMPARE(*more, (QList<QByteArray> { "be1", "be2" }));
}

QTEST_GUILESS_MAIN(TestBackendListParser)
#include "tst_backendlistparser.moc"
