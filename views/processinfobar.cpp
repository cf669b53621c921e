#include "views/processinfobar.h"

#include "models/processesmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {

const QString Dash = QStringLiteral("–");

} // namespace

ProcessInfoBar::ProcessInfoBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);

    addField(Field::Version, tr("HAProxy"), tr("HAProxy version reported by show info"));
    addField(Field::Node, tr("Node"), tr("The node name (global section's node, or the host name)"));
    addField(Field::Pid, tr("PID"), tr("Process ID of the worker this connection talks to"));
    addField(Field::Uptime, tr("Up"), tr("Time since this worker started"));
    addField(Field::Connections, tr("Connections"), tr("Current connections / the process's maxconn"));
    addField(Field::RequestRate, tr("Requests/s"),
        tr("HTTP requests per second between the last two refreshes (from CumReq)"));
    addField(Field::SessionRate, tr("Sessions/s"), tr("New sessions per second over the last second"));
    addField(Field::ConnectionRate, tr("Conns/s"), tr("New connections per second over the last second"));
    addField(Field::Idle, tr("Idle"), tr("Share of time the worker's threads were idle"));
    layout->addStretch(1);
    addField(Field::Level, tr("Level"),
        tr("What this socket allows: user (read only), operator (also weights, drain and health), "
           "admin (everything, including adding and removing servers)"));
    addField(Field::Transport, tr("Link"), tr("How the connection travels: plain, TLS or SSH"));
    clear();
}

void ProcessInfoBar::addField(Field field, const QString &caption, const QString &toolTip)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText); // follows a palette change
    captionLabel->setToolTip(toolTip);

    auto *value = new QLabel(this);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    // The label's accessible name says what the number is, for screen readers and tests.
    value->setAccessibleName(caption);
    value->setObjectName(QStringLiteral("info_%1").arg(int(field)));

    auto *pair = new QHBoxLayout;
    pair->setSpacing(4);
    pair->addWidget(captionLabel);
    pair->addWidget(value);
    static_cast<QHBoxLayout *>(layout())->addLayout(pair);
    m_values.insert(int(field), value);
}

void ProcessInfoBar::setValue(Field field, const QString &value)
{
    QLabel *label = m_values.value(int(field));
    if (!label || label->text() == value)
        return;
    label->setText(value);
    // A label of fixed size does not make the window lay itself out again when its text
    // changes, as the uptime's does every second: the size only ever grows to fit, so the
    // fields also stay put while numbers change width.
    const QSize needed = label->sizeHint();
    if (needed.width() > label->minimumWidth() || needed.height() != label->minimumHeight())
        label->setFixedSize(
            needed.width() > label->minimumWidth() ? needed.width() : label->minimumWidth(), needed.height());
}

QSize ProcessInfoBar::minimumSizeHint() const
{
    return { 0, QFrame::minimumSizeHint().height() };
}

QString ProcessInfoBar::text(Field field) const
{
    const QLabel *label = m_values.value(int(field));
    return label ? label->text() : QString();
}

void ProcessInfoBar::clear()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        it.value()->setMinimumSize(0, 0); // sized anew for the next instance
        it.value()->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        setValue(Field(it.key()), Dash);
    }
    m_previous.reset();
}

void ProcessInfoBar::setConnection(AccessLevel level, const QString &transport, const QString &endpoint)
{
    setValue(Field::Level, level == AccessLevel::Unknown ? Dash : accessLevelName(level));
    setValue(Field::Transport, transport.isEmpty() ? Dash : transport);
    if (QLabel *label = m_values.value(int(Field::Transport)))
        label->setToolTip(endpoint.isEmpty() ? QString() : tr("%1 to %2").arg(transport, endpoint));
}

void ProcessInfoBar::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const HaproxyInfo &info = snapshot->info;
    const QLocale locale;
    const auto number = [&](QByteArrayView key) {
        const qint64 value = info.number(key);
        return value < 0 ? Dash : locale.toString(value);
    };

    const QByteArray version = info.value("Version");
    setValue(Field::Version, version.isEmpty() ? Dash : QString::fromUtf8(version));
    const QByteArray node = info.value("node");
    setValue(Field::Node, node.isEmpty() ? Dash : QString::fromUtf8(node));
    setValue(Field::Pid, number("Pid"));
    setValue(Field::Uptime, formatUptime(info.uptimeSeconds()));
    const qint64 maxconn = info.number("Maxconn");
    setValue(Field::Connections,
        maxconn > 0 ? tr("%1 / %2").arg(number("CurrConns"), locale.toString(maxconn)) : number("CurrConns"));
    // SessRate and ConnRate count new connections, which keep-alive traffic hardly makes;
    // the request rate is what moves, and show info only has its total.
    QString requestRate = Dash;
    const qint64 requests = info.number("CumReq");
    if (m_previous && !snapshot->countersReset && requests >= 0 && m_previous->info.pid() == info.pid()) {
        const qint64 before = m_previous->info.number("CumReq");
        const qint64 elapsedMs = snapshot->monotonicMs - m_previous->monotonicMs;
        if (before >= 0 && requests >= before && elapsedMs > 0) {
            const double rate = double(requests - before) * 1000.0 / double(elapsedMs);
            requestRate = locale.toString(rate, 'f', rate < 10 ? 1 : 0);
        }
    }
    setValue(Field::RequestRate, requestRate);
    m_previous = snapshot;
    setValue(Field::SessionRate, number("SessRate"));
    setValue(Field::ConnectionRate, number("ConnRate"));
    const qint64 idle = info.number("Idle_pct");
    setValue(Field::Idle, idle < 0 ? Dash : tr("%1%").arg(idle));
}

QString ProcessInfoBar::formatUptime(qint64 seconds)
{
    return seconds < 0 ? Dash : ProcessesModel::formatUptime(seconds);
}
