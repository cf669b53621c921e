// The certificates dock against two real haproxy instances with TLS listeners (certificates of
// a per-run CA expiring in 5, 20 and 90 days): rows from both in one list sorted by expiry,
// the warning levels and their colours, an instance whose level cannot list certificates
// named above the list, Replace disabled with the reason at level operator, a mismatched key
// refused in the dialog, and a replace through the dialog that lands (the list then shows the
// new serial, and the row moves to where its new date sorts).

#include "core/client/runtimeconnection.h"
#include "models/certificatesmodel.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "tests/support/haproxyfixture.h"
#include "tests/support/testca.h"
#include "views/certificatesdock.h"
#include "views/certreplacedialog.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20000;
using W = CertificatesModel::Warning;

std::unique_ptr<HaproxyFixture> startWithCerts(const QStringList &pems)
{
    QString crts;
    for (const QString &pem : pems)
        crts += u" crt "_s + pem;
    HaproxyFixture::Options options;
    options.body = QStringLiteral("frontend fe\n"
                                  "    bind 127.0.0.1:${PORT:fe}\n"
                                  "    bind 127.0.0.1:${PORT:tls} ssl%1\n"
                                  "    default_backend be\n\n"
                                  "backend be\n"
                                  "    server s1 ${BACKEND:s1}\n")
                       .arg(crts);
    auto haproxy = std::make_unique<HaproxyFixture>(options);
    if (!haproxy->start())
        qWarning("%s", qPrintable(haproxy->errorString()));
    return haproxy;
}

} // namespace

class TestCertificatesDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestCa>(m_dir.path());
        if (!m_ca->isValid())
            QSKIP("the openssl binary is missing or failed: no certificate for the TLS listeners");
        m_five = m_ca->issue(u"five"_s, u"a.example"_s, 5);
        m_twenty = m_ca->issue(u"twenty"_s, u"b.example"_s, 20);
        m_ninety = m_ca->issue(u"ninety"_s, u"c.example"_s, 90);
        m_next = m_ca->issue(u"next"_s, u"a.example"_s, 60);
        QVERIFY(m_five.isValid() && m_twenty.isValid() && m_ninety.isValid() && m_next.isValid());
        m_a = startWithCerts({ m_five.pemPath });
        m_b = startWithCerts({ m_twenty.pemPath, m_ninety.pemPath });
        QVERIFY(m_a->isRunning() && m_b->isRunning());
    }

    void init()
    {
        m_sessions = std::make_unique<SessionManager>();
        m_window = std::make_unique<QMainWindow>();
        m_dock = new CertificatesDock(m_sessions.get(), m_window.get());
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        m_dock->hide();
        m_adminA = open(u"lb-a"_s, m_a->adminSocket());
        m_adminB = open(u"lb-b"_s, m_b->adminSocket());
        m_window->resize(1200, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(connected(), WaitMs);
    }
    void cleanup()
    {
        m_window.reset();
        m_sessions.reset();
    }

    void rowsFromBothSortedByExpiry()
    {
        m_dock->show(); // shown: read
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->view()->model()->rowCount(), 3, WaitMs);
        QCOMPARE(column(CertificatesModel::Certificate),
            QStringList({ m_five.pemPath, m_twenty.pemPath, m_ninety.pemPath }));
        QCOMPARE(column(CertificatesModel::Instance), QStringList({ u"lb-a"_s, u"lb-b"_s, u"lb-b"_s }));
        QCOMPARE(column(CertificatesModel::Subject),
            QStringList({ u"/CN=a.example"_s, u"/CN=b.example"_s, u"/CN=c.example"_s }));
        QCOMPARE(column(CertificatesModel::Issuer).value(0), u"/CN=hadesk test CA"_s);
        QCOMPARE(warning(0), W::VerySoon);
        QCOMPARE(warning(1), W::Soon);
        QCOMPARE(warning(2), W::Fine);
        QVERIFY(column(CertificatesModel::DaysLeft).value(0).contains(u"very soon"_s));
        QCOMPARE(CertificatesDock::toneFor(W::VerySoon), StatusColors::Tone::Urgent);
        QCOMPARE(CertificatesDock::toneFor(W::Soon), StatusColors::Tone::Warning);
        QCOMPARE(CertificatesDock::toneFor(W::Expired), StatusColors::Tone::Error);
        QVERIFY(!CertificatesDock::toneFor(W::Fine));
        QVERIFY(!m_dock->findChild<QLabel *>(u"certificatesStatus"_s)->isVisible());
        // The soonest is the current row, ready for F2.
        QCOMPARE(m_dock->view()->currentIndex().row(), 0);
        QVERIFY(m_dock->replaceAction()->isEnabled());
    }

    void refreshKeyBelongsToTheDock()
    {
        // The window has F5 too (Refresh Now); with the focus in the dock, F5 reads the certificates.
        auto *windowRefresh = new QAction(m_window.get());
        windowRefresh->setShortcut(QKeySequence(Qt::Key_F5));
        m_window->addAction(windowRefresh);
        QSignalSpy windowSpy(windowRefresh, &QAction::triggered);
        QSignalSpy dockSpy(m_dock->refreshAction(), &QAction::triggered);
        m_dock->show();
        m_dock->view()->setFocus();
        QTRY_VERIFY(m_dock->view()->hasFocus());
        QTest::keyClick(m_dock->view(), Qt::Key_F5);
        QCOMPARE(dockSpy.size(), 1);
        QCOMPARE(windowSpy.size(), 0);
    }

    void levelTooLowSaidAndReplaceGated()
    {
        // The user socket of A cannot list certificates; the operator socket of B can, but not replace.
        open(u"lb-a user"_s, m_a->userSocket());
        InstanceSession *op = open(u"lb-b operator"_s, m_b->operatorSocket());
        QTRY_VERIFY_WITH_TIMEOUT(connected(), WaitMs);
        m_dock->show();
        auto *status = m_dock->findChild<QLabel *>(u"certificatesStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_dock->view()->model()->rowCount() == 5, qPrintable(status->text()), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(u"lb-a user"_s), WaitMs);
        QVERIFY2(status->text().contains(u"level"_s, Qt::CaseInsensitive)
                || status->text().contains(u"permission"_s, Qt::CaseInsensitive),
            qPrintable(status->text()));

        selectRow(rowOf(op->id(), m_twenty.pemPath));
        QVERIFY(!m_dock->replaceAction()->isEnabled());
        QVERIFY(m_dock->replaceAction()->toolTip().contains(u"admin"_s));
        selectRow(rowOf(m_adminB->id(), m_twenty.pemPath));
        QVERIFY(m_dock->replaceAction()->isEnabled());
    }

    void replaceThroughTheDialogLands()
    {
        m_dock->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->view()->model()->rowCount(), 3, WaitMs);
        selectRow(rowOf(m_adminA->id(), m_five.pemPath));
        m_dock->view()->setFocus();
        QTest::keyClick(m_dock->view(), Qt::Key_F2);
        CertReplaceDialog *dialog = m_dock->replaceDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->canReplace()); // no file yet

        // A certificate file and another certificate's key: refused in words.
        dialog->setFiles({ m_next.certPath, m_ninety.keyPath });
        QVERIFY(!dialog->canReplace());
        auto *check = dialog->findChild<QLabel *>(u"checkLabel"_s);
        QVERIFY(check->isVisible());
        QVERIFY2(
            check->text().contains(u"the key does not match the certificate"_s), qPrintable(check->text()));

        // The right key: shown next to the served one, then replaced.
        dialog->setFiles({ m_next.certPath, m_next.keyPath });
        QVERIFY(dialog->canReplace());
        QVERIFY(!check->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"new3"_s)->text(), QString::fromLatin1(m_next.serial));
        dialog->findChild<QPushButton *>(u"replaceButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SslCertReplace::State::Done, WaitMs);
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().startsWith(u"Done."_s));
        QVERIFY(!dialog->canReplace());

        // The list is read again: the new serial, and the row now sorts after the 20-day one.
        QTRY_COMPARE_WITH_TIMEOUT(
            serialAt(rowOf(m_adminA->id(), m_five.pemPath)), QString::fromLatin1(m_next.serial), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(column(CertificatesModel::Certificate),
            QStringList({ m_twenty.pemPath, m_five.pemPath, m_ninety.pemPath }), WaitMs);
        QCOMPARE(warning(1), W::Fine);
        dialog->close();
    }

