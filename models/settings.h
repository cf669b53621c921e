#pragma once

#include "models/connectionprofile.h"

#include <QByteArray>
#include <QList>
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
//
// The file carries its format's version ("settings/version"). One without it (written before
// versions were kept) is version 0 and migrated at construction, keeping every value. One
// written by a newer hadesk is read for what this one understands; as it may be saved back
// without what this one does not know, a copy is kept aside (<file>.v<N>) and
// newerVersionMessage() says so. Its version is never lowered.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int LayoutVersion = 1;
    static constexpr int SettingsVersion = 1; // of the file's format: "settings/version"

    explicit Settings(QObject *parent = nullptr); // the application's QSettings
    explicit Settings(const QString &fileName, QObject *parent = nullptr); // an INI file (tests)

    QSettings &store() { return m_settings; }

    // Empty when the file read well (or there was none); else, in words, what was wrong, the
    // file and where its copy was kept (or that none could be).
    QString unreadableFileMessage() const { return m_unreadableFileMessage; }
    QString corruptCopyPath() const { return m_corruptCopyPath; }
    // The version the file had when it was opened: 0 without one (or no file).
    int fileVersion() const { return m_fileVersion; }
    // Empty unless the file was written by a newer hadesk: then, in words, what is used and
    // where the copy of the file was kept (or that none could be).
    QString newerVersionMessage() const { return m_newerVersionMessage; }
    QString newerCopyPath() const { return m_newerCopyPath; }

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

    // Where the audit log is written from the next start; empty: AuditLog::defaultPath().
    // Taken as it is: the preferences check it (WritableFile::problem()) before setting it.
    QString auditLogPath() const;
    void setAuditLogPath(const QString &path);
    // Whether a start without an endpoint or profile reopens the instances open at the last
    // exit (true when unset).
    bool reopenInstances() const;
    void setReopenInstances(bool reopen);
    // The instances open at the last exit, in tab order, each as the profile it was opened
    // with (the poll interval it had; no name when opened by endpoint alone; profiles hold no
    // secrets, only file names), and the index of the one shown (-1: none). Entries without
    // an endpoint are skipped; a shown index out of range reads as 0.
    QList<ConnectionProfile> openInstances() const;
    int shownInstance() const;
    void setOpenInstances(const QList<ConnectionProfile> &profiles, int shown);

    // Opaque blobs from QMainWindow::saveState(), QSplitter, QHeaderView; empty when absent
    // or saved with another LayoutVersion. Kept as "layouts/KEY/version" and
    // "layouts/KEY/state"; setting an empty state forgets the key.
    QByteArray layout(const QString &key) const;
    void setLayout(const QString &key, const QByteArray &state);

signals:
    void pollIntervalChanged(int ms);
    void languageChanged(const QString &language);
    void historyBudgetChanged(int mib);
    void auditLogPathChanged(const QString &path);
    void reopenInstancesChanged(bool reopen);
    void openInstancesChanged();

private:
    void checkFile();
    void checkVersion();
    void keepNewerCopy(int version);

    QSettings m_settings;
    QString m_unreadableFileMessage;
    QString m_corruptCopyPath;
    int m_fileVersion = 0;
    QString m_newerVersionMessage;
    QString m_newerCopyPath;
};
