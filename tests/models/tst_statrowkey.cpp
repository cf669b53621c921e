#include "models/statrowkey.h"

#include <QTest>

// A row's identity across polls, written "s/be/s1", the same for the table and the history.
class TestStatRowKey : public QObject
{
    Q_OBJECT

    static StatRow row(StatRow::Type type, const QByteArray &proxy, const QByteArray &name)
    {
        StatRow row;
        row.type = type;
        row.pxname = proxy;
        row.svname = name;
        return row;
    }

private slots:
    void textOfEachKind()
    {
        QCOMPARE(StatRowKey::of(row(StatRow::Type::Frontend, "fe", "FRONTEND")).text(), u"f/fe/FRONTEND");
        QCOMPARE(StatRowKey::of(row(StatRow::Type::Backend, "be", "BACKEND")).text(), u"b/be/BACKEND");
        QCOMPARE(StatRowKey::of(row(StatRow::Type::Server, "be", "s1")).text(), u"s/be/s1");
        QCOMPARE(StatRowKey::of(row(StatRow::Type::Listener, "fe", "sock-1")).text(), u"l/fe/sock-1");
        QCOMPARE(StatRowKey::of(row(StatRow::Type::Unknown, "x", "y")).text(), u"?/x/y");
        // Names are UTF-8 bytes in the snapshot, text in the key.
        QCOMPARE(
            StatRowKey::of(row(StatRow::Type::Server, "b\xc3\xa9", "s")).text(), QString::fromUtf8("s/bé/s"));
    }

    void lettersAndTypesRoundTrip()
    {
        for (const StatRow::Type type : { StatRow::Type::Frontend, StatRow::Type::Backend,
                 StatRow::Type::Server, StatRow::Type::Listener, StatRow::Type::Unknown })
            QCOMPARE(StatRowKey::typeOf(StatRowKey::letterOf(type)), type);
        QCOMPARE(StatRowKey::typeOf('x'), StatRow::Type::Unknown);
    }

    void parseSplitsOnTheFirstTwoSlashes()
    {
        const std::optional<StatRowKey> key = StatRowKey::parse(u"s/be/with/slash");
        QVERIFY(key);
        QCOMPARE(key->type, 's');
        QCOMPARE(key->proxy, QByteArray("be"));
        QCOMPARE(key->name, QByteArray("with/slash"));
        QCOMPARE(key->text(), u"s/be/with/slash");
        QCOMPARE(*StatRowKey::parse(u"?/x/y"), (StatRowKey { '?', "x", "y" }));
        QCOMPARE(
            StatRowKey::parse(u"b/be/BACKEND"), StatRowKey::of(row(StatRow::Type::Backend, "be", "BACKEND")));
    }

    void parseRefusesWhatIsNotAKey()
    {
        for (const QString &text : { QString(), QStringLiteral("s/b"), QStringLiteral("sx/be/s1"),
                 QStringLiteral("s/be"), QStringLiteral("x/be/s1"), QStringLiteral("é/be/s1") })
            QVERIFY2(!StatRowKey::parse(text), qPrintable(text));
    }

    void equalKeysHashAlike()
    {
        const StatRowKey a = StatRowKey::of(row(StatRow::Type::Server, "be", "s1"));
        const StatRowKey b = *StatRowKey::parse(u"s/be/s1");
        QCOMPARE(a, b);
        QCOMPARE(qHash(a, 7), qHash(b, 7));
        QVERIFY(!(a == StatRowKey { 'b', "be", "s1" }));
    }
};

QTEST_GUILESS_MAIN(TestStatRowKey)
#include "tst_statrowkey.moc"
