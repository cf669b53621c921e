#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>

// hadesk's settings with typed getters and change signals, over QSettings. Window and header
// states carry a version so a layout saved by an older build is ignored, not misapplied.
//
// The file (which also holds the connection profiles) is private to the user: 0600, in a
// folder created 0700. QSettings writes it through QSaveFile, which keeps the mode of the
// file it replaces, so the file is made 0600 (or created empty and 0600) at construction.
// QSettings reads a garbled INI file as well as it can (status() FormatError for a broken
// section header; other garbage becomes odd keys or is dropped) and its next sync() writes
// back only what it understood. So a file that cannot be opened, that QSettings reports as
// badly formed, or that holds bytes no INI file has (NUL) is copied aside (<file>.corrupt)
// at construction, before anything can write over it, and unreadableFileMessage() says so
// for a dialog.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int LayoutVersion = 1;

    explicit Settings(QObject *parent = nullptr); // the application's QSettings
    explicit Settings(const QString &fileName, QObject *parent = nullptr); // an INI file (tests)

    QSettings &store() { return m_settings; }

    // Empty when the file read well (or there was none); else, in words, what was wrong, the
    // file and where its copy was kept (or that none could be).
    QString unreadableFileMessage() const { return m_unreadableFileMessage; }
    QString corruptCopyPath() const { return m_corruptCopyPath; }

    int pollIntervalMs() const; // Poller::DefaultIntervalMs when unset
    void setPollIntervalMs(int ms); // clamped to Poller's range
    QString language() const; // empty: follow the system locale
    void setLanguage(const QString &language);
    QString lastProfile() const;
    void setLastProfile(const QString &name);
    // The traffic history's memory budget per instance (InstanceHistory::setBudgetBytes()),
    // in MiB: InstanceHistory::DefaultBudgetBytes when unset or unreadable, and within
    // [MinHistoryBudgetMiB, MaxHistoryBudgetMiB] whatever the file says.
    static constexpr int MinHistoryBudgetMiB = 1; // InstanceHistory::MinimumBudgetBytes
    static constexpr int MaxHistoryBudgetMiB = 64 * 1024;
    int historyBudgetMiB() const;
    void setHistoryBudgetMiB(int mib); // clamped

    // Opaque blobs from QMainWindow::saveState(), QSplitter, QHeaderView; empty when absent
    // or saved with another LayoutVersion. Kept as "layouts/KEY/version" and
    // "layouts/KEY/state"; setting an empty state forgets the key.
    QByteArray layout(const QString &key) const;
    void setLayout(const QString &key, const QByteArray &state);

signals:
    void pollIntervalChanged(int ms);
    void languageChanged(const QString &language);
    void historyBudgetChanged(int mib);

private:
    void checkFile();

    QSettings m_settings;
    QString m_unreadableFileMessage;
    QString m_corruptCopyPath;
};
