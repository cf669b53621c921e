#include "core/workflows/rollingreplaceplan.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The planning of a rolling replace, without HAProxy: the N-for-M order, generated names,
// the lines of a step and the plan checks.
class TestRollingReplacePlan : public QObject
{
    Q_OBJECT

    static RollingReplacePlan onePair()
    {
        RollingReplacePlan plan;
        plan.backend = u"be_a"_s;
        RollingReplacePlan::Pair p;
        p.oldServer = u"old1"_s;
        p.newName = u"n1"_s;
        p.newAddress = u"127.0.0.1"_s;
        p.newPort = 8080;
        plan.pairs = { p };
        return plan;
    }

private slots:
    // Pure functions: the N-for-M order, generated names, and the plan checks.
    void arrangeAndNames()
    {
        RollingReplacePlan::Pair a;
        a.newName = QStringLiteral("a");
        RollingReplacePlan::Pair b;
        b.newName = QStringLiteral("b");
        RollingReplacePlan::Pair c;
        c.newName = QStringLiteral("c");
        // 3 new for 1 old: surplus adds first, then the pair.
        QList<RollingReplacePlan::Pair> steps =
            RollingReplacePlan::arrange({ QStringLiteral("o1") }, { a, b, c });
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).newName, QStringLiteral("b"));
        QVERIFY(steps.at(0).oldServer.isEmpty());
        QCOMPARE(steps.at(1).newName, QStringLiteral("c"));
        QCOMPARE(steps.at(2).newName, QStringLiteral("a"));
        QCOMPARE(steps.at(2).oldServer, QStringLiteral("o1"));
        // 1 new for 3 old: the pair, then removals last.
        steps = RollingReplacePlan::arrange(
            { QStringLiteral("o1"), QStringLiteral("o2"), QStringLiteral("o3") }, { a });
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).oldServer, QStringLiteral("o1"));
        QCOMPARE(steps.at(0).newName, QStringLiteral("a"));
        QVERIFY(steps.at(1).newName.isEmpty());
        QCOMPARE(steps.at(2).oldServer, QStringLiteral("o3"));

        const QStringList olds { QStringLiteral("web1"), QStringLiteral("web2") };
        const Result<QStringList> byOld =
            RollingReplacePlan::generateNames(QStringLiteral("{old}-v2"), 2, olds, {});
        QVERIFY(byOld);
        QCOMPARE(*byOld, (QStringList { QStringLiteral("web1-v2"), QStringLiteral("web2-v2") }));
        const Result<QStringList> numbered =
            RollingReplacePlan::generateNames(QStringLiteral("new{n}"), 3, olds, { QStringLiteral("new2") });
        QVERIFY(numbered);
        QCOMPARE(*numbered,
            (QStringList { QStringLiteral("new1"), QStringLiteral("new3"), QStringLiteral("new4") }));
        QVERIFY(!RollingReplacePlan::generateNames(QStringLiteral("same"), 2, olds, {}));
        QVERIFY(!RollingReplacePlan::generateNames(QStringLiteral("bad;{n}"), 1, olds, {}));
        QVERIFY(!RollingReplacePlan::generateNames(QStringLiteral("{old}"), 3, olds, {}));

        QCOMPARE(
            RollingReplacePlan::dynamicServerSupport("static-rr"), RollingReplacePlan::DynamicSupport::No);
        QCOMPARE(
            RollingReplacePlan::dynamicServerSupport("source"), RollingReplacePlan::DynamicSupport::Unknown);
        QCOMPARE(
            RollingReplacePlan::dynamicServerSupport("roundrobin"), RollingReplacePlan::DynamicSupport::Yes);

        RollingReplacePlan plan;
        plan.backend = QStringLiteral("be_a");
        RollingReplacePlan::Pair p;
        p.oldServer = QStringLiteral("old1");
        p.newName = QStringLiteral("n1");
        p.newAddress = QStringLiteral("127.0.0.1");
        p.newPort = 8080;
        p.weight = 7;
        plan.pairs = { p };
        const QStringList lines = RollingReplacePlan::commandLines(plan, 0);
        const QStringList writes26 { QStringLiteral("add server be_a/n1 127.0.0.1:8080 weight 7 check"),
            QStringLiteral("enable health be_a/n1"), QStringLiteral("set server be_a/n1 state ready"),
            QStringLiteral("set server be_a/old1 state drain"),
            QStringLiteral("set server be_a/old1 state maint"), QStringLiteral("del server be_a/old1") };
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^[^#]"))), writes26);
        // Version unknown: the wait is a comment; known, it is there from 3.0 on.
        const QString wait = QStringLiteral("wait 10000ms srv-removable be_a/old1");
        QVERIFY(lines.filter(wait).value(0).startsWith(u'#'));
        QCOMPARE(
            RollingReplacePlan::commandLines(plan, 0, HaproxyVersion::parse("2.6.12")).filter(wait).size(),
            0);
        const QStringList lines30 =
            RollingReplacePlan::commandLines(plan, 0, HaproxyVersion::parse("3.0.11"));
        QCOMPARE(
            lines30.indexOf(wait), lines30.indexOf(QStringLiteral("set server be_a/old1 state maint")) + 1);
        QCOMPARE(lines30.indexOf(QStringLiteral("del server be_a/old1")), lines30.indexOf(wait) + 1);
    }

    void checkRefusesBadInput_data()
    {
        QTest::addColumn<QString>("newName2");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("weight");
        QTest::addColumn<QString>("expected");
        QTest::newRow("good") << u"n2"_s << u"127.0.0.1"_s << 8081 << -1 << QString();
        QTest::newRow("duplicate name") << u"n1"_s << u"127.0.0.1"_s << 8080 << -1 << u"used twice"_s;
        QTest::newRow("an old name") << u"old1"_s << u"127.0.0.1"_s << 8080 << -1 << u"already has"_s;
        QTest::newRow("bad name") << u"n;2"_s << u"127.0.0.1"_s << 8080 << -1 << u"Step 2"_s;
        QTest::newRow("bad address") << u"n2"_s << u"10.0.0.1;del"_s << 8080 << -1 << u"address"_s;
        QTest::newRow("empty address") << u"n2"_s << u" "_s << 8080 << -1 << u"empty"_s;
        QTest::newRow("bad port") << u"n2"_s << u"127.0.0.1"_s << 70000 << -1 << u"port"_s;
        QTest::newRow("bad weight") << u"n2"_s << u"127.0.0.1"_s << 8080 << 300 << u"weight 300"_s;
    }
    void checkRefusesBadInput()
    {
        QFETCH(QString, newName2);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(int, weight);
        QFETCH(QString, expected);
        RollingReplacePlan plan = onePair();
        RollingReplacePlan::Pair second;
        second.oldServer = u"old2"_s;
        second.newName = newName2;
        second.newAddress = address;
        second.newPort = port;
        second.weight = weight;
        plan.pairs.append(second);
        const RollingReplacePlan::PlanCheck check = RollingReplacePlan::checkPlan(plan, nullptr);
        if (expected.isEmpty()) {
            QVERIFY2(check.ok(), qPrintable(check.errors.join(u'\n')));
            return;
        }
        QVERIFY(!check.ok());
        QVERIFY2(check.errors.join(u'\n').contains(expected), qPrintable(check.errors.join(u'\n')));
    }

    void checkRefusesBadPlanAndOptions()
    {
        RollingReplacePlan plan = onePair();
        plan.backend.clear();
        plan.pairs.append(RollingReplacePlan::Pair {});
        plan.options.upTimeoutMs = 0;
        plan.options.checkIntervalMs = 10;
        plan.options.newCheckInterMs = -1;
        const QStringList errors = RollingReplacePlan::checkPlan(plan, nullptr).errors;
        QCOMPARE(errors.size(), 5);
        QVERIFY(errors.join(u'\n').contains(u"Choose a backend"_s));
        QVERIFY(errors.join(u'\n').contains(u"neither an old server nor a new one"_s));
        QVERIFY(!RollingReplacePlan::checkPlan(RollingReplacePlan {}, nullptr).ok());
    }
};

QTEST_GUILESS_MAIN(TestRollingReplacePlan)
#include "tst_rollingreplaceplan.moc"
