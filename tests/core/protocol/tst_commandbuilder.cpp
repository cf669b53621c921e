#include "core/protocol/commandbuilder.h"

#include <QTest>

#include <functional>

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using B = CommandBuilder;

namespace {

// Every command any builder produced in this file, for the line-safety property check.
QList<RuntimeCommand> &produced()
{
    static QList<RuntimeCommand> commands;
    return commands;
}

Result<RuntimeCommand> track(Result<RuntimeCommand> result)
{
    if (result)
        produced().append(*result);
    return result;
}

RuntimeCommand track(RuntimeCommand command)
{
    produced().append(command);
    return command;
}

QString withNul()
{
    QString text = QStringLiteral("ab");
    text.insert(1, QChar(0));
    return text;
}

// Values that must never reach a command line as a name or an address: separators,
// escapes, line ends, blanks, over-long and invisible text (docs/runtime-api.md, "Names and injection").
QList<QPair<QString, QString>> injectionValues(bool includeEmpty)
{
    QList<QPair<QString, QString>> values = {
        { QStringLiteral("semicolon"), QStringLiteral(";") },
        { QStringLiteral("a;b"), QStringLiteral("a;b") },
        { QStringLiteral("second command"), QStringLiteral("s1;show cli level") },
        { QStringLiteral("backslash"), QStringLiteral("\\") },
        { QStringLiteral("trailing backslash"), QStringLiteral("a\\") },
        { QStringLiteral("escaped semicolon"), QStringLiteral("a\\;b") },
        { QStringLiteral("escaped backslash then separator"), QStringLiteral("a\\\\;b") },
        { QStringLiteral("CR"), QStringLiteral("\r") },
        { QStringLiteral("LF"), QStringLiteral("\n") },
        { QStringLiteral("CRLF inside"), QStringLiteral("a\r\nb") },
        { QStringLiteral("second line"), QStringLiteral("a\nset server be/s1 state maint") },
        { QStringLiteral("space"), QStringLiteral("a b") },
        { QStringLiteral("extra words"), QStringLiteral("s1 state maint") },
        { QStringLiteral("blank"), QStringLiteral(" ") },
        { QStringLiteral("leading space"), QStringLiteral(" s1") },
        { QStringLiteral("tab"), QStringLiteral("a\tb") },
        { QStringLiteral("over-long"), QString(20000, u'a') },
        { QStringLiteral("non-ASCII word"), QStringLiteral("s\u00e9rveur") },
        { QStringLiteral("non-ASCII char"), QStringLiteral("\u00e9") },
        { QStringLiteral("RLO"), QStringLiteral("\u202e") },
        { QStringLiteral("zero-width space"), QStringLiteral("a\u200bb") },
        { QStringLiteral("NUL"), withNul() },
        { QStringLiteral("hash"), QStringLiteral("#") },
        { QStringLiteral("slash"), QStringLiteral("/") },
        { QStringLiteral("backend/server"), QStringLiteral("be/s1") },
        { QStringLiteral("at"), QStringLiteral("@") },
        { QStringLiteral("double quote"), QStringLiteral("\"") },
        { QStringLiteral("single quote"), QStringLiteral("'") },
        { QStringLiteral("quoted"), QStringLiteral("'s1'") },
        { QStringLiteral("payload"), QStringLiteral("s1<<") },
        { QStringLiteral("dollar"), QStringLiteral("$x") },
    };
    if (includeEmpty)
        values.append({ QStringLiteral("empty"), QString() });
    return values;
}

struct InjectionTarget
{
    QString name;
    bool optional; // an empty value is a valid "everything" here
    std::function<Result<RuntimeCommand>(const QString &)> build;
};

CommandBuilder::NewServer newServer(const QString &backend, const QString &name, const QString &address)
{
    CommandBuilder::NewServer server;
    server.backend = backend;
    server.name = name;
    server.address = address;
    server.port = 8080;
    return server;
}

// Each parameter that carries a name or an address, with the others valid.
QList<InjectionTarget> injectionTargets()
{
    const QString be = QStringLiteral("be");
    const QString s1 = QStringLiteral("s1");
    const auto bs = [&](const QString &fn,
                        std::function<Result<RuntimeCommand>(const QString &, const QString &)> f) {
        return QList<InjectionTarget> {
            { fn + QStringLiteral("(backend)"), false, [=](const QString &v) { return f(v, s1); } },
            { fn + QStringLiteral("(server)"), false, [=](const QString &v) { return f(be, v); } },
        };
    };
    QList<InjectionTarget> targets;
    targets.append({ QStringLiteral("showStat(proxy)"), true, [](const QString &v) {
                        return B::showStat({ v, B::Servers, -1 });
                    } });
    targets.append({ QStringLiteral("showServersState(backend)"), true,
        [](const QString &v) { return B::showServersState(v); } });
    targets.append({ QStringLiteral("showServersConn(backend)"), true,
        [](const QString &v) { return B::showServersConn(v); } });
    targets += bs(
        QStringLiteral("getWeight"), [](const QString &b, const QString &s) { return B::getWeight(b, s); });
    targets += bs(QStringLiteral("setServerState"),
        [](const QString &b, const QString &s) { return B::setServerState(b, s, B::ServerState::Maint); });
    targets += bs(QStringLiteral("setServerWeight"), [](const QString &b, const QString &s) {
        return B::setServerWeight(b, s, { 50, true });
    });
    targets += bs(QStringLiteral("setServerHealth"),
        [](const QString &b, const QString &s) { return B::setServerHealth(b, s, B::HealthState::Down); });
    targets += bs(QStringLiteral("setServerAgent"),
        [](const QString &b, const QString &s) { return B::setServerAgent(b, s, B::AgentState::Up); });
    targets += bs(QStringLiteral("setServerAddress"), [](const QString &b, const QString &s) {
        return B::setServerAddress(b, s, QStringLiteral("10.0.0.9"), 80);
    });
    targets.append({ QStringLiteral("setServerAddress(address)"), false, [](const QString &v) {
                        return B::setServerAddress(QStringLiteral("be"), QStringLiteral("s1"), v, 80);
                    } });
    targets += bs(QStringLiteral("setServerCheckPort"),
        [](const QString &b, const QString &s) { return B::setServerCheckPort(b, s, 8081); });
    targets += bs(QStringLiteral("enableHealth"),
        [](const QString &b, const QString &s) { return B::enableHealth(b, s); });
    targets += bs(QStringLiteral("disableHealth"),
        [](const QString &b, const QString &s) { return B::disableHealth(b, s); });
    targets += bs(QStringLiteral("enableAgent"),
        [](const QString &b, const QString &s) { return B::enableAgent(b, s); });
    targets += bs(QStringLiteral("disableAgent"),
        [](const QString &b, const QString &s) { return B::disableAgent(b, s); });
    targets += bs(QStringLiteral("shutdownSessionsServer"),
        [](const QString &b, const QString &s) { return B::shutdownSessionsServer(b, s); });
    targets.append({ QStringLiteral("addServer(backend)"), false, [](const QString &v) {
                        return B::addServer(newServer(v, QStringLiteral("web9"), QStringLiteral("10.0.0.9")));
                    } });
    targets.append({ QStringLiteral("addServer(name)"), false, [](const QString &v) {
                        return B::addServer(newServer(QStringLiteral("be"), v, QStringLiteral("10.0.0.9")));
                    } });
    targets.append({ QStringLiteral("addServer(address)"), false, [](const QString &v) {
                        return B::addServer(newServer(QStringLiteral("be"), QStringLiteral("web9"), v));
                    } });
    targets += bs(
        QStringLiteral("delServer"), [](const QString &b, const QString &s) { return B::delServer(b, s); });
    targets += bs(QStringLiteral("waitServerRemovable"),
        [](const QString &b, const QString &s) { return B::waitServerRemovable(b, s, 10000); });
    return targets;
}

// An independent reading of HAProxy's CLI splitting: is there a ';' that is not the
// second character of a backslash escape?
bool hasUnescapedSemicolon(const QByteArray &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '\\')
            ++i;
        else if (line.at(i) == ';')
            return true;
    }
    return false;
}

} // namespace

