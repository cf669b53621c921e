#include "tests/support/snapshotbuilder.h"
#include "views/addserverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

// The add-server dialog on the offscreen platform: live validation refuses bad input
// before anything could be sent, backends that cannot take dynamic servers are refused or
// warned about, and valid input gives the exact command lines.
class TestAddServerDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<AddServerDialog> m_dialog;

    static SnapshotPtr snapshot()
    {
        return SnapshotBuilder()
            .haproxy26Columns()
            .backend("be")
            .algo("roundrobin")
            .server("be", "s1")
            .backend("st")
            .algo("static-rr")
            .server("st", "a")
            .backend("hs")
            .algo("source")
            .build();
    }

    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s in the dialog", T::staticMetaObject.className(), name);
        return widget;
    }
    QPushButton *okButton() { return child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Ok); }
    QStringList lines() const
    {
        QStringList out;
        for (const RuntimeCommand &command : m_dialog->commands())
            out << command.text();
        return out;
    }
    void fill(const QString &backend, const QString &name, const QString &address, int port = 0)
    {
        child<QComboBox>("backendCombo")->setCurrentText(backend);
        child<QLineEdit>("nameEdit")->setText(name);
        child<QLineEdit>("addressEdit")->setText(address);
        child<QSpinBox>("portSpin")->setValue(port);
    }

