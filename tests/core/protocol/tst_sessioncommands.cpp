#include "core/protocol/replyclassifier.h"
#include "core/protocol/sessioncommands.h"

#include <QTest>

using S = SessionCommands;

class TestSessionCommands : public QObject
{
    Q_OBJECT

private slots:
    void lines()
    {
        QCOMPARE(S::showSessions().line(), "show sess");
        QVERIFY(S::showSessions().runsAlone());
        QCOMPARE(S::showSessions().requiredLevel(), AccessLevel::Operator);
        QCOMPARE(S::showSession(QStringLiteral("0x7efe44041da0"))->line(), "show sess 0x7efe44041da0");
        const auto shut = S::shutdownSession(QStringLiteral("0x7efe44041da0"));
        QCOMPARE(shut->line(), "shutdown session 0x7efe44041da0");
        QVERIFY(shut->isWrite());
        QCOMPARE(shut->requiredLevel(), AccessLevel::Admin);
        QCOMPARE(S::showErrors()->line(), "show errors");
        QCOMPARE(S::showErrors(QStringLiteral("fe"))->line(), "show errors fe");
        QCOMPARE(
            S::showErrors(QStringLiteral("fe"), S::Direction::Response)->line(), "show errors fe response");
        QCOMPARE(S::showErrors({}, S::Direction::Request)->line(), "show errors -1 request");
        QVERIFY(S::showErrors()->runsAlone());
    }
    void notFoundIsAFailure()
    {
        const auto reply =
            ReplyClassifier::classify(*S::shutdownSession(QStringLiteral("0x1")), "Session not found.\n\n");
        QVERIFY(!reply.ok());
        QCOMPARE(reply.errorMessage, QStringLiteral("Session not found."));
        QVERIFY(ReplyClassifier::classify(*S::shutdownSession(QStringLiteral("0x1")), "\n").ok());
        // What 2.6.12 and 3.0.11 answer to `shutdown session` with a pointer no stream has.
        const auto gone = ReplyClassifier::classify(
            *S::shutdownSession(QStringLiteral("0x1")), "No such session (use 'show sess').\n\n");
        QVERIFY(!gone.ok());
        QCOMPARE(gone.errorMessage, QStringLiteral("No such session (use 'show sess')."));
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("empty") << QString();
        QTest::newRow("no 0x") << QStringLiteral("7efe44041da0");
        QTest::newRow("0x alone") << QStringLiteral("0x");
        QTest::newRow("not hex") << QStringLiteral("0x12g4");
        QTest::newRow("too long") << QStringLiteral("0x12345678901234567");
        QTest::newRow("inject") << QStringLiteral("0x1;show info");
        QTest::newRow("all") << QStringLiteral("all");
        QTest::newRow("space") << QStringLiteral("0x1 ");
    }
    void refusals()
    {
        QFETCH(QString, pointer);
        QVERIFY(!S::shutdownSession(pointer).ok());
        QVERIFY(!S::showSession(pointer).ok());
        QVERIFY(!S::showErrors(QStringLiteral("fe;show info")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSessionCommands)
#include "tst_sessioncommands.moc"
