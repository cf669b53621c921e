#include "views/historybudgetdialog.h"

#include "models/historystore.h"
#include "models/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace {

constexpr qsizetype MiB = 1024 * 1024;

} // namespace

HistoryBudgetDialog::HistoryBudgetDialog(HistoryStore *history, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_settings(settings)
{
    setWindowTitle(tr("History Memory"));
    auto *form = new QFormLayout(this);
    auto *about = new QLabel(tr("Each instance's traffic history keeps 7 days within its budget. When the "
                                "servers do not all fit, frontends and backends keep every metric first, "
                                "then every server keeps sessions/s, picks/s and current sessions, then "
                                "the servers seen first keep the rest."),
        this);
    about->setWordWrap(true);
    form->addRow(about);
    const auto figure = [this, form](const QString &label, const QString &name) {
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        form->addRow(label, value);
        return value;
    };
    m_heldLabel = figure(tr("Held now:"), QStringLiteral("heldLabel"));
    m_projectedLabel = figure(tr("Once 7 days are kept:"), QStringLiteral("projectedLabel"));
    m_reducedLabel = figure(tr("Servers keeping fewer metrics:"), QStringLiteral("reducedLabel"));
    m_unrecordedLabel = figure(tr("Servers keeping no history:"), QStringLiteral("unrecordedLabel"));

    m_budgetSpin = new QSpinBox(this);
    m_budgetSpin->setObjectName(QStringLiteral("budgetSpinBox"));
    // Wider than what is kept, so that a value out of bounds is clamped with a word rather
    // than refused without one.
    m_budgetSpin->setRange(0, 1024 * 1024);
    m_budgetSpin->setSuffix(tr(" MiB"));
    m_budgetSpin->setAccessibleName(tr("History budget per instance"));
    m_budgetSpin->setToolTip(tr("The most memory one instance's history may take once it holds 7 days"));
    m_budgetSpin->setValue(int(m_history->budgetBytes() / MiB));
    form->addRow(tr("&Budget per instance:"), m_budgetSpin);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAccessibleName(tr("Budget message"));
    m_messageLabel->hide();
    form->addRow(m_messageLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setDefault(true); // Enter in the spin box applies
    connect(applyButton, &QPushButton::clicked, this, &HistoryBudgetDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    connect(m_history, &HistoryStore::updated, this, &HistoryBudgetDialog::refresh);
    refresh();
    m_budgetSpin->setFocus();
}

void HistoryBudgetDialog::refresh()
{
    qsizetype held = 0;
    qsizetype projected = 0;
    int reduced = 0;
    int unrecorded = 0;
    const QStringList instances = m_history->instances();
    for (const QString &id : instances) {
        const InstanceHistory *history = m_history->find(id);
        held += history->memoryBytes();
        projected += history->projectedBytes();
        reduced += history->reducedCount();
        unrecorded += history->unrecordedCount();
    }
    const auto size = [this](qsizetype bytes) {
        return locale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    };
    m_heldLabel->setText(tr("%1 for %n instance(s)", nullptr, int(instances.size())).arg(size(held)));
    m_projectedLabel->setText(size(projected));
    m_reducedLabel->setText(locale().toString(reduced));
    m_unrecordedLabel->setText(locale().toString(unrecorded));
}

void HistoryBudgetDialog::apply()
{
    const Applied applied = applyBudget(m_history, m_settings, m_budgetSpin->value());
    m_budgetSpin->setValue(applied.mib);
    m_messageLabel->setText(applied.message);
    m_messageLabel->show();
    adjustSize(); // room for the message: the wrapped text above would be cut otherwise
    refresh();
}

HistoryBudgetDialog::Applied HistoryBudgetDialog::applyBudget(
    HistoryStore *history, Settings *settings, int wantedMiB)
{
    const int mib = std::clamp(wantedMiB, Settings::MinHistoryBudgetMiB, Settings::MaxHistoryBudgetMiB);
    settings->setHistoryBudgetMiB(mib);
    history->setBudgetBytes(qsizetype(mib) * MiB);
    if (mib != wantedMiB) {
        return { mib,
            tr("The budget must be between %L1 and %L2 MiB: it was set to %L3 MiB.")
                .arg(Settings::MinHistoryBudgetMiB)
                .arg(Settings::MaxHistoryBudgetMiB)
                .arg(mib) };
    }
    return { mib, tr("Applied: every instance's history now keeps within %L1 MiB.").arg(mib) };
}
