// AtomicFile: files private to the user (0600, new folders 0700), an old 0644 file made
// private by the rewrite, a failure in words naming the path, and copies of unreadable
// files kept aside without ever replacing an earlier one.

#include "core/storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr QFile::Permissions Mode0600 = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions Mode0700 = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions Mode0644 = Mode0600 | QFile::ReadGroup | QFile::ReadOther;

// Only the owner/group/other bits (QFile also reports ReadUser etc. for the current user).
QFile::Permissions mode(const QString &path)
{
    return QFile::permissions(path)
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void newFileIsPrivateInAPrivateFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("new/deeper"));
        const QString path = folder + QStringLiteral("/file.json");
        QCOMPARE(AtomicFile::write(path, "hello"), QString());
        QCOMPARE(contents(path), QByteArray("hello"));
        QCOMPARE(mode(path), Mode0600);
        QCOMPARE(mode(folder), Mode0700);
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("new"))), Mode0700);
        // No temporary file is left behind.
        QCOMPARE(
            QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("file.json") });
    }

    void existingFolderIsLeftAlone()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, Mode0700 | QFile::ReadGroup | QFile::ExeGroup));
        QCOMPARE(AtomicFile::write(folder + QStringLiteral("/f"), "x"), QString());
        QCOMPARE(mode(folder), Mode0700 | QFile::ReadGroup | QFile::ExeGroup);
    }

    void overwritten0644FileBecomes0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.json"));
        put(path, "old");
        QVERIFY(QFile::setPermissions(path, Mode0644));
        QCOMPARE(mode(path), Mode0644);
        QCOMPARE(AtomicFile::write(path, "new"), QString());
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(mode(path), Mode0600);
    }

    void failureNamesThePathAndChangesNothing()
    {
        // A file where the folder should be: fails even for root, who may write anywhere.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        put(blocker, "not a folder");
        const QString path = blocker + QStringLiteral("/sub/file.json");
        const QString error = AtomicFile::write(path, "x");
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(
            error.contains(QDir::toNativeSeparators(blocker + QStringLiteral("/sub"))), qPrintable(error));
        QCOMPARE(contents(blocker), QByteArray("not a folder"));

        // The file itself a folder: the rename fails, and says so.
        const QString folder = m_dir.filePath(QStringLiteral("isafolder"));
        QVERIFY(QDir().mkdir(folder));
        const QString second = AtomicFile::write(folder, "x");
        QVERIFY(!second.isEmpty());
        QVERIFY2(second.contains(QDir::toNativeSeparators(folder)), qPrintable(second));
        QVERIFY(QFileInfo(folder).isDir());
    }

    void exportsNeedAnExistingFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.csv"));
        const QString error = AtomicFile::write(path, "x", AtomicFile::Folders::MustExist);
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("no/such/dir")))),
            qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
        QCOMPARE(
            AtomicFile::write(m_dir.filePath(QStringLiteral("x.csv")), "x", AtomicFile::Folders::MustExist),
            QString());
    }

    void makePrivateCreatesOrFixesTheMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("conf/hadesk.conf"));
        QCOMPARE(AtomicFile::makePrivate(path), QString());
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(mode(path), Mode0600);
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("conf"))), Mode0700);

        put(path, "[General]\nkept=1\n");
        QVERIFY(QFile::setPermissions(path, Mode0644));
        QCOMPARE(AtomicFile::makePrivate(path), QString());
        QCOMPARE(mode(path), Mode0600);
        QCOMPARE(contents(path), QByteArray("[General]\nkept=1\n"));
    }

    void deadLocksGoLiveLocksStay()
    {
        const QString lock = m_dir.filePath(QStringLiteral("s.ini.lock"));
        QVERIFY(!AtomicFile::removeDeadLock(lock)); // none there

        // Empty: its writer died between creating and filling it (QLockFile would wait 30 s).
        put(lock, QByteArray());
        QVERIFY(AtomicFile::removeDeadLock(lock));
        QVERIFY(!QFileInfo::exists(lock));

        // Names a process that is gone.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished(5000));
        put(lock, QByteArray::number(gone.processId()) + "\nhadesk\nhost\n");
        QVERIFY(AtomicFile::removeDeadLock(lock));
        QVERIFY(!QFileInfo::exists(lock));

        // Names a live process (this one) without holding it: kept, QLockFile decides.
        put(lock, QByteArray::number(QCoreApplication::applicationPid()) + "\nhadesk\nhost\n");
        QVERIFY(!AtomicFile::removeDeadLock(lock));
        QVERIFY(QFileInfo::exists(lock));
        QVERIFY(QFile::remove(lock));

        // Held by a live QLockFile: kept.
        QLockFile held(lock);
        QVERIFY(held.tryLock(0));
        QVERIFY(!AtomicFile::removeDeadLock(lock));
        QVERIFY(QFileInfo::exists(lock));
        held.unlock();
    }

    void keepAsideNumbersLaterCopies()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.json"));
        put(path, "first garbage");
        QVERIFY(QFile::setPermissions(path, Mode0644));
        const QString first = AtomicFile::keepAside(path);
        QCOMPARE(first, path + QStringLiteral(".corrupt"));
        QCOMPARE(contents(first), QByteArray("first garbage"));
        QCOMPARE(mode(first), Mode0600);
        QCOMPARE(contents(path), QByteArray("first garbage")); // the original is not touched

        // The same bytes again: the earlier copy is enough.
        QCOMPARE(AtomicFile::keepAside(path), first);

        // Other bytes: a second copy, stamped, and the first one kept.
        put(path, "second garbage");
        const QString second = AtomicFile::keepAside(path);
        QVERIFY(second.startsWith(path + QStringLiteral(".corrupt.")));
        QCOMPARE(contents(second), QByteArray("second garbage"));
        QCOMPARE(mode(second), Mode0600);
        QCOMPARE(contents(first), QByteArray("first garbage"));

        put(path, "third garbage");
        const QString third = AtomicFile::keepAside(path);
        QVERIFY(!third.isEmpty());
        QVERIFY(third != first && third != second);
        QCOMPARE(contents(third), QByteArray("third garbage"));
        QCOMPARE(contents(second), QByteArray("second garbage"));
    }

    void keepAsideOfAMissingFileFails()
    {
        QCOMPARE(AtomicFile::keepAside(m_dir.filePath(QStringLiteral("none.json"))), QString());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.json.corrupt"))));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
