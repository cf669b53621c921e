#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/haproxyversion.h"
#include "core/protocol/runtimecommand.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Describes a dynamic server to add (`add server`), checked while it is typed: names and
// address through CommandBuilder, a name already used in the backend, and a backend whose
// balance algorithm HAProxy refuses dynamic servers for. OK stays disabled until the input
// is valid. It sends nothing: commands() is what to run once accepted.
class AddServerDialog : public QDialog
{
    Q_OBJECT
public:
    // The snapshot gives the live backends, their algorithms and their servers' names.
    explicit AddServerDialog(
        const SnapshotPtr &snapshot, const QString &backend = {}, QWidget *parent = nullptr);

    // The backend list follows a newer poll; what was typed stays.
    void setSnapshot(const SnapshotPtr &snapshot);
    // The connected instance's version: what `add server` can do depends on it (a host name
    // is refused where HAProxy would never resolve it, and while the version is unknown).
    void setHaproxyVersion(const HaproxyVersion &version);

    // The server as entered; meaningful when isValid().
    CommandBuilder::NewServer newServer() const;
    bool startInMaintenance() const;
    bool isValid() const { return !commands().isEmpty(); }

    // `add server B/S ...`, then `enable health B/S` when checks are on (add server only
    // configures them), then `set server B/S state ready` unless the server is to stay in
    // maintenance (HAProxy always creates it in MAINT). Empty while the input is invalid.
    QList<RuntimeCommand> commands() const;

private:
    // What one field group's check found: the message under it (empty: none), whether the
    // server can be added as far as it goes, and whether the message reads as an error.
    struct FieldCheck
    {
        QString text;
        bool valid = true;
        bool isError = true;
    };

    void setUpFields();
    void layOut();
    void connectSignals();
    void fillBackends();
    void validate();
    FieldCheck checkBackend(const CommandBuilder::NewServer &server) const;
    FieldCheck checkName(const CommandBuilder::NewServer &server) const;
    FieldCheck checkAddress(const CommandBuilder::NewServer &server) const;
    Result<QList<RuntimeCommand>> buildCommands(const CommandBuilder::NewServer &server) const;
    const StatRow *backendRow(const QString &backend) const;
    bool serverExists(const QString &backend, const QString &server) const;

    SnapshotPtr m_snapshot;
    HaproxyVersion m_version;
    QList<RuntimeCommand> m_commands;

    QComboBox *m_backendCombo;
    QLabel *m_backendMessage;
    QLineEdit *m_nameEdit;
    QLabel *m_nameMessage;
    QLineEdit *m_addressEdit;
    QLabel *m_addressMessage;
    QSpinBox *m_portSpin;
    QSpinBox *m_weightSpin;
    QCheckBox *m_checkCheck;
    QSpinBox *m_interSpin;
    QCheckBox *m_sslCheck;
    QCheckBox *m_verifyNoneCheck;
    QLabel *m_sslMessage;
    QSpinBox *m_maxconnSpin;
    QCheckBox *m_backupCheck;
    QCheckBox *m_maintCheck;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
