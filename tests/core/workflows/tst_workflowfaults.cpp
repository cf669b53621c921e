// Issue 13, "the connection never stalls and never crashes": HAProxy is killed (SIGKILL)
// at every step of Safe Remove, Rolling Replace and a scheduled drain, once as the step's
// command is handed to the connection and once right after its answer arrived. For each
// step this proves that the workflow
//   1. does not crash (the suite runs under ASan) and does not hang: it reaches a final or
//      a clearly waiting state within a bound, with HAProxy still down;
//   2. never reports as done a step whose outcome it cannot know, and says what happened
//      in words (the command, and "unknown" / "not sent");
//   3. never sends a write twice: every write line reaches HAProxy at most once, counted
//      from RuntimeConnection::commandFinished over the whole run;
//   4. once HAProxy is back, the same RuntimeConnection is Ready again on the new process,
//      and HAProxy's own `show servers state` (read with the fixture's raw client) is the
//      configuration's state changed only by the writes the workflow sent to the new
//      process, and agrees with what the workflow reports when it finished there.
// And, found by the `wait srv-removable` rows: a command running on its own connection
// (console lines, waits) whose connection HAProxy closes without a byte is not taken for an
// empty, successful answer.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/drainjob.h"
#include "core/workflows/drainscheduler.h"
#include "core/workflows/rollingreplace.h"
#include "core/workflows/saferemove.h"
#include "tests/support/fakecliserver.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(backend be_sr
    balance roundrobin
    server gone ${BACKEND:sr_gone}
    server stays ${BACKEND:sr_stays}

backend be_rr
    balance roundrobin
    server old1 ${BACKEND:rr_old1}
    server keep ${BACKEND:rr_keep}

backend be_ds
    balance roundrobin
    server s_ds ${BACKEND:ds_s}
    server keep ${BACKEND:ds_keep}
)"_s;

// Product bug found by this test (core/workflows/rollingreplace.cpp, owned by another change): when
// HAProxy restarts while the old server is being removed, the removal's SafeRemove retries its
// session poll, reconnects to the new process and goes on (maint, del old1 there), and
// RollingReplace then reports Done ("old1 replaced by new1") although new1, added at runtime
// to the killed process, does not exist in the new one: the backend lost old1 and never got
// new1. RollingReplace::removeOld()'s finished handler calls stepDone() and runStep() ends in
// Done after a reread that itself finds new1 gone; nothing reacts to
// RuntimeConnection::workerChanged().
// Every bound below is a ceiling for a loaded, shared 2-core machine under ASan; a step
// normally settles in about CommandTimeoutMs (the longest a command waits for a connection
// that does not come back), so these only matter when something hangs.
constexpr int SettleMs = 15000;
constexpr int CommandTimeoutMs = 1000;

ConnectionOptions faultOptions()
{
    ConnectionOptions options;
    options.connectTimeoutMs = 1000;
    // Also how long a command queued while HAProxy is down waits before "not sent": short,
    // so that a workflow reaches its final state quickly while HAProxy stays down.
    options.commandTimeoutMs = CommandTimeoutMs;
    options.reconnectInitialDelayMs = 50;
    options.reconnectMaxDelayMs = 200;
    return options;
}

enum class KillAt {
    Sent, // as the workflow hands the step's command to the connection
    Answered, // right after the step's answer, before the workflow's handler sees it
};

QString lineOf(const Result<RuntimeCommand> &command)
{
    return command ? command->text() : QString();
}

// One command as RuntimeConnection reported it finished.
struct Finished
{
    enum Phase { BeforeKill, WhileDown, AfterRestart };
    QString line;
    bool write = false;
    RuntimeError error = RuntimeError::None;
    bool sent = false;
    Phase phase = BeforeKill;
};

// Every command the connection finished, in order, with the phase of the fault it finished in.
class CommandLog : public QObject
{
public:
    explicit CommandLog(RuntimeConnection *connection)
    {
        connect(connection, &RuntimeConnection::commandFinished, this,
            [this](const RuntimeCommand &command, const RuntimeReply &reply) {
                m_entries.append({ command.text(), command.isWrite(), reply.error, reply.wasSent(), phase });
            });
    }
    Finished::Phase phase = Finished::BeforeKill;
    const QList<Finished> &entries() const { return m_entries; }

