#include "views/reloadresultdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ReloadResultDialog::ReloadResultDialog(const QString &instanceName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reloadResultDialog"));
    setWindowTitle(tr("Reload of %1").arg(instanceName));
    auto *layout = new QVBoxLayout(this);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("reloadOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_outcome->font();
    big.setBold(true);
    m_outcome->setFont(big);
    layout->addWidget(m_outcome);

    auto *logLabel = new QLabel(tr("HAProxy's &startup log:"), this);
    layout->addWidget(logLabel);
    m_log = new QTreeWidget(this);
    m_log->setObjectName(QStringLiteral("reloadLog"));
    m_log->setAccessibleName(tr("HAProxy's startup log"));
    m_log->setColumnCount(ColumnCount);
    m_log->setHeaderLabels({ tr("Level"), tr("Process"), tr("Message") });
    m_log->setRootIsDecorated(false);
    m_log->setAllColumnsShowFocus(true);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->header()->setStretchLastSection(true);
    logLabel->setBuddy(m_log);
    layout->addWidget(m_log, 1);

    m_reapply = new QLabel(this);
    m_reapply->setObjectName(QStringLiteral("reapplyState"));
    m_reapply->setWordWrap(true);
    m_reapply->hide();
    layout->addWidget(m_reapply);

    // The review button is added once a plan waits: a button box shows every button it holds.
    m_buttons = new QDialogButtonBox(this);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(860, 420);
}

void ReloadResultDialog::setProgress(const QString &text)
{
    m_outcome->setText(text);
}

void ReloadResultDialog::setReport(const MasterReload::Report &report)
{
    m_outcome->setText(report.message);
    m_log->clear();
    for (const StartupLogLine &line : report.log) {
        auto *item = new QTreeWidgetItem(m_log,
            { StartupLog::levelName(line.level), line.pid > 0 ? QString::number(line.pid) : QString(),
                line.text });
        // Marked by icon and weight, not by a colour that a dark palette would hide.
        if (line.level == StartupLogLine::Level::Alert || line.level == StartupLogLine::Level::Warning) {
            const bool alert = line.level == StartupLogLine::Level::Alert;
            item->setIcon(LevelColumn,
                style()->standardIcon(alert ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
            QFont font = item->font(MessageColumn);
            font.setBold(alert);
            font.setItalic(!alert);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, font);
        }
    }
    if (report.log.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_log);
        item->setText(MessageColumn,
            report.haproxySaid ? tr("(HAProxy sent no log lines)")
                               : tr("(this HAProxy version reports no startup log through the master CLI)"));
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_log->resizeColumnToContents(LevelColumn);
    m_log->resizeColumnToContents(ProcessColumn);
    m_log->setCurrentItem(m_log->topLevelItem(0));
    m_close->setFocus();
}

void ReloadResultDialog::setReapplyState(const QString &text, bool planReady)
{
    m_reapply->setText(text);
    m_reapply->setVisible(!text.isEmpty());
    if (planReady && !m_review) {
        m_review = m_buttons->addButton(tr("&Review and Put Back…"), QDialogButtonBox::ActionRole);
        m_review->setObjectName(QStringLiteral("reviewPlanButton"));
        connect(m_review, &QPushButton::clicked, this, &ReloadResultDialog::reviewPlanRequested);
    }
    if (m_review) {
        m_review->setVisible(planReady);
        if (planReady)
            m_review->setFocus();
    }
}

QString ReloadResultDialog::outcomeText() const
{
    return m_outcome->text();
}

QString ReloadResultDialog::reapplyText() const
{
    return m_reapply->text();
}

int ReloadResultDialog::logLineCount() const
{
    return m_log->topLevelItemCount();
}