// Exact lines, effects, levels and success rules of every builder (HAProxy 2.6
// syntax, checked against the real haproxy), and refusal of anything that could
// smuggle a second command in.
class TestCommandBuilder : public QObject
{
    Q_OBJECT
private slots:
    void builds_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<RuntimeCommand>("command");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QByteArray>("line");
        // Enums travel as int: their metatypes belong to the headers of core/.
        QTest::addColumn<int>("effect");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("timeoutMs");

        const QString be = QStringLiteral("be");
        const QString s1 = QStringLiteral("s1");
        const auto row = [](const char *name, const Result<RuntimeCommand> &result, const char *line,
                             Effect effect, AccessLevel level, Rule rule, const QByteArray &expected = {},
                             int timeoutMs = 0) {
            track(result);
            QTest::newRow(name) << result.ok() << (result ? *result : RuntimeCommand()) << result.error()
                                << QByteArray(line) << int(effect) << int(level) << int(rule) << expected
                                << timeoutMs;
        };
        const Effect R = Effect::Read;
        const Effect W = Effect::Write;
        const AccessLevel user = AccessLevel::User;
        const AccessLevel admin = AccessLevel::Admin;

        // Dumps
        row("show info", B::showInfo(), "show info", R, user, Rule::AnyAnswer);
        row("show stat", B::showStat(), "show stat", R, user, Rule::AnyAnswer);
        row("show stat proxy", B::showStat({ be, B::Servers, -1 }), "show stat be 4 -1", R, user,
            Rule::AnyAnswer);
        row("show stat proxy all", B::showStat({ be, B::AllTypes, -1 }), "show stat be -1 -1", R, user,
            Rule::AnyAnswer);
        row("show stat backends only", B::showStat({ {}, B::Backends, -1 }), "show stat -1 2 -1", R, user,
            Rule::AnyAnswer);
        row("show stat fe+be", B::showStat({ {}, B::Frontends | B::Backends, -1 }), "show stat -1 3 -1", R,
            user, Rule::AnyAnswer);
        row("show stat one sid", B::showStat({ {}, B::AllTypes, 3 }), "show stat -1 -1 3", R, user,
            Rule::AnyAnswer);
        row("show stat proxy sid", B::showStat({ QStringLiteral("a:b.c-d_e"), B::Servers, 7 }),
            "show stat a:b.c-d_e 4 7", R, user, Rule::AnyAnswer);
        row("show stat proxy id", B::showStat({ be, B::AllTypes, -1, 12 }), "show stat 12 -1 -1", R, user,
            Rule::AnyAnswer);
        row("show servers state", B::showServersState(), "show servers state", R, user, Rule::AnyAnswer);
        row("show servers state be", B::showServersState(be), "show servers state be", R, user,
            Rule::AnyAnswer);
        row("show servers conn", B::showServersConn(), "show servers conn", R, user, Rule::AnyAnswer);
        row("show servers conn be", B::showServersConn(be), "show servers conn be", R, user, Rule::AnyAnswer);
        row("show backend", B::showBackend(), "show backend", R, user, Rule::AnyAnswer);
        row("show cli level", B::showCliLevel(), "show cli level", R, user, Rule::AnyAnswer);
        row("get weight", B::getWeight(be, s1), "get weight be/s1", R, user, Rule::AnyAnswer);

