// PromptFramer: answers cut on HAProxy's "\n> " prompt, whatever the pieces they arrive in;
// empty answers, pipelined answers in one read, a terminator split across reads, and the peak.

#include "core/client/promptframer.h"

#include <QTest>

class tst_PromptFramer : public QObject
{
    Q_OBJECT

private slots:
    void oneAnswer()
    {
        PromptFramer framer;
        QVERIFY(!framer.next());
        framer.append("Name: HAProxy\nPid: 7\n\n> ");
        const std::optional<QByteArray> body = framer.next();
        QVERIFY(body);
        QCOMPARE(*body, QByteArray("Name: HAProxy\nPid: 7\n"));
        QVERIFY(framer.isEmpty());
        QVERIFY(!framer.next());
    }

    void emptyAnswers()
    {
        PromptFramer framer;
        framer.append("\n> > ");
        QCOMPARE(framer.next(), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(framer.next(), std::optional<QByteArray>(QByteArray()));
        QVERIFY(!framer.next());
    }

    void pipelinedAnswersInOneRead()
    {
        PromptFramer framer;
        framer.append("first\n\n> a much longer second answer\n\n> third");
        QCOMPARE(*framer.next(), QByteArray("first\n"));
        QCOMPARE(*framer.next(), QByteArray("a much longer second answer\n"));
        QVERIFY(!framer.next()); // "third" is not complete yet
        QCOMPARE(framer.size(), 5);
        framer.append("\n\n> ");
        QCOMPARE(*framer.next(), QByteArray("third\n"));
    }

    void terminatorSplitAcrossReads()
    {
        const QByteArray answer("line 1\nline 2\n\n> ");
        for (qsizetype cut = 1; cut < answer.size(); ++cut) {
            PromptFramer framer;
            framer.append(answer.left(cut));
            QVERIFY2(!framer.next(), qPrintable(QString::number(cut)));
            framer.append(answer.mid(cut));
            const std::optional<QByteArray> body = framer.next();
            QVERIFY2(body, qPrintable(QString::number(cut)));
            QCOMPARE(*body, QByteArray("line 1\nline 2\n"));
        }
    }

    void clearAndPeak()
    {
        PromptFramer framer;
        framer.append(QByteArray(1000, 'x'));
        QVERIFY(!framer.next());
        QCOMPARE(framer.peakSize(), 1000);
        framer.clear();
        QVERIFY(framer.isEmpty());
        framer.append("ok\n> ");
        QCOMPARE(*framer.next(), QByteArray("ok"));
        QCOMPARE(framer.peakSize(), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_PromptFramer)
#include "tst_promptframer.moc"
