#include "views/schedulesdock.h"

#include "core/workflows/drainscheduler.h"
#include "models/drainjobsmodel.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The State column: the text over a progress bar while the sessions are being waited for.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double progress = index.data(DrainJobsModel::ProgressRole).toDouble();
        const auto state = DrainJob::State(index.data(DrainJobsModel::RawRole).toInt());
        const bool running = state == DrainJob::State::Draining || state == DrainJob::State::WaitingIdle
            || state == DrainJob::State::Ending || state == DrainJob::State::InWindow;
        if (progress < 0 || !running) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(1, 1, -1, -1);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(progress * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

SchedulesDock::SchedulesDock(QWidget *parent)
    : QDockWidget(tr("Schedules"), parent)
    , m_model(new DrainJobsModel(this))
{
    setObjectName(QStringLiteral("schedulesDock")); // for QMainWindow::saveState()
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("schedulesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(DrainJobsModel::Server, 140);
    m_view->setColumnWidth(DrainJobsModel::Instance, 160);
    m_view->setColumnWidth(DrainJobsModel::Start, 150);
    m_view->setColumnWidth(DrainJobsModel::EndAction, 170);
    m_view->setColumnWidth(DrainJobsModel::State, 270);
    m_view->setColumnWidth(DrainJobsModel::NextEvent, 150);
    m_view->setItemDelegateForColumn(DrainJobsModel::State, new ProgressDelegate(m_view));
    layout->addWidget(m_view, 1);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("schedulesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    // Actions carry the shortcuts (while the dock has focus); buttons mirror them.
    m_cancelAction = new QAction(tr("&Cancel Job"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_runNowAction = new QAction(tr("&Run Now"), this);
    m_runNowAction->setObjectName(QStringLiteral("runNowAction"));
    m_runNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_clearAction = new QAction(tr("C&lear Finished"), this);
    m_clearAction->setObjectName(QStringLiteral("clearFinishedAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    for (QAction *action : { m_cancelAction, m_runNowAction, m_clearAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ m_cancelAction, m_runNowAction, m_clearAction });

    auto *buttons = new QHBoxLayout;
    auto button = [content](QAction *action, const QString &name) {
        auto *pushButton = new QPushButton(action->text(), content);
        pushButton->setObjectName(name);
        pushButton->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        QObject::connect(pushButton, &QPushButton::clicked, action, &QAction::trigger);
        return pushButton;
    };
    m_cancelButton = button(m_cancelAction, QStringLiteral("cancelJobButton"));
    m_runNowButton = button(m_runNowAction, QStringLiteral("runNowButton"));
    m_clearButton = button(m_clearAction, QStringLiteral("clearFinishedButton"));
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_runNowButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    layout->addLayout(buttons);
    setWidget(content);
    setFocusProxy(m_view);

    connect(m_cancelAction, &QAction::triggered, this, &SchedulesDock::cancelSelected);
    connect(m_runNowAction, &QAction::triggered, this, &SchedulesDock::runSelectedNow);
    connect(m_clearAction, &QAction::triggered, this, &SchedulesDock::clearFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SchedulesDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SchedulesDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SchedulesDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SchedulesDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulesDock::updateActions);
    updateActions();
}

void SchedulesDock::setScheduler(DrainScheduler *scheduler)
{
    if (m_scheduler == scheduler)
        return;
    if (m_scheduler)
        m_scheduler->disconnect(this);
    m_scheduler = scheduler;
    m_model->setScheduler(scheduler);
    m_pendingOverdue.clear();
    if (!scheduler) {
        updateActions();
        return;
    }
    connect(scheduler, &DrainScheduler::overdueJobs, this, &SchedulesDock::onOverdue);
    connect(scheduler, &DrainScheduler::message, this,
        [this](const QUuid &, const QString &text) { showMessage(text, false); });
    connect(scheduler, &DrainScheduler::storeError, this,
        [this](const QString &text) { showMessage(text, true); });
    if (!scheduler->loadError().isEmpty())
        showMessage(scheduler->loadError(), true);
    // Jobs that were already overdue before the dock was attached ask too.
    const QList<QUuid> overdue = scheduler->overdueJobIds();
    if (!overdue.isEmpty())
        onOverdue(overdue);
    updateActions();
}

QList<QUuid> SchedulesDock::selectedJobs() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->jobId(row.row()));
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_model->jobId(m_view->currentIndex().row()));
    return ids;
}

void SchedulesDock::selectJob(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SchedulesDock::cancelSelected()
{
    if (!m_scheduler)
        return;
    QStringList problems;
    int cancelled = 0;
    for (const QUuid &id : selectedJobs()) {
        if (!m_scheduler->canCancel(id))
            continue;
        const Result<void> result = m_scheduler->cancel(id);
        if (result)
            ++cancelled;
        else
            problems.append(result.error());
    }
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char('\n')), true);
    else if (cancelled > 0)
        emit statusMessage(tr("Cancelling %n scheduled drain(s).", nullptr, cancelled));
    updateActions();
}

void SchedulesDock::runSelectedNow()
{
    if (!m_scheduler)
        return;
    QStringList problems;
    for (const QUuid &id : selectedJobs()) {
        if (!m_scheduler->canRunNow(id))
            continue;
        if (const Result<void> result = m_scheduler->runNow(id); !result)
            problems.append(result.error());
    }
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char('\n')), true);
    updateActions();
}

void SchedulesDock::clearFinished()
{
    if (!m_scheduler)
        return;
    const int removed = m_scheduler->removeFinished();
    emit statusMessage(tr("Cleared %n finished drain(s).", nullptr, removed));
}

void SchedulesDock::onOverdue(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids) {
        if (!m_pendingOverdue.contains(id))
            m_pendingOverdue.append(id);
    }
    // Asked from the event loop: the scheduler may be in the middle of loading.
    if (!m_overdueBox)
        QTimer::singleShot(0, this, &SchedulesDock::askAboutOverdue);
}

