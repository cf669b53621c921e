// AuditLogModel and its filter proxy: following an AuditLog as records are appended and
// dropped (under QAbstractItemModelTester), display and raw roles, text filter and
// "errors only", stable sort.

#include "core/storage/auditlog.h"
#include "models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

AuditRecord makeRecord(int n, bool success, const QString &endpoint = QStringLiteral("unix:/a.sock"))
{
    AuditRecord record;
    record.time = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addMSecs(n * 1000);
    record.user = QStringLiteral("alice");
    record.endpoint = endpoint;
    record.command = QStringLiteral("set server be/s%1 weight %2").arg(n % 3).arg(n);
    record.success = success;
    record.error = success ? QStringLiteral("ok") : QStringLiteral("haproxy-error");
    record.answer = success ? QString() : QStringLiteral("No such server.\nsecond <line>");
    return record;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    }

    void followsTheLog()
    {
        QVERIFY(m_log->append(makeRecord(0, true)));
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditLogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AuditLogModel::Time, Qt::DescendingOrder);

        model.setLog(m_log.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_log->setMemoryCap(5);
        for (int n = 1; n < 9; ++n)
            QVERIFY(m_log->append(makeRecord(n, n % 3 != 0)));
        QCOMPARE(inserted.size(), 8);
        QCOMPARE(removed.size(), 4); // one row dropped at the top for each of appends 6..9
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0)->command, m_log->records().first().command);
        QCOMPARE(model.record(4)->command, QStringLiteral("set server be/s2 weight 8"));
        QVERIFY(!model.record(5));
        QVERIFY(!model.record(-1));

        // Newest first in the proxy, sorted on the raw time.
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(proxy.index(0, AuditLogModel::Command).data().toString(),
            QStringLiteral("set server be/s2 weight 8"));

        // A reload is a reset, and the model shows what the file holds (9 records, cap 5).
        QVERIFY(m_log->load());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 5);

        model.setLog(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_log->append(makeRecord(20, true)));
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesAndHeaders()
    {
        AuditLogModel model;
        model.setLog(m_log.get());
        QVERIFY(m_log->append(makeRecord(1, true)));
        QVERIFY(m_log->append(makeRecord(2, false)));
        const AuditRecord &failed = m_log->records().at(1);

        QCOMPARE(model.index(0, AuditLogModel::Result).data().toString(), QStringLiteral("OK"));
        QCOMPARE(model.index(1, AuditLogModel::Result).data().toString(), QStringLiteral("haproxy-error"));
        QCOMPARE(model.index(1, AuditLogModel::Result).data(AuditLogModel::SuccessRole).toBool(), false);
        QCOMPARE(
            model.index(1, AuditLogModel::Answer).data().toString(), QStringLiteral("No such server. …"));
        const QString tip = model.index(1, AuditLogModel::Answer).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("second &lt;line&gt;")), qPrintable(tip)); // never markup
        QCOMPARE(
            model.index(1, AuditLogModel::Answer).data(AuditLogModel::RawRole).toString(), failed.answer);
        QCOMPARE(model.index(1, AuditLogModel::Time).data(AuditLogModel::RawRole).toLongLong(),
            failed.time.toMSecsSinceEpoch());
        QCOMPARE(model.index(1, AuditLogModel::Time).data().toString(),
            failed.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        QCOMPARE(model.index(1, AuditLogModel::Endpoint).data().toString(), QStringLiteral("unix:/a.sock"));
        QCOMPARE(model.index(1, AuditLogModel::User).data().toString(), QStringLiteral("alice"));

        QCOMPARE(
            model.headerData(AuditLogModel::Command, Qt::Horizontal).toString(), QStringLiteral("Command"));
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(AuditLogModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void filterTextAndErrorsOnly()
    {
        AuditLogModel model;
        model.setLog(m_log.get());
        AuditLogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n = 0; n < 6; ++n)
            QVERIFY(m_log->append(makeRecord(
                n, n != 4, n < 3 ? QStringLiteral("unix:/a.sock") : QStringLiteral("tcp:10.0.0.7:9999"))));
        QCOMPARE(proxy.rowCount(), 6);

        // Debounced: nothing changes before the delay, then it applies by itself.
        QSignalSpy applied(&proxy, &AuditLogFilterProxyModel::filterApplied);
        proxy.setFilterText(QStringLiteral("10.0.0.7"));
        QCOMPARE(proxy.rowCount(), 6);
        QVERIFY(applied.wait(2000));
        QCOMPARE(proxy.rowCount(), 3);

        // Every word, any field, any case: endpoint and command.
        proxy.setFilterText(QStringLiteral("TCP: be/s1"));
        proxy.applyFilterTextNow();
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.shownRecords().at(0).command, QStringLiteral("set server be/s1 weight 4"));

        // The answer counts too.
        proxy.setFilterText(QStringLiteral("no such"));
        proxy.applyFilterTextNow();
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setFilterText(QString());
        proxy.applyFilterTextNow();
        proxy.setErrorsOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(m_log->append(makeRecord(7, false)));
        QVERIFY(m_log->append(makeRecord(8, true)));
        QCOMPARE(proxy.rowCount(), 2); // appended rows are filtered as they come
        proxy.setErrorsOnly(false);
        QCOMPARE(proxy.rowCount(), 8);
    }

    void sortIsStable()
    {
        AuditLogModel model;
        model.setLog(m_log.get());
        AuditLogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        for (int n = 0; n < 6; ++n)
            QVERIFY(m_log->append(makeRecord(n, true)));
        // All users are equal: ties keep the log's order, both ways up.
        proxy.sort(AuditLogModel::User, Qt::AscendingOrder);
        QList<AuditRecord> shown = proxy.shownRecords();
        for (int n = 0; n < 6; ++n)
            QCOMPARE(shown.at(n).command, m_log->records().at(n).command);
        proxy.sort(AuditLogModel::Command, Qt::AscendingOrder);
        shown = proxy.shownRecords();
        QCOMPARE(shown.at(0).command, QStringLiteral("set server be/s0 weight 0"));
        QCOMPARE(shown.at(1).command, QStringLiteral("set server be/s0 weight 3"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(TestAuditLogModel)

#include "tst_auditlogmodel.moc"
