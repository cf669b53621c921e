#include "views/rollingreplacewizard.h"

#include "core/client/runtimeconnection.h"
#include "views/messagelabel.h"
#include "views/rollingrunpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { OldColumn, NameColumn, AddressColumn, PortColumn, WeightColumn, ColumnCount };

qint64 weightOf(const StatRow &row)
{
    return StatRow::has(row.uweight) ? row.uweight : row.weight;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

// ---------------------------------------------------------------------------------------------

RollingReplaceWizard::RollingReplaceWizard(RuntimeConnection *connection, const SnapshotPtr &snapshot,
    const QString &backend, const QStringList &servers, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
    , m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("rollingReplaceWizard"));
    setWindowTitle(tr("Rolling replace"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_backendPage = new RollingBackendPage(this);
    m_newServersPage = new RollingNewServersPage(this);
    m_reviewPage = new RollingReviewPage(this);
    m_runPage = new RollingRunPage(this);
    setPage(BackendPageId, m_backendPage);
    setPage(NewServersPageId, m_newServersPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(RunPageId, m_runPage);
    m_backendPage->preselect(backend, servers);
    resize(820, 560);
}

const StatRow *RollingReplaceWizard::backendRow(const QString &backend) const
{
    return m_snapshot ? m_snapshot->stat.backend(backend.toUtf8()) : nullptr;
}

QList<const StatRow *> RollingReplaceWizard::serversOf(const QString &backend) const
{
    return m_snapshot ? m_snapshot->stat.serversOf(backend.toUtf8()) : QList<const StatRow *>();
}

QString RollingReplaceWizard::selectedBackend() const
{
    return m_backendPage->backend();
}

QStringList RollingReplaceWizard::selectedServers() const
{
    return m_backendPage->oldServers();
}

RollingReplacePlan RollingReplaceWizard::plan() const
{
    RollingReplacePlan plan;
    plan.backend = m_backendPage->backend();
    plan.pairs = RollingReplacePlan::arrange(m_backendPage->oldServers(), m_newServersPage->newServers());
    plan.options = m_reviewPage->options();
    return plan;
}

QStringList RollingReplaceWizard::problems() const
{
    return m_newServersPage->problems();
}

void RollingReplaceWizard::reject()
{
    if (!m_operation || !m_operation->isRunning()) {
        QWizard::reject();
        return;
    }
    if (m_operation->state() == RollingReplace::State::RollingBack
        || m_operation->state() == RollingReplace::State::Aborting) {
        auto *box = new QMessageBox(QMessageBox::Information, windowTitle(),
            tr("Please wait until the current %1 ends; closing now would leave it half way.")
                .arg(RollingReplace::stateName(m_operation->state()).toLower()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("waitMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    ask(this, QStringLiteral("abortQuestion"), windowTitle(),
        tr("The rolling replace is still running. Abort it and close?\n\nThe command in progress is let "
           "finish; the servers stay where they are (nothing is rolled back)."),
        [this](bool yes) {
            if (!yes || !m_operation || !m_operation->isRunning())
                return;
            m_closeWhenStopped = true;
            connect(m_operation, &RollingReplace::finished, this, [this] {
                if (m_closeWhenStopped)
                    QWizard::reject();
            });
            m_operation->abort();
        });
}

QMessageBox *RollingReplaceWizard::ask(QWidget *parent, const QString &name, const QString &title,
    const QString &text, std::function<void(bool yes)> answered)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(name);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, parent,
        [answered = std::move(answered)](int result) { answered(result == QMessageBox::Yes); });
    box->open();
    return box;
}

// ---------------------------------------------------------------------------------------------

RollingBackendPage::RollingBackendPage(RollingReplaceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_backendCombo(new QComboBox(this))
    , m_backendMessage(messageLabel(QStringLiteral("backendMessage"), this))
    , m_serverList(new QListWidget(this))
{
    setTitle(tr("Backend and servers to replace"));
    setSubTitle(tr("Each old server is replaced by a new one: the new server is added and must be UP per "
                   "its health checks before the old one is drained and removed."));
    m_backendCombo->setObjectName(QStringLiteral("backendCombo"));
    m_serverList->setObjectName(QStringLiteral("serverList"));
    auto *backendLabel = new QLabel(tr("&Backend:"), this);
    backendLabel->setBuddy(m_backendCombo);
    auto *serversLabel = new QLabel(tr("&Old servers (Space checks):"), this);
    serversLabel->setBuddy(m_serverList);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backendLabel);
    layout->addWidget(m_backendCombo);
    layout->addWidget(m_backendMessage);
    layout->addWidget(serversLabel);
    layout->addWidget(m_serverList, 1);

    if (m_wizard->m_snapshot) {
        for (const StatRow &row : m_wizard->m_snapshot->stat.rows) {
            if (row.isBackend())
                m_backendCombo->addItem(QString::fromUtf8(row.pxname));
        }
    }
    connect(m_backendCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillServers();
        emit completeChanged();
    });
    connect(m_serverList, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    fillServers();
}

void RollingBackendPage::preselect(const QString &backend, const QStringList &servers)
{
    const int index = m_backendCombo->findText(backend);
    if (index >= 0)
        m_backendCombo->setCurrentIndex(index);
    for (int i = 0; i < m_serverList->count(); ++i) {
        QListWidgetItem *item = m_serverList->item(i);
        item->setCheckState(
            servers.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    emit completeChanged();
}

void RollingBackendPage::fillServers()
{
    const QSignalBlocker blocker(m_serverList);
    m_serverList->clear();
    const QString name = backend();
    const StatRow *row = m_wizard->backendRow(name);
    QString text;
    bool error = false;
    if (!row) {
        text = name.isEmpty() ? tr("No backend in the last poll.")
                              : tr("Backend '%1' is not in the last poll.").arg(name);
        error = true;
    } else {
        text = RollingReplacePlan::dynamicSupportMessage(name, row->algo);
        error = RollingReplacePlan::dynamicServerSupport(row->algo) == RollingReplacePlan::DynamicSupport::No;
    }
    showMessage(m_backendMessage, text, error);
    for (const StatRow *server : m_wizard->serversOf(name)) {
        const QString serverName = QString::fromUtf8(server->svname);
        const qint64 weight = weightOf(*server);
        auto *item =
            new QListWidgetItem(tr("%1  —  %2, weight %3")
                                    .arg(serverName, QString::fromUtf8(server->status),
                                        StatRow::has(weight) ? QString::number(weight) : tr("unknown")),
                m_serverList);
        item->setData(Qt::UserRole, serverName);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QString RollingBackendPage::backend() const
{
    return m_backendCombo->currentText();
}

QStringList RollingBackendPage::oldServers() const
{
    QStringList result;
    for (int i = 0; i < m_serverList->count(); ++i) {
        const QListWidgetItem *item = m_serverList->item(i);
        if (item->checkState() == Qt::Checked)
            result.append(item->data(Qt::UserRole).toString());
    }
    return result;
}

bool RollingBackendPage::isComplete() const
{
    const StatRow *row = m_wizard->backendRow(backend());
    return row
        && RollingReplacePlan::dynamicServerSupport(row->algo) != RollingReplacePlan::DynamicSupport::No
        && !oldServers().isEmpty();
}

// ---------------------------------------------------------------------------------------------

RollingNewServersPage::RollingNewServersPage(RollingReplaceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_countSpin(new QSpinBox(this))
    , m_patternEdit(new QLineEdit(this))
    , m_generateButton(new QPushButton(tr("Fi&ll names"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_orderLabel(new QLabel(this))
    , m_message(messageLabel(QStringLiteral("problemsLabel"), this))
{
    setTitle(tr("New servers"));
    setSubTitle(tr("One row per new server: its name, address and port. The weight starts as the old "
                   "server's."));
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setRange(1, 64);
    m_patternEdit->setObjectName(QStringLiteral("patternEdit"));
    m_patternEdit->setText(QStringLiteral("{old}-new"));
    m_patternEdit->setToolTip(tr("{old}: the name of the server it replaces; {n}: 1, 2, 3… (skipping names "
                                 "already used in the backend)"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_table->setObjectName(QStringLiteral("newServersTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Replaces"), tr("New name"), tr("Address"), tr("Port"), tr("Weight") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_orderLabel->setObjectName(QStringLiteral("orderLabel"));
    m_orderLabel->setWordWrap(true);

    auto *countLabel = new QLabel(tr("Number of ne&w servers:"), this);
    countLabel->setBuddy(m_countSpin);
    auto *patternLabel = new QLabel(tr("Name &pattern:"), this);
    patternLabel->setBuddy(m_patternEdit);
    auto *tableLabel = new QLabel(tr("New &servers (F2 edits a cell):"), this);
    tableLabel->setBuddy(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(countLabel);
    top->addWidget(m_countSpin);
    top->addSpacing(12);
    top->addWidget(patternLabel);
    top->addWidget(m_patternEdit, 1);
    top->addWidget(m_generateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_message);

    connect(m_countSpin, &QSpinBox::valueChanged, this, &RollingNewServersPage::setRowCount);
    connect(m_generateButton, &QPushButton::clicked, this, &RollingNewServersPage::generateNames);
    connect(m_table, &QTableWidget::itemChanged, this, &RollingNewServersPage::validate);
}

void RollingNewServersPage::initializePage()
{
    const QStringList olds = m_wizard->m_backendPage->oldServers();
    const QString key = m_wizard->m_backendPage->backend() + u'/' + olds.join(u',');
    if (key == m_initializedFor)
        return; // back and forth keeps what was typed
    m_initializedFor = key;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    const QSignalBlocker blocker(m_countSpin);
    m_countSpin->setValue(int(std::max<qsizetype>(1, olds.size())));
    setRowCount(m_countSpin->value());
    generateNames();
}

void RollingNewServersPage::setRowCount(int rows)
{
    const QStringList olds = m_wizard->m_backendPage->oldServers();
    QHash<QString, qint64> weights;
    for (const StatRow *row : m_wizard->serversOf(m_wizard->m_backendPage->backend()))
        weights.insert(QString::fromUtf8(row->svname), weightOf(*row));
    {
        const QSignalBlocker blocker(m_table);
        const int before = m_table->rowCount();
        m_table->setRowCount(rows);
        for (int row = 0; row < rows; ++row) {
            const bool paired = row < olds.size();
            m_table->setItem(row, OldColumn, readOnlyItem(paired ? olds.at(row) : tr("(none: added first)")));
            if (row < before)
                continue;
            for (int column = NameColumn; column < ColumnCount; ++column)
                m_table->setItem(row, column, new QTableWidgetItem);
            const qint64 weight = paired ? weights.value(olds.at(row), StatRow::NoValue) : StatRow::NoValue;
            if (StatRow::has(weight))
                m_table->item(row, WeightColumn)->setText(QString::number(weight));
        }
    }
    QString order;
    if (rows > olds.size()) {
        order = tr("%n new server(s) without an old one are added first, so capacity grows before anything "
                   "is removed.",
            nullptr, int(rows - olds.size()));
    } else if (rows < olds.size()) {
        order = tr("%1 will be removed last, once every new server is UP.")
                    .arg(olds.mid(rows).join(QStringLiteral(", ")));
    }
    m_orderLabel->setText(order);
    m_orderLabel->setVisible(!order.isEmpty());
    validate();
}

void RollingNewServersPage::generateNames()
{
    QSet<QString> taken;
    for (const StatRow *row : m_wizard->serversOf(m_wizard->m_backendPage->backend()))
        taken.insert(QString::fromUtf8(row->svname));
    const Result<QStringList> names = RollingReplacePlan::generateNames(
        m_patternEdit->text(), m_table->rowCount(), m_wizard->m_backendPage->oldServers(), taken);
    if (!names) {
        showMessage(m_message, names.error());
        return;
    }
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, NameColumn)->setText(names->at(row));
    }
    validate();
}

QString RollingNewServersPage::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<RollingReplacePlan::Pair> RollingNewServersPage::newServers() const
{
    QList<RollingReplacePlan::Pair> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RollingReplacePlan::Pair pair;
        pair.newName = cell(row, NameColumn);
        pair.newAddress = cell(row, AddressColumn);
        bool ok = false;
        pair.newPort = cell(row, PortColumn).toInt(&ok);
        if (!ok)
            pair.newPort = 0;
        const QString weight = cell(row, WeightColumn);
        pair.weight = weight.isEmpty() ? -1 : weight.toInt(&ok);
        if (!weight.isEmpty() && !ok)
            pair.weight = -2; // refused by the plan check
        result.append(pair);
    }
    return result;
}

void RollingNewServersPage::validate()
{
    QStringList problems;
    // What the plan check cannot see: cells that are not numbers, rows without a name.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = cell(row, NameColumn);
        if (name.isEmpty())
            problems.append(tr("Row %1: the new server needs a name.").arg(row + 1));
        const QString port = cell(row, PortColumn);
        bool ok = false;
        if (port.isEmpty())
            problems.append(tr("Row %1: the port is empty.").arg(row + 1));
        else if (port.toInt(&ok), !ok)
            problems.append(tr("Row %1: port '%2' is not a number.").arg(row + 1).arg(port));
        const QString weight = cell(row, WeightColumn);
        if (!weight.isEmpty() && (weight.toInt(&ok), !ok))
            problems.append(tr("Row %1: weight '%2' is not a number (0 to 256, empty for HAProxy's default).")
                                .arg(row + 1)
                                .arg(weight));
    }
    RollingReplacePlan::PlanCheck check;
    if (problems.isEmpty()) {
        const RollingReplacePlan plan = m_wizard->plan();
        check =
            RollingReplacePlan::checkPlan(plan, m_wizard->m_snapshot ? &m_wizard->m_snapshot->stat : nullptr);
        problems.append(check.errors);
    }
    m_problems = problems;
    if (!problems.isEmpty())
        showMessage(m_message, problems.join(u'\n'));
    else
        showMessage(m_message, check.warnings.join(u'\n'), false);
    emit completeChanged();
}

bool RollingNewServersPage::isComplete() const
{
    return m_problems.isEmpty() && m_table->rowCount() > 0;
}

// ---------------------------------------------------------------------------------------------

RollingReviewPage::RollingReviewPage(RollingReplaceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_upTimeoutSpin(new QSpinBox(this))
    , m_idleTimeoutSpin(new QSpinBox(this))
    , m_shutdownCheck(new QCheckBox(tr("S&hut remaining sessions down at the timeout"), this))
    , m_checkInterSpin(new QSpinBox(this))
    , m_commands(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy commands"), this))
    , m_warning(messageLabel(QStringLiteral("reviewWarning"), this))
{
    setTitle(tr("Review"));
    setSubTitle(
        tr("These are the exact commands each step sends. Nothing has been sent yet: Start runs them."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start"));
    m_upTimeoutSpin->setObjectName(QStringLiteral("upTimeoutSpin"));
    m_upTimeoutSpin->setRange(1, 3600);
    m_upTimeoutSpin->setValue(60);
    m_upTimeoutSpin->setSuffix(tr(" s"));
    m_idleTimeoutSpin->setObjectName(QStringLiteral("idleTimeoutSpin"));
    m_idleTimeoutSpin->setRange(0, 86400);
    m_idleTimeoutSpin->setValue(60);
    m_idleTimeoutSpin->setSuffix(tr(" s"));
    m_idleTimeoutSpin->setSpecialValueText(tr("no limit"));
    m_shutdownCheck->setObjectName(QStringLiteral("shutdownCheck"));
    m_checkInterSpin->setObjectName(QStringLiteral("checkInterSpin"));
    m_checkInterSpin->setRange(0, 60000);
    m_checkInterSpin->setSingleStep(100);
    m_checkInterSpin->setSuffix(tr(" ms"));
    m_checkInterSpin->setSpecialValueText(tr("HAProxy's default (2 s)"));
    m_commands->setObjectName(QStringLiteral("commandText"));
    m_commands->setReadOnly(true);
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Wait for a new server to be &UP at most:"), m_upTimeoutSpin);
    form->addRow(tr("Wait for an old server's sessions at &most:"), m_idleTimeoutSpin);
    form->addRow(QString(), m_shutdownCheck);
    form->addRow(tr("New servers' check &interval:"), m_checkInterSpin);
    auto *commandsLabel = new QLabel(tr("Comman&ds:"), this);
    commandsLabel->setBuddy(m_commands);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(commandsLabel);
    copyRow->addStretch();
    copyRow->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(copyRow);
    layout->addWidget(m_commands, 1);
    layout->addWidget(m_warning);

    for (QSpinBox *spin : { m_upTimeoutSpin, m_idleTimeoutSpin, m_checkInterSpin })
        connect(spin, &QSpinBox::valueChanged, this, &RollingReviewPage::updateText);
    connect(m_shutdownCheck, &QCheckBox::toggled, this, &RollingReviewPage::updateText);
    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
}

void RollingReviewPage::initializePage()
{
    updateText();
}

RollingReplacePlan::Options RollingReviewPage::options() const
{
    RollingReplacePlan::Options options;
    options.upTimeoutMs = m_upTimeoutSpin->value() * 1000;
    options.idleTimeoutMs = m_idleTimeoutSpin->value() * 1000;
    options.shutdownOnTimeout = m_shutdownCheck->isChecked();
    options.newCheckInterMs = m_checkInterSpin->value();
    return options;
}

QString RollingReviewPage::commandText() const
{
    return m_commands->toPlainText();
}

void RollingReviewPage::updateText()
{
    const RollingReplacePlan plan = m_wizard->plan();
    QStringList text;
    for (int i = 0; i < plan.pairs.size(); ++i) {
        const RollingReplacePlan::Pair &pair = plan.pairs.at(i);
        QString title;
        if (pair.oldServer.isEmpty())
            title = tr("# Step %1: add %2").arg(i + 1).arg(pair.newName);
        else if (pair.newName.isEmpty())
            title = tr("# Step %1: remove %2").arg(i + 1).arg(pair.oldServer);
        else
            title = tr("# Step %1: %2 → %3").arg(i + 1).arg(pair.oldServer, pair.newName);
        if (i > 0)
            text.append(QString());
        text.append(title);
        text.append(RollingReplacePlan::commandLines(
            plan, i, m_wizard->m_connection ? m_wizard->m_connection->version() : HaproxyVersion()));
    }
    m_commands->setPlainText(text.join(u'\n'));
    const RollingReplacePlan::PlanCheck check =
        RollingReplacePlan::checkPlan(plan, m_wizard->m_snapshot ? &m_wizard->m_snapshot->stat : nullptr);
    QStringList notes = check.errors + check.warnings;
    if (m_shutdownCheck->isChecked())
        notes.append(tr("Sessions still on an old server at the timeout are cut off."));
    showMessage(m_warning, notes.join(u'\n'), !check.ok());
}
