#include "models/settings.h"

#include "core/client/poller.h"
#include "core/storage/atomicfile.h"
#include "models/instancehistory.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "hadesk.settings")

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString layoutKey(const QString &key, const char *part)
{
    return QStringLiteral("layouts/") + key + u'/' + QString::fromLatin1(part);
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
    checkFile();
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
    checkFile();
}

void Settings::checkFile()
{
    // QSettings has read the file by now and writes nothing before a value is set.
    const QString path = m_settings.fileName();
    QFile file(path);
    if (file.exists()) {
        QString problem;
        if (!file.open(QIODevice::ReadOnly))
            problem = file.errorString();
        else if (m_settings.status() == QSettings::FormatError || file.readAll().contains('\0'))
            problem = tr("it is not a settings file hadesk can read");
        if (!problem.isEmpty()) {
            m_corruptCopyPath = AtomicFile::keepAside(path);
            const QString native = QDir::toNativeSeparators(path);
            m_unreadableFileMessage = m_corruptCopyPath.isEmpty()
                ? tr("The settings and saved connections in %1 could not be read (%2), and no copy of the "
                     "file "
                     "could be kept. What could be read is used; saving will replace the file.")
                      .arg(native, problem)
                : tr("The settings and saved connections in %1 could not be read (%2). The file was kept as "
                     "%3; "
                     "what could be read is used, and saving will replace the file.")
                      .arg(native, problem, QDir::toNativeSeparators(m_corruptCopyPath));
            qCWarning(lcSettings, "%s", qUtf8Printable(m_unreadableFileMessage));
        }
    }
    if (const QString error = AtomicFile::makePrivate(path); !error.isEmpty())
        qCWarning(lcSettings, "%s", qUtf8Printable(error));
    // A hadesk killed while saving can leave QSettings' lock behind, which the next save
    // would wait 30 s for.
    AtomicFile::removeDeadLock(path + QStringLiteral(".lock"));
}

int Settings::pollIntervalMs() const
{
    bool ok = false;
    const int ms = m_settings.value(key("pollIntervalMs")).toInt(&ok);
    // A hand-edited file must not make the poller spin or stall.
    return ok ? std::clamp(ms, Poller::MinIntervalMs, Poller::MaxIntervalMs) : Poller::DefaultIntervalMs;
}

void Settings::setPollIntervalMs(int ms)
{
    const int old = pollIntervalMs();
    ms = std::clamp(ms, Poller::MinIntervalMs, Poller::MaxIntervalMs);
    m_settings.setValue(key("pollIntervalMs"), ms);
    if (ms != old)
        emit pollIntervalChanged(ms);
}

QString Settings::language() const
{
    return m_settings.value(key("language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    const QString old = Settings::language();
    m_settings.setValue(key("language"), language);
    if (language != old)
        emit languageChanged(language);
}

QString Settings::lastProfile() const
{
    return m_settings.value(key("lastProfile")).toString();
}

void Settings::setLastProfile(const QString &name)
{
    m_settings.setValue(key("lastProfile"), name);
}

static_assert(qsizetype(Settings::MinHistoryBudgetMiB) * 1048576 == InstanceHistory::MinimumBudgetBytes);

int Settings::historyBudgetMiB() const
{
    bool ok = false;
    const qint64 mib = m_settings.value(key("history/budgetMiB")).toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(mib, MinHistoryBudgetMiB, MaxHistoryBudgetMiB))
              : int(InstanceHistory::DefaultBudgetBytes / 1048576);
}

void Settings::setHistoryBudgetMiB(int mib)
{
    const int old = historyBudgetMiB();
    mib = std::clamp(mib, MinHistoryBudgetMiB, MaxHistoryBudgetMiB);
    m_settings.setValue(key("history/budgetMiB"), mib);
    if (mib != old)
        emit historyBudgetChanged(mib);
}

QByteArray Settings::layout(const QString &key) const
{
    if (key.isEmpty())
        return {};
    bool ok = false;
    const int version = m_settings.value(layoutKey(key, "version")).toInt(&ok);
    // A state saved by a build with other columns or docks would be restored wrongly.
    if (!ok || version != LayoutVersion)
        return {};
    return m_settings.value(layoutKey(key, "state")).toByteArray();
}

void Settings::setLayout(const QString &key, const QByteArray &state)
{
    if (key.isEmpty())
        return;
    if (state.isEmpty()) {
        m_settings.remove(QStringLiteral("layouts/") + key);
        return;
    }
    m_settings.setValue(layoutKey(key, "version"), LayoutVersion);
    m_settings.setValue(layoutKey(key, "state"), state);
}
