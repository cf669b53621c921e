#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>

// hadesk's settings with typed getters and change signals, over QSettings. Window and header
// states carry a version so a layout saved by an older build is ignored, not misapplied.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int LayoutVersion = 1;

    explicit Settings(QObject *parent = nullptr); // the application's QSettings
    explicit Settings(const QString &fileName, QObject *parent = nullptr); // an INI file (tests)

    QSettings &store() { return m_settings; }

    int pollIntervalMs() const; // Poller::DefaultIntervalMs when unset
    void setPollIntervalMs(int ms); // clamped to Poller's range
    QString language() const; // empty: follow the system locale
    void setLanguage(const QString &language);
    QString lastProfile() const;
    void setLastProfile(const QString &name);

    // Opaque blobs from QMainWindow::saveState(), QSplitter, QHeaderView; empty when absent
    // or saved with another LayoutVersion. Kept as "layouts/KEY/version" and
    // "layouts/KEY/state"; setting an empty state forgets the key.
    QByteArray layout(const QString &key) const;
    void setLayout(const QString &key, const QByteArray &state);

signals:
    void pollIntervalChanged(int ms);
    void languageChanged(const QString &language);

private:
    QSettings m_settings;
};
