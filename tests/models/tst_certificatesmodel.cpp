// CertificatesModel on recorded `show ssl cert <name>` answers of HAProxy 2.6 and 3.0: rows
// per (instance, certificate), sorted by expiry through a proxy on RawRole, the warning
// level at 30 and 7 days and past notAfter, merged by name (a certificate gone is removed, a
// replaced one changes in place), transactions left out; QAbstractItemModelTester watches.

#include "core/parsers/sslcertparser.h"
#include "models/certificatesmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using W = CertificatesModel::Warning;

SslCertInfo recorded(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto info = SslCertParser::parseCert(f.readAll());
    return info.ok() ? *info : SslCertInfo();
}

SslCertInfo renamed(SslCertInfo info, const QByteArray &name, const QDateTime &notAfter)
{
    info.filename = name;
    info.notAfter = notAfter;
    return info;
}

} // namespace

class TestCertificatesModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<CertificatesModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_a26 = recorded(QFINDTESTDATA("data/sslcert_26.txt"));
        m_a30 = recorded(QFINDTESTDATA("data/sslcert_30.txt"));
        m_pending = recorded(QFINDTESTDATA("data/sslcert_transaction_30.txt"));
        QVERIFY(m_a26.notAfter.isValid() && m_a30.notAfter.isValid() && m_pending.isTransaction());
        // notAfter Dec 25 03:03:22 2026 GMT: 20 days after this "now".
        m_now = QDateTime(QDate(2026, 12, 5), QTime(3, 3, 22), Qt::UTC);
        m_model->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void rowsFromRecordedAnswers()
    {
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s, { m_a26 });
        m_model->setInstance(u"unix:/b"_s, u"lb-b"_s, { m_a30, m_pending });
        QCOMPARE(m_model->rowCount(), 2); // the transaction is not a certificate HAProxy serves
        const auto cell = [this](
                              int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, CertificatesModel::Instance), u"lb-a"_s);
        QCOMPARE(cell(0, CertificatesModel::Certificate), u"/tmp/i17c/26/abs.pem"_s);
        QCOMPARE(cell(0, CertificatesModel::Subject), u"/CN=a.example"_s);
        QCOMPARE(cell(0, CertificatesModel::SubjectAltNames), u"DNS:a.example, DNS:www.a.example"_s);
        QCOMPARE(cell(0, CertificatesModel::Issuer), u"/CN=a.example"_s);
        QCOMPARE(cell(0, CertificatesModel::NotAfter), u"2026-12-25 03:03 UTC"_s);
        QCOMPARE(cell(0, CertificatesModel::DaysLeft), u"20 day(s) — expires soon"_s);
        QCOMPARE(m_model->index(0, 0).data(CertificatesModel::DaysLeftRole).toLongLong(), 20);
        QCOMPARE(m_model->index(1, 0).data(CertificatesModel::InstanceIdRole).toString(), u"unix:/b"_s);
        QCOMPARE(m_model->index(1, 0).data(CertificatesModel::SerialRole).toString(),
            u"4D94F116EED87C376D947E0F8F4D74CE3A79C1AC"_s);
        QCOMPARE(m_model->instances(), QStringList({ u"unix:/a"_s, u"unix:/b"_s }));
    }

    void warningLevels_data()
    {
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<int>("warning");
        QTest::newRow("a year") << 365 << int(W::Fine);
        QTest::newRow("30 days") << 30 << int(W::Fine);
        QTest::newRow("29 days") << 29 << int(W::Soon);
        QTest::newRow("20 days") << 20 << int(W::Soon);
        QTest::newRow("7 days") << 7 << int(W::Soon);
        QTest::newRow("5 days") << 5 << int(W::VerySoon);
        QTest::newRow("hours") << 0 << int(W::VerySoon);
        QTest::newRow("expired") << -3 << int(W::Expired);
    }
    void warningLevels()
    {
        QFETCH(int, daysAhead);
        QFETCH(int, warning);
        const QDateTime notAfter = m_now.addDays(daysAhead).addSecs(daysAhead == 0 ? 3600 : 60);
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s, { renamed(m_a26, "x.pem", notAfter) });
        QCOMPARE(m_model->index(0, 0).data(CertificatesModel::WarningRole).toInt(), warning);
        if (warning == int(W::Expired))
            QVERIFY(
                m_model->index(0, CertificatesModel::DaysLeft).data().toString().startsWith(u"expired"_s));
    }

    void sortedByExpiryAcrossInstances()
    {
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s,
            { renamed(m_a26, "late.pem", m_now.addDays(200)),
                renamed(m_a26, "soon.pem", m_now.addDays(20)) });
        m_model->setInstance(u"unix:/b"_s, u"lb-b"_s, { renamed(m_a30, "sooner.pem", m_now.addDays(5)) });
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(CertificatesModel::RawRole);
        proxy.sort(CertificatesModel::DaysLeft, Qt::AscendingOrder);
        const auto name = [&proxy](int row) {
            return proxy.index(row, CertificatesModel::Certificate).data().toString();
        };
        QCOMPARE(name(0), u"sooner.pem"_s);
        QCOMPARE(name(1), u"soon.pem"_s);
        QCOMPARE(name(2), u"late.pem"_s);
        // A replaced certificate moves to where its new date sorts.
        m_model->setInstance(u"unix:/b"_s, u"lb-b"_s, { renamed(m_a30, "sooner.pem", m_now.addDays(400)) });
        QCOMPARE(name(2), u"sooner.pem"_s);
    }

    void mergedByName()
    {
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s,
            { renamed(m_a26, "one.pem", m_now.addDays(10)), renamed(m_a26, "two.pem", m_now.addDays(50)) });
        m_model->setInstance(u"unix:/b"_s, u"lb-b"_s, { m_a30 });
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        SslCertInfo replaced = renamed(m_a26, "two.pem", m_now.addDays(90));
        replaced.serial = "ABCDEF";
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s, { replaced });
        QCOMPARE(removed.size(), 1); // one.pem
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1); // two.pem, in place
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, 0).data(CertificatesModel::SerialRole).toString(), u"ABCDEF"_s);
        // The same answer again changes nothing.
        m_model->setInstance(u"unix:/a"_s, u"lb-a"_s, { replaced });
        QCOMPARE(changed.size(), 1);
        m_model->removeInstance(u"unix:/a"_s);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->instances(), QStringList({ u"unix:/b"_s }));
        QVERIFY(!m_model->index(5, 0).data().isValid());
        QVERIFY(!m_model->headerData(-1, Qt::Horizontal).isValid());
        QCOMPARE(m_model->certificate(7), nullptr);
    }

private:
    std::unique_ptr<CertificatesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SslCertInfo m_a26, m_a30, m_pending;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestCertificatesModel)
#include "tst_certificatesmodel.moc"