private slots:
    void init() { m_dialog = std::make_unique<AddServerDialog>(snapshot(), QStringLiteral("be")); }
    void cleanup() { m_dialog.reset(); }

    void startsEmptyAndDisabled()
    {
        auto *combo = child<QComboBox>("backendCombo");
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("be"));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(m_dialog->commands().isEmpty());
        // Nothing typed yet: no red text.
        QVERIFY(child<QLabel>("nameMessage")->isHidden());
    }

    void badNamesAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("';'");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("a space");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
        QTest::newRow("line feed") << QStringLiteral("a\nset server be/s1 state maint")
                                   << QStringLiteral("line feed");
    }
    void badNamesAreRefusedBeforeSending()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        fill(QStringLiteral("be"), name, QStringLiteral("10.0.0.3"), 8080);
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(m_dialog->commands().isEmpty());
        auto *message = child<QLabel>("nameMessage");
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(problem), qPrintable(message->text()));
        // Fixing the name enables OK.
        child<QLineEdit>("nameEdit")->setText(QStringLiteral("ab"));
        QVERIFY(okButton()->isEnabled());
        QVERIFY(message->isHidden());
    }

    void badAddressIsRefused()
    {
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("10.0.0.3;x"));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(!child<QLabel>("addressMessage")->isHidden());
        QVERIFY(m_dialog->commands().isEmpty());
    }

    // HAProxy registers a dynamic server with a host name and never resolves it: the dialog
    // says so at the address before anything is sent, whatever the version it was told.
    void hostNameIsRefusedBeforeSending()
    {
        m_dialog->setHaproxyVersion(HaproxyVersion::parse("2.6.12-1+deb12u4"));
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("localhost"), 8080);
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(m_dialog->commands().isEmpty());
        auto *message = child<QLabel>("addressMessage");
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("never resolves it")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("HAProxy 2.6.12")), qPrintable(message->text()));
        QVERIFY2(
            message->text().contains(QStringLiteral("IPv4 or IPv6 address")), qPrintable(message->text()));
        // An IP address is fine.
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(okButton()->isEnabled());
        QVERIFY(message->isHidden());
        // Unknown version: nothing is assumed, so the name is refused too.
        m_dialog->setHaproxyVersion(HaproxyVersion());
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("app.example.com"));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(!message->isHidden());
    }

    // A message of several lines shows in full: the dialog grows for it (a top-level window
    // does not follow its layout's height-for-width by itself, and the text was cut).
    void longMessageIsShownInFull()
    {
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_dialog->setHaproxyVersion(HaproxyVersion::parse("2.6.12-1+deb12u4"));
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("localhost"), 8080);
        auto *message = child<QLabel>("addressMessage");
        QVERIFY(!message->isHidden());
        QVERIFY(message->heightForWidth(message->width()) > message->fontMetrics().height() * 2);
        QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
            qPrintable(QStringLiteral("label %1 px high, its text needs %2")
                           .arg(message->height())
                           .arg(message->heightForWidth(message->width()))));
    }

    void nameAlreadyUsedInTheBackend()
    {
        fill(QStringLiteral("be"), QStringLiteral("s1"), QStringLiteral("10.0.0.3"));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(
            child<QLabel>("nameMessage")->text().contains(QStringLiteral("already has a server named 's1'")));
        // The same name in another backend is fine.
        child<QComboBox>("backendCombo")->setCurrentText(QStringLiteral("hs"));
        QVERIFY(okButton()->isEnabled());
    }

    void staticRoundRobinBackendIsRefused()
    {
        fill(QStringLiteral("st"), QStringLiteral("web3"), QStringLiteral("10.0.0.3"));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(m_dialog->commands().isEmpty());
        QVERIFY(child<QLabel>("backendMessage")->text().contains(QStringLiteral("static-rr")));
    }

    void hashBackendIsWarnedAbout()
    {
        fill(QStringLiteral("hs"), QStringLiteral("web3"), QStringLiteral("10.0.0.3"));
        QVERIFY(okButton()->isEnabled());
        auto *message = child<QLabel>("backendMessage");
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("hash-type consistent")));
    }

    void validInputGivesExactLines()
    {
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("10.0.0.3"), 8080);
        child<QSpinBox>("weightSpin")->setValue(50);
        QVERIFY(okButton()->isEnabled());
        QCOMPARE(lines(),
            (QStringList { QStringLiteral("add server be/web3 10.0.0.3:8080 weight 50"),
                QStringLiteral("set server be/web3 state ready") }));
    }

    void checkAddsEnableHealth()
    {
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("10.0.0.3"), 8080);
        auto *inter = child<QSpinBox>("interSpin");
        QVERIFY(!inter->isEnabled());
        child<QCheckBox>("checkCheck")->setChecked(true);
        QVERIFY(inter->isEnabled());
        inter->setValue(2000);
        QCOMPARE(lines(),
            (QStringList { QStringLiteral("add server be/web3 10.0.0.3:8080 check inter 2000ms"),
                QStringLiteral("enable health be/web3"), QStringLiteral("set server be/web3 state ready") }));
    }

    void startInMaintenanceHasNoReadyLine()
    {
        fill(QStringLiteral("be"), QStringLiteral("web3"), QStringLiteral("10.0.0.3"), 8080);
        child<QCheckBox>("checkCheck")->setChecked(true);
        child<QCheckBox>("maintCheck")->setChecked(true);
        QVERIFY(m_dialog->startInMaintenance());
        QCOMPARE(lines(),
            (QStringList { QStringLiteral("add server be/web3 10.0.0.3:8080 check"),
                QStringLiteral("enable health be/web3") }));
    }

    void sslMaxconnBackup()
    {
        fill(QStringLiteral("be"), QStringLiteral("tls1"), QStringLiteral("2001:db8::5"), 443);
        auto *verifyNone = child<QCheckBox>("verifyNoneCheck");
        QVERIFY(!verifyNone->isEnabled());
        child<QCheckBox>("sslCheck")->setChecked(true);
        // Verification stays on unless explicitly turned off, with a word about the CA file.
        QVERIFY(!child<QLabel>("sslMessage")->isHidden());
        QVERIFY(lines().value(0).endsWith(QStringLiteral(" ssl")));
        verifyNone->setChecked(true);
        child<QSpinBox>("maxconnSpin")->setValue(100);
        child<QCheckBox>("backupCheck")->setChecked(true);
        child<QCheckBox>("maintCheck")->setChecked(true);
        QCOMPARE(lines(),
            QStringList {
                QStringLiteral("add server be/tls1 [2001:db8::5]:443 ssl verify none maxconn 100 backup") });
        // Turning SSL off drops "verify none" too: never left behind.
        child<QCheckBox>("sslCheck")->setChecked(false);
        QCOMPARE(lines(),
            QStringList { QStringLiteral("add server be/tls1 [2001:db8::5]:443 maxconn 100 backup") });
    }
};

QTEST_MAIN(TestAddServerDialog)
#include "tst_addserverdialog.moc"
