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
    // Urgent sits between Warning and Error: what fails soon (a certificate expiring in days).
    enum class Tone { Error, Warning, Ok, Urgent };

    static bool isDark(const QPalette &palette);
    static QColor text(Tone tone, const QPalette &palette);
    static QColor tint(Tone tone);
    // Writes a label's (or any widget's) text in the tone, through its palette: no style
    // sheet, so the rest of the palette stays the user's.
    static void setTextTone(QWidget *widget, Tone tone);
    // Back to the inherited palette.
    static void clearTextTone(QWidget *widget);
    // The solid background that marks one offending character in text (the byte HAProxy
    // refused): a strong red on a light base, a deep one on a dark base; write the character
    // with contrastingText() on it.
    static QColor markBackground(const QPalette &palette);

    // The backgrounds HAProxy's stats page gives a row's state (haproxy's stats.c: UP green,
    // DOWN red, MAINT brown, DRAIN blue…), with DRAIN, NOLB and MAINT made easier to tell
    // apart: pastels for a light base. rowBackground() fits one to the palette at hand.
    enum class Shade {
        Up,
        UpBackup,
        Down, // also stopped
        Drain,
        Busy, // NOLB, FULL
        Maint,
        NoCheck,
        GoingUp, // DOWN, coming back
        GoingDown, // UP, failing checks
        Waiting, // paused, waiting
    };
    static QColor shade(Shade shade);
    // Lighter, for a state inherited from a tracked server: nothing can be done about it there.
    static QColor faded(const QColor &shade);
    // The blue tint backup servers get whatever their state, as on the stats page.
    static QColor backupTinted(const QColor &shade);
    // Whether the base the tables paint on is dark.
    static bool isDarkBase(const QPalette &palette);
    // A shade as a row's background in this palette: on a dark base pulled most of the way
    // towards it (pastels glare there), keeping enough hue to tell the states apart.
    static QColor rowBackground(const QColor &shade, const QPalette &palette);
    // Black or white, whichever reads better on the background.
    static QColor contrastingText(const QColor &background);
};
