// ReplyHandlerScope: open while a reply handler runs (nested scopes too), and a nested event
// loop started inside one is reported once per outermost handler; none is reported outside.

#include "core/client/replyhandlerscope.h"

#include <QEventLoop>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

class tst_ReplyHandlerScope : public QObject
{
    Q_OBJECT

private slots:
    void activeWhileOpen()
    {
        QVERIFY(!ReplyHandlerScope::active());
        {
            ReplyHandlerScope outer;
            QVERIFY(ReplyHandlerScope::active());
            {
                ReplyHandlerScope inner;
                QVERIFY(ReplyHandlerScope::active());
            }
            QVERIFY(ReplyHandlerScope::active());
        }
        QVERIFY(!ReplyHandlerScope::active());
    }

    void nestedLoopIsReportedOnce()
    {
        QStringList reports;
        ReplyHandlerScope::setNestedLoopHandler([&reports](const QString &what) { reports.append(what); });
        const auto restore = qScopeGuard([] { ReplyHandlerScope::setNestedLoopHandler({}); });

        bool ran = false;
        // Run from the event loop, as a connection delivers its replies.
        QTimer::singleShot(0, this, [&] {
            ReplyHandlerScope scope;
            for (int i = 0; i < 2; ++i) { // what QDialog::exec() does, twice
                QEventLoop loop;
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
                loop.exec();
            }
            ran = true;
        });
        QTRY_VERIFY(ran);
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().contains(QStringLiteral("open()")));

        // A loop outside any handler is no bug.
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reports.size(), 1);

        // A new handler is reported again.
        ran = false;
        QTimer::singleShot(0, this, [&] {
            ReplyHandlerScope scope;
            QEventLoop inner;
            QTimer::singleShot(0, &inner, &QEventLoop::quit);
            inner.exec();
            ran = true;
        });
        QTRY_VERIFY(ran);
        QCOMPARE(reports.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ReplyHandlerScope)
#include "tst_replyhandlerscope.moc"
