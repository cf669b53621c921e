#include "views/connectdialog.h"

#include "core/client/poller.h"
#include "models/connectionprofilesmodel.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// Red that stays readable on dark themes too; the palette has no "error" role.
void showMessage(QLabel *label, const QString &text, bool isError)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, StatusColors::text(StatusColors::Tone::Error, palette));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Loopback traffic never leaves the machine, so plain TCP there is as private as a Unix socket.
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ConnectDialog::ConnectDialog(ConnectionProfilesModel *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setWindowTitle(tr("Connect to HAProxy"));
    // Left: recent profiles; right: the endpoint and what to do with it, TLS below.
    QLayout *left = createProfileList();
    QFormLayout *form = createConnectionForm();
    createTlsGroup();
    createButtons();
    layOut(left, form);
    connectSignals();
    validate();
    m_endpointEdit->setFocus();
}

// Recent profiles, most recently used first (the model keeps that order).
QLayout *ConnectDialog::createProfileList()
{
    auto *profilesLabel = new QLabel(tr("&Recent profiles:"), this);
    m_profileList = new QListView(this);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setModel(m_profiles);
    m_profileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileList->setUniformItemSizes(true);
    // Names are short; the room is better spent on the endpoint and its messages.
    m_profileList->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    m_profileList->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    m_profileList->setToolTip(tr("Double-click to connect. Delete removes the selected profile."));
    profilesLabel->setBuddy(m_profileList);

    // An action rather than a bare key handler: the same command then also sits in the
    // list's context menu, where mouse users look for it.
    m_removeAction = new QAction(tr("Re&move Profile…"), m_profileList);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setEnabled(false);
    m_profileList->addAction(m_removeAction);
    m_profileList->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *left = new QVBoxLayout;
    left->addWidget(profilesLabel);
    left->addWidget(m_profileList);
    return left;
}

