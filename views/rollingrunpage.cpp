#include "views/rollingrunpage.h"

#include "core/workflows/rollingreplace.h"
#include "views/rollingreplacewizard.h"
#include "views/statuscolors.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace {

enum RunColumn { RunStep, RunOld, RunNew, RunState, RunMessage, RunColumnCount };

} // namespace

RollingRunPage::RollingRunPage(RollingReplaceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, RunColumnCount, this))
    , m_statusLabel(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_abortButton(new QPushButton(tr("&Abort"), this))
    , m_rollBackButton(new QPushButton(tr("R&oll back"), this))
    , m_shutdownButton(new QPushButton(tr("Shut down &sessions"), this))
{
    setTitle(tr("Running"));
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setHorizontalHeaderLabels({ tr("Step"), tr("Old"), tr("New"), tr("State"), tr("Message") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("commandLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(2000);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_abortButton->setObjectName(QStringLiteral("abortButton"));
    m_abortButton->setToolTip(tr("Stop after the command in progress and leave the servers where they are"));
    m_rollBackButton->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBackButton->setToolTip(
        tr("Return the old servers to ready and remove the new ones this run added"));
    m_shutdownButton->setObjectName(QStringLiteral("shutdownButton"));
    m_shutdownButton->setToolTip(tr("Cut off the sessions still on the old server being removed"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_abortButton);
    buttons->addWidget(m_rollBackButton);
    buttons->addWidget(m_shutdownButton);
    buttons->addStretch();
    auto *logLabel = new QLabel(tr("Commands sent:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 1);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        RollingReplace *operation = m_wizard->m_operation;
        if (!operation)
            return;
        if (operation->canResume())
            operation->resume();
        else
            operation->pause();
        updateButtons();
    });
    connect(m_abortButton, &QPushButton::clicked, this, [this] {
        if (m_wizard->m_operation)
            m_wizard->m_operation->abort();
        updateButtons();
    });
    connect(m_rollBackButton, &QPushButton::clicked, this, &RollingRunPage::rollBack);
    connect(m_shutdownButton, &QPushButton::clicked, this, &RollingRunPage::shutdownSessions);
    updateButtons();
}

void RollingRunPage::initializePage()
{
    if (m_wizard->m_operation)
        return;
    const RollingReplacePlan plan = m_wizard->plan();
    auto *operation = new RollingReplace(m_wizard->m_connection, plan, m_wizard);
    m_wizard->m_operation = operation;
    m_table->setRowCount(int(plan.pairs.size()));
    for (int i = 0; i < plan.pairs.size(); ++i) {
        for (int column = 0; column < RunColumnCount; ++column)
            m_table->setItem(i, column, new QTableWidgetItem);
        updateRow(i);
    }
    connect(operation, &RollingReplace::stepChanged, this, &RollingRunPage::updateRow);
    connect(operation, &RollingReplace::commandSent, m_log, &QPlainTextEdit::appendPlainText);
    connect(operation, &RollingReplace::message, this, [this](const QString &text) {
        m_statusLabel->setText(text);
        updateButtons();
    });
    connect(operation, &RollingReplace::stateChanged, this, [this] {
        updateButtons();
        emit completeChanged();
    });
    operation->start();
    updateButtons();
}

void RollingRunPage::updateRow(int step)
{
    const RollingReplace *operation = m_wizard->m_operation;
    if (!operation || step < 0 || step >= operation->steps().size() || step >= m_table->rowCount())
        return;
    const RollingReplace::Step &s = operation->steps().at(step);
    // Deleted is what HAProxy says of a server it does not list: an old one was deleted,
    // a new one is not there (yet, or any more).
    const auto describe = [](const QString &name, ServerCondition condition, const QString &status,
                              const QString &absent) {
        if (name.isEmpty())
            return QStringLiteral("—");
        if (condition == ServerCondition::Deleted)
            return QStringLiteral("%1 (%2)").arg(name, absent);
        if (!status.isEmpty())
            return QStringLiteral("%1 (%2)").arg(name, status);
        return name;
    };
    m_table->item(step, RunStep)->setText(QString::number(step + 1));
    m_table->item(step, RunOld)
        ->setText(describe(s.pair.oldServer, s.oldCondition, s.oldStatus, tr("deleted")));
    m_table->item(step, RunNew)
        ->setText(s.pair.newName.isEmpty()
                ? QStringLiteral("—")
                : describe(s.pair.newName, s.newCondition, s.newStatus, tr("not there"))
                    + QStringLiteral("  %1:%2").arg(s.pair.newAddress).arg(s.pair.newPort));
    QString stateText = RollingReplace::stepStateName(s.state);
    // While removing, which of SafeRemove's steps it is in (draining, waiting, deleting).
    if (s.state == RollingReplace::StepState::Removing && operation->removal()
        && step == operation->currentStep())
        stateText += QStringLiteral(": ") + SafeRemove::stateName(operation->removal()->state());
    m_table->item(step, RunState)->setText(stateText);
    m_table->item(step, RunMessage)->setText(s.message);
    m_table->item(step, RunMessage)->setToolTip(s.message);
    std::optional<StatusColors::Tone> tone;
    switch (s.state) {
    case RollingReplace::StepState::Done:
        tone = StatusColors::Tone::Ok;
        break;
    case RollingReplace::StepState::Failed:
        tone = StatusColors::Tone::Error;
        break;
    case RollingReplace::StepState::Stopped:
    case RollingReplace::StepState::RolledBack:
        tone = StatusColors::Tone::Warning;
        break;
    default:
        break;
    }
    m_table->item(step, RunState)
        ->setForeground(tone ? QBrush(StatusColors::text(*tone, m_table->palette())) : QBrush());
    updateButtons();
}

void RollingRunPage::updateButtons()
{
    const RollingReplace *operation = m_wizard->m_operation;
    const bool resumable = operation && operation->canResume();
    m_pauseButton->setText(resumable ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setEnabled(operation && (resumable || operation->canPause()));
    m_abortButton->setEnabled(operation && operation->canAbort());
    m_rollBackButton->setEnabled(operation && operation->canRollBack());
    m_shutdownButton->setEnabled(operation && operation->canShutdownSessions());
    if (operation) {
        setSubTitle(tr("%1. Pause stops before the next command; Abort stops now; Roll back undoes this run.")
                        .arg(RollingReplace::stateName(operation->state())));
    }
}

bool RollingRunPage::isComplete() const
{
    return m_wizard->m_operation && !m_wizard->m_operation->isRunning();
}

void RollingRunPage::rollBack()
{
    RollingReplace *operation = m_wizard->m_operation;
    if (!operation || !operation->canRollBack())
        return;
    const QStringList summary = operation->rollBackSummary();
    RollingReplaceWizard::ask(this, QStringLiteral("rollBackQuestion"), tr("Roll back"),
        tr("Roll back this run?\n\n%1").arg(summary.join(u'\n')), [this](bool yes) {
            RollingReplace *current = m_wizard->m_operation;
            if (yes && current && current->canRollBack())
                current->rollBack();
            updateButtons();
        });
}

void RollingRunPage::shutdownSessions()
{
    RollingReplace *operation = m_wizard->m_operation;
    if (!operation || !operation->canShutdownSessions())
        return;
    RollingReplaceWizard::ask(this, QStringLiteral("shutdownQuestion"), tr("Shut down sessions"),
        tr("Cut off the clients still connected to the old server?"), [this](bool yes) {
            RollingReplace *current = m_wizard->m_operation;
            if (yes && current && current->canShutdownSessions())
                current->shutdownSessions();
        });
}
