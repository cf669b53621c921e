// The rolling replace wizard on the offscreen platform, against a real haproxy: a static-rr
// backend refused on page 1, live validation of the new servers (duplicate and taken names,
// bad addresses and ports keep Next disabled with a message), the review page's exact
// command lines, and one pair run to the end, read back with the fixture's raw client.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/parsers/statparser.h"
#include "tests/support/haproxyfixture.h"
#include "views/rollingreplacewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = QStringLiteral(R"(backend be_w
    balance roundrobin
    server old1 ${BACKEND:w_old1} check inter 200ms weight 4
    server old2 ${BACKEND:w_old2} check inter 200ms

backend be_x
    balance roundrobin
    server old1 ${BACKEND:x_old1} check inter 200ms
    # nobody listens on ${PORT:dead}

backend be_static
    balance static-rr
    server s1 ${BACKEND:st1}
)");

constexpr int WaitMs = 30000;

} // namespace

class TestRollingReplaceWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    SnapshotPtr snapshot() const
    {
        auto s = std::make_shared<Snapshot>();
        const Result<StatTable> table =
            StatParser::parse(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show stat"));
        if (!table)
            qFatal("show stat: %s", qPrintable(table.error()));
        s->stat = *table;
        return s;
    }

    qint64 adminState(const QByteArray &backend, const QByteArray &server) const
    {
        const Result<ServersState> state = ServersStateParser::parse(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "show servers state " + backend));
        if (!state)
            return -2;
        for (const ServerStateRow &row : state->rows) {
            if (row.name == server)
                return row.adminState;
        }
        return -1;
    }

    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->item(row, column)->setText(text);
    }

    static bool nextEnabled(QWizard &wizard) { return wizard.button(QWizard::NextButton)->isEnabled(); }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, WaitMs));
        QVERIFY(m_haproxy->waitForAdminReply(
            "show stat be_w 4 -1",
            [](const QByteArray &r) { return !r.contains("DOWN") && r.contains("UP"); }, WaitMs));
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void staticRrBackendRefused()
    {
        RollingReplaceWizard wizard(
            m_connection.get(), snapshot(), QStringLiteral("be_static"), { QStringLiteral("s1") });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.selectedBackend(), QStringLiteral("be_static"));
        QCOMPARE(wizard.selectedServers(), QStringList { QStringLiteral("s1") });
        auto *message = child<QLabel>(&wizard, "backendMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"static-rr"_s), qPrintable(message->text()));
        QVERIFY(!nextEnabled(wizard));
    }

    // Closing while running asks; Yes aborts (the new server stays, nothing rolled back) and closes.
    void closeWhileRunningAsksThenAborts()
    {
        RollingReplaceWizard wizard(
            m_connection.get(), snapshot(), QStringLiteral("be_x"), { QStringLiteral("old1") });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        auto *table = child<QTableWidget>(&wizard, "newServersTable");
        setCell(table, 0, 2, QStringLiteral("127.0.0.1"));
        setCell(table, 0, 3, QString::number(m_haproxy->port(QStringLiteral("dead"))));
        QVERIFY2(nextEnabled(wizard), qPrintable(wizard.problems().join(u'\n')));
        wizard.next();
        wizard.next(); // Start
        QVERIFY(QTest::qWaitFor(
            [&] {
                return wizard.operation()
                    && wizard.operation()->steps().at(0).state == RollingReplace::StepState::WaitingUp;
            },
            WaitMs));
        // The question is opened, not exec()ed: the run goes on behind it.
        const auto answer = [&](QMessageBox::StandardButton button) {
            QMessageBox *shown = nullptr;
            const bool asked = QTest::qWaitFor(
                [&] {
                    const QList<QMessageBox *> boxes = wizard.findChildren<QMessageBox *>(u"abortQuestion"_s);
                    for (QMessageBox *box : boxes) {
                        if (box->isVisible())
                            shown = box;
                    }
                    return shown != nullptr;
                },
                WaitMs);
            if (asked)
                shown->button(button)->click();
            return asked;
        };
        wizard.reject();
        QVERIFY(answer(QMessageBox::No));
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.operation()->isRunning());
        wizard.reject();
        QVERIFY(answer(QMessageBox::Yes));
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isVisible(); }, WaitMs));
        QCOMPARE(wizard.operation()->state(), RollingReplace::State::Aborted);
        QVERIFY(adminState("be_x", "old1-new") >= 0);
        QCOMPARE(adminState("be_x", "old1"), 0);
    }

    void validationThenReviewThenRun()
    {
        RollingReplaceWizard wizard(
            m_connection.get(), snapshot(), QStringLiteral("be_w"), { QStringLiteral("old1") });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(nextEnabled(wizard));
        // Nothing checked: nothing to replace.
        auto *servers = child<QListWidget>(&wizard, "serverList");
        QCOMPARE(servers->count(), 2);
        servers->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!nextEnabled(wizard));
        servers->item(0)->setCheckState(Qt::Checked);
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RollingReplaceWizard::NewServersPageId));

        auto *table = child<QTableWidget>(&wizard, "newServersTable");
        auto *problems = child<QLabel>(&wizard, "problemsLabel");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("old1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("old1-new")); // the default pattern
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("4")); // the old server's weight
        QVERIFY(!nextEnabled(wizard)); // no address yet

        if (!m_haproxy->addBackend(QStringLiteral("w_new1")))
            QFAIL(qPrintable(m_haproxy->errorString()));
        const QString port = QString::number(m_haproxy->backendPort(QStringLiteral("w_new1")));
        setCell(table, 0, 2, QStringLiteral("127.0.0.1"));
        setCell(table, 0, 3, port);
        QVERIFY2(nextEnabled(wizard), qPrintable(wizard.problems().join(u'\n')));
        QVERIFY(!problems->isVisible());

        // A bad address: refused with a message, Next disabled.
        setCell(table, 0, 2, QStringLiteral("10.0.0.1;del"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"address"_s), qPrintable(problems->text()));
        setCell(table, 0, 2, QStringLiteral("127.0.0.1"));
        // A port that is not one.
        setCell(table, 0, 3, QStringLiteral("99999"));
        QVERIFY(!nextEnabled(wizard));
        setCell(table, 0, 3, QStringLiteral("abc"));
        QVERIFY2(problems->text().contains(u"not a number"_s), qPrintable(problems->text()));
        setCell(table, 0, 3, port);
        // A name the backend already has.
        setCell(table, 0, 1, QStringLiteral("old2"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY2(
            problems->text().contains(u"already has a server named 'old2'"_s), qPrintable(problems->text()));
        // Two new servers with the same name.
        child<QSpinBox>(&wizard, "countSpin")->setValue(2);
        QCOMPARE(table->rowCount(), 2);
        setCell(table, 0, 1, QStringLiteral("dup"));
        setCell(table, 1, 1, QStringLiteral("dup"));
        setCell(table, 1, 2, QStringLiteral("127.0.0.1"));
        setCell(table, 1, 3, port);
        QVERIFY(!nextEnabled(wizard));
        QVERIFY2(problems->text().contains(u"'dup' is used twice"_s), qPrintable(problems->text()));
        QVERIFY(child<QLabel>(&wizard, "orderLabel")->text().contains(u"added first"_s));
        // Back to one pair, named by the pattern.
        child<QSpinBox>(&wizard, "countSpin")->setValue(1);
        QTest::mouseClick(child<QPushButton>(&wizard, "generateButton"), Qt::LeftButton);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("old1-new"));
        QVERIFY2(nextEnabled(wizard), qPrintable(wizard.problems().join(u'\n')));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(RollingReplaceWizard::ReviewPageId));
        child<QSpinBox>(&wizard, "checkInterSpin")->setValue(200);
        child<QSpinBox>(&wizard, "upTimeoutSpin")->setValue(20);
        const QString text = child<QPlainTextEdit>(&wizard, "commandText")->toPlainText();
        QStringList expected { u"# Step 1: old1 → old1-new"_s,
            u"add server be_w/old1-new 127.0.0.1:%1 weight 4 check inter 200ms"_s.arg(port),
            u"enable health be_w/old1-new"_s, u"set server be_w/old1-new state ready"_s,
            u"# wait until be_w/old1-new is UP per its health checks (at most 20 s)"_s,
            u"set server be_w/old1 state drain"_s,
            u"# wait until be_w/old1 has no sessions left (at most 60 s, then ask)"_s,
            u"set server be_w/old1 state maint"_s };
        // The review shows what this instance's version runs.
        if (m_connection->version().supports(HaproxyFeature::WaitSrvRemovable))
            expected.append(u"wait 10000ms srv-removable be_w/old1"_s);
        expected.append(u"del server be_w/old1"_s);
        QCOMPARE(text.split(u'\n'), expected);
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Start"));
        // Nothing was sent yet.
        QCOMPARE(adminState("be_w", "old1"), 0);
        QCOMPARE(adminState("be_w", "old1-new"), -1);
        const QImage review = wizard.grab().toImage();

        wizard.next(); // Start
        QCOMPARE(wizard.currentId(), int(RollingReplaceWizard::RunPageId));
        QVERIFY(wizard.operation());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.operation()->state() == RollingReplace::State::Done; }, WaitMs));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        auto *progress = child<QTableWidget>(&wizard, "progressTable");
        QCOMPARE(progress->rowCount(), 1);
        QCOMPARE(progress->item(0, 3)->text(), QStringLiteral("Done"));
        QVERIFY(!child<QPushButton>(&wizard, "rollBackButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&wizard, "abortButton")->isEnabled());
        const QString log = child<QPlainTextEdit>(&wizard, "commandLog")->toPlainText();
        QVERIFY2(log.contains(u"add server be_w/old1-new"_s) && log.contains(u"del server be_w/old1"_s),
            qPrintable(log));
        QCOMPARE(adminState("be_w", "old1"), -1);
        QCOMPARE(adminState("be_w", "old1-new"), 0);
        QVERIFY(m_haproxy->waitForAdminReply("show stat be_w 4 -1", [](const QByteArray &r) {
            const Result<StatTable> t = StatParser::parse(r);
            if (!t)
                return false;
            for (const StatRow &row : t->rows) {
                if (row.svname == "old1-new")
                    return row.status == "UP" && row.uweight == 4;
            }
            return false;
        }));

        // HADESK_SCREENSHOT_DIR=docs/screenshots refreshes the picture in the README.
        const QImage run = wizard.grab().toImage();
        QVERIFY(!review.isNull() && !run.isNull());
        const QString shotDir = qEnvironmentVariable("HADESK_SCREENSHOT_DIR");
        if (!shotDir.isEmpty()) {
            QImage both(review.width() + run.width() + 16, std::max(review.height(), run.height()),
                QImage::Format_RGB32);
            both.fill(Qt::white);
            QPainter painter(&both);
            painter.drawImage(0, 0, review);
            painter.drawImage(review.width() + 16, 0, run);
            painter.end();
            QVERIFY(both.save(QDir(shotDir).filePath(QStringLiteral("rolling-replace.png"))));
        }
    }
};

QTEST_MAIN(TestRollingReplaceWizard)
#include "tst_rollingreplacewizard.moc"
