#include "views/statusdelegate.h"

#include "models/stattablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace {

// Extra space inside each cell's left and right edges, so a right-aligned number never
// touches the left-aligned text of the next column.
constexpr int TextMargin = 3;

using State = StatStatus::State;

// Relative luminance as WCAG defines it, enough to choose black or white text.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, double bShare)
{
    const double aShare = 1.0 - bShare;
    return QColor::fromRgbF(float(a.redF() * aShare + b.redF() * bShare),
        float(a.greenF() * aShare + b.greenF() * bShare), float(a.blueF() * aShare + b.blueF() * bShare));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor StatusDelegate::stateColor(
    StatRow::Type type, State state, bool inTransition, bool backup, bool inherited)
{
    // The stats page's palette (haproxy's stats.c), with DRAIN, NOLB and MAINT made easier
    // to tell apart from backup rows and from each other.
    QColor color;
    if (inTransition && state == State::Down) {
        color = QColor(0xff, 0xd0, 0x20); // going up: orange-yellow
    } else if (inTransition) {
        color = QColor(0xff, 0xff, 0xa0); // going down: yellow
    } else {
        switch (state) {
        case State::Up:
            color = backup ? QColor(0xc0, 0xd8, 0xff) : QColor(0xc0, 0xff, 0xc0);
            break;
        case State::Down:
        case State::Stop:
            color = QColor(0xff, 0x90, 0x90);
            break;
        case State::Drain:
            color = QColor(0x80, 0xb8, 0xff);
            break;
        case State::Nolb:
        case State::Full:
            color = QColor(0xff, 0xb8, 0x60);
            break;
        case State::Maint:
            color = QColor(0xc0, 0xa0, 0x90);
            break;
        case State::NoCheck:
            color = QColor(0xe0, 0xe0, 0xe0);
            break;
        case State::Paused:
        case State::Waiting:
            color = QColor(0xff, 0xff, 0xa0);
            break;
        case State::Open:
        case State::Unknown:
            // An open frontend or listener is the normal case: no colour, so the rare
            // stopped one stands out.
            break;
        }
    }
    if (color.isValid() && inherited)
        color = mix(color, QColor(Qt::white), 0.4);
    // Backup servers get a blue tint whatever their state, as on the stats page.
    if (color.isValid() && backup && type == StatRow::Type::Server && !(state == State::Up && !inTransition))
        color = mix(color, QColor(0x90, 0xb0, 0xff), 0.25);
    return color;
}

StatusDelegate::Colors StatusDelegate::colors(
    StatRow::Type type, State state, bool inTransition, bool backup, const QPalette &palette, bool inherited)
{
    Colors result;
    QColor color = stateColor(type, state, inTransition, backup, inherited);
    if (!color.isValid())
        return result;
    // Pastels glare on a dark palette: pull them most of the way towards its base colour,
    // keeping enough hue to tell the states apart.
    if (isDark(palette))
        color = mix(color, palette.color(QPalette::Base), 0.6);
    result.background = color;
    result.text = contrastingText(color);
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
    // The threshold where black and white text have the same contrast ratio.
    return luminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
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
        background = isDark(option->palette) ? background.lighter(112) : background.darker(106);
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
