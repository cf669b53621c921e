// ConsoleBatch: the answers of one typed line come out in the order typed whatever order
// they arrive in, each once, with the command echoed, a level warning when the session's
// level looks too low, and errors marked.

#include "core/client/consolebatch.h"
#include "core/protocol/commandbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ConsoleCommand typed(const QString &text, AccessLevel required = AccessLevel::User)
{
    ConsoleCommand command;
    command.text = text;
    command.command = CommandBuilder::raw(text).value();
    command.requiredLevel = required;
    return command;
}

RuntimeReply answer(const QByteArray &body)
{
    RuntimeReply reply;
    reply.body = body;
    return reply;
}

} // namespace

class TestConsoleBatch : public QObject
{
    Q_OBJECT

private slots:
    void answersComeOutInTypedOrder()
    {
        ConsoleBatch batch(
            { typed(u"show info"_s), typed(u"show version"_s), typed(u"help"_s) }, AccessLevel::Admin);
        batch.setReply(2, answer("third\n"));
        QVERIFY(batch.takeReadyText().isEmpty()); // waits for the first two
        batch.setReply(1, answer("second\n"));
        QVERIFY(batch.takeReadyText().isEmpty());
        batch.setReply(0, answer("first\n"));
        QCOMPARE(batch.takeReadyText(),
            (QStringList {
                u"> show info"_s, u"first"_s, u"> show version"_s, u"second"_s, u"> help"_s, u"third"_s }));
        QVERIFY(batch.isDone());
        QVERIFY(batch.takeReadyText().isEmpty()); // each answer once
    }

    void eachAnswerIsShownOnce()
    {
        ConsoleBatch batch({ typed(u"show info"_s), typed(u"help"_s) }, AccessLevel::Admin);
        batch.setReply(0, answer("first\n"));
        QCOMPARE(batch.takeReadyText(), (QStringList { u"> show info"_s, u"first"_s }));
        QVERIFY(!batch.isDone());
        batch.setReply(0, answer("again\n")); // a second answer to the same command is ignored
        batch.setReply(5, answer("nowhere\n"));
        QVERIFY(batch.takeReadyText().isEmpty());
        batch.setReply(1, answer("second\n"));
        QCOMPARE(batch.takeReadyText(), (QStringList { u"> help"_s, u"second"_s }));
        QVERIFY(batch.isDone());
    }

    void emptyAnswerSaysDone()
    {
        QCOMPARE(ConsoleBatch::answerText(typed(u"clear counters"_s), answer({}), AccessLevel::Admin),
            (QStringList { u"> clear counters"_s, u"(done, no output)"_s }));
    }

    void errorIsMarked()
    {
        RuntimeReply reply;
        reply.error = RuntimeError::PermissionDenied;
        reply.errorMessage = u"Permission denied"_s;
        reply.body = "Permission denied\n";
        // The answer is not repeated when it says the same as the error.
        QCOMPARE(ConsoleBatch::answerText(typed(u"show sess"_s), reply, AccessLevel::User),
            (QStringList { u"> show sess"_s, u"✗ Permission denied"_s }));
        reply.body = "more detail\n";
        QCOMPARE(ConsoleBatch::answerText(typed(u"show sess"_s), reply, AccessLevel::User),
            (QStringList { u"> show sess"_s, u"✗ Permission denied\nmore detail"_s }));
    }

    void levelTooLowIsWarned()
    {
        const QStringList text = ConsoleBatch::answerText(
            typed(u"show sess"_s, AccessLevel::Admin), answer("x\n"), AccessLevel::User);
        QCOMPARE(text.size(), 3);
        QCOMPARE(text.at(0), u"> show sess"_s);
        QVERIFY2(
            text.at(1).startsWith(u"# needs level admin, this session is user"_s), qPrintable(text.at(1)));
        QCOMPARE(text.at(2), u"x"_s);
        // An unknown session level warns of nothing.
        QCOMPARE(ConsoleBatch::answerText(
                     typed(u"show sess"_s, AccessLevel::Admin), answer("x\n"), AccessLevel::Unknown)
                     .size(),
            2);
    }

    void payloadCommandIsNotEchoedAgain()
    {
        ConsoleCommand command;
        command.text = u"set ssl cert /a.pem <<"_s;
        command.command = CommandBuilder::rawWithPayload(command.text, u"line"_s).value();
        QVERIFY(command.command.hasPayload());
        // Its lines were echoed as typed; the answer names the command instead.
        QCOMPARE(ConsoleBatch::answerText(command, answer({}), AccessLevel::Admin),
            (QStringList { u"(set ssl cert /a.pem <<: done, no output)"_s }));
        RuntimeReply failed;
        failed.error = RuntimeError::HaproxyError;
        failed.errorMessage = u"unable to load"_s;
        QCOMPARE(ConsoleBatch::answerText(command, failed, AccessLevel::Admin),
            (QStringList { u"✗ set ssl cert /a.pem <<: unable to load"_s }));
    }
};

QTEST_GUILESS_MAIN(TestConsoleBatch)
#include "tst_consolebatch.moc"