void ConnectDialog::createEndpointEdit()
{
    m_endpointEdit = new QLineEdit(this);
    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setClearButtonEnabled(true);
    m_endpointEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_endpointEdit->setPlaceholderText(tr("e.g. /run/haproxy/admin.sock or tls:lb1:9443"));
    m_endpointEdit->setToolTip(tr(
        "<p>Where HAProxy's Runtime API (the <i>stats socket</i>) listens:</p>"
        "<table>"
        "<tr><td><code>/run/haproxy/admin.sock</code></td><td>a Unix socket on this machine</td></tr>"
        "<tr><td><code>unix:PATH</code></td><td>the same, written explicitly</td></tr>"
        "<tr><td><code>tcp:HOST:PORT</code></td><td>plain TCP</td></tr>"
        "<tr><td><code>HOST:PORT</code></td><td>plain TCP, short form</td></tr>"
        "<tr><td><code>[::1]:PORT</code></td><td>an IPv6 address, in brackets</td></tr>"
        "<tr><td><code>tls:HOST:PORT</code></td><td>TCP encrypted with TLS</td></tr>"
        "<tr><td><code>ssh:[USER@]HOST[:PORT]/PATH</code></td>"
        "<td>a Unix socket on another machine, through an ssh tunnel (your ~/.ssh/config and agent)</td></tr>"
        "</table>"));
    m_endpointMessage = new QLabel(this);
    m_endpointMessage->setObjectName(QStringLiteral("endpointMessage"));
    m_endpointMessage->setWordWrap(true);
    // So a long parser message can be copied into a bug report or a search.
    m_endpointMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

// Endpoint, profile name and poll interval, each message right under its field.
QFormLayout *ConnectDialog::createConnectionForm()
{
    createEndpointEdit();
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setClearButtonEnabled(true);
    m_nameEdit->setPlaceholderText(tr("Leave empty to connect without saving"));
    m_nameMessage = new QLabel(this);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_nameMessage->setWordWrap(true);
    m_nameMessage->hide();

    m_pollIntervalSpin = new QSpinBox(this);
    m_pollIntervalSpin->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_pollIntervalSpin->setRange(Poller::MinIntervalMs, Poller::MaxIntervalMs);
    m_pollIntervalSpin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_pollIntervalSpin->setSuffix(tr(" ms"));
    m_pollIntervalSpin->setValue(Poller::DefaultIntervalMs);
    m_pollIntervalSpin->setToolTip(
        tr("How often to ask HAProxy for fresh statistics. Every poll costs HAProxy a little work."));

    // The endpoint's message keeps room for two lines so
    // the dialog does not jump while the user types.
    m_endpointMessage->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_endpointMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto withMessage = [](QWidget *field, QLabel *message) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(message);
        return column;
    };
    auto *form = new QFormLayout;
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), this);
    endpointLabel->setBuddy(m_endpointEdit);
    form->addRow(endpointLabel, withMessage(m_endpointEdit, m_endpointMessage));
    auto *nameLabel = new QLabel(tr("Save as &profile:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, withMessage(m_nameEdit, m_nameMessage));
    form->addRow(tr("Poll &interval:"), m_pollIntervalSpin);
    return form;
}

void ConnectDialog::createTlsGroup()
{
    m_tlsGroup = new QGroupBox(tr("TLS"), this);
    m_tlsGroup->setObjectName(QStringLiteral("tlsGroup"));
    m_tlsGroup->setToolTip(tr("Only for tls: endpoints."));
    auto *tlsGrid = new QGridLayout(m_tlsGroup);
    const QString certificateFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)");
    m_caFileEdit = addFileRow(tlsGrid, 0, tr("C&A file:"), tr("Browse for the CA file"),
        tr("Choose the CA Certificates"), certificateFilter);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("The system's CA certificates"));
    m_certificateEdit = addFileRow(tlsGrid, 1, tr("Client cer&tificate:"),
        tr("Browse for the client certificate"), tr("Choose the Client Certificate"), certificateFilter);
    m_certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    m_certificateEdit->setPlaceholderText(tr("None"));
    m_privateKeyEdit = addFileRow(tlsGrid, 2, tr("Private &key:"), tr("Browse for the private key"),
        tr("Choose the Private Key"), tr("Private keys (*.pem *.key);;All files (*)"));
    m_privateKeyEdit->setObjectName(QStringLiteral("privateKeyEdit"));
    m_privateKeyEdit->setPlaceholderText(tr("In the certificate file"));

    m_peerNameEdit = new QLineEdit(m_tlsGroup);
    m_peerNameEdit->setObjectName(QStringLiteral("peerNameEdit"));
    m_peerNameEdit->setPlaceholderText(tr("The endpoint's host name"));
    m_peerNameEdit->setToolTip(tr("The name the server certificate must carry, if not the host name typed "
                                  "in the endpoint (e.g. when connecting by IP address)."));
    auto *peerNameLabel = new QLabel(tr("Peer &name:"), m_tlsGroup);
    peerNameLabel->setBuddy(m_peerNameEdit);
    tlsGrid->addWidget(peerNameLabel, 3, 0);
    tlsGrid->addWidget(m_peerNameEdit, 3, 1, 1, 2);

    m_verifyCheck = new QCheckBox(tr("&Verify the server certificate"), m_tlsGroup);
    m_verifyCheck->setObjectName(QStringLiteral("verifyCheck"));
    m_verifyCheck->setChecked(true);
    tlsGrid->addWidget(m_verifyCheck, 4, 0, 1, 3);
    m_verifyWarning = new QLabel(tr("Without verification anyone on the network path can pose as this "
                                    "HAProxy and read or change every command you send, admin commands "
                                    "included."),
        m_tlsGroup);
    m_verifyWarning->setObjectName(QStringLiteral("verifyWarning"));
    m_verifyWarning->setWordWrap(true);
    showMessage(m_verifyWarning, m_verifyWarning->text(), true);
    tlsGrid->addWidget(m_verifyWarning, 5, 0, 1, 3);
    tlsGrid->setColumnStretch(1, 1);
}

void ConnectDialog::createButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_connectButton = m_buttons->button(QDialogButtonBox::Ok);
    m_connectButton->setText(tr("&Connect"));
    m_connectButton->setDefault(true);
}

