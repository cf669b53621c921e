#include "settings.h"

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
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
