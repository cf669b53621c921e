// ClusterMapReplace against a real haproxy: a refused text is sent to no member (not even a
// prepare), a member that is not connected is reported and skipped while the others run,
// and no member connected refuses the whole run.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/workflows/clustermapreplace.h"
#include "tests/support/haproxyfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20000;

} // namespace

class TestClusterMapReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_map = { MapCommands::Kind::Map, m_dir.filePath(u"hosts.map"_s) };
        QFile file(m_map.reference);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a.example be_a\n") > 0);
        file.close();
        HaproxyFixture::Options options;
        options.body = u"frontend fe\n"
                       "    bind 127.0.0.1:${PORT:fe}\n"
                       "    http-request set-header X-Be %[req.hdr(host),map(%1,none)]\n"
                       "    default_backend be\n"
                       "backend be\n"
                       "    server s1 ${BACKEND:s1}\n"_s.arg(m_map.reference);
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->userSocket()).value());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
    }

    void refusedTextIsSentNowhere()
    {
        ClusterMapReplace replace({ { u"a"_s, m_connection.get() }, { u"b"_s, nullptr } });
        const QByteArray before = listLine();
        const Result<void> refused = replace.start(m_map, { { u"x.example"_s, u"be;x"_s } });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"';'"_s), qPrintable(refused.error()));
        QVERIFY(!replace.isRunning());
        QCOMPARE(listLine(), before); // no prepare: the versions did not move
    }

    void runsOnTheConnectedMembersOnly()
    {
        // On a user-level socket: every map command is allowed at that level.
        ClusterMapReplace replace({ { u"a"_s, m_connection.get() }, { u"b"_s, nullptr } });
        QCOMPARE(replace.precheck(), (QList<QString> { QString(), u"Not connected."_s }));
        QSignalSpy finished(&replace, &ClusterMapReplace::finished);
        // By default a member not connected stops the run before anything is sent anywhere.
        const QByteArray before = listLine();
        const Result<void> refused = replace.start(m_map, { { u"a.example"_s, u"be_b"_s } });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"Not connected: b."_s), qPrintable(refused.error()));
        QVERIFY(!replace.isRunning());
        QCOMPARE(listLine(), before);
        replace.setAllowPartial(true);
        QVERIFY(replace.start(m_map, { { u"a.example"_s, u"be_b"_s }, { u"c.example"_s, u"be_c"_s } }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
        QCOMPARE(replace.results().at(0).state, MapReplace::State::Done);
        QCOMPARE(replace.results().at(0).diff.added.size(), 1);
        QCOMPARE(replace.results().at(0).diff.changed.size(), 1);
        QCOMPARE(replace.results().at(1).refusal, u"Not connected."_s);
        QCOMPARE(replace.doneCount(), 1);
        const QByteArray live =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map " + m_map.reference.toUtf8());
        const auto entries = MapParser::parseEntries(live, MapParser::Kind::Map);
        QVERIFY(entries && entries->size() == 2);
        QCOMPARE(entries->at(0).value, QByteArray("be_b"));
    }

    void noMemberConnectedRefuses()
    {
        ClusterMapReplace replace({ { u"b"_s, nullptr } });
        const Result<void> refused = replace.start(m_map, { { u"a.example"_s, u"be_a"_s } });
        QVERIFY(!refused.ok());
        QVERIFY(!replace.isRunning());
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

private:
    QByteArray listLine() const
    {
        const QByteArray answer = HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map");
        for (const QByteArray &line : answer.split('\n'))
            if (line.contains(m_map.reference.toUtf8()))
                return line;
        return {};
    }

    QTemporaryDir m_dir;
    MapCommands::Target m_map;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestClusterMapReplace)
#include "tst_clustermapreplace.moc"
