// MapReplace against a real haproxy: 2,000 entries replaced atomically, a cancel half-way,
// a bad entry refused before anything is sent, an ACL replaced one pattern at a time. The
// contents are read back with the fixture's raw client.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/workflows/commandchannel.h"
#include "core/workflows/mapreplace.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/maproutingconfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Kind = MapCommands::Kind;
constexpr int WaitMs = 20000;

QList<MapCommands::Entry> generated(int count, const QString &value)
{
    QList<MapCommands::Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append({ QStringLiteral("host%1.example").arg(i, 4, 10, QLatin1Char('0')), value });
    return entries;
}

bool waitFinished(QSignalSpy &finished)
{
    QDeadlineTimer deadline(WaitMs);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(qMax<qint64>(deadline.remainingTime(), 1)));
    return !finished.isEmpty();
}

} // namespace

class TestMapReplace : public QObject
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
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        m_channel = std::make_unique<CommandChannel>(m_connection.get());
    }
    void cleanupTestCase()
    {
        m_channel.reset();
        m_connection.reset();
        m_haproxy.reset();
    }

    void badEntryIsRefusedBeforeSending()
    {
        MapReplace replace(m_channel.get());
        QSignalSpy sent(m_channel.get(), &CommandChannel::commandSent);
        QList<MapCommands::Entry> entries = generated(10, QStringLiteral("be_b"));
        entries[7].value = QStringLiteral("be_b;show env");
        const Result<void> refused = replace.start(m_map, entries);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("entry 8")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("';'")), qPrintable(refused.error()));
        entries[7] = entries[2];
        const Result<void> twice = replace.start(m_map, entries);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("listed twice")), qPrintable(twice.error()));
        QCOMPARE(replace.state(), MapReplace::State::Idle);
        QVERIFY(sent.isEmpty());
    }

    void cancelHalfWayLeavesTheOldContents()
    {
        const QList<PatternEntry> before = live(m_map);
        QCOMPARE(before.size(), 2);
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        connect(&replace, &MapReplace::progress, &replace, [&replace](int done) {
            if (done == 1)
                replace.cancel();
        });
        const Result<void> started = replace.start(m_map, generated(2000, QStringLiteral("be_b")));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(replace.batchCount() > 1);
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Cancelled);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("untouched")));
        QCOMPARE(keysAndValues(live(m_map)), keysAndValues(before));
        // The prepared version was cleared.
        QVERIFY(live(m_map, replace.version()).isEmpty());
    }

    void replaces2000EntriesAtomically()
    {
        const QList<MapCommands::Entry> wanted = generated(2000, QStringLiteral("be_b"));
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        QSignalSpy progress(&replace, &MapReplace::progress);
        // Half-way the live contents are still the old ones (the raw client blocks, no event loop).
        QStringList midway;
        connect(&replace, &MapReplace::progress, &replace, [&](int done) {
            if (done == 1)
                midway = keysAndValues(live(m_map));
        });
        const QStringList before = keysAndValues(live(m_map));
        QVERIFY(replace.start(m_map, wanted).ok());
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Done);
        QCOMPARE(replace.diff().added.size(), 2000);
        QCOMPARE(replace.diff().removed,
            (QStringList { QStringLiteral("a.example"), QStringLiteral("b.example") }));
        QCOMPARE(progress.last().at(0).toInt(), replace.batchCount());
        QVERIFY(replace.batchCount() > 1);
        QCOMPARE(midway, before);
        QStringList expected;
        for (const MapCommands::Entry &e : wanted)
            expected.append(e.key + u' ' + e.value);
        QCOMPARE(keysAndValues(live(m_map)), expected);
    }

    void replacesAnAcl()
    {
        QList<MapCommands::Entry> wanted;
        for (int i = 0; i < 50; ++i)
            wanted.append({ QStringLiteral("192.168.%1.0/24").arg(i), {} });
        MapReplace replace(m_channel.get());
        QSignalSpy finished(&replace, &MapReplace::finished);
        QVERIFY(replace.start(m_acl, wanted).ok());
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Done);
        QCOMPARE(replace.diff().removed, QStringList { QStringLiteral("10.0.0.0/8") });
        const QList<PatternEntry> acl = live(m_acl);
        QCOMPARE(acl.size(), 50);
        QCOMPARE(acl.first().key, QByteArray("192.168.0.0/24"));
    }

private:
    QList<PatternEntry> live(const MapCommands::Target &target, qint64 version = MapCommands::NoVersion)
    {
        const QByteArray kind = target.kind == Kind::Map ? "map " : "acl ";
        const QByteArray ver = version < 0 ? QByteArray() : '@' + QByteArray::number(version) + ' ';
        const QByteArray answer = HaproxyFixture::rawCommand(
            m_haproxy->adminSocket(), "show " + kind + ver + target.reference.toUtf8(), 10000);
        const auto parsed = MapParser::parseEntries(
            answer, target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error()));
        return parsed ? *parsed : QList<PatternEntry>();
    }
    static QStringList keysAndValues(const QList<PatternEntry> &entries)
    {
        QStringList list;
        for (const PatternEntry &e : entries)
            list.append(QString::fromUtf8(e.key + ' ' + e.value));
        return list;
    }

    QTemporaryDir m_dir;
    MapCommands::Target m_map;
    MapCommands::Target m_acl;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<CommandChannel> m_channel;
};

QTEST_GUILESS_MAIN(TestMapReplace)
#include "tst_mapreplace.moc"
