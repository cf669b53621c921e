#include "core/storage/writablefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Where a file the user names can go: full paths to a file that is or can be written, and
// each other case refused in words that name the path.
class TestWritableFile : public QObject
{
    Q_OBJECT

private slots:
    void accepted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString existing = dir.filePath(QStringLiteral("audit.jsonl"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(WritableFile::problem(existing), QString());
        QCOMPARE(WritableFile::problem(dir.filePath(QStringLiteral("new.jsonl"))), QString());
        // Folders that do not exist yet are made when the first record is written.
        const QString deep = dir.filePath(QStringLiteral("a/b/audit.jsonl"));
        QCOMPARE(WritableFile::problem(deep), QString());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a")))); // nothing created
    }

    void refused_data()
    {
        QTest::addColumn<QString>("relative"); // to the temporary folder; "" for the cases below
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("No file");
        QTest::newRow("relative") << QString() << QStringLiteral("logs/audit.jsonl")
                                  << QStringLiteral("not a full path");
        QTest::newRow("folder") << QStringLiteral("sub") << QString() << QStringLiteral("is a folder");
        QTest::newRow("trailing slash")
            << QStringLiteral("missing/") << QString() << QStringLiteral("is a folder");
        QTest::newRow("under a file")
            << QStringLiteral("plain/audit.jsonl") << QString() << QStringLiteral("is a file, not a folder");
        QTest::newRow("deep under a file") << QStringLiteral("plain/x/y/audit.jsonl") << QString()
                                           << QStringLiteral("is a file, not a folder");
    }

    void refused()
    {
        QFETCH(QString, relative);
        QFETCH(QString, path);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        if (!relative.isEmpty())
            path = dir.path() + u'/' + relative;
        const QString problem = WritableFile::problem(path);
        QVERIFY2(problem.contains(says), qPrintable(problem));
        if (!path.isEmpty() && path.startsWith(u'/'))
            QVERIFY2(problem.contains(dir.path()), qPrintable(problem));
    }

    void permissionsAreChecked()
    {
        if (geteuid() == 0)
            QSKIP("root writes through any permission");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QVERIFY(WritableFile::problem(locked + QStringLiteral("/audit.jsonl"))
                    .contains(QStringLiteral("cannot be written")));
        QVERIFY(WritableFile::problem(locked + QStringLiteral("/new/audit.jsonl"))
                    .contains(QStringLiteral("cannot be made")));
        QVERIFY(QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TestWritableFile)
#include "tst_writablefile.moc"
