// The Server menu of the main window against a real haproxy: an action on the selected
// server is previewed, confirmed, applied, recorded in the audit log; the level disables
// what it forbids, with the reason in the tooltip.

#include "actionpreviewdialog.h"
#include "auditlog.h"
#include "connectionprofilesmodel.h"
#include "haproxyfixture.h"
#include "mainwindow.h"
#include "runtimeconnection.h"
#include "serveractions.h"
#include "settings.h"
#include "stattablemodel.h"
#include "weightdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

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

// Presses a button of the modal ActionPreviewDialog when it shows up: OK first, then
// Close once the run is over.
void answerPreview(bool *sawDialog)
{
    QTimer::singleShot(50, [sawDialog] {
        auto *dialog = qobject_cast<ActionPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerPreview(sawDialog);
            return;
        }
        *sawDialog = true;
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            ok && ok->isVisible() && ok->isEnabled()) {
            ok->click();
            QTimer::singleShot(50, [sawDialog] { answerPreview(sawDialog); });
            return;
        }
        if (auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
            close && close->isVisible()) {
            close->click();
            return;
        }
        answerPreview(sawDialog);
    });
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
        MainWindow window(m_settings.get(), m_profiles.get());
        window.setAuditLog(&audit);
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("t"), m_haproxy->adminSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(window.serversView()->model()->rowCount(), 3, 10000);
        QAction *drain = window.serverActions()->action(ServerAction::Kind::StateDrain);
        QVERIFY(!drain->isEnabled()); // nothing selected yet
        QVERIFY(drain->toolTip().contains(QStringLiteral("Select")));

        selectServer(window, QStringLiteral("be_two"), QStringLiteral("t1"));
        QTRY_VERIFY(drain->isEnabled());
        bool sawDialog = false;
        answerPreview(&sawDialog);
        drain->trigger();
        QVERIFY(sawDialog);
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_two", "t1"), QByteArray("8"));
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_one", "s1"), QByteArray("0"));

        QCOMPARE(audit.records().size(), 1);
        QCOMPARE(audit.records().first().command, QStringLiteral("set server be_two/t1 state drain"));
        QVERIFY(audit.records().first().success);

        // Back to ready the same way.
        answerPreview(&sawDialog);
        window.serverActions()->action(ServerAction::Kind::StateReady)->trigger();
        QCOMPARE(adminState(m_haproxy->adminSocket(), "be_two", "t1"), QByteArray("0"));
        QCOMPARE(audit.records().size(), 2);
    }

    void weightFromTheMenuReachesHaproxy()
    {
        MainWindow window(m_settings.get(), m_profiles.get());
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("t"), m_haproxy->adminSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(window.serversView()->model()->rowCount(), 3, 10000);
        selectServer(window, QStringLiteral("be_one"), QStringLiteral("s2"));
        QTRY_VERIFY(window.serverActions()->weightAction()->isEnabled());
        // The dialog opens once `show servers state` answered (initial weights).
        bool sawWeightDialog = false;
        bool sawPreview = false;
        const std::function<void()> answerWeight = [&] {
            auto *dialog = qobject_cast<WeightDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(50, answerWeight);
                return;
            }
            sawWeightDialog = true;
            dialog->setValue(7);
            answerPreview(&sawPreview);
            dialog->accept();
        };
        QTimer::singleShot(50, answerWeight);
        window.serverActions()->weightAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sawWeightDialog && sawPreview, 30000);
        QTRY_VERIFY(
            HaproxyFixture::rawCommand(m_haproxy->adminSocket(), "get weight be_one/s2").startsWith("7 "));
    }

    void operatorLevelDisablesActionsWithTheReason()
    {
        MainWindow window(m_settings.get(), m_profiles.get());
        window.show();
        QVERIFY(window.connectTo({ QStringLiteral("op"), m_haproxy->operatorSocket(), {}, 1000 }));
        QTRY_COMPARE_WITH_TIMEOUT(window.serversView()->model()->rowCount(), 3, 10000);
        QTRY_COMPARE(window.connection()->level(), AccessLevel::Operator);
        selectServer(window, QStringLiteral("be_one"), QStringLiteral("s1"));
        QAction *maint = window.serverActions()->action(ServerAction::Kind::StateMaint);
        QTRY_VERIFY(!maint->isEnabled());
        QVERIFY2(maint->toolTip().contains(QStringLiteral("operator")), qPrintable(maint->toolTip()));
        QVERIFY(!window.serverActions()->addServerAction()->isEnabled());
        QVERIFY(!window.serverActions()->weightAction()->isEnabled());
    }

private:
    void selectServer(MainWindow &window, const QString &backend, const QString &server)
    {
        QAbstractItemModel *model = window.serversView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(StatTableModel::ProxyNameRole).toString() == backend
                && index.data(StatTableModel::ServerNameRole).toString() == server) {
                window.serversView()->selectionModel()->select(
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