void ConnectDialog::layOut(QLayout *left, QFormLayout *form)
{
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_tlsGroup);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(m_buttons);

    // Reading order: recent profiles, then the fields top to bottom, then the buttons.
    setTabOrder(m_profileList, m_endpointEdit);
    setTabOrder(m_endpointEdit, m_nameEdit);
    setTabOrder(m_nameEdit, m_pollIntervalSpin);
    setTabOrder(m_pollIntervalSpin, m_caFileEdit);
    setTabOrder(m_peerNameEdit, m_verifyCheck);
}

void ConnectDialog::connectSignals()
{
    connect(m_endpointEdit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateNameMessage);
    // The note about replacing a saved profile depends on every field.
    for (QLineEdit *edit :
        { m_endpointEdit, m_caFileEdit, m_certificateEdit, m_privateKeyEdit, m_peerNameEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateNameMessage);
    connect(m_verifyCheck, &QCheckBox::toggled, this, &ConnectDialog::updateNameMessage);
    connect(m_pollIntervalSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateNameMessage);
    connect(m_verifyCheck, &QCheckBox::toggled, this, &ConnectDialog::updateVerifyWarning);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConnectDialog::selectProfile);
    connect(m_profileList, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        selectProfile(index);
        accept();
    });
    connect(m_removeAction, &QAction::triggered, this, &ConnectDialog::removeSelectedProfile);
}

QLineEdit *ConnectDialog::addFileRow(QGridLayout *grid, int row, const QString &label,
    const QString &browseName, const QString &dialogTitle, const QString &filter)
{
    auto *edit = new QLineEdit(m_tlsGroup);
    edit->setClearButtonEnabled(true);
    auto *labelWidget = new QLabel(label, m_tlsGroup);
    labelWidget->setBuddy(edit);
    auto *browseButton = new QPushButton(tr("Browse…"), m_tlsGroup);
    browseButton->setAccessibleName(browseName);
    browseButton->setToolTip(browseName);
    // Browse buttons must not steal Enter from the Connect button.
    browseButton->setAutoDefault(false);
    grid->addWidget(labelWidget, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(browseButton, row, 2);
    connect(browseButton, &QPushButton::clicked, this, [this, edit, dialogTitle, filter] {
        const QString current = edit->text().trimmed();
        const QString start = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
        auto *fileDialog = new QFileDialog(this, dialogTitle, start, filter);
        fileDialog->setAttribute(Qt::WA_DeleteOnClose);
        fileDialog->setFileMode(QFileDialog::ExistingFile);
        connect(fileDialog, &QFileDialog::fileSelected, edit, [edit](const QString &file) {
            if (!file.isEmpty())
                edit->setText(file);
        });
        fileDialog->open();
    });
    return edit;
}

void ConnectDialog::warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile result;
    result.name = m_nameEdit->text().trimmed();
    result.endpoint = m_endpointEdit->text().trimmed();
    result.pollIntervalMs = m_pollIntervalSpin->value();
    // Leftovers from a tls: endpoint typed earlier would be saved with a profile they don't
    // apply to and confuse whoever edits it later.
    if (tlsApplies()) {
        result.tls.caFile = m_caFileEdit->text().trimmed();
        result.tls.certificateFile = m_certificateEdit->text().trimmed();
        result.tls.privateKeyFile = m_privateKeyEdit->text().trimmed();
        result.tls.peerName = m_peerNameEdit->text().trimmed();
        result.tls.verifyPeer = m_verifyCheck->isChecked();
    }
    return result;
}

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_nameEdit->setText(profile.name);
    m_caFileEdit->setText(profile.tls.caFile);
    m_certificateEdit->setText(profile.tls.certificateFile);
    m_privateKeyEdit->setText(profile.tls.privateKeyFile);
    m_peerNameEdit->setText(profile.tls.peerName);
    m_verifyCheck->setChecked(profile.tls.verifyPeer);
    m_pollIntervalSpin->setValue(profile.pollIntervalMs);
    // Last: validate() runs on this and sees the TLS fields already filled.
    m_endpointEdit->setText(profile.endpoint);
    validate();
    updateNameMessage();
}

