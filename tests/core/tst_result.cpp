// Result<T> and Result<void>: a value or a reason, success or a reason; a failure always
// carries its message, and reading the value of a failure fails loudly.

#include "core/result.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

Result<void> checkPositive(int value)
{
    if (value <= 0)
        return Result<void>::failure(u"%1 is not positive"_s.arg(value));
    return {};
}

} // namespace

class tst_Result : public QObject
{
    Q_OBJECT

private slots:
    void valueResult()
    {
        const Result<int> ok = 42;
        QVERIFY(ok.ok());
        QVERIFY(bool(ok));
        QCOMPARE(*ok, 42);
        QCOMPARE(ok.value(), 42);
        QVERIFY(ok.error().isEmpty());

        const Result<QString> text = u"abc"_s;
        QCOMPARE(text->size(), 3);

        const auto failed = Result<int>::failure(u"no number"_s);
        QVERIFY(!failed.ok());
        QVERIFY(!failed);
        QCOMPARE(failed.error(), u"no number"_s);
        QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, failed.value());
    }

    void voidSuccess()
    {
        const Result<void> done = checkPositive(3);
        QVERIFY(done.ok());
        QVERIFY(bool(done));
        QVERIFY(done.error().isEmpty());
        QVERIFY(Result<void>::success().ok());
        QVERIFY(Result<void>().ok());
    }

    void voidFailure()
    {
        const Result<void> refused = checkPositive(-2);
        QVERIFY(!refused.ok());
        QVERIFY(!refused);
        QCOMPARE(refused.error(), u"-2 is not positive"_s);
        // A failure stays a failure even when nobody wrote a reason.
        QVERIFY(!Result<void>::failure(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
