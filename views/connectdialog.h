#pragma once

#include "models/connectionprofile.h"

#include <QDialog>

class ConnectionProfilesModel;
class QAction;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

// Asks where to connect: an endpoint typed in any syntax core accepts (checked as the user
// types), or a recent profile; optionally saves what was entered as a named profile.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(ConnectionProfilesModel *profiles, QWidget *parent = nullptr);

    // What to connect to, as entered. TLS options are empty unless the endpoint is tls:.
    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);

    void accept() override;

private:
    QLayout *createProfileList();
    void createEndpointEdit();
    QFormLayout *createConnectionForm();
    void createTlsGroup();
    void createButtons();
    void layOut(QLayout *left, QFormLayout *form);
    void connectSignals();
    void validate();
    void selectProfile(const QModelIndex &index);
    void removeSelectedProfile(); // asks first (a message box, opened non-blocking)
    void removeProfile(const QString &name);
    // A warning that does not block: nothing here may spin a nested event loop.
    static void warn(QWidget *parent, const QString &title, const QString &text);
    void updateNameMessage();
    void updateVerifyWarning();
    bool tlsApplies() const;
    // One "label, line edit, Browse…" row of the TLS group; returns the line edit.
    QLineEdit *addFileRow(QGridLayout *grid, int row, const QString &label, const QString &browseName,
        const QString &dialogTitle, const QString &filter);

    ConnectionProfilesModel *m_profiles;
    QListView *m_profileList = nullptr;
    QAction *m_removeAction = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QLabel *m_endpointMessage = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_pollIntervalSpin = nullptr;
    QGroupBox *m_tlsGroup = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QLineEdit *m_privateKeyEdit = nullptr;
    QLineEdit *m_peerNameEdit = nullptr;
    QCheckBox *m_verifyCheck = nullptr;
    QLabel *m_verifyWarning = nullptr;
    QLabel *m_nameMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connectButton = nullptr;
    bool m_endpointValid = false;
    // Set while this dialog changes the model: the rows that move must not refill the fields.
    bool m_changingProfiles = false;
};
