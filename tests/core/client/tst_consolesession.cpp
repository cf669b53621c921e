// ConsoleSession without widgets: splitting a typed line as HAProxy does (';' and its
// escapes), refusing dangerous input before sending, the level guess, completion from a
// recorded 2.6 `help` answer and from snapshot names, payload entry, and the history's
// round trip through its file.

#include "core/client/consolesession.h"
#include "core/protocol/commandbuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Kind = ConsoleSubmission::Kind;

class TestConsoleSession : public QObject
{
    Q_OBJECT

private:
    static QByteArray recordedHelp()
    {
        QFile file(QFINDTESTDATA("data/help_26.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("one") << u"show info"_s << QStringList { u"show info"_s };
        QTest::newRow("two") << u"set weight be/s1 50; get weight be/s1"_s
                             << QStringList { u"set weight be/s1 50"_s, u"get weight be/s1"_s };
        QTest::newRow("no spaces") << u"a;b;c"_s << QStringList { u"a"_s, u"b"_s, u"c"_s };
        // HAProxy: "\;" is a literal ';' inside an argument, one command.
        QTest::newRow("escaped") << u"get weight be/s1\\;show cli level"_s
                                 << QStringList { u"get weight be/s1\\;show cli level"_s };
        // "\\;" is an escaped backslash and then a real separator.
        QTest::newRow("escaped backslash") << u"get weight be/s1\\\\;show cli level"_s
                                           << QStringList { u"get weight be/s1\\\\"_s, u"show cli level"_s };
        QTest::newRow("empty parts dropped") << u";; show info ;  ;"_s << QStringList { u"show info"_s };
        QTest::newRow("escaped final space kept")
            << u"get var a\\ ; x"_s << QStringList { u"get var a\\ "_s, u"x"_s };
        QTest::newRow("blank") << u"   "_s << QStringList {};
    }
    void split()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, parts);
        QCOMPARE(ConsoleSession::splitCommands(line), parts);
    }

    void multiCommandSubmission()
    {
        ConsoleSession session;
        const ConsoleSubmission s = session.submit(u"set weight be/s1 50; get weight be/s1"_s);
        QCOMPARE(s.kind, Kind::Commands);
        QCOMPARE(s.commands.size(), 2);
        QCOMPARE(s.commands.at(0).command.line(), QByteArray("set weight be/s1 50"));
        QCOMPARE(s.commands.at(1).command.line(), QByteArray("get weight be/s1"));
        for (const ConsoleCommand &c : s.commands) {
            QVERIFY(c.command.isUserTyped());
            // Sent whatever the guess: HAProxy decides.
            QCOMPARE(int(c.command.requiredLevel()), int(AccessLevel::User));
        }
        QCOMPARE(int(s.commands.at(0).requiredLevel), int(AccessLevel::Admin));
        QCOMPARE(int(s.commands.at(1).requiredLevel), int(AccessLevel::User));
        QVERIFY(session.preview(u"set weight be/s1 50; get weight be/s1"_s, AccessLevel::Admin)
                    .contains(u"2 commands"_s));
    }

