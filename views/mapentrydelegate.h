#pragma once

#include <QStyledItemDelegate>

// Paints an entry that differs from its map file with a tint (StatusColors): amber for a value
// that differs or an entry not in the file, red for one only in the file. The words are in the
// File column; the colour only helps the eye find them.
class MapEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
