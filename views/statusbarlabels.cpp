#include "views/statusbarlabels.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

#include <algorithm>

StatusBarLabels::StatusBarLabels(QStatusBar *bar)
    : QObject(bar)
    , m_statusLabel(new QLabel(bar))
    , m_refreshLabel(new QLabel(bar))
{
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_statusLabel, 1);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    m_refreshLabel->setTextFormat(Qt::PlainText);
    bar->addPermanentWidget(m_refreshLabel);
}

void StatusBarLabels::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
    // Errors in the palette's link-visited red would be unreadable on some themes; bold is safe.
    QFont font = m_statusLabel->font();
    font.setBold(error);
    m_statusLabel->setFont(font);
}

QString StatusBarLabels::statusText() const
{
    return m_statusLabel->text();
}

void StatusBarLabels::setRefreshNote(const QString &text)
{
    m_refreshLabel->setText(text);
    fitRefreshLabel();
}

void StatusBarLabels::clearRefresh()
{
    m_refreshLabel->clear();
    // Another instance: the label may be narrower again.
    m_refreshLabel->setMinimumSize(0, 0);
    m_refreshLabel->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

void StatusBarLabels::fitRefreshLabel()
{
    // A label of fixed size does not make the window lay itself out again when its text
    // changes, as the time does every second: its width only grows to fit.
    const QSize needed = m_refreshLabel->sizeHint();
    const int width = std::max(needed.width(), m_refreshLabel->minimumWidth());
    if (width != m_refreshLabel->maximumWidth() || needed.height() != m_refreshLabel->maximumHeight())
        m_refreshLabel->setFixedSize(width, needed.height());
}

QString StatusBarLabels::refreshText() const
{
    return m_refreshLabel->text();
}

namespace {

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

void StatusBarLabels::showRefresh(
    const Snapshot &snapshot, int rows, qint64 mergeUs, bool paused, const PollPlan &plan)
{
    // Seconds matter at a 1 s refresh, and most locales' short time format drops them.
    const QTime taken = QDateTime::fromMSecsSinceEpoch(snapshot.takenAtMs).time();
    const double ms = double(snapshot.pollDurationUs + snapshot.parseDurationUs) / 1000.0;
    QString refresh = tr("Updated %1").arg(taken.toString(QStringLiteral("HH:mm:ss")));
    refresh += tr(" · %n row(s)", nullptr, rows);
    refresh += tr(" · %1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0);
    const bool focused = plan.onScreenProxies >= 0 && plan.fullIntervalMs > plan.intervalMs;
    if (focused)
        refresh += tr(" · on screen every %1 s, all rows every %2 s")
                       .arg(seconds(plan.intervalMs), seconds(plan.fullIntervalMs));
    if (paused)
        refresh += tr(" · paused");
    m_refreshLabel->setText(refresh);
    fitRefreshLabel();
    QString tip = tr("Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms")
                      .arg(double(snapshot.pollDurationUs) / 1000.0, 0, 'f', 1)
                      .arg(double(snapshot.parseDurationUs) / 1000.0, 0, 'f', 1)
                      .arg(double(mergeUs) / 1000.0, 0, 'f', 1);
    if (focused)
        tip += u'\n'
            + tr("A large instance: every %1 s hadesk reads the %n proxy(s) whose rows are on screen or "
                 "selected, and every row only every %2 s, so that HAProxy spends little on what is not "
                 "shown.",
                nullptr, plan.onScreenProxies)
                  .arg(seconds(plan.intervalMs), seconds(plan.fullIntervalMs));
    m_refreshLabel->setToolTip(tip);
}
