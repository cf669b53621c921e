#include "app/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Marks the translators this file installed, so a second call can find and remove them.
const char *const TranslatorName = "hadesk-translator";

void removeInstalledTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators =
        app.findChildren<QTranslator *>(QString::fromLatin1(TranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// QTranslator::load(QLocale, ...) tries each of the locale's UI languages and their fallbacks
// ("de_CH" then "de"), which is what a Swiss user with a German catalog wants.
bool install(QCoreApplication &app, const QLocale &locale, const QString &catalog, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(TranslatorName));
    if (!translator->load(locale, catalog, QStringLiteral("_"), folder)) {
        qWarning("hadesk: no %s translation for %s in %s; the user interface stays English",
            qUtf8Printable(catalog), qUtf8Printable(locale.name()), qUtf8Printable(folder));
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QString &language)
{
    removeInstalledTranslators(app);

    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        if (locale.language() == QLocale::C) {
            qWarning(
                "hadesk: unknown language '%s'; the user interface stays English", qUtf8Printable(language));
            return false;
        }
        // Numbers and dates follow the language the user chose, not only the words.
        QLocale::setDefault(locale);
    }
    // The source strings are English; "C" is what a bare CI or container environment reports.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    // Both are tried even if the first fails, so a missing Qt catalog (a separate package on
    // most distributions) still leaves hadesk's own strings translated.
    const bool qtLoaded =
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const bool ownLoaded = install(app, locale, QStringLiteral("hadesk"), QStringLiteral(":/i18n"));
    return qtLoaded && ownLoaded;
}
