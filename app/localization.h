#pragma once

#include <QString>

class QCoreApplication;

// Installs Qt's own catalog (qtbase_<lang> from Qt's translations folder) and hadesk's
// (embedded as :/i18n/hadesk_<lang>.qm) for `language`: a code such as "de", "fr" or "pt_BR";
// empty follows the system locale. Translators installed by an earlier call are removed first,
// so it can be called again when the user picks another language (widgets then retranslate
// on QEvent::LanguageChange). English needs no catalog. A catalog that fails to load is logged
// with qWarning and the strings stay English; returns false then.
bool installTranslations(QCoreApplication &app, const QString &language);
