// The console dock on the offscreen platform against a real haproxy: a typed command and
// its answer, two commands on one line answered in order with the change really made, a
// map payload, refused input that sends nothing, the level mark, history keys, Tab
// completion, and the audit log recording every typed command including the reads, keys
// never written to disk. HAProxy's state is checked with the fixture's own raw client.

#include "core/client/runtimeconnection.h"
#include "core/storage/auditlog.h"
#include "tests/support/haproxyfixture.h"
#include "views/consoledock.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A map HAProxy loads from an empty file, so that `add map #0` has somewhere to go.
const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    http-request set-header X-Mapped %[req.hdr(host),map(/dev/null)]
    default_backend be

backend be
    balance roundrobin
    server s1 ${BACKEND:s1}
    server s2 ${BACKEND:s2}
)"_s;

constexpr int WaitMs = 15000;

} // namespace

class TestConsoleDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ConsoleDock> m_dock;

    QString outputText() const { return m_dock->output()->toPlainText(); }

    void type(const QString &line)
    {
        m_dock->input()->setText(line);
        QTest::keyClick(m_dock->input(), Qt::Key_Return);
    }

    // Types a harmless read and waits for its answer: answers come in order, so whatever the
    // console had sent before has been answered by then.
    bool typeAndWaitForAnswer(const QString &line)
    {
        QSignalSpy answered(m_dock.get(), &ConsoleDock::commandAnswered);
        type(line);
        return !answered.isEmpty() || answered.wait(WaitMs);
    }

    QStringList auditedCommands() const
    {
        QStringList commands;
        for (const AuditRecord &record : m_log->records())
            commands.append(record.command);
        return commands;
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_log = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s));
        m_log->attach(m_connection.get());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        m_dock = std::make_unique<ConsoleDock>();
        m_dock->session().setHistoryPath(m_dir->filePath(u"history.json"_s));
        m_dock->setConnection(m_connection.get());
        m_dock->show();
        // The instance's own help list, for completion.
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->session().usesHelpAnswer(), WaitMs);
    }

    void cleanup()
    {
        m_dock.reset();
        m_log.reset();
        m_connection.reset();
        m_dir.reset();
    }

    void showInfo()
    {
        type(u"show info"_s);
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"Name: HAProxy"_s), WaitMs);
        QVERIFY(outputText().contains(u"> show info"_s));
        QVERIFY(m_dock->input()->text().isEmpty());
        // A read typed by a person is audited; the console's own `help` is not.
        QTRY_VERIFY_WITH_TIMEOUT(auditedCommands().contains(u"show info"_s), WaitMs);
        QVERIFY(!auditedCommands().contains(u"help"_s));
        QCOMPARE(m_dock->session().history().last(), u"show info"_s);
    }

    void twoCommandsInOrder()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "set server be/s1 weight 1"),
            QByteArray("\n"));
        m_dock->input()->setText(u"set weight be/s1 50; get weight be/s1"_s);
        QVERIFY(m_dock->previewLabel()->text().contains(u"2 commands"_s));
        QTest::keyClick(m_dock->input(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"50 (initial 1)"_s), WaitMs);
        const QString out = outputText();
        // Each answer under its own command, in the order typed.
        const qsizetype first = out.indexOf(u"> set weight be/s1 50\n(done, no output)"_s);
        const qsizetype second = out.indexOf(u"> get weight be/s1\n50 (initial 1)"_s);
        QVERIFY2(first >= 0 && second > first, qPrintable(out));
        QCOMPARE(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be/s1"),
            QByteArray("50 (initial 1)\n\n"));
        QTRY_VERIFY_WITH_TIMEOUT(auditedCommands().contains(u"get weight be/s1"_s), WaitMs);
        QVERIFY(auditedCommands().contains(u"set weight be/s1 50"_s));
        // For looking at the dock: HADESK_SCREENSHOT_DIR=/tmp/shots ./tst_consoledock
        const QString shots = qEnvironmentVariable("HADESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_dock->resize(900, 360);
            m_dock->input()->setText(u"get weight be/s1\\;show cli level; set server be/s2 state drain"_s);
            // Let the layout follow the preview's new text.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(m_dock->grab().save(shots + u"/consoledock.png"_s));
            m_dock->input()->clear();
        }
    }

    void payload()
    {
        type(u"add map #0 <<"_s);
        QVERIFY(m_dock->session().inPayload());
        type(u"k1 v1"_s);
        type(u"k2 v2"_s);
        QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map #0").trimmed().isEmpty());
        type(QString());
        QVERIFY(!m_dock->session().inPayload());
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"add map #0 <<: done"_s), WaitMs);
        const QByteArray map = HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map #0");
        QVERIFY2(map.contains(" k1 v1\n") && map.contains(" k2 v2\n"), map.constData());
        QTRY_VERIFY_WITH_TIMEOUT(auditedCommands().contains(u"add map #0 <<\nk1 v1\nk2 v2"_s), WaitMs);
        QVERIFY(m_log->records().last().success);
        QCOMPARE(m_log->records().last().answer, QString());

        // An error inside a payload answer is shown as one, without the "+ " prompts.
        type(u"add map #99 <<"_s);
        type(u"k v"_s);
        type(QString());
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"✗ add map #99 <<"_s), WaitMs);
        QVERIFY2(!outputText().contains(u"+ + "_s), qPrintable(outputText()));

        // Escape cancels a payload: nothing sent.
        const int audited = int(m_log->records().size());
        type(u"add map #0 <<"_s);
        type(u"k3 v3"_s);
        QTest::keyClick(m_dock->input(), Qt::Key_Escape);
        QVERIFY(!m_dock->session().inPayload());
        QVERIFY(typeAndWaitForAnswer(u"show cli level"_s));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_log->records().size()), audited + 1, WaitMs);
        QCOMPARE(m_log->records().last().command, u"show cli level"_s);
        QVERIFY(!HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show map #0").contains("k3"));
    }

    // Keys typed in the console never reach the disk: the PEM payload of `set ssl cert` and
    // the key of `set dynamic-cookie-key` go to HAProxy (whatever it answers), but neither
    // the audit log file nor the history file holds them.
    void secretsNeverReachTheDisk()
    {
        const QString keyBody = u"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"_s;
        const QString cookieKey = u"Sup3rS3cretCookieKey"_s;
        type(u"set ssl cert /etc/haproxy/site.pem <<"_s);
        QVERIFY(m_dock->session().inPayload());
        for (const QString &line :
            { u"-----BEGIN PRIVATE KEY-----"_s, keyBody, u"-----END PRIVATE KEY-----"_s })
            type(line);
        type(QString());
        QVERIFY(!m_dock->session().inPayload());
        type(u"set dynamic-cookie-key backend be "_s + cookieKey);
        QTRY_VERIFY_WITH_TIMEOUT(
            auditedCommands().contains(u"set dynamic-cookie-key backend be <redacted>"_s), WaitMs);
        QVERIFY2(auditedCommands().contains(u"set ssl cert /etc/haproxy/site.pem <<\n[3 lines, redacted]"_s),
            qPrintable(auditedCommands().join(u" | "_s)));
        QCOMPARE(m_dock->session().history().last(), u"set ssl cert /etc/haproxy/site.pem <<"_s);

        for (const QString &name : { u"audit.jsonl"_s, u"history.json"_s }) {
            QFile file(m_dir->filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains("set ssl cert /etc/haproxy/site.pem <<"), qPrintable(name));
            for (const QString &secret : { keyBody, cookieKey, u"PRIVATE KEY"_s })
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name + u": "_s + secret));
        }
    }

    void refusedInput_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("CR") << u"set server be/s2 state maint\rset server be/s2 state drain"_s
                            << u"carriage return"_s;
        QTest::newRow("too long") << (u"set server be/s2 state maint "_s + QString(16000, u'x'))
                                  << u"at most"_s;
        QTest::newRow("one bad part") << u"set server be/s2 state maint; prompt"_s << u"managed by hadesk"_s;
    }
    void refusedInput()
    {
        QFETCH(QString, line);
        QFETCH(QString, words);
        QSignalSpy answered(m_dock.get(), &ConsoleDock::commandAnswered);
        type(line);
        QVERIFY2(outputText().contains(u"Refused, nothing sent"_s), qPrintable(outputText()));
        QVERIFY2(outputText().contains(words), qPrintable(outputText()));
        QCOMPARE(m_dock->input()->text(), line); // kept for correction
        QCOMPARE(answered.count(), 0);
        QVERIFY(typeAndWaitForAnswer(u"show cli level"_s));
        QCOMPARE(answered.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(auditedCommands(), QStringList { u"show cli level"_s }, WaitMs);
        QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state be")
                    .contains(" s2 127.0.0.1 2 0 "));
    }

    void levelMark()
    {
        RuntimeConnection user(Endpoint::parse(m_haproxy->userSocket()).value());
        user.open();
        QTRY_VERIFY_WITH_TIMEOUT(user.isReady(), WaitMs);
        m_dock->setConnection(&user);
        m_dock->input()->setText(u"set server be/s2 state drain"_s);
        QVERIFY2(m_dock->previewLabel()->text().contains(u"needs level admin"_s),
            qPrintable(m_dock->previewLabel()->text()));
        QTest::keyClick(m_dock->input(), Qt::Key_Return);
        // Sent all the same: HAProxy refuses it.
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"Permission denied"_s), WaitMs);
        QVERIFY(outputText().contains(
            u"> set server be/s2 state drain\n# needs level admin, this session is user"_s));
        QVERIFY(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state be")
                    .contains(" s2 127.0.0.1 2 0 "));
        m_dock->setConnection(m_connection.get());
    }

    void historyAndCompletion()
    {
        type(u"show version"_s);
        type(u"show cli level"_s);
        QTRY_VERIFY_WITH_TIMEOUT(outputText().contains(u"admin"_s), WaitMs);
        QLineEdit *input = m_dock->input();
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), u"show cli level"_s);
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), u"show version"_s);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), u"show cli level"_s);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QString());

        // The history file is written as the commands are typed.
        ConsoleSession reread;
        reread.setHistoryPath(m_dock->session().historyPath());
        QVERIFY(reread.loadHistory());
        QCOMPARE(reread.history().mid(reread.history().size() - 2),
            (QStringList { u"show version"_s, u"show cli level"_s }));

        // Tab: a command word, then a server name from the snapshot's names.
        QTest::keyClicks(input, u"get wei"_s);
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(input->text(), u"get weight "_s);
        m_dock->session().setNames({ u"be"_s }, { u"be/s1"_s, u"be/s2"_s }, { u"fe"_s });
        QTest::keyClicks(input, u"be/s2"_s.left(4));
        QTest::keyClick(input, Qt::Key_Tab); // two candidates: a popup
        QTest::keyClicks(input, u"2"_s);
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(input->text(), u"get weight be/s2 "_s);

        // Ctrl+Shift+K clears the output.
        QVERIFY(!outputText().isEmpty());
        QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(outputText().isEmpty());
    }
};

QTEST_MAIN(TestConsoleDock)
#include "tst_consoledock.moc"
