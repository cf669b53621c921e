// DriftDetector against a real haproxy: a clean instance has no drift; a server added at
// runtime, a weight, a maintenance, a drain and a config-disabled server made ready are
// flagged with configured and current values; the exported server-state file restores the
// weight and state after a restart, and the exported server lines are accepted by haproxy.
// HAProxy's state is read with the fixture's own raw client. Runtime-only servers are found
// by comparing with the fixture's configuration (the way that works on every version), and on
// 2.6 also by the `show servers conn` rule alone.

#include "core/parsers/driftdetector.h"
#include "tests/support/haproxyfixture.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 ${BACKEND:s1} check inter 1s
    server s2 ${BACKEND:s2} check inter 1s
    server s3 ${BACKEND:s3} check inter 1s
    server s4 ${BACKEND:s4} check inter 1s disabled
)"_s;

struct Read
{
    ServersState state;
    ServersConn conn;
    QString error;
};

Read readServers(const HaproxyFixture &haproxy)
{
    Read read;
    const Result<ServersState> state =
        ServersStateParser::parse(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers state"));
    const Result<ServersConn> conn =
        ServersConnParser::parse(HaproxyFixture::rawCommand(haproxy.adminSocket(), "show servers conn"));
    if (!state)
        read.error = state.error();
    else if (!conn)
        read.error = conn.error();
    else {
        read.state = *state;
        read.conn = *conn;
    }
    return read;
}

// What the fixture's configuration file defines, as a user's configuration would be read.
QSet<QString> configured(const HaproxyFixture &haproxy)
{
    return DriftDetector::configuredServers(haproxy.config().toUtf8());
}

// HAProxy 2.x prints no idle_per_thr values for a server added at runtime (checked on 2.6;
// 3.0 prints them). Newer versions are taken as they answer.
bool marksRuntimeOnlyInConn(const HaproxyFixture &haproxy)
{
    return haproxy.version().startsWith(u"HAProxy version 2."_s);
}

QList<DriftItem> detect(const HaproxyFixture &haproxy)
{
    const Read read = readServers(haproxy);
    if (!read.error.isEmpty())
        qWarning("%s", qPrintable(read.error));
    const QSet<QString> servers = configured(haproxy);
    return DriftDetector::detect(read.state, read.conn, &servers);
}

const DriftItem *find(const QList<DriftItem> &items, const QString &server, DriftItem::Kind kind)
{
    for (const DriftItem &item : items) {
        if (item.server == server && item.kind == kind)
            return &item;
    }
    return nullptr;
}

HaproxyFixture::Options options()
{
    HaproxyFixture::Options o;
    o.body = Body;
    o.serverStateFile = true;
    return o;
}

} // namespace

class TestDriftDetector : public QObject
{
    Q_OBJECT

private slots:
    void readsTheConfigurationFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ServersConn conn; // no idle_per_thr columns: cannot mark runtime-only servers
        const DriftConfiguration none = DriftDetector::readConfiguration(QString(), conn);
        QVERIFY(!none.servers);
        QVERIFY(none.note.contains(QStringLiteral("3.0")));

        const QString missing = dir.filePath(QStringLiteral("missing.cfg"));
        const DriftConfiguration unreadable = DriftDetector::readConfiguration(missing, conn);
        QVERIFY(!unreadable.servers);
        QVERIFY(unreadable.note.contains(missing));

