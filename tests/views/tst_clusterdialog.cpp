// ClusterDialog on the offscreen platform: validation messages, keyboard use, saving through
// the ClusterStore, and editing an existing cluster.

#include "models/connectionprofilesmodel.h"
#include "views/clusterdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestClusterDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionProfilesModel> m_profiles;
    std::unique_ptr<ClusterStore> m_store;

    static QPushButton *okButton(ClusterDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    }
    static QListWidget *list(ClusterDialog &dialog)
    {
        return dialog.findChild<QListWidget *>(u"membersList"_s);
    }
    static QLineEdit *nameEdit(ClusterDialog &dialog) { return dialog.findChild<QLineEdit *>(u"nameEdit"_s); }
    static void check(ClusterDialog &dialog, const QString &name)
    {
        for (int i = 0; i < list(dialog)->count(); ++i)
            if (list(dialog)->item(i)->text() == name)
                list(dialog)->item(i)->setCheckState(Qt::Checked);
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"p.ini"_s));
        QFile::remove(m_dir.filePath(u"clusters.json"_s));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ConnectionProfilesModel>(m_settings.get());
        for (const QString &name : { u"lb1"_s, u"lb2"_s, u"lb3"_s }) {
            ConnectionProfile profile;
            profile.name = name;
            profile.endpoint = u"/run/haproxy/"_s + name + u".sock"_s;
            QVERIFY(m_profiles->upsert(profile).ok());
        }
        m_store = std::make_unique<ClusterStore>(m_dir.filePath(u"clusters.json"_s));
    }

    void createWithTheKeyboard()
    {
        ClusterDialog dialog(m_store.get(), m_profiles.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(list(dialog)->count(), 3);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.message().contains(u"name"_s));

        QTest::keyClicks(nameEdit(dialog), u"prod"_s);
        QVERIFY2(dialog.message().contains(u"two"_s), qPrintable(dialog.message()));
        // Tab to the list, Space checks the current item, Down moves, Space again.
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list(dialog));
        QTest::keyClick(list(dialog), Qt::Key_Space);
        QVERIFY(dialog.message().contains(u"two"_s));
        QTest::keyClick(list(dialog), Qt::Key_Down);
        QTest::keyClick(list(dialog), Qt::Key_Space);
        QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.definition().members.size(), 2);

        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_store->clusters().size(), 1);
        QCOMPARE(m_store->clusters().first().name, u"prod"_s);
        // Profiles are listed most recently used first: lb3, lb2.
        QCOMPARE(m_store->clusters().first().members, QStringList({ u"lb3"_s, u"lb2"_s }));
        ClusterStore reloaded(m_store->path());
        QCOMPARE(*reloaded.load(), 1); // saved to disk
    }

    void mnemonicsReachTheFields()
    {
        ClusterDialog dialog(m_store.get(), m_profiles.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), list(dialog));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), nameEdit(dialog));
    }

    void duplicateNameIsRefused()
    {
        QVERIFY(m_store->add({ u"Prod"_s, { u"lb1"_s, u"lb2"_s } }).ok());
        ClusterDialog dialog(m_store.get(), m_profiles.get());
        nameEdit(dialog)->setText(u"prod"_s);
        check(dialog, u"lb1"_s);
        check(dialog, u"lb3"_s);
        QVERIFY2(dialog.message().contains(u"already exists"_s), qPrintable(dialog.message()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // refused: stays open, nothing saved
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_store->clusters().size(), 1);
    }

    void editKeepsOrderAndMissingProfiles()
    {
        QVERIFY(m_store->add({ u"prod"_s, { u"lb2"_s, u"gone"_s } }).ok());
        ClusterDialog dialog(m_store.get(), m_profiles.get(), u"prod"_s);
        QCOMPARE(nameEdit(dialog)->text(), u"prod"_s);
        QCOMPARE(list(dialog)->count(), 4);
        QCOMPARE(list(dialog)->item(0)->text(), u"lb2"_s);
        QVERIFY(list(dialog)->item(1)->text().startsWith(u"gone ("_s));
        QCOMPARE(list(dialog)->item(1)->checkState(), Qt::Checked);
        QVERIFY(okButton(dialog)->isEnabled()); // its own name is fine

        nameEdit(dialog)->setText(u"production"_s);
        check(dialog, u"lb1"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_store->indexOf(u"prod"_s), -1);
        QCOMPARE(m_store->cluster(u"production"_s).members, QStringList({ u"lb2"_s, u"gone"_s, u"lb1"_s }));
    }

    void tooFewProfiles()
    {
        QVERIFY(m_profiles->remove(u"lb1"_s));
        QVERIFY(m_profiles->remove(u"lb2"_s));
        ClusterDialog dialog(m_store.get(), m_profiles.get());
        nameEdit(dialog)->setText(u"x"_s);
        check(dialog, u"lb3"_s);
        QVERIFY2(dialog.message().contains(u"saved connections"_s), qPrintable(dialog.message()));
        QVERIFY(!okButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestClusterDialog)
#include "tst_clusterdialog.moc"
