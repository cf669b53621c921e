// The Maps & ACLs dock on the offscreen platform against a real haproxy, through its user-level
// socket (map and ACL commands need no more): the list, a map's entries, the filter, the get
// map tester, add/set/delete through the preview landing in HAProxy (read back with the
// fixture's own raw client), a refused entry that sends nothing, the export read by a second
// haproxy, and the comparison with the map's file flagging what changed at runtime.

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapfile.h"
#include "core/storage/auditlog.h"
#include "models/mapentriesmodel.h"
#include "models/mapentryfilterproxymodel.h"
#include "models/maplistmodel.h"
#include "tests/support/haproxyfixture.h"
#include "views/actionpreviewdialog.h"
#include "views/clusterresultdialog.h"
#include "views/mapentrydialog.h"
#include "views/mapsdock.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Kind = MapCommands::Kind;
constexpr int WaitMs = 15000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString bodyFor(const QString &map, const QString &acl)
{
    return uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    acl blocked src -f %1
    http-request deny if blocked
    use_backend %[req.hdr(host),lower,map(%2,be_a)]
backend be_a
    server s1 ${BACKEND:s1}
backend be_b
    server s2 ${BACKEND:s2}
)"_s.arg(acl, map);
}

// key -> value of `show map|acl <m>` read with the fixture's raw client, in HAProxy's order.
QList<QPair<QByteArray, QByteArray>> rawEntries(const QString &socket, const MapCommands::Target &target)
{
    const QByteArray answer = HaproxyFixture::rawCommand(
        socket, (target.kind == Kind::Map ? "show map " : "show acl ") + target.reference.toUtf8());
    const auto entries = MapParser::parseEntries(
        answer, target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
    QList<QPair<QByteArray, QByteArray>> out;
    for (const PatternEntry &e : entries.value())
        out.append({ e.key, e.value });
    return out;
}

template<typename T>
T *waitForChild(QObject *parent, const QString &name = {})
{
    T *child = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            child = parent->findChild<T *>(name);
            return child && child->isVisible();
        },
        WaitMs);
    return shown ? child : nullptr;
}

// Confirms the preview the dock opened, waits for the run to end and closes it.
bool confirmPreview(MapsDock *dock, int expectedSteps)
{
    QPointer<ActionPreviewDialog> dialog = waitForChild<ActionPreviewDialog>(dock, u"mapsPreview"_s);
    if (!dialog) {
        qWarning("no preview opened");
        return false;
    }
    const int steps = int(dialog->findChildren<QLineEdit *>(u"commandLine"_s).size());
    if (steps != expectedSteps) {
        qWarning("the preview has %d steps, not %d", steps, expectedSteps);
        return false;
    }
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    if (!ok || !ok->isEnabled()) {
        qWarning("the preview's OK button is off");
        return false;
    }
    QSignalSpy finished(dock, &MapsDock::writeFinished);
    ok->click();
    if (!finished.wait(WaitMs))
        return false;
    dialog->findChild<QPushButton *>(u"closeButton"_s)->click();
    return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, WaitMs);
}

} // namespace

class TestMapsDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MapCommands::Target m_map;
    MapCommands::Target m_acl;
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MapsDock> m_dock;

    QString socket() const { return m_haproxy->userSocket(); }

    bool select(const MapCommands::Target &target)
    {
        QSignalSpy loaded(m_dock.get(), &MapsDock::entriesLoaded);
        if (!m_dock->selectTarget(target))
            return false;
        return loaded.wait(WaitMs);
    }

    void selectKeys(const QStringList &keys)
    {
        QTableView *view = m_dock->entriesView();
        view->clearSelection();
        for (const QString &key : keys) {
            const int row = m_dock->entriesModel()->rowOfKey(key);
            const QModelIndex shown =
                m_dock->filterModel()->mapFromSource(m_dock->entriesModel()->index(row, 0));
            QVERIFY2(shown.isValid(), qPrintable(key));
            view->selectionModel()->select(shown, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Opens the entry dialog with the action, types into it and confirms it.
    MapEntryDialog *openDialog(QAction *action)
    {
        action->trigger();
        return waitForChild<MapEntryDialog>(m_dock.get());
    }

    // The dock's window active again (a dialog closed) and the focus in its table.
    void focusEntries()
    {
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        m_dock->entriesView()->setFocus();
        QTRY_VERIFY(m_dock->entriesView()->hasFocus());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_map = { Kind::Map, m_dir.filePath(u"hosts.map"_s) };
        m_acl = { Kind::Acl, m_dir.filePath(u"block.acl"_s) };
        QVERIFY(writeFile(m_map.reference, "# hosts\na.example be_a\nb.example be_b\nc.example be_b\n"));
        QVERIFY(writeFile(m_acl.reference, "10.0.0.0/8\n192.168.0.0/16\n"));
        HaproxyFixture::Options options;
        options.body = bodyFor(m_map.reference, m_acl.reference);
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void init()
    {
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(socket()).value());
        m_log = std::make_unique<AuditLog>(m_dir.filePath(u"audit.jsonl"_s));
        m_log->attach(m_connection.get());
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isReady(), WaitMs);
        QCOMPARE(m_connection->level(), AccessLevel::User);
        m_dock = std::make_unique<MapsDock>();
        QSignalSpy listed(m_dock.get(), &MapsDock::listLoaded);
        m_dock->setConnection(m_connection.get());
        m_dock->resize(1100, 500);
        m_dock->show(); // the list is read when the dock is shown
        QVERIFY(listed.wait(WaitMs));
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    }

    void cleanup()
    {
        m_dock.reset();
        m_log.reset();
        m_connection.reset();
    }

    void listsMapsAndAcls()
    {
        const MapListModel *list = m_dock->listModel();
        const int map = list->rowOf(m_map);
        const int acl = list->rowOf(m_acl);
        QVERIFY(map >= 0);
        QVERIFY(acl > map); // maps first
        QCOMPARE(list->index(map, MapListModel::Entries).data().toString(), u"3"_s);
        QCOMPARE(list->index(acl, MapListModel::Kind).data().toString(), MapListModel::tr("ACL"));
        QVERIFY(!m_dock->addEntryAction()->isEnabled()); // nothing selected yet
        QVERIFY(!m_dock->replaceAction()->isEnabled());
    }

    void entriesFilterAndTester()
    {
        QVERIFY(select(m_map));
        QCOMPARE(m_dock->entriesModel()->liveCount(), 3);
        QCOMPARE(m_dock->entriesView()->model()->rowCount(), 3);
        QVERIFY(m_dock->replaceAction()->isEnabled());
        QSignalSpy replace(m_dock.get(), &MapsDock::replaceRequested);
        m_dock->replaceAction()->trigger();
        QCOMPARE(replace.size(), 1);
        QCOMPARE(replace.first().first().value<MapCommands::Target>().reference, m_map.reference);

        // Ctrl+F inside the dock goes to the filter; typing narrows once typing pauses.
        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_dock->filterEdit()->hasFocus());
        QTest::keyClicks(m_dock->filterEdit(), u"B.EX"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->entriesView()->model()->rowCount(), 1, WaitMs);
        QCOMPARE(m_dock->entriesView()->model()->index(0, 0).data().toString(), u"b.example"_s);
        QVERIFY(m_dock->statusLabel()->text().contains(u"1 of 3"_s));
        m_dock->filterEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->entriesView()->model()->rowCount(), 3, WaitMs);

        // The tester: HAProxy's own answer to get map.
        QSignalSpy answered(m_dock.get(), &MapsDock::testAnswered);
        m_dock->testEdit()->setText(u"b.example"_s);
        QTest::keyClick(m_dock->testEdit(), Qt::Key_Return);
        QVERIFY(answered.wait(WaitMs));
        QVERIFY2(m_dock->testResultLabel()->text().contains(u"\"be_b\""_s),
            qPrintable(m_dock->testResultLabel()->text()));
        QVERIFY(m_dock->testResultLabel()->text().startsWith(u"Match"_s));
        m_dock->test(u"nothing.example"_s);
        QVERIFY(answered.wait(WaitMs));
        QVERIFY(m_dock->testResultLabel()->text().startsWith(u"No match"_s));
        m_dock->test(u"a;b"_s); // refused before the wire
        QCOMPARE(answered.size(), 3);
        QVERIFY(m_dock->testResultLabel()->text().contains(u"Nothing sent"_s));
    }

    void addSetDeleteLandInHaproxy()
    {
        QVERIFY(select(m_map));
        // Add, with a value holding spaces (the payload form keeps it whole).
        MapEntryDialog *add = openDialog(m_dock->addEntryAction());
        QVERIFY(add);
        add->keyEdit()->setText(u"new.example"_s);
        add->valueEdit()->setText(u"be_b"_s);
        QVERIFY(
            add->previewLabel()->text().contains(u"add map "_s + m_map.reference + u" new.example be_b"_s));
        add->valueEdit()->setText(u"be b"_s);
        QVERIFY2(add->previewLabel()->text().contains(
                     u"add map "_s + m_map.reference + u" <<\nnew.example be b"_s),
            qPrintable(add->previewLabel()->text()));
        add->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(confirmPreview(m_dock.get(), 1));
        QVERIFY(rawEntries(socket(), m_map).contains(qMakePair("new.example"_ba, "be b"_ba)));
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->entriesModel()->rowOfKey(u"new.example"_s) >= 0, WaitMs);

        // Set the value of the entry selected (F2).
        selectKeys({ u"new.example"_s });
        QVERIFY(m_dock->setAction()->isEnabled());
        MapEntryDialog *set = openDialog(m_dock->setAction());
        QVERIFY(set);
        QVERIFY(set->keyEdit()->isReadOnly());
        set->valueEdit()->setText(u"be_a"_s);
        set->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(confirmPreview(m_dock.get(), 1));
        QVERIFY(rawEntries(socket(), m_map).contains(qMakePair("new.example"_ba, "be_a"_ba)));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_dock->entriesModel()->rowAt(m_dock->entriesModel()->rowOfKey(u"new.example"_s))->value,
            u"be_a"_s, WaitMs);

        // Two entries deleted: two steps in one preview.
        selectKeys({ u"new.example"_s, u"c.example"_s });
        m_dock->deleteAction()->trigger();
        QVERIFY(confirmPreview(m_dock.get(), 2));
        const auto after = rawEntries(socket(), m_map);
        QCOMPARE(after,
            (QList<QPair<QByteArray, QByteArray>> { { "a.example", "be_a" }, { "b.example", "be_b" } }));
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->entriesModel()->liveCount(), 2, WaitMs);
        // Put c.example back for the tests that follow.
        QCOMPARE(
            HaproxyFixture::rawCommand(socket(), "add map " + m_map.reference.toUtf8() + " c.example be_b"),
            "\n"_ba);
    }

    // With the instance in a cluster, Whole Cluster (Ctrl+Shift+A) sends an entry edit to every
    // member through the cluster's preview instead of this instance's.
    void entryEditsGoToTheWholeCluster()
    {
        HaproxyFixture::Options options;
        options.body = bodyFor(m_map.reference, m_acl.reference);
        HaproxyFixture second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        auto other = std::make_shared<RuntimeConnection>(Endpoint::parse(second.userSocket()).value());
        other->open();
        QTRY_VERIFY_WITH_TIMEOUT(other->isReady(), WaitMs);
        QAction *whole = m_dock->wholeClusterAction();
        QVERIFY(!whole->isEnabled()); // in no cluster
        RuntimeConnection *mine = m_connection.get();
        m_dock->setClusterLookup([mine, other] {
            return MapsDock::Cluster { u"prod"_s, { { u"lb1"_s, mine }, { u"lb2"_s, other.get() } } };
        });
        QVERIFY(select(m_map));
        QVERIFY(whole->isEnabled());
        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(whole->isChecked());

        MapEntryDialog *add = openDialog(m_dock->addEntryAction());
        QVERIFY(add);
        add->keyEdit()->setText(u"both.example"_s);
        add->valueEdit()->setText(u"be_b"_s);
        add->buttons()->button(QDialogButtonBox::Ok)->click();
        QPointer<ClusterResultDialog> cluster =
            waitForChild<ClusterResultDialog>(m_dock.get(), u"mapsClusterPreview"_s);
        QVERIFY(cluster);
        QVERIFY(!m_dock->findChild<ActionPreviewDialog *>(u"mapsPreview"_s));
        QSignalSpy finished(cluster.data(), &ClusterResultDialog::actionFinished);
        cluster->accept(); // the first OK runs
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(cluster->runner()->summary().allOk());
        for (const QString &node : { socket(), second.userSocket() })
            QVERIFY(rawEntries(node, m_map).contains(qMakePair("both.example"_ba, "be_b"_ba)));
        cluster->accept(); // closes
        QTRY_VERIFY(!cluster);
        QCOMPARE(
            HaproxyFixture::rawCommand(socket(), "del map " + m_map.reference.toUtf8() + " both.example"),
            "\n"_ba);
        m_dock->setClusterLookup({});
        QVERIFY(!whole->isEnabled() && !whole->isChecked());
    }

    void keyboardOpensTheDialogs()
    {
        QVERIFY(select(m_map));
        selectKeys({ u"a.example"_s });
        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_Return); // Enter: set the value
        MapEntryDialog *set = waitForChild<MapEntryDialog>(m_dock.get());
        QVERIFY(set);
        QCOMPARE(set->mode(), MapEntryDialog::Mode::Set);
        QCOMPARE(set->keyEdit()->text(), u"a.example"_s);
        QCOMPARE(set->valueEdit()->text(), u"be_a"_s);
        QVERIFY(set->previewLabel()->text().contains(u"set map "_s + m_map.reference + u" #0x"_s));
        set->valueEdit()->setText(u"be a"_s); // the one-line set would keep "be"
        QVERIFY(!set->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        set->reject();
        QTRY_VERIFY(!m_dock->findChild<MapEntryDialog *>());

        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_S, Qt::ControlModifier); // Export…
        QFileDialog *save = waitForChild<QFileDialog>(m_dock.get());
        QVERIFY(save);
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        save->reject();
    }

    void refusedEntrySendsNothing()
    {
        QVERIFY(select(m_map));
        const auto before = rawEntries(socket(), m_map);
        const qsizetype audited = m_log->records().size();
        MapEntryDialog *add = openDialog(m_dock->addEntryAction());
        QVERIFY(add);
        add->keyEdit()->setText(u"bad;key"_s);
        add->valueEdit()->setText(u"be_a"_s);
        QPushButton *ok = add->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(add->messageLabel()->isVisible());
        QVERIFY2(add->messageLabel()->text().contains(u"';'"_s), qPrintable(add->messageLabel()->text()));
        add->keyEdit()->setText(u"fine"_s);
        add->valueEdit()->setText(u" lead"_s); // a value the payload form would cut
        QVERIFY(!ok->isEnabled());
        add->reject();
        QVERIFY(!m_dock->findChild<ActionPreviewDialog *>());
        QCOMPARE(rawEntries(socket(), m_map), before);
        QCOMPARE(m_log->records().size(), audited);
    }

    void aclPatternAddedAndDeleted()
    {
        QVERIFY(select(m_acl));
        QVERIFY(m_dock->entriesView()->isColumnHidden(MapEntriesModel::Value));
        QVERIFY(!m_dock->setAction()->isEnabled()); // an ACL entry has no value
        MapEntryDialog *add = openDialog(m_dock->addEntryAction());
        QVERIFY(add);
        QVERIFY(!add->valueEdit()->isVisible());
        add->keyEdit()->setText(u"1.2.3.4"_s);
        add->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(confirmPreview(m_dock.get(), 1));
        QVERIFY(rawEntries(socket(), m_acl).contains(qMakePair("1.2.3.4"_ba, ""_ba)));
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->entriesModel()->rowOfKey(u"1.2.3.4"_s) >= 0, WaitMs);
        selectKeys({ u"1.2.3.4"_s });
        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_Delete); // the dock's shortcut
        QVERIFY(confirmPreview(m_dock.get(), 1));
        QVERIFY(!rawEntries(socket(), m_acl).contains(qMakePair("1.2.3.4"_ba, ""_ba)));
    }

    void compareWithFileFlagsRuntimeChanges()
    {
        QVERIFY(m_dock->compareCheck()->isChecked());
        QVERIFY(select(m_map));
        QVERIFY(m_dock->compareCheck()->isEnabled());
        QVERIFY(m_dock->entriesModel()->isCompared());
        QCOMPARE(m_dock->entriesModel()->comparison().differences(), 0);
        QVERIFY2(m_dock->statusLabel()->text().contains(u"same as hosts.map"_s),
            qPrintable(m_dock->statusLabel()->text()));

        // Changed behind the dock's back; F5 reads it again.
        const QByteArray file = m_map.reference.toUtf8();
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "set map " + file + " b.example be_a"), "\n"_ba);
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "add map " + file + " runtime.example be_b"), "\n"_ba);
        QSignalSpy loaded(m_dock.get(), &MapsDock::entriesLoaded);
        focusEntries();
        QTest::keyClick(m_dock->entriesView(), Qt::Key_F5);
        QVERIFY(loaded.wait(WaitMs));
        const MapEntriesModel *model = m_dock->entriesModel();
        const auto state = [model](const QString &key) { return model->rowAt(model->rowOfKey(key))->state; };
        QCOMPARE(state(u"a.example"_s), MapFileState::Same);
        QCOMPARE(state(u"b.example"_s), MapFileState::Differs);
        QCOMPARE(state(u"runtime.example"_s), MapFileState::NotInFile);
        QCOMPARE(model->comparison().differences(), 2);
        QVERIFY2(
            m_dock->statusLabel()->text().contains(u"2 differ"_s), qPrintable(m_dock->statusLabel()->text()));

        // Only the differences, then the comparison off.
        m_dock->findChild<QCheckBox *>(u"mapsDifferencesOnly"_s)->setChecked(true);
        QCOMPARE(m_dock->entriesView()->model()->rowCount(), 2);
        m_dock->findChild<QCheckBox *>(u"mapsDifferencesOnly"_s)->setChecked(false);
        m_dock->setCompareWithFile(false);
        QVERIFY(!model->isCompared());
        m_dock->setCompareWithFile(true);
        QVERIFY(model->isCompared());

        // Back as the file says.
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "set map " + file + " b.example be_b"), "\n"_ba);
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "del map " + file + " runtime.example"), "\n"_ba);
    }

    void exportReadsBackInAReloadedHaproxy()
    {
        QVERIFY(select(m_map));
        const QByteArray file = m_map.reference.toUtf8();
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "add map " + file + " live.example be_a"), "\n"_ba);
        const QString path = m_dir.filePath(u"exported.map"_s);
        QSignalSpy exported(m_dock.get(), &MapsDock::exportFinished);
        m_dock->exportTo(path);
        QVERIFY(exported.wait(WaitMs));
        QVERIFY2(exported.first().at(1).toString().isEmpty(), qPrintable(exported.first().at(1).toString()));

        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto live = rawEntries(socket(), m_map);
        QVERIFY(live.contains(qMakePair("live.example"_ba, "be_a"_ba)));
        QList<QPair<QByteArray, QByteArray>> fromFile;
        for (const MapFileEntry &e : MapFile::parse(written.readAll(), MapParser::Kind::Map))
            fromFile.append({ e.key, e.value });
        QCOMPARE(fromFile, live);

        // A haproxy started on the exported file holds what the first one holds live.
        const QString acl = m_dir.filePath(u"empty.acl"_s);
        QVERIFY(writeFile(acl, ""));
        HaproxyFixture::Options options;
        options.body = bodyFor(path, acl);
        HaproxyFixture reloaded(options);
        QVERIFY2(reloaded.start(), qPrintable(reloaded.errorString()));
        QCOMPARE(rawEntries(reloaded.userSocket(), { Kind::Map, path }), live);
        QCOMPARE(HaproxyFixture::rawCommand(socket(), "del map " + file + " live.example"), "\n"_ba);
    }

    void notConnected()
    {
        m_dock->setConnection(nullptr);
        QCOMPARE(m_dock->listModel()->rowCount(), 0);
        QVERIFY(!m_dock->refreshAction()->isEnabled());
        QVERIFY(!m_dock->compareCheck()->isEnabled());
        QVERIFY(m_dock->statusLabel()->text().contains(u"Not connected"_s));
    }
};

QTEST_MAIN(TestMapsDock)
#include "tst_mapsdock.moc"
