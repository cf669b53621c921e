#include "core/client/poller.h"
#include "models/connectionprofilesmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

ConnectionProfile profile(const char *name, const char *endpoint, int pollIntervalMs = 1000)
{
    ConnectionProfile p;
    p.name = QString::fromUtf8(name);
    p.endpoint = QString::fromUtf8(endpoint);
    p.pollIntervalMs = pollIntervalMs;
    return p;
}

QStringList namesOf(const ConnectionProfilesModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row).data().toString();
    return names;
}

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestConnectionProfilesModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

    void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    void cleanup() { m_settings.reset(); }

    void upsertAddsAtTheTop()
    {
        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        model.load();
        QCOMPARE(model.rowCount(), 0);

        const Result<bool> first = model.upsert(profile("local", "/run/haproxy/admin.sock"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value(), true);
        QVERIFY(model.upsert(profile("lb1", "tcp:10.0.0.1:9999")).ok());
        QVERIFY(model.upsert(profile("lb2", "tls:lb2.example.net:9443")).ok());
        QCOMPARE(namesOf(model), (QStringList { text("lb2"), text("lb1"), text("local") }));
        QCOMPARE(model.indexOf(text("lb1")), 1);
        QCOMPARE(model.indexOf(text("nope")), -1);
        QCOMPARE(model.profile(2).endpoint, text("/run/haproxy/admin.sock"));
        QCOMPARE(model.profile(3), ConnectionProfile());
        QCOMPARE(model.profile(-1), ConnectionProfile());
        QCOMPARE(model.profiles().size(), 3);
    }

    void upsertReplacesByNameAndMovesToTop()
    {
        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        model.upsert(profile("a", "tcp:10.0.0.1:1"));
        model.upsert(profile("b", "tcp:10.0.0.2:2"));
        model.upsert(profile("c", "tcp:10.0.0.3:3"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        const Result<bool> replaced = model.upsert(profile("  a ", "tcp:10.0.0.9:9", 500));
        QVERIFY(replaced.ok());
        QCOMPARE(replaced.value(), false);
        QCOMPARE(namesOf(model), (QStringList { text("a"), text("c"), text("b") }));
        QCOMPARE(model.profile(0).endpoint, text("tcp:10.0.0.9:9"));
        QCOMPARE(model.profile(0).pollIntervalMs, 500);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1);

        // At the top already and unchanged: no signal at all.
        model.upsert(profile("a", "tcp:10.0.0.9:9", 500));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<ConnectionProfile>("bad");
        QTest::addColumn<QString>("message"); // part of it
        QTest::newRow("empty name") << profile("", "tcp:10.0.0.1:1") << text("needs a name");
        QTest::newRow("blank name") << profile(" \t ", "tcp:10.0.0.1:1") << text("needs a name");
        QTest::newRow("bad endpoint") << profile("x", "localhost:abc") << text("Profile “x”: ");
        QTest::newRow("empty endpoint") << profile("x", "") << text("Profile “x”: ");
        QTest::newRow("replacing with a bad endpoint")
            << profile("keep", "tcp:host:0") << text("Profile “keep”: ");
        QTest::newRow("poll too fast") << profile("x", "tcp:10.0.0.1:1", 10) << text("poll interval");
        QTest::newRow("poll too slow")
            << profile("x", "tcp:10.0.0.1:1", 24 * 3600 * 1000) << text("poll interval");
    }

    void badInputChangesNothing()
    {
        QFETCH(ConnectionProfile, bad);
        QFETCH(QString, message);
        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        model.upsert(profile("keep", "tcp:10.0.0.1:1"));
        model.upsert(profile("other", "tcp:10.0.0.2:2"));
        const QList<ConnectionProfile> before = model.profiles();
        QSignalSpy anything(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        const Result<bool> result = model.upsert(bad);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QCOMPARE(model.profiles(), before);
        QCOMPARE(anything.size() + inserted.size() + changed.size() + moved.size(), 0);
    }

    void removeAndMarkUsed()
    {
        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        for (const char *name : { "a", "b", "c", "d" })
            model.upsert(profile(name, "tcp:10.0.0.1:1"));
        QCOMPARE(namesOf(model), (QStringList { text("d"), text("c"), text("b"), text("a") }));
        model.markUsed(text("a"));
        QCOMPARE(namesOf(model), (QStringList { text("a"), text("d"), text("c"), text("b") }));
        model.markUsed(text("a")); // already first
        model.markUsed(text("nope"));
        QCOMPARE(namesOf(model), (QStringList { text("a"), text("d"), text("c"), text("b") }));
        QVERIFY(model.remove(text("c")));
        QVERIFY(!model.remove(text("c")));
        QVERIFY(model.remove(text("b")));
        QVERIFY(model.remove(text("a")));
        QCOMPARE(namesOf(model), QStringList { text("d") });
    }

    void persistsInOrder()
    {
        {
            ConnectionProfilesModel model(m_settings.get());
            ConnectionProfile tls = profile("secure", "tls:lb.example.net:9443", 2500);
            tls.tls.caFile = text("/etc/ssl/ca.pem");
            tls.tls.certificateFile = text("/home/op/client.pem");
            tls.tls.privateKeyFile = text("/home/op/client.key");
            tls.tls.peerName = text("lb.internal");
            tls.tls.verifyPeer = false;
            QVERIFY(model.upsert(profile("plain", "tcp:10.0.0.1:9999")).ok());
            QVERIFY(model.upsert(tls).ok());
            QVERIFY(model.upsert(profile("local", "unix:/run/haproxy/admin.sock")).ok());
            model.markUsed(text("secure"));
            QVERIFY(model.save());
        }
        // The documented layout of the file.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("profiles/size")).toInt(), 3);
        QCOMPARE(raw.value(QStringLiteral("profiles/1/name")).toString(), text("secure"));
        QCOMPARE(
            raw.value(QStringLiteral("profiles/1/endpoint")).toString(), text("tls:lb.example.net:9443"));
        QCOMPARE(raw.value(QStringLiteral("profiles/1/tlsCa")).toString(), text("/etc/ssl/ca.pem"));
        QCOMPARE(raw.value(QStringLiteral("profiles/1/tlsVerify")).toBool(), false);
        QCOMPARE(raw.value(QStringLiteral("profiles/1/pollIntervalMs")).toInt(), 2500);
        QCOMPARE(raw.value(QStringLiteral("profiles/3/name")).toString(), text("plain"));

        auto settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        ConnectionProfilesModel loaded(settings.get());
        attachTester(&loaded);
        loaded.load();
        QCOMPARE(namesOf(loaded), (QStringList { text("secure"), text("local"), text("plain") }));
        const ConnectionProfile secure = loaded.profile(0);
        QCOMPARE(secure.tls.certificateFile, text("/home/op/client.pem"));
        QCOMPARE(secure.tls.privateKeyFile, text("/home/op/client.key"));
        QCOMPARE(secure.tls.peerName, text("lb.internal"));
        QCOMPARE(secure.tls.verifyPeer, false);
        QCOMPARE(secure.pollIntervalMs, 2500);
        QCOMPARE(loaded.profile(2).tls.verifyPeer, true);

        // Fewer profiles saved over more: the old tail is gone.
        loaded.remove(text("plain"));
        loaded.remove(text("local"));
        QVERIFY(loaded.save());
        QSettings again(iniPath(), QSettings::IniFormat);
        QCOMPARE(again.value(QStringLiteral("profiles/size")).toInt(), 1);
        QVERIFY(!again.contains(QStringLiteral("profiles/3/name")));
    }

    void loadSkipsWhatItCannotUse()
    {
        // As a hand-edited file may hold them: no name, a name twice, a poll that is too fast.
        m_settings->beginWriteArray(QStringLiteral("profiles"), 4);
        const char *names[] = { "one", "", "one", "two" };
        for (int i = 0; i < 4; ++i) {
            m_settings->setArrayIndex(i);
            m_settings->setValue(QStringLiteral("name"), text(names[i]));
            m_settings->setValue(QStringLiteral("endpoint"), QStringLiteral("tcp:10.0.0.%1:80").arg(i + 1));
            if (i == 3)
                m_settings->setValue(QStringLiteral("pollIntervalMs"), 5);
        }
        m_settings->endArray();

        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(namesOf(model), (QStringList { text("one"), text("two") }));
        QCOMPARE(model.profile(0).endpoint, text("tcp:10.0.0.1:80")); // the first "one"
        QCOMPARE(model.profile(1).pollIntervalMs, 100);
    }

    // The values of one entry as a hand-edited file may hold them, through the function
    // fuzz_profiles fuzzes: a poll interval that is not a whole number in range (a stored
    // double such as 1e300, whose QVariant::toInt() is not defined) gets the default or is
    // clamped; no name is no profile.
    void fromStoredRangeChecks_data()
    {
        QTest::addColumn<QVariant>("interval");
        QTest::addColumn<int>("expected");
        QTest::newRow("1e300") << QVariant(1e300) << ConnectionProfile::MaxPollIntervalMs;
        QTest::newRow("-1e300") << QVariant(-1e300) << Poller::MinIntervalMs;
        QTest::newRow("NaN") << QVariant(qQNaN()) << Poller::DefaultIntervalMs;
        QTest::newRow("inf") << QVariant(qInf()) << Poller::DefaultIntervalMs;
        QTest::newRow("1500.5") << QVariant(1500.5) << Poller::DefaultIntervalMs;
        QTest::newRow("text 1e300") << QVariant(u"1e300"_s) << ConnectionProfile::MaxPollIntervalMs;
        QTest::newRow("text") << QVariant(u"fast"_s) << Poller::DefaultIntervalMs;
        QTest::newRow("list") << QVariant(QStringList { u"1"_s, u"2"_s }) << Poller::DefaultIntervalMs;
        QTest::newRow("2500") << QVariant(2500) << 2500;
        QTest::newRow("text 2500") << QVariant(u"2500"_s) << 2500;
    }

    void fromStoredRangeChecks()
    {
        QFETCH(QVariant, interval);
        QFETCH(int, expected);
        const QVariantMap values { { u"name"_s, u" lb1 "_s }, { u"endpoint"_s, u"tcp:10.0.0.1:80"_s },
            { u"pollIntervalMs"_s, interval } };
        const std::optional<ConnectionProfile> p = ConnectionProfile::fromStored(values);
        QVERIFY(p);
        QCOMPARE(p->name, u"lb1"_s);
        QCOMPARE(p->pollIntervalMs, expected);
        QVERIFY(!ConnectionProfile::fromStored({ { u"endpoint"_s, u"tcp:10.0.0.1:80"_s } }));
    }

    void roles()
    {
        ConnectionProfilesModel model(m_settings.get());
        attachTester(&model);
        const ConnectionProfile p = profile("lb1", "tcp:10.0.0.1:9999", 750);
        model.upsert(p);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), text("lb1"));
        QCOMPARE(index.data(ConnectionProfilesModel::EndpointRole).toString(), text("tcp:10.0.0.1:9999"));
        QCOMPARE(index.data(ConnectionProfilesModel::ProfileRole).value<ConnectionProfile>(), p);
        QVERIFY(!model.index(1).data().isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
    }

    void toEndpointAppliesTls()
    {
        ConnectionProfile p = profile("s", "tls:lb.example.net:9443");
        p.tls.caFile = text("/ca.pem");
        p.tls.verifyPeer = false;
        const Result<Endpoint> e = p.toEndpoint();
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(e->kind, Endpoint::Kind::Tls);
        QCOMPARE(e->tls.caFile, text("/ca.pem"));
        QCOMPARE(e->tls.verifyPeer, false);

        ConnectionProfile plain = profile("p", "tcp:10.0.0.1:1");
        plain.tls.caFile = text("/ca.pem"); // meaningless without TLS: not applied
        QCOMPARE(plain.toEndpoint()->tls, TlsOptions());
        QVERIFY(!profile("bad", "localhost:abc").toEndpoint().ok());
        QCOMPARE(profile("bad", "localhost:abc").toEndpoint().error(),
            Endpoint::parse(QStringLiteral("localhost:abc")).error());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfilesModel)
#include "tst_connectionprofilesmodel.moc"