        // Session set-up: changes the session only, safe to repeat on a new one
        row("prompt", B::prompt(), "prompt", R, user, Rule::EmptyAnswer);
        row("severity-output", B::setSeverityOutputNumber(), "set severity-output number", R, user,
            Rule::EmptyAnswer);
        row("timeout cli", B::setTimeoutCli(30), "set timeout cli 30", R, user, Rule::EmptyAnswer);
        row("timeout cli 1", B::setTimeoutCli(1), "set timeout cli 1", R, user, Rule::EmptyAnswer);
        row("timeout cli max", B::setTimeoutCli(2147483), "set timeout cli 2147483", R, user,
            Rule::EmptyAnswer);

        // Server state
        row("state ready", B::setServerState(be, s1, B::ServerState::Ready), "set server be/s1 state ready",
            W, admin, Rule::EmptyAnswer);
        row("state drain", B::setServerState(be, s1, B::ServerState::Drain), "set server be/s1 state drain",
            W, admin, Rule::EmptyAnswer);
        row("state maint", B::setServerState(be, s1, B::ServerState::Maint), "set server be/s1 state maint",
            W, admin, Rule::EmptyAnswer);
        row("weight", B::setServerWeight(be, s1, { 50, false }), "set server be/s1 weight 50", W, admin,
            Rule::EmptyAnswer);
        row("weight 0", B::setServerWeight(be, s1, { 0, false }), "set server be/s1 weight 0", W, admin,
            Rule::EmptyAnswer);
        row("weight 256", B::setServerWeight(be, s1, { 256, false }), "set server be/s1 weight 256", W, admin,
            Rule::EmptyAnswer);
        row("weight %", B::setServerWeight(be, s1, { 50, true }), "set server be/s1 weight 50%", W, admin,
            Rule::EmptyAnswer);
        row("weight 25600%", B::setServerWeight(be, s1, { 25600, true }), "set server be/s1 weight 25600%", W,
            admin, Rule::EmptyAnswer);
        row("health up", B::setServerHealth(be, s1, B::HealthState::Up), "set server be/s1 health up", W,
            admin, Rule::EmptyAnswer);
        row("health stopping", B::setServerHealth(be, s1, B::HealthState::Stopping),
            "set server be/s1 health stopping", W, admin, Rule::EmptyAnswer);
        row("health down", B::setServerHealth(be, s1, B::HealthState::Down), "set server be/s1 health down",
            W, admin, Rule::EmptyAnswer);
        row("agent up", B::setServerAgent(be, s1, B::AgentState::Up), "set server be/s1 agent up", W, admin,
            Rule::EmptyAnswer);
        row("agent down", B::setServerAgent(be, s1, B::AgentState::Down), "set server be/s1 agent down", W,
            admin, Rule::EmptyAnswer);
        row("addr", B::setServerAddress(be, s1, QStringLiteral("10.0.0.2")), "set server be/s1 addr 10.0.0.2",
            W, admin, Rule::AddressChange);
        row("addr port", B::setServerAddress(be, s1, QStringLiteral("10.0.0.2"), 8080),
            "set server be/s1 addr 10.0.0.2 port 8080", W, admin, Rule::AddressChange);
        // set server addr takes IPv6 without brackets (verified on 2.6).
        row("addr IPv6", B::setServerAddress(be, s1, QStringLiteral("2001:db8::2"), 80),
            "set server be/s1 addr 2001:db8::2 port 80", W, admin, Rule::AddressChange);
        row("check-port", B::setServerCheckPort(be, s1, 8081), "set server be/s1 check-port 8081", W, admin,
            Rule::EmptyAnswer);
        row("enable health", B::enableHealth(be, s1), "enable health be/s1", W, admin, Rule::EmptyAnswer);
        row("disable health", B::disableHealth(be, s1), "disable health be/s1", W, admin, Rule::EmptyAnswer);
        row("enable agent", B::enableAgent(be, s1), "enable agent be/s1", W, admin, Rule::EmptyAnswer);
        row("disable agent", B::disableAgent(be, s1), "disable agent be/s1", W, admin, Rule::EmptyAnswer);
        row("shutdown sessions", B::shutdownSessionsServer(be, s1), "shutdown sessions server be/s1", W,
            admin, Rule::EmptyAnswer);
        row("names with every allowed character",
            B::getWeight(QStringLiteral("a:b.c-d_e"), QStringLiteral("-X.9_y:z")),
            "get weight a:b.c-d_e/-X.9_y:z", R, user, Rule::AnyAnswer);

