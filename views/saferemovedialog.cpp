#include "views/saferemovedialog.h"

#include "core/client/runtimeconnection.h"
#include "views/statuscolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Step { DrainStep, WaitStep, MaintStep, RemovableStep, DeleteStep, StepCount };

int stepOf(SafeRemove::State state)
{
    switch (state) {
    case SafeRemove::State::Draining:
        return DrainStep;
    case SafeRemove::State::WaitingForIdle:
    case SafeRemove::State::TimedOut:
    case SafeRemove::State::ShuttingDownSessions:
        return WaitStep;
    case SafeRemove::State::Maintenance:
        return MaintStep;
    case SafeRemove::State::WaitingRemovable:
        return RemovableStep;
    case SafeRemove::State::Deleting:
        return DeleteStep;
    case SafeRemove::State::Done:
        return StepCount;
    default:
        return -1; // not a step of its own: the step in progress stays marked
    }
}

} // namespace

SafeRemoveDialog::SafeRemoveDialog(
    RuntimeConnection *connection, const QString &backend, const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_backend(backend)
    , m_server(server)
{
    setWindowTitle(tr("Remove server %1/%2").arg(backend, server));

    auto *intro =
        new QLabel(tr("Removes <b>%1/%2</b> without cutting clients off: it is drained, its sessions "
                      "are given time to end, then it is put in maintenance and deleted.")
                       .arg(backend.toHtmlEscaped(), server.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(1, 24 * 3600);
    m_timeoutSpin->setValue(60);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setToolTip(
        tr("After this time you are asked whether to shut the remaining sessions down."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Wait for sessions up to:"), m_timeoutSpin);

    createStepList();
    createProgressViews();
    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_stepList);
    layout->addWidget(m_sessionsBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_conditionLabel);
    layout->addWidget(new QLabel(tr("Commands sent:"), this));
    layout->addWidget(m_commandLog, 1);
    layout->addWidget(buttons);

    updateSteps();
    updateButtons();
    resize(520, 520);
}

// The steps in order, the one in progress marked by updateSteps().
void SafeRemoveDialog::createStepList()
{
    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepList->setFocusPolicy(Qt::NoFocus);
    const QString ref = m_backend + u'/' + m_server;
    m_stepList->addItem(tr("Drain: no new sessions"));
    m_stepList->addItem(tr("Wait until no sessions are left"));
    m_stepList->addItem(tr("Put in maintenance"));
    m_stepList->addItem(tr("Wait until HAProxy says it can be removed"));
    m_stepList->addItem(tr("Delete %1").arg(ref));
    // `wait ... srv-removable` only exists from HAProxy 3.0 on.
    m_stepList->item(RemovableStep)
        ->setHidden(!(m_connection && m_connection->version().hasWaitSrvRemovable()));
    m_stepList->setMaximumHeight(m_stepList->sizeHintForRow(0) * (StepCount + 1));
}

// Where it is: the sessions left, the state in words, the server's condition, the commands.
void SafeRemoveDialog::createProgressViews()
{
    m_sessionsBar = new QProgressBar(this);
    m_sessionsBar->setObjectName(QStringLiteral("sessionsBar"));
    m_sessionsBar->setRange(0, 1);
    m_sessionsBar->setValue(0);
    m_sessionsBar->setFormat(tr("Sessions: not read yet"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conditionLabel = new QLabel(this);
    m_conditionLabel->setObjectName(QStringLiteral("conditionLabel"));
    m_conditionLabel->setWordWrap(true);

    m_commandLog = new QPlainTextEdit(this);
    m_commandLog->setObjectName(QStringLiteral("commandLog"));
    m_commandLog->setReadOnly(true);
    m_commandLog->setPlaceholderText(tr("Commands sent to HAProxy appear here."));
    m_commandLog->setFont(QFont(QStringLiteral("monospace")));
    m_commandLog->setMaximumBlockCount(1000);
}

QDialogButtonBox *SafeRemoveDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_shutdownButton = buttons->addButton(tr("Shut &down sessions now"), QDialogButtonBox::ActionRole);
    m_shutdownButton->setObjectName(QStringLiteral("shutdownButton"));
    m_restoreButton = buttons->addButton(tr("&Return to ready"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // The button box would close the dialog on its own; every button is handled here.
    connect(m_startButton, &QPushButton::clicked, this, &SafeRemoveDialog::start);
    connect(m_shutdownButton, &QPushButton::clicked, this, &SafeRemoveDialog::shutdownSessions);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->restoreReady();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &SafeRemoveDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    return buttons;
}

void SafeRemoveDialog::setIdleTimeoutSeconds(int seconds)
{
    m_timeoutSpin->setValue(seconds);
}

void SafeRemoveDialog::start()
{
    if (m_operation)
        return;
    SafeRemove::Options options;
    options.idleTimeoutMs = m_timeoutSpin->value() * 1000;
    options.pollIntervalMs = m_pollIntervalMs;
    m_operation = new SafeRemove(m_connection, m_backend, m_server, options, this);
    connect(m_operation, &SafeRemove::stateChanged, this, &SafeRemoveDialog::onStateChanged);
    connect(m_operation, &SafeRemove::sessionsChanged, this, &SafeRemoveDialog::onSessionsChanged);
    connect(m_operation, &SafeRemove::finished, this, &SafeRemoveDialog::onFinished);
    connect(m_operation, &SafeRemove::message, m_statusLabel, &QLabel::setText);
    connect(m_operation, &SafeRemove::commandSent, m_commandLog, &QPlainTextEdit::appendPlainText);
    connect(m_operation, &SafeRemove::serverConditionChanged, this, [this](ServerCondition condition) {
        m_conditionLabel->setText(
            tr("%1/%2 is now in %3.").arg(m_backend, m_server, serverConditionText(condition)));
    });
    connect(m_operation, &SafeRemove::restoreFinished, this, [this] { updateButtons(); });
    m_timeoutSpin->setEnabled(false);
    m_operation->start();
    updateButtons();
}

void SafeRemoveDialog::reject()
{
    if (m_operation && m_operation->canCancel()) {
        m_operation->cancel();
        return;
    }
    if (m_operation && m_operation->state() == SafeRemove::State::Cancelling)
        return; // the state is being re-read; closing now would hide where the server is
    QDialog::reject();
}

void SafeRemoveDialog::onStateChanged(SafeRemove::State state)
{
    const int step = stepOf(state);
    if (step >= 0)
        m_currentStep = step;
    m_stepFailed = state == SafeRemove::State::Failed;
    if (state == SafeRemove::State::TimedOut)
        m_sessionsBar->setStyleSheet(
            QStringLiteral("QProgressBar::chunk { background: %1; }")
                .arg(StatusColors::text(StatusColors::Tone::Warning, m_sessionsBar->palette()).name()));
    else if (state == SafeRemove::State::WaitingForIdle)
        m_sessionsBar->setStyleSheet({});
    updateSteps();
    updateButtons();
}

void SafeRemoveDialog::onSessionsChanged(int current, int initial)
{
    m_sessionsBar->setRange(0, std::max(1, initial));
    m_sessionsBar->setValue(current);
    m_sessionsBar->setFormat(tr("%n sessions left", nullptr, current));
}

void SafeRemoveDialog::onFinished(bool ok)
{
    if (ok) {
        m_sessionsBar->setRange(0, 1);
        m_sessionsBar->setValue(0);
    }
    updateSteps();
    updateButtons();
    if (m_closeButton->isEnabled())
        m_closeButton->setFocus();
}

void SafeRemoveDialog::shutdownSessions()
{
    if (!m_operation || !m_operation->canShutdownSessions())
        return;
    const int left = std::max(0, m_operation->currentSessions());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Shut down sessions"),
        tr("Close the %n sessions still on %1/%2 now? Their clients are cut off.", nullptr, left)
            .arg(m_backend, m_server),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box] {
        // The wait may have ended while the question was open.
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && m_operation
            && m_operation->canShutdownSessions())
            m_operation->shutdownSessions();
    });
    box->open();
}

void SafeRemoveDialog::updateSteps()
{
    const bool done = m_operation && m_operation->state() == SafeRemove::State::Done;
    for (int i = 0; i < StepCount; ++i) {
        QListWidgetItem *item = m_stepList->item(i);
        QString text = item->data(Qt::UserRole).toString();
        if (text.isEmpty()) {
            text = item->text();
            item->setData(Qt::UserRole, text);
        }
        QString mark = QStringLiteral("\u25CB "); // pending
        QFont font = m_stepList->font();
        if (done || i < m_currentStep) {
            mark = QStringLiteral("\u2714 ");
        } else if (i == m_currentStep) {
            mark = m_stepFailed ? QStringLiteral("\u2716 ") : QStringLiteral("\u25B6 ");
            font.setBold(true);
        }
        item->setText(mark + text);
        item->setFont(font);
    }
}

void SafeRemoveDialog::updateButtons()
{
    const SafeRemove *op = m_operation;
    const bool running = op && op->canCancel();
    const bool ended = op
        && (op->state() == SafeRemove::State::Done || op->state() == SafeRemove::State::Failed
            || op->state() == SafeRemove::State::Cancelled);
    m_startButton->setVisible(!op);
    m_shutdownButton->setEnabled(op && op->canShutdownSessions());
    m_shutdownButton->setVisible(op && !ended);
    m_cancelButton->setVisible(!ended);
    m_cancelButton->setEnabled(!op || running);
    m_restoreButton->setVisible(op && op->canRestoreReady());
    m_closeButton->setVisible(ended);
    m_closeButton->setEnabled(ended);
}
