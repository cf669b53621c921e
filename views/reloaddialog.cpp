#include "views/reloaddialog.h"

#include "core/storage/atomicfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ReloadDialog::ReloadDialog(const ReloadSnapshot &snapshot, const QString &instanceName, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("reloadDialog"));
    setWindowTitle(tr("Reload %1").arg(instanceName));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("A reload starts new workers from the configuration file. What was changed at "
                      "runtime and is listed below does not survive it."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildConfigurationRow(layout);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lossSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("lossTree"));
    m_tree->setAccessibleName(tr("What the reload would lose"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Change"), tr("After the reload"), tr("Now"), tr("Explanation") });
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("lossNotes"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);

    buildExports(layout);
    m_reapply =
        new QCheckBox(tr("&Put these changes back after the reload (you confirm the plan first)"), this);
    m_reapply->setObjectName(QStringLiteral("reapplyCheck"));
    m_reapply->setChecked(true);
    layout->addWidget(m_reapply);
    buildButtons(layout);

    // In the order they are read: the list, what to keep first, what to do after, then go.
    setTabOrder(m_configEdit, m_browseButton);
    setTabOrder(m_browseButton, m_tree);
    setTabOrder(m_tree, m_exportStateButton);
    setTabOrder(m_exportStateButton, m_exportLinesButton);
    setTabOrder(m_exportLinesButton, m_reapply);
    setTabOrder(m_reapply, m_reloadButton);
    setTabOrder(m_reloadButton, m_cancelButton);
    resize(900, 460);
    showLoss();
    if (!m_loss.isEmpty())
        m_tree->setFocus(); // arrows move through the list at once
}

ReloadDialog::~ReloadDialog()
{
    // ~QDialog hides the dialog, and the configuration field losing focus then emits
    // editingFinished: nothing must run on a dialog being destroyed.
    m_configEdit->disconnect(this);
}

void ReloadDialog::buildConfigurationRow(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_configEdit = new QLineEdit(m_snapshot.configurationPath, this);
    m_configEdit->setObjectName(QStringLiteral("configEdit"));
    m_configEdit->setPlaceholderText(tr("haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)"));
    m_configEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseConfigButton"));
    browse->setAutoDefault(false);
    m_browseButton = browse;
    row->addWidget(m_configEdit, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("C&onfiguration file:"), this);
    label->setBuddy(m_configEdit);
    form->addRow(label, row);
    layout->addLayout(form);
    connect(m_configEdit, &QLineEdit::editingFinished, this, [this] {
        if (configurationFile() != m_snapshot.configurationPath)
            setConfigurationFile(configurationFile());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("HAProxy Configuration"), m_configEdit->text(),
            tr("HAProxy configurations (*.cfg);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &ReloadDialog::setConfigurationFile);
        dialog->open();
    });
}

void ReloadDialog::buildExports(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Keep them in files first:"), this);
    m_exportStateButton = new QPushButton(tr("Export &Server-State File…"), this);
    m_exportStateButton->setObjectName(QStringLiteral("exportStateButton"));
    m_exportStateButton->setToolTip(
        tr("Save `show servers state` as a file for server-state-file, so that the "
           "reload keeps weights, states and addresses"));
    m_exportLinesButton = new QPushButton(tr("Export &Configuration Lines…"), this);
    m_exportLinesButton->setObjectName(QStringLiteral("exportLinesButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reloadStatus"));
    m_status->setWordWrap(true);
    row->addWidget(label);
    row->addWidget(m_exportStateButton);
    row->addWidget(m_exportLinesButton);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    connect(m_exportStateButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_exportLinesButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
}

void ReloadDialog::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(this);
    // ActionRole, not AcceptRole: the box would make an accept button the default on show,
    // and Enter in the configuration field would reload.
    m_reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *button :
        { m_browseButton, m_exportStateButton, m_exportLinesButton, m_reloadButton, m_cancelButton })
        button->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        const bool reapply = reapplyChecked();
        accept();
        emit reloadRequested(reapply);
    });
}