    // Write lines that reached HAProxy more than once (or could have: outcome unknown).
    QStringList writesSentTwice() const
    {
        QHash<QString, int> counts;
        for (const Finished &entry : m_entries) {
            if (entry.write && entry.sent)
                ++counts[entry.line];
        }
        QStringList twice;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > 1)
                twice.append(u"%1 (%2 times)"_s.arg(it.key()).arg(it.value()));
        }
        return twice;
    }
    QList<Finished> writes(Finished::Phase inPhase) const
    {
        QList<Finished> result;
        for (const Finished &entry : m_entries) {
            if (entry.write && entry.phase == inPhase)
                result.append(entry);
        }
        return result;
    }
    QString dump() const
    {
        QStringList lines;
        for (const Finished &entry : m_entries)
            lines.append(
                u"  [%1] %2 -> %3"_s.arg(int(entry.phase)).arg(entry.line, runtimeErrorName(entry.error)));
        return lines.join(u'\n');
    }

private:
    QList<Finished> m_entries;
};

// Kills HAProxy once, at the occurrence-th time a command starting with `prefix` is
// announced (KillAt::Sent) or answered successfully (KillAt::Answered). A workflow that
// announces its commands (commandSent) arms the answer trigger at the announcement, so
// that the answer is that very command's; otherwise answers are counted.
class Killer : public QObject
{
public:
    Killer(HaproxyFixture &haproxy, RuntimeConnection *connection, CommandLog &log, const QString &prefix,
        int occurrence, KillAt when, bool countAnswers)
        : m_haproxy(haproxy)
        , m_log(log)
        , m_prefix(prefix)
        , m_occurrence(occurrence)
        , m_when(when)
        , m_countAnswers(countAnswers)
    {
        connect(connection, &RuntimeConnection::commandFinished, this,
            [this](const RuntimeCommand &command, const RuntimeReply &reply) {
                if (m_fired || m_when != KillAt::Answered || !reply.ok()
                    || !command.text().startsWith(m_prefix))
                    return;
                if (m_countAnswers ? ++m_seen == m_occurrence : m_armed)
                    kill(command.text());
            });
    }
    // Connected to the workflow's announcement of each command it sends.
    void announced(const QString &line)
    {
        if (m_fired || m_armed || !line.startsWith(m_prefix) || m_countAnswers)
            return;
        if (++m_seen != m_occurrence)
            return;
        if (m_when == KillAt::Sent)
            kill(line);
        else
            m_armed = true;
    }
    // For a moment the workflow does not announce with a command (or announces in words).
    void killNow(const QString &label) { kill(label); }

    bool fired() const { return m_fired; }
    bool crashed() const { return m_crashed; }
    QString at() const { return m_at; }

private:
    void kill(const QString &line)
    {
        m_fired = true;
        m_at = line;
        m_crashed = m_haproxy.crash();
        m_log.phase = Finished::WhileDown;
    }

    HaproxyFixture &m_haproxy;
    CommandLog &m_log;
    QString m_prefix;
    int m_occurrence;
    KillAt m_when;
    bool m_countAnswers;
    int m_seen = 0;
    bool m_armed = false;
    bool m_fired = false;
    bool m_crashed = false;
    QString m_at;
};

// A server's state as HAProxy reports it: "READY", "DRAIN", "MAINT"; absent: not listed.
using ServerStates = QMap<QString, QString>;

QString conditionOf(const ServerStateRow &row)
{
    if (row.isMaint())
        return u"MAINT"_s;
    if (row.isDrain())
        return u"DRAIN"_s;
    return u"READY"_s;
}

// `show servers state B` through the fixture's own client, independent of the code tested.
Result<ServerStates> actualStates(const HaproxyFixture &haproxy, const QString &backend)
{
    QString error;
    const QByteArray answer = HaproxyFixture::rawCommand(
        haproxy.adminSocket(), "show servers state " + backend.toUtf8(), 5000, &error);
    if (!error.isEmpty())
        return Result<ServerStates>::failure(error);
    const Result<ServersState> parsed = ServersStateParser::parse(answer);
    if (!parsed)
        return Result<ServerStates>::failure(parsed.error());
    ServerStates states;
    for (const ServerStateRow &row : parsed->rows)
        states.insert(QString::fromUtf8(row.name), conditionOf(row));
    return states;
}

// The configuration's states changed by the writes HAProxy acknowledged since it restarted:
// what `show servers state` must show if nothing else reached the new process.
ServerStates expectedStates(ServerStates states, const QList<Finished> &writes, const QString &backend)
{
    const QString prefix = backend + u'/';
    for (const Finished &write : writes) {
        if (write.error != RuntimeError::None)
            continue;
        const QStringList words = write.line.split(u' ');
        if (words.size() < 3 || words.at(1) != u"server" || !words.at(2).startsWith(prefix))
            continue;
        const QString server = words.at(2).mid(prefix.size());
        if (words.at(0) == u"set" && words.size() == 5 && words.at(3) == u"state")
            states.insert(server, words.at(4).toUpper());
        else if (words.at(0) == u"del")
            states.remove(server);
        else if (words.at(0) == u"add")
            states.insert(server, u"MAINT"_s); // HAProxy adds servers in maintenance
    }
    return states;
}

