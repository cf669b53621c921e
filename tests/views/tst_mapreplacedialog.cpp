// MapReplaceDialog against real haproxy processes: the diff of a pasted text against the live
// contents, Apply making the live map equal to the text, a refused line named by its number
// with nothing sent, Escape half-way leaving the live contents, an ACL, and the same text
// applied to every member of a cluster (two haproxy processes, one member not open) with a
// result per node. The live contents are read back with the fixture's raw client.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/workflows/clustermapreplace.h"
#include "tests/support/haproxyfixture.h"
#include "views/mapreplacedialog.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Kind = MapCommands::Kind;
constexpr int WaitMs = 20000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray Initial = "a.example be_a\nb.example be_b\nc.example be_c\n";

QString generated(int count, const QString &value)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += u"host%1.example %2\n"_s.arg(i, 5, 10, QLatin1Char('0')).arg(value);
    return text;
}

std::unique_ptr<RuntimeConnection> openConnection(const QString &socket)
{
    auto connection = std::make_unique<RuntimeConnection>(Endpoint::parse(socket).value());
    connection->open();
    return connection;
}

} // namespace

class TestMapReplaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString lines;
        for (const QString &name : { u"diff"_s, u"refused"_s, u"cancel"_s, u"cluster"_s }) {
            QVERIFY(writeFile(path(name), Initial));
            lines +=
                u"    http-request set-header X-%1 %[req.hdr(host),map(%2,none)]\n"_s.arg(name, path(name));
        }
        QVERIFY(writeFile(m_dir.filePath(u"block.acl"_s), "10.0.0.0/8\n"));
        HaproxyFixture::Options options;
        options.body = u"frontend fe\n"
                       "    bind 127.0.0.1:${PORT:fe}\n"
                       "    acl blocked src -f %1\n"
                       "    http-request deny if blocked\n"
                       "%2"
                       "    default_backend be\n"
                       "backend be\n"
                       "    server s1 ${BACKEND:s1}\n"_s.arg(m_dir.filePath(u"block.acl"_s), lines);
        for (auto *fixture : { &m_a, &m_b }) {
            *fixture = std::make_unique<HaproxyFixture>(options);
            QVERIFY2((*fixture)->start(), qPrintable((*fixture)->errorString()));
        }
        m_connA = openConnection(m_a->adminSocket());
        m_connB = openConnection(m_b->adminSocket());
        QTRY_VERIFY_WITH_TIMEOUT(m_connA->isReady() && m_connB->isReady(), WaitMs);
    }

    void cleanupTestCase()
    {
        m_connA.reset();
        m_connB.reset();
        m_a.reset();
        m_b.reset();
    }

    void showsTheDiffThenApplies()
    {
        MapReplaceDialog dialog(target(u"diff"_s), m_connA.get());
        dialog.open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.liveContentsRead(), WaitMs);
        QVERIFY(!dialog.applyButton()->isEnabled()); // no text yet
        const QString text = u"# green\na.example be_a\nb.example be_green\nd.example be_d\n"_s;
        dialog.setText(text);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.countsLabel()->text(),
            u"1 added, 1 changed, 1 removed, 1 unchanged (3 live, 3 new)."_s, WaitMs);
        QCOMPARE(rowTexts(dialog.diffTree()),
            (QStringList { u"added d.example  be_d"_s, u"changed b.example be_b be_green"_s,
                u"removed c.example be_c "_s }));
        QVERIFY(dialog.applyButton()->isEnabled());

        QSignalSpy finished(&dialog, &MapReplaceDialog::replaceFinished);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Done);
        QVERIFY2(
            dialog.resultLabel()->text().startsWith(u"Done"_s), qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(live(*m_a, target(u"diff"_s)),
            (QStringList { u"a.example be_a"_s, u"b.example be_green"_s, u"d.example be_d"_s }));
        QVERIFY(dialog.isVisible());
        dialog.reject(); // after the run, closing is an accept
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void loadsAFileWithCtrlO()
    {
        MapReplaceDialog dialog(target(u"diff"_s), m_connA.get());
        dialog.open();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_O, Qt::ControlModifier);
        // A button's shortcut clicks it a moment later (animateClick).
        QTRY_VERIFY(dialog.findChild<QFileDialog *>());
        auto *files = dialog.findChild<QFileDialog *>();
        QTRY_VERIFY(files->isVisible());
        files->reject();
        const QString file = m_dir.filePath(u"green.map"_s);
        QVERIFY(writeFile(file, "# green\nz.example be_green\n"));
        QVERIFY(dialog.loadFile(file));
        QCOMPARE(dialog.editor()->toPlainText(), u"# green\nz.example be_green\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.parsed().entries.size(), 1, WaitMs);
        QVERIFY(!dialog.loadFile(m_dir.filePath(u"missing.map"_s)));
        QVERIFY(dialog.resultLabel()->text().contains(u"missing.map"_s));
    }

    void refusedLineIsNamedAndNothingIsSent()
    {
        MapReplaceDialog dialog(target(u"refused"_s), m_connA.get());
        dialog.open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.liveContentsRead(), WaitMs);
        const QByteArray versionsBefore = versions(*m_a, u"refused"_s);
        dialog.setText(u"a.example be_x\nb.example be_y\nc.example be;z\nc.example be_z\nc.example be_w\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problemsLabel()->isVisible(), WaitMs);
        const QString problems = dialog.problemsLabel()->text();
        QVERIFY2(problems.contains(u"Line 3:"_s) && problems.contains(u"';'"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Line 5:"_s) && problems.contains(u"line 4"_s), qPrintable(problems));
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.accept(); // Enter or Alt+A: refused as well
        QVERIFY(!dialog.hasRun());
        QVERIFY(!dialog.replace());
        QCOMPARE(live(*m_a, target(u"refused"_s)), initialLines());
        QCOMPARE(versions(*m_a, u"refused"_s), versionsBefore); // not even a prepare
    }

    void escapeHalfWayLeavesTheLiveContents()
    {
        MapReplaceDialog dialog(target(u"cancel"_s), m_connA.get());
        dialog.open();
        dialog.setText(generated(3000, u"be_new"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.applyButton()->isEnabled(), WaitMs);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(dialog.replace());
        QVERIFY(dialog.replace()->batchCount() > 1);
        connect(dialog.replace(), &MapReplace::progress, &dialog, [&dialog](int done) {
            if (done == 1)
                QTest::keyClick(&dialog, Qt::Key_Escape);
        });
        QSignalSpy finished(&dialog, &MapReplaceDialog::replaceFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Cancelled);
        QCOMPARE(dialog.resultLabel()->text(), u"Cancelled: the live contents are untouched."_s);
        QVERIFY(dialog.isVisible()); // Escape while running stops, it does not close
        QCOMPARE(live(*m_a, target(u"cancel"_s)), initialLines());
    }

    void replacesAnAcl()
    {
        const MapCommands::Target acl { Kind::Acl, m_dir.filePath(u"block.acl"_s) };
        MapReplaceDialog dialog(acl, m_connA.get());
        dialog.open();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog)); // for Alt+A
        dialog.setText(u"10.0.0.0/8\n192.168.0.0/16\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.countsLabel()->text(),
            u"1 added, 0 changed, 0 removed, 1 unchanged (1 live, 2 new)."_s, WaitMs);
        QVERIFY(dialog.applyButton()->isEnabled());
        QSignalSpy finished(&dialog, &MapReplaceDialog::replaceFinished);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
        QCOMPARE(finished.first().at(0).value<MapReplace::State>(), MapReplace::State::Done);
        QCOMPARE(live(*m_a, acl), (QStringList { u"10.0.0.0/8 "_s, u"192.168.0.0/16 "_s }));
    }

    void appliesToEveryMemberOfTheCluster()
    {
        MapReplaceDialog dialog(target(u"cluster"_s), m_connA.get());
        dialog.setCluster(u"prod"_s,
            { { u"node-a"_s, m_connA.get() }, { u"node-b"_s, m_connB.get() }, { u"node-c"_s, nullptr } });
        dialog.open();
        QVERIFY(dialog.clusterCheck()->isVisible());
        QCOMPARE(dialog.clusterCheck()->text(), u"Apply to every &member of prod"_s);
        dialog.clusterCheck()->setChecked(true);
        // A refused text sends nothing anywhere.
        dialog.setText(u"a.example be;x\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problemsLabel()->isVisible() && dialog.liveContentsRead(), WaitMs);
        QVERIFY(!dialog.applyButton()->isEnabled());

        const QString text = u"a.example be_blue\nb.example be_blue\n"_s;
        dialog.setText(text);
        // node-c is not connected: nothing runs anywhere until the connected nodes alone are chosen.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.liveContentsRead() && !dialog.problemsLabel()->isVisible(), WaitMs);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.applyButton()->toolTip().contains(u"Not connected: node-c"_s),
            qPrintable(dialog.applyButton()->toolTip()));
        QVERIFY(dialog.partialCheck()->isEnabled());
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog)); // for Alt+N
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(dialog.partialCheck()->isChecked()); // a mnemonic clicks after a short animation
        QTRY_VERIFY_WITH_TIMEOUT(dialog.applyButton()->isEnabled(), WaitMs);
        QCOMPARE(dialog.applyButton()->text(), u"&Apply to 2 node(s)"_s);
        QCOMPARE(dialog.memberTree()->topLevelItem(2)->text(MapReplaceDialog::StateColumn), u"not sent"_s);
        QSignalSpy finished(&dialog, &MapReplaceDialog::clusterFinished);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

        const QStringList expected { u"a.example be_blue"_s, u"b.example be_blue"_s };
        QCOMPARE(live(*m_a, target(u"cluster"_s)), expected);
        QCOMPARE(live(*m_b, target(u"cluster"_s)), expected);
        QTreeWidget *members = dialog.memberTree();
        QCOMPARE(members->topLevelItemCount(), 3);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(members->topLevelItem(i)->text(MapReplaceDialog::StateColumn), u"Done"_s);
            QVERIFY2(members->topLevelItem(i)
                         ->text(MapReplaceDialog::MessageColumn)
                         .contains(u"2 changed, 1 removed"_s),
                qPrintable(members->topLevelItem(i)->text(MapReplaceDialog::MessageColumn)));
        }
        QCOMPARE(members->topLevelItem(2)->text(MapReplaceDialog::StateColumn), u"not sent"_s);
        QCOMPARE(members->topLevelItem(2)->text(MapReplaceDialog::MessageColumn), u"Not connected."_s);
        QCOMPARE(dialog.resultLabel()->text(), u"2 of 3 nodes done; node-c: not sent (Not connected)."_s);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name + u".map"_s); }
    MapCommands::Target target(const QString &name) const { return { Kind::Map, path(name) }; }

    static QStringList initialLines()
    {
        return { u"a.example be_a"_s, u"b.example be_b"_s, u"c.example be_c"_s };
    }

    static QStringList live(const HaproxyFixture &haproxy, const MapCommands::Target &target)
    {
        const QByteArray kind = target.kind == Kind::Map ? "map " : "acl ";
        const QByteArray answer = HaproxyFixture::rawCommand(
            haproxy.adminSocket(), "show " + kind + target.reference.toUtf8(), 10000);
        const auto parsed = MapParser::parseEntries(
            answer, target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
        QStringList lines;
        for (const PatternEntry &e : parsed ? *parsed : QList<PatternEntry>())
            lines << QString::fromUtf8(e.key + ' ' + e.value);
        return lines;
    }

    // The map's line of `show map`: its curr_ver and next_ver move with every prepare.
    QByteArray versions(const HaproxyFixture &haproxy, const QString &name) const
    {
        const QByteArray answer = HaproxyFixture::rawCommand(haproxy.adminSocket(), "show map", 10000);
        for (const QByteArray &line : answer.split('\n')) {
            if (line.contains(path(name).toUtf8()))
                return line;
        }
        return {};
    }

    static QStringList rowTexts(QTreeWidget *tree)
    {
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            rows << item->text(0) + u' ' + item->text(1) + u' ' + item->text(2) + u' ' + item->text(3);
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HaproxyFixture> m_a;
    std::unique_ptr<HaproxyFixture> m_b;
    std::unique_ptr<RuntimeConnection> m_connA;
    std::unique_ptr<RuntimeConnection> m_connB;
};

QTEST_MAIN(TestMapReplaceDialog)
#include "tst_mapreplacedialog.moc"
