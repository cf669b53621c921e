#include "core/actions/serveraction.h"
#include "core/client/runtimeconnection.h"
#include "tests/support/fakecliserver.h"
#include "views/actionpreviewdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The action preview on the offscreen platform, against a fake CLI server: the exact lines
// before sending, copy as socat, destructive wording, running and per-server results.
class TestActionPreviewDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCliServer> m_fake;
    std::unique_ptr<RuntimeConnection> m_connection;

    static ServerAction maintTwo()
    {
        return ServerAction(ServerAction::Kind::StateMaint,
            { { QStringLiteral("be"), QStringLiteral("s1") },
                { QStringLiteral("be"), QStringLiteral("s2") } });
    }
    template<typename T>
    static QList<T *> children(const QDialog &dialog, const char *name)
    {
        return dialog.findChildren<T *>(QString::fromLatin1(name));
    }
    static QPushButton *okButton(const QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeCliServer>();
        QVERIFY2(m_fake->listen(), qPrintable(m_fake->errorString()));
        // HAProxy's success is an empty answer; the fake takes an empty body for "built in".
        m_fake->setReply("set server", "\n");
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
    }
    void cleanup()
    {
        m_connection.reset();
        m_fake.reset();
    }

    void listsTheLines()
    {
        ActionPreviewDialog dialog(maintTwo(), m_connection.get());
        const QList<QLineEdit *> lines = children<QLineEdit>(dialog, "commandLine");
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->text(), QStringLiteral("set server be/s1 state maint"));
        QCOMPARE(lines.at(1)->text(), QStringLiteral("set server be/s2 state maint"));
        QVERIFY(lines.at(0)->isReadOnly());
        QCOMPARE(lines.at(0)->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QCOMPARE(children<QPushButton>(dialog, "copyButton").size(), 2);
    }

    void copyAsSocat()
    {
        ActionPreviewDialog dialog(maintTwo(), m_connection.get());
        QPushButton *copy = children<QPushButton>(dialog, "copyButton").at(1);
        QCOMPARE(copy->text(), QStringLiteral("Copy as socat command"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            m_connection->endpoint().socatCommandLine("set server be/s2 state maint"));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("socat")));
    }

    void destructiveWording()
    {
        ActionPreviewDialog dialog(maintTwo(), m_connection.get());
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Put 2 servers in maintenance"));
        const QString confirmation = dialog.findChild<QLabel *>(QStringLiteral("confirmationLabel"))->text();
        QVERIFY2(confirmation.contains(QLatin1String("destructive")), qPrintable(confirmation));
        QVERIFY2(confirmation.contains(QLatin1String("stop receiving traffic")), qPrintable(confirmation));
        // Enter alone must not confirm a destructive action.
        QVERIFY(!okButton(dialog)->isDefault());

        const ServerAction drain(
            ServerAction::Kind::StateDrain, { { QStringLiteral("be"), QStringLiteral("s1") } });
        ActionPreviewDialog gentle(drain, m_connection.get());
        QCOMPARE(okButton(gentle)->text(), QStringLiteral("Drain be/s1"));
        QVERIFY(!gentle.findChild<QLabel *>(QStringLiteral("confirmationLabel"))
                     ->text()
                     .contains(QLatin1String("destructive")));
    }

    void okRunsAndShowsResults()
    {
        m_fake->setReply("set server be/s2", "No such server.");
        ActionPreviewDialog dialog(maintTwo(), m_connection.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ActionPreviewDialog::actionFinished);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // stays open to show the results
        QVERIFY(finished.wait(10000));

        QCOMPARE(m_fake->receivedLines().count("set server be/s1 state maint"), 1);
        QCOMPARE(m_fake->receivedLines().count("set server be/s2 state maint"), 1);
        const QList<QLabel *> results = children<QLabel>(dialog, "resultLabel");
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)->text(), QStringLiteral("OK"));
        QCOMPARE(results.at(1)->text(), QStringLiteral("No such server."));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
            QStringLiteral("1 done, 1 failed"));

        // To look at it: HADESK_SCREENSHOT_DIR=/tmp ./tst_actionpreviewdialog
        if (qEnvironmentVariableIsSet("HADESK_SCREENSHOT_DIR"))
            dialog.grab().save(
                qEnvironmentVariable("HADESK_SCREENSHOT_DIR") + QStringLiteral("/action-preview.png"));

        // Close, from the keyboard: Escape now closes (and reports that it ran).
        auto *close =
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // A prepared action may name one server in several steps (add server, enable health,
    // state ready): a step finished must not mark the others of that server, still pending,
    // as failed.
    void stepsOfOneServerEachShowTheirOwnResult()
    {
        const ServerTarget s1 { QStringLiteral("be"), QStringLiteral("s1") };
        const ServerAction action = ServerAction::prepared(QStringLiteral("Two steps"),
            { { s1, CommandBuilder::setServerWeight(s1.backend, s1.server, { 5, false }).value() },
                { s1,
                    CommandBuilder::setServerState(s1.backend, s1.server, CommandBuilder::ServerState::Ready)
                        .value() } });
        ActionPreviewDialog dialog(action, m_connection.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ActionPreviewDialog::actionFinished);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const QList<QLabel *> results = children<QLabel>(dialog, "resultLabel");
        QCOMPARE(results.size(), 2);
        const QColor normal = dialog.palette().color(QPalette::WindowText);
        for (const QLabel *result : results) {
            QCOMPARE(result->text(), QStringLiteral("OK"));
            QCOMPARE(result->palette().color(QPalette::WindowText), normal);
        }
    }

    void refusedAtOperatorLevel()
    {
        m_connection.reset();
        m_fake->setLevel("operator");
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_fake->socketPath()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, 10000));
        QCOMPARE(m_connection->level(), AccessLevel::Operator);

        ActionPreviewDialog dialog(maintTwo(), m_connection.get());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("confirmationLabel"))
                    ->text()
                    .contains(QLatin1String("Needs admin level; this socket is operator.")));
        // The lines are still shown, to copy and run elsewhere.
        QCOMPARE(children<QLineEdit>(dialog, "commandLine").size(), 2);
    }
};

QTEST_MAIN(TestActionPreviewDialog)
#include "tst_actionpreviewdialog.moc"
