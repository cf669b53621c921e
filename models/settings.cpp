#include "models/settings.h"

#include "core/client/poller.h"
#include "core/storage/atomicfile.h"
#include "models/instancehistory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString openInstanceKey(qsizetype index, const QString &name)
{
    // QSettings' own array layout ("open/1/name", "open/size"), read and written with plain
    // keys so that the getter stays const.
    return QStringLiteral("session/open/%1/").arg(index + 1) + name;
}

const QString VersionKey = QStringLiteral("settings/version");
const QString OpenSizeKey = QStringLiteral("session/open/size");
const QString ShownKey = QStringLiteral("session/shown");
constexpr int MaxOpenInstances = 1000; // a hand-edited size must not make a start crawl

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
    checkFile();
    checkVersion();
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
    checkFile();
    checkVersion();
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

void Settings::checkVersion()
{
    bool ok = false;
    const int version = m_settings.value(VersionKey).toInt(&ok);
    m_fileVersion = ok && version > 0 ? version : 0;
    if (m_fileVersion > SettingsVersion) {
        keepNewerCopy(m_fileVersion);
        return;
    }
    // An unreadable file no copy could be made of stays as it is until the user saves.
    if (m_fileVersion == SettingsVersion
        || (!m_unreadableFileMessage.isEmpty() && m_corruptCopyPath.isEmpty()))
        return;
    // Version 0 to 1: every key stays as it was; the file learns its version. A later format
    // change migrates here, one step after the other, from m_fileVersion up.
    m_settings.setValue(VersionKey, SettingsVersion);
    m_settings.sync();
    qCDebug(lcSettings, "settings file %s migrated from version %d to %d",
        qUtf8Printable(m_settings.fileName()), m_fileVersion, SettingsVersion);
}

void Settings::keepNewerCopy(int version)
{
    const QString path = m_settings.fileName();
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();
    // One copy per state of the file: a start on a file kept already finds its copy.
    const QString base = path + QStringLiteral(".v") + QString::number(version);
    const QFileInfo info(base);
    const QStringList earlier = info.absoluteDir().entryList(
        { info.fileName(), info.fileName() + QStringLiteral(".*") }, QDir::Files | QDir::Hidden, QDir::Name);
    QString copy;
    for (const QString &name : earlier) {
        QFile kept(info.absoluteDir().filePath(name));
        if (kept.open(QIODevice::ReadOnly) && kept.readAll() == bytes)
            copy = kept.fileName();
    }
    if (copy.isEmpty()) {
        copy = earlier.isEmpty()
            ? base
            : base + u'.' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
        if (const QString error = AtomicFile::write(copy, bytes); !error.isEmpty()) {
            qCWarning(lcSettings, "%s", qUtf8Printable(error));
            copy.clear();
        }
    }
    m_newerCopyPath = copy;
    const QString native = QDir::toNativeSeparators(path);
    m_newerVersionMessage = copy.isEmpty()
        ? tr("The settings in %1 were written by a newer hadesk (settings format %2; this one reads format "
             "%3), and no copy of the file could be kept. What this version understands is used; saving "
             "may drop what it does not.")
              .arg(native)
              .arg(version)
              .arg(SettingsVersion)
        : tr("The settings in %1 were written by a newer hadesk (settings format %2; this one reads format "
             "%3). What this version understands is used; a copy of the file as it is now is kept as "
             "%4.")
              .arg(native)
              .arg(version)
              .arg(SettingsVersion)
              .arg(QDir::toNativeSeparators(copy));
    qCWarning(lcSettings, "%s", qUtf8Printable(m_newerVersionMessage));
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

QString Settings::auditLogPath() const
{
    return m_settings.value(key("auditLog/path")).toString();
}

void Settings::setAuditLogPath(const QString &path)
{
    const QString old = auditLogPath();
    if (path.isEmpty())
        m_settings.remove(key("auditLog/path"));
    else
        m_settings.setValue(key("auditLog/path"), path);
    if (path != old)
        emit auditLogPathChanged(path);
}

bool Settings::reopenInstances() const
{
    return m_settings.value(key("session/reopen"), true).toBool();
}

void Settings::setReopenInstances(bool reopen)
{
    const bool old = reopenInstances();
    m_settings.setValue(key("session/reopen"), reopen);
    if (reopen != old)
        emit reopenInstancesChanged(reopen);
}

QList<ConnectionProfile> Settings::openInstances() const
{
    QList<ConnectionProfile> profiles;
    bool ok = false;
    const int size = std::min(m_settings.value(OpenSizeKey).toInt(&ok), MaxOpenInstances);
    const QStringList names = ConnectionProfile().toStored().keys();
    for (int i = 0; ok && i < size; ++i) {
        QVariantMap values;
        for (const QString &name : names) {
            if (const QString stored = openInstanceKey(i, name); m_settings.contains(stored))
                values.insert(name, m_settings.value(stored));
        }
        // fromStored() wants a name; an instance opened by its endpoint alone has none.
        const bool unnamed = values.value(QStringLiteral("name")).toString().trimmed().isEmpty();
        if (unnamed)
            values.insert(QStringLiteral("name"), QStringLiteral("-"));
        std::optional<ConnectionProfile> profile = ConnectionProfile::fromStored(values);
        if (!profile || profile->endpoint.trimmed().isEmpty())
            continue;
        if (unnamed)
            profile->name.clear();
        profiles.append(*profile);
    }
    return profiles;
}

int Settings::shownInstance() const
{
    const qsizetype count = openInstances().size();
    if (count == 0)
        return -1;
    bool ok = false;
    const int shown = m_settings.value(ShownKey).toInt(&ok);
    return ok && shown >= 0 && shown < count ? shown : 0;
}

void Settings::setOpenInstances(const QList<ConnectionProfile> &profiles, int shown)
{
    const bool changed = profiles != openInstances() || shown != shownInstance();
    m_settings.remove(QStringLiteral("session/open"));
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QVariantMap values = profiles.at(i).toStored();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_settings.setValue(openInstanceKey(i, it.key()), it.value());
    }
    m_settings.setValue(OpenSizeKey, int(profiles.size()));
    m_settings.setValue(ShownKey, profiles.isEmpty() ? -1 : shown);
    if (changed)
        emit openInstancesChanged();
}
