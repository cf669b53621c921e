// MapCommands sent through RuntimeConnection to a real haproxy on its user-level socket
// (map and ACL commands need no higher level); each effect is read back with the
// fixture's own raw client.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/maproutingconfig.h"
#include "tests/support/sendandwait.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using Kind = MapCommands::Kind;

} // namespace

class TestMapCommandsRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MapRoutingConfig config;
        QVERIFY(config.writeFiles(m_dir));
        m_map = config.map;
        m_acl = config.acl;
        m_haproxy = std::make_unique<HaproxyFixture>(config.options());
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->userSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void list()
    {
        const RuntimeReply reply = send(MapCommands::showList(Kind::Map));
        QVERIFY2(reply.ok(), qPrintable(reply.message()));
        const auto list = MapParser::parseList(reply.body);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const auto it = std::find_if(list->cbegin(), list->cend(),
            [this](const PatternListInfo &m) { return m.file == m_map.reference.toUtf8(); });
        QVERIFY(it != list->cend());
        QVERIFY(it->entryCount >= 2);
        // Addressed by its id as well as by its file.
        const auto byId = send(MapCommands::showEntries({ Kind::Map, QStringLiteral("#%1").arg(it->id) }));
        QVERIFY2(byId.ok(), qPrintable(byId.message()));
        QVERIFY(byId.body.contains(" a.example be_a\n"));
    }

    void addSetGetDel()
    {
        QVERIFY(send(MapCommands::add(m_map, { QStringLiteral("c.example"), QStringLiteral("be_b") })).ok());
        QCOMPARE(liveMap().value("c.example"), QByteArray("be_b"));
        QVERIFY(send(MapCommands::setByKey(m_map, QStringLiteral("c.example"), QStringLiteral("be_a"))).ok());
        QCOMPARE(liveMap().value("c.example"), QByteArray("be_a"));

        const RuntimeReply got = send(MapCommands::get(m_map, QStringLiteral("c.example")));
        const auto match = MapParser::parseGet(got.body);
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QVERIFY(match->found);
        QCOMPARE(match->value, QByteArray("be_a"));

        QByteArray ref;
        for (const PatternEntry &e : entries(m_map))
            ref = e.key == "c.example" ? e.ref : ref;
        QVERIFY(!ref.isEmpty());
        QVERIFY(send(MapCommands::setByRef(m_map, QString::fromLatin1(ref), QStringLiteral("be_b"))).ok());
        QCOMPARE(liveMap().value("c.example"), QByteArray("be_b"));
        QVERIFY(send(MapCommands::delByRef(m_map, QString::fromLatin1(ref))).ok());
        QVERIFY(!liveMap().contains("c.example"));
    }

    void errorsAreErrors()
    {
        const RuntimeReply set =
            send(MapCommands::setByKey(m_map, QStringLiteral("nope"), QStringLiteral("v")));
        QVERIFY(!set.ok());
        QVERIFY2(set.message().contains(QStringLiteral("entry not found")), qPrintable(set.message()));
        const RuntimeReply del = send(MapCommands::delByKey(m_map, QStringLiteral("nope")));
        QVERIFY(!del.ok());
        QVERIFY2(del.message().contains(QStringLiteral("Key not found")), qPrintable(del.message()));
        const RuntimeReply unknown = send(MapCommands::clear({ Kind::Map, QStringLiteral("#999") }));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.message().contains(QStringLiteral("Unknown map identifier")),
            qPrintable(unknown.message()));
        const RuntimeReply future =
            send(MapCommands::add(m_map, { QStringLiteral("k"), QStringLiteral("v") }, 99));
        QVERIFY(!future.ok());
        QVERIFY2(future.message().contains(QStringLiteral("Version number in the future")),
            qPrintable(future.message()));
    }

    void payloadKeepsSpaces()
    {
        QVERIFY(send(MapCommands::addMany(m_map,
                         { { QStringLiteral("s1.example"), QStringLiteral("v w") },
                             { QStringLiteral("s2.example"), QStringLiteral("x") } }))
                    .ok());
        const QHash<QByteArray, QByteArray> live = liveMap();
        QCOMPARE(live.value("s1.example"), QByteArray("v w"));
        QCOMPARE(live.value("s2.example"), QByteArray("x"));
        QVERIFY(send(MapCommands::delByKey(m_map, QStringLiteral("s1.example"))).ok());
        QVERIFY(send(MapCommands::delByKey(m_map, QStringLiteral("s2.example"))).ok());
    }

    void versions()
    {
        const QHash<QByteArray, QByteArray> before = liveMap();
        const RuntimeReply prepared = send(MapCommands::prepare(m_map));
        QVERIFY2(prepared.ok(), qPrintable(prepared.message()));
        const auto ver = MapCommands::preparedVersion(prepared.body);
        QVERIFY2(ver.ok(), qPrintable(ver.error()));
        QVERIFY(send(MapCommands::add(m_map, { QStringLiteral("n.example"), QStringLiteral("be_b") }, *ver))
                    .ok());
        // Not live before the commit.
        QCOMPARE(liveMap(), before);
        QCOMPARE(entries(m_map, *ver).size(), 1);
        QVERIFY(send(MapCommands::commit(m_map, *ver)).ok());
        QHash<QByteArray, QByteArray> expected { { "n.example", "be_b" } };
        QCOMPARE(liveMap(), expected);
        const RuntimeReply stale = send(MapCommands::commit(m_map, *ver + 5));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.message().contains(QStringLiteral("out of range")), qPrintable(stale.message()));
    }

    void acl()
    {
        QVERIFY(send(MapCommands::add(m_acl, { QStringLiteral("192.168.0.0/16"), {} })).ok());
        QCOMPARE(entries(m_acl).size(), 2);
        const auto match =
            MapParser::parseGet(send(MapCommands::get(m_acl, QStringLiteral("192.168.1.1"))).body);
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QVERIFY(match->found);
        QCOMPARE(match->key, QByteArray("192.168.0.0/16"));
        QVERIFY(send(MapCommands::delByKey(m_acl, QStringLiteral("192.168.0.0/16"))).ok());
        QCOMPARE(entries(m_acl).size(), 1);
        QVERIFY(send(MapCommands::clear(m_acl)).ok());
        QVERIFY(entries(m_acl).isEmpty());
    }

