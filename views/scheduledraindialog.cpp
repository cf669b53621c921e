#include "views/scheduledraindialog.h"

#include "core/client/runtimeconnection.h"
#include "core/workflows/drainscheduler.h"
#include "views/statuscolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// A start "at" a time a little in the past is a slow click, not a mistake.
constexpr int PastToleranceSeconds = 60;

} // namespace

ScheduleDrainDialog::ScheduleDrainDialog(
    DrainScheduler *scheduler, const QString &instanceId, const QList<ServerTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
    , m_instanceId(instanceId)
    , m_targets(targets)
{
    setWindowTitle(tr("Schedule Drain"));
    setObjectName(QStringLiteral("scheduleDrainDialog"));
    auto *layout = new QVBoxLayout(this);

    QStringList names;
    for (const ServerTarget &target : targets)
        names.append(target.key());
    auto *what =
        new QLabel(tr("Servers to drain on %1: %2").arg(instanceId, names.join(QStringLiteral(", "))), this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);

    layout->addWidget(createStartBox());
    layout->addWidget(createSessionsBox());
    layout->addWidget(createEndBox());
    addPreview(layout);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));
    layout->addWidget(m_buttons);

    connectSignals();
    setTabOrders();
    m_delayMinutes->setFocus();
    updatePreview();
}

// When: after a delay, or at a date and time.
QGroupBox *ScheduleDrainDialog::createStartBox()
{
    auto *startBox = new QGroupBox(tr("Start"), this);
    auto *startLayout = new QFormLayout(startBox);
    m_delayRadio = new QRadioButton(tr("&In"), startBox);
    m_delayRadio->setObjectName(QStringLiteral("delayRadio"));
    m_delayMinutes = new QSpinBox(startBox);
    m_delayMinutes->setObjectName(QStringLiteral("delayMinutes"));
    m_delayMinutes->setRange(0, 7 * 24 * 60);
    m_delayMinutes->setSuffix(tr(" min"));
    m_delaySeconds = new QSpinBox(startBox);
    m_delaySeconds->setObjectName(QStringLiteral("delaySeconds"));
    m_delaySeconds->setRange(0, 59);
    m_delaySeconds->setSuffix(tr(" s"));
    auto *delayRow = new QHBoxLayout;
    delayRow->addWidget(m_delayMinutes);
    delayRow->addWidget(m_delaySeconds);
    delayRow->addStretch(1);
    startLayout->addRow(m_delayRadio, delayRow);
    m_atRadio = new QRadioButton(tr("&At"), startBox);
    m_atRadio->setObjectName(QStringLiteral("atRadio"));
    m_atEdit = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), startBox);
    m_atEdit->setObjectName(QStringLiteral("atEdit"));
    m_atEdit->setCalendarPopup(true);
    m_atEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    startLayout->addRow(m_atRadio, m_atEdit);
    m_delayRadio->setChecked(true);
    return startBox;
}

// How long to wait for the sessions, and what to do with those left at the deadline.
QGroupBox *ScheduleDrainDialog::createSessionsBox()
{
    auto *idleBox = new QGroupBox(tr("Sessions"), this);
    auto *idleLayout = new QFormLayout(idleBox);
    m_deadlineMinutes = new QSpinBox(idleBox);
    m_deadlineMinutes->setObjectName(QStringLiteral("deadlineMinutes"));
    m_deadlineMinutes->setRange(0, DrainJob::MaxIdleDeadlineSeconds / 60);
    m_deadlineMinutes->setValue(10);
    m_deadlineMinutes->setSuffix(tr(" min"));
    m_deadlineMinutes->setSpecialValueText(tr("no limit"));
    auto *deadlineLabel = new QLabel(tr("Wait for them at &most"), idleBox);
    deadlineLabel->setBuddy(m_deadlineMinutes);
    idleLayout->addRow(deadlineLabel, m_deadlineMinutes);
    m_shutdownCheck = new QCheckBox(tr("S&hut the remaining sessions down at the deadline"), idleBox);
    m_shutdownCheck->setObjectName(QStringLiteral("shutdownCheck"));
    m_shutdownCheck->setToolTip(tr("Off: the drain stops at the deadline and leaves the server in DRAIN, "
                                   "cutting nobody off."));
    idleLayout->addRow(m_shutdownCheck);
    return idleBox;
}