        const QString empty = dir.filePath(QStringLiteral("empty.cfg"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.write("global\n    daemon\n");
        emptyFile.close();
        const DriftConfiguration noServer = DriftDetector::readConfiguration(empty, conn);
        QVERIFY(!noServer.servers);
        QVERIFY(noServer.note.contains(QStringLiteral("defines no server")));

        const QString good = dir.filePath(QStringLiteral("haproxy.cfg"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("backend be1\n    server s1 127.0.0.1:80\n");
        goodFile.close();
        const DriftConfiguration read = DriftDetector::readConfiguration(good, conn);
        QVERIFY(read.note.isEmpty());
        QVERIFY(read.servers);
        QCOMPARE(*read.servers, QSet<QString> { QStringLiteral("be1/s1") });
    }

    void recordedDynamicServer()
    {
        QFile stateFile(QFINDTESTDATA("data/servers_state_26_bdyn.txt"));
        QFile connFile(QFINDTESTDATA("data/servers_conn_26_bdyn.txt"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly) && connFile.open(QIODevice::ReadOnly));
        const Result<ServersState> state = ServersStateParser::parse(stateFile.readAll());
        const Result<ServersConn> conn = ServersConnParser::parse(connFile.readAll());
        QVERIFY(state && conn);
        QCOMPARE(DriftDetector::runtimeOnlyServers(*conn), QStringList { u"bdyn/dyn1"_s });
        const QList<DriftItem> items = DriftDetector::detect(*state, *conn);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, DriftItem::Kind::RuntimeOnly);
        QCOMPARE(DriftDetector::serverLines(*state, *conn),
            QByteArray("# backend bdyn\nserver dyn1 127.0.0.1:18745\n"));
        const QByteArray file = DriftDetector::serverStateFile(*state);
        QVERIFY(file.startsWith("1\n# be_id be_name"));
        QVERIFY(file.endsWith("- - 0\n"));
    }

    // HAProxy 3.0.11 (tests/data/*_30.txt): x1 was added with `add server`, but its
    // `show servers conn` row looks like the others; only the configuration tells.
    void recorded30NeedsTheConfiguration()
    {
        QFile stateFile(QFINDTESTDATA("data/servers_state_30.txt"));
        QFile connFile(QFINDTESTDATA("data/servers_conn_30.txt"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly) && connFile.open(QIODevice::ReadOnly));
        const Result<ServersState> state = ServersStateParser::parse(stateFile.readAll());
        const Result<ServersConn> conn = ServersConnParser::parse(connFile.readAll());
        QVERIFY(state && conn);
        QVERIFY(!DriftDetector::connMarksRuntimeOnly(*conn));
        QVERIFY(DriftDetector::runtimeOnlyServers(*conn).isEmpty());
        const QSet<QString> servers = DriftDetector::configuredServers(
            "backend be\n    server s1 127.0.0.1:18101 check\n    server s2 127.0.0.1:18102 check\n"
            "    server s3 127.0.0.1:18103 check\n"
            "backend be_nocheck\n server n1 127.0.0.1:18101\nbackend be_leastconn\n server l1 "
            "127.0.0.1:18101\n"
            "backend be_first\n server f1 127.0.0.1:18101\nbackend be_random\n server r1 127.0.0.1:18101\n"
            "backend be_staticrr\n server st1 127.0.0.1:18101\nbackend be_source_map\n server sm1 "
            "127.0.0.1:18101\n"
            "backend be_source_cons\n server sc1 127.0.0.1:18101\nbackend be_uri_map\n server um1 "
            "127.0.0.1:18101\n");
        QCOMPARE(DriftDetector::runtimeOnlyServers(*state, *conn, &servers), QStringList { u"be/x1"_s });
        const QList<DriftItem> items = DriftDetector::detect(*state, *conn, &servers);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, DriftItem::Kind::RuntimeOnly);
        QCOMPARE(items.first().server, u"x1"_s);
        QCOMPARE(DriftDetector::serverLines(*state, *conn, &servers),
            QByteArray("# backend be\nserver x1 127.0.0.1:18109\n"));
    }

    void configuredServers()
    {
        const QByteArray config = R"(global
    stats socket /run/haproxy/admin.sock level admin # server x is a comment
defaults
    default-server check
frontend fe
    bind :80
    server not_a_backend 127.0.0.1:1
backend app
    server a1 10.0.0.1:80 weight 2
    server-template web 3 app.example:80 check
  # server commented 10.0.0.9:80
listen stats_and_more
    mode tcp
    server-template t 5-6 t.example:80
    server  spaced   10.0.0.2:80
peers mypeers
    server peer1 10.0.0.3:1024
backend empty
)";
        QCOMPARE(DriftDetector::configuredServers(config),
            (QSet<QString> { u"app/a1"_s, u"app/web1"_s, u"app/web2"_s, u"app/web3"_s, u"stats_and_more/t5"_s,
                u"stats_and_more/t6"_s, u"stats_and_more/spaced"_s }));
        QVERIFY(DriftDetector::configuredServers("").isEmpty());
        QVERIFY(DriftDetector::configuredServers("backend b\n server-template x 9-3 h:1\n").isEmpty());
    }

