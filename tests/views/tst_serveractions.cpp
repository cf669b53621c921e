// The Server menu of the main window against a real haproxy: an action on the selected
// server is previewed, confirmed, applied, recorded in the audit log; the level disables
// what it forbids, with the reason in the tooltip.

#include "core/client/runtimeconnection.h"
#include "core/storage/auditlog.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "models/stattablemodel.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/actionpreviewdialog.h"
#include "views/mainwindow.h"
#include "views/serveractions.h"
#include "views/stattableview.h"
#include "views/weightdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Body = QStringLiteral(R"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be_one

backend be_one
    balance roundrobin
    server s1 ${BACKEND:a1}
    server s2 ${BACKEND:a2}

backend be_two
    balance roundrobin
    server t1 ${BACKEND:b1}
)");

QByteArray adminState(const QString &socket, const QByteArray &backend, const QByteArray &server)
{
    const QByteArray answer = HaproxyFixture::rawCommand(socket, "show servers state " + backend);
    for (const QByteArray &line : answer.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 6 && fields.at(3) == server)
            return fields.at(6);
    }
    return {};
}

// The window's parts, found by objectName.
ServerActions *serverActionsOf(QObject *window)
{
    return window->findChild<ServerActions *>(QStringLiteral("serverActions"));
}

StatTableView *serversViewOf(QObject *window)
{
    return window->findChild<StatTableView *>(QStringLiteral("serversView"));
}

// Confirms the preview the window has open (it opens without blocking), waits for the run to
// end and closes it. False (with a message) if any step did not happen.
bool confirmPreview(ServerActions *actions)
{
    QPointer<ActionPreviewDialog> dialog;
    if (!QTest::qWaitFor([&] { return (dialog = actions->previewDialog()) && dialog->isVisible(); }, 2000)) {
        qWarning("no preview opened");
        return false;
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    if (!ok || !ok->isEnabled()) {
        qWarning("the preview's OK button is off");
        return false;
    }
    ok->click();
    QPushButton *close = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                close = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("closeButton")) : nullptr;
                return close && close->isVisible();
            },
            2000)) {
        qWarning("the run did not end");
        return false;
    }
    close->click();
    return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 2000);
}

} // namespace

class TestServerActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("hadesk.ini")));
        m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
    }
    void cleanupTestCase() { m_haproxy.reset(); }

    void drainFromTheMenuIsPreviewedAppliedAndAudited()
    {
        AuditLog audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        const TestServices services(m_settings.get(), m_profiles.get());
        MainWindow window(services.forWindow());
        window.setAuditLog(&audit);
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("t"), m_haproxy->adminSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(serversViewOf(&window)->model()->rowCount(), 3, 2000);
        QAction *drain = serverActionsOf(&window)->action(ServerAction::Kind::StateDrain);
        QVERIFY(!drain->isEnabled()); // nothing selected yet
        QVERIFY(drain->toolTip().contains(QStringLiteral("Select")));

        selectServer(window, QStringLiteral("be_two"), QStringLiteral("t1"));
        QTRY_VERIFY(drain->isEnabled());
        drain->trigger();
        QVERIFY(confirmPreview(serverActionsOf(&window)));
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_two", "t1"), QByteArray("8"));
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_one", "s1"), QByteArray("0"));

        QCOMPARE(audit.records().size(), 1);
        QCOMPARE(audit.records().first().command, QStringLiteral("set server be_two/t1 state drain"));
        QVERIFY(audit.records().first().success);

        // Back to ready the same way.
        serverActionsOf(&window)->action(ServerAction::Kind::StateReady)->trigger();
        QVERIFY(confirmPreview(serverActionsOf(&window)));
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_two", "t1"), QByteArray("0"));
        QCOMPARE(audit.records().size(), 2);
    }

    void weightFromTheMenuReachesHaproxy()
    {
        const TestServices services(m_settings.get(), m_profiles.get());
        MainWindow window(services.forWindow());
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("t"), m_haproxy->adminSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(serversViewOf(&window)->model()->rowCount(), 3, 2000);
        selectServer(window, QStringLiteral("be_one"), QStringLiteral("s2"));
        QTRY_VERIFY(serverActionsOf(&window)->weightAction()->isEnabled());
        // The dialog opens once `show servers state` answered (initial weights), from that
        // reply: it must not block, so the same connection answers the preview's command at once.
        serverActionsOf(&window)->weightAction()->trigger();
        QPointer<WeightDialog> dialog;
        QTRY_VERIFY((dialog = serverActionsOf(&window)->weightDialog()) && dialog->isVisible());
        dialog->setValue(7);
        dialog->accept();
        QVERIFY(confirmPreview(serverActionsOf(&window)));
        QCOMPARE(HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be_one/s2"),
            QByteArray("7 (initial 1)\n\n"));
        QTRY_VERIFY(!dialog); // deleted on close
    }

    void operatorLevelDisablesActionsWithTheReason()
    {
        const TestServices services(m_settings.get(), m_profiles.get());
        MainWindow window(services.forWindow());
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("op"), m_haproxy->operatorSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(serversViewOf(&window)->model()->rowCount(), 3, 2000);
        QTRY_COMPARE(window.currentSession()->connection()->level(), AccessLevel::Operator);
        selectServer(window, QStringLiteral("be_one"), QStringLiteral("s1"));
        QAction *maint = serverActionsOf(&window)->action(ServerAction::Kind::StateMaint);
        QTRY_VERIFY(!maint->isEnabled());
        QVERIFY2(maint->toolTip().contains(QStringLiteral("operator")), qPrintable(maint->toolTip()));
        QVERIFY(!serverActionsOf(&window)->addServerAction()->isEnabled());
        QVERIFY(!serverActionsOf(&window)->weightAction()->isEnabled());
    }

private:
    void selectServer(MainWindow &window, const QString &backend, const QString &server)
    {
        QAbstractItemModel *model = serversViewOf(&window)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(StatTableModel::ProxyNameRole).toString() == backend
                && index.data(StatTableModel::ServerNameRole).toString() == server) {
                serversViewOf(&window)->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL("server not in the table");
    }

    std::unique_ptr<HaproxyFixture> m_haproxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
};

QTEST_MAIN(TestServerActions)
#include "tst_serveractions.moc"
