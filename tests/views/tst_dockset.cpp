#include "core/workflows/drainscheduler.h"
#include "models/connectionprofilesmodel.h"
#include "models/settings.h"
#include "tests/support/testservices.h"
#include "views/auditlogdock.h"
#include "views/clusterdock.h"
#include "views/dockset.h"
#include "views/instanceview.h"
#include "views/schedulesdock.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's docks: hidden at first in one tabbed area, each with its toggle and shortcut;
// the one asked for comes to the front; the stores' troubles are said in the status bar.
class TestDockSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QMainWindow> m_window;
    DockSet *m_docks = nullptr;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"hadesk.ini"_s));
        m_profiles = std::make_unique<ConnectionProfilesModel>(&m_settings->store());
        m_services = std::make_unique<TestServices>(m_settings.get(), m_profiles.get());
        m_window = std::make_unique<QMainWindow>();
        auto *tables = new InstanceView(m_window.get());
        m_window->setCentralWidget(tables);
        m_docks = new DockSet({ m_services->clusters(), m_profiles.get(), m_services->drainScheduler(),
                                  m_services->sessions()->history(), m_services->sessions() },
            tables, m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

    void hiddenTabbedWithTheirToggles()
    {
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 11);
        for (QDockWidget *dock : docks) {
            QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
            QVERIFY2(!dock->objectName().isEmpty(), "saveState() needs a name");
            QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        }
        // One tabbed area: shown, each is a tab next to the ten others.
        m_window->show();
        for (QDockWidget *dock : docks)
            dock->show();
        QCOMPARE(m_window->tabifiedDockWidgets(m_docks->auditDock()).size(), 10);

        QStringList texts;
        QList<QKeySequence> shortcuts;
        for (const QAction *toggle : m_docks->toggleActions()) {
            texts << toggle->text();
            shortcuts << toggle->shortcut();
        }
        QCOMPARE(texts,
            QStringList({ u"&Audit Log"_s, u"&Traffic Charts"_s, u"C&onsole"_s, u"Cl&usters"_s,
                u"Sc&heduled Drains"_s, u"&Maps && ACLs"_s, u"Stic&k Tables"_s, u"Sessio&ns"_s, u"&Errors"_s,
                u"Cert&ificates"_s, u"Pro&cesses"_s }));
        QCOMPARE(shortcuts,
            QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_G),
                QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_3),
                QKeySequence(Qt::CTRL | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_5),
                QKeySequence(Qt::CTRL | Qt::Key_6), QKeySequence(Qt::CTRL | Qt::Key_7),
                QKeySequence(Qt::CTRL | Qt::Key_8) }));
        // No two toggles share a mnemonic letter (Qt would cycle between them instead of acting).
        QSet<QChar> letters;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            QVERIFY2(amp >= 0, qPrintable(text));
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(text));
            letters.insert(letter);
        }
        QCOMPARE(m_docks->consoleToggle(), m_docks->toggleActions().at(2));
    }

    void toggleShowsTheDock()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_docks->toggleActions().at(3)->trigger();
        QTRY_VERIFY(m_docks->clusterDock()->isVisible());
        m_docks->toggleActions().at(3)->trigger();
        QTRY_VERIFY(!m_docks->clusterDock()->isVisible());
    }

    void storeErrorsSaid()
    {
        QSignalSpy status(m_docks, &DockSet::statusMessage);
        emit m_services->drainScheduler()->storeError(u"disk full"_s);
        // Said as the window's error (the schedules dock says it in its own words too).
        const auto said = [&status](const QString &text, bool error) {
            for (const QList<QVariant> &arguments : std::as_const(status)) {
                if (arguments.at(0).toString() == text && arguments.at(1).toBool() == error)
                    return true;
            }
            return false;
        };
        QVERIFY(said(u"Scheduled drains: disk full"_s, true));
        status.clear();
        emit m_docks->clusterDock()->statusMessage(u"Cluster saved"_s, false);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.constLast().at(0).toString(), u"Cluster saved"_s);
    }

    void scheduledJobShown()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_docks->showScheduledJob(QUuid::createUuid());
        QTRY_VERIFY(m_docks->schedulesDock()->isVisible());
    }
};

QTEST_MAIN(TestDockSet)
#include "tst_dockset.moc"
