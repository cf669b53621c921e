// DrainJobStore and DrainJob's JSON form: a round trip, atomic writes that leave no
// temporary file, a corrupt or partial file reported and kept aside (never silently
// dropped), and a writer killed with SIGKILL at random moments whose file always loads.

#include "core/storage/drainjobstore.h"
#include "core/workflows/drainjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const char WriterVariable[] = "HADESK_DRAINSTORE_WRITER";

DrainJob sampleJob(int n, DrainJob::EndAction end = DrainJob::EndAction::Maint)
{
    DrainJob job = DrainJob::create(QStringLiteral("/run/haproxy/admin.sock"), QStringLiteral("be"),
        QStringLiteral("s%1").arg(n), QDateTime::currentDateTimeUtc().addSecs(60 + n), end);
    job.idleDeadlineSeconds = 30 + n;
    job.readyAfterMinutes = 0.5;
    job.lastError = QStringLiteral("error “%1”").arg(n);
    job.currentSessions = n;
    job.initialSessions = n + 1;
    return job;
}

// The writer's lists: generation g has g % 7 + 1 jobs, server names carrying g.
QList<DrainJob> generation(int g)
{
    QList<DrainJob> jobs;
    for (int i = 0; i < g % 7 + 1; ++i) {
        DrainJob job = sampleJob(i);
        job.server = QStringLiteral("g%1_s%2").arg(g).arg(i);
        job.lastError = QString(200 * (g % 5), QLatin1Char('x')); // sizes vary
        jobs.append(job);
    }
    return jobs;
}

