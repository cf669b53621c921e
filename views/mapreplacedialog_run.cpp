// MapReplaceDialog: the run, on this instance or on every member of its cluster, and its
// result in words.
#include "core/client/runtimeconnection.h"
#include "core/workflows/clustermapreplace.h"
#include "views/mapreplacedialog.h"
#include "views/statuscolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

QString MapReplaceDialog::stateText(MapReplace::State state)
{
    switch (state) {
    case MapReplace::State::Idle:
        return tr("waiting");
    case MapReplace::State::Reading:
        return tr("reading");
    case MapReplace::State::Preparing:
        return tr("preparing");
    case MapReplace::State::Adding:
        return tr("adding");
    case MapReplace::State::Committing:
        return tr("committing");
    case MapReplace::State::Done:
        return tr("Done");
    case MapReplace::State::Failed:
        return tr("Failed");
    case MapReplace::State::Cancelled:
        return tr("Cancelled");
    case MapReplace::State::OutcomeUnknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString MapReplaceDialog::resultText(MapReplace::State state, const QString &message)
{
    switch (state) {
    case MapReplace::State::Done:
        return tr("Done: %1").arg(message);
    case MapReplace::State::Cancelled:
        return tr("Cancelled: the live contents are untouched.");
    case MapReplace::State::OutcomeUnknown:
        return tr("Outcome unknown: check the map before retrying. %1").arg(message);
    default:
        return tr("Failed: %1").arg(message);
    }
}

void MapReplaceDialog::updateMembers()
{
    if (hasRun() || m_members.isEmpty())
        return;
    m_memberTree->clear();
    for (const ClusterMember &member : std::as_const(m_members)) {
        const bool ready = member.connection && member.connection->isReady();
        QString state = ready ? tr("ready") : tr("not sent");
        QString message = ready ? QString() : tr("Not connected.");
        if (ready && !applyToCluster())
            state = member.connection == m_connection ? tr("this instance") : tr("not chosen");
        auto *item = new QTreeWidgetItem(m_memberTree, { member.name, state, message });
        if (!ready)
            item->setBackground(StateColumn, StatusColors::tint(StatusColors::Tone::Warning));
    }
    m_memberTree->resizeColumnToContents(NodeColumn);
}

bool MapReplaceDialog::canRun() const
{
    return m_applyButton && m_applyButton->isEnabled();
}

bool MapReplaceDialog::isRunning() const
{
    return (m_replace && m_replace->isRunning()) || (m_cluster && m_cluster->isRunning());
}

void MapReplaceDialog::cancelRun()
{
    if (m_replace)
        m_replace->cancel();
    if (m_cluster)
        m_cluster->cancel();
    m_result->setText(tr("Stopping: what is not committed yet is cleared…"));
}

void MapReplaceDialog::run()
{
    m_typingTimer->stop();
    updateDiff(); // the text as it is now, never an older parse
    if (!canRun())
        return;
    beginRun(m_applyButton, m_cancelButton, m_progress);
    m_cancelButton->setToolTip(tr("Stops before the commit; the live contents stay as they are"));
    m_editor->setReadOnly(true);
    m_loadButton->setEnabled(false);
    m_clusterCheck->setEnabled(false);
    m_partialCheck->setEnabled(false);
    m_progress->setRange(0, 0);
    if (applyToCluster())
        runOnCluster();
    else
        runHere();
}

void MapReplaceDialog::runHere()
{
    m_replace = new MapReplace(m_channel, this);
    connect(m_replace, &MapReplace::stateChanged, this,
        [this](MapReplace::State state) { m_result->setText(tr("%1…").arg(stateText(state))); });
    connect(m_replace, &MapReplace::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_replace, &MapReplace::finished, this, [this](MapReplace::State state, const QString &message) {
        finishRun(resultText(state, message), state == MapReplace::State::Done);
        emit replaceFinished(state, message);
    });
    const Result<void> started = m_replace->start(m_target, m_parsed.entries);
    if (!started)
        finishRun(tr("Nothing was sent: %1").arg(started.error()), false);
}

void MapReplaceDialog::runOnCluster()
{
    m_cluster = new ClusterMapReplace(m_members, this);
    m_cluster->setAllowPartial(m_partialCheck->isChecked());
    connect(
        m_cluster, &ClusterMapReplace::memberStateChanged, this, [this](int index) { showMember(index); });
    connect(m_cluster, &ClusterMapReplace::memberFinished, this, [this](int index) { showMember(index); });
    connect(m_cluster, &ClusterMapReplace::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_cluster, &ClusterMapReplace::finished, this, [this] {
        finishRun(clusterSummary(), m_cluster->doneCount() == int(m_members.size()));
        emit clusterFinished();
    });
    const Result<void> started = m_cluster->start(m_target, m_parsed.entries);
    for (int i = 0; i < m_members.size(); ++i)
        showMember(i);
    if (!started) {
        finishRun(tr("Nothing was sent to any node: %1").arg(started.error()), false);
        return;
    }
    m_result->setText(tr("Replacing on %n node(s)…", nullptr, int(m_members.size())));
}

// "2 of 3 nodes done; lb3: not sent (Not connected.)": the summary alone names the nodes to look at.
QString MapReplaceDialog::clusterSummary() const
{
    QString text = tr("%1 of %2 nodes done").arg(m_cluster->doneCount()).arg(m_members.size());
    for (const ClusterMapReplace::MemberResult &result : m_cluster->results()) {
        if (!result.refusal.isEmpty())
            text += tr("; %1: not sent (%2)")
                        .arg(result.name,
                            result.refusal.endsWith(u'.') ? result.refusal.chopped(1) : result.refusal);
        else if (!result.done())
            text += tr("; %1: %2").arg(result.name, resultText(result.state, result.message));
    }
    return text + u'.';
}

void MapReplaceDialog::showMember(int index)
{
    QTreeWidgetItem *item = m_memberTree->topLevelItem(index);
    if (!item || !m_cluster)
        return;
    const ClusterMapReplace::MemberResult &result = m_cluster->results().at(index);
    if (!result.refusal.isEmpty()) {
        item->setText(StateColumn, tr("not sent"));
        item->setText(MessageColumn, result.refusal);
        item->setBackground(StateColumn, StatusColors::tint(StatusColors::Tone::Warning));
        return;
    }
    item->setText(StateColumn, stateText(result.state));
    if (result.message.isEmpty())
        return;
    const MapDiff &diff = result.diff;
    item->setText(MessageColumn,
        tr("%1 (%2 added, %3 changed, %4 removed).")
            .arg(result.message.endsWith(u'.') ? result.message.chopped(1) : result.message)
            .arg(diff.added.size())
            .arg(diff.changed.size())
            .arg(diff.removed.size()));
    const StatusColors::Tone tone = result.done()   ? StatusColors::Tone::Ok
        : result.state == MapReplace::State::Failed ? StatusColors::Tone::Error
                                                    : StatusColors::Tone::Warning;
    item->setBackground(StateColumn, StatusColors::tint(tone));
}

void MapReplaceDialog::finishRun(const QString &text, bool ok)
{
    m_result->setText(text);
    if (ok)
        StatusColors::clearTextTone(m_result);
    else
        StatusColors::setTextTone(m_result, StatusColors::Tone::Error);
    m_progress->setVisible(m_progress->maximum() > 0);
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setToolTip(QString());
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
}
