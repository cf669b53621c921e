#pragma once

#include "core/parsers/statparser.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

// Paints a stat row in the colour HAProxy's own stats page gives its state (UP green, DOWN
// red, MAINT brown, DRAIN blue...), from the model's TypeRole, StateRole, InTransitionRole
// and BackupRole, so an operator who knows that page reads this one at a glance. In a dark
// palette the colours are toned down towards the base colour, and the text colour is always
// picked for contrast with the background it is drawn on.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Colors
    {
        QColor background; // invalid: the view's own (alternating) background
        QColor text; // invalid: the palette's text colour
    };

    explicit StatusDelegate(QObject *parent = nullptr);

    // HAProxy's stats-page colour for a row, before any palette adjustment; invalid when the
    // row keeps the view's background (an open frontend, an unknown state).
    // inherited: the state comes from a tracked server ("MAINT (via be/srv)"); lighter, as
    // nothing can be done about it on this row.
    static QColor stateColor(
        StatRow::Type type, StatStatus::State state, bool inTransition, bool backup, bool inherited = false);
    // The colours such a row gets in this palette. Public so that tests and legends use the
    // very colours the table shows.
    static Colors colors(StatRow::Type type, StatStatus::State state, bool inTransition, bool backup,
        const QPalette &palette, bool inherited = false);
    // The colours of the row `index` is in, read from the model's roles.
    static Colors colorsFor(const QModelIndex &index, const QPalette &palette);
    // Black or white, whichever reads better on background.
    static QColor contrastingText(const QColor &background);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The stats page's shade for the state, before inheritance and the backup tint.
    static QColor stateShade(StatStatus::State state, bool inTransition, bool backup);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
