#pragma once

#include <QColor>

class QPalette;
class QWidget;

// The one table of the colours that say how something went: error, warning, ok. Each tone
// has a text colour readable on the palette's window and base (darker on a light palette,
// lighter on a dark one) and a translucent tint for a cell's background, which reads on
// both. State is always said in words as well; the colour only helps the eye find it.
class StatusColors
{
public:
    enum class Tone { Error, Warning, Ok };

    static bool isDark(const QPalette &palette);
    static QColor text(Tone tone, const QPalette &palette);
    static QColor tint(Tone tone);
    // Writes a label's (or any widget's) text in the tone, through its palette: no style
    // sheet, so the rest of the palette stays the user's.
    static void setTextTone(QWidget *widget, Tone tone);
    // Back to the inherited palette.
    static void clearTextTone(QWidget *widget);
};
