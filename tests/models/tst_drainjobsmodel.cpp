// DrainJobsModel over a DrainScheduler without a connection (jobs wait for it), checked by
// QAbstractItemModelTester: rows follow jobs added, changed (one row's dataChanged),
// cancelled and cleared, overdue jobs loaded from a store, and the progress role.

#include "core/storage/drainjobstore.h"
#include "core/workflows/drainjob.h"
#include "core/workflows/drainscheduler.h"
#include "models/drainjobsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Instance = QStringLiteral("/run/haproxy/admin.sock");

DrainJob makeJob(
    const QString &server, int delaySeconds, DrainJob::EndAction end = DrainJob::EndAction::Maint)
{
    return DrainJob::create(
        Instance, QStringLiteral("be"), server, QDateTime::currentDateTimeUtc().addSecs(delaySeconds), end);
}

} // namespace

class TestDrainJobsModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheScheduler()
    {
        DrainScheduler scheduler;
        DrainJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScheduler(&scheduler);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DrainJobsModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QUuid a = *scheduler.addJob(makeJob(QStringLiteral("s1"), 600));
        const QUuid b = *scheduler.addJob(makeJob(QStringLiteral("s2"), 600, DrainJob::EndAction::Remove));
        DrainJob window = makeJob(QStringLiteral("s3"), 600, DrainJob::EndAction::ReadyAfter);
        window.readyAfterMinutes = 15;
        const QUuid c = *scheduler.addJob(window);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.jobId(1), b);
        QCOMPARE(model.rowOf(c), 2);
        QCOMPARE(model.index(0, DrainJobsModel::Server).data().toString(), QStringLiteral("be/s1"));
        QCOMPARE(model.index(0, DrainJobsModel::Instance).data().toString(), Instance);
        QCOMPARE(model.index(1, DrainJobsModel::EndAction).data().toString(), QStringLiteral("Remove"));
        QCOMPARE(model.index(2, DrainJobsModel::EndAction).data().toString(),
            QStringLiteral("Back to ready after 15 min"));
        // No connection: waiting, and saying so.
        QVERIFY(model.index(0, DrainJobsModel::State)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not connected")));
        QCOMPARE(model.index(0, DrainJobsModel::State).data(DrainJobsModel::RawRole).toInt(),
            int(DrainJob::State::Waiting));
        QCOMPARE(model.index(0, DrainJobsModel::NextEvent).data(DrainJobsModel::RawRole).toLongLong(),
            scheduler.job(a)->startAtUtc.toMSecsSinceEpoch());
        QCOMPARE(model.index(0, DrainJobsModel::State).data(DrainJobsModel::ProgressRole).toDouble(), 0.0);
        QCOMPARE(model.index(0, 0).data(DrainJobsModel::IdRole).value<QUuid>(), a);

        changed.clear();
        QVERIFY(scheduler.cancel(b));
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.row(), 1);
            QCOMPARE(bottomRight.row(), 1);
            QCOMPARE(topLeft.column(), 0);
            QCOMPARE(bottomRight.column(), DrainJobsModel::ColumnCount - 1);
        }
        QCOMPARE(model.index(1, 0).data(DrainJobsModel::FinishedRole).toBool(), true);
        QVERIFY(
            model.index(1, DrainJobsModel::State).data().toString().startsWith(QStringLiteral("Cancelled")));
        QCOMPARE(model.index(1, DrainJobsModel::NextEvent).data(DrainJobsModel::RawRole).toLongLong(), -1LL);

        QCOMPARE(scheduler.removeFinished(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.jobId(0), a);
        QCOMPARE(model.jobId(1), c);
        QVERIFY(model.jobId(2).isNull());
        QVERIFY(!model.index(5, 0).data().isValid());
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QCOMPARE(model.headerData(DrainJobsModel::State, Qt::Horizontal).toString(), QStringLiteral("State"));

        model.setScheduler(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void overdueJobsFromTheStore()
    {
        QTemporaryDir dir;
        DrainJobStore store(dir.filePath(QStringLiteral("drains.json")));
        DrainJob late = makeJob(QStringLiteral("late"), -120);
        DrainJob fine = makeJob(QStringLiteral("fine"), 3600);
        QVERIFY(store.save({ late, fine }));

        DrainScheduler scheduler(&store);
        DrainJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setScheduler(&scheduler); // before load(): the rows come as insertions
        QVERIFY(scheduler.load());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(DrainJobsModel::OverdueRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(DrainJobsModel::OverdueRole).toBool(), false);
        QVERIFY(model.index(0, DrainJobsModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Run it now")));
    }

    void schedulerDestroyedEmptiesTheModel()
    {
        DrainJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        {
            DrainScheduler scheduler;
            model.setScheduler(&scheduler);
            QVERIFY(scheduler.addJob(makeJob(QStringLiteral("s1"), 600)));
            QCOMPARE(model.rowCount(), 1);
        }
        QCOMPARE(model.rowCount(), 0);
    }

    void progressFollowsSessions()
    {
        DrainJob job = makeJob(QStringLiteral("s1"), 0);
        QCOMPARE(job.progress(), 0.0);
        job.state = DrainJob::State::WaitingIdle;
        QCOMPARE(job.progress(), -1.0); // not read yet
        job.initialSessions = 4;
        job.currentSessions = 3;
        QCOMPARE(job.progress(), 0.25);
        job.currentSessions = 0;
        QCOMPARE(job.progress(), 1.0);
        job.state = DrainJob::State::InWindow;
        QCOMPARE(job.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestDrainJobsModel)
#include "tst_drainjobsmodel.moc"
