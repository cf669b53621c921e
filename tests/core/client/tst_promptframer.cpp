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

    // The master CLI's prompt, as 2.6 and 3.0 answered a pipelined `prompt`, `show cli level`,
    // `@1 set weight` (empty), a refusal without a blank line (2.6) and, after a failed reload,
    // the prompt with its status; cut at every byte, the answers come out the same.
    void masterPrompts()
    {
        const QByteArray stream =
            "master> admin\n\nmaster> \nmaster> Empty weight string\nmaster[ReloadFailed]> "
            "master> mastery\nmaster-x\n\nmaster> ";
        const QList<QByteArray> expected = { "", "admin\n", "", "Empty weight string", "",
            "mastery\nmaster-x\n" };
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            PromptFramer framer;
            QList<QByteArray> answers;
            QByteArray statusAfterFourth;
            for (const QByteArray &part : { stream.left(cut), stream.mid(cut) }) {
                framer.append(part);
                while (const auto answer = framer.next()) {
                    answers.append(*answer);
                    if (answers.size() == 5)
                        statusAfterFourth = framer.masterStatus();
                }
            }
            QCOMPARE(framer.style(), PromptFramer::Style::Master);
            QCOMPARE(answers, expected);
            QCOMPARE(statusAfterFourth, QByteArray()); // "master> " again after the failed one
            QVERIFY(framer.isEmpty());
        }
        PromptFramer framer;
        framer.append("master[ReloadFailed]> ");
        QCOMPARE(framer.next(), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(framer.masterStatus(), QByteArray("ReloadFailed"));
        // A worker's first prompt is no master's.
        PromptFramer worker;
        worker.append("\n> ");
        QCOMPARE(worker.next(), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(worker.style(), PromptFramer::Style::Worker);
        QCOMPARE(PromptFramer::masterPromptLength("master[Reload Failed]> "), -1);
        QCOMPARE(PromptFramer::masterPromptLength("master[Rel"), 0);
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