    void refusedInput_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("CR") << u"show info\rshow stat"_s << u"carriage return"_s;
        QTest::newRow("LF") << u"show info\nshow stat"_s << u"line feed"_s;
        QTest::newRow("trailing backslash") << u"show info\\"_s << u"line continuation"_s;
        QTest::newRow("too long") << (u"show stat "_s + QString(16000, u'x')) << u"at most"_s;
        QTest::newRow("session command") << u"prompt"_s << u"managed by hadesk"_s;
        // One bad part refuses the whole line: nothing of it is sent.
        QTest::newRow("bad second part") << u"show info; quit"_s << u"managed by hadesk"_s;
        QTest::newRow("payload not alone") << u"show info; add map #0 <<"_s << u"alone"_s;
    }
    void refusedInput()
    {
        QFETCH(QString, line);
        QFETCH(QString, words);
        ConsoleSession session;
        const ConsoleSubmission s = session.submit(line);
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY(s.commands.isEmpty());
        QVERIFY2(s.error.contains(words), qPrintable(s.error));
        QVERIFY(!session.inPayload());
    }

    void levelMarking()
    {
        ConsoleSession session;
        const QList<ConsoleCommand> commands =
            session.commandsOf(u"show info; show sess; set server be/s1 state maint; frobnicate"_s);
        QCOMPARE(commands.size(), 4);
        QCOMPARE(int(commands.at(0).requiredLevel), int(AccessLevel::User));
        QCOMPARE(int(commands.at(1).requiredLevel), int(AccessLevel::Operator));
        QCOMPARE(int(commands.at(2).requiredLevel), int(AccessLevel::Admin));
        QVERIFY(!commands.at(0).levelTooLow(AccessLevel::User));
        QVERIFY(commands.at(1).levelTooLow(AccessLevel::User));
        QVERIFY(!commands.at(1).levelTooLow(AccessLevel::Operator));
        QVERIFY(commands.at(2).levelTooLow(AccessLevel::Operator));
        QVERIFY(commands.at(0).known);
        QVERIFY(!commands.at(3).known);
        QVERIFY(session.preview(u"set server be/s1 state maint"_s, AccessLevel::Operator)
                    .contains(u"needs level admin"_s));
    }

    void helpParsing()
    {
        const QByteArray help = recordedHelp();
        QVERIFY(!help.isEmpty());
        const QList<ConsoleSession::CommandWords> commands = ConsoleSession::parseHelp(help);
        QVERIFY2(commands.size() >= 95, qPrintable(QString::number(commands.size())));
        const auto find = [&](const QStringList &words) {
            for (const auto &c : commands) {
                if (c.words == words)
                    return c.argument;
            }
            return ConsoleSession::Argument(-1);
        };
        QCOMPARE(find({ u"set"_s, u"server"_s }), ConsoleSession::Argument::Server);
        QCOMPARE(find({ u"get"_s, u"weight"_s }), ConsoleSession::Argument::Server);
        QCOMPARE(find({ u"enable"_s, u"server"_s }), ConsoleSession::Argument::Server);
        QCOMPARE(find({ u"show"_s, u"servers"_s, u"state"_s }), ConsoleSession::Argument::Backend);
        QCOMPARE(find({ u"add"_s, u"server"_s }), ConsoleSession::Argument::BackendPrefix);
        QCOMPARE(find({ u"set"_s, u"severity-output"_s }), ConsoleSession::Argument::None);
        QCOMPARE(find({ u"show"_s, u"info"_s }), ConsoleSession::Argument::None);
        QCOMPARE(find({ u"help"_s }), ConsoleSession::Argument::None);
        // The title line is not a command.
        QCOMPARE(find({ u"The"_s }), ConsoleSession::Argument(-1));
        // The built-in list is the same 2.6 list, without the session commands the console
        // refuses (operator, user, prompt, quit, set severity-output).
        const QList<ConsoleSession::CommandWords> builtin = ConsoleSession::builtinCommands();
        for (const auto &c : builtin)
            QVERIFY2(commands.contains(c), qPrintable(c.words.join(u' ')));
        QCOMPARE(builtin.size(), commands.size() - 5);
    }

    void completion()
    {
        ConsoleSession session;
        QVERIFY(!session.usesHelpAnswer());
        QVERIFY(!session.setHelpAnswer("Permission denied\n"));
        QVERIFY(!session.usesHelpAnswer());
        QVERIFY(session.setHelpAnswer(recordedHelp()));
        QVERIFY(session.usesHelpAnswer());
        session.setNames(
            { u"be"_s, u"be_static"_s }, { u"be/s1"_s, u"be/s2"_s, u"be_static/st1"_s }, { u"fe"_s });

        QCOMPARE(session.wordCompletions(u"sh"_s), (QStringList { u"show"_s, u"shutdown"_s }));
        QCOMPARE(session.completions(u"sho"_s), QStringList { u"show"_s });
        QCOMPARE(session.wordCompletions(u"show serv"_s), QStringList { u"servers"_s });
        QCOMPARE(session.wordCompletions(u"show servers "_s), (QStringList { u"conn"_s, u"state"_s }));
        QCOMPARE(session.completions(u"set server be/s"_s),
            (QStringList { u"set server be/s1"_s, u"set server be/s2"_s }));
        QCOMPARE(session.completions(u"get weight "_s),
            (QStringList { u"get weight be/s1"_s, u"get weight be/s2"_s, u"get weight be_static/st1"_s }));
        QCOMPARE(
            session.completions(u"enable server be_"_s), QStringList { u"enable server be_static/st1"_s });
        QCOMPARE(session.completions(u"show servers state b"_s),
            (QStringList { u"show servers state be"_s, u"show servers state be_static"_s }));
        QCOMPARE(session.completions(u"add server be_s"_s), QStringList { u"add server be_static/"_s });
        QCOMPARE(session.completions(u"disable frontend "_s), QStringList { u"disable frontend fe"_s });
        // The last command of a line is the one completed.
        QCOMPARE(session.completions(u"show info; get weight be/s2"_s),
            QStringList { u"show info; get weight be/s2"_s });
        QCOMPARE(session.completions(u"show info;get w"_s), QStringList { u"show info;get weight"_s });
        QVERIFY(session.completions(u"frobnicate "_s).isEmpty());
    }

    void completionWithoutHelp()
    {
        ConsoleSession session;
        session.setNames({ u"be"_s }, { u"be/s1"_s }, {});
        QCOMPARE(session.completions(u"set w"_s), QStringList { u"set weight"_s });
        QCOMPARE(session.completions(u"set weight b"_s), QStringList { u"set weight be/s1"_s });
    }

    void payload()
    {
        ConsoleSession session;
        ConsoleSubmission s = session.submit(u"add map #0 <<"_s);
        QCOMPARE(s.kind, Kind::PayloadStarted);
        QVERIFY(session.inPayload());
        QCOMPARE(session.payloadCommand(), u"add map #0 <<"_s);
        QCOMPARE(session.submit(u"k1 v1"_s).kind, Kind::PayloadLine);
        QCOMPARE(session.submit(u"k2\tv2"_s).kind, Kind::PayloadLine);
        QCOMPARE(session.payloadLineCount(), 2);
        QVERIFY(session.preview(QString(), AccessLevel::Admin).contains(u"Payload line 3"_s));
        s = session.submit(QString());
        QCOMPARE(s.kind, Kind::Commands);
        QVERIFY(!session.inPayload());
        QCOMPARE(s.commands.size(), 1);
        const RuntimeCommand &command = s.commands.first().command;
        QVERIFY(command.hasPayload());
        QVERIFY(command.isUserTyped());
        QCOMPARE(command.wireBytes(), QByteArray("add map #0 <<\nk1 v1\nk2\tv2\n\n"));
        QCOMPARE(command.payloadPromptCount(), 3);

        // A bad command line is refused before any payload is typed.
        s = session.submit(u"prompt <<"_s);
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY(!session.inPayload());

        // A bad payload line is refused when the payload ends; nothing is sent.
        QCOMPARE(session.submit(u"add map #0 <<"_s).kind, Kind::PayloadStarted);
        QCOMPARE(session.submit(u"k\x01 v"_s).kind, Kind::PayloadLine);
        s = session.submit(QString());
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY2(s.error.contains(u"payload line 1"_s), qPrintable(s.error));
        QVERIFY(!session.inPayload());

        QCOMPARE(session.submit(u"add map #0 <<"_s).kind, Kind::PayloadStarted);
        session.cancelPayload();
        QVERIFY(!session.inPayload());
    }

    void customPayloadEndFollowsTheVersion()
    {
        ConsoleSession session;
        // Unknown version: refused, since 2.6 would run each payload line as a command.
        ConsoleSubmission s = session.submit(u"add map #0 <<EOF"_s);
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY2(s.error.contains(u"2.9"_s), qPrintable(s.error));
        QVERIFY(!session.inPayload());

        session.setHaproxyVersion(HaproxyVersion::parse("2.6.12-1+deb12u1"));
        s = session.submit(u"add map #0 <<EOF"_s);
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY2(s.error.contains(u"2.6.12"_s), qPrintable(s.error));

        session.setHaproxyVersion(HaproxyVersion::parse("3.0.11"));
        QCOMPARE(session.submit(u"add map #0 <<EOF"_s).kind, Kind::PayloadStarted);
        QVERIFY(session.preview(QString(), AccessLevel::Admin).contains(u"'EOF'"_s));
        // Empty lines belong to the payload; the marker ends it.
        QCOMPARE(session.submit(u"k1 v1"_s).kind, Kind::PayloadLine);
        QCOMPARE(session.submit(QString()).kind, Kind::PayloadLine);
        QCOMPARE(session.submit(u"k2 v2"_s).kind, Kind::PayloadLine);
        s = session.submit(u"EOF"_s);
        QCOMPARE(s.kind, Kind::Commands);
        QVERIFY(!session.inPayload());
        const RuntimeCommand &command = s.commands.first().command;
        QCOMPARE(command.wireBytes(), QByteArray("add map #0 <<EOF\nk1 v1\n\nk2 v2\nEOF\n"));
        QVERIFY(command.runsAlone());

        // Markers longer than 2.9–3.3 read are refused before the payload is typed.
        s = session.submit(u"add map #0 <<ENDOFMAP"_s);
        QCOMPARE(s.kind, Kind::Refused);
        QVERIFY(!session.inPayload());
    }

    void singleLinesStartingAPayloadAreRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("trailing <<") << u"show info <<"_s;
        QTest::newRow("custom marker") << u"show info <<x"_s;
        QTest::newRow("escaped space before marker") << u"add acl #0 a\\ <<x"_s;
    }

    void singleLinesStartingAPayloadAreRefused()
    {
        QFETCH(QString, line);
        const Result<RuntimeCommand> built = CommandBuilder::raw(line);
        QVERIFY(!built.ok());
        QVERIFY2(built.error().contains(u"<<"_s), qPrintable(built.error()));
    }

    void streamingFormsAreRefused()
    {
        QVERIFY(!CommandBuilder::raw(u"show events buf0 -w"_s).ok());
        QVERIFY(!CommandBuilder::raw(u"show events buf0 -nw"_s).ok());
        QVERIFY(CommandBuilder::raw(u"show events buf0"_s).ok());
        QVERIFY(CommandBuilder::raw(u"show events buf0 -n"_s).ok());
        // A typed wait is given its delay to answer.
        const RuntimeCommand wait = CommandBuilder::raw(u"wait 30s"_s).value();
        QVERIFY(wait.timeoutMs() >= 30000);
        QVERIFY(wait.runsAlone());
    }

    void rawWithPayloadRefusals_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("words");
        QTest::newRow("no <<") << u"add map #0"_s << u"k v"_s << u"must end with '<<'"_s;
        QTest::newRow("empty payload") << u"add map #0 <<"_s << u""_s << u"payload is empty"_s;
        QTest::newRow("empty line inside")
            << u"add map #0 <<"_s << u"k v\n\nshow info"_s << u"line 2 is empty"_s;
        QTest::newRow("blank line inside") << u"add map #0 <<"_s << u"k v\n  \nx y"_s << u"line 2 is empty"_s;
        QTest::newRow("CR") << u"add map #0 <<"_s << u"k v\r\nx y"_s << u"carriage return"_s;
        QTest::newRow("too long") << u"add map #0 <<"_s << QString(16000, u'k') << u"at most"_s;
        QTest::newRow("two commands") << u"show info; add map #0 <<"_s << u"k v"_s << u"';'"_s;
    }
    void rawWithPayloadRefusals()
    {
        QFETCH(QString, line);
        QFETCH(QString, payload);
        QFETCH(QString, words);
        const Result<RuntimeCommand> built = CommandBuilder::rawWithPayload(line, payload);
        QVERIFY(!built);
        QVERIFY2(built.error().contains(words), qPrintable(built.error()));
    }

    void history()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sub/history.json"_s);
        {
            ConsoleSession session;
            session.setHistoryPath(path);
            QVERIFY(session.loadHistory()); // missing file: empty
            QVERIFY(session.history().isEmpty());
            session.addToHistory(u"show info"_s);
            session.addToHistory(u"show info"_s); // consecutive duplicate
            session.addToHistory(u"get weight be/s1"_s);
            session.addToHistory(u"   "_s);
            session.addToHistory(u"show stat; show info"_s);
            QString error;
            QVERIFY2(session.saveHistory(&error), qPrintable(error));
        }
        ConsoleSession session;
        session.setHistoryPath(path);
        QVERIFY(session.loadHistory());
        const QStringList expected { u"show info"_s, u"get weight be/s1"_s, u"show stat; show info"_s };
        QCOMPARE(session.history(), expected);

        // Up, Up, Up (stops at the oldest), Down, Down, Down (back to the draft).
        QCOMPARE(session.historyPrevious(u"draft"_s), expected.at(2));
        QCOMPARE(session.historyPrevious(u"ignored"_s), expected.at(1));
        QCOMPARE(session.historyPrevious(u"ignored"_s), expected.at(0));
        QCOMPARE(session.historyPrevious(u"ignored"_s), expected.at(0));
        QCOMPARE(session.historyNext(), expected.at(1));
        QCOMPARE(session.historyNext(), expected.at(2));
        QCOMPARE(session.historyNext(), u"draft"_s);

        int found = -2;
        QCOMPARE(session.searchHistory(u"show"_s, -1, &found), expected.at(2));
        QCOMPARE(found, 2);
        QCOMPARE(session.searchHistory(u"show"_s, found, &found), expected.at(0));
        QCOMPARE(found, 0);
        QCOMPARE(session.searchHistory(u"show"_s, found, &found), QString());
        QCOMPARE(found, -1);

        // A damaged file is reported and leaves the history as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QString error;
        QVERIFY(!session.loadHistory(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(session.history(), expected);

        // The cap.
        for (int i = 0; i < ConsoleSession::MaxHistory + 10; ++i)
            session.addToHistory(u"cmd %1"_s.arg(i));
        QCOMPARE(session.history().size(), ConsoleSession::MaxHistory);
        QCOMPARE(session.history().last(), u"cmd %1"_s.arg(ConsoleSession::MaxHistory + 9));
    }

    // The history is the user's alone: 0600 in a folder created 0700, also when an older
    // hadesk left the file 0644.
    void historyFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"new"_s);
        const QString path = folder + u"/history.json"_s;
        const auto mode = [](const QString &file) {
            return QFileInfo(file).permissions() & QFileDevice::Permissions(0xF0FF); // not the *User bits
        };
        ConsoleSession session;
        session.setHistoryPath(path);
        session.addToHistory(u"show info"_s);
        QString error;
        QVERIFY2(session.saveHistory(&error), qPrintable(error));
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode(folder), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        QVERIFY2(session.saveHistory(&error), qPrintable(error));
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // A history file that does not read is kept aside before the next save replaces it, and
    // the message (shown in the console) names the copy.
    void unreadableHistoryIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        const QByteArray garbage("[\"show info\", \"set weight be/s1 0\"");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();

        ConsoleSession session;
        session.setHistoryPath(path);
        QString error;
        QVERIFY(!session.loadHistory(&error));
        const QString copy = path + u".corrupt"_s;
        QVERIFY2(error.contains(path) && error.contains(copy), qPrintable(error));
        QFile kept(copy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        kept.close();

        session.addToHistory(u"show stat"_s);
        QVERIFY2(session.saveHistory(&error), qPrintable(error));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        ConsoleSession reloaded;
        reloaded.setHistoryPath(path);
        QVERIFY(reloaded.loadHistory());
        QCOMPARE(reloaded.history(), QStringList { u"show stat"_s });
    }

    // A history that can neither be read nor copied (a socket: not even root reads one) is
    // never saved over.
    void uncopiableHistoryIsNeverSavedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        qstrcpy(address.sun_path, encoded.constData());
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd); // the socket file stays

        ConsoleSession session;
        session.setHistoryPath(path);
        QString error;
        QVERIFY(!session.loadHistory(&error));
        QVERIFY2(error.contains(u"no copy"_s), qPrintable(error));
        session.addToHistory(u"show info"_s);
        QVERIFY(!session.saveHistory(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo(path).isFile()); // still the socket
    }

    // A line with a key on it is not kept in the history (recalled with the key replaced, it
    // would set the placeholder as the key); the line that starts a certificate payload is,
    // and the payload's lines never are. Checked on the file's bytes.
    void secretsStayOutOfTheHistory()
    {
        const QString ticketKey = u"c2VjcmV0LXRpY2tldC1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="_s;
        const QString cookieKey = u"Sup3rS3cretCookieKey"_s;
        const QString pemBody = u"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"_s;
        const QStringList pem { u"-----BEGIN PRIVATE KEY-----"_s, pemBody, u"-----END PRIVATE KEY-----"_s };

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"history.json"_s);
        ConsoleSession session;
        session.setHistoryPath(path);
        session.addToHistory(u"set ssl tls-key /etc/haproxy/tls-ticket-keys "_s + ticketKey);
        session.addToHistory(u"show info; set dynamic-cookie-key backend be "_s + cookieKey);
        session.addToHistory(u"@1 set dynamic-cookie-key backend be "_s + cookieKey);

        // What the console dock does with a payload: the starting line goes to the history,
        // the payload lines only to the session.
        const QString start = u"set ssl cert /etc/haproxy/site.pem <<"_s;
        QCOMPARE(session.submit(start).kind, Kind::PayloadStarted);
        session.addToHistory(start);
        for (const QString &line : pem)
            QCOMPARE(session.submit(line).kind, Kind::PayloadLine);
        const ConsoleSubmission sent = session.submit(QString());
        QCOMPARE(sent.kind, Kind::Commands);
        session.addToHistory(u"show ssl cert /etc/haproxy/site.pem"_s);

        QCOMPARE(session.history(), QStringList({ start, u"show ssl cert /etc/haproxy/site.pem"_s }));
        QVERIFY(session.saveHistory());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("site.pem <<"));
        for (const QString &secret : { ticketKey, cookieKey, pemBody, u"PRIVATE KEY"_s })
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

        // A file written before this rule: its secret lines are dropped on load.
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[\"show info\", \"set ssl tls-key 1 " + ticketKey.toUtf8() + "\", \"show stat\"]");
        file.close();
        QVERIFY(session.loadHistory());
        QCOMPARE(session.history(), QStringList({ u"show info"_s, u"show stat"_s }));
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
