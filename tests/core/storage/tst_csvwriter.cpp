#include "core/storage/csvwriter.h"

#include <QTest>

// The one CSV writer: quoting of every character that would break a field.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("be/s1 up") << QStringLiteral("be/s1 up");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
    }

    void rows()
    {
        CsvWriter crlf;
        crlf.addRow({ QStringLiteral("time"), QStringLiteral("a,b") });
        crlf.addRow({ QStringLiteral("1"), QString() });
        QCOMPARE(crlf.text(), QStringLiteral("time,\"a,b\"\r\n1,\r\n"));

        CsvWriter lf(CsvWriter::LineEnd::Lf);
        lf.addRow({ QStringLiteral("x\ry") });
        lf.addRow({});
        QCOMPARE(lf.toUtf8(), QByteArray("\"x\ry\"\n\n"));
    }

    void utf8()
    {
        CsvWriter writer;
        writer.addRow({ QStringLiteral("caf\u00e9") });
        QCOMPARE(writer.toUtf8(), QByteArray("caf\xc3\xa9\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