    void configuredAddresses()
    {
        const QByteArray config = "backend be\n"
                                  "    server v4 127.0.0.1:8080 check\n"
                                  "    server noport 10.0.0.2\n"
                                  "    server v6 [::1]:81\n"
                                  "    server bare6 ::1\n"
                                  "    server prefixed ipv4@10.0.0.3:82\n"
                                  "    server fqdn app.example:80\n"
                                  "    server env ${SRV}:80\n"
                                  "    server offset 10.0.0.4:+1\n"
                                  "    server range 10.0.0.5:80-90\n"
                                  "    server-template t 3 10.0.0.6:80\n"
                                  "frontend fe\n"
                                  "    server notabackend 10.0.0.7:80\n";
        const QHash<QString, ConfiguredAddress> addresses = DriftDetector::configuredAddresses(config);
        const QHash<QString, ConfiguredAddress> expected {
            { u"be/v4"_s, { u"127.0.0.1"_s, 8080 } },
            { u"be/noport"_s, { u"10.0.0.2"_s, 0 } },
            { u"be/v6"_s, { u"::1"_s, 81 } },
            { u"be/bare6"_s, { u"::1"_s, 0 } },
            { u"be/prefixed"_s, { u"10.0.0.3"_s, 82 } },
        };
        QCOMPARE(addresses, expected);
        // The configured servers are read as before, templates and host names included.
        QCOMPARE(DriftDetector::configuredServers(config).size(), 12);
    }

    void addressDrift()
    {
        HaproxyFixture haproxy(options());
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        const QSet<QString> servers = configured(haproxy);
        const QHash<QString, ConfiguredAddress> addresses =
            DriftDetector::configuredAddresses(haproxy.config().toUtf8());
        QCOMPARE(addresses.size(), 4);
        Read read = readServers(haproxy);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(DriftDetector::detect(read.state, read.conn, &servers, &addresses).isEmpty());

        // s1 moved to s2's test server, port included.
        const quint16 s2Port = haproxy.backendPort(u"s2"_s);
        const QByteArray answer = HaproxyFixture::rawCommand(
            haproxy.adminSocket(), "set server be/s1 addr 127.0.0.1 port " + QByteArray::number(s2Port));
        QVERIFY2(answer.contains("port changed from"), answer.constData());
        read = readServers(haproxy);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const QList<DriftItem> items = DriftDetector::detect(read.state, read.conn, &servers, &addresses);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, DriftItem::Kind::AddressChanged);
        QCOMPARE(items.first().server, u"s1"_s);
        QCOMPARE(items.first().configured, haproxy.backendAddress(u"s1"_s));
        QCOMPARE(items.first().current, haproxy.backendAddress(u"s2"_s));
        QVERIFY(items.first().text.contains(u"be/s1"_s));
        QCOMPARE(DriftDetector::kindName(DriftItem::Kind::AddressChanged), u"Address changed"_s);
        // Without the addresses (the old call) nothing is compared.
        QVERIFY(DriftDetector::detect(read.state, read.conn, &servers).isEmpty());

