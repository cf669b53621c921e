// StatTableView repaints what a merge changed and the viewport shows, nothing more: a cell
// whose text changed is repainted, a change of the RawRole alone, a row scrolled out of
// sight and a hidden column are not.

#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/support/snapshotbuilder.h"
#include "views/stattableview.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPaintEvent>
#include <QRegion>
#include <QTest>

namespace {

constexpr int Servers = 200;

// Every paint of a widget, as one region.
class PaintLog : public QObject
{
public:
    explicit PaintLog(QWidget *widget) { widget->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestStatTableView : public QObject
{
    Q_OBJECT

    // Servers s000..s199 of one backend; `lastchg` for all, and the sessions of s000 and
    // the downtime of s001 as given.
    static SnapshotPtr snapshot(
        qint64 lastchg, qint64 firstSessions, qint64 lastSessions = 0, qint64 downtime = 0)
    {
        SnapshotBuilder builder;
        for (int i = 0; i < Servers; ++i) {
            builder.server("be", "s" + QByteArray::number(i).rightJustified(3, '0')).set("lastchg", lastchg);
            builder.sessions(i == 0 ? firstSessions : (i == Servers - 1 ? lastSessions : 0));
            builder.set("downtime", i == 1 ? downtime : 0);
        }
        return builder.build();
    }

private slots:
    void repaintsOnlyChangedCellsInSight()
    {
        StatTableModel model;
        StatFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        StatTableView view;
        view.setModel(&proxy);
        view.sortByColumn(StatTableModel::Name, Qt::AscendingOrder);
        view.setColumnHidden(StatTableModel::Downtime, true);
        view.horizontalHeader()->setDefaultSectionSize(30); // every column in sight
        view.resize(900, 300);
        model.setSnapshot(snapshot(7200, 0));
        PaintLog log(view.viewport());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!log.painted.isEmpty()); // the first showing, all of it
        QCoreApplication::processEvents(); // and whatever it posted
        log.painted = {};
        const QModelIndex first = proxy.index(0, StatTableModel::CurrentSessions);
        QVERIFY(view.visualRect(first).isValid());
        QVERIFY(!view.viewport()->rect().intersects(view.visualRect(proxy.index(Servers - 1, 0))));

        // A cell whose text changed: that cell, and nothing else.
        model.setSnapshot(snapshot(7200, 1));
        QTRY_VERIFY(!log.painted.isEmpty());
        QCOMPARE(log.painted, QRegion(view.visualRect(first)));

        // The last change of every row, still "2h 0m"; the sessions of a row out of sight;
        // the downtime of a row whose column is hidden. Then one cell in sight changes: it
        // is all that is painted.
        log.painted = {};
        model.setSnapshot(snapshot(7201, 1));
        model.setSnapshot(snapshot(7202, 1, 5));
        model.setSnapshot(snapshot(7203, 1, 5, 60));
        model.setSnapshot(snapshot(7204, 2, 5, 60));
        QTRY_VERIFY(!log.painted.isEmpty());
        QCOMPARE(log.painted, QRegion(view.visualRect(first)));
        QCOMPARE(first.data().toString(), QStringLiteral("2"));

        // Its text changes: the column, down the rows in sight.
        log.painted = {};
        model.setSnapshot(snapshot(7260, 2, 5, 60));
        QTRY_VERIFY(!log.painted.isEmpty());
        const QRect column = view.visualRect(proxy.index(0, StatTableModel::LastChange));
        QCOMPARE(log.painted.boundingRect().left(), column.left());
        QCOMPARE(log.painted.boundingRect().width(), column.width());
        QCOMPARE(log.painted.boundingRect().top(), column.top());
        QVERIFY(log.painted.boundingRect().bottom() >= view.viewport()->rect().bottom());
    }
};

QTEST_MAIN(TestStatTableView)
#include "tst_stattableview.moc"