void ReloadDialog::setConfigurationFile(const QString &path)
{
    m_configEdit->setText(path);
    m_snapshot.setConfigurationFile(path.trimmed());
    showLoss();
}

QString ReloadDialog::configurationFile() const
{
    return m_configEdit->text().trimmed();
}

bool ReloadDialog::reapplyChecked() const
{
    return m_reapply->isEnabled() && m_reapply->isChecked();
}

void ReloadDialog::showLoss()
{
    m_loss = ReloadLoss::of(m_snapshot);
    m_tree->clear();
    for (const ReloadLoss::Group group : ReloadLoss::Groups) {
        const QList<ReloadLossItem> items = m_loss.itemsOf(group);
        if (items.isEmpty())
            continue;
        auto *top = new QTreeWidgetItem(
            m_tree, { tr("%1 (%2)").arg(ReloadLoss::groupName(group)).arg(items.size()) });
        top->setFirstColumnSpanned(true);
        for (const ReloadLossItem &item : items) {
            const QString subject = item.key.isEmpty()
                ? item.subject
                : tr("%1 in %2").arg(item.key, QFileInfo(item.subject).fileName());
            auto *child = new QTreeWidgetItem(top, { subject, item.configured, item.current, item.text });
            for (int column = 0; column < ColumnCount; ++column)
                child->setToolTip(column, item.text);
        }
    }
    m_tree->expandAll();
    for (int column = 0; column < TextColumn; ++column)
        m_tree->resizeColumnToContents(column);
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0))
        m_tree->setCurrentItem(first);

    const bool lost = !m_loss.isEmpty();
    m_tree->setVisible(lost);
    m_summary->setText(lost
            ? tr("The reload would lose %n runtime change(s):", nullptr, int(m_loss.items.size()))
            : tr("Nothing would be lost: the reload brings back the same servers, weights, "
                 "states, addresses and map entries."));
    m_notes->setText(m_loss.notes.join(u'\n'));
    m_notes->setVisible(!m_loss.notes.isEmpty());
    m_reapply->setEnabled(lost);
    m_reapply->setToolTip(lost
            ? tr("After the reload hadesk reads the new worker and previews the commands that "
                 "put these changes back; nothing is sent before you confirm them.")
            : tr("Nothing would be lost, so there is nothing to put back."));
    const bool runtimeServers = m_loss.count(ReloadLoss::Group::RuntimeServers) > 0;
    m_exportLinesButton->setEnabled(runtimeServers);
    m_exportLinesButton->setToolTip(runtimeServers
            ? tr("Save `server` lines for the servers added at runtime, to paste into the configuration")
            : tr("No server was added at runtime"));
}

bool ReloadDialog::exportServerState(const QString &path, QString *error) const
{
    const QString problem = AtomicFile::write(
        path, DriftDetector::serverStateFile(m_snapshot.state), AtomicFile::Folders::MustExist);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool ReloadDialog::exportServerLines(const QString &path, QString *error) const
{
    const QByteArray lines =
        DriftDetector::serverLines(m_snapshot.state, m_snapshot.conn, m_snapshot.configuredServers());
    const QString problem = AtomicFile::write(path, lines, AtomicFile::Folders::MustExist);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ReloadDialog::exportWithDialog(bool stateFile)
{
    auto *dialog = stateFile ? new QFileDialog(this, tr("Export Server-State File"), QString(),
                       tr("Server state files (*.state);;All files (*)"))
                             : new QFileDialog(this, tr("Export Configuration Lines"), QString(),
                                 tr("Configuration fragments (*.cfg);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(stateFile ? QStringLiteral("haproxy.state") : QStringLiteral("runtime-servers.cfg"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, stateFile](const QString &path) {
        if (path.isEmpty())
            return;
        QString error;
        const bool ok = stateFile ? exportServerState(path, &error) : exportServerLines(path, &error);
        m_status->setText(ok ? tr("Written to %1").arg(path) : error);
    });
    dialog->open();
}