        // Dynamic servers
        const QByteArray registered("New server registered.");
        CommandBuilder::NewServer add;
        add.backend = be;
        add.name = QStringLiteral("web3");
        add.address = QStringLiteral("10.0.0.3");
        row("add server no port", B::addServer(add), "add server be/web3 10.0.0.3", W, admin,
            Rule::ExpectedMessage, registered);
        add.port = 80;
        row("add server", B::addServer(add), "add server be/web3 10.0.0.3:80", W, admin,
            Rule::ExpectedMessage, registered);
        CommandBuilder::NewServer v6 = add;
        v6.address = QStringLiteral("2001:db8::3");
        // A bare "::1" would be read by HAProxy 2.6 as host ':' port 1: always brackets.
        row("add server IPv6", B::addServer(v6), "add server be/web3 [2001:db8::3]:80", W, admin,
            Rule::ExpectedMessage, registered);
        v6.address = QStringLiteral("::1");
        v6.port = 0;
        row("add server IPv6 no port", B::addServer(v6), "add server be/web3 [::1]", W, admin,
            Rule::ExpectedMessage, registered);
        CommandBuilder::NewServer full = add;
        full.weight = 10;
        full.check = true;
        full.checkInterMs = 2000;
        full.checkPort = 8081;
        full.ssl = true;
        full.sslVerifyNone = true;
        full.maxconn = 100;
        full.backup = true;
        full.slowstartMs = 5000;
        full.agentCheck = true;
        full.agentPort = 8082;
        row("add server everything", B::addServer(full),
            "add server be/web3 10.0.0.3:80 weight 10 check inter 2000ms port 8081 ssl verify none maxconn "
            "100 "
            "backup slowstart 5000ms agent-check agent-port 8082",
            W, admin, Rule::ExpectedMessage, registered);
        CommandBuilder::NewServer checkOnly = add;
        checkOnly.check = true;
        checkOnly.weight = 0;
        row("add server check weight 0", B::addServer(checkOnly),
            "add server be/web3 10.0.0.3:80 weight 0 check", W, admin, Rule::ExpectedMessage, registered);
        CommandBuilder::NewServer sslOnly = add;
        sslOnly.ssl = true;
        row("add server ssl verifies", B::addServer(sslOnly), "add server be/web3 10.0.0.3:80 ssl", W, admin,
            Rule::ExpectedMessage, registered);
        row("del server", B::delServer(be, s1), "del server be/s1", W, admin, Rule::ExpectedMessage,
            QByteArray("Server deleted."));
        row("wait", B::waitServerRemovable(be, s1, 10000), "wait 10000ms srv-removable be/s1", R, admin,
            Rule::ExpectedMessage, QByteArray("Done."), 15000);
        row("wait 1 ms", B::waitServerRemovable(be, s1, 1), "wait 1ms srv-removable be/s1", R, admin,
            Rule::ExpectedMessage, QByteArray("Done."), 5001);
    }
    void builds()
    {
        QFETCH(bool, ok);
        QFETCH(RuntimeCommand, command);
        QFETCH(QString, error);
        QFETCH(QByteArray, line);
        QFETCH(int, effect);
        QFETCH(int, level);
        QFETCH(int, rule);
        QFETCH(QByteArray, expected);
        QFETCH(int, timeoutMs);

        QVERIFY2(ok, qPrintable(error));
        QVERIFY(command.isValid());
        QCOMPARE(command.line(), line);
        QCOMPARE(command.wireBytes(), line + '\n');
        QCOMPARE(int(command.effect()), effect);
        QCOMPARE(accessLevelName(command.requiredLevel()), accessLevelName(AccessLevel(level)));
        QCOMPARE(int(command.successRule()), rule);
        QCOMPARE(command.expectedMessage(), expected);
        QCOMPARE(command.timeoutMs(), timeoutMs);
        QVERIFY(!command.isInternal());
    }

    void refuses_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");

        const QString be = QStringLiteral("be");
        const QString s1 = QStringLiteral("s1");
        const auto row = [](const char *name, const Result<RuntimeCommand> &result, const QString &message) {
            track(result);
            QTest::newRow(name) << result.ok() << result.error() << message;
        };
        const QString weightHint = QStringLiteral("use 0-256, or 0%-25600% of the initial weight");

        row("show stat type 0", B::showStat({ {}, 0, -1 }),
            QStringLiteral(
                "stat type mask 0 is not valid (use -1, or a sum of 1 frontends, 2 backends, 4 servers)"));
        row("show stat type 8", B::showStat({ be, 8, -1 }),
            QStringLiteral(
                "stat type mask 8 is not valid (use -1, or a sum of 1 frontends, 2 backends, 4 servers)"));
        row("show stat sid 0", B::showStat({ be, B::Servers, 0 }),
            QStringLiteral("server id 0 is not valid (use -1 for every server, or 1 and up)"));
        row("show stat proxy id 0", B::showStat({ be, B::AllTypes, -1, 0 }),
            QStringLiteral("proxy id 0 is not valid (use -1 for none, or 1 and up)"));
        row("show stat bad proxy", B::showStat({ QStringLiteral("b e"), B::Servers, -1 }),
            QStringLiteral(
                "proxy name 'b e' contains a space, which HAProxy does not allow in names (allowed: "
                "letters, digits, '.', '_', '-', ':')"));
        row("timeout cli 0", B::setTimeoutCli(0),
            QStringLiteral("CLI timeout 0 s is out of range (1-2147483 s)"));
        row("timeout cli -1", B::setTimeoutCli(-1),
            QStringLiteral("CLI timeout -1 s is out of range (1-2147483 s)"));
        row("timeout cli overflow", B::setTimeoutCli(2147484),
            QStringLiteral("CLI timeout 2147484 s is out of range (1-2147483 s)"));
        row("weight 257", B::setServerWeight(be, s1, { 257, false }),
            QStringLiteral("weight '257' is out of range (%1)").arg(weightHint));
        row("weight -1", B::setServerWeight(be, s1, { -1, false }),
            QStringLiteral("weight '-1' is negative (%1)").arg(weightHint));
        row("weight -5%", B::setServerWeight(be, s1, { -5, true }),
            QStringLiteral("weight '-5%' is negative (%1)").arg(weightHint));
        row("weight 25601%", B::setServerWeight(be, s1, { 25601, true }),
            QStringLiteral("weight '25601%' is out of range (%1)").arg(weightHint));
        row("bad server name", B::setServerState(be, QStringLiteral("a;b"), B::ServerState::Ready),
            QStringLiteral(
                "server name 'a;b' contains ';', which HAProxy does not allow in names (allowed: letters, "
                "digits, '.', '_', '-', ':')"));
        row("bad backend name", B::setServerState(QStringLiteral("b/e"), s1, B::ServerState::Ready),
            QStringLiteral(
                "backend name 'b/e' contains '/', which HAProxy does not allow in names (allowed: letters, "
                "digits, '.', '_', '-', ':')"));
        row("empty backend", B::delServer(QString(), s1), QStringLiteral("backend name is empty"));
        row("empty server", B::delServer(be, QString()), QStringLiteral("server name is empty"));
        row("name too long", B::getWeight(be, QString(1025, u's')),
            QStringLiteral("server name is 1025 bytes long; the limit is 1024 bytes"));
        row("addr host name", B::setServerAddress(be, s1, QStringLiteral("app.example.com")),
            QStringLiteral(
                "server address 'app.example.com' is a host name; set server ... addr needs an IPv4 or "
                "IPv6 address"));
        row("addr bad IPv4", B::setServerAddress(be, s1, QStringLiteral("010.1.1.1")),
            QStringLiteral(
                "server address '010.1.1.1' is not valid: not an IPv4 address: '010' has a leading zero, "
                "which some tools read as octal"));
        // HAProxy itself would take this and wrap it to 4464.
        row("addr port 70000", B::setServerAddress(be, s1, QStringLiteral("10.0.0.2"), 70000),
            QStringLiteral("server port 70000 is out of range (1-65535)"));
        row("addr port -1", B::setServerAddress(be, s1, QStringLiteral("10.0.0.2"), -1),
            QStringLiteral("server port -1 is out of range (1-65535)"));
        row("check-port 0", B::setServerCheckPort(be, s1, 0),
            QStringLiteral("check port 0 is out of range (1-65535)"));
        row("wait 0", B::waitServerRemovable(be, s1, 0),
            QStringLiteral("wait time 0 ms is out of range (1 ms to 24 h)"));
        row("wait over a day", B::waitServerRemovable(be, s1, 86400001),
            QStringLiteral("wait time 86400001 ms is out of range (1 ms to 24 h)"));

        CommandBuilder::NewServer base;
        base.backend = be;
        base.name = QStringLiteral("web3");
        base.address = QStringLiteral("10.0.0.3");
        base.port = 80;
        const auto variant = [&](const std::function<void(CommandBuilder::NewServer &)> &change) {
            CommandBuilder::NewServer server = base;
            change(server);
            return B::addServer(server);
        };
        row("add port 70000", variant([](auto &s) { s.port = 70000; }),
            QStringLiteral("server port 70000 is out of range (1-65535)"));
        row("add port -1", variant([](auto &s) { s.port = -1; }),
            QStringLiteral("server port -1 is out of range (1-65535)"));
        row("add weight 300", variant([](auto &s) { s.weight = 300; }),
            QStringLiteral("weight '300' is out of range (%1)").arg(weightHint));
        row("add weight -2", variant([](auto &s) { s.weight = -2; }),
            QStringLiteral("weight '-2' is negative (%1)").arg(weightHint));
        row("add inter without check", variant([](auto &s) { s.checkInterMs = 2000; }),
            QStringLiteral("check interval and check port need the health check turned on"));
        row("add check port without check", variant([](auto &s) { s.checkPort = 8081; }),
            QStringLiteral("check interval and check port need the health check turned on"));
        row("add inter negative", variant([](auto &s) {
            s.check = true;
            s.checkInterMs = -1;
        }),
            QStringLiteral("check interval -1 ms is out of range (1 ms to 24 h)"));
        row("add check port 70000", variant([](auto &s) {
            s.check = true;
            s.checkPort = 70000;
        }),
            QStringLiteral("check port 70000 is out of range (1-65535)"));
        row("add verify none without ssl", variant([](auto &s) { s.sslVerifyNone = true; }),
            QStringLiteral("'verify none' needs SSL turned on"));
        row("add maxconn 0", variant([](auto &s) { s.maxconn = 0; }),
            QStringLiteral("maxconn 0 is not valid (use 1 and up, or -1 for no limit)"));
        row("add slowstart negative", variant([](auto &s) { s.slowstartMs = -5; }),
            QStringLiteral("slowstart -5 ms is out of range (1 ms to 24 h)"));
        row("add agent without port", variant([](auto &s) { s.agentCheck = true; }),
            QStringLiteral("agent check needs an agent port"));
        row("add agent port without agent", variant([](auto &s) { s.agentPort = 8082; }),
            QStringLiteral("agent port needs the agent check turned on"));
        row("add agent port 70000", variant([](auto &s) {
            s.agentCheck = true;
            s.agentPort = 70000;
        }),
            QStringLiteral("agent port 70000 is out of range (1-65535)"));
        row("add bracketed IPv6", variant([](auto &s) { s.address = QStringLiteral("[::1]"); }),
            QStringLiteral("server address '[::1]' is not valid: write IPv6 addresses without brackets"));
        row("add address with port", variant([](auto &s) { s.address = QStringLiteral("10.0.0.3:80"); }),
            QStringLiteral(
                "server address '10.0.0.3:80' is not valid: it contains a port (':80'); give the port "
                "separately"));
        row("add unix@ address", variant([](auto &s) { s.address = QStringLiteral("unix@/run/x.sock"); }),
            QStringLiteral("server address 'unix@/run/x.sock' is not valid: it contains '@'"));
        row("add empty address", variant([](auto &s) { s.address.clear(); }),
            QStringLiteral("server address is empty"));
    }
    void refuses()
    {
        QFETCH(bool, ok);
        QFETCH(QString, error);
        QFETCH(QString, message);
        QVERIFY(!ok);
        QCOMPARE(error, message);
    }

    void injection_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("value");
        const QList<InjectionTarget> targets = injectionTargets();
        for (int t = 0; t < targets.size(); ++t) {
            for (const auto &[label, value] : injectionValues(!targets[t].optional)) {
                const QByteArray name = (targets[t].name + QStringLiteral(": ") + label).toUtf8();
                QTest::newRow(name.constData()) << t << value;
            }
        }
    }
    void injection()
    {
        QFETCH(int, target);
        QFETCH(QString, value);
        const QList<InjectionTarget> targets = injectionTargets();
        const InjectionTarget &t = targets.at(target);
        const Result<RuntimeCommand> result = track(t.build(value));
        QVERIFY2(!result.ok(),
            qPrintable(QStringLiteral("accepted, sent as '%1'").arg(result ? result->text() : QString())));
        QVERIFY(!result.error().isEmpty());
        // The message names the argument, never shows a raw line break.
        QVERIFY2(result.error().contains(QStringLiteral("name"))
                || result.error().contains(QStringLiteral("address")),
            qPrintable(result.error()));
        QVERIFY(!result.error().contains(u'\n'));
        QVERIFY(!result.error().contains(u'\r'));
        QVERIFY(!result.error().contains(QChar(0)));
        QVERIFY(result.error().size() < 400);
    }

    // The same builders still take the plain values the injection rows start from.
    void injectionTargetsAcceptCleanValues()
    {
        const QList<InjectionTarget> targets = injectionTargets();
        QCOMPARE(targets.size(), 35);
        for (const InjectionTarget &t : targets) {
            const QString clean = t.name.endsWith(QStringLiteral("(address)")) ? QStringLiteral("10.0.0.7")
                                                                               : QStringLiteral("x1");
            const Result<RuntimeCommand> result = track(t.build(clean));
            QVERIFY2(result.ok(), qPrintable(t.name + QStringLiteral(": ") + result.error()));
        }
    }

    void raw_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("effect");
        QTest::addColumn<int>("level");

        const int R = int(Effect::Read);
        const int W = int(Effect::Write);
        const int user = int(AccessLevel::User);
        const int oper = int(AccessLevel::Operator);
        const int admin = int(AccessLevel::Admin);
        QTest::newRow("show info") << QStringLiteral("show info") << QByteArray("show info") << R << user;
        QTest::newRow("trimmed") << QStringLiteral("  show info \u00a0 ") << QByteArray("show info") << R
                                 << user;
        QTest::newRow("show stat typed")
            << QStringLiteral("show stat typed") << QByteArray("show stat typed") << R << user;
        QTest::newRow("show sess") << QStringLiteral("show sess") << QByteArray("show sess") << R << oper;
        QTest::newRow("show errors") << QStringLiteral("show errors") << QByteArray("show errors") << R
                                     << oper;
        QTest::newRow("show env") << QStringLiteral("show env") << QByteArray("show env") << R << oper;
        QTest::newRow("show fd") << QStringLiteral("show fd") << QByteArray("show fd") << R << oper;
        QTest::newRow("show startup-logs")
            << QStringLiteral("show startup-logs") << QByteArray("show startup-logs") << R << oper;
        QTest::newRow("show libs") << QStringLiteral("show libs") << QByteArray("show libs") << R << oper;
        QTest::newRow("show ssl cert")
            << QStringLiteral("show ssl cert") << QByteArray("show ssl cert") << R << oper;
        QTest::newRow("show ssl providers")
            << QStringLiteral("show ssl providers") << QByteArray("show ssl providers") << R << user;
        QTest::newRow("show profiling")
            << QStringLiteral("show profiling") << QByteArray("show profiling") << R << admin;
        QTest::newRow("show cache") << QStringLiteral("show cache") << QByteArray("show cache") << R << admin;
        QTest::newRow("show unknown")
            << QStringLiteral("show something-new") << QByteArray("show something-new") << R << user;
        QTest::newRow("help") << QStringLiteral("help") << QByteArray("help") << R << user;
        QTest::newRow("get weight") << QStringLiteral("get weight be/s1") << QByteArray("get weight be/s1")
                                    << R << user;
        QTest::newRow("get var") << QStringLiteral("get var proc.x") << QByteArray("get var proc.x") << R
                                 << oper;
        QTest::newRow("state change") << QStringLiteral("set server be/s1 state ready")
                                      << QByteArray("set server be/s1 state ready") << W << admin;
        QTest::newRow("set timeout cli")
            << QStringLiteral("set timeout cli 5") << QByteArray("set timeout cli 5") << W << user;
        QTest::newRow("clear counters")
            << QStringLiteral("clear counters") << QByteArray("clear counters") << W << oper;
        QTest::newRow("clear counters all")
            << QStringLiteral("clear counters all") << QByteArray("clear counters all") << W << admin;
        QTest::newRow("trace") << QStringLiteral("trace") << QByteArray("trace") << W << oper;
        QTest::newRow("unknown word") << QStringLiteral("add acl /etc/x.acl 10.0.0.1")
                                      << QByteArray("add acl /etc/x.acl 10.0.0.1") << W << admin;
        // HAProxy's keywords are case-sensitive: this is an unknown command to it.
        QTest::newRow("upper case") << QStringLiteral("SHOW info") << QByteArray("SHOW info") << W << admin;
        // HAProxy unescapes before matching keywords, so this is `show info`.
        QTest::newRow("escaped keyword")
            << QStringLiteral("s\\how info") << QByteArray("s\\how info") << R << user;
        QTest::newRow("escaped semicolon") << QStringLiteral("get weight be/s1\\;show cli level")
                                           << QByteArray("get weight be/s1\\;show cli level") << R << user;
        QTest::newRow("escaped final space")
            << QStringLiteral("show info\\ ") << QByteArray("show info\\ ") << R << user;
        QTest::newRow("non-ASCII") << QStringLiteral("set server be/s1 agent-send \u00e9t\u00e9")
                                   << QByteArray("set server be/s1 agent-send \xc3\xa9t\xc3\xa9") << W
                                   << admin;
        QTest::newRow("longest line") << (QStringLiteral("show ") + QString(15354, u'x'))
                                      << (QByteArray("show ") + QByteArray(15354, 'x')) << R << user;
    }
    void raw()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, line);
        QFETCH(int, effect);
        QFETCH(int, level);
        const Result<RuntimeCommand> result = track(B::raw(text));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->line(), line);
        QCOMPARE(int(result->effect()), effect);
        QCOMPARE(accessLevelName(result->requiredLevel()), accessLevelName(AccessLevel(level)));
        QCOMPARE(int(result->successRule()), int(Rule::AnyAnswer));
    }

    void rawRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString session =
            QStringLiteral(" would change this console's session (mode, level or answer format); "
                           "it is managed by hadesk and cannot be typed here");
        const QString separator =
            QStringLiteral(", which starts a second command; send each command alone, or write "
                           "'\\;' for a literal ';'");
        const QString continuation =
            QStringLiteral("the command ends with '\\', which HAProxy reads as a line "
                           "continuation; write '\\\\' for a backslash");
        const QString oneLine = QStringLiteral("; send one single-line command at a time");
        QString nul = QStringLiteral("show info");
        nul.insert(4, QChar(0));

        QTest::newRow("empty") << QString() << QStringLiteral("the command is empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("the command is empty");
        QTest::newRow("prompt") << QStringLiteral("prompt") << QStringLiteral("'prompt'") + session;
        QTest::newRow("prompt with argument")
            << QStringLiteral(" prompt timed") << QStringLiteral("'prompt'") + session;
        QTest::newRow("quit") << QStringLiteral("quit") << QStringLiteral("'quit'") + session;
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("'user'") + session;
        QTest::newRow("operator") << QStringLiteral("operator") << QStringLiteral("'operator'") + session;
        QTest::newRow("severity-output") << QStringLiteral("set severity-output string")
                                         << QStringLiteral("'set severity-output'") + session;
        QTest::newRow("escaped prompt") << QStringLiteral("pr\\ompt") << QStringLiteral("'prompt'") + session;
        QTest::newRow("semicolon") << QStringLiteral(";")
                                   << QStringLiteral("the command contains ';' at position 1") + separator;
        QTest::newRow("two commands") << QStringLiteral(
            "show info;show stat") << QStringLiteral("the command contains ';' at position 10") + separator;
        QTest::newRow("name injection")
            << QStringLiteral("get weight be/s1;show cli level")
            << QStringLiteral("the command contains ';' at position 17") + separator;
        // "\\;" is an escaped backslash followed by a real separator.
        QTest::newRow("escaped backslash then separator")
            << QStringLiteral("get weight be/s1\\\\;quit")
            << QStringLiteral("the command contains ';' at position 19") + separator;
        QTest::newRow("backslash") << QStringLiteral("\\") << continuation;
        QTest::newRow("trailing backslash") << QStringLiteral("show info\\") << continuation;
        QTest::newRow("odd backslashes") << QStringLiteral("show info\\\\\\") << continuation;
        QTest::newRow("LF") << QStringLiteral(
            "\n") << QStringLiteral("the command contains a line feed (LF) at position 1") + oneLine;
        QTest::newRow("second line") << QStringLiteral("get weight be/a\nset server be/s1 state maint")
                                     << QStringLiteral("the command contains a line feed (LF) at position 16")
                + oneLine;
        QTest::newRow("CR") << QStringLiteral("show info\r")
                            << QStringLiteral("the command contains a carriage return (CR) at position 10")
                + oneLine;
        QTest::newRow("tab") << QStringLiteral("show\tinfo")
                             << QStringLiteral("the command contains a tab at position 5") + oneLine;
        QTest::newRow("NUL") << nul
                             << QStringLiteral("the command contains a NUL character at position 5")
                + oneLine;
        QTest::newRow("escape") << QStringLiteral("show info\x1b[2J")
                                << QStringLiteral(
                                       "the command contains the control character U+001B at position 10")
                + oneLine;
        QTest::newRow("RLO") << QStringLiteral("show info \u202e")
                             << QStringLiteral(
                                    "the command contains the invisible formatting character U+202E at "
                                    "position 11");
        QTest::newRow("payload") << QStringLiteral("set ssl cert /x.pem <<")
                                 << QStringLiteral(
                                        "the command ends with '<<', which starts a multi-line payload; the "
                                        "console sends single lines");
        QTest::newRow("payload attached")
            << QStringLiteral("show info<<  ")
            << QStringLiteral("the command ends with '<<', which starts a multi-line "
                              "payload; the console sends single lines");
        QTest::newRow("one byte too long")
            << (QStringLiteral("show ") + QString(15355, u'x'))
            << QStringLiteral("the command is 15360 bytes long; HAProxy reads at most "
                              "15359 bytes per line");
        QTest::newRow("over-long")
            << QString(20000, u'a')
            << QStringLiteral("the command is 20000 bytes long; HAProxy reads at most 15359 bytes "
                              "per line");
        QTest::newRow("over-long in UTF-8")
            << QString(8000, u'\u00e9')
            << QStringLiteral("the command is 16000 bytes long; HAProxy reads at most "
                              "15359 bytes per line");
    }
    void rawRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<RuntimeCommand> result = track(B::raw(text));
        QVERIFY2(!result.ok(), qPrintable(result ? result->text() : QString()));
        QCOMPARE(result.error(), message);
    }

    // Declared last so that it sees every command the tests above produced (QtTest
    // runs slots in declaration order); builds one of each again for a single run.
    // HAProxy registers `add server be/x localhost:8080` and never resolves the name: refused
    // with the reason and the way out, on every version known (and on an unknown one), while
    // IP addresses pass on each.
    void addServerRefusesHostNames_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("2.6 (Debian 12)") << QByteArray("2.6.12-1+deb12u4");
        QTest::newRow("3.0") << QByteArray("3.0.11-9e587df");
        QTest::newRow("3.4") << QByteArray("3.4.0");
        QTest::newRow("unknown") << QByteArray();
    }
    void addServerRefusesHostNames()
    {
        QFETCH(QByteArray, version);
        const HaproxyVersion v = HaproxyVersion::parse(version);
        QVERIFY(!v.supports(HaproxyFeature::AddServerResolvesHostName));
        CommandBuilder::NewServer server = newServer(QStringLiteral("be"), QStringLiteral("web3"), {});
        server.port = 8080;
        for (const QString &name : { QStringLiteral("localhost"), QStringLiteral("app.example.com") }) {
            server.address = name;
            const Result<RuntimeCommand> refused = B::addServer(server, v);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("'%1' is a host name").arg(name)),
                qPrintable(refused.error()));
            QVERIFY2(
                refused.error().contains(QStringLiteral("never resolves it")), qPrintable(refused.error()));
            QVERIFY2(refused.error().contains(QStringLiteral("IPv4 or IPv6 address")),
                qPrintable(refused.error()));
            if (v.isValid())
                QVERIFY2(refused.error().contains(v.text), qPrintable(refused.error()));
            QCOMPARE(B::addServerAddressProblem(name, v), refused.error());
        }
        for (const QString &ip : { QStringLiteral("10.0.0.3"), QStringLiteral("2001:db8::3") }) {
            server.address = ip;
            const Result<RuntimeCommand> added = B::addServer(server, v);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QVERIFY(B::addServerAddressProblem(ip, v).isEmpty());
        }
    }

    // Each command carries the cap of its kind of answer; the console gets 16 MiB.
    void answerCaps()
    {
        const qint64 shortCap = RuntimeCommand::ShortAnswerBytes;
        const qint64 dumpCap = RuntimeCommand::DumpAnswerBytes;
        QCOMPARE(B::showInfo().maxAnswerBytes(), shortCap);
        QCOMPARE(B::showCliLevel().maxAnswerBytes(), shortCap);
        QCOMPARE(B::prompt().maxAnswerBytes(), shortCap);
        QCOMPARE(B::setSeverityOutputNumber().maxAnswerBytes(), shortCap);
        QCOMPARE(B::setTimeoutCli(120)->maxAnswerBytes(), shortCap);
        QCOMPARE(B::getWeight(QStringLiteral("be"), QStringLiteral("s1"))->maxAnswerBytes(), shortCap);
        QCOMPARE(B::enableHealth(QStringLiteral("be"), QStringLiteral("s1"))->maxAnswerBytes(), shortCap);
        QCOMPARE(
            B::addServer(newServer(QStringLiteral("be"), QStringLiteral("x"), QStringLiteral("10.0.0.1")))
                ->maxAnswerBytes(),
            shortCap);
        QCOMPARE(B::showStat()->maxAnswerBytes(), dumpCap);
        QCOMPARE(B::showStat({ QStringLiteral("be"), B::Servers, -1 })->maxAnswerBytes(), dumpCap);
        QCOMPARE(B::showServersState()->maxAnswerBytes(), dumpCap);
        QCOMPARE(B::showServersConn(QStringLiteral("be"))->maxAnswerBytes(), dumpCap);
        QCOMPARE(B::showBackend().maxAnswerBytes(), dumpCap);
        QCOMPARE(B::raw(QStringLiteral("show version"))->maxAnswerBytes(), 16ll * 1024 * 1024);
        QCOMPARE(B::rawWithPayload(QStringLiteral("add map #0 <<"), QStringLiteral("k v"))->maxAnswerBytes(),
            16ll * 1024 * 1024);
        QVERIFY(shortCap >= 64 * 1024 && shortCap <= 1024 * 1024);
    }

    void everyProducedLineIsSafe()
    {
        const QString be = QStringLiteral("be");
        const QString s1 = QStringLiteral("s1");
        track(B::showInfo());
        track(B::showStat({ be, B::Servers, 1 }));
        track(B::showServersState(be));
        track(B::showServersConn(be));
        track(B::showBackend());
        track(B::showCliLevel());
        track(B::getWeight(be, s1));
        track(B::prompt());
        track(B::setSeverityOutputNumber());
        track(B::setTimeoutCli(10));
        track(B::setServerState(be, s1, B::ServerState::Drain));
        track(B::setServerWeight(be, s1, { 7, true }));
        track(B::setServerHealth(be, s1, B::HealthState::Stopping));
        track(B::setServerAgent(be, s1, B::AgentState::Down));
        track(B::setServerAddress(be, s1, QStringLiteral("::1"), 1));
        track(B::setServerCheckPort(be, s1, 1));
        track(B::enableHealth(be, s1));
        track(B::disableHealth(be, s1));
        track(B::enableAgent(be, s1));
        track(B::disableAgent(be, s1));
        track(B::shutdownSessionsServer(be, s1));
        // The longest line the typed builders can make: two 1,024-byte names and a
        // 253-character host name with every option.
        CommandBuilder::NewServer longest;
        longest.backend = QString(1024, u'b');
        longest.name = QString(1024, u's');
        // The longest address add server takes (host names are refused: never resolved).
        longest.address = QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255");
        longest.port = 65535;
        longest.weight = 256;
        longest.check = true;
        longest.checkInterMs = 86400000;
        longest.checkPort = 65535;
        longest.ssl = true;
        longest.sslVerifyNone = true;
        longest.maxconn = 2147483647;
        longest.backup = true;
        longest.slowstartMs = 86400000;
        longest.agentCheck = true;
        longest.agentPort = 65535;
        const Result<RuntimeCommand> added = track(B::addServer(longest));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->line().size() < 2600);
        track(B::delServer(be, s1));
        track(B::waitServerRemovable(be, s1, 1000));
        track(B::raw(QStringLiteral("show servers state")));

        QVERIFY(produced().size() > 100);
        for (const RuntimeCommand &command : std::as_const(produced())) {
            const QByteArray &line = command.line();
            QVERIFY2(command.isValid(), line.constData());
            QVERIFY2(!line.contains('\n'), line.constData());
            QVERIFY2(!line.contains('\r'), line.constData());
            QVERIFY2(!line.contains('\0'), line.left(64).constData());
            QVERIFY2(!hasUnescapedSemicolon(line), line.constData());
            QVERIFY2(!line.endsWith('\\') || line.endsWith("\\\\"), line.constData());
            QVERIFY2(!line.endsWith("<<"), line.constData());
            QVERIFY2(
                line.size() <= RuntimeCommand::MaxLineBytes, QByteArray::number(line.size()).constData());
            QVERIFY2(line == line.trimmed() || line.endsWith("\\ "), line.constData());
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandBuilder)
#include "tst_commandbuilder.moc"
