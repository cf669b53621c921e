#include "views/driftdialog.h"

#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"
#include "core/storage/atomicfile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DriftDialog::DriftDialog(RuntimeConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("driftDialog"));
    setWindowTitle(tr("Runtime Drift"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Servers added at runtime disappear at the next reload, and runtime changes to "
                      "servers from the configuration are lost unless the server state is saved to "
                      "the file named by server-state-file (with load-server-state-from-file)."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // HAProxy 3.0+ shows a server added at runtime like any other: only the configuration
    // it was started with tells them apart.
    auto *configRow = new QHBoxLayout;
    m_configEdit = new QLineEdit(this);
    m_configEdit->setObjectName(QStringLiteral("configEdit"));
    m_configEdit->setPlaceholderText(tr("haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)"));
    m_configEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseConfigButton"));
    configRow->addWidget(m_configEdit, 1);
    configRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *configLabel = new QLabel(tr("C&onfiguration file:"), this);
    configLabel->setBuddy(m_configEdit);
    form->addRow(configLabel, configRow);
    layout->addLayout(form);
    connect(m_configEdit, &QLineEdit::editingFinished, this, &DriftDialog::refresh);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("HAProxy Configuration"), m_configEdit->text(),
            tr("HAProxy configurations (*.cfg);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &DriftDialog::setConfigurationFile);
        dialog->open();
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("driftTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Backend"), tr("Server"), tr("Drift"), tr("Configured"), tr("Current"), tr("Explanation") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("driftStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportStateButton = buttons->addButton(tr("Export &Server State…"), QDialogButtonBox::ActionRole);
    m_exportStateButton->setObjectName(QStringLiteral("exportStateButton"));
    m_exportStateButton->setToolTip(tr("Save `show servers state` as a file for server-state-file"));
    m_exportLinesButton = buttons->addButton(tr("Export Server &Lines…"), QDialogButtonBox::ActionRole);
    m_exportLinesButton->setObjectName(QStringLiteral("exportLinesButton"));
    m_exportLinesButton->setToolTip(tr("Save `server` lines for the runtime-only servers, to paste into the "
                                       "configuration"));
    m_refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &DriftDialog::refresh);
    connect(m_exportStateButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_exportLinesButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    resize(900, 420);
    refresh();
}

DriftDialog::~DriftDialog()
{
    // ~QDialog hides the dialog, and the configuration field losing focus then emits
    // editingFinished: refresh() must not run on a dialog being destroyed.
    m_configEdit->disconnect(this);
}

void DriftDialog::setConfigurationFile(const QString &path)
{
    m_configEdit->setText(path);
    refresh();
}

QString DriftDialog::configurationFile() const
{
    return m_configEdit->text().trimmed();
}

void DriftDialog::refresh()
{
    m_state.reset();
    m_conn.reset();
    m_error.clear();
    m_exportStateButton->setEnabled(false);
    m_exportLinesButton->setEnabled(false);
    if (!m_connection) {
        m_status->setText(tr("Not connected."));
        emit refreshed();
        return;
    }
    m_status->setText(tr("Reading the servers' state…"));
    const int generation = ++m_generation;
    m_pending = 2;
    m_connection->send(
        CommandBuilder::showServersState().value(), this, [this, generation](const RuntimeReply &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                m_error = reply.errorMessage;
            } else {
                Result<ServersState> parsed = ServersStateParser::parse(reply.body);
                if (parsed)
                    m_state = *parsed;
                else
                    m_error = parsed.error();
            }
            finishRefresh();
        });
    m_connection->send(
        CommandBuilder::showServersConn().value(), this, [this, generation](const RuntimeReply &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                m_error = reply.errorMessage;
            } else {
                Result<ServersConn> parsed = ServersConnParser::parse(reply.body);
                if (parsed)
                    m_conn = *parsed;
                else
                    m_error = parsed.error();
            }
            finishRefresh();
        });
}

void DriftDialog::finishRefresh()
{
    if (--m_pending > 0)
        return;
    m_table->setRowCount(0);
    m_items.clear();
    if (!m_state || !m_conn) {
        m_status->setText(tr("Could not read the servers: %1").arg(m_error));
        emit refreshed();
        return;
    }
    // The configuration's servers, when a file is given and can be read.
    const DriftConfiguration configuration = DriftDetector::readConfiguration(configurationFile(), *m_conn);
    const std::optional<QSet<QString>> &configured = configuration.servers;
    const QString &configNote = configuration.note;
    const QSet<QString> *configuredServers = configured ? &*configured : nullptr;
    const QHash<QString, ConfiguredAddress> *addresses =
        configuration.addresses ? &*configuration.addresses : nullptr;
    m_items = DriftDetector::detect(*m_state, *m_conn, configuredServers, addresses);
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const DriftItem &item = m_items.at(row);
        const QStringList cells = { item.backend, item.server, DriftDetector::kindName(item.kind),
            item.configured, item.current, item.text };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(item.text);
            m_table->setItem(row, column, cell);
        }
    }
    // The explanation takes the rest of the width and wraps, instead of scrolling sideways.
    for (int column = 0; column < TextColumn; ++column)
        m_table->resizeColumnToContents(column);
    m_table->resizeRowsToContents();
    const QStringList runtimeOnly = DriftDetector::runtimeOnlyServers(*m_state, *m_conn, configuredServers);
    m_configured = configured;
    QString status = m_items.isEmpty()
        ? tr("No drift: a reload would bring back the same servers, weights and states.")
        : tr("%n difference(s) a reload would lose.", nullptr, int(m_items.size()));
    if (!configNote.isEmpty())
        status += u' ' + configNote;
    m_status->setText(status);
    m_exportStateButton->setEnabled(true);
    m_exportLinesButton->setEnabled(!runtimeOnly.isEmpty());
    emit refreshed();
}

bool DriftDialog::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    const QString problem = AtomicFile::write(path, data, AtomicFile::Folders::MustExist);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool DriftDialog::exportServerState(const QString &path, QString *error) const
{
    if (!m_state) {
        if (error)
            *error = tr("The servers' state has not been read");
        return false;
    }
    return writeFile(path, DriftDetector::serverStateFile(*m_state), error);
}

bool DriftDialog::exportServerLines(const QString &path, QString *error) const
{
    if (!m_state || !m_conn) {
        if (error)
            *error = tr("The servers' state has not been read");
        return false;
    }
    return writeFile(
        path, DriftDetector::serverLines(*m_state, *m_conn, m_configured ? &*m_configured : nullptr), error);
}

void DriftDialog::exportWithDialog(bool stateFile)
{
    // Non-blocking: the dialog's own reads may still be answered while the user picks a file.
    auto *dialog = stateFile ? new QFileDialog(this, tr("Export Server State"), QString(),
                       tr("Server state files (*.state);;All files (*)"))
                             : new QFileDialog(this, tr("Export Server Lines"), QString(),
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
