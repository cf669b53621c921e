// MapEntryAction: an entry change of a map or an ACL as a prepared ServerAction with the exact
// MapCommands line, its refusals passed on, and the level it needs (user, not admin).

#include "core/actions/mapentryaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const MapCommands::Target Map { MapCommands::Kind::Map, u"/etc/haproxy/hosts.map"_s };
const MapCommands::Target Acl { MapCommands::Kind::Acl, u"/etc/haproxy/block.acl"_s };

QString onlyLine(const Result<ServerAction> &action)
{
    const auto plan = action->plan();
    if (!plan || plan->size() != 1)
        return u"(no single step)"_s;
    return plan->first().command.text();
}

} // namespace

class TestMapEntryAction : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheLines()
    {
        const auto add = MapEntryAction::add(Map, { u"a.example"_s, u"be_a"_s });
        QVERIFY2(add.ok(), qPrintable(add.error()));
        QCOMPARE(onlyLine(add), u"add map /etc/haproxy/hosts.map a.example be_a"_s);
        QCOMPARE(add->targets().first().backend, Map.reference);
        QCOMPARE(add->targets().first().server, u"a.example"_s);
        QVERIFY(!add->isDestructive());

        const auto set = MapEntryAction::set(Map, { u"a.example"_s, u"be_b"_s });
        QVERIFY(set.ok());
        QCOMPARE(onlyLine(set), u"set map /etc/haproxy/hosts.map a.example be_b"_s);

        const auto del = MapEntryAction::del(Map, u"a.example"_s);
        QVERIFY(del.ok());
        QCOMPARE(onlyLine(del), u"del map /etc/haproxy/hosts.map a.example"_s);
        QVERIFY(del->isDestructive());

        const auto acl = MapEntryAction::add(Acl, { u"10.0.0.0/8"_s, {} });
        QVERIFY(acl.ok());
        QCOMPARE(onlyLine(acl), u"add acl /etc/haproxy/block.acl 10.0.0.0/8"_s);
        QCOMPARE(onlyLine(MapEntryAction::del(Acl, u"10.0.0.0/8"_s)),
            u"del acl /etc/haproxy/block.acl 10.0.0.0/8"_s);
    }

    void refusalsBuildNothing()
    {
        const auto semicolon = MapEntryAction::add(Map, { u"a.example"_s, u"be;show env"_s });
        QVERIFY(!semicolon.ok());
        QVERIFY(semicolon.error().contains(u"';'"_s));
        QVERIFY(!MapEntryAction::set(Map, { u"a.example"_s, u"two words"_s }).ok());
        QVERIFY(!MapEntryAction::set(Acl, { u"10.0.0.1"_s, u"x"_s }).ok());
        QVERIFY(!MapEntryAction::del(Map, u"#0x1"_s).ok());
    }

    void needsOnlyUserLevel()
    {
        const auto add = MapEntryAction::add(Map, { u"a.example"_s, u"be_a"_s });
        QCOMPARE(add->requiredLevel(), AccessLevel::User);
        QVERIFY(add->disabledReason(AccessLevel::User).isEmpty());
        // A prepared server command still needs admin.
        const RuntimeCommand maint =
            CommandBuilder::setServerState(u"be"_s, u"s1"_s, CommandBuilder::ServerState::Maint).value();
        const ServerAction server = ServerAction::prepared(u"x"_s, { { { u"be"_s, u"s1"_s }, maint } });
        QCOMPARE(server.requiredLevel(), AccessLevel::Admin);
        QVERIFY(!server.disabledReason(AccessLevel::Operator).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapEntryAction)
#include "tst_mapentryaction.moc"
