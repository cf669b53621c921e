#include "core/protocol/runtimecommand.h"

#include <QTest>

// RuntimeCommand is the last line of defence against a second command on the wire. Its
// checks are real checks in every build (an assertion would vanish in a release build and
// abort a debug one): a bad line or payload gives an invalid command, which nothing sends.
class TestRuntimeCommand : public QObject
{
    Q_OBJECT
private slots:
    void badLinesGiveInvalidCommands_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("LF") << QByteArray("show info\nshutdown sessions server be/s1");
        QTest::newRow("CR") << QByteArray("show info\rshow stat");
        QTest::newRow("NUL") << QByteArray("show info\0show stat", 19);
        QTest::newRow("too long") << QByteArray("show info ") + QByteArray(RuntimeCommand::MaxLineBytes, 'x');
        QTest::newRow("empty") << QByteArray();
    }
    void badLinesGiveInvalidCommands()
    {
        QFETCH(QByteArray, line);
        const RuntimeCommand command =
            RuntimeCommand::make(line, RuntimeCommand::Effect::Write, AccessLevel::Admin);
        QVERIFY(!command.isValid());
        QVERIFY(command.line().isEmpty());
    }

    void longestLineIsValid()
    {
        const QByteArray line = "show info " + QByteArray(RuntimeCommand::MaxLineBytes - 10, 'x');
        QCOMPARE(line.size(), RuntimeCommand::MaxLineBytes);
        const RuntimeCommand command =
            RuntimeCommand::make(line, RuntimeCommand::Effect::Read, AccessLevel::User);
        QVERIFY(command.isValid());
        QCOMPARE(command.wireBytes(), line + '\n');
    }

    void badPayloadsGiveInvalidCommands_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty line ends it early")
            << QByteArray("add map #0 <<") << QByteArray("a 1\n\nshow info");
        QTest::newRow("leading empty line") << QByteArray("add map #0 <<") << QByteArray("\na 1");
        QTest::newRow("trailing LF") << QByteArray("add map #0 <<") << QByteArray("a 1\n");
        QTest::newRow("custom end inside")
            << QByteArray("add map #0 <<END") << QByteArray("a 1\nEND\nshow info");
        QTest::newRow("CR") << QByteArray("add map #0 <<") << QByteArray("a 1\rshow info");
        QTest::newRow("NUL") << QByteArray("add map #0 <<") << QByteArray("a\0b", 3);
        QTest::newRow("empty payload") << QByteArray("add map #0 <<") << QByteArray();
        QTest::newRow("no marker") << QByteArray("add map #0 a") << QByteArray("b 1");
    }
    void badPayloadsGiveInvalidCommands()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, payload);
        RuntimeCommand command =
            RuntimeCommand::make(line, RuntimeCommand::Effect::Write, AccessLevel::Admin);
        QVERIFY(command.isValid());
        command.setPayload(payload);
        QVERIFY(!command.isValid());
        QVERIFY(command.line().isEmpty());
    }

    void goodPayloadIsFramed()
    {
        RuntimeCommand command =
            RuntimeCommand::make("add map #0 <<", RuntimeCommand::Effect::Write, AccessLevel::Admin);
        command.setPayload("a 1\nb 2");
        QVERIFY(command.isValid());
        QCOMPARE(command.wireBytes(), QByteArray("add map #0 <<\na 1\nb 2\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeCommand)
#include "tst_runtimecommand.moc"
