#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class PreferencesDialog;
class QMenu;
class QWidget;
class Settings;

// The colours hadesk paints with: the system's, or a light or dark palette of its own on the
// Fusion style (Qt 6.4, Debian 12's, has no colour-scheme hint to follow). The choice is kept
// in the settings ("appearance/colorScheme"), picked in View › Colours and applied at once;
// HADESK_COLOR_SCHEME=dark|light|system overrides it for one run (screenshots).
class ColorScheme
{
public:
    enum class Scheme { System, Light, Dark };

    static QString settingsKey() { return QStringLiteral("appearance/colorScheme"); }
    static QString name(Scheme scheme); // "system", "light", "dark": what the settings keep
    static std::optional<Scheme> fromName(const QString &name);

    static QPalette lightPalette();
    static QPalette darkPalette();

    // The scheme to start with: HADESK_COLOR_SCHEME when it names one, else the setting,
    // else the system's. A name that is none of them is said on *warning and changes nothing.
    static Scheme atStart(Settings &settings, QString *warning = nullptr);
    // Applies to the whole application: the palette (and the Fusion style for light and
    // dark); System puts back the style and palette the application started with.
    static void apply(Scheme scheme);
    static Scheme current();

    // View › Colours: three exclusive checkable choices, stored and applied when picked.
    static QMenu *createMenu(Settings *settings, QWidget *parent);
    // The same choice as a "Colours" page of Edit › Preferences: stored and applied with the
    // dialog's OK or Apply, read again when it reloads.
    static void addPreferencesPage(Settings *settings, PreferencesDialog *dialog);
};
