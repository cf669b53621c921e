// ErrorsModel and ErrorBytesText on recorded `show errors` answers of HAProxy 2.6 and 3.0:
// one row per captured event with its proxy, direction, source and position, merged by
// event; the captured bytes rendered as text with control bytes visible and the offending
// byte's place in that text.

#include "core/parsers/errorsparser.h"
#include "models/errorbytestext.h"
#include "models/errorsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ErrorsDump recorded(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return ErrorsParser::parse(file.readAll()).value();
}

} // namespace

class TestErrorsModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2.6") << u"errors_26.txt"_s;
        QTest::newRow("3.0") << u"errors_30.txt"_s;
    }
    void rows()
    {
        QFETCH(QString, file);
        ErrorsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDump(recorded(file));
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ErrorsModel::ProxyColumn), u"frontend fe"_s);
        QCOMPARE(cell(0, ErrorsModel::DirectionColumn), u"request"_s);
        QVERIFY(cell(0, ErrorsModel::SourceColumn).startsWith(u"127.0.0.1:"_s));
        QCOMPARE(cell(0, ErrorsModel::PositionColumn), u"5"_s);
        QCOMPARE(cell(0, ErrorsModel::LengthColumn), u"31"_s);
        QCOMPARE(cell(0, ErrorsModel::PeerColumn), u"backend <NONE>"_s);
        QCOMPARE(cell(1, ErrorsModel::ProxyColumn), u"frontend fe2"_s);
        QCOMPARE(cell(1, ErrorsModel::PositionColumn), u"18"_s);

        // The same answer again: the rows stay; an empty one removes them.
        const QPersistentModelIndex kept = model.index(1, 0);
        model.setDump(recorded(file));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 1);
        model.setDump({});
        QCOMPARE(model.rowCount(), 0);
    }

    void bytesMarked()
    {
        const ErrorsDump dump = recorded(u"errors_30.txt"_s);
        const ErrorEvent &first = dump.events.at(0);
        const ErrorBytesText shown = ErrorBytesText::render(first.bytes, first.errorPosition);
        QCOMPARE(shown.text, u"GET /\\x01bad HTTP/1.1\\r\\n\nHost: a\\r\\n\n\\r\\n\n"_s);
        QCOMPARE(shown.text.mid(shown.markStart, shown.markLength), u"\\x01"_s);
        QCOMPARE(shown.markedByte, u"\\x01"_s);

        const ErrorEvent &second = dump.events.at(1);
        const ErrorBytesText other = ErrorBytesText::render(second.bytes, second.errorPosition);
        QCOMPARE(second.bytes.at(second.errorPosition), ' '); // "Ho st"
        QCOMPARE(other.markedByte, u" "_s);
        QCOMPARE(other.text.mid(other.markStart - 2, 5), u"Ho st"_s);
    }

    void renderByte()
    {
        QCOMPARE(ErrorBytesText::renderByte('a'), u"a"_s);
        QCOMPARE(ErrorBytesText::renderByte('\\'), u"\\\\"_s);
        QCOMPARE(ErrorBytesText::renderByte('\t'), u"\\t"_s);
        QCOMPARE(ErrorBytesText::renderByte('\x7f'), u"\\x7f"_s);
        QCOMPARE(ErrorBytesText::renderByte('\xff'), u"\\xff"_s);
        // A position past the bytes marks nothing.
        const ErrorBytesText none = ErrorBytesText::render("GET", 3);
        QCOMPARE(none.markStart, -1);
        QCOMPARE(none.text, u"GET"_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorsModel)
#include "tst_errorsmodel.moc"