void ConnectDialog::accept()
{
    // Enter on a disabled Connect button does nothing, but a double-click reaches here too.
    if (!m_endpointValid)
        return;
    const ConnectionProfile entered = profile();
    if (!entered.name.isEmpty()) {
        m_changingProfiles = true;
        const Result<bool> stored = m_profiles->upsert(entered);
        m_changingProfiles = false;
        if (!stored) {
            showMessage(m_nameMessage, stored.error(), true);
            m_nameEdit->setFocus();
            return;
        }
        if (!m_profiles->save()) {
            // Connecting is what the user asked for; the profile is only lost for next time. The
            // warning outlives this dialog, which closes now: it belongs to the window behind.
            warn(parentWidget() ? parentWidget() : this, tr("Profile Not Saved"),
                tr("The profile \"%1\" could not be written to the settings file. It is used for this "
                   "connection but will be missing the next time hadesk starts.")
                    .arg(entered.name));
        }
    }
    QDialog::accept();
}

void ConnectDialog::validate()
{
    const QString text = m_endpointEdit->text();
    const Result<Endpoint> endpoint = Endpoint::parse(text);
    m_endpointValid = endpoint.ok();
    m_connectButton->setEnabled(m_endpointValid);

    if (text.trimmed().isEmpty()) {
        // Not an error yet: the user has not typed anything.
        showMessage(m_endpointMessage, tr("Type where HAProxy listens, or pick a recent profile."), false);
    } else if (!endpoint) {
        showMessage(m_endpointMessage, endpoint.error(), true);
    } else if (endpoint->kind == Endpoint::Kind::Tcp && !isLoopback(endpoint->host)) {
        showMessage(m_endpointMessage,
            tr("Connects to %1 without encryption: anyone on the network path can read the commands. "
               "Prefer tls: or ssh: across a network.")
                .arg(endpoint->toString()),
            false);
    } else {
        showMessage(m_endpointMessage,
            tr("Connects to %1 (%2).").arg(endpoint->toString(), endpoint->transportDescription()), false);
    }

    m_tlsGroup->setEnabled(tlsApplies());
    updateVerifyWarning();
}

bool ConnectDialog::tlsApplies() const
{
    const QString text = m_endpointEdit->text().trimmed();
    const Result<Endpoint> endpoint = Endpoint::parse(text);
    if (endpoint)
        return endpoint->kind == Endpoint::Kind::Tls;
    // While "tls:host:" is still being typed the group stays enabled instead of flickering
    // off and on with every keystroke.
    const qsizetype colon = text.indexOf(u':');
    const QString scheme = colon < 0 ? QString() : text.first(colon).toLower();
    return scheme == u"tls" || scheme == u"ssl" || scheme == u"openssl";
}

void ConnectDialog::updateVerifyWarning()
{
    m_verifyWarning->setVisible(!m_verifyCheck->isChecked() && tlsApplies());
}

void ConnectDialog::updateNameMessage()
{
    const QString name = m_nameEdit->text().trimmed();
    const int row = name.isEmpty() ? -1 : m_profiles->indexOf(name);
    if (row >= 0 && m_profiles->profile(row) != profile()) {
        showMessage(m_nameMessage, tr("Connecting replaces the saved profile \"%1\".").arg(name), false);
    } else {
        showMessage(m_nameMessage, QString(), false);
    }
}

void ConnectDialog::selectProfile(const QModelIndex &index)
{
    if (!index.isValid() || m_changingProfiles)
        return;
    setProfile(m_profiles->profile(index.row()));
    m_removeAction->setEnabled(true);
}

void ConnectDialog::removeSelectedProfile()
{
    const QModelIndex index = m_profileList->currentIndex();
    if (!index.isValid())
        return;
    const QString name = m_profiles->profile(index.row()).name;
    // "Remove" and "Cancel" say what happens; Yes and No would need the question re-read.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
        tr("Remove the saved profile \"%1\"? The HAProxy it points to is not affected.").arg(name),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, name] {
        if (box->clickedButton() == removeButton)
            removeProfile(name);
    });
    box->open();
}

void ConnectDialog::removeProfile(const QString &name)
{
    m_changingProfiles = true;
    m_profiles->remove(name);
    m_changingProfiles = false;
    if (!m_profiles->save())
        warn(this, tr("Profile Not Removed"),
            tr("The settings file could not be written; the profile \"%1\" will be back the next time "
               "hadesk starts.")
                .arg(name));
    m_removeAction->setEnabled(m_profileList->currentIndex().isValid());
}