void SchedulesDock::askAboutOverdue()
{
    if (m_overdueBox || !m_scheduler)
        return;
    QList<QUuid> ids;
    QStringList names;
    for (const QUuid &id : std::as_const(m_pendingOverdue)) {
        const DrainJob *job = m_scheduler->job(id);
        if (!job || job->state != DrainJob::State::Overdue)
            continue;
        ids.append(id);
        const QDateTime due = job->windowEndsUtc.isValid() ? job->windowEndsUtc : job->startAtUtc;
        names.append(job->windowEndsUtc.isValid()
                ? tr("%1/%2: return to ready, due %3")
                      .arg(job->backend, job->server,
                          QLocale().toString(due.toLocalTime(), QLocale::ShortFormat))
                : tr("%1/%2: drain, due %3")
                      .arg(job->backend, job->server,
                          QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)));
    }
    m_pendingOverdue.clear();
    if (ids.isEmpty())
        return;

    auto *box = new QMessageBox(QMessageBox::Question, tr("Overdue Drains"),
        tr("%n scheduled drain(s) missed their time while hadesk was closed or disconnected. "
           "They do not run late by themselves.",
            nullptr, int(ids.size())),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("overdueQuestion"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    QPushButton *runNow = box->addButton(tr("&Run Now"), QMessageBox::AcceptRole);
    runNow->setObjectName(QStringLiteral("overdueRunNow"));
    QPushButton *cancel = box->addButton(tr("&Cancel Them"), QMessageBox::DestructiveRole);
    cancel->setObjectName(QStringLiteral("overdueCancel"));
    QPushButton *later = box->addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("overdueLater"));
    box->setDefaultButton(later); // Enter must not start a drain nobody looked at
    box->setEscapeButton(later);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ids, runNow, cancel](QAbstractButton *clicked) {
        if (!m_scheduler)
            return;
        int acted = 0;
        for (const QUuid &id : ids) {
            const DrainJob *job = m_scheduler->job(id);
            if (!job || job->state != DrainJob::State::Overdue)
                continue;
            if (clicked == runNow && m_scheduler->runNow(id))
                ++acted;
            else if (clicked == cancel && m_scheduler->cancel(id))
                ++acted;
        }
        if (clicked != runNow && clicked != cancel)
            showMessage(tr("%n overdue drain(s) wait in the table: select and press Ctrl+Return to run, "
                           "Del to cancel.",
                            nullptr, int(ids.size())),
                false);
        else
            emit statusMessage(clicked == runNow ? tr("Started %n overdue drain(s).", nullptr, acted)
                                                 : tr("Cancelled %n overdue drain(s).", nullptr, acted));
    });
    connect(box, &QObject::destroyed, this, [this] {
        if (!m_pendingOverdue.isEmpty())
            QTimer::singleShot(0, this, &SchedulesDock::askAboutOverdue);
    });
    m_overdueBox = box;
    // The question concerns the table: make sure it can be seen.
    show();
    raise();
    box->open();
}

void SchedulesDock::updateActions()
{
    bool canCancel = false;
    bool canRun = false;
    bool anyFinished = false;
    if (m_scheduler) {
        for (const QUuid &id : selectedJobs()) {
            canCancel = canCancel || m_scheduler->canCancel(id);
            canRun = canRun || m_scheduler->canRunNow(id);
        }
        for (const DrainJob &job : m_scheduler->jobs())
            anyFinished = anyFinished || job.isFinished();
    }
    m_cancelAction->setEnabled(canCancel);
    m_runNowAction->setEnabled(canRun);
    m_clearAction->setEnabled(anyFinished);
    m_cancelButton->setEnabled(canCancel);
    m_runNowButton->setEnabled(canRun);
    m_clearButton->setEnabled(anyFinished);
}

void SchedulesDock::showMessage(const QString &text, bool error)
{
    if (error)
        StatusColors::setTextTone(m_message, StatusColors::Tone::Error);
    else
        StatusColors::clearTextTone(m_message);
    m_message->setText(text);
    if (error)
        emit statusMessage(text);
}
