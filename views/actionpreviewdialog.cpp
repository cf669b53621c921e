#include "views/actionpreviewdialog.h"

#include "core/client/runtimeconnection.h"
#include "views/statuscolors.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ActionPreviewDialog::ActionPreviewDialog(
    const ServerAction &action, RuntimeConnection *connection, QWidget *parent)
    : RunOnceDialog(parent)
    , m_action(action)
    , m_connection(connection)
    , m_runner(new ActionRunner(connection, this))
{
    setWindowTitle(action.title());
    const Result<QList<ServerAction::Step>> plan = action.plan();
    if (plan)
        m_steps = plan.value();
    const QString levelReason =
        connection ? action.disabledReason(connection->level()) : tr("Not connected.");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTitle());
    // Why nothing can be sent, or, for a destructive action, what it will do: either way the
    // user reads it before the button.
    m_confirmation = new QLabel(confirmationText(plan, levelReason), this);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->setVisible(!m_confirmation->text().isEmpty());
    layout->addWidget(m_confirmation);
    layout->addWidget(createCommandRows(), 1);
    createProgress();
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    createButtons(plan.ok() && levelReason.isEmpty());
    layout->addWidget(m_buttons);
    connectRunner();

    if (m_okButton->isEnabled() && !action.isDestructive())
        m_okButton->setFocus();
    else
        m_cancelButton->setFocus();
    resize(760, 420);
}

QLabel *ActionPreviewDialog::createTitle()
{
    auto *title = new QLabel(m_action.title(), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    return title;
}

QString ActionPreviewDialog::confirmationText(
    const Result<QList<ServerAction::Step>> &plan, const QString &levelReason) const
{
    if (!plan)
        return tr("Nothing will be sent: %1").arg(plan.error());
    if (!levelReason.isEmpty())
        return tr("Nothing can be sent: %1").arg(levelReason);
    if (m_action.isDestructive())
        return tr("This is destructive: %1 %2 Check the commands below, then confirm.")
            .arg(m_action.title() + QLatin1Char('.'), m_action.consequence());
    return tr("These commands will be sent, in this order:");
}

QWidget *ActionPreviewDialog::createCommandRows()
{
    // A grid of real widgets rather than a table view: every copy button and command line
    // is then reachable with Tab, and a command can be selected and copied as text.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *rowsWidget = new QWidget(scroll);
    auto *grid = new QGridLayout(rowsWidget);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < m_steps.size(); ++i)
        addCommandRow(grid, i);
    grid->setRowStretch(int(m_steps.size()), 1);
    scroll->setWidget(rowsWidget);
    return scroll;
}

void ActionPreviewDialog::addCommandRow(QGridLayout *grid, int i)
{
    QWidget *rowsWidget = grid->parentWidget();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const ServerAction::Step &step = m_steps.at(i);
    Row row;
    auto *target = new QLabel(step.target.key(), rowsWidget);
    row.command = new QLineEdit(step.command.text(), rowsWidget);
    row.command->setObjectName(QStringLiteral("commandLine"));
    row.command->setReadOnly(true);
    row.command->setFont(mono);
    row.command->setAccessibleName(tr("Command for %1").arg(step.target.key()));
    target->setBuddy(row.command);
    row.copy = new QPushButton(tr("Copy as socat command"), rowsWidget);
    row.copy->setObjectName(QStringLiteral("copyButton"));
    row.copy->setAutoDefault(false);
    row.copy->setToolTip(tr("Copies a shell command that sends this line with socat"));
    row.copy->setEnabled(m_connection != nullptr);
    connect(row.copy, &QPushButton::clicked, this, [this, i] { copyAsSocat(i); });
    row.result = new QLabel(rowsWidget);
    row.result->setObjectName(QStringLiteral("resultLabel"));
    row.result->setTextFormat(Qt::PlainText);
    row.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.result->setWordWrap(true);
    grid->addWidget(target, i, 0);
    grid->addWidget(row.command, i, 1);
    grid->addWidget(row.copy, i, 2);
    grid->addWidget(row.result, i, 3);
    m_rows.append(row);
}

void ActionPreviewDialog::createProgress()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, std::max(1, int(m_steps.size())));
    m_progress->setValue(0);
    m_progress->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
}

void ActionPreviewDialog::createButtons(bool canRun)
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(m_action.title());
    m_okButton->setEnabled(canRun);
    m_cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    // A destructive action must be confirmed on purpose: Enter alone goes to Cancel.
    if (m_action.isDestructive()) {
        m_okButton->setDefault(false);
        m_okButton->setAutoDefault(false);
        m_cancelButton->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionPreviewDialog::reject);
}

void ActionPreviewDialog::connectRunner()
{
    connect(m_runner, &ActionRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &ActionRunner::targetFinished, this, [this](const ServerTarget &target) {
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps.at(i).target == target)
                onTargetFinished(i);
    });
    connect(m_runner, &ActionRunner::finished, this, &ActionPreviewDialog::onFinished);
    connect(m_runner, &ActionRunner::refreshRequested, this, &ActionPreviewDialog::refreshRequested);
}

void ActionPreviewDialog::copyAsSocat(int row)
{
    if (!m_connection || row < 0 || row >= m_steps.size())
        return;
    QGuiApplication::clipboard()->setText(m_connection->socatCommandLine(m_steps.at(row).command));
}

bool ActionPreviewDialog::canRun() const
{
    return m_okButton->isEnabled();
}

bool ActionPreviewDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ActionPreviewDialog::cancelRun()
{
    m_runner->cancel();
}

void ActionPreviewDialog::run()
{
    beginRun(m_okButton, m_cancelButton, m_progress);
    for (const Row &row : std::as_const(m_rows))
        row.result->setText(tr("…"));
    m_runner->start(m_action);
}

void ActionPreviewDialog::onTargetFinished(int row)
{
    if (row < 0 || row >= m_rows.size() || row >= m_runner->outcomes().size())
        return;
    const ActionOutcome &outcome = m_runner->outcomes().at(row);
    if (outcome.status == ActionOutcome::Status::Pending)
        return; // another step of the same server finished; this one has not
    m_rows.at(row).result->setText(outcome.text);
    if (outcome.status != ActionOutcome::Status::Ok)
        StatusColors::setTextTone(m_rows.at(row).result, StatusColors::Tone::Error);
}

void ActionPreviewDialog::onFinished(const ActionSummary &summary)
{
    for (int i = 0; i < m_rows.size(); ++i)
        onTargetFinished(i);
    m_summary->setText(summary.text());
    m_summary->setVisible(true);
    m_buttons->clear();
    m_cancelButton = nullptr;
    m_okButton = nullptr;
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true); // its RejectRole lands in reject(), which accepts once run
    close->setFocus();
    emit actionFinished(summary);
}
