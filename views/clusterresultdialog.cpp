#include "views/clusterresultdialog.h"

#include "core/client/runtimeconnection.h"
#include "views/statuscolors.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Failures in a muted red, unknown or not-sent outcomes in amber: readable on light and
// dark palettes because only the background is tinted.
QBrush failureBrush()
{
    return QBrush(StatusColors::tint(StatusColors::Tone::Error));
}

QBrush warningBrush()
{
    return QBrush(StatusColors::tint(StatusColors::Tone::Warning));
}

void tint(QTreeWidgetItem *item, const QBrush &brush, bool bold)
{
    for (int column = 0; column < item->columnCount(); ++column) {
        item->setBackground(column, brush);
        QFont font = item->font(column);
        font.setBold(bold);
        item->setFont(column, font);
    }
}

} // namespace

ClusterResultDialog::ClusterResultDialog(
    const QString &cluster, const ServerAction &action, const QList<ClusterMember> &members, QWidget *parent)
    : RunOnceDialog(parent)
    , m_action(action)
    , m_cluster(cluster)
    , m_runner(new ClusterActionRunner(members, this))
{
    setWindowTitle(tr("%1 on cluster %2").arg(action.title(), cluster));
    const Result<QList<ServerAction::Step>> plan = action.plan();
    if (plan)
        m_steps = plan.value(); // else nothing to list: updatePrecheck() says why

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTitle());
    createChoices();
    layout->addWidget(m_confirmation);
    layout->addWidget(m_partial);
    layout->addWidget(createTree(members), 1);
    createProgress();
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    createButtons();
    layout->addWidget(m_buttons);
    connectSignals(members);

    updatePrecheck();
    if (m_okButton->isEnabled() && !action.isDestructive())
        m_okButton->setFocus();
    else
        m_cancelButton->setFocus();
    resize(820, 460);
}

QLabel *ClusterResultDialog::createTitle()
{
    auto *title = new QLabel(tr("%1 on every node of %2").arg(m_action.title(), m_cluster), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    return title;
}

void ClusterResultDialog::createChoices()
{
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);

    m_partial = new QCheckBox(tr("&Run on the nodes that can, skip the others"), this);
    m_partial->setObjectName(QStringLiteral("partialCheck"));
    m_partial->setToolTip(tr("By default nothing is sent unless every node can run the action"));
}

QTreeWidget *ClusterResultDialog::createTree(const QList<ClusterMember> &members)
{
    // A tree rather than a grid: one branch per node keeps many servers on many nodes
    // readable, and the keyboard walks it (arrows, +/- to fold).
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("resultTree"));
    m_tree->setAccessibleName(tr("Commands and results per node"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Node / server"), tr("Command"), tr("Result") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const ClusterMember &member : members) {
        auto *item = new QTreeWidgetItem(m_tree, { member.name, QString(), QString() });
        m_memberItems.insert(member.name, item);
        for (const ServerAction::Step &step : std::as_const(m_steps)) {
            auto *child = new QTreeWidgetItem(item, { step.target.key(), step.command.text(), QString() });
            child->setFont(CommandColumn, mono);
        }
        item->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_tree->resizeColumnToContents(NodeColumn);
    m_tree->resizeColumnToContents(CommandColumn);
    return m_tree;
}

void ClusterResultDialog::createProgress()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setVisible(false);
}

void ClusterResultDialog::createButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    m_copyButton = m_buttons->addButton(tr("C&opy results"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(reportText()); });
    // A destructive action must be confirmed on purpose: Enter alone goes to Cancel.
    if (m_action.isDestructive()) {
        m_okButton->setDefault(false);
        m_okButton->setAutoDefault(false);
        m_cancelButton->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterResultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClusterResultDialog::reject);
}