QString describe(const ServerStates &states)
{
    QStringList parts;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u", "_s);
}

// The condition a write claims to reach: "DRAIN", "MAINT", "READY", "gone", "added"; empty
// for writes that claim none.
QString targetOf(const QString &line)
{
    const QStringList words = line.split(u' ');
    if (words.size() == 5 && words.at(0) == u"set" && words.at(3) == u"state")
        return words.at(4).toUpper();
    if (words.size() >= 3 && words.at(0) == u"del")
        return u"gone"_s;
    if (words.size() >= 3 && words.at(0) == u"add")
        return u"added"_s;
    return {};
}

QString serverOf(const QString &line)
{
    const QStringList words = line.split(u' ');
    return words.size() >= 3 ? words.at(2).section(u'/', 1) : QString();
}

QString conditionText(ServerCondition condition)
{
    switch (condition) {
    case ServerCondition::Ready:
        return u"READY"_s;
    case ServerCondition::Drain:
        return u"DRAIN"_s;
    case ServerCondition::Maint:
        return u"MAINT"_s;
    case ServerCondition::Deleted:
        return u"gone"_s;
    case ServerCondition::Unknown:
        break;
    }
    return {};
}

// The words a message must use for a write whose fate the client cannot know, or one that
// never left.
bool saysUnknown(const QString &text)
{
    return text.contains(u"unknown"_s, Qt::CaseInsensitive) || text.contains(u"may or may not"_s)
        || text.contains(u"before HAProxy answered"_s);
}
bool saysNotSent(const QString &text)
{
    return text.contains(u"not sent"_s);
}

// Every write that failed after the kill is explained by a message naming it and saying
// what is known about it. Empty when so; else what is missing.
QString unexplainedWrites(const CommandLog &log, const QStringList &messages)
{
    QStringList missing;
    for (const Finished &write : log.writes(Finished::WhileDown)) {
        if (write.error == RuntimeError::None)
            continue;
        const bool explained = std::any_of(messages.cbegin(), messages.cend(), [&](const QString &text) {
            return text.contains(write.line) && (write.sent ? saysUnknown(text) : saysNotSent(text));
        });
        if (!explained)
            missing.append(u"%1 (%2)"_s.arg(write.line, runtimeErrorName(write.error)));
    }
    if (missing.isEmpty())
        return {};
    return u"no message explains: %1\nmessages:\n  %2"_s.arg(missing.join(u"; "_s), messages.join(u"\n  "_s));
}

QString lastOf(const QStringList &messages)
{
    return messages.isEmpty() ? QString() : messages.constLast();
}

// A message that says nothing more than that something went wrong.
bool isFailureWord(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t == u"Failed." || t == u"Failed" || t == u"Error";
}

void addStepRows(const QList<std::pair<QString, QString>> &steps, const QList<int> &occurrences,
    const QList<bool> &canKillAtSend)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto &[name, prefix] = steps.at(i);
        if (canKillAtSend.at(i))
            QTest::newRow(qPrintable(name + u" / sent"_s)) << prefix << occurrences.at(i) << KillAt::Sent;
        QTest::newRow(qPrintable(name + u" / answered"_s)) << prefix << occurrences.at(i) << KillAt::Answered;
    }
}

} // namespace

Q_DECLARE_METATYPE(KillAt)

class TestWorkflowFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    bool m_hasWaitRemovable = false;
    QString m_instance;
    ServerStates m_configSr;
    ServerStates m_configRr;
    ServerStates m_configDs;
    QElapsedTimer m_clock;

    Endpoint endpoint() const { return Endpoint::parse(m_haproxy->adminSocket()).value(); }

    std::unique_ptr<RuntimeConnection> openConnection()
    {
        auto connection = std::make_unique<RuntimeConnection>(endpoint(), faultOptions());
        connection->open();
        if (!QTest::qWaitFor([&] { return connection->isReady(); }, SettleMs))
            return nullptr;
        return connection;
    }

    // HAProxy back, and the same connection Ready on the new process.
    bool bringBack(RuntimeConnection &connection, QString *why)
    {
        if (!m_haproxy->start()) {
            *why = m_haproxy->errorString();
            return false;
        }
        const qint64 pid = m_haproxy->workerPid();
        if (!QTest::qWaitFor(
                [&] { return connection.isReady() && connection.workerPid() == pid; }, SettleMs)) {
            *why = u"the connection is %1 on pid %2, HAProxy runs pid %3"_s
                       .arg(QString::fromLatin1(QMetaEnum::fromType<RuntimeConnection::State>().valueToKey(
                           int(connection.state()))))
                       .arg(connection.workerPid())
                       .arg(pid);
            return false;
        }
        return true;
    }

    void verifyAfterRestart(const CommandLog &log, const QString &backend, const ServerStates &config,
        const std::function<QString(const ServerStates &actual)> &claims)
    {
        const QStringList twice = log.writesSentTwice();
        QVERIFY2(twice.isEmpty(), qPrintable(u"sent twice: "_s + twice.join(u", "_s) + u'\n' + log.dump()));
        // HAProxy was not touched after the restart: every write it got must have been answered.
        for (const Finished &write : log.writes(Finished::AfterRestart))
            QVERIFY2(write.error == RuntimeError::None, qPrintable(log.dump()));
        const Result<ServerStates> actual = actualStates(*m_haproxy, backend);
        QVERIFY2(actual, qPrintable(actual.error()));
        const ServerStates expected = expectedStates(config, log.writes(Finished::AfterRestart), backend);
        QVERIFY2(*actual == expected,
            qPrintable(
                u"HAProxy has %1, expected %2\n%3"_s.arg(describe(*actual), describe(expected), log.dump())));
        if (claims) {
            const QString problem = claims(*actual);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + log.dump()));
        }
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        QVERIFY2(m_haproxy->addBackend(u"rr_new1"_s), qPrintable(m_haproxy->errorString()));
        qInfo("%s", qPrintable(m_haproxy->version()));
        m_instance = endpoint().toString();
        const auto connection = openConnection();
        QVERIFY(connection);
        QCOMPARE(connection->level(), AccessLevel::Admin);
        m_hasWaitRemovable = connection->version().hasWaitSrvRemovable();
        for (auto [backend, states] : { std::pair { u"be_sr"_s, &m_configSr },
                 std::pair { u"be_rr"_s, &m_configRr }, std::pair { u"be_ds"_s, &m_configDs } }) {
            const Result<ServerStates> read = actualStates(*m_haproxy, backend);
            QVERIFY2(read, qPrintable(read.error()));
            *states = *read;
        }
    }
    void init()
    {
        // Every row starts from the configuration: a failed row may have left HAProxy down,
        // and a workflow that went on after the restart changed the new process.
        bool clean = m_haproxy->isRunning();
        for (auto [backend, config] : { std::pair { u"be_sr"_s, &m_configSr },
                 std::pair { u"be_rr"_s, &m_configRr }, std::pair { u"be_ds"_s, &m_configDs } }) {
            const Result<ServerStates> read =
                clean ? actualStates(*m_haproxy, backend) : Result<ServerStates>(ServerStates {});
            clean = clean && read && *read == *config;
        }
        if (!clean)
            QVERIFY2(m_haproxy->restart(), qPrintable(m_haproxy->errorString()));
    }
    void cleanupTestCase()
    {
        m_haproxy.reset();
        qInfo("whole test: %lld ms", m_clock.elapsed());
    }

    // drain, poll, maint, [wait srv-removable on 3.0+], del.
    void safeRemove_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<KillAt>("when");
        const QString b = u"be_sr"_s;
        const QString s = u"gone"_s;
        CommandBuilder::StatScope scope;
        scope.proxy = b;
        scope.typeMask = CommandBuilder::Servers;
        addStepRows(
            {
                { u"drain"_s,
                    lineOf(CommandBuilder::setServerState(b, s, CommandBuilder::ServerState::Drain)) },
                { u"poll"_s, lineOf(CommandBuilder::showStat(scope)) },
                { u"maint"_s,
                    lineOf(CommandBuilder::setServerState(b, s, CommandBuilder::ServerState::Maint)) },
                { u"wait srv-removable"_s, u"wait "_s },
                { u"del"_s, lineOf(CommandBuilder::delServer(b, s)) },
            },
            { 1, 1, 1, 1, 1 }, { true, true, true, true, true });
    }
    void safeRemove()
    {
        QFETCH(QString, prefix);
        QFETCH(int, occurrence);
        QFETCH(KillAt, when);
        if (prefix.startsWith(u"wait "_s) && !m_hasWaitRemovable)
            QSKIP("HAProxy before 3.0 has no `wait srv-removable`: SafeRemove goes from maint to del");

        const auto connection = openConnection();
        QVERIFY(connection);
        CommandLog log(connection.get());
        Killer killer(*m_haproxy, connection.get(), log, prefix, occurrence, when, false);
        SafeRemove::Options options;
        options.idleTimeoutMs = 5000; // the server is idle: its sessions are 0 at the first poll
        options.pollIntervalMs = 100;
        options.removableTimeoutMs = 2000;
        SafeRemove remove(connection.get(), u"be_sr"_s, u"gone"_s, options);
        QStringList messages;
        connect(&remove, &SafeRemove::message, &remove, [&](const QString &text) {
            if (killer.fired())
                messages.append(text);
        });
        connect(&remove, &SafeRemove::commandSent, &killer, &Killer::announced);
        QSignalSpy finished(&remove, &SafeRemove::finished);

        const auto isFinal = [&] {
            return remove.state() == SafeRemove::State::Done || remove.state() == SafeRemove::State::Failed
                || remove.state() == SafeRemove::State::Cancelled;
        };
        const auto isWaiting = [&] {
            return remove.state() == SafeRemove::State::WaitingForIdle && !messages.isEmpty()
                && messages.constLast().contains(u"trying again"_s);
        };
        const auto state = [&] {
            return u"%1, server %2, error “%3”; last message “%4”"_s.arg(
                SafeRemove::stateName(remove.state()), serverConditionText(remove.serverCondition()),
                remove.errorString(), lastOf(messages));
        };

        remove.start();
        QTRY_VERIFY2_WITH_TIMEOUT(killer.fired() || isFinal(), qPrintable(state()), SettleMs);
        QVERIFY2(killer.fired(), qPrintable(u"finished before the step: "_s + state()));
        QVERIFY2(killer.crashed(), qPrintable(m_haproxy->errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            isFinal() || isWaiting(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        const bool finalWhileDown = isFinal();
        QVERIFY(finished.size() <= 1);

        // Nothing whose outcome is unknown is claimed.
        for (const Finished &write : log.writes(Finished::WhileDown)) {
            if (write.error == RuntimeError::None)
                continue;
            QVERIFY2(remove.state() != SafeRemove::State::Done, qPrintable(state()));
            QVERIFY2(conditionText(remove.serverCondition()) != targetOf(write.line),
                qPrintable(write.line + u": "_s + state()));
        }
        if (remove.state() == SafeRemove::State::Failed) {
            QVERIFY2(!isFailureWord(remove.errorString()), qPrintable(state()));
            QVERIFY2(!isFailureWord(lastOf(messages)), qPrintable(state()));
            // HAProxy is down: nothing could be read back.
            QCOMPARE(remove.serverCondition(), ServerCondition::Unknown);
        }
        const QString unexplained = unexplainedWrites(log, messages);
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));

        log.phase = Finished::AfterRestart;
        QString why;
        QVERIFY2(bringBack(*connection, &why), qPrintable(why));
        if (finalWhileDown) {
            // It stopped: nothing more may reach the new process.
            QVERIFY2(log.writes(Finished::AfterRestart).isEmpty(), qPrintable(log.dump()));
        } else {
            QTRY_VERIFY2_WITH_TIMEOUT(isFinal(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        }
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!isFailureWord(lastOf(messages)), qPrintable(state()));
        verifyAfterRestart(log, u"be_sr"_s, m_configSr, [&](const ServerStates &actual) -> QString {
            if (finalWhileDown)
                return {};
            // It finished on the new process: what it says is what HAProxy has.
            const QString said = conditionText(remove.serverCondition());
            const QString real = actual.value(u"gone"_s, u"gone"_s);
            if (!said.isEmpty() && said != real)
                return u"SafeRemove says %1, HAProxy has %2: %3"_s.arg(said, real, state());
            if (remove.state() == SafeRemove::State::Done && actual.contains(u"gone"_s))
                return u"SafeRemove says removed, HAProxy still lists it"_s;
            return {};
        });
        qInfo("killed at “%s”: %s", qPrintable(killer.at()), qPrintable(state()));
    }

    // The plan check, add, enable health, ready, the wait for UP, then SafeRemove of the old
    // server (drain, poll, maint, [wait srv-removable], del).
    void rollingReplace_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<KillAt>("when");
        const QString b = u"be_rr"_s;
        CommandBuilder::StatScope check;
        check.proxy = b;
        check.typeMask = CommandBuilder::Backends | CommandBuilder::Servers;
        CommandBuilder::StatScope servers;
        servers.proxy = b;
        servers.typeMask = CommandBuilder::Servers;
        const QString poll = lineOf(CommandBuilder::showStat(servers));
        using SS = CommandBuilder::ServerState;
        addStepRows(
            {
                { u"plan check"_s, lineOf(CommandBuilder::showStat(check)) },
                { u"add server"_s, u"add server be_rr/new1 "_s },
                { u"enable health"_s, lineOf(CommandBuilder::enableHealth(b, u"new1"_s)) },
                { u"new ready"_s, lineOf(CommandBuilder::setServerState(b, u"new1"_s, SS::Ready)) },
                { u"wait for UP"_s, poll },
                { u"old drain"_s, lineOf(CommandBuilder::setServerState(b, u"old1"_s, SS::Drain)) },
                { u"old poll"_s, poll },
                { u"old maint"_s, lineOf(CommandBuilder::setServerState(b, u"old1"_s, SS::Maint)) },
                { u"old wait srv-removable"_s, u"wait "_s },
                { u"old del"_s, lineOf(CommandBuilder::delServer(b, u"old1"_s)) },
            },
            // The wait for UP and the removal's poll send the same line: the removal's is the
            // second announced.
            { 1, 1, 1, 1, 1, 1, 2, 1, 1, 1 }, { true, true, true, true, true, true, true, true, true, true });
    }
    void rollingReplace()
    {
        QFETCH(QString, prefix);
        QFETCH(int, occurrence);
        QFETCH(KillAt, when);
        if (prefix.startsWith(u"wait "_s) && !m_hasWaitRemovable)
            QSKIP("HAProxy before 3.0 has no `wait srv-removable`: SafeRemove goes from maint to del");

        const auto connection = openConnection();
        QVERIFY(connection);
        CommandLog log(connection.get());
        Killer killer(*m_haproxy, connection.get(), log, prefix, occurrence, when, false);
        RollingReplacePlan plan;
        plan.backend = u"be_rr"_s;
        plan.options.upTimeoutMs = 10000; // UP after two checks 100 ms apart; a bound only
        plan.options.idleTimeoutMs = 5000; // the old server is idle
        plan.options.checkIntervalMs = 100;
        plan.options.newCheckInterMs = 100;
        RollingReplacePlan::Pair pair;
        pair.oldServer = u"old1"_s;
        pair.newName = u"new1"_s;
        pair.newAddress = u"127.0.0.1"_s;
        pair.newPort = m_haproxy->backendPort(u"rr_new1"_s);
        plan.pairs = { pair };
        RollingReplace run(connection.get(), plan);
        QStringList messages;
        connect(&run, &RollingReplace::message, &run, [&](const QString &text) {
            if (killer.fired())
                messages.append(text);
        });
        connect(&run, &RollingReplace::commandSent, &killer, &Killer::announced);
        QSignalSpy finished(&run, &RollingReplace::finished);

        const auto isFinal = [&] {
            return run.state() == RollingReplace::State::Done || run.state() == RollingReplace::State::Failed
                || run.state() == RollingReplace::State::Aborted;
        };
        const auto isWaiting = [&] {
            if (run.state() != RollingReplace::State::Running || messages.isEmpty()
                || !messages.constLast().contains(u"trying again"_s))
                return false;
            const RollingReplace::StepState step = run.steps().at(0).state;
            return step == RollingReplace::StepState::WaitingUp
                || (step == RollingReplace::StepState::Removing && run.removal()
                    && run.removal()->state() == SafeRemove::State::WaitingForIdle);
        };
        const auto state = [&] {
            const RollingReplace::Step &step = run.steps().at(0);
            return u"%1, step %2 (new %3, old %4), error “%5”; last message “%6”"_s.arg(
                RollingReplace::stateName(run.state()), RollingReplace::stepStateName(step.state),
                conditionText(step.newCondition), conditionText(step.oldCondition), run.errorString(),
                lastOf(messages));
        };

        run.start();
        QTRY_VERIFY2_WITH_TIMEOUT(killer.fired() || isFinal(), qPrintable(state()), SettleMs);
        QVERIFY2(killer.fired(), qPrintable(u"finished before the step: "_s + state()));
        QVERIFY2(killer.crashed(), qPrintable(m_haproxy->errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            isFinal() || isWaiting(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        const bool finalWhileDown = isFinal();

        for (const Finished &write : log.writes(Finished::WhileDown)) {
            if (write.error == RuntimeError::None)
                continue;
            QVERIFY2(run.state() != RollingReplace::State::Done, qPrintable(state()));
            const RollingReplace::Step &step = run.steps().at(0);
            QVERIFY2(step.state != RollingReplace::StepState::Done, qPrintable(state()));
            const QString server = serverOf(write.line);
            const ServerCondition said = server == u"new1" ? step.newCondition : step.oldCondition;
            const QString target = targetOf(write.line);
            if (target.isEmpty())
                continue; // enable health: no condition to claim
            QVERIFY2(
                conditionText(said) != target && !(target == u"added" && said != ServerCondition::Unknown),
                qPrintable(write.line + u": "_s + state()));
        }
        if (run.state() == RollingReplace::State::Failed) {
            QVERIFY2(!isFailureWord(run.errorString()), qPrintable(state()));
            if (run.steps().at(0).state != RollingReplace::StepState::Pending)
                QVERIFY2(!isFailureWord(run.steps().at(0).message), qPrintable(state()));
        }
        const QString unexplained = unexplainedWrites(log, messages);
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));

        log.phase = Finished::AfterRestart;
        QString why;
        QVERIFY2(bringBack(*connection, &why), qPrintable(why));
        if (finalWhileDown)
            QVERIFY2(log.writes(Finished::AfterRestart).isEmpty(), qPrintable(log.dump()));
        else
            QTRY_VERIFY2_WITH_TIMEOUT(isFinal(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!isFailureWord(lastOf(messages)), qPrintable(state()));
        verifyAfterRestart(log, u"be_rr"_s, m_configRr, [&](const ServerStates &actual) -> QString {
            if (finalWhileDown)
                return {};
            const RollingReplace::Step &step = run.steps().at(0);
            for (const auto &[name, said] :
                { std::pair { u"new1"_s, step.newCondition }, std::pair { u"old1"_s, step.oldCondition } }) {
                const QString text = conditionText(said);
                if (!text.isEmpty() && text != actual.value(name, u"gone"_s))
                    return u"RollingReplace says %1 is %2, HAProxy has %3: %4"_s.arg(
                        name, text, actual.value(name, u"gone"_s), state());
            }
            return {};
        });
        // Done means the new server serves in the old one's place, on the process HAProxy
        // runs now.
        const Result<ServerStates> actual = actualStates(*m_haproxy, u"be_rr"_s);
        QVERIFY2(actual, qPrintable(actual.error()));
        QVERIFY2(finalWhileDown || run.state() != RollingReplace::State::Done || actual->contains(u"new1"_s),
            qPrintable(
                u"RollingReplace says old1 was replaced by new1, but new1 is not in HAProxy (it was added "
                "to the process that was killed) and old1 is %1: %2"_s.arg(
                    actual->value(u"old1"_s, u"gone"_s), state())));
        qInfo("killed at “%s”: %s", qPrintable(killer.at()), qPrintable(state()));
    }

    // A drain scheduled now, ending in a maintenance window: drain, read the state and the
    // sessions, maint, the window, ready. And one killed while it waits for its start time.
    void scheduledDrain_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<KillAt>("when");
        const QString b = u"be_ds"_s;
        const QString s = u"s_ds"_s;
        using SS = CommandBuilder::ServerState;
        CommandBuilder::StatScope servers;
        servers.proxy = b;
        servers.typeMask = CommandBuilder::Servers;
        // The scheduler announces only its writes ("Sending “...”"): its reads are killed
        // right after their answers.
        addStepRows(
            {
                { u"drain"_s, lineOf(CommandBuilder::setServerState(b, s, SS::Drain)) },
                { u"server state"_s, lineOf(CommandBuilder::showServersState(b)) },
                { u"sessions"_s, lineOf(CommandBuilder::showStat(servers)) },
                { u"maint"_s, lineOf(CommandBuilder::setServerState(b, s, SS::Maint)) },
                { u"ready after the window"_s, lineOf(CommandBuilder::setServerState(b, s, SS::Ready)) },
            },
            { 1, 1, 1, 1, 1 }, { true, false, false, true, true });
        QTest::newRow("waiting for its start time") << QString() << 0 << KillAt::Sent;
    }
    void scheduledDrain()
    {
        QFETCH(QString, prefix);
        QFETCH(int, occurrence);
        QFETCH(KillAt, when);

        const auto connection = openConnection();
        QVERIFY(connection);
        CommandLog log(connection.get());
        Killer killer(*m_haproxy, connection.get(), log, prefix, occurrence, when, true);
        DrainScheduler::Options options;
        options.pollIntervalMs = 100;
        DrainScheduler scheduler(nullptr, options);
        scheduler.setConnection(m_instance, connection.get());
        QStringList messages;
        connect(&scheduler, &DrainScheduler::message, &scheduler, [&](const QUuid &, const QString &text) {
            if (killer.fired())
                messages.append(text);
            // Its writes are announced in words just before they are sent.
            if (text.startsWith(u"Sending “"_s) && text.endsWith(u"”."_s) && when == KillAt::Sent
                && !prefix.isEmpty() && text.mid(9, text.size() - 11).startsWith(prefix) && !killer.fired())
                killer.killNow(text.mid(9, text.size() - 11));
        });

        const bool waitingStart = prefix.isEmpty();
        // The window is short so that a run takes little time; it is far above the time one
        // command takes, so the window is seen.
        DrainJob job = DrainJob::create(m_instance, u"be_ds"_s, u"s_ds"_s,
            QDateTime::currentDateTimeUtc().addMSecs(waitingStart ? 1000 : 0),
            DrainJob::EndAction::ReadyAfter);
        job.idleDeadlineSeconds = 0;
        job.readyAfterMinutes = 0.5 / 60;
        const Result<QUuid> added = scheduler.addJob(job);
        QVERIFY2(added, qPrintable(added.error()));
        const QUuid id = *added;
        if (waitingStart) {
            QCOMPARE(scheduler.job(id)->state, DrainJob::State::Waiting);
            killer.killNow(u"(waiting for the start time)"_s);
        }

        const auto current = [&] { return scheduler.job(id); };
        const auto isFinal = [&] { return current()->isFinished(); };
        const auto isWaiting = [&] {
            if (!scheduler.isWaitingForConnection(id) || connection->pendingCount() > 0)
                return false;
            const DrainJob::State s = current()->state;
            return s == DrainJob::State::Waiting || s == DrainJob::State::InWindow
                || (!messages.isEmpty() && messages.constLast().startsWith(u"Will try again"_s));
        };
        const auto state = [&] {
            const DrainJob *j = current();
            return u"%1 (%2), server %3, error “%4”; last message “%5”"_s.arg(DrainJob::stateName(j->state),
                scheduler.statusText(id), j->serverState, j->lastError, lastOf(messages));
        };

        QTRY_VERIFY2_WITH_TIMEOUT(killer.fired() || isFinal(), qPrintable(state()), SettleMs);
        QVERIFY2(killer.fired(), qPrintable(u"finished before the step: "_s + state()));
        QVERIFY2(killer.crashed(), qPrintable(m_haproxy->errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            isFinal() || isWaiting(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        if (waitingStart) {
            // Its start time passes while HAProxy is down: it keeps waiting, and says why.
            const QDateTime start = current()->startAtUtc;
            QTRY_VERIFY2_WITH_TIMEOUT(
                QDateTime::currentDateTimeUtc() > start.addMSecs(200), "start", SettleMs);
            QVERIFY2(isWaiting(), qPrintable(state()));
            QVERIFY2(scheduler.statusText(id).contains(u"not connected"_s), qPrintable(state()));
        }
        const bool finalWhileDown = isFinal();

        for (const Finished &write : log.writes(Finished::WhileDown)) {
            if (write.error == RuntimeError::None)
                continue;
            QVERIFY2(current()->state != DrainJob::State::Done, qPrintable(state()));
            QVERIFY2(
                current()->serverState != targetOf(write.line), qPrintable(write.line + u": "_s + state()));
        }
        const QString unexplained = unexplainedWrites(log, messages);
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));

        log.phase = Finished::AfterRestart;
        QString why;
        QVERIFY2(bringBack(*connection, &why), qPrintable(why));
        if (finalWhileDown)
            QVERIFY2(log.writes(Finished::AfterRestart).isEmpty(), qPrintable(log.dump()));
        else
            QTRY_VERIFY2_WITH_TIMEOUT(isFinal(), qPrintable(state() + u'\n' + log.dump()), SettleMs);
        QVERIFY2(!isFailureWord(lastOf(messages)), qPrintable(state()));
        if (current()->state == DrainJob::State::Failed)
            QVERIFY2(!isFailureWord(current()->lastError), qPrintable(state()));
        verifyAfterRestart(log, u"be_ds"_s, m_configDs, [&](const ServerStates &actual) -> QString {
            if (finalWhileDown)
                return {};
            const QString said = current()->serverState;
            const QString real = actual.value(u"s_ds"_s, u"gone"_s);
            if (!said.isEmpty() && said != real)
                return u"the job says %1, HAProxy has %2: %3"_s.arg(said, real, state());
            return {};
        });
        qInfo("killed at “%s”: %s", qPrintable(killer.at()), qPrintable(state()));
    }

    // What the `wait srv-removable` rows above hit by chance: HAProxy accepted a command's own
    // connection and died before answering. Commands that run alone (every console line, the
    // waits) must not read that silence as an empty answer, which for a write is success.
    void aloneWriteLostBeforeAnswer()
    {
        FakeCliServer fake;
        QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
        fake.setBehaviour("set server", FakeCliServer::Behaviour::Close);
        RuntimeConnection connection(Endpoint::parse(fake.socketPath()).value(), faultOptions());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), SettleMs);
        const Result<RuntimeCommand> typed = CommandBuilder::raw(u"set server be/s1 state drain"_s);
        QVERIFY2(typed, qPrintable(typed.error()));
        QVERIFY(typed->runsAlone() && typed->isWrite());
        const RuntimeReply reply = sendAndWait(connection, *typed, SettleMs);
        QCOMPARE(runtimeErrorName(reply.error), runtimeErrorName(RuntimeError::OutcomeUnknown));
        QVERIFY2(saysUnknown(reply.errorMessage), qPrintable(reply.errorMessage));
        QCOMPARE(fake.receivedLines().count("set server be/s1 state drain"), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowFaults)

#include "tst_workflowfaults.moc"
