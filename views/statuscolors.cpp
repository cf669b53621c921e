#include "views/statuscolors.h"

#include <QPalette>
#include <QWidget>

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor StatusColors::text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Ok:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x16, 0x69, 0x2d);
    }
    return palette.color(QPalette::WindowText);
}

QColor StatusColors::tint(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(220, 40, 40, 70);
    case Tone::Warning:
        return QColor(255, 170, 0, 90);
    case Tone::Ok:
        return QColor(40, 180, 70, 60);
    }
    return {};
}

void StatusColors::setTextTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    const QColor color = text(tone, palette);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

void StatusColors::clearTextTone(QWidget *widget)
{
    widget->setPalette(QPalette());
}