private:
    RuntimeReply send(const Result<RuntimeCommand> &built)
    {
        if (!built) {
            RuntimeReply refused;
            refused.error = RuntimeError::Cancelled;
            refused.errorMessage = built.error();
            return refused;
        }
        return sendAndWait(*m_connection, *built);
    }
    RuntimeReply send(const RuntimeCommand &command) { return sendAndWait(*m_connection, command); }

    // Read with the fixture's raw client, not the connection under test.
    QList<PatternEntry> entries(const MapCommands::Target &target, qint64 version = MapCommands::NoVersion)
    {
        const QByteArray kind = target.kind == Kind::Map ? "map " : "acl ";
        const QByteArray ver = version < 0 ? QByteArray() : '@' + QByteArray::number(version) + ' ';
        const QByteArray answer = HaproxyFixture::rawCommand(
            m_haproxy->adminSocket(), "show " + kind + ver + target.reference.toUtf8());
        const auto parsed = MapParser::parseEntries(
            answer, target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error()));
        return parsed ? *parsed : QList<PatternEntry>();
    }
    QHash<QByteArray, QByteArray> liveMap()
    {
        QHash<QByteArray, QByteArray> live;
        for (const PatternEntry &e : entries(m_map))
            live.insert(e.key, e.value);
        return live;
    }

    QTemporaryDir m_dir;
    MapCommands::Target m_map;
    MapCommands::Target m_acl;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestMapCommandsRoundTrip)
#include "tst_mapcommandsroundtrip.moc"
