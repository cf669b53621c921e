// The cluster dock in the main window against two real haproxy processes: a cluster of two
// saved connections is opened from the dock, shown merged, a state set on one node only is
// reported as a divergence, and a weight set from the dock lands on both nodes (read back with
// an independent client).

#include "models/clusterstore.h"
#include "models/clustertablemodel.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testservices.h"
#include "views/clusterdock.h"
#include "views/clusterresultdialog.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestClusterDock : public QObject
{
    Q_OBJECT
public:
    static void initMain() { qputenv("QT_FONT_DPI", "96"); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clusterMergedAndActedOn();

private:
    std::unique_ptr<HaproxyFixture> m_a;
    std::unique_ptr<HaproxyFixture> m_b;
};

void TestClusterDock::initTestCase()
{
    for (auto *fixture : { &m_a, &m_b }) {
        *fixture = std::make_unique<HaproxyFixture>();
        QVERIFY2((*fixture)->start(), qPrintable((*fixture)->errorString()));
    }
}

void TestClusterDock::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
}

void TestClusterDock::clusterMergedAndActedOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(u"hadesk.ini"_s));
    ConnectionProfilesModel profiles(&settings.store());
    QVERIFY(profiles.upsert({ u"node-a"_s, m_a->adminSocket(), {}, 300 }));
    QVERIFY(profiles.upsert({ u"node-b"_s, m_b->adminSocket(), {}, 300 }));

    const TestServices services(&settings, &profiles);
    MainWindow window(services.forWindow());
    window.show();
    auto *dock = window.findChild<ClusterDock *>(u"clusterDock"_s);
    QVERIFY(dock);
    QVERIFY(services.clusters()->add({ u"edge"_s, { u"node-a"_s, u"node-b"_s } }));
    dock->setCurrentCluster(u"edge"_s);
    QCOMPARE(dock->currentCluster(), u"edge"_s);
    // Kept next to the settings, atomically.
    QVERIFY(QFile::exists(dir.filePath(u"clusters.json"_s)));

    // Nothing is sent while a member is not open.
    dock->runAction(ServerAction(ServerAction::Kind::StateDrain, { { u"be"_s, u"s1"_s } }));
    QVERIFY(window.statusText().contains(u"not open"_s));
    QVERIFY(HaproxyFixture::rawCommand(m_a->adminSocket(), "show stat").contains("be,s1,"));

    // Connect Members opens both as instances of the window.
    dock->connectMembers();
    QCOMPARE(window.sessions().size(), 2);
    ClusterTableModel *model = dock->model();
    const auto ready = [&] {
        return model->rowForKey(u"s/be/s1"_s) >= 0 && model->snapshot(u"node-a"_s)
            && model->snapshot(u"node-b"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->divergentRowCount(), 0, 10000);

    // MAINT on one node only is a divergence, shown in the table and the summary.
    HaproxyFixture::rawCommand(m_b->adminSocket(), "set server be/s2 state maint");
    QTRY_VERIFY_WITH_TIMEOUT(model->divergentRowCount() > 0, 10000);
    const int row = model->rowForKey(u"s/be/s2"_s);
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(ClusterTableModel::DivergentRole).toBool());
    QVERIFY(dock->summaryLabel()->text().contains(u"differ"_s));
    // HADESK_SCREENSHOT_DIR=docs/screenshots: the README's picture of the dock.
    if (const QString shots = qEnvironmentVariable("HADESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dock->setFloating(true);
        dock->resize(900, 330);
        dock->show();
        dock->table()->resizeColumnsToContents();
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        QCoreApplication::sendPostedEvents();
        QVERIFY(dock->grab().save(QDir(shots).filePath(u"cluster-dock.png"_s)));
        dock->setFloating(false);
    }
    HaproxyFixture::rawCommand(m_b->adminSocket(), "set server be/s2 state ready");
    QTRY_COMPARE_WITH_TIMEOUT(model->divergentRowCount(), 0, 10000);

    // A weight for be/s1 on the cluster: preview, run, then both nodes have it.
    QTableView *table = dock->table();
    const QModelIndex source = model->index(model->rowForKey(u"s/be/s1"_s), 0);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    table->selectionModel()->select(
        proxy->mapFromSource(source), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(dock->selectedTargets().size(), 1);
    // The preview opens without blocking; run it, wait for the end, close it.
    QPointer<ClusterResultDialog> dialog = dock->runAction(
        ServerAction::setWeight(dock->selectedTargets(), CommandBuilder::Weight { 37, false }));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->accept(); // run
    QVERIFY(dialog->hasRun());
    QTRY_VERIFY(!dialog->runner()->isRunning());
    QVERIFY(dialog->runner()->summary().allOk());
    dialog->accept(); // close
    QTRY_VERIFY(!dialog); // deleted on close
    for (HaproxyFixture *fixture : { m_a.get(), m_b.get() })
        QCOMPARE(
            HaproxyFixture::rawCommand(fixture->adminSocket(), "get weight be/s1"), "37 (initial 1)\n\n");
    QVERIFY(window.statusText().contains(u"2 of 2"_s));
}

QTEST_MAIN(TestClusterDock)
#include "tst_clusterdock.moc"
