// ClusterResultDialog against two real haproxy processes: the preview per node, the pre-check
// refusal and its "run on the nodes that can" escape, and per-node results with failures
// highlighted, each checked against HAProxy's state read back independently.

#include "core/client/runtimeconnection.h"
#include "tests/support/haproxyfixture.h"
#include "views/clusterresultdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

backend be
    balance roundrobin
    server s1 127.0.0.1:${PORT:s1}
    server s2 127.0.0.1:${PORT:s2}
)"_s;

std::unique_ptr<RuntimeConnection> openConnection(const QString &socket)
{
    auto connection = std::make_unique<RuntimeConnection>(Endpoint::parse(socket).value());
    connection->open();
    return connection;
}

} // namespace

class TestClusterResultDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<HaproxyFixture> m_a;
    std::unique_ptr<HaproxyFixture> m_b;
    std::unique_ptr<RuntimeConnection> m_connA;
    std::unique_ptr<RuntimeConnection> m_connB;

    QList<ClusterMember> members() const
    {
        return { { u"node-a"_s, m_connA.get() }, { u"node-b"_s, m_connB.get() } };
    }
    static QPushButton *okButton(ClusterResultDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    }
    static QString label(ClusterResultDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLabel *>(name)->text();
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_a = std::make_unique<HaproxyFixture>(options);
        m_b = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_a->start(), qPrintable(m_a->errorString()));
        QVERIFY2(m_b->start(), qPrintable(m_b->errorString()));
        m_connA = openConnection(m_a->adminSocket());
        m_connB = openConnection(m_b->adminSocket());
        QVERIFY(QTest::qWaitFor([this] { return m_connA->isReady() && m_connB->isReady(); }, 15000));
    }
    void cleanupTestCase()
    {
        m_connA.reset();
        m_connB.reset();
        m_a.reset();
        m_b.reset();
    }
    void init()
    {
        for (HaproxyFixture *node : { m_a.get(), m_b.get() })
            HaproxyFixture::rawCommand(node->adminSocket(),
                "set server be/s1 weight 1; set server be/s2 state ready; set server be/s2 weight 1");
    }

    void previewThenRun()
    {
        const ServerAction action =
            ServerAction::setWeight({ { u"be"_s, u"s1"_s } }, CommandBuilder::Weight { 30, false });
        ClusterResultDialog dialog(u"prod"_s, action, members());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(ClusterResultDialog::NodeColumn), u"node-b"_s);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(ClusterResultDialog::CommandColumn),
            u"set server be/s1 weight 30"_s);
        QCOMPARE(tree->topLevelItem(0)->text(ClusterResultDialog::ResultColumn), u"ready"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"partialCheck"_s)->isVisible());
        // Nothing sent before confirming.
        QCOMPARE(HaproxyFixture::rawCommand(m_a->adminSocket(), "get weight be/s1"), "1 (initial 1)\n\n"_ba);

        QSignalSpy finished(&dialog, &ClusterResultDialog::actionFinished);
        QTest::keyClick(&dialog, Qt::Key_Return); // not destructive: Enter runs it
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<ClusterSummary>().allOk());
        QCOMPARE(label(dialog, u"summaryLabel"_s), u"2 of 2 nodes done"_s);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(ClusterResultDialog::ResultColumn), u"OK"_s);
        for (HaproxyFixture *node : { m_a.get(), m_b.get() })
            QCOMPARE(
                HaproxyFixture::rawCommand(node->adminSocket(), "get weight be/s1"), "30 (initial 1)\n\n"_ba);
        QVERIFY(dialog.reportText().contains(u"node-b: 1 of 1 done"_s));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void failureOnOneNodeIsHighlighted()
    {
        QCOMPARE(HaproxyFixture::rawCommand(m_a->adminSocket(), "add server be/extra 127.0.0.1:1"),
            "New server registered.\n\n"_ba);
        ClusterResultDialog dialog(
            u"prod"_s, ServerAction(ServerAction::Kind::StateDrain, { { u"be"_s, u"extra"_s } }), members());
        QSignalSpy finished(&dialog, &ClusterResultDialog::actionFinished);
        dialog.accept();
        QVERIFY(finished.wait(20000));
        HaproxyFixture::rawCommand(
            m_a->adminSocket(), "set server be/extra state maint; del server be/extra");
        const QTreeWidgetItem *failed = dialog.tree()->topLevelItem(1)->child(0);
        QCOMPARE(failed->text(ClusterResultDialog::ResultColumn), u"No such server."_s);
        QVERIFY(failed->font(ClusterResultDialog::ResultColumn).bold());
        QVERIFY(failed->background(ClusterResultDialog::ResultColumn).style() != Qt::NoBrush);
        const QTreeWidgetItem *fine = dialog.tree()->topLevelItem(0)->child(0);
        QCOMPARE(fine->text(ClusterResultDialog::ResultColumn), u"OK"_s);
        QCOMPARE(fine->background(ClusterResultDialog::ResultColumn).style(), Qt::NoBrush);
        QCOMPARE(label(dialog, u"summaryLabel"_s), u"1 of 2 nodes done; node-b: be/extra: No such server."_s);
    }

    void operatorNodeHoldsBackUnlessPartial()
    {
        auto operatorConnection = openConnection(m_b->operatorSocket());
        QVERIFY(QTest::qWaitFor([&] { return operatorConnection->isReady(); }, 10000));
        ClusterResultDialog dialog(u"prod"_s,
            ServerAction(ServerAction::Kind::StateDrain, { { u"be"_s, u"s2"_s } }),
            { { u"node-a"_s, m_connA.get() }, { u"node-b"_s, operatorConnection.get() } });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *partial = dialog.findChild<QCheckBox *>(u"partialCheck"_s);
        QVERIFY(partial->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(label(dialog, u"confirmationLabel"_s).startsWith(u"Nothing will be sent"_s),
            qPrintable(label(dialog, u"confirmationLabel"_s)));
        QVERIFY(dialog.tree()->topLevelItem(1)->text(ClusterResultDialog::ResultColumn).contains(u"admin"_s));
        dialog.accept(); // refused: nothing sent
        QVERIFY(!dialog.hasRun());
        QVERIFY(!HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat be 4 -1").contains(",DRAIN,"));

        // Alt+R checks "Run on the nodes that can".
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(partial->isChecked()); // a mnemonic clicks after a short animation
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(okButton(dialog)->text(), u"Run on 1 node(s)"_s);
        QSignalSpy finished(&dialog, &ClusterResultDialog::actionFinished);
        dialog.accept();
        QVERIFY(finished.wait(20000));
        const ClusterSummary summary = finished.first().first().value<ClusterSummary>();
        QVERIFY(summary.members.at(0).ok());
        QVERIFY(!summary.members.at(1).refusal.isEmpty());
        QVERIFY(dialog.tree()->topLevelItem(1)->font(ClusterResultDialog::ResultColumn).bold());
        QVERIFY(HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat be 4 -1").contains(",DRAIN,"));
        QVERIFY(!HaproxyFixture::rawCommand(m_b->adminSocket(), "show stat be 4 -1").contains(",DRAIN,"));
    }

    void badPlanDisablesRun()
    {
        ClusterResultDialog dialog(
            u"prod"_s, ServerAction(ServerAction::Kind::StateMaint, { { u"be"_s, u"s1 x"_s } }), members());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(label(dialog, u"confirmationLabel"_s).startsWith(u"Nothing will be sent: "_s));
        QCOMPARE(dialog.tree()->topLevelItem(0)->childCount(), 0);
    }
};

QTEST_MAIN(TestClusterResultDialog)
#include "tst_clusterresultdialog.moc"
