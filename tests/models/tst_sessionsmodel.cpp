// SessionsModel on recorded `show sess` answers of HAProxy 2.6 and 3.0: the fields people
// use, the CLI's own streams left out unless asked for, age sorted as a number, merged by
// stream, frontend and source.

#include "core/parsers/sessionparser.h"
#include "models/sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<SessionRow> recorded(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return SessionParser::parse(file.readAll()).value();
}

} // namespace

class TestSessionsModel : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2.6") << u"sess_26.txt"_s;
        QTest::newRow("3.0") << u"sess_30.txt"_s;
    }
    void fields()
    {
        QFETCH(QString, file);
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions(recorded(file));
        QCOMPARE(model.rowCount(), 1); // the CLI's own stream is left out
        auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
        QVERIFY(cell(SessionsModel::IdColumn).startsWith(u"0x"_s));
        QCOMPARE(cell(SessionsModel::FrontendColumn), u"fe"_s);
        QCOMPARE(cell(SessionsModel::BackendColumn), u"be"_s);
        QCOMPARE(cell(SessionsModel::ServerColumn), u"slow"_s);
        QCOMPARE(cell(SessionsModel::ProtocolColumn), u"tcpv4"_s);
        QVERIFY(cell(SessionsModel::SourceColumn).startsWith(u"127.0.0.1:"_s));
        QCOMPARE(cell(SessionsModel::AgeColumn), u"0s"_s);
        QVERIFY(cell(SessionsModel::RequestColumn).startsWith(u"[f="_s));
        QCOMPARE(model.index(0, SessionsModel::AgeColumn).data(KeyedTableModel::RawRole).toLongLong(), 0);

        SessionsModel all;
        all.setShowCli(true);
        all.setSessions(recorded(file));
        QCOMPARE(all.rowCount(), 2);
    }

    void mergedByStream()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SessionRow> rows = recorded(u"sess_30.txt"_s);
        model.setSessions(rows);
        const QPersistentModelIndex kept = model.index(0, 0);
        rows[0].ageSeconds = 3720;
        SessionRow other = rows.at(0);
        other.source = "127.0.0.1:1";
        rows.append(other); // same pointer, other source: another stream
        model.setSessions(rows);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(kept.isValid());
        QCOMPARE(model.index(kept.row(), SessionsModel::AgeColumn).data().toString(), u"1h2m"_s);
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ageText()
    {
        QCOMPARE(SessionsModel::ageText(59), u"59s"_s);
        QCOMPARE(SessionsModel::ageText(65), u"1m5s"_s);
        QCOMPARE(SessionsModel::ageText(90000), u"1d1h"_s);
        QCOMPARE(SessionsModel::ageText(SessionRow::NoValue), QString());
    }
};

QTEST_GUILESS_MAIN(TestSessionsModel)
#include "tst_sessionsmodel.moc"
