#include "core/workflows/servercondition.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The one reading of a server's condition that safe remove, rolling replace and scheduled
// drains share, from a recorded `show servers state` answer.
class TestServerCondition : public QObject
{
    Q_OBJECT

    static RuntimeReply recorded()
    {
        QFile file(QFINDTESTDATA("data/servers_state_26_statuses.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        RuntimeReply reply;
        reply.body = file.readAll();
        return reply;
    }

private slots:
    void readsAdminStates_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<ServerCondition>("condition");
        QTest::newRow("up") << u"ok"_s << ServerCondition::Ready;
        QTest::newRow("down is still ready") << u"dead"_s << ServerCondition::Ready;
        QTest::newRow("forced maint") << u"m"_s << ServerCondition::Maint;
        QTest::newRow("maint through a track") << u"trkm"_s << ServerCondition::Maint;
        QTest::newRow("forced drain") << u"drn"_s << ServerCondition::Drain;
        QTest::newRow("not listed") << u"nosuch"_s << ServerCondition::Deleted;
    }
    void readsAdminStates()
    {
        QFETCH(QString, server);
        QFETCH(ServerCondition, condition);
        const RuntimeReply reply = recorded();
        QVERIFY(!reply.body.isEmpty());
        const ServerConditionReader conditions = ServerConditionReader::read(reply);
        QVERIFY(conditions.isRead());
        QVERIFY(conditions.error().isEmpty());
        QCOMPARE(conditions.of(server), condition);
    }

    void missingBackendMeansDeleted()
    {
        RuntimeReply reply;
        reply.error = RuntimeError::HaproxyError;
        reply.errorMessage = u"Can't find backend."_s;
        const ServerConditionReader conditions = ServerConditionReader::read(reply);
        QVERIFY(conditions.isRead());
        QCOMPARE(conditions.of(u"s1"_s), ServerCondition::Deleted);
    }

    void failedAnswerIsUnknown_data()
    {
        QTest::addColumn<RuntimeError>("error");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("disconnected") << RuntimeError::Disconnected << QByteArray();
        QTest::newRow("permission denied") << RuntimeError::PermissionDenied << QByteArray();
        QTest::newRow("another HAProxy error") << RuntimeError::HaproxyError << QByteArray();
        QTest::newRow("not a servers state answer") << RuntimeError::None << QByteArray("garbage\n");
    }
    void failedAnswerIsUnknown()
    {
        QFETCH(RuntimeError, error);
        QFETCH(QByteArray, body);
        RuntimeReply reply;
        reply.error = error;
        reply.errorMessage = error == RuntimeError::None ? QString() : u"it went wrong"_s;
        reply.body = body;
        const ServerConditionReader conditions = ServerConditionReader::read(reply);
        QVERIFY(!conditions.isRead());
        QVERIFY(!conditions.error().isEmpty());
        QCOMPARE(conditions.of(u"ok"_s), ServerCondition::Unknown);
    }

    void namesForPeople()
    {
        QCOMPARE(serverConditionName(ServerCondition::Ready), u"READY"_s);
        QCOMPARE(serverConditionName(ServerCondition::Drain), u"DRAIN"_s);
        QCOMPARE(serverConditionName(ServerCondition::Maint), u"MAINT"_s);
        QCOMPARE(serverConditionName(ServerCondition::Deleted), u"deleted"_s);
        QVERIFY(serverConditionName(ServerCondition::Unknown).isEmpty());
        QCOMPARE(serverConditionText(ServerCondition::Unknown), u"an unknown state"_s);
        QCOMPARE(serverConditionText(ServerCondition::Maint), u"MAINT"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerCondition)
#include "tst_servercondition.moc"
