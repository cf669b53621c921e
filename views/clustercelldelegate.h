#pragma once

#include <QStyledItemDelegate>

// Paints ClusterTableModel's states: a warning tint behind the cells that show a divergence
// (ClusterTableModel::DivergentCellRole), a bold backend name (HeadingRole). The model says
// what a cell is; this decides how it looks.
class ClusterCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