// What then: maintenance, removal, or a maintenance window.
QGroupBox *ScheduleDrainDialog::createEndBox()
{
    auto *endBox = new QGroupBox(tr("When no session is left"), this);
    auto *endLayout = new QVBoxLayout(endBox);
    m_maintRadio = new QRadioButton(tr("Put it in ma&intenance"), endBox);
    m_maintRadio->setObjectName(QStringLiteral("maintRadio"));
    m_removeRadio = new QRadioButton(tr("&Remove it (maintenance, then delete)"), endBox);
    m_removeRadio->setObjectName(QStringLiteral("removeRadio"));
    m_readyRadio = new QRadioButton(tr("Maintenance, then &back to ready after"), endBox);
    m_readyRadio->setObjectName(QStringLiteral("readyRadio"));
    m_readyMinutes = new QSpinBox(endBox);
    m_readyMinutes->setObjectName(QStringLiteral("readyMinutes"));
    m_readyMinutes->setRange(1, int(DrainJob::MaxReadyAfterMinutes));
    m_readyMinutes->setValue(10);
    m_readyMinutes->setSuffix(tr(" min"));
    m_maintRadio->setChecked(true);
    endLayout->addWidget(m_maintRadio);
    endLayout->addWidget(m_removeRadio);
    auto *readyRow = new QHBoxLayout;
    readyRow->addWidget(m_readyRadio);
    readyRow->addWidget(m_readyMinutes);
    readyRow->addStretch(1);
    endLayout->addLayout(readyRow);
    return endBox;
}

// The commands each job will send, and the reason the form cannot be scheduled.
void ScheduleDrainDialog::addPreview(QVBoxLayout *layout)
{
    auto *previewLabel = new QLabel(tr("Commands &sent to each server:"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 8);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    StatusColors::setTextTone(m_message, StatusColors::Tone::Error);
    layout->addWidget(m_message);
}

void ScheduleDrainDialog::connectSignals()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDrainDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *radio : { m_delayRadio, m_atRadio, m_maintRadio, m_removeRadio, m_readyRadio })
        connect(radio, &QRadioButton::toggled, this, &ScheduleDrainDialog::updatePreview);
    for (QSpinBox *spin : { m_delayMinutes, m_delaySeconds, m_deadlineMinutes, m_readyMinutes })
        connect(spin, &QSpinBox::valueChanged, this, &ScheduleDrainDialog::updatePreview);
    connect(m_atEdit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDrainDialog::updatePreview);
    connect(m_shutdownCheck, &QCheckBox::toggled, this, &ScheduleDrainDialog::updatePreview);
    // Typing in a spin box picks its option.
    connect(
        m_delayMinutes, &QSpinBox::valueChanged, m_delayRadio, [this] { m_delayRadio->setChecked(true); });
    connect(
        m_delaySeconds, &QSpinBox::valueChanged, m_delayRadio, [this] { m_delayRadio->setChecked(true); });
    connect(m_atEdit, &QDateTimeEdit::dateTimeChanged, m_atRadio, [this] { m_atRadio->setChecked(true); });
    connect(
        m_readyMinutes, &QSpinBox::valueChanged, m_readyRadio, [this] { m_readyRadio->setChecked(true); });
}

void ScheduleDrainDialog::setTabOrders()
{
    setTabOrder(m_delayRadio, m_delayMinutes);
    setTabOrder(m_delayMinutes, m_delaySeconds);
    setTabOrder(m_delaySeconds, m_atRadio);
    setTabOrder(m_atRadio, m_atEdit);
    setTabOrder(m_atEdit, m_deadlineMinutes);
    setTabOrder(m_deadlineMinutes, m_shutdownCheck);
    setTabOrder(m_shutdownCheck, m_maintRadio);
    setTabOrder(m_maintRadio, m_removeRadio);
    setTabOrder(m_removeRadio, m_readyRadio);
    setTabOrder(m_readyRadio, m_readyMinutes);
    setTabOrder(m_readyMinutes, m_preview);
}

void ScheduleDrainDialog::setStartDelay(int minutes, int seconds)
{
    m_delayMinutes->setValue(minutes);
    m_delaySeconds->setValue(seconds);
    m_delayRadio->setChecked(true);
}

void ScheduleDrainDialog::setStartAt(const QDateTime &local)
{
    m_atEdit->setDateTime(local);
    m_atRadio->setChecked(true);
}

void ScheduleDrainDialog::setIdleDeadlineMinutes(int minutes)
{
    m_deadlineMinutes->setValue(minutes);
}

void ScheduleDrainDialog::setEndAction(DrainJob::EndAction action, int readyAfterMinutes)
{
    m_readyMinutes->setValue(readyAfterMinutes);
    switch (action) {
    case DrainJob::EndAction::Maint:
        m_maintRadio->setChecked(true);
        break;
    case DrainJob::EndAction::Remove:
        m_removeRadio->setChecked(true);
        break;
    case DrainJob::EndAction::ReadyAfter:
        m_readyRadio->setChecked(true);
        break;
    }
}

