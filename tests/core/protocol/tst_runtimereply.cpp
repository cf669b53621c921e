#include "core/protocol/runtimereply.h"

#include <QTest>

// RuntimeReply's words for people and its one rule for "ask again": every workflow reads a
// failed read through isTransient(), so a change here changes all of them.
class TestRuntimeReply : public QObject
{
    Q_OBJECT
private slots:
    void textPrefersTheErrorMessage()
    {
        RuntimeReply reply;
        reply.body = "Server is still in use.\n\n";
        QCOMPARE(reply.text(), QStringLiteral("Server is still in use."));
        reply.error = RuntimeError::HaproxyError;
        reply.errorMessage = QStringLiteral("No such server.");
        QCOMPARE(reply.text(), QStringLiteral("No such server."));
        QCOMPARE(reply.message(), QStringLiteral("Server is still in use."));
    }

    void transientErrors_data()
    {
        QTest::addColumn<RuntimeError>("error");
        QTest::addColumn<bool>("transient");
        QTest::newRow("ok") << RuntimeError::None << false;
        QTest::newRow("invalid") << RuntimeError::Invalid << false;
        QTest::newRow("not connected") << RuntimeError::NotConnected << true;
        QTest::newRow("cancelled") << RuntimeError::Cancelled << true;
        QTest::newRow("level too low") << RuntimeError::LevelTooLow << false;
        QTest::newRow("timeout") << RuntimeError::Timeout << true;
        QTest::newRow("disconnected") << RuntimeError::Disconnected << true;
        QTest::newRow("outcome unknown") << RuntimeError::OutcomeUnknown << false;
        QTest::newRow("too large") << RuntimeError::AnswerTooLarge << false;
        QTest::newRow("permission denied") << RuntimeError::PermissionDenied << false;
        QTest::newRow("unknown command") << RuntimeError::UnknownCommand << false;
        QTest::newRow("haproxy error") << RuntimeError::HaproxyError << false;
    }
    void transientErrors()
    {
        QFETCH(RuntimeError, error);
        QFETCH(bool, transient);
        RuntimeReply reply;
        reply.error = error;
        QCOMPARE(reply.isTransient(), transient);
    }
};

QTEST_GUILESS_MAIN(TestRuntimeReply)
#include "tst_runtimereply.moc"
