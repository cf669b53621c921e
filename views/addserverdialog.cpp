#include "views/addserverdialog.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/balancealgorithm.h"
#include "views/messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace { } // namespace

AddServerDialog::AddServerDialog(const SnapshotPtr &snapshot, const QString &backend, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_backendCombo(new QComboBox(this))
    , m_backendMessage(messageLabel(QStringLiteral("backendMessage"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameMessage(messageLabel(QStringLiteral("nameMessage"), this))
    , m_addressEdit(new QLineEdit(this))
    , m_addressMessage(messageLabel(QStringLiteral("addressMessage"), this))
    , m_portSpin(new QSpinBox(this))
    , m_weightSpin(new QSpinBox(this))
    , m_checkCheck(new QCheckBox(tr("&Health check"), this))
    , m_interSpin(new QSpinBox(this))
    , m_sslCheck(new QCheckBox(tr("&SSL/TLS to the server"), this))
    , m_verifyNoneCheck(new QCheckBox(tr("&Don't verify the server's certificate"), this))
    , m_sslMessage(messageLabel(QStringLiteral("sslMessage"), this))
    , m_maxconnSpin(new QSpinBox(this))
    , m_backupCheck(new QCheckBox(tr("&Backup server"), this))
    , m_maintCheck(new QCheckBox(tr("Start in &maintenance"), this))
    , m_message(messageLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addServerDialog"));
    setWindowTitle(tr("Add server"));
    m_backendCombo->setObjectName(QStringLiteral("backendCombo"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setPlaceholderText(tr("IPv4 or IPv6 address"));
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    // Port 0 is HAProxy's "no port": connect to the client's destination port.
    m_portSpin->setSpecialValueText(tr("same as the client's"));
    m_weightSpin->setObjectName(QStringLiteral("weightSpin"));
    m_weightSpin->setRange(-1, 256);
    m_weightSpin->setSpecialValueText(tr("default (1)"));
    m_weightSpin->setValue(-1);
    m_checkCheck->setObjectName(QStringLiteral("checkCheck"));
    m_interSpin->setObjectName(QStringLiteral("interSpin"));
    m_interSpin->setRange(0, 24 * 60 * 60 * 1000);
    m_interSpin->setSingleStep(500);
    m_interSpin->setSuffix(tr(" ms"));
    m_interSpin->setSpecialValueText(tr("default interval"));
    m_interSpin->setEnabled(false);
    m_sslCheck->setObjectName(QStringLiteral("sslCheck"));
    m_verifyNoneCheck->setObjectName(QStringLiteral("verifyNoneCheck"));
    m_verifyNoneCheck->setEnabled(false);
    m_maxconnSpin->setObjectName(QStringLiteral("maxconnSpin"));
    m_maxconnSpin->setRange(0, 1000000);
    m_maxconnSpin->setSpecialValueText(tr("no limit"));
    m_backupCheck->setObjectName(QStringLiteral("backupCheck"));
    m_maintCheck->setObjectName(QStringLiteral("maintCheck"));
    m_maintCheck->setToolTip(tr("HAProxy creates every new server in maintenance; "
                                "unchecked, it is put in service right after."));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    const auto withMessage = [this](QWidget *field, QLabel *message) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(field);
        column->addWidget(message);
        return box;
    };
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkCheck);
    checkRow->addWidget(m_interSpin, 1);
    auto *sslBox = new QWidget(this);
    auto *sslColumn = new QVBoxLayout(sslBox);
    sslColumn->setContentsMargins(0, 0, 0, 0);
    sslColumn->addWidget(m_sslCheck);
    sslColumn->addWidget(m_verifyNoneCheck);
    sslColumn->addWidget(m_sslMessage);

    auto *form = new QFormLayout;
    form->addRow(tr("B&ackend:"), withMessage(m_backendCombo, m_backendMessage));
    form->addRow(tr("&Name:"), withMessage(m_nameEdit, m_nameMessage));
    form->addRow(tr("A&ddress:"), withMessage(m_addressEdit, m_addressMessage));
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&Weight:"), m_weightSpin);
    form->addRow(tr("Checks:"), checkRow);
    form->addRow(tr("Encryption:"), sslBox);
    form->addRow(tr("Max &connections:"), m_maxconnSpin);
    form->addRow(QString(), m_backupCheck);
    form->addRow(QString(), m_maintCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    fillBackends();
    const int index = m_backendCombo->findText(backend);
    if (index >= 0)
        m_backendCombo->setCurrentIndex(index);

    connect(m_backendCombo, &QComboBox::currentIndexChanged, this, &AddServerDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    for (QSpinBox *spin : { m_portSpin, m_weightSpin, m_interSpin, m_maxconnSpin })
        connect(spin, &QSpinBox::valueChanged, this, &AddServerDialog::validate);
    for (QCheckBox *box : { m_checkCheck, m_sslCheck, m_verifyNoneCheck, m_backupCheck, m_maintCheck })
        connect(box, &QCheckBox::toggled, this, &AddServerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void AddServerDialog::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    const QString current = m_backendCombo->currentText();
    {
        const QSignalBlocker blocker(m_backendCombo);
        fillBackends();
        const int index = m_backendCombo->findText(current);
        if (index >= 0)
            m_backendCombo->setCurrentIndex(index);
    }
    validate();
}

void AddServerDialog::setHaproxyVersion(const HaproxyVersion &version)
{
    m_version = version;
    validate();
}

void AddServerDialog::fillBackends()
{
    m_backendCombo->clear();
    if (!m_snapshot)
        return;
    for (const QByteArray &backend : m_snapshot->stat.backendNames())
        m_backendCombo->addItem(QString::fromUtf8(backend));
}

const StatRow *AddServerDialog::backendRow(const QString &backend) const
{
    return m_snapshot ? m_snapshot->stat.backend(backend.toUtf8()) : nullptr;
}

bool AddServerDialog::serverExists(const QString &backend, const QString &server) const
{
    return m_snapshot && m_snapshot->stat.server(backend.toUtf8(), server.toUtf8());
}

CommandBuilder::NewServer AddServerDialog::newServer() const
{
    CommandBuilder::NewServer server;
    server.backend = m_backendCombo->currentText();
    server.name = m_nameEdit->text();
    server.address = m_addressEdit->text().trimmed();
    server.port = m_portSpin->value();
    server.weight = m_weightSpin->value();
    server.check = m_checkCheck->isChecked();
    server.checkInterMs = server.check ? m_interSpin->value() : 0;
    server.ssl = m_sslCheck->isChecked();
    // Never implied: only when SSL is on and the user asked for it explicitly.
    server.sslVerifyNone = server.ssl && m_verifyNoneCheck->isChecked();
    server.maxconn = m_maxconnSpin->value() == 0 ? -1 : m_maxconnSpin->value();
    server.backup = m_backupCheck->isChecked();
    return server;
}

bool AddServerDialog::startInMaintenance() const
{
    return m_maintCheck->isChecked();
}

QList<RuntimeCommand> AddServerDialog::commands() const
{
    return m_commands;
}

void AddServerDialog::validate()
{
    m_commands.clear();
    m_interSpin->setEnabled(m_checkCheck->isChecked());
    m_verifyNoneCheck->setEnabled(m_sslCheck->isChecked());
    const CommandBuilder::NewServer server = newServer();
    bool valid = true;

    // Backend: it must exist and balance with an algorithm that takes dynamic servers.
    QString backendText;
    bool backendError = true;
    const StatRow *backend = backendRow(server.backend);
    if (server.backend.isEmpty()) {
        backendText = tr("No backend to add a server to.");
        valid = false;
    } else if (!backend) {
        backendText = tr("Backend '%1' is not in the last poll.").arg(server.backend);
        valid = false;
    } else {
        backendText = BalanceAlgorithm::dynamicServersMessage(server.backend, backend->algo);
        // Hashing might take it (hash-type consistent): a warning, not a refusal.
        backendError =
            BalanceAlgorithm::dynamicServers(backend->algo) == BalanceAlgorithm::DynamicServers::No;
        valid = valid && !backendError;
    }
    showMessage(m_backendMessage, backendText, backendError);

    // Name: HAProxy's rules, then not taken in that backend.
    QString nameText;
    if (server.name.isEmpty()) {
        valid = false;
        // A field not touched yet is not worth red text.
        if (m_nameEdit->isModified())
            nameText = tr("server name is empty");
    } else if (const Result<QByteArray> name = ArgumentValidator::name(server.name, tr("server name"));
               !name) {
        valid = false;
        nameText = name.error();
    } else if (serverExists(server.backend, server.name)) {
        valid = false;
        nameText = tr("Backend '%1' already has a server named '%2'.").arg(server.backend, server.name);
    }
    showMessage(m_nameMessage, nameText);

    QString addressText;
    if (server.address.isEmpty()) {
        valid = false;
        if (m_addressEdit->isModified())
            addressText = tr("server address is empty");
    } else {
        const Result<QByteArray> address = ArgumentValidator::address(server.address, tr("server address"));
        const QString hostName =
            address ? CommandBuilder::addServerAddressProblem(server.address, m_version) : QString();
        if (!address) {
            valid = false;
            addressText = address.error();
        } else if (!hostName.isEmpty()) {
            valid = false;
            addressText = hostName;
        }
    }
    showMessage(m_addressMessage, addressText);

    showMessage(m_sslMessage,
        server.ssl && !server.sslVerifyNone
            ? tr("HAProxy verifies the certificate by default and refuses the server if no CA file is "
                 "set (default-server ca-file); its answer will be shown.")
            : QString(),
        false);

    // Everything else (port, weight, interval, maxconn) is judged by the builder itself.
    QString generalText;
    if (valid) {
        const Result<RuntimeCommand> add = CommandBuilder::addServer(server, m_version);
        if (!add) {
            valid = false;
            generalText = add.error();
        } else {
            m_commands.append(*add);
            if (server.check) {
                const Result<RuntimeCommand> health =
                    CommandBuilder::enableHealth(server.backend, server.name);
                if (health)
                    m_commands.append(*health);
            }
            if (!m_maintCheck->isChecked()) {
                const Result<RuntimeCommand> ready = CommandBuilder::setServerState(
                    server.backend, server.name, CommandBuilder::ServerState::Ready);
                if (ready)
                    m_commands.append(*ready);
            }
        }
    }
    if (!valid)
        m_commands.clear();
    showMessage(m_message, generalText);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}