QDateTime ScheduleDrainDialog::startTimeUtc() const
{
    if (m_atRadio->isChecked())
        return m_atEdit->dateTime().toUTC();
    return QDateTime::currentDateTimeUtc().addSecs(
        qint64(m_delayMinutes->value()) * 60 + m_delaySeconds->value());
}

Result<QList<DrainJob>> ScheduleDrainDialog::jobs() const
{
    using R = Result<QList<DrainJob>>;
    if (!m_scheduler)
        return R::failure(tr("There is no scheduler to add the drains to."));
    if (m_targets.isEmpty())
        return R::failure(tr("No server is selected."));
    const QDateTime start = startTimeUtc();
    if (m_atRadio->isChecked() && start < QDateTime::currentDateTimeUtc().addSecs(-PastToleranceSeconds))
        return R::failure(
            tr("The start time %1 is in the past; choose a later time, or “In 0 min” to start now.")
                .arg(m_atEdit->dateTime().toString(m_atEdit->displayFormat())));
    if (RuntimeConnection *connection = m_scheduler->connection(m_instanceId)) {
        const QString problem = DrainScheduler::levelProblem(connection->level());
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    DrainJob::EndAction end = DrainJob::EndAction::Maint;
    if (m_removeRadio->isChecked())
        end = DrainJob::EndAction::Remove;
    else if (m_readyRadio->isChecked())
        end = DrainJob::EndAction::ReadyAfter;

    QList<DrainJob> result;
    for (const ServerTarget &target : m_targets) {
        DrainJob job = DrainJob::create(m_instanceId, target.backend, target.server, start, end);
        job.idleDeadlineSeconds = m_deadlineMinutes->value() * 60;
        job.shutdownAtDeadline = m_shutdownCheck->isChecked() && job.idleDeadlineSeconds > 0;
        job.readyAfterMinutes = m_readyMinutes->value();
        if (const Result<QStringList> plan = job.plannedCommands(); !plan)
            return R::failure(tr("%1: %2").arg(target.key(), plan.error()));
        for (const DrainJob &other : m_scheduler->jobs()) {
            if (!other.isFinished() && other.instanceId == m_instanceId && other.backend == target.backend
                && other.server == target.server)
                return R::failure(
                    tr("%1 already has a scheduled drain that has not finished; cancel it first.")
                        .arg(target.key()));
        }
        result.append(job);
    }
    return result;
}

QString ScheduleDrainDialog::validationMessage() const
{
    const Result<QList<DrainJob>> planned = jobs();
    return planned ? QString() : planned.error();
}

void ScheduleDrainDialog::updatePreview()
{
    m_shutdownCheck->setEnabled(m_deadlineMinutes->value() > 0);
    const Result<QList<DrainJob>> planned = jobs();
    m_message->setText(planned ? QString() : planned.error());
    m_message->setVisible(!planned);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(planned));
    if (!planned) {
        m_preview->clear();
        return;
    }
    QStringList text;
    for (const DrainJob &job : *planned) {
        const QStringList lines = *job.plannedCommands();
        text.append(tr("# %1/%2").arg(job.backend, job.server));
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("show servers state")))
                text.append(line + tr("    # every second, until no session is left"));
            else if (line.startsWith(QStringLiteral("show stat")))
                text.append(line);
            else if (line.startsWith(QStringLiteral("shutdown")))
                text.append(line + tr("    # only at the deadline"));
            else if (line.endsWith(QStringLiteral("state ready")))
                text.append(line + tr("    # %1 min later").arg(m_readyMinutes->value()));
            else
                text.append(line);
        }
    }
    m_preview->setPlainText(text.join(QLatin1Char('\n')));
}

void ScheduleDrainDialog::accept()
{
    const Result<QList<DrainJob>> planned = jobs();
    if (!planned) {
        m_message->setText(planned.error());
        m_message->show();
        return;
    }
    m_created.clear();
    for (const DrainJob &job : *planned) {
        const Result<QUuid> id = m_scheduler->addJob(job);
        if (!id) {
            // Checked above; only a change in between (the connection's level) gets here.
            m_message->setText(m_created.isEmpty()
                    ? id.error()
                    : tr("%1 (%n drain(s) were scheduled before this one; see the Schedules dock.)", nullptr,
                        int(m_created.size()))
                          .arg(id.error()));
            m_message->show();
            return;
        }
        m_created.append(*id);
    }
    QDialog::accept();
}
