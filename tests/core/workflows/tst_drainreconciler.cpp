#include "core/workflows/drainreconciler.h"

#include <QTest>

using State = DrainJob::State;
using EndAction = DrainJob::EndAction;
using Condition = ServerCondition;
using Action = DrainReconciler::Action;
using Reason = DrainReconciler::Reason;

Q_DECLARE_METATYPE(DrainReconciler::Decision)

// What a scheduled drain does with its server's real state: every job state against every
// condition HAProxy can report.
class TestDrainReconciler : public QObject
{
    Q_OBJECT

    static DrainJob job(State state, EndAction endAction, bool windowSet = false)
    {
        DrainJob job;
        job.backend = QStringLiteral("be");
        job.server = QStringLiteral("s1");
        job.state = state;
        job.endAction = endAction;
        if (windowSet)
            job.windowEndsUtc = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        return job;
    }
    static void row(const char *name, const DrainJob &job, Condition condition, Action action,
        Reason reason = Reason::None)
    {
        QTest::newRow(name) << job << condition << DrainReconciler::Decision { action, reason };
    }

private slots:
    void decides_data()
    {
        QTest::addColumn<DrainJob>("job");
        QTest::addColumn<Condition>("condition");
        QTest::addColumn<DrainReconciler::Decision>("decision");

        // Before the sessions are gone.
        row("draining, drain reached HAProxy", job(State::Draining, EndAction::Maint), Condition::Drain,
            Action::GoOn);
        row("waiting idle, still draining", job(State::WaitingIdle, EndAction::Maint), Condition::Drain,
            Action::GoOn);
        row("draining, ready: drain undone", job(State::Draining, EndAction::Maint), Condition::Ready,
            Action::Fail, Reason::DrainUndone);
        row("waiting idle, ready: changed outside", job(State::WaitingIdle, EndAction::Maint),
            Condition::Ready, Action::Fail, Reason::ChangedOutside);
        row("waiting idle, deleted, remove job", job(State::WaitingIdle, EndAction::Remove),
            Condition::Deleted, Action::Finish, Reason::AlreadyRemoved);
        row("waiting idle, deleted, maint job", job(State::WaitingIdle, EndAction::Maint), Condition::Deleted,
            Action::Fail, Reason::Gone);
        row("waiting idle, maint, maint job", job(State::WaitingIdle, EndAction::Maint), Condition::Maint,
            Action::Finish, Reason::AlreadyMaint);
        row("waiting idle, maint, remove job", job(State::WaitingIdle, EndAction::Remove), Condition::Maint,
            Action::RunEnd);
        row("waiting idle, maint, window job", job(State::WaitingIdle, EndAction::ReadyAfter),
            Condition::Maint, Action::Fail, Reason::ChangedOutside);
        row("waiting idle, unknown", job(State::WaitingIdle, EndAction::Maint), Condition::Unknown,
            Action::Stop);

        // While the end action runs.
        row("ending, deleted, remove job", job(State::Ending, EndAction::Remove), Condition::Deleted,
            Action::Finish, Reason::Removed);
        row("ending, deleted, maint job", job(State::Ending, EndAction::Maint), Condition::Deleted,
            Action::Fail, Reason::Gone);
        row("ending, ready after the window", job(State::Ending, EndAction::ReadyAfter, true),
            Condition::Ready, Action::Finish, Reason::ReadyAgain);
        row("ending, ready before the window", job(State::Ending, EndAction::ReadyAfter), Condition::Ready,
            Action::Fail, Reason::ChangedOutside);
        row("ending, maint, maint job", job(State::Ending, EndAction::Maint), Condition::Maint,
            Action::Finish, Reason::InMaint);
        row("ending, maint, remove job", job(State::Ending, EndAction::Remove), Condition::Maint,
            Action::RunEnd);
        row("ending, maint, window over", job(State::Ending, EndAction::ReadyAfter, true), Condition::Maint,
            Action::RunEnd);
        row("ending, maint, window to open", job(State::Ending, EndAction::ReadyAfter), Condition::Maint,
            Action::EnterWindow);
        row("ending, drain, maint job", job(State::Ending, EndAction::Maint), Condition::Drain,
            Action::RunEnd);
        row("ending, drain after the window", job(State::Ending, EndAction::ReadyAfter, true),
            Condition::Drain, Action::Fail, Reason::ChangedOutside);
        row("ending, unknown", job(State::Ending, EndAction::Remove), Condition::Unknown, Action::Stop);

        // Holding a maintenance window.
        row("in window, maint", job(State::InWindow, EndAction::ReadyAfter, true), Condition::Maint,
            Action::GoOn);
        row("in window, deleted", job(State::InWindow, EndAction::ReadyAfter, true), Condition::Deleted,
            Action::Fail, Reason::Gone);
        row("in window, ready", job(State::InWindow, EndAction::ReadyAfter, true), Condition::Ready,
            Action::Fail, Reason::LeftMaint);
        row("in window, drain", job(State::InWindow, EndAction::ReadyAfter, true), Condition::Drain,
            Action::Fail, Reason::LeftMaint);

        // Nothing was sent yet: whatever the server is, the job goes on (to its start).
        row("waiting, maint", job(State::Waiting, EndAction::Maint), Condition::Maint, Action::GoOn);
        row("waiting, deleted", job(State::Waiting, EndAction::Remove), Condition::Deleted, Action::GoOn);
    }
    void decides()
    {
        QFETCH(DrainJob, job);
        QFETCH(Condition, condition);
        QFETCH(DrainReconciler::Decision, decision);
        const DrainReconciler::Decision got = DrainReconciler::decide(job, condition);
        QCOMPARE(int(got.action), int(decision.action));
        QCOMPARE(int(got.reason), int(decision.reason));
    }
};

QTEST_GUILESS_MAIN(TestDrainReconciler)
#include "tst_drainreconciler.moc"
