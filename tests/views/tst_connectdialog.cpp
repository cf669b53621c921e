#include "models/connectionprofilesmodel.h"
#include "views/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The connect dialog on the offscreen platform: live endpoint validation, the TLS group,
// recent profiles, saving, and the keyboard.
class TestConnectDialog : public QObject
{
    Q_OBJECT

    // Every test gets its own settings file, so no test sees another's profiles and none
    // touches the developer's real hadesk settings.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_model;
    std::unique_ptr<ConnectDialog> m_dialog;

    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s in the dialog", T::staticMetaObject.className(), name);
        return widget;
    }
    QLineEdit *endpointEdit() { return child<QLineEdit>("endpointEdit"); }
    QLabel *endpointMessage() { return child<QLabel>("endpointMessage"); }
    QLineEdit *nameEdit() { return child<QLineEdit>("nameEdit"); }
    QSpinBox *pollIntervalSpin() { return child<QSpinBox>("pollIntervalSpin"); }
    QGroupBox *tlsGroup() { return child<QGroupBox>("tlsGroup"); }
    QCheckBox *verifyCheck() { return child<QCheckBox>("verifyCheck"); }
    QLabel *verifyWarning() { return child<QLabel>("verifyWarning"); }
    QListView *profileList() { return child<QListView>("profileList"); }
    QPushButton *connectButton() { return child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Ok); }

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("hadesk.ini")); }

    static ConnectionProfile tlsProfile()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("edge TLS");
        profile.endpoint = QStringLiteral("tls:lb1.example.net:9443");
        profile.tls.caFile = QStringLiteral("/etc/hadesk/ca.pem");
        profile.tls.certificateFile = QStringLiteral("/etc/hadesk/client.pem");
        profile.tls.privateKeyFile = QStringLiteral("/etc/hadesk/client.key");
        profile.tls.peerName = QStringLiteral("haproxy.internal");
        profile.tls.verifyPeer = false;
        profile.pollIntervalMs = 2500;
        return profile;
    }
    static ConnectionProfile localProfile()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("local");
        profile.endpoint = QStringLiteral("/run/haproxy/admin.sock");
        profile.pollIntervalMs = 500;
        return profile;
    }

    void addProfiles()
    {
        QVERIFY(m_model->upsert(localProfile()).ok());
        QVERIFY(m_model->upsert(tlsProfile()).ok()); // now first: most recently used
        QVERIFY(m_model->save());
    }

    void showAndActivate()
    {
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        m_model = std::make_unique<ConnectionProfilesModel>(m_settings.get());
        m_model->load();
        m_dialog = std::make_unique<ConnectDialog>(m_model.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_model.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void startsEmptyAndDisabled()
    {
        QVERIFY(endpointEdit()->text().isEmpty());
        QVERIFY(!connectButton()->isEnabled());
        QVERIFY(!tlsGroup()->isEnabled());
        QVERIFY(verifyCheck()->isChecked()); // verification is on unless turned off by hand
        QVERIFY(verifyWarning()->isHidden());
        QVERIFY(!endpointEdit()->placeholderText().isEmpty());
        // The tooltip lists every syntax core accepts.
        const QString toolTip = endpointEdit()->toolTip();
        for (const char *syntax : { "/run/haproxy/admin.sock", "unix:PATH", "tcp:HOST:PORT", "HOST:PORT",
                 "[::1]:PORT", "tls:HOST:PORT", "ssh:[USER@]HOST[:PORT]/PATH" })
            QVERIFY2(toolTip.contains(QString::fromLatin1(syntax)), syntax);
    }

    void invalidEndpointDisablesConnect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("port out of range") << QStringLiteral("tcp:lb1:70000");
        QTest::newRow("missing port") << QStringLiteral("lb1.example.net");
        QTest::newRow("unknown scheme") << QStringLiteral("http:lb1:80");
        QTest::newRow("tilde") << QStringLiteral("~/haproxy.sock");
        QTest::newRow("ssh without path") << QStringLiteral("ssh:admin@lb1");
        QTest::newRow("unbracketed IPv6") << QStringLiteral("::1:9999");
        QTest::newRow("tls without port") << QStringLiteral("tls:lb1");
    }

    void invalidEndpointDisablesConnect()
    {
        QFETCH(QString, text);
        const Result<Endpoint> expected = Endpoint::parse(text);
        QVERIFY(!expected.ok());

        QTest::keyClicks(endpointEdit(), text); // as typed, one character at a time
        QVERIFY(!connectButton()->isEnabled());
        QCOMPARE(endpointMessage()->text(), expected.error());
        QVERIFY(!endpointMessage()->isHidden());
    }

    void validEndpointEnablesConnect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("path") << QStringLiteral("/run/haproxy/admin.sock");
        QTest::newRow("unix:") << QStringLiteral("unix:/run/haproxy/admin.sock");
        QTest::newRow("tcp:") << QStringLiteral("tcp:127.0.0.1:9999");
        QTest::newRow("HOST:PORT") << QStringLiteral("lb1.example.net:9999");
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9999");
        QTest::newRow("tls:") << QStringLiteral("tls:lb1.example.net:9443");
        QTest::newRow("ssh:") << QStringLiteral("ssh:ops@lb1:2222/run/haproxy/admin.sock");
    }

    void validEndpointEnablesConnect()
    {
        QFETCH(QString, text);
        const Result<Endpoint> expected = Endpoint::parse(text);
        QVERIFY(expected.ok());

        endpointEdit()->setText(QStringLiteral("tcp:")); // invalid first: the button must come back
        QVERIFY(!connectButton()->isEnabled());
        endpointEdit()->clear();
        QTest::keyClicks(endpointEdit(), text);
        QVERIFY(connectButton()->isEnabled());
        // The message now says where the dialog will connect, in the canonical form.
        QVERIFY2(
            endpointMessage()->text().contains(expected->toString()), qPrintable(endpointMessage()->text()));
        QCOMPARE(m_dialog->profile().endpoint, text);
    }

    void tlsGroupOnlyForTls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("tls:") << QStringLiteral("tls:lb1:9443") << true;
        QTest::newRow("ssl: alias") << QStringLiteral("ssl:lb1:9443") << true;
        QTest::newRow("tls: being typed") << QStringLiteral("tls:lb1:") << true;
        QTest::newRow("tcp:") << QStringLiteral("tcp:lb1:9999") << false;
        QTest::newRow("HOST:PORT") << QStringLiteral("lb1:9999") << false;
        QTest::newRow("unix") << QStringLiteral("/run/haproxy/admin.sock") << false;
        QTest::newRow("ssh") << QStringLiteral("ssh:lb1/run/haproxy/admin.sock") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("host named tls") << QStringLiteral("tls.example.net:9999") << false;
    }

    void tlsGroupOnlyForTls()
    {
        QFETCH(QString, text);
        QFETCH(bool, enabled);
        endpointEdit()->setText(text);
        QCOMPARE(tlsGroup()->isEnabled(), enabled);
    }

    void uncheckingVerifyShowsWarning()
    {
        m_dialog->show();
        endpointEdit()->setText(QStringLiteral("tls:lb1:9443"));
        QVERIFY(verifyWarning()->isHidden());
        verifyCheck()->click();
        QVERIFY(!verifyCheck()->isChecked());
        QVERIFY(verifyWarning()->isVisible());
        QVERIFY(!verifyWarning()->text().isEmpty());
        QVERIFY(!m_dialog->profile().tls.verifyPeer);

        // The warning is about a TLS connection; for another endpoint there is nothing to verify.
        endpointEdit()->setText(QStringLiteral("/run/haproxy/admin.sock"));
        QVERIFY(!verifyWarning()->isVisible());
        endpointEdit()->setText(QStringLiteral("tls:lb1:9443"));
        QVERIFY(verifyWarning()->isVisible());

        verifyCheck()->click();
        QVERIFY(!verifyWarning()->isVisible());
    }

    void profileRoundTrips()
    {
        const ConnectionProfile profile = tlsProfile();
        m_dialog->setProfile(profile);
        QCOMPARE(m_dialog->profile(), profile);
        QVERIFY(connectButton()->isEnabled());
        QVERIFY(tlsGroup()->isEnabled());
        QVERIFY(!verifyWarning()->isHidden());
    }

    void tlsOptionsOnlyForTlsEndpoints()
    {
        m_dialog->setProfile(tlsProfile());
        endpointEdit()->setText(QStringLiteral("tcp:127.0.0.1:9999"));
        // Files typed for a tls: endpoint earlier must not ride along with a plain one.
        QCOMPARE(m_dialog->profile().tls, TlsOptions());
    }

    void choosingRecentProfileFillsFields()
    {
        addProfiles();
        QCOMPARE(profileList()->model()->rowCount(), 2);
        const int row = m_model->indexOf(localProfile().name);
        QVERIFY(row >= 0);
        profileList()->setCurrentIndex(m_model->index(row));
        QCOMPARE(endpointEdit()->text(), localProfile().endpoint);
        QCOMPARE(nameEdit()->text(), localProfile().name);
        QCOMPARE(pollIntervalSpin()->value(), localProfile().pollIntervalMs);
        QVERIFY(!tlsGroup()->isEnabled());
        QVERIFY(connectButton()->isEnabled());

        profileList()->setCurrentIndex(m_model->index(m_model->indexOf(tlsProfile().name)));
        QCOMPARE(m_dialog->profile(), tlsProfile());
        QVERIFY(tlsGroup()->isEnabled());
        QCOMPARE(child<QLineEdit>("caFileEdit")->text(), tlsProfile().tls.caFile);
        QCOMPARE(child<QLineEdit>("peerNameEdit")->text(), tlsProfile().tls.peerName);
        QVERIFY(!verifyCheck()->isChecked());
    }

    void doubleClickConnects()
    {
        addProfiles();
        showAndActivate();
        const QModelIndex index = m_model->index(m_model->indexOf(localProfile().name));
        const QPoint center = profileList()->visualRect(index).center();
        // A press before the double-click, as a real mouse sends it.
        QTest::mouseClick(profileList()->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(profileList()->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->profile().endpoint, localProfile().endpoint);
        QCOMPARE(m_model->indexOf(localProfile().name), 0); // moved to the top: most recently used
    }

    void acceptWithNameSavesProfile()
    {
        ConnectionProfile profile = tlsProfile();
        profile.name = QStringLiteral("new one");
        m_dialog->setProfile(profile);
        QVERIFY(m_model->indexOf(profile.name) < 0);
        connectButton()->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        QCOMPARE(m_model->indexOf(profile.name), 0);
        QCOMPARE(m_model->profile(0), profile);
        // Written to the file, not only kept in memory.
        m_dialog.reset();
        m_model.reset();
        m_settings.reset();
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ConnectionProfilesModel reloaded(&settings);
        reloaded.load();
        QCOMPARE(reloaded.indexOf(profile.name), 0);
        QCOMPARE(reloaded.profile(0), profile);
    }

    void acceptWithoutNameSavesNothing()
    {
        endpointEdit()->setText(QStringLiteral("/run/haproxy/admin.sock"));
        connectButton()->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_dialog->profile().name.isEmpty());
    }

    void replacingSavedProfileIsAnnounced()
    {
        addProfiles();
        m_dialog->show();
        m_dialog->setProfile(localProfile());
        QLabel *note = child<QLabel>("nameMessage");
        QVERIFY(!note->isVisible()); // unchanged: nothing is replaced
        endpointEdit()->setText(QStringLiteral("/run/haproxy/other.sock"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(localProfile().name));
    }

    void enterConnects()
    {
        showAndActivate();
        endpointEdit()->setFocus();
        QTest::keyClicks(endpointEdit(), QStringLiteral("tcp:"));
        QTest::keyClick(endpointEdit(), Qt::Key_Return);
        QVERIFY(m_dialog->isVisible()); // invalid: Enter does nothing
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

        QTest::keyClicks(endpointEdit(), QStringLiteral("127.0.0.1:9999"));
        QTest::keyClick(endpointEdit(), Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
    }

    void escapeRejects()
    {
        showAndActivate();
        endpointEdit()->setText(QStringLiteral("/run/haproxy/admin.sock"));
        nameEdit()->setText(QStringLiteral("would be saved"));
        QTest::keyClick(endpointEdit(), Qt::Key_Escape);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void tabOrderFollowsTheForm()
    {
        showAndActivate();
        endpointEdit()->setFocus();
        QCOMPARE(QApplication::focusWidget(), endpointEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), nameEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), pollIntervalSpin());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), profileList());
    }

    void deleteKeyRemovesAfterConfirmation_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("Remove") << true;
        QTest::newRow("Cancel") << false;
    }

    void deleteKeyRemovesAfterConfirmation()
    {
        QFETCH(bool, confirm);
        addProfiles();
        showAndActivate();
        profileList()->setFocus();
        profileList()->setCurrentIndex(m_model->index(m_model->indexOf(localProfile().name)));

        // The confirmation opens without blocking (window-modal on the dialog); answer it.
        QTest::keyClick(profileList(), Qt::Key_Delete);
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(localProfile().name));
        QCOMPARE(m_model->indexOf(localProfile().name) >= 0, true); // nothing removed before the answer
        if (confirm) {
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        } else {
            QTest::keyClick(box, Qt::Key_Escape);
        }
        QTRY_VERIFY(!box); // deleted on close
        QCOMPARE(m_model->indexOf(localProfile().name) >= 0, !confirm);
        QVERIFY(m_dialog->isVisible()); // removing a profile does not close the dialog

        QSettings settings(settingsFile(), QSettings::IniFormat);
        ConnectionProfilesModel reloaded(&settings);
        reloaded.load();
        QCOMPARE(reloaded.indexOf(localProfile().name) >= 0, !confirm);
        QVERIFY(reloaded.indexOf(tlsProfile().name) >= 0);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
