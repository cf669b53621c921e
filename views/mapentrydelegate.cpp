#include "views/mapentrydelegate.h"

#include "core/parsers/mapfile.h"
#include "models/mapentriesmodel.h"
#include "views/statuscolors.h"

void MapEntryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (MapFileState(index.data(MapEntriesModel::FileStateRole).toInt())) {
    case MapFileState::Differs:
    case MapFileState::NotInFile:
        option->backgroundBrush = StatusColors::tint(StatusColors::Tone::Warning);
        break;
    case MapFileState::OnlyInFile:
        option->backgroundBrush = StatusColors::tint(StatusColors::Tone::Error);
        break;
    default:
        break;
    }
}
