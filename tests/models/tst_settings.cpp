#include "models/connectionprofilesmodel.h"
#include "models/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("hadesk.ini")); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
    }

    void defaults()
    {
        Settings settings(iniPath());
        QCOMPARE(settings.pollIntervalMs(), 1000);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.lastProfile(), QString());
        QCOMPARE(settings.layout(QStringLiteral("mainWindow")), QByteArray());
    }

    void pollIntervalSignalsChangesOnly()
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::pollIntervalChanged);
        settings.setPollIntervalMs(1000); // the default: no change
        QCOMPARE(changed.size(), 0);
        settings.setPollIntervalMs(2000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 2000);
        settings.setPollIntervalMs(2000);
        QCOMPARE(changed.size(), 1);
        // Clamped to what the poller accepts.
        settings.setPollIntervalMs(1);
        QCOMPARE(settings.pollIntervalMs(), 100);
        QCOMPARE(changed.at(1).at(0).toInt(), 100);
        settings.setPollIntervalMs(-5);
        QCOMPARE(changed.size(), 2);
        settings.setPollIntervalMs(1000 * 1000 * 1000);
        QCOMPARE(settings.pollIntervalMs(), 3600 * 1000);
    }

    void handEditedValuesAreClamped()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("pollIntervalMs"), 0);
        }
        QCOMPARE(Settings(iniPath()).pollIntervalMs(), 100);
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("pollIntervalMs"), QStringLiteral("fast"));
        }
        QCOMPARE(Settings(iniPath()).pollIntervalMs(), 1000);
    }

    void languageAndLastProfile()
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::languageChanged);
        settings.setLanguage(QStringLiteral("de"));
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("de"));
        settings.setLanguage(QString()); // back to the system's
        QCOMPARE(changed.size(), 2);
        settings.setLanguage(QStringLiteral("fr"));
        settings.setLastProfile(QStringLiteral("lb1"));
        settings.store().sync();

        Settings reread(iniPath());
        QCOMPARE(reread.language(), QStringLiteral("fr"));
        QCOMPARE(reread.lastProfile(), QStringLiteral("lb1"));
    }

    void layoutsCarryTheirVersion()
    {
        const QByteArray state("\x00\x01\xff state", 9);
        {
            Settings settings(iniPath());
            settings.setLayout(QStringLiteral("mainWindow"), state);
            settings.setLayout(QStringLiteral("serverHeader"), QByteArray("header"));
            QCOMPARE(settings.layout(QStringLiteral("mainWindow")), state);
        }
        Settings settings(iniPath());
        QCOMPARE(settings.layout(QStringLiteral("mainWindow")), state);
        QCOMPARE(settings.layout(QStringLiteral("serverHeader")), QByteArray("header"));
        QCOMPARE(settings.store().value(QStringLiteral("layouts/mainWindow/version")).toInt(),
            Settings::LayoutVersion);
        QCOMPARE(settings.layout(QStringLiteral("absent")), QByteArray());
        QCOMPARE(settings.layout(QString()), QByteArray());

        // A layout of another version (an older build, other columns) is not applied.
        settings.store().setValue(QStringLiteral("layouts/mainWindow/version"), Settings::LayoutVersion + 1);
        QCOMPARE(settings.layout(QStringLiteral("mainWindow")), QByteArray());
        settings.store().remove(QStringLiteral("layouts/serverHeader/version"));
        QCOMPARE(settings.layout(QStringLiteral("serverHeader")), QByteArray());

        // Saving again makes it current; an empty state forgets it.
        settings.setLayout(QStringLiteral("mainWindow"), state);
        QCOMPARE(settings.layout(QStringLiteral("mainWindow")), state);
        settings.setLayout(QStringLiteral("mainWindow"), QByteArray());
        QCOMPARE(settings.layout(QStringLiteral("mainWindow")), QByteArray());
        QVERIFY(!settings.store().contains(QStringLiteral("layouts/mainWindow/version")));
    }

    // The settings file holds the connection profiles: the user's alone, 0600 in a folder
    // created 0700, also when an older hadesk left it 0644 (QSaveFile keeps the old mode).
    void fileIsPrivate()
    {
        const auto mode = [](const QString &file) {
            return QFileInfo(file).permissions() & QFileDevice::Permissions(0xF0FF); // not the *User bits
        };
        const QString folder = m_dir.filePath(QStringLiteral("config"));
        const QString path = folder + QStringLiteral("/hadesk.conf");
        {
            Settings settings(path);
            settings.setPollIntervalMs(2000);
            settings.store().sync();
            QCOMPARE(settings.store().status(), QSettings::NoError);
        }
        QCOMPARE(Settings(path).pollIntervalMs(), 2000);
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode(folder), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QVERIFY(QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        {
            Settings settings(path);
            settings.setPollIntervalMs(3000);
        }
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QDir(folder).removeRecursively());
    }

    // A hadesk killed between QSettings creating its lock file and writing it leaves an
    // empty <file>.lock, which QLockFile takes for live for 30 s: the next start would
    // freeze on its first save. Opening the settings clears a lock whose writer is gone.
    void deadLockDoesNotStallTheFirstSave()
    {
        const QString path = iniPath();
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        Settings settings(path);
        QVERIFY(!lock.exists());
        settings.setPollIntervalMs(4000);
        settings.store().sync();
        QCOMPARE(settings.store().status(), QSettings::NoError);
        QCOMPARE(Settings(path).pollIntervalMs(), 4000);
    }

    void unreadableFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        // QSettings reports FormatError for a section header without its ']' ...
        QTest::newRow("broken section") << QByteArray("[General\npollIntervalMs=2000\n[profiles]\n"
                                                      "1\\name=lb1\n1\\endpoint=/run/haproxy.sock\nsize=1\n");
        // ... but reads binary garbage without complaint, and would write back its own reading.
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe[profiles]\nsize=1\n", 22);
    }

    // A settings file QSettings cannot read properly would be rewritten from what it
    // understood at the first change (the profiles in it lost): it is copied aside first.
    void unreadableFileIsKeptAside()
    {
        QFETCH(QByteArray, content);
        {
            QFile file(iniPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Settings settings(iniPath());
        const QString copy = iniPath() + QStringLiteral(".corrupt");
        QFile kept(copy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        kept.close();

        // The profiles are saved into the same file: the copy stays as it was.
        ConnectionProfilesModel profiles(&settings.store());
        profiles.load();
        ConnectionProfile profile;
        profile.name = QStringLiteral("lb2");
        profile.endpoint = QStringLiteral("127.0.0.1:9999");
        QVERIFY(profiles.upsert(profile).ok());
        settings.store().sync();
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        QVERIFY(QFile::remove(copy));
    }

    // The message for the dialog names the file and the copy; a good file has none.
    void unreadableFileMessageNamesTheCopy()
    {
        {
            QFile file(iniPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[General\nlanguage=fr\n");
        }
        const Settings bad(iniPath());
        const QString copy = iniPath() + QStringLiteral(".corrupt");
        QCOMPARE(bad.corruptCopyPath(), copy);
        QVERIFY2(bad.unreadableFileMessage().contains(iniPath()), qPrintable(bad.unreadableFileMessage()));
        QVERIFY2(bad.unreadableFileMessage().contains(copy), qPrintable(bad.unreadableFileMessage()));
        QVERIFY(QFile::remove(copy));

        QVERIFY(QFile::remove(iniPath()));
        {
            Settings good(iniPath());
            good.setLanguage(QStringLiteral("fr"));
        }
        const Settings again(iniPath());
        QCOMPARE(again.unreadableFileMessage(), QString());
        QCOMPARE(again.corruptCopyPath(), QString());
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QVERIFY(!QFileInfo::exists(copy));
    }

    // A file written before the format had a version is version 0: it learns its version at
    // once and keeps every value, the profiles and keys this build does not know included.
    void fileWithoutVersionIsMigrated()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("pollIntervalMs"), 2500);
            raw.setValue(QStringLiteral("language"), QStringLiteral("de"));
            raw.setValue(QStringLiteral("history/budgetMiB"), 12);
            raw.setValue(QStringLiteral("view/hideDown"), true);
            raw.beginWriteArray(QStringLiteral("profiles"), 1);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("lb1"));
            raw.setValue(QStringLiteral("endpoint"), QStringLiteral("/run/haproxy.sock"));
            raw.endArray();
        }
        {
            Settings settings(iniPath());
            QCOMPARE(settings.fileVersion(), 0);
            QCOMPARE(settings.newerVersionMessage(), QString());
        }
        // Written at construction, without any other change.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settings/version")).toInt(), Settings::SettingsVersion);
        QCOMPARE(raw.value(QStringLiteral("pollIntervalMs")).toInt(), 2500);
        QCOMPARE(raw.value(QStringLiteral("view/hideDown")).toBool(), true);
        Settings settings(iniPath());
        QCOMPARE(settings.fileVersion(), Settings::SettingsVersion);
        QCOMPARE(settings.pollIntervalMs(), 2500);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.historyBudgetMiB(), 12);
        ConnectionProfilesModel profiles(&settings.store());
        profiles.load();
        QCOMPARE(profiles.rowCount(), 1);
        QCOMPARE(profiles.profile(0).endpoint, QStringLiteral("/run/haproxy.sock"));
        // A new file and a garbled version are version 0 too.
        QVERIFY(QFile::remove(iniPath()));
        QCOMPARE(Settings(iniPath()).fileVersion(), 0);
        QCOMPARE(Settings(iniPath()).fileVersion(), Settings::SettingsVersion);
        QSettings(iniPath(), QSettings::IniFormat)
            .setValue(QStringLiteral("settings/version"), QStringLiteral("x"));
        QCOMPARE(Settings(iniPath()).fileVersion(), 0);
        QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).value(QStringLiteral("settings/version")).toInt(),
            Settings::SettingsVersion);
    }

    // A file a newer hadesk wrote is read for what this one knows; its version is never
    // lowered, and the file as it was is kept aside (once per state) before anything is saved.
    void newerFileIsNotRewrittenDestructively()
    {
        const int newer = Settings::SettingsVersion + 1;
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("settings/version"), newer);
            raw.setValue(QStringLiteral("pollIntervalMs"), 3000);
            raw.setValue(QStringLiteral("future/feature"), QStringLiteral("on"));
            raw.beginWriteArray(QStringLiteral("profiles"), 1);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("lb1"));
            raw.setValue(QStringLiteral("endpoint"), QStringLiteral("/run/haproxy.sock"));
            raw.setValue(QStringLiteral("futureSecretRef"), QStringLiteral("keyring:lb1"));
            raw.endArray();
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        const QString copy = iniPath() + QStringLiteral(".v%1").arg(newer);
        {
            Settings settings(iniPath());
            QCOMPARE(settings.fileVersion(), newer);
            QCOMPARE(settings.pollIntervalMs(), 3000);
            QCOMPARE(settings.newerCopyPath(), copy);
            const QString message = settings.newerVersionMessage();
            QVERIFY2(message.contains(iniPath()) && message.contains(copy), qPrintable(message));
            QCOMPARE(settings.unreadableFileMessage(), QString());
            // Nothing was written by opening it.
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), original);
            file.close();
            // Saving the profiles drops what this build does not know of them: the copy has it.
            ConnectionProfilesModel profiles(&settings.store());
            profiles.load();
            QVERIFY(profiles.save());
            settings.setPollIntervalMs(4000);
        }
        QFile kept(copy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original);
        kept.close();
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settings/version")).toInt(), newer); // not lowered
        QCOMPARE(raw.value(QStringLiteral("future/feature")).toString(), QStringLiteral("on"));
        QCOMPARE(raw.value(QStringLiteral("pollIntervalMs")).toInt(), 4000);

        // The next start finds the file changed: a second copy, the first one left alone.
        const Settings again(iniPath());
        QVERIFY(again.newerCopyPath().startsWith(copy + u'.'));
        QVERIFY(QFileInfo::exists(again.newerCopyPath()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original);
        kept.close();
        // And the start after that finds the same bytes kept already.
        QCOMPARE(Settings(iniPath()).newerCopyPath(), again.newerCopyPath());
        QVERIFY(QFile::remove(again.newerCopyPath()));
        QVERIFY(QFile::remove(copy));
    }

    void auditLogPathAndReopen()
    {
        {
            Settings settings(iniPath());
            QCOMPARE(settings.auditLogPath(), QString());
            QVERIFY(settings.reopenInstances()); // on unless turned off
            QSignalSpy pathChanged(&settings, &Settings::auditLogPathChanged);
            QSignalSpy reopenChanged(&settings, &Settings::reopenInstancesChanged);
            settings.setAuditLogPath(QStringLiteral("/var/log/hadesk/audit.jsonl"));
            settings.setAuditLogPath(QStringLiteral("/var/log/hadesk/audit.jsonl"));
            settings.setReopenInstances(true);
            settings.setReopenInstances(false);
            QCOMPARE(pathChanged.size(), 1);
            QCOMPARE(reopenChanged.size(), 1);
            QCOMPARE(reopenChanged.at(0).at(0).toBool(), false);
        }
        Settings settings(iniPath());
        QCOMPARE(settings.auditLogPath(), QStringLiteral("/var/log/hadesk/audit.jsonl"));
        QVERIFY(!settings.reopenInstances());
        settings.setAuditLogPath(QString()); // back to the default place
        QVERIFY(!settings.store().contains(QStringLiteral("auditLog/path")));
    }

    void openInstancesRoundTrip()
    {
        ConnectionProfile saved;
        saved.name = QStringLiteral("lb1");
        saved.endpoint = QStringLiteral("tls:lb1.example:9443");
        saved.tls.caFile = QStringLiteral("/etc/ssl/ca.pem");
        saved.tls.verifyPeer = false;
        saved.pollIntervalMs = 2500;
        ConnectionProfile byEndpoint; // opened by its endpoint alone: no name
        byEndpoint.endpoint = QStringLiteral("/run/haproxy/admin.sock");
        byEndpoint.pollIntervalMs = 500;
        {
            Settings settings(iniPath());
            QCOMPARE(settings.openInstances(), QList<ConnectionProfile>());
            QCOMPARE(settings.shownInstance(), -1);
            QSignalSpy changed(&settings, &Settings::openInstancesChanged);
            settings.setOpenInstances({ saved, byEndpoint }, 1);
            settings.setOpenInstances({ saved, byEndpoint }, 1);
            QCOMPARE(changed.size(), 1);
        }
        {
            Settings settings(iniPath());
            QCOMPARE(settings.openInstances(), QList<ConnectionProfile>({ saved, byEndpoint }));
            QCOMPARE(settings.shownInstance(), 1);
            // Fewer than before: the old entries go.
            settings.setOpenInstances({ byEndpoint }, 0);
            QCOMPARE(settings.openInstances(), QList<ConnectionProfile>({ byEndpoint }));
            QVERIFY(!settings.store().contains(QStringLiteral("session/open/2/endpoint")));
            settings.setOpenInstances({}, -1);
            QCOMPARE(settings.openInstances(), QList<ConnectionProfile>());
            QCOMPARE(settings.shownInstance(), -1);
        }
        // A hand-edited file: an entry without an endpoint is skipped, a shown index out of
        // range shows the first, a size past the entries reads what is there.
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("session/open/size"), 5);
            raw.setValue(QStringLiteral("session/open/1/name"), QStringLiteral("gone"));
            raw.setValue(QStringLiteral("session/open/2/endpoint"), QStringLiteral("/run/b.sock"));
            raw.setValue(QStringLiteral("session/open/2/pollIntervalMs"), QStringLiteral("soon"));
            raw.setValue(QStringLiteral("session/shown"), 7);
        }
        Settings settings(iniPath());
        const QList<ConnectionProfile> open = settings.openInstances();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().endpoint, QStringLiteral("/run/b.sock"));
        QCOMPARE(open.first().name, QString());
        QCOMPARE(open.first().pollIntervalMs, 1000);
        QCOMPARE(settings.shownInstance(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