        // readConfiguration() gives both, from the file.
        const DriftConfiguration fromFile = DriftDetector::readConfiguration(haproxy.configPath(), read.conn);
        QVERIFY(fromFile.servers && fromFile.addresses);
        QCOMPARE(*fromFile.addresses, addresses);
    }

    void driftAndRestore()
    {
        HaproxyFixture haproxy(options());
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));

        // Clean: s4 is `disabled` in the configuration, which is not drift.
        QList<DriftItem> items = detect(haproxy);
        QVERIFY2(items.isEmpty(), qPrintable(items.value(0).text));

        QVERIFY(haproxy.addBackend(u"dyn"_s));
        const QByteArray dynAddress = haproxy.backendAddress(u"dyn"_s).toUtf8();
        QCOMPARE(HaproxyFixture::rawCommand(
                     haproxy.adminSocket(), "add server be/dyn " + dynAddress + " weight 7 check"),
            QByteArray("New server registered.\n\n"));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s1 weight 50"),
            QByteArray("\n"));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s2 state maint"),
            QByteArray("\n"));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s3 state drain"),
            QByteArray("\n"));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "set server be/s4 state ready"),
            QByteArray("\n"));

        const Read read = readServers(haproxy);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        // By the configuration: on every version.
        const QSet<QString> servers = configured(haproxy);
        QCOMPARE(servers, (QSet<QString> { u"be/s1"_s, u"be/s2"_s, u"be/s3"_s, u"be/s4"_s }));
        QCOMPARE(
            DriftDetector::runtimeOnlyServers(read.state, read.conn, &servers), QStringList { u"be/dyn"_s });
        // By `show servers conn` alone: on 2.6 only the added server's row lacks the
        // idle_per_thr values; 3.0+ prints them for every server and marks nothing.
        QVERIFY(read.conn.threads > 0);
        if (marksRuntimeOnlyInConn(haproxy))
            QVERIFY(DriftDetector::connMarksRuntimeOnly(read.conn));
        if (DriftDetector::connMarksRuntimeOnly(read.conn)) {
            QCOMPARE(DriftDetector::runtimeOnlyServers(read.conn), QStringList { u"be/dyn"_s });
            QCOMPARE(DriftDetector::detect(read.state, read.conn),
                DriftDetector::detect(read.state, read.conn, &servers));
        } else {
            QVERIFY(!DriftDetector::connMarksRuntimeOnly(read.conn));
            QVERIFY(DriftDetector::runtimeOnlyServers(read.conn).isEmpty());
        }
        items = DriftDetector::detect(read.state, read.conn, &servers);
        QCOMPARE(items.size(), 5);

        const DriftItem *dyn = find(items, u"dyn"_s, DriftItem::Kind::RuntimeOnly);
        QVERIFY(dyn);
        QCOMPARE(dyn->backend, u"be"_s);
        const DriftItem *weight = find(items, u"s1"_s, DriftItem::Kind::WeightChanged);
        QVERIFY(weight);
        QCOMPARE(weight->configured, u"1"_s);
        QCOMPARE(weight->current, u"50"_s);
        QVERIFY(weight->text.contains(u"be/s1"_s));
        const DriftItem *maint = find(items, u"s2"_s, DriftItem::Kind::AdminStateChanged);
        QVERIFY(maint);
        QCOMPARE(maint->configured, u"ready"_s);
        QCOMPARE(maint->current, u"maint"_s);
        const DriftItem *drain = find(items, u"s3"_s, DriftItem::Kind::AdminStateChanged);
        QVERIFY(drain);
        QCOMPARE(drain->current, u"drain"_s);
        const DriftItem *enabled = find(items, u"s4"_s, DriftItem::Kind::AdminStateChanged);
        QVERIFY(enabled);
        QCOMPARE(enabled->configured, u"maint"_s);
        QCOMPARE(enabled->current, u"ready"_s);

        const QByteArray lines = DriftDetector::serverLines(read.state, read.conn, &servers);
        QCOMPARE(lines, "# backend be\nserver dyn " + dynAddress + " weight 7 check\n");

        // The exported state file, where server-state-file points, restores the runtime
        // changes after a restart; the runtime-only server is gone (and its row ignored).
        const QByteArray stateFile = DriftDetector::serverStateFile(read.state);
        QFile file(haproxy.dir() + u"/server.state"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(stateFile), stateFile.size());
        file.close();
        QVERIFY2(haproxy.restart(), qPrintable(haproxy.errorString()));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/s1"),
            QByteArray("50 (initial 1)\n\n"));
        const Read after = readServers(haproxy);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        items = DriftDetector::detect(after.state, after.conn, &servers);
        QVERIFY(find(items, u"s1"_s, DriftItem::Kind::WeightChanged));
        QVERIFY(find(items, u"s2"_s, DriftItem::Kind::AdminStateChanged));
        QVERIFY(!find(items, u"dyn"_s, DriftItem::Kind::RuntimeOnly));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/dyn"),
            QByteArray("No such server.\n\n"));

        // The server lines, pasted into the configuration, bring the server back.
        QString body = Body;
        body += u"    "_s + QString::fromUtf8(lines.split('\n').at(1)) + u'\n';
        haproxy.setBody(body);
        QFile::remove(haproxy.dir() + u"/server.state"_s);
        // restart() keeps the written config; start() writes the new body.
        QVERIFY2(haproxy.stop(), qPrintable(haproxy.errorString()));
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QVERIFY2(haproxy.config().contains(u"server dyn "_s), qPrintable(haproxy.config()));
        QCOMPARE(HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/dyn"),
            QByteArray("7 (initial 7)\n\n"));
        QVERIFY(detect(haproxy).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDriftDetector)
#include "tst_driftdetector.moc"