// Runs in the re-executed test binary: saves generation after generation until killed.
int runWriter(const QString &path)
{
    DrainJobStore store(path);
    for (int g = 0;; ++g) {
        QString error;
        if (!store.save(generation(g), &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 2;
        }
        // One line per generation saved: the test kills it after a number of saves it chose.
        std::fputs("saved\n", stdout);
        std::fflush(stdout);
    }
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestDrainJobStore : public QObject
{
    Q_OBJECT

private slots:
    void jobJsonRoundTrip()
    {
        DrainJob job = sampleJob(3, DrainJob::EndAction::ReadyAfter);
        job.state = DrainJob::State::InWindow;
        job.transitions.append({ DrainJob::State::Draining, QDateTime::currentDateTimeUtc() });
        job.drainStartedUtc = QDateTime::currentDateTimeUtc().addSecs(-5);
        job.windowEndsUtc = QDateTime::currentDateTimeUtc().addSecs(20);
        job.shutdownAtDeadline = true;
        job.sessionsShutDown = true;
        job.serverState = QStringLiteral("MAINT");
        const Result<DrainJob> back = DrainJob::fromJson(job.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(*back, job);
    }

    void fromJsonNamesTheBadField()
    {
        QJsonObject object = sampleJob(1).toJson();
        object.insert(QStringLiteral("state"), QStringLiteral("sleeping"));
        const Result<DrainJob> bad = DrainJob::fromJson(object);
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QStringLiteral("state")), qPrintable(bad.error()));
    }

    void validateRefusesBadInput()
    {
        DrainJob job = sampleJob(1);
        QVERIFY(job.validate());
        job.server = QStringLiteral("s1;del server be/s2");
        QVERIFY(!job.validate());
        QVERIFY(!job.plannedCommands());
        job = sampleJob(1, DrainJob::EndAction::ReadyAfter);
        job.readyAfterMinutes = 0;
        QVERIFY(!job.validate());
        job = sampleJob(1);
        job.instanceId.clear();
        QVERIFY(!job.validate());
    }

    // A hand-edited drains.json: numbers of the right type but unusable are range-checked
    // before any conversion, and the job reads as Failed with the reason (shown, kept in the
    // list, never run) rather than running with 0 in place of 1e300 or overflowing a cast.
    void unusableValuesFailTheJob_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("window 1e300")
            << u"readyAfterMinutes"_s << QJsonValue(1e300) << u"maintenance window"_s;
        QTest::newRow("window NaN") << u"readyAfterMinutes"_s << QJsonValue(qQNaN())
                                    << u"maintenance window"_s;
        QTest::newRow("window inf") << u"readyAfterMinutes"_s << QJsonValue(qInf())
                                    << u"maintenance window"_s;
        QTest::newRow("window negative")
            << u"readyAfterMinutes"_s << QJsonValue(-3) << u"maintenance window"_s;
        QTest::newRow("deadline 1e300")
            << u"idleDeadlineSeconds"_s << QJsonValue(1e300) << u"idleDeadlineSeconds"_s;
        QTest::newRow("deadline 3e9")
            << u"idleDeadlineSeconds"_s << QJsonValue(3e9) << u"idleDeadlineSeconds"_s;
        QTest::newRow("deadline 1.5")
            << u"idleDeadlineSeconds"_s << QJsonValue(1.5) << u"idleDeadlineSeconds"_s;
        QTest::newRow("deadline negative") << u"idleDeadlineSeconds"_s << QJsonValue(-5) << u"negative"_s;
        QTest::newRow("deadline 8 days") << u"idleDeadlineSeconds"_s << QJsonValue(8 * 86400) << u"7 days"_s;
        QTest::newRow("sessions 1e300") << u"currentSessions"_s << QJsonValue(1e300) << u"currentSessions"_s;
        QTest::newRow("sessions text")
            << u"initialSessions"_s << QJsonValue(u"many"_s) << u"initialSessions"_s;
        QTest::newRow("bad server name")
            << u"server"_s << QJsonValue(u"s1;del server be/s2"_s) << u"server name"_s;
    }

    void unusableValuesFailTheJob()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        for (const DrainJob::State state : { DrainJob::State::Waiting, DrainJob::State::WaitingIdle }) {
            DrainJob job = sampleJob(1, DrainJob::EndAction::ReadyAfter);
            job.state = state;
            QJsonObject object = job.toJson();
            object.insert(field, value);
            const Result<DrainJob> read = DrainJob::fromJson(object);
            QVERIFY2(read, qPrintable(read.error()));
            QCOMPARE(read->id, job.id);
            QCOMPARE(read->state, DrainJob::State::Failed);
            QCOMPARE(read->transitions.last().state, DrainJob::State::Failed);
            QVERIFY2(read->lastError.contains(reason), qPrintable(read->lastError));
            QVERIFY(!read->validate() || !read->lastError.isEmpty());
            QVERIFY(read->readyAfterMs() >= 0 && read->readyAfterMs() <= 7LL * 24 * 3600 * 1000);
            QVERIFY(!read->endActionText().isEmpty());
        }
        // A finished job keeps its state: it is history, nothing will run it.
        DrainJob done = sampleJob(1);
        done.state = DrainJob::State::Done;
        QJsonObject object = done.toJson();
        object.insert(field, value);
        const Result<DrainJob> read = DrainJob::fromJson(object);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->state, DrainJob::State::Done);
    }

    // The conversion itself is bounded: 1e300 minutes cast to qint64 was undefined behaviour.
    void readyAfterMsIsBounded()
    {
        DrainJob job = sampleJob(1, DrainJob::EndAction::ReadyAfter);
        job.readyAfterMinutes = 1e300;
        QCOMPARE(job.readyAfterMs(), 7LL * 24 * 3600 * 1000);
        job.readyAfterMinutes = qQNaN();
        QCOMPARE(job.readyAfterMs(), 0);
        job.readyAfterMinutes = -qInf();
        QCOMPARE(job.readyAfterMs(), 0);
        job.readyAfterMinutes = 0.5;
        QCOMPARE(job.readyAfterMs(), 30000);
    }

    void plannedCommandsFollowTheEndAction()
    {
        const QStringList maint = *sampleJob(1).plannedCommands();
        QCOMPARE(maint.first(), QStringLiteral("set server be/s1 state drain"));
        QCOMPARE(maint.last(), QStringLiteral("set server be/s1 state maint"));
        const QStringList remove = *sampleJob(1, DrainJob::EndAction::Remove).plannedCommands();
        QCOMPARE(remove.last(), QStringLiteral("del server be/s1"));
        const QStringList ready = *sampleJob(1, DrainJob::EndAction::ReadyAfter).plannedCommands();
        QCOMPARE(ready.last(), QStringLiteral("set server be/s1 state ready"));
    }

    void roundTripAndNoTemporaryFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/drains.json"));
        DrainJobStore store(path);
        const DrainJobStore::LoadResult empty = store.load();
        QVERIFY(empty.ok());
        QVERIFY(empty.jobs.isEmpty());

        const QList<DrainJob> jobs { sampleJob(1), sampleJob(2, DrainJob::EndAction::Remove),
            sampleJob(3, DrainJob::EndAction::ReadyAfter) };
        QString error;
        QVERIFY2(store.save(jobs, &error), qPrintable(error));
        QVERIFY2(store.save(jobs.mid(1), &error), qPrintable(error));
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("sub"))), QStringList { QStringLiteral("drains.json") });
        const DrainJobStore::LoadResult loaded = store.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.jobs, jobs.mid(1));
    }

    void corruptFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drains.json"));
        DrainJobStore store(path);
        QVERIFY(store.save({ sampleJob(1) }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray good = file.readAll();
        file.resize(good.size() / 2); // a torn write, as another program might leave it
        file.close();

        const DrainJobStore::LoadResult loaded = store.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QStringLiteral("JSON")), qPrintable(loaded.error));
        QCOMPARE(loaded.corruptCopyPath, path + QStringLiteral(".corrupt"));
        QFile copy(loaded.corruptCopyPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), good.left(good.size() / 2));

        // A second bad load of the same bytes needs no second copy; other bad bytes keep the
        // first copy and make another.
        QCOMPARE(store.load().corruptCopyPath, path + QStringLiteral(".corrupt"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ also torn");
        file.close();
        const DrainJobStore::LoadResult again = store.load();
        QVERIFY(!again.ok());
        QVERIFY(again.corruptCopyPath.startsWith(path + QStringLiteral(".corrupt.")));
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
    }

    // The jobs are the user's alone: 0600 in a folder created 0700, also when an older
    // hadesk left the file 0644.
    void fileIsPrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new"));
        const QString path = folder + QStringLiteral("/drains.json");
        const auto mode = [](const QString &file) {
            return QFileInfo(file).permissions() & QFileDevice::Permissions(0xF0FF); // not the *User bits
        };
        QString error;
        QVERIFY2(DrainJobStore(path).save({ sampleJob(1) }, &error), qPrintable(error));
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode(folder), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QVERIFY(QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        QVERIFY2(DrainJobStore(path).save({ sampleJob(2) }, &error), qPrintable(error));
        QCOMPARE(mode(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // A file that cannot even be opened (here a socket, which no one, not even root, can
    // read) cannot be copied aside: the scheduler's next save must not replace it.
    void unreadableFileWithoutCopyIsNeverSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drains.json"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        qstrcpy(address.sun_path, encoded.constData());
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd); // the socket file stays

        DrainJobStore store(path);
        const DrainJobStore::LoadResult loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.corruptCopyPath, QString());
        QString error;
        QVERIFY(!store.save({ sampleJob(1) }, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not saved")), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo(path).isFile()); // still the socket

        // Moved away: the next load finds no file, and saving works again.
        QVERIFY(QFile::remove(path));
        QVERIFY(store.load().ok());
        QVERIFY2(store.save({ sampleJob(1) }, &error), qPrintable(error));
    }

    void partlyBadFileKeepsTheGoodJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drains.json"));
        DrainJobStore store(path);
        QVERIFY(store.save({ sampleJob(1), sampleJob(2) }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("\"end\": \"maint\"", "\"end\": \"explode\""); // both jobs
        QJsonDocument document = QJsonDocument::fromJson(bytes);
        QJsonObject root = document.object();
        QJsonArray jobs = root.value(QStringLiteral("jobs")).toArray();
        jobs.replace(0, sampleJob(7).toJson()); // the first one good again
        root.insert(QStringLiteral("jobs"), jobs);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        const DrainJobStore::LoadResult loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.jobs.size(), 1);
        QCOMPARE(loaded.jobs.first().server, QStringLiteral("s7"));
        QVERIFY2(loaded.error.contains(QStringLiteral("job 2")), qPrintable(loaded.error));
        QVERIFY(QFile::exists(loaded.corruptCopyPath));
    }

    void notADrainsDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drains.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"something-else\", \"version\": 1, \"jobs\": []}");
        file.close();
        const DrainJobStore::LoadResult loaded = DrainJobStore(path).load();
        QVERIFY(!loaded.ok());
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
    }

    // A writer saving in a tight loop is killed at random moments (after a random number of
    // saves, while it goes on saving), 20 times: the file must always load, holding one whole
    // generation.
    void survivesSigkillDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drains.json"));
        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(WriterVariable), path);
            writer.setProcessEnvironment(environment);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(writer.waitForStarted(10000));
            const int saves = int(QRandomGenerator::global()->bounded(1, 60));
            int saved = 0;
            auto savedEnough = [&] {
                while (writer.canReadLine()) {
                    writer.readLine();
                    ++saved;
                }
                return saved >= saves;
            };
            QTRY_VERIFY_WITH_TIMEOUT(savedEnough(), 20000);
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            const DrainJobStore::LoadResult loaded = DrainJobStore(path).load();
            QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(loaded.error)));
            QVERIFY(!loaded.jobs.isEmpty());
            // Whole generation: every name of the same g, as many as that g has.
            const QString first = loaded.jobs.first().server;
            const int g = first.mid(1, first.indexOf(QLatin1Char('_')) - 1).toInt();
            QList<QString> names;
            for (const DrainJob &job : loaded.jobs)
                names.append(job.server);
            QList<QString> expected;
            for (const DrainJob &job : generation(g))
                expected.append(job.server);
            QCOMPARE(names, expected);
        }
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(WriterVariable)) {
        QCoreApplication app(argc, argv);
        return runWriter(qEnvironmentVariable(WriterVariable));
    }
    QCoreApplication app(argc, argv);
    TestDrainJobStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drainjobstore.moc"
