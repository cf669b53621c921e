#include "models/clustertablemodel.h"
#include "views/clustercelldelegate.h"
#include "views/statuscolors.h"

#include <QStandardItemModel>
#include <QTest>

// The cluster table's states, painted: the model says "divergent" and "heading", the
// delegate tints and bolds.
class TestClusterCellDelegate : public QObject
{
    Q_OBJECT

    class Delegate : public ClusterCellDelegate
    {
    public:
        using ClusterCellDelegate::initStyleOption;
    };

private slots:
    void paintsTheModelsStates()
    {
        QStandardItemModel model(1, 3);
        model.setData(model.index(0, 0), QStringLiteral("be"));
        model.setData(model.index(0, 0), true, ClusterTableModel::HeadingRole);
        model.setData(model.index(0, 1), true, ClusterTableModel::DivergentCellRole);
        model.setData(model.index(0, 2), false, ClusterTableModel::DivergentCellRole);
        Delegate delegate;

        QStyleOptionViewItem heading;
        delegate.initStyleOption(&heading, model.index(0, 0));
        QVERIFY(heading.font.bold());
        QCOMPARE(heading.backgroundBrush.style(), Qt::NoBrush);

        QStyleOptionViewItem divergent;
        delegate.initStyleOption(&divergent, model.index(0, 1));
        QCOMPARE(divergent.backgroundBrush.color(), StatusColors::tint(StatusColors::Tone::Warning));
        QVERIFY(!divergent.font.bold());

        QStyleOptionViewItem plain;
        delegate.initStyleOption(&plain, model.index(0, 2));
        QCOMPARE(plain.backgroundBrush.style(), Qt::NoBrush);
    }
};

QTEST_MAIN(TestClusterCellDelegate)
#include "tst_clustercelldelegate.moc"
