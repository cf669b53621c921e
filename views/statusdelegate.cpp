#include "views/statusdelegate.h"

#include "models/stattablemodel.h"
#include "views/statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace {

// Extra space inside each cell's left and right edges, so a right-aligned number never
// touches the left-aligned text of the next column.
constexpr int TextMargin = 3;

using State = StatStatus::State;

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor StatusDelegate::stateColor(
    StatRow::Type type, State state, bool inTransition, bool backup, bool inherited)
{
    QColor color = stateShade(state, inTransition, backup);
    if (color.isValid() && inherited)
        color = StatusColors::faded(color);
    // Backup servers get a blue tint whatever their state, as on the stats page.
    if (color.isValid() && backup && type == StatRow::Type::Server && !(state == State::Up && !inTransition))
        color = StatusColors::backupTinted(color);
    return color;
}

QColor StatusDelegate::stateShade(State state, bool inTransition, bool backup)
{
    using Shade = StatusColors::Shade;
    if (inTransition)
        return StatusColors::shade(state == State::Down ? Shade::GoingUp : Shade::GoingDown);
    switch (state) {
    case State::Up:
        return StatusColors::shade(backup ? Shade::UpBackup : Shade::Up);
    case State::Down:
    case State::Stop:
        return StatusColors::shade(Shade::Down);
    case State::Drain:
        return StatusColors::shade(Shade::Drain);
    case State::Nolb:
    case State::Full:
        return StatusColors::shade(Shade::Busy);
    case State::Maint:
        return StatusColors::shade(Shade::Maint);
    case State::NoCheck:
        return StatusColors::shade(Shade::NoCheck);
    case State::Paused:
    case State::Waiting:
        return StatusColors::shade(Shade::Waiting);
    case State::Open:
    case State::Unknown:
        // An open frontend or listener is the normal case: no colour, so the rare stopped one
        // stands out.
        break;
    }
    return {};
}

StatusDelegate::Colors StatusDelegate::colors(
    StatRow::Type type, State state, bool inTransition, bool backup, const QPalette &palette, bool inherited)
{
    Colors result;
    const QColor color = stateColor(type, state, inTransition, backup, inherited);
    if (!color.isValid())
        return result;
    result.background = StatusColors::rowBackground(color, palette);
    result.text = contrastingText(result.background);
    return result;
}

StatusDelegate::Colors StatusDelegate::colorsFor(const QModelIndex &index, const QPalette &palette)
{
    if (!index.isValid())
        return {};
    const QVariant type = index.data(StatTableModel::TypeRole);
    const QVariant state = index.data(StatTableModel::StateRole);
    if (!type.isValid() || !state.isValid())
        return {};
    // Only maintenance is inherited from a tracked server; the text is read only then.
    const bool inherited = State(state.toInt()) == State::Maint
        && index.siblingAtColumn(StatTableModel::Status)
               .data(StatTableModel::RawRole)
               .toString()
               .contains(QLatin1String("(via "));
    return colors(StatRow::Type(type.toInt()), State(state.toInt()),
        index.data(StatTableModel::InTransitionRole).toBool(),
        index.data(StatTableModel::BackupRole).toBool(), palette, inherited);
}

QColor StatusDelegate::contrastingText(const QColor &background)
{
    return StatusColors::contrastingText(background);
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Colors c = colorsFor(index, option->palette);
    if (!c.background.isValid())
        return;
    QColor background = c.background;
    // Keep the alternating stripes visible inside a block of same-state rows, so the eye
    // can follow a row across 20 columns.
    if (option->features & QStyleOptionViewItem::Alternate)
        background =
            StatusColors::isDarkBase(option->palette) ? background.lighter(112) : background.darker(106);
    option->backgroundBrush = background;
    option->palette.setColor(QPalette::Text, contrastingText(background));
    // The status cell of a selected row keeps its colour: the state of what is selected is
    // what an operator checks before acting on it.
    if (index.column() == StatTableModel::Status)
        option->state &= ~QStyle::State_Selected;
}

void StatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and the selection fill the whole cell, then the text is drawn inset.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    opt.rect.adjust(TextMargin, 0, -TextMargin, 0);
    opt.backgroundBrush = Qt::NoBrush;
    if (!opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // Only text, as in every cell of the stat tables: drawn here on one line rather than
    // through the style's item painter, which lays each cell's text out as a paragraph. At
    // 10,000 servers the table repaints every second and this halves the time it takes.
    // What the style would add is kept: its text margin, the colours for selected and
    // disabled cells, eliding, and the focus frame.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    if (!opt.text.isEmpty() && textRect.width() > 0) {
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        const QString text = opt.fontMetrics.horizontalAdvance(opt.text) <= textRect.width()
            ? opt.text
            : opt.fontMetrics.elidedText(opt.text, opt.textElideMode, textRect.width());
        painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine, text);
        painter->restore();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * TextMargin, 0);
}
