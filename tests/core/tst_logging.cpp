#include "core/logging.h"

#include <QTest>

// hadesk's categories are quiet by default (info and up) and a QT_LOGGING_RULES-style rule
// turns a trace on without a rebuild (docs/architecture.md, "Tracing").
class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void debugIsOffByDefaultAndRulesTurnItOn()
    {
        const QList<const QLoggingCategory *> categories { &lcConnection(), &lcTransport(), &lcProtocol(),
            &lcPoller(), &lcWorkflow(), &lcStorage() };
        for (const QLoggingCategory *category : categories) {
            QVERIFY2(QByteArray(category->categoryName()).startsWith("hadesk."), category->categoryName());
            QVERIFY2(!category->isDebugEnabled(), category->categoryName());
            QVERIFY2(category->isInfoEnabled(), category->categoryName());
            QVERIFY2(category->isWarningEnabled(), category->categoryName());
        }
        QLoggingCategory::setFilterRules(QStringLiteral("hadesk.connection.debug=true"));
        QVERIFY(lcConnection().isDebugEnabled());
        QVERIFY(!lcPoller().isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
