// ClusterStore: validation, the JSON round trip, atomic private writes that change nothing on
// failure, and an unreadable file kept aside and never written over.

#include "models/clusterstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ClusterDefinition cluster(const QString &name, const QStringList &members)
{
    return ClusterDefinition { name, members };
}

// The file's mode: owner, group and other bits (not QFile's "current user" ones).
QFileDevice::Permissions mode(const QString &path)
{
    return QFileInfo(path).permissions() & QFileDevice::Permissions(0xF0FF);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestClusterStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name = QStringLiteral("clusters.json")) const { return m_dir.filePath(name); }

private slots:
    void init()
    {
        // Also the .corrupt copies a test left.
        QDir dir(m_dir.path());
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : files)
            QVERIFY(dir.remove(name));
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(ClusterStore::defaultPath().endsWith(QStringLiteral("/clusters.json")));
        ClusterStore store;
        QCOMPARE(store.path(), ClusterStore::defaultPath());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QString>("problem"); // a word the message must contain; empty: valid

        QTest::newRow("ok") << u"prod"_s << QStringList { u"lb1"_s, u"lb2"_s } << QString();
        QTest::newRow("three") << u"prod"_s << QStringList { u"a"_s, u"b"_s, u"c"_s } << QString();
        QTest::newRow("empty name") << u"  "_s << QStringList { u"lb1"_s, u"lb2"_s } << u"name"_s;
        QTest::newRow("one member") << u"prod"_s << QStringList { u"lb1"_s } << u"two"_s;
        QTest::newRow("no member") << u"prod"_s << QStringList {} << u"two"_s;
        QTest::newRow("twice") << u"prod"_s << QStringList { u"lb1"_s, u"lb1"_s } << u"twice"_s;
        QTest::newRow("twice after trim") << u"prod"_s << QStringList { u"lb1"_s, u" lb1 "_s } << u"twice"_s;
        QTest::newRow("blank member") << u"prod"_s << QStringList { u"lb1"_s, u" "_s } << u"no name"_s;
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, members);
        QFETCH(QString, problem);
        ClusterStore store(path());
        QSignalSpy changed(&store, &ClusterStore::changed);
        const QString message = ClusterStore::validateDefinition(cluster(name, members));
        const Result<ClusterDefinition> added = store.add(cluster(name, members));
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QVERIFY(added.ok());
            QCOMPARE(changed.size(), 1);
            QVERIFY(QFile::exists(path()));
        } else {
            QVERIFY2(message.contains(problem, Qt::CaseInsensitive), qPrintable(message));
            QVERIFY(!added.ok());
            QCOMPARE(added.error(), message);
            QCOMPARE(changed.size(), 0);
            QVERIFY(store.clusters().isEmpty());
            QVERIFY(!QFile::exists(path())); // nothing written
        }
    }

    void namesAreUniqueIgnoringCase()
    {
        ClusterStore store(path());
        QVERIFY(store.add(cluster(u"Prod"_s, { u"a"_s, u"b"_s })).ok());
        const Result<ClusterDefinition> again = store.add(cluster(u"prod"_s, { u"c"_s, u"d"_s }));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"already exists"_s), qPrintable(again.error()));
        QCOMPARE(store.clusters().size(), 1);
        // Editing a cluster may keep its own name.
        QVERIFY(store.validate(cluster(u"Prod"_s, { u"a"_s, u"c"_s }), u"Prod"_s).isEmpty());
    }

    void roundTrip()
    {
        {
            ClusterStore store(path());
            QVERIFY(store.add(cluster(u" prod "_s, { u"lb1"_s, u" lb2"_s })).ok());
            QVERIFY(store.add(cluster(u"staging"_s, { u"s1"_s, u"s2"_s, u"s3"_s })).ok());
            QCOMPARE(store.clusters().first().name, u"prod"_s); // trimmed
            QCOMPARE(store.clusters().first().members, QStringList({ u"lb1"_s, u"lb2"_s }));
        }
        ClusterStore reloaded(path());
        QSignalSpy changed(&reloaded, &ClusterStore::changed);
        const Result<int> loaded = reloaded.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(*loaded, 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reloaded.clusters(),
            QList<ClusterDefinition>({ cluster(u"prod"_s, { u"lb1"_s, u"lb2"_s }),
                cluster(u"staging"_s, { u"s1"_s, u"s2"_s, u"s3"_s }) }));
        QCOMPARE(reloaded.cluster(u"staging"_s).members.size(), 3);
        QCOMPARE(reloaded.indexOf(u"nope"_s), -1);
    }

    void updateRenameRemove()
    {
        ClusterStore store(path());
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        QVERIFY(store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s })).ok());
        QSignalSpy changed(&store, &ClusterStore::changed);

        QVERIFY(store.update(u"prod"_s, cluster(u"prod"_s, { u"a"_s, u"b"_s, u"e"_s })).ok());
        QCOMPARE(store.cluster(u"prod"_s).members.size(), 3);
        QVERIFY(!store.rename(u"prod"_s, u"DEV"_s).ok()); // taken
        QVERIFY(!store.rename(u"prod"_s, u""_s).ok());
        QVERIFY(!store.rename(u"nope"_s, u"x"_s).ok());
        QVERIFY(store.rename(u"prod"_s, u"production"_s).ok());
        QCOMPARE(store.indexOf(u"prod"_s), -1);
        QCOMPARE(store.indexOf(u"production"_s), 0); // keeps its place
        QVERIFY(!store.remove(u"nope"_s).ok());
        QVERIFY(store.remove(u"dev"_s).ok());
        QCOMPARE(changed.size(), 3);

        ClusterStore reloaded(path());
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.clusters(),
            QList<ClusterDefinition>({ cluster(u"production"_s, { u"a"_s, u"b"_s, u"e"_s }) }));
    }

    void missingFileIsEmpty()
    {
        ClusterStore store(path(u"nothing-here.json"_s));
        const Result<int> loaded = store.load();
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, 0);
    }

    void badFileIsRefusedAndKeepsTheList()
    {
        ClusterStore store(path());
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        for (const QByteArray &content : { QByteArray("{ not json"), QByteArray("[1, 2]"),
                 QByteArray(R"({"version": 99, "clusters": []})") }) {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            const Result<int> loaded = store.load();
            QVERIFY2(!loaded.ok(), content.constData());
            QVERIFY(loaded.error().contains(path()));
            QCOMPARE(store.clusters().size(), 1);
        }
    }

    void invalidEntriesAreSkipped()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "clusters": [
            {"name": "ok", "members": ["a", "b"]},
            {"name": "", "members": ["a", "b"]},
            {"name": "solo", "members": ["a"]},
            {"name": "OK", "members": ["c", "d"]},
            {"name": "dup", "members": ["a", "a"]},
            "garbage"
        ]})");
        file.close();
        ClusterStore store(path());
        const Result<int> loaded = store.load();
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, 1);
        QCOMPARE(store.skippedOnLoad(), 5);
        QCOMPARE(store.clusters().first().name, u"ok"_s);
    }

    // The file's bytes as ClusterStore::parse() reads them (fuzz_clusters fuzzes it): a
    // version that is not a whole number in range is not format 1 (toInt() used to answer its
    // default, 1, for these), and entries of the wrong type are skipped.
    void parseRangeChecksTheVersion()
    {
        for (const QByteArray &content : { QByteArray(R"({"version": 1e300, "clusters": []})"),
                 QByteArray(R"({"version": 1.5, "clusters": []})") }) {
            const Result<ClusterStore::Parsed> parsed = ClusterStore::parse(content);
            QVERIFY2(!parsed, content.constData());
            QVERIFY2(parsed.error().contains(u"newer"_s), qPrintable(parsed.error()));
        }
        const Result<ClusterStore::Parsed> parsed = ClusterStore::parse(
            R"({"clusters": [{"name": ["x"], "members": 3}, {"name": "p", "members": ["a", 7, "b"]},
                {"name": "q", "members": ["a", "b"]}]})");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->skipped, 2);
        QCOMPARE(parsed->clusters, QList<ClusterDefinition>({ cluster(u"q"_s, { u"a"_s, u"b"_s }) }));
    }

    // A write that cannot happen changes neither the file nor the list.
    void failedWriteChangesNothing()
    {
        ClusterStore store(path());
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        const QByteArray before = readAll(path());
        // A read-only folder stops QSaveFile's temporary file (unless we run as root).
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QSignalSpy changed(&store, &ClusterStore::changed);
        const Result<ClusterDefinition> added = store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s }));
        const Result<ClusterDefinition> removed = store.remove(u"prod"_s);
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        if (added.ok())
            QSKIP("the folder stayed writable (running as root?)");
        QVERIFY(!added.error().isEmpty());
        QVERIFY(!removed.ok());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.clusters().size(), 1);
        QCOMPARE(readAll(path()), before);
    }

    // The same with a failure root cannot bypass: a folder where the file should be.
    void failedWriteChangesNothingEvenAsRoot()
    {
        const QString target = path(u"taken.json"_s);
        ClusterStore store(target);
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        QVERIFY(QFile::remove(target));
        QVERIFY(QDir().mkpath(target));
        QSignalSpy changed(&store, &ClusterStore::changed);
        const Result<ClusterDefinition> added = store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s }));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(target), qPrintable(added.error()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.clusters().size(), 1);
        QVERIFY(QFileInfo(target).isDir());
        QVERIFY(QDir().rmdir(target));
    }

    // QSaveFile writes a temporary file and renames it over the old one: no temporary file is
    // left behind, and the result is always complete JSON.
    void writeIsAtomic()
    {
        ClusterStore store(path());
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.add(cluster(u"c%1"_s.arg(i), { u"a"_s, u"b"_s })).ok());
        QCOMPARE(
            QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ u"clusters.json"_s }));
        ClusterStore reloaded(path());
        QCOMPARE(*reloaded.load(), 20);
    }

    // Files hadesk writes are the user's alone: 0600, in a folder created 0700.
    void fileIsPrivate()
    {
        const QString folder = m_dir.filePath(u"private"_s);
        const QString target = folder + u"/clusters.json"_s;
        ClusterStore store(target);
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        QCOMPARE(mode(target), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode(folder), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QDir(folder).removeRecursively());
    }

    void unreadableFileIsKeptAsideAndNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("bad JSON") << QByteArray("{ \"version\": 1, \"clusters\": [ {\"name\": \"prod\"");
        QTest::newRow("wrong shape") << QByteArray(R"([{"name": "prod", "members": ["a", "b"]}])");
        QTest::newRow("newer version") << QByteArray(R"({"version": 2, "clusters": [], "groups": {}})");
    }

    // A file that does not read must not be replaced by the (empty) list in memory at the
    // next change: every cluster in it would be lost.
    void unreadableFileIsKeptAsideAndNeverWritten()
    {
        QFETCH(QByteArray, content);
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        ClusterStore store(path());
        const Result<int> loaded = store.load();
        QVERIFY(!loaded.ok());
        const QString copy = path() + u".corrupt"_s;
        QVERIFY2(loaded.error().contains(path()), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(copy), qPrintable(loaded.error()));
        QCOMPARE(readAll(copy), content);

        QSignalSpy changed(&store, &ClusterStore::changed);
        const Result<ClusterDefinition> added = store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s }));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(path()), qPrintable(added.error()));
        QVERIFY(!store.update(u"prod"_s, cluster(u"prod"_s, { u"c"_s, u"d"_s })).ok());
        QVERIFY(!store.remove(u"prod"_s).ok());
        QCOMPARE(changed.size(), 0);
        QVERIFY(store.clusters().isEmpty());
        QCOMPARE(readAll(path()), content);
        QCOMPARE(readAll(copy), content);
    }

    // What unblocks the store: the user's choice to start with an empty list (the copy stays),
    // or a later load() that reads a file (the unreadable one was moved away or mended).
    void blockedUntilStartEmptyOrAReadableFile()
    {
        const QByteArray garbage("not clusters at all");
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();

        ClusterStore store(path());
        QVERIFY(!store.load().ok());
        QVERIFY(store.isBlocked());
        const QString copy = store.corruptCopyPath();
        QCOMPARE(copy, path() + u".corrupt"_s);
        QCOMPARE(mode(copy), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Loading the same bytes again makes no second copy.
        QVERIFY(!store.load().ok());
        QCOMPARE(store.corruptCopyPath(), copy);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList({ u"clusters.json"_s, u"clusters.json.corrupt"_s }));

        QVERIFY(store.startEmpty().ok());
        QVERIFY(!store.isBlocked());
        QVERIFY(store.add(cluster(u"prod"_s, { u"a"_s, u"b"_s })).ok());
        QCOMPARE(readAll(copy), garbage);
        QCOMPARE(*ClusterStore(path()).load(), 1);

        // Blocked again, then the user moves the file away: load() reads nothing, unblocked.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[]");
        file.close();
        QVERIFY(!store.load().ok());
        QVERIFY(store.isBlocked());
        QCOMPARE(store.clusters().size(), 1); // the list in memory is kept, but not written
        QVERIFY(!store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s })).ok());
        QVERIFY(QFile::rename(path(), m_dir.filePath(u"moved.json"_s)));
        QVERIFY(store.load().ok());
        QVERIFY(!store.isBlocked());
        QVERIFY(store.add(cluster(u"dev"_s, { u"c"_s, u"d"_s })).ok());
    }

    // Without a copy, starting empty would lose the file: refused.
    void startEmptyNeedsACopy()
    {
        // A folder at the path: it cannot be read as a file, and no copy can be made.
        QVERIFY(QDir().mkpath(path()));
        ClusterStore store(path());
        const Result<int> loaded = store.load();
        QVERIFY(!loaded.ok());
        QVERIFY(store.isBlocked());
        QCOMPARE(store.corruptCopyPath(), QString());
        QVERIFY2(loaded.error().contains(u"no copy"_s), qPrintable(loaded.error()));
        const Result<void> started = store.startEmpty();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(path()), qPrintable(started.error()));
        QVERIFY(store.isBlocked());
        QVERIFY(QDir().rmdir(path()));
    }
};

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
