#include "tests/support/procfile.h"

#include <QCoreApplication>
#include <QTest>

#include <unistd.h>

// procfs files report size 0: read whole all the same, and empty for a process that is gone.
class TestProcFile : public QObject
{
    Q_OBJECT

private slots:
    void readsAFileOfSizeZero()
    {
        const QByteArray base = "/proc/" + QByteArray::number(::getpid());
        const QByteArray stat = readProcFile(base + "/stat");
        QVERIFY(stat.startsWith(QByteArray(QByteArray::number(::getpid()) + " (")));
        const QList<QByteArray> argv = readProcFile(base + "/cmdline").split('\0');
        QVERIFY(argv.first().endsWith("tst_procfile"));
    }

    void emptyWhenTheFileIsMissing()
    {
        QVERIFY(readProcFile("/proc/0/stat").isEmpty());
        QVERIFY(readProcFile("/nonexistent/file").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcFile)
#include "tst_procfile.moc"
