#include "core/parsers/parsetext.h"

#include <QTest>

// The helpers every parser shares: a wrong line split or number here breaks them all.
class TestParseText : public QObject
{
    Q_OBJECT
private slots:
    void linesKeepBlanksAndDropLineEnds()
    {
        const QList<QByteArrayView> lines = ParseText::linesOf("a\r\n\nb c\n  \nd");
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QByteArrayView("a"));
        QCOMPARE(lines.at(1), QByteArrayView(""));
        QCOMPARE(lines.at(2), QByteArrayView("b c"));
        QCOMPARE(lines.at(3), QByteArrayView("  "));
        QCOMPARE(lines.at(4), QByteArrayView("d"));
    }

    void linesCanSkipBlanks()
    {
        const QList<QByteArrayView> lines =
            ParseText::linesOf("a\n\n \t\r\nb\n\n", ParseText::BlankLines::Skip);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArrayView("a"));
        QCOMPARE(lines.at(1), QByteArrayView("b"));
        QVERIFY(ParseText::linesOf({}).isEmpty());
        // The answer's final line break does not make an empty last line.
        QCOMPARE(ParseText::linesOf("x\n").size(), 1);
    }

    void integers()
    {
        QCOMPARE(ParseText::toInteger("0"), 0);
        QCOMPARE(ParseText::toInteger("-12"), -12);
        QCOMPARE(ParseText::toInteger("9223372036854775807"), std::numeric_limits<qint64>::max());
        QCOMPARE(ParseText::toInteger("9223372036854775808"), ParseText::NoValue);
        QCOMPARE(ParseText::toInteger(""), ParseText::NoValue);
        QCOMPARE(ParseText::toInteger("-"), ParseText::NoValue);
        QCOMPARE(ParseText::toInteger("1 "), ParseText::NoValue);
    }

    void firstLineIsTrimmedAndCut()
    {
        QCOMPARE(ParseText::firstLineOf("  Unknown command.  \nmore"), QStringLiteral("Unknown command."));
        const QString cut = ParseText::firstLineOf(QByteArray(300, 'x'));
        QCOMPARE(cut.size(), 201);
        QVERIFY(cut.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(TestParseText)
#include "tst_parsetext.moc"
