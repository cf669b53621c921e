// CliHandshake: the set-up commands in their order (`set timeout cli` last), all internal with
// the handshake's time limit, and what each answer tells: not a CLI, no information, done.

#include "core/client/clihandshake.h"

#include <QTest>

namespace {

RuntimeReply answer(const QByteArray &body)
{
    RuntimeReply reply;
    reply.body = body;
    return reply;
}

} // namespace

class tst_CliHandshake : public QObject
{
    Q_OBJECT

private slots:
    void commandsInOrder()
    {
        const CliHandshake::Command prompt = CliHandshake::promptCommand(5000);
        QCOMPARE(prompt.command.line(), QByteArray("prompt"));
        QCOMPARE(prompt.command.masterPrefix(), QByteArray()); // written as it is, to either kind
        const QList<CliHandshake::Command> commands = CliHandshake::commands(false, 120, 5000);
        QList<QByteArray> lines;
        for (const CliHandshake::Command &command : commands) {
            lines.append(command.command.line());
            QVERIFY(command.command.isInternal());
            QCOMPARE(command.command.timeoutMs(), 5000);
        }
        QCOMPARE(lines,
            (QList<QByteArray> {
                "set severity-output number", "show cli level", "show info", "set timeout cli 120" }));
        QCOMPARE(commands.last().step, CliHandshake::Step::CliTimeout);
        // A zero or negative timeout is sent as one second, never as "no timeout".
        QCOMPARE(
            CliHandshake::commands(false, 0, 5000).last().command.line(), QByteArray("set timeout cli 1"));
    }

    void masterCommands()
    {
        // Through the master: its own level, then the current worker's `show info` by `@1`;
        // no severity tags or CLI timeout (the master keeps no settings for its workers).
        const QList<CliHandshake::Command> commands = CliHandshake::commands(true, 120, 5000);
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands[0].command.masterWireBytes(), QByteArray("show cli level\n"));
        QCOMPARE(commands[1].command.masterWireBytes(), QByteArray("@1 show info\n"));
        QCOMPARE(commands[1].step, CliHandshake::Step::Info);
    }

    void readsTheAnswers()
    {
        CliHandshake handshake;
        using Outcome = CliHandshake::Outcome;
        QCOMPARE(handshake.read(CliHandshake::Step::Prompt, answer("\n")), Outcome::Continue);
        QCOMPARE(handshake.read(CliHandshake::Step::SeverityOutput, answer("")), Outcome::Continue);
        QCOMPARE(handshake.read(CliHandshake::Step::CliLevel, answer("operator\n")), Outcome::Continue);
        QCOMPARE(handshake.level(), AccessLevel::Operator);
        QCOMPARE(
            handshake.read(CliHandshake::Step::Info, answer("Name: HAProxy\nVersion: 2.6.12\nPid: 42\n")),
            Outcome::Done);
        QCOMPARE(handshake.info().pid(), 42);
    }

    void refusesWhatIsNoCli()
    {
        CliHandshake handshake;
        QCOMPARE(handshake.read(CliHandshake::Step::Prompt, answer("SSH-2.0-OpenSSH_9.6\r\n")),
            CliHandshake::Outcome::NotCli);
        QCOMPARE(handshake.read(CliHandshake::Step::Info, answer("\n")), CliHandshake::Outcome::NoInfo);
    }
};

QTEST_GUILESS_MAIN(tst_CliHandshake)
#include "tst_clihandshake.moc"
