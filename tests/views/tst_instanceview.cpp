// InstanceView on a recorded `show stat`: the three cuts of one model and their counts, the
// side list restricting the servers, the filter and state toggles leaving the side list
// alone, no model meaning an empty table, copying names, and the layout saved and restored.

#include "core/parsers/statparser.h"
#include "models/settings.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "views/instanceview.h"
#include "views/stattableview.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

SnapshotPtr recordedSnapshot()
{
    QFile file(QFINDTESTDATA("data/stat_26_statuses.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read stat_26_statuses.csv");
    const Result<StatTable> table = StatParser::parse(file.readAll());
    if (!table)
        qFatal("stat_26_statuses.csv does not parse: %s", qPrintable(table.error()));
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->sequence = 1;
    snapshot->stat = *table;
    return snapshot;
}

int rowOf(const QAbstractItemModel *model, const QString &proxy)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StatTableModel::ProxyNameRole).toString() == proxy)
            return row;
    }
    return -1;
}

int rowsWithStatus(const QAbstractItemModel *model, const QString &prefix)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StatTableModel::Status).data().toString().startsWith(prefix))
            ++count;
    }
    return count;
}

} // namespace

class TestInstanceView : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<StatTableModel>();
        m_model->setSnapshot(recordedSnapshot());
    }

    void emptyWithoutModel()
    {
        InstanceView view;
        QVERIFY(!view.hasModel());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Servers (0)"));
        view.setModel(m_model.get());
        QVERIFY(view.hasModel());
        QVERIFY(view.serversProxy()->rowCount() > 0);
        view.setModel(nullptr);
        QVERIFY(!view.hasModel());
        QCOMPARE(view.serversProxy()->rowCount(), 0);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Servers (0)"));
    }

    void backendSelectionRestrictsServers()
    {
        InstanceView view;
        view.setModel(m_model.get());
        const int servers = view.serversProxy()->rowCount();
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Servers (%1)").arg(servers));
        QCOMPARE(
            view.tabs()->tabText(1), QStringLiteral("Frontends (%1)").arg(view.frontendsProxy()->rowCount()));
        view.tabs()->setCurrentIndex(1);

        QSignalSpy selected(&view, &InstanceView::backendSelectionChanged);
        const int bdown = rowOf(view.backendsProxy(), QStringLiteral("bdown"));
        QVERIFY(bdown >= 0);
        view.backendsView()->selectionModel()->select(view.backendsProxy()->index(bdown, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(view.selectedBackends(), QStringList { QStringLiteral("bdown") });
        QCOMPARE(view.serversProxy()->rowCount(), 1);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Servers (1)"));
        QCOMPARE(view.currentTable(), view.serversView()); // where the answer is

        auto *showAll = view.findChild<QToolButton *>(QStringLiteral("allBackendsButton"));
        QVERIFY(showAll && showAll->isEnabled());
        showAll->click();
        QVERIFY(view.selectedBackends().isEmpty());
        QCOMPARE(view.serversProxy()->rowCount(), servers);
        QVERIFY(!showAll->isEnabled());
    }

    void filtersLeaveTheSideListAlone()
    {
        InstanceView view;
        view.setModel(m_model.get());
        const int backends = view.backendsProxy()->rowCount();
        const int servers = view.serversProxy()->rowCount();
        view.setFilterText(QStringLiteral("dyn1"));
        view.applyFilterTextNow();
        QCOMPARE(view.serversProxy()->rowCount(), 1);
        QCOMPARE(view.frontendsProxy()->rowCount(), 0);
        QCOMPARE(view.backendsProxy()->rowCount(), backends);
        view.setFilterText({});
        view.applyFilterTextNow();
        QCOMPARE(view.serversProxy()->rowCount(), servers);

        const int maint = rowsWithStatus(view.serversProxy(), QStringLiteral("MAINT"));
        QVERIFY(maint > 0);
        view.setHideMaint(true);
        QCOMPARE(view.serversProxy()->rowCount(), servers - maint);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Servers (%1)").arg(servers - maint));
        QCOMPARE(view.backendsProxy()->rowCount(), backends);
        view.setHideMaint(false);
        QCOMPARE(view.serversProxy()->rowCount(), servers);
    }

    void copyNamesWithoutConnection()
    {
        InstanceView view;
        view.setModel(m_model.get());
        const QList<QAction *> copy = view.copyActions();
        QCOMPARE(copy.size(), 3);
        QCOMPARE(view.activeTable(), view.serversView()); // no focus, no menu: the tab shown
        QVERIFY(!copy.at(0)->isEnabled()); // nothing selected

        const QAbstractItemModel *servers = view.serversProxy();
        QItemSelectionModel *selection = view.serversView()->selectionModel();
        for (int row : { 0, 1 })
            selection->select(
                servers->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(copy.at(0)->isEnabled());
        QVERIFY(!copy.at(1)->isEnabled()); // socat lines need an endpoint
        QVERIFY(!copy.at(2)->isEnabled());

        QSignalSpy messages(&view, &InstanceView::transientMessage);
        copy.at(0)->trigger();
        QStringList expected;
        for (int row : { 0, 1 })
            expected << servers->index(row, 0).data(StatTableModel::ProxyNameRole).toString() + u'/'
                    + servers->index(row, 0).data(StatTableModel::ServerNameRole).toString();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(u'\n'));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Copied 2 name(s)"));
    }

    void layoutRoundTrip()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hadesk.ini")));
        const InstanceView::LayoutKeys keys { QStringLiteral("t/splitter"), QStringLiteral("t/servers"),
            QStringLiteral("t/frontends"), QStringLiteral("t/backends"), QStringLiteral("t/tab") };
        {
            InstanceView view;
            QVERIFY(!view.restoreLayout(&settings, keys)); // nothing saved yet
            view.serversView()->horizontalHeader()->setSectionHidden(StatTableModel::Address, true);
            view.tabs()->setCurrentIndex(1);
            view.saveLayout(&settings, keys);
        }
        InstanceView view;
        QVERIFY(view.restoreLayout(&settings, keys));
        QVERIFY(view.serversView()->horizontalHeader()->isSectionHidden(StatTableModel::Address));
        QCOMPARE(view.tabs()->currentIndex(), 1);
    }

private:
    std::unique_ptr<StatTableModel> m_model;
};

QTEST_MAIN(TestInstanceView)
#include "tst_instanceview.moc"
