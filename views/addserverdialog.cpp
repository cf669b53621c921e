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
    setUpFields();
    layOut();
    fillBackends();
    const int index = m_backendCombo->findText(backend);
    if (index >= 0)
        m_backendCombo->setCurrentIndex(index);
    connectSignals();
    validate();
}

// Names, ranges and the words for special values ("no limit", "default (1)").
void AddServerDialog::setUpFields()
{
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
}

// One form, each field's message right under it.
void AddServerDialog::layOut()
{
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
}

void AddServerDialog::connectSignals()
{
    connect(m_backendCombo, &QComboBox::currentIndexChanged, this, &AddServerDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &AddServerDialog::validate);
    for (QSpinBox *spin : { m_portSpin, m_weightSpin, m_interSpin, m_maxconnSpin })
        connect(spin, &QSpinBox::valueChanged, this, &AddServerDialog::validate);
    for (QCheckBox *box : { m_checkCheck, m_sslCheck, m_verifyNoneCheck, m_backupCheck, m_maintCheck })
        connect(box, &QCheckBox::toggled, this, &AddServerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

    const FieldCheck backend = checkBackend(server);
    const FieldCheck name = checkName(server);
    const FieldCheck address = checkAddress(server);
    showMessage(m_backendMessage, backend.text, backend.isError);
    showMessage(m_nameMessage, name.text);
    showMessage(m_addressMessage, address.text);
    showMessage(m_sslMessage,
        server.ssl && !server.sslVerifyNone
            ? tr("HAProxy verifies the certificate by default and refuses the server if no CA file is "
                 "set (default-server ca-file); its answer will be shown.")
            : QString(),
        false);

    bool valid = backend.valid && name.valid && address.valid;
    QString generalText;
    if (valid) {
        // Everything else (port, weight, interval, maxconn) is judged by the builder itself.
        const Result<QList<RuntimeCommand>> commands = buildCommands(server);
        if (commands)
            m_commands = *commands;
        else
            generalText = commands.error();
        valid = commands.ok();
    }
    showMessage(m_message, generalText);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

// The backend must exist and balance with an algorithm that takes dynamic servers.
AddServerDialog::FieldCheck AddServerDialog::checkBackend(const CommandBuilder::NewServer &server) const
{
    if (server.backend.isEmpty())
        return { tr("No backend to add a server to."), false };
    const StatRow *backend = backendRow(server.backend);
    if (!backend)
        return { tr("Backend '%1' is not in the last poll.").arg(server.backend), false };
    // Hashing might take it (hash-type consistent): a warning, not a refusal.
    const bool refused =
        BalanceAlgorithm::dynamicServers(backend->algo) == BalanceAlgorithm::DynamicServers::No;
    return { BalanceAlgorithm::dynamicServersMessage(server.backend, backend->algo), !refused, refused };
}

// HAProxy's rules for a name, then not taken in that backend.
AddServerDialog::FieldCheck AddServerDialog::checkName(const CommandBuilder::NewServer &server) const
{
    if (server.name.isEmpty()) // a field not touched yet is not worth red text
        return { m_nameEdit->isModified() ? tr("server name is empty") : QString(), false };
    if (const Result<QByteArray> name = ArgumentValidator::name(server.name, tr("server name")); !name)
        return { name.error(), false };
    if (serverExists(server.backend, server.name))
        return { tr("Backend '%1' already has a server named '%2'.").arg(server.backend, server.name),
            false };
    return {};
}

// An address HAProxy takes, and no host name where this version cannot resolve one.
AddServerDialog::FieldCheck AddServerDialog::checkAddress(const CommandBuilder::NewServer &server) const
{
    if (server.address.isEmpty())
        return { m_addressEdit->isModified() ? tr("server address is empty") : QString(), false };
    if (const Result<QByteArray> address = ArgumentValidator::address(server.address, tr("server address"));
        !address)
        return { address.error(), false };
    if (const QString hostName = CommandBuilder::addServerAddressProblem(server.address, m_version);
        !hostName.isEmpty())
        return { hostName, false };
    return {};
}

// add server, then enable health if checks are on, then ready unless it starts in maintenance.
Result<QList<RuntimeCommand>> AddServerDialog::buildCommands(const CommandBuilder::NewServer &server) const
{
    const Result<RuntimeCommand> add = CommandBuilder::addServer(server, m_version);
    if (!add)
        return Result<QList<RuntimeCommand>>::failure(add.error());
    QList<RuntimeCommand> commands { *add };
    if (server.check) {
        if (const Result<RuntimeCommand> health = CommandBuilder::enableHealth(server.backend, server.name))
            commands.append(*health);
    }
    if (!m_maintCheck->isChecked()) {
        const Result<RuntimeCommand> ready =
            CommandBuilder::setServerState(server.backend, server.name, CommandBuilder::ServerState::Ready);
        if (ready)
            commands.append(*ready);
    }
    return commands;
}
