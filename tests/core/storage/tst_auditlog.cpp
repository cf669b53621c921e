// AuditLog: JSON Lines round trip, torn and invalid lines, write errors in words, the
// memory cap, exports, attach() against a real haproxy (writes recorded, the poller's
// reads not), and crash safety under SIGKILL of a process appending in a loop.

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/secretredaction.h"
#include "core/storage/auditlog.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/sendandwait.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const char AppendForeverArgument[] = "--append-forever";

AuditRecord makeRecord(int n, bool success = true)
{
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.user = QStringLiteral("alice");
    record.endpoint = QStringLiteral("unix:/run/haproxy/admin.sock");
    record.command = QStringLiteral("set server be/s1 weight %1").arg(n);
    record.success = success;
    record.error = success ? QStringLiteral("ok") : QStringLiteral("haproxy-error");
    record.answer = success ? QString() : QStringLiteral("No such server.");
    return record;
}

RuntimeCommand weightCommand(const QString &server, int weight)
{
    auto command = CommandBuilder::setServerWeight(QStringLiteral("be"), server, { weight, false });
    Q_ASSERT(command.ok());
    return command.value();
}

bool appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

// The child of crashSafetyUnderSigkill: appends records with answers of varying size until
// it is killed.
int appendForever(const QString &path)
{
    AuditLog log(path);
    QString answer;
    for (int n = 0;; ++n) {
        AuditRecord record = makeRecord(n);
        answer.fill(QChar(u'a' + n % 26), 100 + (n * 397) % 3900);
        record.answer = answer;
        if (!log.append(record))
            return 1;
    }
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/audit.jsonl"));
    }

    void appendAndReload()
    {
        AuditLog log(m_path);
        QVERIFY(log.load()); // no file yet: an empty log
        QCOMPARE(log.records().size(), 0);
        QSignalSpy appended(&log, &AuditLog::recordAppended);
        QSignalSpy errors(&log, &AuditLog::errorOccurred);

        RuntimeReply ok;
        RuntimeReply failed;
        failed.error = RuntimeError::HaproxyError;
        failed.errorMessage = QStringLiteral("No such server.");
        failed.body = "No such server.\n\n";
        QVERIFY(log.record(QStringLiteral("unix:/a.sock"), weightCommand(QStringLiteral("s1"), 5), ok));
        QVERIFY(log.record(
            QStringLiteral("tcp:127.0.0.1:9999"), weightCommand(QStringLiteral("nope"), 7), failed));
        QVERIFY(log.append(makeRecord(3)));
        QCOMPARE(appended.size(), 3);
        QCOMPARE(errors.size(), 0);

        const AuditRecord first = log.records().at(0);
        QCOMPARE(first.command, QStringLiteral("set server be/s1 weight 5"));
        QCOMPARE(first.endpoint, QStringLiteral("unix:/a.sock"));
        QCOMPARE(first.user, AuditLog::currentUser());
        QVERIFY(!first.user.isEmpty());
        QVERIFY(first.success);
        QCOMPARE(first.error, QStringLiteral("ok"));
        QCOMPARE(first.time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(first.time.msecsTo(QDateTime::currentDateTimeUtc())) < 10000);
        const AuditRecord second = log.records().at(1);
        QVERIFY(!second.success);
        QCOMPARE(second.error, QStringLiteral("haproxy-error"));
        QCOMPARE(second.answer, QStringLiteral("No such server."));

        // Owner-only: the log holds what administrators did and HAProxy's answers.
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        // One line per record, time in UTC with milliseconds.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());
        const QJsonObject object = QJsonDocument::fromJson(lines.at(0)).object();
        QVERIFY(object.value(QStringLiteral("time")).toString().endsWith(u'Z'));
        QCOMPARE(object.value(QStringLiteral("time")).toString().size(), 24); // yyyy-MM-ddTHH:mm:ss.zzzZ

        AuditLog reloaded(m_path);
        QSignalSpy reloadedSpy(&reloaded, &AuditLog::reloaded);
        QVERIFY(reloaded.load());
        QCOMPARE(reloadedSpy.size(), 1);
        QCOMPARE(reloaded.skippedLines(), 0);
        QCOMPARE(reloaded.records(), log.records());
    }

    void tornLastLineIsSkipped()
    {
        {
            AuditLog log(m_path);
            QVERIFY(log.append(makeRecord(1)));
            QVERIFY(log.append(makeRecord(2)));
        }
        // A crash in the middle of a line: half a record and no newline.
        const QByteArray whole = QJsonDocument(makeRecord(3).toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(appendRaw(m_path, whole.left(whole.size() / 2)));

        AuditLog log(m_path);
        QVERIFY(log.load());
        QCOMPARE(log.records().size(), 2);
        QCOMPARE(log.skippedLines(), 1);

        // The next append must not glue itself to the torn piece.
        QVERIFY(log.append(makeRecord(4)));
        AuditLog again(m_path);
        QVERIFY(again.load());
        QCOMPARE(again.records().size(), 3);
        QCOMPARE(again.skippedLines(), 1);
        QCOMPARE(again.records().last().command, QStringLiteral("set server be/s1 weight 4"));
    }

    void invalidLinesAreSkippedAndCounted()
    {
        const auto line = [](const AuditRecord &record) -> QByteArray {
            return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
        };
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QVERIFY(appendRaw(m_path,
            line(makeRecord(1)) + "this is not json\n"
                + "{\"time\":\"yesterday\",\"command\":\"x\",\"success\":true}\n" // bad time
                + "{\"time\":\"2026-01-01T00:00:00.000Z\",\"success\":true}\n" // no command
                + "{\"time\":\"2026-01-01T00:00:00.000Z\",\"command\":\"x\",\"success\":\"yes\"}\n"
                + "[1,2,3]\n" + "\n" // an empty line is not a record, nor an error
                + line(makeRecord(2))));
        AuditLog log(m_path);
        QVERIFY(log.load());
        QCOMPARE(log.records().size(), 2);
        QCOMPARE(log.skippedLines(), 5);
        QCOMPARE(log.records().at(1).command, QStringLiteral("set server be/s1 weight 2"));
    }

    void writeErrorsAreReported_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("expected");
        // Root ignores permission bits, so the failures come from the file system's shape.
        QTest::newRow("parent is a file") << QStringLiteral("plain/audit.jsonl") << QStringLiteral("folder");
        QTest::newRow("path is a folder") << QStringLiteral("folder") << QStringLiteral("Could not open");
    }

    void writeErrorsAreReported()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, expected);
        QVERIFY(appendRaw(m_dir->filePath(QStringLiteral("plain")), "I am a file\n"));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));

        AuditLog log(m_dir->filePath(relativePath));
        QSignalSpy errors(&log, &AuditLog::errorOccurred);
        QSignalSpy appended(&log, &AuditLog::recordAppended);
        QVERIFY(!log.append(makeRecord(1)));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(m_dir->filePath(relativePath)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        // Still shown: the dock says what was done even when it could not be kept.
        QCOMPARE(appended.size(), 1);
        QCOMPARE(log.records().size(), 1);
    }

    void unreadableFileIsReported()
    {
        // A folder where the file should be: exists, cannot be read as a file.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("audit.jsonl")));
        AuditLog log(m_dir->filePath(QStringLiteral("audit.jsonl")));
        QSignalSpy errors(&log, &AuditLog::errorOccurred);
        QVERIFY(!log.load());
        QCOMPARE(errors.size(), 1);
    }

    void longAnswersAreTruncated()
    {
        const QString answer = QString(3000, QChar(0x00e9)); // 'é': two UTF-8 bytes each
        const QString cut = AuditLog::truncateAnswer(answer, 4095); // odd: inside a character
        QVERIFY(cut.startsWith(QString(2047, QChar(0x00e9)) + u'\n'));
        QVERIFY(cut.contains(QStringLiteral("6000 bytes")));
        QVERIFY(!cut.contains(QChar::ReplacementCharacter));
        QCOMPARE(AuditLog::truncateAnswer(QStringLiteral("short")), QStringLiteral("short"));

        AuditLog log(m_path);
        RuntimeReply reply;
        reply.body = QByteArray(100000, 'x');
        QVERIFY(log.record(QStringLiteral("e"), weightCommand(QStringLiteral("s1"), 1), reply));
        QVERIFY(log.records().last().answer.size() < 4200);
    }

    void memoryIsCappedNotTheFile()
    {
        AuditLog log(m_path);
        QSignalSpy dropped(&log, &AuditLog::recordsDropped);
        log.setMemoryCap(3);
        for (int n = 0; n < 5; ++n)
            QVERIFY(log.append(makeRecord(n)));
        QCOMPARE(log.records().size(), 3);
        QCOMPARE(log.records().first().command, QStringLiteral("set server be/s1 weight 2"));
        QCOMPARE(dropped.size(), 2);

        AuditLog capped(m_path);
        capped.setMemoryCap(2);
        QVERIFY(capped.load());
        QCOMPARE(capped.records().size(), 2);
        QCOMPARE(capped.records().first().command, QStringLiteral("set server be/s1 weight 3"));
        AuditLog all(m_path);
        QVERIFY(all.load());
        QCOMPARE(all.records().size(), 5);

        QSignalSpy droppedNow(&all, &AuditLog::recordsDropped);
        all.setMemoryCap(1);
        QCOMPARE(droppedNow.size(), 1);
        QCOMPARE(droppedNow.at(0).at(0).toInt(), 4);
    }

    void auditedCommands()
    {
        QVERIFY(!AuditLog::isAudited(CommandBuilder::showInfo()));
        QVERIFY(!AuditLog::isAudited(CommandBuilder::showStat().value()));
        QVERIFY(!AuditLog::isAudited(
            CommandBuilder::getWeight(QStringLiteral("be"), QStringLiteral("s1")).value()));
        QVERIFY(AuditLog::isAudited(weightCommand(QStringLiteral("s1"), 5)));
        QVERIFY(!AuditLog::isAudited(weightCommand(QStringLiteral("s1"), 5).setInternal(true)));
        QVERIFY(AuditLog::isAudited(CommandBuilder::raw(QStringLiteral("help")).value()));
        QVERIFY(AuditLog::isAudited(CommandBuilder::raw(QStringLiteral("clear counters")).value()));
    }

    void secretRedactionRules_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<bool>("secretPayload");
        QTest::addColumn<bool>("keptInHistory");
        const QString r = SecretRedaction::marker();
        auto row = [](const char *name, const QString &line, const QString &recorded, bool payload,
                       bool kept) { QTest::newRow(name) << line << recorded << payload << kept; };
        row("tls-key", u"set ssl tls-key /etc/keys 0123abcd=="_s, u"set ssl tls-key /etc/keys "_s + r, true,
            false);
        row("tls-key by id", u"set ssl tls-key 1   ab cd"_s, u"set ssl tls-key 1 "_s + r, true, false);
        row("tls-key without key", u"set ssl tls-key 1"_s, u"set ssl tls-key 1"_s, true, true);
        row("cookie key", u"set dynamic-cookie-key backend be s3cret"_s,
            u"set dynamic-cookie-key backend be "_s + r, true, false);
        row("cookie key, master prefix", u"@1 set dynamic-cookie-key backend be s3cret"_s,
            u"@1 set dynamic-cookie-key backend be "_s + r, true, false);
        row("ssl cert", u"set ssl cert /x.pem <<"_s, u"set ssl cert /x.pem <<"_s, true, true);
        row("ca-file", u"set ssl ca-file /ca.pem <<"_s, u"set ssl ca-file /ca.pem <<"_s, true, true);
        row("add ca-file", u"add ssl ca-file /ca.pem <<"_s, u"add ssl ca-file /ca.pem <<"_s, true, true);
        row("crl-file", u"set ssl crl-file /crl.pem <<"_s, u"set ssl crl-file /crl.pem <<"_s, true, true);
        row("new cert", u"new ssl cert /x.pem"_s, u"new ssl cert /x.pem"_s, false, true);
        row("crt-list", u"add ssl crt-list /l <<"_s, u"add ssl crt-list /l <<"_s, false, true);
        row("ocsp", u"set ssl ocsp-response <<"_s, u"set ssl ocsp-response <<"_s, false, true);
        row("map", u"add map #0 <<"_s, u"add map #0 <<"_s, false, true);
        row("weight", u"set weight be/s1 5"_s, u"set weight be/s1 5"_s, false, true);
    }

    void secretRedactionRules()
    {
        QFETCH(QString, line);
        QFETCH(QString, recorded);
        QFETCH(bool, secretPayload);
        QFETCH(bool, keptInHistory);
        QCOMPARE(SecretRedaction::redactedLine(line.toUtf8()), recorded);
        QCOMPARE(SecretRedaction::isSecretPayload(line.toUtf8(), "a\nb"), secretPayload);
        QCOMPARE(SecretRedaction::mayKeepInHistory(line), keptInHistory);
        QCOMPARE(SecretRedaction::mayKeepInHistory(u"show info; "_s + line), keptInHistory);
        // Any payload with a private key is secret, whatever the command.
        QVERIFY(SecretRedaction::isSecretPayload(line.toUtf8(), "-----BEGIN EC PRIVATE KEY-----\nx"));
    }

    // The key of `set ssl cert` (a payload), of `set ssl tls-key` and `set dynamic-cookie-key`
    // (words of the line) and keys HAProxy answers with never reach the log file, its reload
    // or the exports; what is not secret is kept as sent.
    void secretsNeverReachTheFile()
    {
        const QByteArray pemBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIDazCCAlOgAwIBAgIUPublicPart\n"
                               "-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n"
            + pemBody + "\n-----END PRIVATE KEY-----";
        const QByteArray ticketKey = "c2VjcmV0LXRpY2tldC1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        const QByteArray cookieKey = "Sup3rS3cretCookieKey";

        AuditLog log(m_path);
        RuntimeReply ok;
        const RuntimeCommand cert =
            CommandBuilder::rawWithPayload(u"set ssl cert /etc/haproxy/site.pem <<"_s, QString::fromUtf8(pem))
                .value();
        QVERIFY(log.record(u"e"_s, cert, ok));
        QCOMPARE(
            log.records().last().command, u"set ssl cert /etc/haproxy/site.pem <<\n[6 lines, redacted]"_s);
        QVERIFY(log.record(u"e"_s,
            CommandBuilder::raw(u"set ssl tls-key /etc/haproxy/keys "_s + QString::fromUtf8(ticketKey))
                .value(),
            ok));
        QCOMPARE(log.records().last().command, u"set ssl tls-key /etc/haproxy/keys <redacted>"_s);
        RuntimeReply refused;
        refused.error = RuntimeError::HaproxyError;
        refused.errorMessage = u"No backend key."_s;
        QVERIFY(log.record(u"e"_s,
            CommandBuilder::raw(u"set dynamic-cookie-key backend be "_s + QString::fromUtf8(cookieKey))
                .value(),
            refused));
        QCOMPARE(log.records().last().command, u"set dynamic-cookie-key backend be <redacted>"_s);
        QCOMPARE(log.records().last().answer, u"No backend key."_s);

        // Answers that dump keys.
        RuntimeReply keys;
        keys.body = "# id secret\n# 0 (/etc/haproxy/keys)\n0.0 " + ticketKey + "\n";
        QVERIFY(log.record(u"e"_s, CommandBuilder::raw(u"show tls-keys *"_s).value(), keys));
        QVERIFY(log.records().last().answer.contains(u"redacted"_s));
        RuntimeReply dump;
        dump.body = pem + '\n';
        QVERIFY(
            log.record(u"e"_s, CommandBuilder::raw(u"dump ssl cert /etc/haproxy/site.pem"_s).value(), dump));
        QVERIFY(log.records().last().answer.contains(u"redacted"_s));

        // Not secret: kept as sent.
        const RuntimeCommand crtList = CommandBuilder::rawWithPayload(
            u"add ssl crt-list /etc/haproxy/list <<"_s, u"/etc/haproxy/a.pem [alpn h2]"_s)
                                           .value();
        QVERIFY(log.record(u"e"_s, crtList, ok));
        QCOMPARE(log.records().last().command,
            u"add ssl crt-list /etc/haproxy/list <<\n/etc/haproxy/a.pem [alpn h2]"_s);
        RuntimeReply references;
        references.body = "# id (file)\n0 (/etc/haproxy/keys)\n";
        QVERIFY(log.record(u"e"_s, CommandBuilder::raw(u"show tls-keys"_s).value(), references));
        QCOMPARE(log.records().last().answer, u"# id (file)\n0 (/etc/haproxy/keys)"_s);

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        AuditLog reloaded(m_path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.records().size(), 7);
        const QByteArray csv = AuditLog::toCsv(reloaded.records());
        const QByteArray json = AuditLog::toJsonArray(reloaded.records());
        for (const QByteArray &secret : { pemBody, ticketKey, cookieKey, QByteArray("PRIVATE KEY") }) {
            QVERIFY2(!bytes.contains(secret), secret.constData());
            QVERIFY2(!csv.contains(secret), secret.constData());
            QVERIFY2(!json.contains(secret), secret.constData());
        }
        QVERIFY(bytes.contains("site.pem <<"));
    }

    void csvEscaping()
    {
        AuditRecord record = makeRecord(1, false);
        record.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
        record.user = QStringLiteral("bob, admin");
        record.command = QStringLiteral("set server \"be\"/s1 state ready");
        record.answer = QStringLiteral("line one\nline \"two\"\r\nthree");
        const QByteArray csv = AuditLog::toCsv({ record });
        QCOMPARE(csv,
            QByteArray("time,user,endpoint,command,success,error,answer\r\n"
                       "2026-03-04T05:06:07.089Z,\"bob, admin\",unix:/run/haproxy/admin.sock,"
                       "\"set server \"\"be\"\"/s1 state ready\",false,haproxy-error,"
                       "\"line one\nline \"\"two\"\"\r\nthree\"\r\n"));
    }

    void jsonExportParsesBack()
    {
        QList<AuditRecord> records;
        for (int n = 0; n < 4; ++n)
            records.append(makeRecord(n, n % 2 == 0));
        records[1].answer = QStringLiteral("quotes \" and \\ and\nnewlines, ünïcödé");
        const QString path = m_dir->filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(AuditLog::exportJson(records, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QList<AuditRecord> parsed;
        for (const QJsonValue &value : document.array()) {
            const auto record = AuditRecord::fromJson(value.toObject());
            QVERIFY(record);
            parsed.append(*record);
        }
        QCOMPARE(parsed, records);

        QVERIFY(AuditLog::exportCsv(records, m_dir->filePath(QStringLiteral("export.csv")), &error));
        QVERIFY(!AuditLog::exportCsv(records, m_dir->filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }

    // A write sent through a real connection is recorded with its answer; the polls and
    // the handshake are not.
    void attachRecordsUserActionsOnly()
    {
        HaproxyFixture haproxy;
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        auto endpoint = Endpoint::parse(haproxy.adminSocket());
        QVERIFY(endpoint.ok());
        RuntimeConnection connection(endpoint.value());
        AuditLog log(m_path);
        log.attach(&connection);
        log.attach(&connection); // twice: still one record per command
        QSignalSpy appended(&log, &AuditLog::recordAppended);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isReady(), 10000);

        Poller poller(&connection);
        poller.setInterval(Poller::MinIntervalMs);
        QSignalSpy snapshots(&poller, &Poller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 10000);

        QVERIFY(sendAndWait(connection, CommandBuilder::showInfo()).ok());
        QVERIFY(sendAndWait(connection, CommandBuilder::showStat().value()).ok());
        QVERIFY(sendAndWait(connection, weightCommand(QStringLiteral("s1"), 5)).ok());
        const RuntimeReply failed = sendAndWait(connection, weightCommand(QStringLiteral("nosuch"), 5));
        QVERIFY(!failed.ok());
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 6, 10000);
        poller.stop();

        QCOMPARE(appended.size(), 2);
        QCOMPARE(log.records().size(), 2);
        const AuditRecord done = log.records().at(0);
        QCOMPARE(done.command, QStringLiteral("set server be/s1 weight 5"));
        QCOMPARE(done.endpoint, connection.endpoint().toString());
        QVERIFY(done.success);
        const AuditRecord refused = log.records().at(1);
        QCOMPARE(refused.command, QStringLiteral("set server be/nosuch weight 5"));
        QVERIFY(!refused.success);
        QCOMPARE(refused.error, runtimeErrorName(failed.error));
        QVERIFY2(refused.answer.contains(QStringLiteral("No such server"), Qt::CaseInsensitive),
            qPrintable(refused.answer));
        // HAProxy really got the write (checked without the client under test).
        QVERIFY(HaproxyFixture::rawCommand(haproxy.adminSocket(), "get weight be/s1").startsWith("5 "));

        AuditLog reloaded(m_path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.records(), log.records());

        log.detach(&connection);
        QVERIFY(sendAndWait(connection, weightCommand(QStringLiteral("s1"), 6)).ok());
        QCOMPARE(log.records().size(), 2);
    }

    // SIGKILL at random moments while a process appends: the file always loads, every
    // line but a torn one is a valid record, and later appends still load.
    void crashSafetyUnderSigkill()
    {
        const QString path = m_dir->filePath(QStringLiteral("crash.jsonl"));
        qsizetype previous = 0;
        int kills = 0;
        for (int iteration = 0; iteration < 20; ++iteration) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                { QString::fromLatin1(AppendForeverArgument), path });
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            // The kill lands at a random point of the appending: after a random number of
            // bytes (a few records, at most a few dozen) rather than a random sleep.
            const qint64 killAt = QFileInfo(path).size() + 1 + QRandomGenerator::global()->bounded(16384);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() >= killAt, 5000);
            QCOMPARE(child.state(), QProcess::Running); // it must not have stopped on an error
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            ++kills;

            AuditLog log(path);
            QVERIFY(log.load());
            QVERIFY2(log.skippedLines() <= kills, qPrintable(QString::number(log.skippedLines())));
            QVERIFY(log.records().size() >= previous);
            previous = log.records().size();
            for (const AuditRecord &record : log.records())
                QVERIFY(record.command.startsWith(QStringLiteral("set server be/s1 weight ")));
        }
        QVERIFY(previous > 0);

        // Every line that ends in a newline, except pieces a kill tore, is a whole record.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        int invalid = 0;
        for (const QByteArray &line : bytes.left(bytes.lastIndexOf('\n')).split('\n')) {
            if (!AuditRecord::fromJson(QJsonDocument::fromJson(line).object()))
                ++invalid;
        }
        QVERIFY(invalid <= kills);
        AuditLog after(path);
        QVERIFY(after.append(makeRecord(-1)));
        AuditLog reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.records().last().command, QStringLiteral("set server be/s1 weight -1"));
    }

    // The log and its exports are the user's alone: 0600, and a log
    // an older hadesk left 0644 becomes 0600 at the next record.
    void filesArePrivate()
    {
        const auto mode = [](const QString &file) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
        };
        QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
        QVERIFY(appendRaw(m_path, QByteArray())); // an older hadesk's log
        QVERIFY(QFile::setPermissions(m_path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        QCOMPARE(mode(m_path), 0644);
        AuditLog log(m_path);
        QVERIFY(log.append(makeRecord(1)));
        QCOMPARE(mode(m_path), 0600);

        // Exports go to a folder the user chose: it must exist, and is left as it is.
        const QString folder = m_dir->filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY2(
            AuditLog::exportCsv(log.records(), folder + QStringLiteral("/a.csv"), &error), qPrintable(error));
        QVERIFY2(AuditLog::exportJson(log.records(), folder + QStringLiteral("/a.json"), &error),
            qPrintable(error));
        QCOMPARE(mode(folder + QStringLiteral("/a.csv")), 0600);
        QCOMPARE(mode(folder + QStringLiteral("/a.json")), 0600);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], AppendForeverArgument) == 0)
        return appendForever(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog.moc"
