// ProcessesModel on recorded `show proc` answers of HAProxy 2.6 and 3.0: master and worker
// rows with their roles; after a reload the old worker moves to its place as draining
// (the rows are moved and updated, never reset); only the cells that changed are
// signalled; an old worker no longer listed stays one refresh as exited, then goes.

#include "core/parsers/procparser.h"
#include "models/processesmodel.h"
#include "tests/support/recordeddata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ProcList parsed(const QByteArray &answer)
{
    const Result<ProcList> list = ProcParser::parse(answer);
    if (!list)
        qFatal("unreadable show proc: %s", qPrintable(list.error()));
    return *list;
}

ProcList recorded(const QString &name)
{
    return parsed(readData(name));
}

QString cell(const ProcessesModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// The recorded answer after a reload with the old worker gone (it closed its last connection).
QByteArray withoutOldWorker(QByteArray answer)
{
    const qsizetype from = answer.indexOf("# old workers\n");
    const qsizetype to = answer.indexOf("# programs");
    answer.remove(from, to - from);
    return answer;
}

} // namespace

class TestProcessesModel : public QObject
{
    Q_OBJECT

private slots:
    void versions_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qint64>("master");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<QString>("version");
        QTest::newRow("2.6") << u"26"_s << qint64(24326) << qint64(24327) << qint64(24360)
                             << u"2.6.12-1+deb12u4"_s;
        QTest::newRow("3.0") << u"30"_s << qint64(24477) << qint64(24479) << qint64(24560)
                             << u"3.0.11-9e587df"_s;
    }

    void rows_data() { versions_data(); }
    void rows()
    {
        QFETCH(QString, suffix);
        QFETCH(qint64, master);
        QFETCH(qint64, first);
        QFETCH(QString, version);
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses(recorded(u"proc_%1.txt"_s.arg(suffix)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, ProcessesModel::PidColumn), QString::number(master));
        QCOMPARE(cell(model, 0, ProcessesModel::RoleColumn), u"Master"_s);
        QCOMPARE(cell(model, 0, ProcessesModel::ReloadsColumn), u"0"_s);
        QCOMPARE(cell(model, 0, ProcessesModel::FailedReloadsColumn), u"0"_s);
        QCOMPARE(cell(model, 0, ProcessesModel::UptimeColumn), u"1s"_s);
        QCOMPARE(cell(model, 0, ProcessesModel::VersionColumn), version);
        QCOMPARE(cell(model, 0, ProcessesModel::StateColumn), u"running"_s);
        QCOMPARE(cell(model, 1, ProcessesModel::PidColumn), QString::number(first));
        QCOMPARE(cell(model, 1, ProcessesModel::RoleColumn), u"Worker"_s);
        QCOMPARE(cell(model, 1, ProcessesModel::FailedReloadsColumn), QString()); // the master's only
        QCOMPARE(cell(model, 1, ProcessesModel::ConnectionsColumn), QString()); // not asked yet
        QCOMPARE(
            model.index(1, ProcessesModel::PidColumn).data(KeyedTableModel::RawRole).toLongLong(), first);
        QCOMPARE(model.masterPid(), master);
        QVERIFY(model.oldWorkerPids().isEmpty());
        QCOMPARE(model.summary({}), u"Master %1 · 0 reloads"_s.arg(master));
    }

    // A reload: the worker becomes an old worker and moves below the new one, draining.
    void reloadMovesTheWorker_data() { versions_data(); }
    void reloadMovesTheWorker()
    {
        QFETCH(QString, suffix);
        QFETCH(qint64, master);
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses(recorded(u"proc_%1.txt"_s.arg(suffix)));
        model.setConnections(first, 3);
        const QPersistentModelIndex masterRow = model.index(0, 0);
        const QPersistentModelIndex firstRow = model.index(1, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setProcesses(recorded(u"proc_oldworker_%1.txt"_s.arg(suffix)));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(masterRow.row(), 0);
        QCOMPARE(firstRow.row(), 2); // followed its process down
        QCOMPARE(cell(model, 1, ProcessesModel::PidColumn), QString::number(second));
        QCOMPARE(cell(model, 1, ProcessesModel::RoleColumn), u"Worker"_s);
        QCOMPARE(cell(model, 2, ProcessesModel::PidColumn), QString::number(first));
        QCOMPARE(cell(model, 2, ProcessesModel::RoleColumn), u"Old worker (draining)"_s);
        QCOMPARE(cell(model, 2, ProcessesModel::StateColumn), u"draining"_s);
        // Its count from before the reload is not shown as the old worker's: it is asked anew.
        QCOMPARE(cell(model, 2, ProcessesModel::ConnectionsColumn), QString());
        QCOMPARE(cell(model, 0, ProcessesModel::ReloadsColumn), u"1"_s);
        QCOMPARE(model.oldWorkerPids(), QList<qint64> { first });
        QCOMPARE(model.summary({}), u"Master %1 · 1 reload · 1 old worker draining"_s.arg(master));
    }

    // The same answer changes nothing; one new value signals its one cell.
    void onlyChangedCells_data() { versions_data(); }
    void onlyChangedCells()
    {
        QFETCH(QString, suffix);
        QFETCH(qint64, first);
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray answer = readData(u"proc_oldworker_%1.txt"_s.arg(suffix));
        model.setProcesses(parsed(answer));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setProcesses(parsed(answer));
        QCOMPARE(changed.count(), 0);

        QByteArray later = answer;
        later.replace("0d00h00m02s", "0d00h01m02s"); // the master's and the old worker's uptime
        model.setProcesses(parsed(later));
        QCOMPARE(changed.count(), 2);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.column(), int(ProcessesModel::UptimeColumn));
            QCOMPARE(bottomRight, topLeft);
        }
        QCOMPARE(cell(model, 0, ProcessesModel::UptimeColumn), u"1m 02s"_s);

        changed.clear();
        model.setConnections(first, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(2, ProcessesModel::ConnectionsColumn));
        model.setConnections(first, 2);
        QCOMPARE(changed.count(), 1); // the same number again: no signal
        model.setConnections(999999, 1); // no such process: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        model.setProcesses(parsed(later)); // the next refresh keeps it until asked again
        QCOMPARE(cell(model, 2, ProcessesModel::ConnectionsColumn), u"2"_s);
        QCOMPARE(changed.count(), 1);
    }

    // The old worker closed its last connection: one refresh as exited, then gone.
    void exitedThenGone_data() { versions_data(); }
    void exitedThenGone()
    {
        QFETCH(QString, suffix);
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray answer = readData(u"proc_oldworker_%1.txt"_s.arg(suffix));
        model.setProcesses(parsed(answer));
        model.setConnections(first, 1);
        const QByteArray drained = withoutOldWorker(answer);

        model.setProcesses(parsed(drained));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, ProcessesModel::PidColumn), QString::number(first));
        QCOMPARE(cell(model, 2, ProcessesModel::StateColumn), u"exited"_s);
        QCOMPARE(cell(model, 2, ProcessesModel::RoleColumn), u"Old worker"_s);
        QCOMPARE(cell(model, 2, ProcessesModel::ConnectionsColumn), QString());
        QCOMPARE(
            model.index(2, 0).data(ProcessesModel::StateRole).toInt(), int(ProcessesModel::State::Exited));
        QVERIFY(model.oldWorkerPids().isEmpty()); // nobody to ask any more
        model.setConnections(first, 5); // a late answer does not bring it back
        QCOMPARE(cell(model, 2, ProcessesModel::ConnectionsColumn), QString());

        model.setProcesses(parsed(drained));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(first), -1);
        QCOMPARE(model.rowOf(second), 1);
    }

    void summaryAfterAFailedReload_data() { versions_data(); }
    void summaryAfterAFailedReload()
    {
        QFETCH(QString, suffix);
        QFETCH(qint64, master);
        ProcessesModel model;
        model.setProcesses(recorded(u"proc_oldworker_failed_%1.txt"_s.arg(suffix)));
        QCOMPARE(cell(model, 0, ProcessesModel::ReloadsColumn), u"2"_s);
        QCOMPARE(cell(model, 0, ProcessesModel::FailedReloadsColumn), u"1"_s);
        QCOMPARE(model.summary(u"ReloadFailed"_s),
            u"Master %1 · 2 reloads (1 failed) · 1 old worker draining · last reload failed"_s.arg(master));
    }

    // More old workers than may be asked at once: asked in turns, each within two refreshes.
    void oldWorkersAskedInTurns()
    {
        QByteArray answer = "#<PID>          <type>          <reloads>       <uptime>        <version>\n"
                            "100             master          10 [failed: 0]  0d00h10m00s     3.0.11\n"
                            "# workers\n"
                            "200             worker          0               0d00h00m01s     3.0.11\n"
                            "# old workers\n";
        for (int pid = 101; pid <= 110; ++pid)
            answer += QByteArray::number(pid)
                + "             worker          1               0d00h01m00s     3.0.11\n";
        answer += "# programs\n\n";
        ProcessesModel model;
        model.setProcesses(parsed(answer));
        QCOMPARE(model.oldWorkerPids().size(), 10);
        QCOMPARE(model.oldWorkersToAsk(8), QList<qint64>({ 101, 102, 103, 104, 105, 106, 107, 108 }));
        QCOMPARE(model.oldWorkersToAsk(8), QList<qint64>({ 109, 110, 101, 102, 103, 104, 105, 106 }));
        QCOMPARE(model.oldWorkersToAsk(8), QList<qint64>({ 107, 108, 109, 110, 101, 102, 103, 104 }));
        QCOMPARE(model.oldWorkersToAsk(20).size(), 10); // few enough: all of them
    }

    void clearResets()
    {
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses(recorded(u"proc_26.txt"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.summary({}), QString());
    }

    void uptimeText()
    {
        QCOMPARE(ProcessesModel::formatUptime(218), u"3m 38s"_s);
        QCOMPARE(ProcessesModel::formatUptime(3 * 86400 + 4 * 3600 + 5), u"3d 04h"_s);
        QCOMPARE(ProcessesModel::formatUptime(7), u"7s"_s);
        QCOMPARE(ProcessesModel::formatUptime(-1), QString());
    }
};

QTEST_GUILESS_MAIN(TestProcessesModel)
#include "tst_processesmodel.moc"
