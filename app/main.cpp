// hadesk's entry point: reads the command line, loads translations and settings, and shows
// the main window, connected at once when an endpoint or a profile was given.

#include "app/commandline.h"
#include "app/localization.h"
#include "app/services.h"
#include "core/storage/auditlog.h"
#include "core/storage/writablefile.h"
#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "views/colorscheme.h"
#include "views/instanceview.h"
#include "views/mainwindow.h"
#include "views/stattableview.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

// HADESK_SCREENSHOT_SELECT=app3 selects the servers' row of that name, and
// HADESK_SCREENSHOT_ACTION=actionSetWeight triggers that action (its object name), half a
// second before the shot; the dialog it opened is what is saved then.
void prepareScreenshotAction(MainWindow *window, int shotMs)
{
    const QString select = qEnvironmentVariable("HADESK_SCREENSHOT_SELECT");
    const QString action = qEnvironmentVariable("HADESK_SCREENSHOT_ACTION");
    if (select.isEmpty() && action.isEmpty())
        return;
    QTimer::singleShot(std::max(0, shotMs - 500), window, [window, select, action] {
        StatTableView *servers = window->findChild<InstanceView *>()->serversView();
        const QModelIndexList found = servers->model()->match(
            servers->model()->index(0, 0), Qt::DisplayRole, select, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            servers->selectRow(found.first().row());
        if (auto *trigger = window->findChild<QAction *>(action))
            trigger->trigger();
    });
}

// What the screenshot shows: a dialog open on the window, else the window.
QWidget *screenshotTarget(MainWindow *window)
{
    const QList<QDialog *> dialogs = window->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return window;
}

// HADESK_SCREENSHOT=/path/shot.png: grab the main window after HADESK_SCREENSHOT_DELAY seconds
// (default 3), save it and quit. For the documentation's screenshots and for looking at the
// GUI under Xvfb; HADESK_SCREENSHOT_SIZE=WIDTHxHEIGHT sets the window size first, and
// HADESK_SCREENSHOT_DOCKS=chartsDock,... shows those docks (their object names).
void scheduleScreenshot(MainWindow *window)
{
    const QString path = qEnvironmentVariable("HADESK_SCREENSHOT");
    if (path.isEmpty())
        return;
    const QStringList size = qEnvironmentVariable("HADESK_SCREENSHOT_SIZE").split(u'x');
    if (size.size() == 2 && size.first().toInt() > 0 && size.last().toInt() > 0)
        window->resize(size.first().toInt(), size.last().toInt());
    const QStringList docks = qEnvironmentVariable("HADESK_SCREENSHOT_DOCKS").split(u',', Qt::SkipEmptyParts);
    for (const QString &name : docks) {
        if (auto *dock = window->findChild<QDockWidget *>(name)) {
            dock->show();
            dock->raise();
        }
    }
    bool ok = false;
    const double seconds = qEnvironmentVariable("HADESK_SCREENSHOT_DELAY").toDouble(&ok);
    const int shotMs = int((ok && seconds >= 0 ? seconds : 3.0) * 1000);
    prepareScreenshotAction(window, shotMs);
    QTimer::singleShot(shotMs, window, [window, path] {
        const bool saved = screenshotTarget(window)->grab().save(path);
        if (!saved)
            qWarning("hadesk: could not save the screenshot to %s", qUtf8Printable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// The language for messages: --lang if it parsed, else the user's setting.
QString languageFor(const CommandLineOptions &options, const Settings &settings)
{
    return options.ok && !options.language.isEmpty() ? options.language : settings.language();
}

std::unique_ptr<Settings> makeSettings()
{
    // HADESK_SETTINGS=/path/file.ini: a settings file of its own (reproducible screenshots,
    // a clean start for a bug report) instead of the user's.
    const QString file = qEnvironmentVariable("HADESK_SETTINGS");
    return file.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(file);
}

// Where every command sent is recorded: HADESK_AUDIT_LOG (tests, demos) wins, then the file
// chosen in the preferences when it can still be written, else AuditLog::defaultPath() (empty).
QString auditLogPath(const Settings &settings)
{
    if (const QString path = qEnvironmentVariable("HADESK_AUDIT_LOG"); !path.isEmpty())
        return path;
    const QString chosen = settings.auditLogPath();
    if (chosen.isEmpty())
        return {};
    if (const QString problem = WritableFile::problem(chosen); !problem.isEmpty()) {
        print(stderr,
            QStringLiteral("hadesk: %1\n")
                .arg(QCoreApplication::translate("main",
                    "the audit log chosen in the preferences cannot be used (%1); it is written to %2")
                         .arg(problem, AuditLog::defaultPath())));
        return {};
    }
    return chosen;
}

QString unknownProfileMessage(const QString &name, const ConnectionProfilesModel &profiles)
{
    QStringList names;
    const QList<ConnectionProfile> saved = profiles.profiles();
    for (const ConnectionProfile &profile : saved)
        names << profile.name;
    if (names.isEmpty())
        return QCoreApplication::translate("main", "no saved profile is named '%1' (there are none yet)")
            .arg(name);
    return QCoreApplication::translate("main", "no saved profile is named '%1' (saved: %2)")
        .arg(name, names.join(QStringLiteral(", ")));
}

// Prints help, version or a command-line error; returns the exit code.
int printOutcome(const CommandLineOptions &options)
{
    if (!options.ok) {
        print(stderr,
            QStringLiteral("hadesk: %1\n%2\n")
                .arg(options.error, QCoreApplication::translate("main", "Try 'hadesk --help'.")));
        return 2;
    }
    print(stdout, options.text);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("hadesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hadesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("hadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HADESK_VERSION));

    // --help and --version must work without a display (over ssh, in a script): they get a
    // QCoreApplication, never a QApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (const CommandLineOptions early = parseCommandLine(rawArguments);
        early.showHelp || early.showVersion) {
        QCoreApplication app(argc, argv);
        const std::unique_ptr<Settings> settings = makeSettings();
        installTranslations(app, languageFor(early, *settings));
        return printOutcome(parseCommandLine(QCoreApplication::arguments()));
    }

    QApplication app(argc, argv);
    app.setProperty("hadeskCommit", QStringLiteral(HADESK_COMMIT)); // BuildInfo::commit()
    QGuiApplication::setApplicationDisplayName(QStringLiteral("hadesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hadesk.hadesk"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.hadesk.hadesk"), QIcon(QStringLiteral(":/icons/hadesk.svg"))));
    const std::unique_ptr<Settings> settings = makeSettings();

    // Parsed twice: the first pass says which language to load, the second gives the
    // messages in it. QApplication has taken its own options (-style...) out by now.
    CommandLineOptions options = parseCommandLine(QCoreApplication::arguments());
    installTranslations(app, languageFor(options, *settings));
    options = parseCommandLine(QCoreApplication::arguments());
    if (!options.ok || options.showHelp || options.showVersion)
        return printOutcome(options);

    QString schemeWarning;
    ColorScheme::apply(ColorScheme::atStart(*settings, &schemeWarning));
    if (!schemeWarning.isEmpty())
        print(stderr, QStringLiteral("hadesk: %1\n").arg(schemeWarning));

    // Every command sent is recorded.
    const Services services(settings.get(), auditLogPath(*settings));
    const ConnectionProfilesModel &profiles = *services.profiles();

    ConnectionProfile profile;
    if (!options.profile.isEmpty()) {
        const int row = profiles.indexOf(options.profile);
        if (row < 0) {
            print(
                stderr, QStringLiteral("hadesk: %1\n").arg(unknownProfileMessage(options.profile, profiles)));
            return 2;
        }
        profile = profiles.profile(row);
    } else if (!options.endpoint.isEmpty()) {
        profile.endpoint = options.endpoint;
        profile.tls = options.tls;
        profile.pollIntervalMs = settings->pollIntervalMs();
    }

    MainWindow window(services.forWindow());
    window.show();
    // Without an instance named, the ones open at the last exit (Edit ▸ Preferences), else
    // the connect dialog.
    if (!profile.endpoint.isEmpty())
        window.connectTo(profile);
    else if (!(settings->reopenInstances() && window.reopenInstances() > 0)
        && qEnvironmentVariable("HADESK_SCREENSHOT").isEmpty())
        QTimer::singleShot(0, &window, &MainWindow::openConnectDialog);
    scheduleScreenshot(&window);
    return app.exec();
}
