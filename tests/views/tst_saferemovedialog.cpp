// The safe-remove dialog on the offscreen platform, driving a real haproxy: an idle
// server removed to the end, and a busy one cancelled mid-wait and returned to ready.

#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/heldrequests.h"
#include "views/saferemovedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    timeout client 60s
    default_backend be_busy

backend be_idle
    balance roundrobin
    server idle ${BACKEND:idle}
    server keep ${BACKEND:keep}

backend be_busy
    balance first
    timeout server 60s
    server slow ${SLOWBACKEND:slow}
    server keep2 ${BACKEND:keep2}
)");

constexpr int WaitMs = 15000;

} // namespace

class TestSafeRemoveDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s in the dialog", T::staticMetaObject.className(), name);
        return widget;
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

    static QStringList stepTexts(QWidget *dialog)
    {
        QStringList texts;
        auto *list = child<QListWidget>(dialog, "stepList");
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                texts.append(list->item(i)->text());
        }
        return texts;
    }

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
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_haproxy.reset();
    }

    void idleServerEndsDone()
    {
        SafeRemoveDialog dialog(m_connection.get(), QStringLiteral("be_idle"), QStringLiteral("idle"));
        dialog.setPollIntervalMs(100);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = child<QPushButton>(&dialog, "startButton");
        auto *close = child<QPushButton>(&dialog, "closeButton");
        QVERIFY(start->isVisible());
        QVERIFY(!close->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.operation());
        QVERIFY(
            QTest::qWaitFor([&] { return dialog.operation()->state() == SafeRemove::State::Done; }, WaitMs));
        QVERIFY(close->isVisible() && close->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "cancelButton")->isVisible());
        for (const QString &step : stepTexts(&dialog))
            QVERIFY2(step.startsWith(QStringLiteral("\u2714")), qPrintable(step));
        const QString log = child<QPlainTextEdit>(&dialog, "commandLog")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("set server be_idle/idle state drain\n"))
                && log.contains(QStringLiteral("set server be_idle/idle state maint\n"))
                && log.endsWith(QStringLiteral("del server be_idle/idle")),
            qPrintable(log));
        QVERIFY(child<QLabel>(&dialog, "conditionLabel")->text().contains(QStringLiteral("deleted")));
        QCOMPARE(adminState("be_idle", "idle"), -1);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelMidWaitThenReturnToReady()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(openHeldRequests(m_haproxy->frontendPort(), 3, held));
        QVERIFY(m_haproxy->waitForAdminReply(
            "show stat be_busy 4 -1",
            [](const QByteArray &reply) { return reply.contains("\nbe_busy,slow,0,0,3,"); }, WaitMs));

        SafeRemoveDialog dialog(m_connection.get(), QStringLiteral("be_busy"), QStringLiteral("slow"));
        dialog.setPollIntervalMs(100);
        dialog.setIdleTimeoutSeconds(120);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 120);
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        auto *bar = child<QProgressBar>(&dialog, "sessionsBar");
        QVERIFY(QTest::qWaitFor([&] { return bar->value() == 3; }, WaitMs));
        QCOMPARE(bar->maximum(), 3);
        QCOMPARE(bar->text(), QStringLiteral("3 sessions left"));
        QVERIFY(!child<QSpinBox>(&dialog, "timeoutSpin")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "shutdownButton")->isEnabled());
        const QStringList steps = stepTexts(&dialog);
        QVERIFY2(steps.at(0).startsWith(QStringLiteral("\u2714"))
                && steps.at(1).startsWith(QStringLiteral("\u25B6")),
            qPrintable(steps.join(u'|')));

        const QImage shot = dialog.grab().toImage();
        QVERIFY(!shot.isNull());
        // HADESK_SCREENSHOT_DIR=docs/screenshots refreshes the picture in the README.
        const QString shotDir = qEnvironmentVariable("HADESK_SCREENSHOT_DIR");
        if (!shotDir.isEmpty())
            QVERIFY(shot.save(QDir(shotDir).filePath(QStringLiteral("safe-remove.png"))));

        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.operation()->state() == SafeRemove::State::Cancelled; }, WaitMs));
        QVERIFY(dialog.isVisible()); // Cancel stops the removal, it does not close the dialog
        const QString condition = child<QLabel>(&dialog, "conditionLabel")->text();
        QVERIFY2(condition.contains(QStringLiteral("DRAIN")), qPrintable(condition));
        QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("DRAIN")),
            qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
        QCOMPARE(adminState("be_busy", "slow"), ServerStateRow::ForcedDrain);

        auto *restore = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(restore->isVisible());
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return adminState("be_busy", "slow") == 0; }, WaitMs));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return child<QLabel>(&dialog, "conditionLabel")->text().contains(QStringLiteral("READY"));
            },
            WaitMs));
        QVERIFY(!restore->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isVisible());
    }
};

QTEST_MAIN(TestSafeRemoveDialog)
#include "tst_saferemovedialog.moc"
