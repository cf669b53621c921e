// RuntimeConnection through HAProxy's master CLI (`haproxy -W -S`), against a real haproxy:
// found by its prompt, polls and writes reach the current worker through `@1` (a payload
// too), the master's own commands and a given worker's (`@!<pid>`, alone) work, a worker's
// stats socket refuses master commands without sending them, and `reload` is answered (3.x)
// or reported as unknown (2.6), after which the connection follows the new worker.

#include "core/client/runtimeconnection.h"
#include "core/parsers/infoparser.h"
#include "core/parsers/procparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/mapcommands.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/maproutingconfig.h"
#include "tests/support/sendandwait.h"
#include "tests/support/testendpoints.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int WaitMs = 20000; // a loaded CI machine; each step takes well under 1 s

} // namespace

class TestMasterConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_maps.writeFiles(m_dir));
        HaproxyFixture::Options options = m_maps.options();
        options.mode = HaproxyFixture::Mode::MasterWorker;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void workerCommandsGoThroughTheMaster()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->masterSocket()), quickReconnect());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        QVERIFY(connection.isMaster());
        QCOMPARE(connection.level(), AccessLevel::Admin);
        QCOMPARE(connection.workerPid(), qint64(m_haproxy->workerPid()));
        QVERIFY(!connection.version().text.isEmpty());
        // What an operator would type by hand goes through the master the same way.
        QCOMPARE(connection.socatCommandLine(CommandBuilder::showInfo()),
            u"echo '@1 show info' | socat stdio "_qs + m_haproxy->masterSocket());
        QCOMPARE(connection.socatCommandLine(CommandBuilder::showProc()),
            u"echo 'show proc' | socat stdio "_qs + m_haproxy->masterSocket());

        const RuntimeReply stat = sendAndWait(connection, CommandBuilder::showStat().value());
        QVERIFY2(stat.ok(), qPrintable(stat.errorMessage));
        QVERIFY(stat.body.contains("be_a,s1,"));

        const RuntimeReply weight = sendAndWait(
            connection, CommandBuilder::setServerWeight(u"be_a"_qs, u"s1"_qs, { 40, false }).value());
        QVERIFY2(weight.ok(), qPrintable(weight.errorMessage));
        QCOMPARE(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be_a/s1"), "40 (initial 1)\n\n");

        // HAProxy's refusal is an error, and the session goes on.
        const RuntimeReply refused =
            sendAndWait(connection, CommandBuilder::raw(u"set weight be_a/s1 abc"_qs).value());
        QCOMPARE(refused.error, RuntimeError::HaproxyError);
        QVERIFY2(refused.errorMessage.contains(u"weight"), qPrintable(refused.errorMessage));
        QVERIFY(connection.isReady());

        // A payload: HAProxy's "+ " prompts are taken off as on a worker's socket.
        const RuntimeReply added = sendAndWait(connection,
            MapCommands::addMany(
                m_maps.map, { { u"c.example"_qs, u"be_b"_qs }, { u"d.example"_qs, u"be_a"_qs } })
                .value());
        QVERIFY2(added.ok(), qPrintable(added.errorMessage));
        const QByteArray entries =
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map " + m_maps.map.reference.toUtf8());
        QVERIFY2(entries.contains(" c.example be_b\n") && entries.contains(" d.example be_a\n"),
            entries.constData());
    }

    void masterAndGivenWorker()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->masterSocket()), quickReconnect());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);

        const RuntimeReply proc = sendAndWait(connection, CommandBuilder::showProc());
        QVERIFY2(proc.ok(), qPrintable(proc.errorMessage));
        const auto list = ProcParser::parse(proc.body);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list.value().master.pid, qint64(m_haproxy->masterPid()));

        const RuntimeReply info =
            sendAndWait(connection, CommandBuilder::showInfo().onWorker(m_haproxy->workerPid()));
        QVERIFY2(info.ok(), qPrintable(info.errorMessage));
        QCOMPARE(InfoParser::parse(info.body).pid(), qint64(m_haproxy->workerPid()));

        // Alone on a connection of its own (the console's way): the answer without prompts.
        RuntimeCommand alone = CommandBuilder::showServersState().value();
        alone.setRunsAlone(true);
        const RuntimeReply state = sendAndWait(connection, alone);
        QVERIFY2(state.ok(), qPrintable(state.errorMessage));
        QVERIFY2(
            state.body.startsWith("1\n# be_id") && !state.body.contains("master>"), state.body.constData());

        // A pid that is no worker: HAProxy's words, on a session of its own (2.6's master
        // closes that one), while the shared session goes on.
        const RuntimeReply gone = sendAndWait(connection, CommandBuilder::showInfo().onWorker(999999));
        QCOMPARE(gone.error, RuntimeError::HaproxyError);
        QVERIFY2(gone.errorMessage.contains(u"999999"), qPrintable(gone.errorMessage));
        QVERIFY(connection.isReady());
        QVERIFY(sendAndWait(connection, CommandBuilder::showProc()).ok());
    }

    void workerSocketRefusesMasterCommands()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->adminSocket()), quickReconnect());
        QSignalSpy finished(&connection, &RuntimeConnection::commandFinished);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        QVERIFY(!connection.isMaster());
        for (const RuntimeCommand &command : { CommandBuilder::showProc(), CommandBuilder::reload(),
                 CommandBuilder::showInfo().onWorker(m_haproxy->workerPid()) }) {
            const RuntimeReply reply = sendAndWait(connection, command);
            QCOMPARE(reply.error, RuntimeError::Invalid);
            QVERIFY2(reply.errorMessage.contains(u"master socket"), qPrintable(reply.errorMessage));
        }
        QVERIFY(connection.isReady());
    }

    // "master:" insists on the master CLI: a worker's socket given so is refused, once.
    void masterPrefixInsists()
    {
        auto endpoint = Endpoint::parse(u"master:"_qs + m_haproxy->adminSocket());
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error()));
        RuntimeConnection connection(endpoint.value(), quickReconnect());
        QSignalSpy errors(&connection, &RuntimeConnection::errorOccurred);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(
            connection.state() == RuntimeConnection::State::Disconnected && errors.size() == 1, WaitMs);
        QVERIFY2(errors.first().first().toString().contains(u"not HAProxy's master CLI"),
            qPrintable(errors.first().first().toString()));
        QVERIFY(!connection.isReady());

        auto master = Endpoint::parse(u"master:"_qs + m_haproxy->masterSocket());
        RuntimeConnection good(master.value(), quickReconnect());
        good.open();
        QTRY_VERIFY_WITH_TIMEOUT(good.isReady(), WaitMs);
        QVERIFY(good.isMaster());
    }

    // The last one: it reloads. 3.x answers with the result and the startup log; 2.6 closes
    // without a word, so the outcome is unknown there and `show proc` tells.
    void reloadAndFollow()
    {
        RuntimeConnection connection(unixEndpoint(m_haproxy->masterSocket()), quickReconnect());
        QSignalSpy workers(&connection, &RuntimeConnection::workerChanged);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), WaitMs);
        const qint64 oldPid = connection.workerPid();

        const RuntimeReply reload = sendAndWait(connection, CommandBuilder::reload(), WaitMs);
        if (reload.ok()) {
            QVERIFY2(reload.body.startsWith("Success=1\n--\n"), reload.body.constData());
        } else {
            QCOMPARE(reload.error, RuntimeError::OutcomeUnknown); // 2.6: no status at all
        }
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady() && workers.size() == 1, WaitMs);
        QCOMPARE(workers.first().at(0).toLongLong(), oldPid);
        const qint64 newPid = workers.first().at(1).toLongLong();
        QVERIFY(newPid != oldPid);
        QCOMPARE(connection.workerPid(), newPid);
        const RuntimeReply info = sendAndWait(connection, CommandBuilder::showInfo());
        QCOMPARE(InfoParser::parse(info.body).pid(), newPid);
        QVERIFY(connection.masterStatus().isEmpty());
    }

    void cleanupTestCase() { m_haproxy.reset(); }

private:
    QTemporaryDir m_dir;
    MapRoutingConfig m_maps;
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_GUILESS_MAIN(TestMasterConnection)
#include "tst_masterconnection.moc"
