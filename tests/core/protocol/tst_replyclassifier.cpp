#include "core/protocol/commandbuilder.h"
#include "core/protocol/replyclassifier.h"

#include <QTest>

using Rule = RuntimeCommand::SuccessRule;
using Effect = RuntimeCommand::Effect;

Q_DECLARE_METATYPE(RuntimeError)
Q_DECLARE_METATYPE(ReplySeverity)

// Bodies below are real HAProxy 2.6 answers (prompt mode with `set severity-output
// number`, prompt removed), see docs/runtime-api.md.
class TestReplyClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RuntimeError>("error");
        QTest::addColumn<ReplySeverity>("severity");
        QTest::addColumn<QByteArray>("cleanBody");

        const int any = int(Rule::AnyAnswer), empty = int(Rule::EmptyAnswer),
                  msg = int(Rule::ExpectedMessage), addr = int(Rule::AddressChange);
        QTest::newRow("level") << QByteArray("show cli level") << any << QByteArray()
                               << QByteArray("[6]: admin\n") << RuntimeError::None << ReplySeverity::Info
                               << QByteArray("admin\n");
        QTest::newRow("table has no tag")
            << QByteArray("get weight be/s1") << any << QByteArray() << QByteArray("1 (initial 1)\n")
            << RuntimeError::None << ReplySeverity::None << QByteArray("1 (initial 1)\n");
        QTest::newRow("state ok") << QByteArray("set server be/s1 state drain") << empty << QByteArray()
                                  << QByteArray() << RuntimeError::None << ReplySeverity::None
                                  << QByteArray();
        QTest::newRow("no such server")
            << QByteArray("set server be/nope state drain") << empty << QByteArray()
            << QByteArray("[3]: No such server.\n") << RuntimeError::HaproxyError << ReplySeverity::Error
            << QByteArray("No such server.\n");
        QTest::newRow("permission") << QByteArray("set server be/s1 state drain") << empty << QByteArray()
                                    << QByteArray("[3]: Permission denied\n")
                                    << RuntimeError::PermissionDenied << ReplySeverity::Error
                                    << QByteArray("Permission denied\n");
        QTest::newRow("permission untagged")
            << QByteArray("show sess") << any << QByteArray() << QByteArray("Permission denied\n")
            << RuntimeError::PermissionDenied << ReplySeverity::None << QByteArray("Permission denied\n");
        QTest::newRow("unknown command tagged info")
            << QByteArray("wait 1s srv-removable be/s1") << any << QByteArray()
            << QByteArray(
                   "[6]: Unknown command, but maybe one of the following ones is a better match:\n  x\n")
            << RuntimeError::UnknownCommand << ReplySeverity::Info
            << QByteArray("Unknown command, but maybe one of the following ones is a better match:\n  x\n");
        QTest::newRow("add ok") << QByteArray("add server be/x 127.0.0.1:1") << msg
                                << QByteArray("New server registered.")
                                << QByteArray("[6]: New server registered.\n") << RuntimeError::None
                                << ReplySeverity::Info << QByteArray("New server registered.\n");
        QTest::newRow("add static-rr")
            << QByteArray("add server bs/x 127.0.0.1:1") << msg << QByteArray("New server registered.")
            << QByteArray("[3]: Backend must use a dynamic load balancing to support "
                          "dynamic servers.")
            << RuntimeError::HaproxyError << ReplySeverity::Error
            << QByteArray("Backend must use a dynamic load balancing to support dynamic "
                          "servers.");
        QTest::newRow("del ok untagged")
            << QByteArray("del server be/x") << msg << QByteArray("Server deleted.")
            << QByteArray("Server deleted.") << RuntimeError::None << ReplySeverity::None
            << QByteArray("Server deleted.");
        QTest::newRow("del not maint")
            << QByteArray("del server be/s1") << msg << QByteArray("Server deleted.")
            << QByteArray("Only servers in maintenance mode can be deleted.") << RuntimeError::HaproxyError
            << ReplySeverity::None << QByteArray("Only servers in maintenance mode can be deleted.");
        QTest::newRow("addr port changed")
            << QByteArray("set server be/s1 addr 127.0.0.1 port 18103") << addr << QByteArray()
            << QByteArray("[4]: no need to change the addr, port changed from '18101' "
                          "to '18103' by 'stats socket command'\n")
            << RuntimeError::None << ReplySeverity::Warning
            << QByteArray("no need to change the addr, port changed from '18101' to "
                          "'18103' by 'stats socket command'\n");
        QTest::newRow("addr invalid tagged warning")
            << QByteArray("set server be/s1 addr foo.bar") << addr << QByteArray()
            << QByteArray("[4]: Invalid addr 'foo.bar' by 'stats socket command'\n")
            << RuntimeError::HaproxyError << ReplySeverity::Warning
            << QByteArray("Invalid addr 'foo.bar' by 'stats socket command'\n");
        QTest::newRow("addr bad port")
            << QByteArray("set server be/s1 addr 127.0.0.1 port abc") << addr << QByteArray()
            << QByteArray("no need to change the addr, problem converting port 'abc' to "
                          "an int by 'stats socket command'\n")
            << RuntimeError::HaproxyError << ReplySeverity::None
            << QByteArray("no need to change the addr, problem converting port 'abc' to "
                          "an int by 'stats socket command'\n");
        // 3.0+ (checked on 3.0.11): the same address and port, and another address family.
        QTest::newRow("addr nothing changed (3.0+)")
            << QByteArray("set server be/s1 addr 127.0.0.1") << addr << QByteArray()
            << QByteArray("[4]: nothing changed\n") << RuntimeError::None << ReplySeverity::Warning
            << QByteArray("nothing changed\n");
        QTest::newRow("addr nothing changed untagged (3.0+)")
            << QByteArray("set server be/s1 addr 127.0.0.1") << addr << QByteArray()
            << QByteArray("nothing changed\n") << RuntimeError::None << ReplySeverity::None
            << QByteArray("nothing changed\n");
        QTest::newRow("addr other family (3.0+)")
            << QByteArray("set server be/s1 addr 127.0.0.1") << addr << QByteArray()
            << QByteArray("Update to families other than AF_INET and AF_INET6 supported only through "
                          "configuration file\n")
            << RuntimeError::HaproxyError << ReplySeverity::None
            << QByteArray("Update to families other than AF_INET and AF_INET6 supported only through "
                          "configuration file\n");
        QTest::newRow("check-port warning is an error")
            << QByteArray("set server be/s1 check-port 99") << empty << QByteArray()
            << QByteArray("[4]: health checks are not enabled on this server") << RuntimeError::HaproxyError
            << ReplySeverity::Warning << QByteArray("health checks are not enabled on this server");
        QTest::newRow("untagged text where empty expected")
            << QByteArray("set server be/s1 weight abc") << empty << QByteArray()
            << QByteArray("Empty weight string empty or preceded by garbage") << RuntimeError::HaproxyError
            << ReplySeverity::None << QByteArray("Empty weight string empty or preceded by garbage");
        QTest::newRow("dump error tagged")
            << QByteArray("show servers state nope") << any << QByteArray()
            << QByteArray("[3]: Can't find backend.\n") << RuntimeError::HaproxyError << ReplySeverity::Error
            << QByteArray("Can't find backend.\n");
        QTest::newRow("dump error untagged (one-shot)")
            << QByteArray("get weight be/nope") << any << QByteArray() << QByteArray("No such server.\n")
            << RuntimeError::HaproxyError << ReplySeverity::None << QByteArray("No such server.\n");
        QTest::newRow("severity lookalike is body")
            << QByteArray("show backend") << any << QByteArray() << QByteArray("[x]: # name\n")
            << RuntimeError::None << ReplySeverity::None << QByteArray("[x]: # name\n");
        QTest::newRow("expected message missing")
            << QByteArray("add server be/x 127.0.0.1:1") << msg << QByteArray("New server registered.")
            << QByteArray() << RuntimeError::HaproxyError << ReplySeverity::None << QByteArray();
    }

    void classify()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, rule);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, body);
        QFETCH(RuntimeError, error);
        QFETCH(ReplySeverity, severity);
        QFETCH(QByteArray, cleanBody);
        const RuntimeCommand command =
            RuntimeCommand::make(line, Effect::Write, AccessLevel::Admin, Rule(rule), expected);
        const RuntimeReply reply = ReplyClassifier::classify(command, body);
        QCOMPARE(reply.error, error);
        QCOMPARE(reply.severity, severity);
        QCOMPARE(reply.body, cleanBody);
        QCOMPARE(reply.ok(), error == RuntimeError::None);
        if (!reply.ok())
            QVERIFY2(!reply.errorMessage.isEmpty(), "an error always carries words");
    }

    void haproxyTextIsShownVerbatim()
    {
        const RuntimeCommand command = RuntimeCommand::make("add server be/x 127.0.0.1:1", Effect::Write,
            AccessLevel::Admin, Rule::ExpectedMessage, "New server registered.");
        const RuntimeReply reply = ReplyClassifier::classify(
            command, "[3]: Already exists a server with the same name in backend.\n");
        QCOMPARE(
            reply.errorMessage, QStringLiteral("Already exists a server with the same name in backend."));
    }

    void promptAnswerLosesPayloadPromptsAndKeepsToItsCap()
    {
        // One "+ " prompt ahead of the answer for each payload prompt.
        const RuntimeCommand add = CommandBuilder::rawWithPayload(
            QStringLiteral("add map #0 <<"), QStringLiteral("a.example 1\nb.example 2"))
                                       .value();
        QVERIFY(add.payloadPromptCount() > 0);
        const QByteArray prompts = QByteArray("+ ").repeated(add.payloadPromptCount());
        const RuntimeReply added = ReplyClassifier::classifyPromptAnswer(add, prompts + "\n", 1024);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage));
        QCOMPARE(added.body.trimmed(), QByteArray());

        RuntimeCommand small = CommandBuilder::showInfo();
        small.setMaxAnswerBytes(10);
        QCOMPARE(ReplyClassifier::answerCap(small, 1024), 10);
        QCOMPARE(ReplyClassifier::answerCap(small, 5), 5);
        QCOMPARE(ReplyClassifier::answerCap(CommandBuilder::showCliLevel(), 1024), 1024);
        const RuntimeReply tooLarge = ReplyClassifier::classifyPromptAnswer(small, QByteArray(11, 'x'), 1024);
        QCOMPARE(tooLarge.error, RuntimeError::AnswerTooLarge);
        QVERIFY(ReplyClassifier::classifyPromptAnswer(small, "Pid: 1\n", 1024).ok());
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