private:
    // Opened; the caller waits for connected() before reading.
    InstanceSession *open(const QString &name, const QString &socket)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.endpoint = socket;
        return m_sessions->open(profile, Endpoint::parse(socket).value(), 60000);
    }
    bool connected() const
    {
        for (InstanceSession *session : m_sessions->sessions()) {
            if (!session->connection()->isReady())
                return false;
        }
        return true;
    }
    QStringList column(int c) const
    {
        QStringList values;
        const QAbstractItemModel *model = m_dock->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, c).data().toString();
        return values;
    }
    W warning(int row) const
    {
        return W(m_dock->view()->model()->index(row, 0).data(CertificatesModel::WarningRole).toInt());
    }
    QString serialAt(int row) const
    {
        return m_dock->view()->model()->index(row, 0).data(CertificatesModel::SerialRole).toString();
    }
    int rowOf(const QString &instanceId, const QString &name) const
    {
        const QAbstractItemModel *model = m_dock->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(CertificatesModel::InstanceIdRole).toString() == instanceId
                && index.data(CertificatesModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }
    void selectRow(int row)
    {
        QVERIFY(row >= 0);
        m_dock->view()->setCurrentIndex(m_dock->view()->model()->index(row, 0));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_five, m_twenty, m_ninety, m_next;
    std::unique_ptr<HaproxyFixture> m_a, m_b;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<QMainWindow> m_window;
    CertificatesDock *m_dock = nullptr;
    InstanceSession *m_adminA = nullptr;
    InstanceSession *m_adminB = nullptr;
};

QTEST_MAIN(TestCertificatesDock)
#include "tst_certificatesdock.moc"