void ClusterResultDialog::connectSignals(const QList<ClusterMember> &members)
{
    connect(m_partial, &QCheckBox::toggled, this, &ClusterResultDialog::updatePrecheck);
    // A node that connects (or drops) while the dialog is open changes what can be sent.
    for (const ClusterMember &member : members) {
        if (!member.connection)
            continue;
        connect(
            member.connection, &RuntimeConnection::stateChanged, this, &ClusterResultDialog::updatePrecheck);
        connect(
            member.connection, &RuntimeConnection::levelChanged, this, &ClusterResultDialog::updatePrecheck);
    }
    connect(m_runner, &ClusterActionRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(
        m_runner, &ClusterActionRunner::memberFinished, this, [this] { showSummary(m_runner->summary()); });
    connect(m_runner, &ClusterActionRunner::finished, this, &ClusterResultDialog::onFinished);
    connect(m_runner, &ClusterActionRunner::refreshRequested, this, &ClusterResultDialog::refreshRequested);
}

void ClusterResultDialog::updatePrecheck()
{
    if (hasRun())
        return;
    QString error;
    const QList<QString> reasons = m_runner->precheck(m_action, &error);
    const QList<ClusterMember> members = m_runner->members();
    int refused = 0;
    for (int i = 0; i < members.size(); ++i) {
        QTreeWidgetItem *item = m_memberItems.value(members.at(i).name);
        if (!item)
            continue;
        const QString reason = reasons.value(i);
        item->setText(ResultColumn, reason.isEmpty() ? tr("ready") : reason);
        tint(item, reason.isEmpty() ? QBrush() : warningBrush(), false);
        if (!reason.isEmpty())
            ++refused;
    }
    m_partial->setVisible(error.isEmpty() && refused > 0 && refused < members.size());
    const bool partial = m_partial->isVisible() && m_partial->isChecked();
    m_runner->setAllowPartial(partial);

    bool canRun = error.isEmpty() && refused < members.size() && (refused == 0 || partial);
    QString text;
    if (!error.isEmpty())
        text = tr("Nothing will be sent: %1").arg(error);
    else if (refused == members.size())
        text = tr("Nothing can be sent: no node of the cluster can run this.");
    else if (refused > 0 && !partial)
        text = tr("Nothing will be sent: %n node(s) cannot run this (see below).", nullptr, refused);
    else if (m_action.isDestructive())
        text = tr("This is destructive, on %n node(s): %1 Check the commands below, then confirm.", nullptr,
            int(members.size()) - refused)
                   .arg(m_action.consequence());
    else
        text =
            tr("These commands will be sent to %n node(s) at once:", nullptr, int(members.size()) - refused);
    m_confirmation->setText(text);
    m_okButton->setEnabled(canRun);
    m_okButton->setText(tr("Run on %n node(s)", nullptr, int(members.size()) - refused));
}

bool ClusterResultDialog::canRun() const
{
    return m_okButton && m_okButton->isEnabled();
}

bool ClusterResultDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ClusterResultDialog::cancelRun()
{
    m_runner->cancel();
}

void ClusterResultDialog::run()
{
    beginRun(m_okButton, m_cancelButton, m_progress);
    m_partial->setEnabled(false);
    for (QTreeWidgetItem *item : std::as_const(m_memberItems)) {
        item->setText(ResultColumn, tr("…"));
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setText(ResultColumn, tr("…"));
    }
    m_runner->start(m_action);
}

void ClusterResultDialog::showSummary(const ClusterSummary &summary)
{
    for (const ClusterMemberResult &member : summary.members) {
        QTreeWidgetItem *item = m_memberItems.value(member.name);
        if (!item)
            continue;
        // Only members that are done have a final summary; the others keep their "…".
        const bool done = !member.refusal.isEmpty() || member.summary.total > 0;
        if (!done)
            continue;
        const bool ok = member.ok();
        item->setText(ResultColumn, member.refusal.isEmpty() ? member.summary.text() : member.refusal);
        tint(item, ok ? QBrush() : failureBrush(), !ok);
        for (int i = 0; i < item->childCount() && i < member.outcomes.size(); ++i) {
            const ActionOutcome &outcome = member.outcomes.at(i);
            QTreeWidgetItem *child = item->child(i);
            child->setText(ResultColumn, outcome.text); // HAProxy's words, verbatim
            switch (outcome.status) {
            case ActionOutcome::Status::Ok:
            case ActionOutcome::Status::Pending:
                tint(child, QBrush(), false);
                break;
            case ActionOutcome::Status::Failed:
                tint(child, failureBrush(), true);
                break;
            case ActionOutcome::Status::NotSent:
            case ActionOutcome::Status::Unknown:
                tint(child, warningBrush(), true);
                break;
            }
        }
    }
}

void ClusterResultDialog::onFinished(const ClusterSummary &summary)
{
    showSummary(summary);
    m_tree->resizeColumnToContents(NodeColumn); // bold failures are wider
    m_summary->setText(summary.text());
    m_summary->setVisible(true);
    if (!summary.allOk())
        StatusColors::setTextTone(m_summary, StatusColors::Tone::Error);
    m_copyButton->setEnabled(true);
    m_buttons->removeButton(m_okButton);
    m_buttons->removeButton(m_cancelButton);
    m_okButton->deleteLater();
    m_cancelButton->deleteLater();
    m_okButton = nullptr;
    m_cancelButton = nullptr;
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true); // its RejectRole lands in reject(), which accepts once run
    close->setFocus();
    emit actionFinished(summary);
}

QString ClusterResultDialog::reportText() const
{
    QStringList lines;
    lines << tr("%1 on cluster %2").arg(m_action.title(), m_cluster);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        lines << item->text(NodeColumn) + QStringLiteral(": ") + item->text(ResultColumn);
        for (int c = 0; c < item->childCount(); ++c) {
            const QTreeWidgetItem *child = item->child(c);
            lines << QStringLiteral("  ") + child->text(NodeColumn) + QStringLiteral(": ")
                    + child->text(CommandColumn) + QStringLiteral(" -> ") + child->text(ResultColumn);
        }
    }
    if (m_summary->isVisible())
        lines << m_summary->text();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
