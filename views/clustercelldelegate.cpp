#include "views/clustercelldelegate.h"

#include "models/clustertablemodel.h"
#include "views/statuscolors.h"

void ClusterCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ClusterTableModel::DivergentCellRole).toBool())
        option->backgroundBrush = StatusColors::tint(StatusColors::Tone::Warning);
    if (index.data(ClusterTableModel::HeadingRole).toBool())
        option->font.setBold(true);
}
