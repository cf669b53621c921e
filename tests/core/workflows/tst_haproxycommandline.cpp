// HaproxyCommandLine: the configuration files of a command line (-f FILE, -fFILE, after --),
// and of a running haproxy master read from /proc.

#include "core/workflows/haproxycommandline.h"
#include "tests/support/haproxyfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHaproxyCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse()
    {
        using namespace Qt::StringLiterals;
        const QByteArray line("haproxy\0-W\0-f\0/etc/haproxy/a.cfg\0-f/etc/haproxy/conf.d\0-p\0/run/h.pid\0"
                              "-S\0/run/m.sock\0--\0x.cfg\0y.cfg",
            98);
        QCOMPARE(HaproxyCommandLine::configFiles(line),
            (QStringList { u"/etc/haproxy/a.cfg"_s, u"/etc/haproxy/conf.d"_s, u"x.cfg"_s, u"y.cfg"_s }));
        QVERIFY(HaproxyCommandLine::configFiles(QByteArray("haproxy\0-f", 10)).isEmpty());
        QVERIFY(HaproxyCommandLine::configFiles({}).isEmpty());
    }

    void runningMaster()
    {
        HaproxyFixture::Options options;
        options.mode = HaproxyFixture::Mode::MasterWorker;
        HaproxyFixture haproxy(options);
        QVERIFY2(haproxy.start(), qPrintable(haproxy.errorString()));
        QCOMPARE(HaproxyCommandLine::configFilesOfProcess(haproxy.masterPid()),
            QStringList { haproxy.configPath() });
        QVERIFY(HaproxyCommandLine::configFilesOfProcess(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHaproxyCommandLine)
#include "tst_haproxycommandline.moc"
