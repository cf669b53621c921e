#include "views/statuscolors.h"

#include <QEvent>
#include <QPalette>
#include <QVariant>
#include <QWidget>

#include <cmath>

namespace {

QColor mix(const QColor &a, const QColor &b, double bShare)
{
    const double aShare = 1.0 - bShare;
    return QColor::fromRgbF(float(a.redF() * aShare + b.redF() * bShare),
        float(a.greenF() * aShare + b.greenF() * bShare), float(a.blueF() * aShare + b.blueF() * bShare));
}

// Relative luminance as WCAG defines it, enough to choose black or white text.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

const char *const ToneProperty = "hadeskTextTone";
const char *const KeeperProperty = "hadeskTextToneKept";

const char *const ApplyingProperty = "hadeskTextToneApplying";

void applyTone(QWidget *widget, StatusColors::Tone tone, const QPalette &around)
{
    QPalette palette = widget->palette();
    const QColor color = StatusColors::text(tone, around);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setProperty(ApplyingProperty, true);
    widget->setPalette(palette);
    widget->setProperty(ApplyingProperty, QVariant());
}

// Writes a widget's tone again when its palette changes under it (a new application palette
// reaches a widget that is not a window this way).
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::PaletteChange)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        const QVariant tone = widget->property(ToneProperty);
        if (!tone.isValid() || widget->property(ApplyingProperty).toBool())
            return false;
        // The text colour is the tone's own now: whether the palette is dark is read from
        // its window colour alone.
        QPalette around = widget->palette();
        const bool dark = around.color(QPalette::Window).lightness() < 128;
        around.setColor(QPalette::WindowText, dark ? QColor(Qt::white) : QColor(Qt::black));
        applyTone(widget, StatusColors::Tone(tone.toInt()), around);
        return false;
    }
};

} // namespace

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
    case Tone::Urgent:
        return dark ? QColor(0xff, 0x9a, 0x4d) : QColor(0xa8, 0x43, 0x00);
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
    case Tone::Urgent:
        return QColor(255, 110, 0, 90);
    }
    return {};
}

QColor StatusColors::markBackground(const QPalette &palette)
{
    return isDarkBase(palette) ? QColor(0xc0, 0x30, 0x30) : QColor(0xff, 0x9c, 0x9c);
}

void StatusColors::setTextTone(QWidget *widget, Tone tone)
{
    // The tone is worked out again when the application's palette changes (View › Colours):
    // a red chosen for a light window would be unreadable on a dark one.
    if (!widget->property(KeeperProperty).toBool()) {
        widget->installEventFilter(new ToneKeeper(widget));
        widget->setProperty(KeeperProperty, true);
    }
    widget->setProperty(ToneProperty, int(tone));
    applyTone(widget, tone, widget->palette());
}

void StatusColors::clearTextTone(QWidget *widget)
{
    widget->setProperty(ToneProperty, QVariant());
    widget->setPalette(QPalette());
}

QColor StatusColors::shade(Shade shade)
{
    switch (shade) {
    case Shade::Up:
        return QColor(0xc0, 0xff, 0xc0);
    case Shade::UpBackup:
        return QColor(0xc0, 0xd8, 0xff);
    case Shade::Down:
        return QColor(0xff, 0x90, 0x90);
    case Shade::Drain:
        return QColor(0x80, 0xb8, 0xff);
    case Shade::Busy:
        return QColor(0xff, 0xb8, 0x60);
    case Shade::Maint:
        return QColor(0xc0, 0xa0, 0x90);
    case Shade::NoCheck:
        return QColor(0xe0, 0xe0, 0xe0);
    case Shade::GoingUp:
        return QColor(0xff, 0xd0, 0x20); // orange-yellow
    case Shade::GoingDown:
    case Shade::Waiting:
        return QColor(0xff, 0xff, 0xa0); // yellow
    }
    return {};
}

QColor StatusColors::faded(const QColor &shade)
{
    return mix(shade, QColor(Qt::white), 0.4);
}

QColor StatusColors::backupTinted(const QColor &shade)
{
    return mix(shade, QColor(0x90, 0xb0, 0xff), 0.25);
}

bool StatusColors::isDarkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColors::rowBackground(const QColor &shade, const QPalette &palette)
{
    return isDarkBase(palette) ? mix(shade, palette.color(QPalette::Base), 0.6) : shade;
}

QColor StatusColors::contrastingText(const QColor &background)
{
    // The threshold where black and white text have the same contrast ratio.
    return luminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}
