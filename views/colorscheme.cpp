#include "views/colorscheme.h"

#include "models/settings.h"
#include "views/preferencesdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace {

// The style the application started with, once hadesk's own palette replaced the platform's.
struct Startup
{
    bool saved = false;
    QString style;
};

Startup &startup()
{
    static Startup state;
    return state;
}

ColorScheme::Scheme &currentScheme()
{
    static ColorScheme::Scheme scheme = ColorScheme::Scheme::System;
    return scheme;
}

// Fusion outlines check boxes and radio buttons in the window's colour darkened, which all
// but vanishes on a dark window: on a dark palette a ring in the palette's Mid colour is
// drawn over that outline, so an unchecked box or radio button can still be seen.
class FusionStyle : public QProxyStyle
{
public:
    FusionStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
        setObjectName(QStringLiteral("fusion"));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox)
            return;
        const QPalette &palette = option->palette;
        if (palette.color(QPalette::Window).lightness() >= palette.color(QPalette::WindowText).lightness())
            return; // a light palette: Fusion's own outline reads well
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Mid).lighter(130), 1.0));
        const QRectF box = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 1.5, 1.5);
        painter->restore();
    }
};

void setFusion()
{
    if (!dynamic_cast<FusionStyle *>(QApplication::style()))
        QApplication::setStyle(new FusionStyle);
}

} // namespace

QString ColorScheme::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ColorScheme::Scheme> ColorScheme::fromName(const QString &name)
{
    for (Scheme scheme : { Scheme::System, Scheme::Light, Scheme::Dark }) {
        if (name.trimmed().compare(ColorScheme::name(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

QPalette ColorScheme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x84);
    const QColor highlight(0x2f, 0x6f, 0xc0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    // Fusion draws frames and bevels from these.
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x48, 0x48, 0x4e));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

ColorScheme::Scheme ColorScheme::atStart(Settings &settings, QString *warning)
{
    const QString fromEnvironment = qEnvironmentVariable("HADESK_COLOR_SCHEME");
    if (!fromEnvironment.isEmpty()) {
        if (const std::optional<Scheme> scheme = fromName(fromEnvironment))
            return *scheme;
        if (warning)
            *warning = QCoreApplication::translate("ColorScheme",
                "HADESK_COLOR_SCHEME is “%1”: it should be dark, light or system; the saved choice applies")
                           .arg(fromEnvironment);
    }
    const QString stored = settings.store().value(settingsKey()).toString();
    return fromName(stored).value_or(Scheme::System);
}

void ColorScheme::apply(Scheme scheme)
{
    Startup &first = startup();
    currentScheme() = scheme;
    if (scheme == Scheme::System) {
        // Nothing set: the palette stays the platform's own and follows the desktop's changes.
        if (!first.saved)
            return;
        if (QApplication::style()->name() != first.style)
            QApplication::setStyle(QStyleFactory::create(first.style));
        QApplication::setPalette(QPalette()); // no role set: back to the platform's palette
        return;
    }
    if (!first.saved) {
        first.saved = true;
        first.style = QApplication::style()->name();
    }
    setFusion();
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

ColorScheme::Scheme ColorScheme::current()
{
    return currentScheme();
}

QMenu *ColorScheme::createMenu(Settings *settings, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("ColorScheme", "C&olours"), parent);
    menu->setObjectName(QStringLiteral("colorSchemeMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const struct
    {
        Scheme scheme;
        QString text;
        QString tip;
    } choices[] = {
        { Scheme::System, QCoreApplication::translate("ColorScheme", "Follow the &System"),
            QCoreApplication::translate("ColorScheme", "The colours of the desktop's theme") },
        { Scheme::Light, QCoreApplication::translate("ColorScheme", "&Light"),
            QCoreApplication::translate("ColorScheme", "Dark text on light backgrounds") },
        { Scheme::Dark, QCoreApplication::translate("ColorScheme", "&Dark"),
            QCoreApplication::translate("ColorScheme", "Light text on dark backgrounds") },
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("actionColors_%1").arg(name(choice.scheme)));
        action->setStatusTip(choice.tip);
        action->setCheckable(true);
        action->setChecked(choice.scheme == current());
        group->addAction(action);
        const Scheme scheme = choice.scheme;
        QObject::connect(action, &QAction::triggered, menu, [settings, scheme] {
            settings->store().setValue(settingsKey(), name(scheme));
            apply(scheme);
        });
    }
    // The Preferences may have changed it since.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [group] {
        for (QAction *action : group->actions())
            action->setChecked(
                action->objectName() == QStringLiteral("actionColors_%1").arg(name(current())));
    });
    return menu;
}

void ColorScheme::addPreferencesPage(Settings *settings, PreferencesDialog *dialog)
{
    auto *page = new QWidget(dialog);
    page->setObjectName(QStringLiteral("colorSchemePage"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *combo = new QComboBox(page);
    combo->setObjectName(QStringLiteral("colorSchemeCombo"));
    combo->addItem(QCoreApplication::translate("ColorScheme", "Follow the system"), name(Scheme::System));
    combo->addItem(QCoreApplication::translate("ColorScheme", "Light"), name(Scheme::Light));
    combo->addItem(QCoreApplication::translate("ColorScheme", "Dark"), name(Scheme::Dark));
    auto *label = new QLabel(QCoreApplication::translate("ColorScheme", "&Colours:"), page);
    label->setBuddy(combo);
    form->addRow(label, combo);
    auto *note = new QLabel(
        QCoreApplication::translate("ColorScheme",
            "Applied to every window, charts included, with OK or Apply (also in View › Colours)."),
        page);
    note->setWordWrap(true);
    form->addRow(note);
    const auto read = [combo] { combo->setCurrentIndex(qMax(0, combo->findData(name(current())))); };
    read();
    QObject::connect(dialog, &PreferencesDialog::reloaded, combo, read);
    QObject::connect(dialog, &PreferencesDialog::applied, combo, [settings, combo] {
        const Scheme scheme = fromName(combo->currentData().toString()).value_or(Scheme::System);
        settings->store().setValue(settingsKey(), name(scheme));
        if (scheme != current())
            apply(scheme);
    });
    dialog->addPage(page, QCoreApplication::translate("ColorScheme", "Colours"));
}
