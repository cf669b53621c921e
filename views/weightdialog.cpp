#include "views/weightdialog.h"

#include "core/protocol/balancealgorithm.h"
#include "core/protocol/commandbuilder.h"
#include "models/trafficsharetracker.h"
#include "models/weightshare.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {

constexpr int MaxWeight = 256;
// Percent mode goes far enough to double or triple a weight; HAProxy clamps at 256 anyway.
constexpr int MaxPercent = 1000;

QString formatShare(double share)
{
    if (std::isnan(share))
        return WeightDialog::tr("–");
    return WeightDialog::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

} // namespace

WeightDialog::WeightDialog(const SnapshotPtr &snapshot, const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_targets(targets)
    , m_algorithmMessage(new QLabel(this))
    , m_absoluteRadio(new QRadioButton(tr("&Weight (0 to 256)"), this))
    , m_percentRadio(new QRadioButton(tr("&Percent of the initial weight"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("weightDialog"));
    setWindowTitle(targets.size() == 1 ? tr("Weight of %1").arg(keyOf(targets[0].backend, targets[0].server))
                                       : tr("Weight of %n servers", nullptr, int(targets.size())));
    for (const Target &target : targets) {
        if (!m_backends.contains(target.backend))
            m_backends.append(target.backend);
    }

    m_algorithmMessage->setObjectName(QStringLiteral("algorithmMessage"));
    m_algorithmMessage->setWordWrap(true);
    m_absoluteRadio->setObjectName(QStringLiteral("absoluteRadio"));
    m_percentRadio->setObjectName(QStringLiteral("percentRadio"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_absoluteRadio);
    modes->addButton(m_percentRadio);
    m_absoluteRadio->setChecked(true);
    m_slider->setObjectName(QStringLiteral("weightSlider"));
    m_spin->setObjectName(QStringLiteral("weightSpin"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("shareTable"));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Backend"), tr("Server"), tr("Status"), tr("Weight"),
        tr("Share now"), tr("New share"), tr("Last minute") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The server names take the spare room, keeping the numbers next to each other.
    m_table->horizontalHeader()->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(BackendColumn, m_backends.size() < 2);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_absoluteRadio);
    modeRow->addWidget(m_percentRadio);
    modeRow->addStretch();
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_slider, 1);
    valueRow->addWidget(m_spin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_algorithmMessage);
    layout->addLayout(modeRow);
    layout->addLayout(valueRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    connect(m_slider, &QSlider::valueChanged, this, &WeightDialog::onValueChanged);
    connect(m_spin, &QSpinBox::valueChanged, this, &WeightDialog::onValueChanged);
    connect(m_absoluteRadio, &QRadioButton::toggled, this, &WeightDialog::onModeToggled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    inspectAlgorithms();
    updateModeAvailability();
    applyRange();
    // Starts from the first target's current user weight: dragging from where it is.
    const StatRow *first = targets.isEmpty() ? nullptr : findRow(targets[0].backend, targets[0].server);
    const int current = first && StatRow::has(first->uweight) ? int(first->uweight)
        : first && StatRow::has(first->weight)                ? int(first->weight)
                                                              : 1;
    setValue(m_static ? (current == 0 ? 0 : 100) : current);
    refresh();
    resize(720, 420);
}

void WeightDialog::setInitialWeights(const QHash<QString, int> &initialWeights)
{
    m_initialWeights = initialWeights;
    updateModeAvailability();
    refresh();
}

void WeightDialog::setTrafficShareTracker(const TrafficShareTracker *tracker)
{
    m_tracker = tracker;
    refresh();
}

void WeightDialog::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    refresh();
}

const StatRow *WeightDialog::findRow(const QString &backend, const QString &server) const
{
    return m_snapshot ? m_snapshot->stat.server(backend.toUtf8(), server.toUtf8()) : nullptr;
}

const StatRow *WeightDialog::findBackendRow(const QString &backend) const
{
    return m_snapshot ? m_snapshot->stat.backend(backend.toUtf8()) : nullptr;
}

bool WeightDialog::isTarget(const StatRow &row) const
{
    for (const Target &target : m_targets) {
        if (row.pxname == target.backend.toUtf8() && row.svname == target.server.toUtf8())
            return true;
    }
    return false;
}

int WeightDialog::initialWeight(const Target &target) const
{
    const int known = m_initialWeights.value(keyOf(target.backend, target.server), -1);
    if (known >= 0)
        return known;
    // Only for a static-rr preview, where the user weight is either the initial one or 0.
    const StatRow *row = findRow(target.backend, target.server);
    return row && StatRow::has(row->uweight) && row->uweight > 0 ? int(row->uweight) : -1;
}

void WeightDialog::inspectAlgorithms()
{
    QStringList messages;
    for (const QString &backend : std::as_const(m_backends)) {
        const StatRow *row = findBackendRow(backend);
        if (!row)
            continue;
        const QString algo = QString::fromUtf8(row->algo);
        if (BalanceAlgorithm::isStatic(row->algo)) {
            m_static = true;
            messages << tr("Backend '%1' balances with static-rr: at runtime HAProxy only accepts 0 % "
                           "or 100 % of a server's initial weight, so those are the only choices.")
                            .arg(backend);
        } else if (BalanceAlgorithm::isHash(row->algo)) {
            messages << tr("Backend '%1' balances by '%2'. If its hash-type is map-based (the default), "
                           "HAProxy only accepts 0 % or 100 % of the initial weight and will refuse other "
                           "values; its answer will be shown.")
                            .arg(backend, algo);
        }
    }
    m_algorithmMessage->setText(messages.join(u'\n'));
    m_algorithmMessage->setVisible(!messages.isEmpty());
}

void WeightDialog::updateModeAvailability()
{
    bool allKnown = !m_targets.isEmpty();
    for (const Target &target : std::as_const(m_targets)) {
        if (m_initialWeights.value(keyOf(target.backend, target.server), -1) < 0)
            allKnown = false;
    }
    // Static: percentages of the initial weight are the only way to say "back to initial"
    // without knowing it, so the mode is forced.
    m_absoluteRadio->setEnabled(!m_static);
    m_percentRadio->setEnabled(m_static || allKnown);
    m_percentRadio->setToolTip(m_percentRadio->isEnabled()
            ? QString()
            : tr("The initial weight of every server is needed (from \"show servers state\")."));
    if (m_static && !m_percentRadio->isChecked())
        m_percentRadio->setChecked(true);
    else if (!m_percentRadio->isEnabled() && m_percentRadio->isChecked())
        m_absoluteRadio->setChecked(true);
}

void WeightDialog::applyRange()
{
    m_updating = true;
    if (m_static) {
        m_slider->setRange(0, 100);
        m_slider->setSingleStep(100);
        m_slider->setPageStep(100);
        m_spin->setRange(0, 100);
        m_spin->setSingleStep(100);
        m_spin->setSuffix(tr(" %"));
    } else if (mode() == Mode::Percent) {
        m_slider->setRange(0, MaxPercent);
        m_slider->setSingleStep(1);
        m_slider->setPageStep(10);
        m_spin->setRange(0, MaxPercent);
        m_spin->setSingleStep(1);
        m_spin->setSuffix(tr(" %"));
    } else {
        m_slider->setRange(0, MaxWeight);
        m_slider->setSingleStep(1);
        m_slider->setPageStep(10);
        m_spin->setRange(0, MaxWeight);
        m_spin->setSingleStep(1);
        m_spin->setSuffix(QString());
    }
    m_updating = false;
}

WeightDialog::Mode WeightDialog::mode() const
{
    return m_percentRadio->isChecked() ? Mode::Percent : Mode::Absolute;
}

void WeightDialog::setMode(Mode mode)
{
    (mode == Mode::Percent ? m_percentRadio : m_absoluteRadio)->setChecked(true);
}

int WeightDialog::value() const
{
    return m_slider->value();
}

void WeightDialog::setValue(int value)
{
    m_slider->setValue(value);
}

void WeightDialog::onValueChanged(int value)
{
    if (m_updating)
        return;
    // Static algorithms: whatever is dragged or typed lands on 0 % or 100 %.
    if (m_static && value != 0 && value != 100)
        value = value >= 50 ? 100 : 0;
    m_updating = true;
    m_slider->setValue(value);
    m_spin->setValue(value);
    m_updating = false;
    refresh();
}

void WeightDialog::onModeToggled()
{
    if (m_updating)
        return;
    // Keeps the first target's weight when switching: 50 of initial 100 becomes 50 %.
    const Target *first = m_targets.isEmpty() ? nullptr : &m_targets[0];
    const int initial = first ? initialWeight(*first) : -1;
    const int current = value();
    applyRange();
    int converted = current;
    if (mode() == Mode::Percent)
        converted = initial > 0 ? int(std::lround(current * 100.0 / initial)) : 100;
    else if (initial >= 0)
        converted = qMin(MaxWeight, int(qint64(initial) * current / 100));
    onValueChanged(converted);
}

int WeightDialog::newWeight(const Target &target) const
{
    if (mode() == Mode::Absolute)
        return value();
    const int initial = initialWeight(target);
    if (initial < 0)
        return -1;
    // HAProxy truncates: initial 50 at 50 % gives 25, and clamps at 256.
    return int(qMin<qint64>(MaxWeight, qint64(initial) * value() / 100));
}

QList<RuntimeCommand> WeightDialog::commands() const
{
    QList<RuntimeCommand> out;
    const CommandBuilder::Weight weight { value(), mode() == Mode::Percent };
    for (const Target &target : m_targets) {
        const Result<RuntimeCommand> command =
            CommandBuilder::setServerWeight(target.backend, target.server, weight);
        if (!command)
            return {};
        out.append(*command);
    }
    return out;
}

void WeightDialog::refresh()
{
    m_table->setRowCount(0);
    QString summary;
    for (const QString &backend : std::as_const(m_backends)) {
        const QList<const StatRow *> rows =
            m_snapshot ? m_snapshot->stat.serversOf(backend.toUtf8()) : QList<const StatRow *>();
        QList<WeightShare::Server> now;
        QList<WeightShare::Server> next;
        for (const StatRow *row : std::as_const(rows)) {
            WeightShare::Server server = WeightShare::of(*row);
            now.append(server);
            if (isTarget(*row))
                server.weight = qMax(0, newWeight({ backend, QString::fromUtf8(row->svname) }));
            next.append(server);
        }
        const QList<double> sharesNow = WeightShare::shares(now);
        const QList<double> sharesNext = WeightShare::shares(next);

        for (qsizetype i = 0; i < rows.size(); ++i) {
            const StatRow &row = *rows[i];
            const QString server = QString::fromUtf8(row.svname);
            const bool target = isTarget(row);
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const auto set = [&](int column, const QString &text, double share = 0.0, bool isShare = false) {
                auto *item = new QTableWidgetItem(text);
                if (isShare) {
                    item->setData(ShareRole, share);
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                if (target) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                m_table->setItem(r, column, item);
            };
            set(BackendColumn, backend);
            set(ServerColumn, server);
            set(StatusColumn, QString::fromUtf8(row.status));
            const qint64 weightNow = now[i].weight;
            set(WeightColumn,
                target ? tr("%1 → %2").arg(weightNow).arg(next[i].weight) : QString::number(weightNow));
            set(ShareNowColumn, formatShare(sharesNow[i]), sharesNow[i], true);

            double nextShare = sharesNext[i];
            QString nextText = formatShare(nextShare);
            if (target && !next[i].usable) {
                // A canary added in maintenance: what it will get once put in service.
                QList<WeightShare::Server> ready = next;
                ready[i].usable = true;
                nextShare = WeightShare::shares(ready)[i];
                nextText = tr("%1 once ready").arg(formatShare(nextShare));
            }
            set(NewShareColumn, nextText, nextShare, true);
            const double actual = m_tracker ? m_tracker->actualShare(backend, server)
                                            : std::numeric_limits<double>::quiet_NaN();
            set(ActualShareColumn, formatShare(actual), actual, true);

            if (summary.isEmpty() && target) {
                summary = tr("%1: %2 of the traffic of '%3' now, %4 with weight %5")
                              .arg(server, formatShare(sharesNow[i]), backend, nextText)
                              .arg(next[i].weight);
            }
        }
    }
    if (m_targets.size() > 1)
        summary += u'\n'
            + tr("The same setting applies to all %n selected servers.", nullptr, int(m_targets.size()));
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!commands().isEmpty());
}
