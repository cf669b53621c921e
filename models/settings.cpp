#include "settings.h"

#include "poller.h"

#include <algorithm>

namespace {

constexpr int MaxPollIntervalMs = 3600 * 1000; // Poller's own upper bound

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
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{ }

int Settings::pollIntervalMs() const
{
    bool ok = false;
    const int ms = m_settings.value(key("pollIntervalMs")).toInt(&ok);
    // A hand-edited file must not make the poller spin or stall.
    return ok ? std::clamp(ms, Poller::MinIntervalMs, MaxPollIntervalMs) : Poller::DefaultIntervalMs;
}

void Settings::setPollIntervalMs(int ms)
{
    const int old = pollIntervalMs();
    ms = std::clamp(ms, Poller::MinIntervalMs, MaxPollIntervalMs);
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
