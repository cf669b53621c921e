#include "core/actions/clusteractionrunner.h"

#include "core/client/runtimeconnection.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

bool ClusterSummary::allOk() const
{
    if (!error.isEmpty() || members.isEmpty())
        return false;
    return succeededMembers() == members.size();
}

int ClusterSummary::succeededMembers() const
{
    int count = 0;
    for (const ClusterMemberResult &member : members)
        if (member.ok())
            ++count;
    return count;
}

QString ClusterSummary::text() const
{
    if (!error.isEmpty())
        return error;
    QString result =
        ClusterActionRunner::tr("%1 of %2 nodes done").arg(succeededMembers()).arg(members.size());
    // Name what went wrong where: the first problem of each member that did not succeed,
    // in HAProxy's own words, so the summary alone says which node needs a look.
    QStringList problems;
    for (const ClusterMemberResult &member : members) {
        if (member.ok())
            continue;
        if (!member.refusal.isEmpty()) {
            problems << member.name + QStringLiteral(": ") + member.refusal;
            continue;
        }
        QString first;
        for (const ActionOutcome &outcome : member.outcomes) {
            if (outcome.status != ActionOutcome::Status::Ok) {
                first = outcome.target.key() + QStringLiteral(": ") + outcome.text;
                break;
            }
        }
        if (first.isEmpty())
            first = member.summary.text();
        problems << member.name + QStringLiteral(": ") + first;
    }
    if (!problems.isEmpty())
        result += QStringLiteral("; ") + problems.join(QStringLiteral("; "));
    return result;
}

ClusterActionRunner::ClusterActionRunner(QList<ClusterMember> members, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ClusterSummary>();
    qRegisterMetaType<ActionSummary>();
    setMembers(std::move(members));
}

bool ClusterActionRunner::setMembers(QList<ClusterMember> members)
{
    if (m_running)
        return false;
    // deleteLater: this may run from a slot connected to finished(), inside a runner's signal.
    for (const Slot &slot : std::as_const(m_slots))
        if (slot.runner)
            slot.runner->deleteLater();
    m_slots.clear();
    for (const ClusterMember &member : members) {
        Slot slot;
        slot.name = member.name;
        slot.connection = member.connection;
        m_slots.append(slot);
    }
    return true;
}

QList<ClusterMember> ClusterActionRunner::members() const
{
    QList<ClusterMember> result;
    for (const Slot &slot : m_slots)
        result.append(ClusterMember { slot.name, slot.connection.data() });
    return result;
}

QList<QString> ClusterActionRunner::precheck(const ServerAction &action, QString *error) const
{
    QString refusal;
    QList<QString> reasons;
    if (m_slots.isEmpty())
        refusal = tr("The cluster has no members.");
    QSet<QString> seen;
    for (const Slot &slot : m_slots) {
        if (refusal.isEmpty() && slot.name.trimmed().isEmpty())
            refusal = tr("A cluster member has no name.");
        else if (refusal.isEmpty() && seen.contains(slot.name))
            refusal = tr("%1 is listed twice in the cluster.").arg(slot.name);
        seen.insert(slot.name);
    }
    if (refusal.isEmpty()) {
        const Result<QList<ServerAction::Step>> plan = action.plan();
        if (!plan)
            refusal = plan.error();
    }
    for (const Slot &slot : m_slots) {
        QString reason;
        if (!slot.connection || !slot.connection->isReady())
            reason = tr("Not connected.");
        else
            reason = action.disabledReason(slot.connection->level());
        reasons.append(reason);
    }
    if (error)
        *error = refusal;
    return reasons;
}

bool ClusterActionRunner::start(const ServerAction &action)
{
    if (m_running)
        return false;
    ++m_generation;
    m_error.clear();
    m_targets = action.targets();
    resetSlots();

    QString planError;
    const QList<QString> reasons = precheck(action, &planError);
    QString others;
    const QString error = clusterRefusal(reasons, planError, &others);
    if (!error.isEmpty()) {
        refuseAll(error, reasons, others);
        return false;
    }

    m_running = true;
    emit started(
        int(std::count_if(reasons.cbegin(), reasons.cend(), [](const QString &r) { return r.isEmpty(); })));
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (!reasons.at(i).isEmpty()) {
            slot.refusal = reasons.at(i);
            slot.done = true;
            continue;
        }
        createRunner(i);
    }
    // Started only once every runner exists, so a runner finishing at once (a connection that
    // dropped just now) cannot end the whole run before the others have begun.
    for (Slot &slot : m_slots)
        if (slot.runner)
            slot.runner->start(action);
    finishRefusedLater();
    return true;
}

void ClusterActionRunner::resetSlots()
{
    for (Slot &slot : m_slots) {
        if (slot.runner)
            slot.runner->deleteLater(); // as in setMembers()
        slot.runner = nullptr;
        slot.refusal.clear();
        slot.done = false;
        slot.answered = 0;
        slot.total = 0;
    }
}

QString ClusterActionRunner::clusterRefusal(
    const QList<QString> &reasons, const QString &planError, QString *others) const
{
    int refused = 0;
    QStringList refusedText;
    for (int i = 0; i < reasons.size(); ++i) {
        if (reasons.at(i).isEmpty())
            continue;
        ++refused;
        refusedText << m_slots.at(i).name + QStringLiteral(": ") + reasons.at(i);
    }
    // What the members that could have run are told: the plan's own refusal, or that
    // another member held the whole cluster back.
    QString error = planError;
    *others = planError;
    if (error.isEmpty() && refused > 0 && !m_allowPartial) {
        error = tr("Nothing sent to any node: %1").arg(refusedText.join(QStringLiteral("; ")));
        *others = tr("Not sent: another node of the cluster cannot run this.");
    }
    if (error.isEmpty() && refused == m_slots.size())
        error = tr("Nothing sent: no node can run this. %1").arg(refusedText.join(QStringLiteral("; ")));
    return error;
}

void ClusterActionRunner::createRunner(int index)
{
    Slot &slot = m_slots[index];
    slot.runner = new ActionRunner(slot.connection, this);
    slot.runner->setMaxInFlight(m_maxInFlight);
    connect(slot.runner, &ActionRunner::finished, this,
        [this, index, generation = m_generation](const ActionSummary &summary) {
            if (generation == m_generation)
                onMemberFinished(index, summary);
        });
    connect(slot.runner, &ActionRunner::progress, this,
        [this, index, generation = m_generation](int done, int total) {
            if (generation != m_generation)
                return;
            m_slots[index].answered = done;
            m_slots[index].total = total;
            emitProgress();
        });
    connect(slot.runner, &ActionRunner::refreshRequested, this,
        [this, name = slot.name] { emit refreshRequested(name); });
}

// Refused members finish now, but asynchronously like everything else.
void ClusterActionRunner::finishRefusedLater()
{
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        const ClusterSummary now = summary();
        for (int i = 0; i < m_slots.size(); ++i)
            if (!m_slots.at(i).refusal.isEmpty())
                emit memberFinished(m_slots.at(i).name, now.members.at(i).summary);
        finishIfDone();
    });
}

void ClusterActionRunner::refuseAll(
    const QString &error, const QList<QString> &reasons, const QString &others)
{
    m_error = error;
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        slot.refusal = reasons.value(i).isEmpty() ? others : reasons.value(i);
        if (slot.refusal.isEmpty())
            slot.refusal = error;
        slot.done = true;
    }
    m_running = true;
    // Asynchronous like every other ending, so callers can connect after start().
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            finishIfDone();
    });
}

void ClusterActionRunner::onMemberFinished(int index, const ActionSummary &summary)
{
    Slot &slot = m_slots[index];
    if (slot.done)
        return;
    slot.done = true;
    slot.answered = summary.total;
    slot.total = summary.total;
    emit memberFinished(slot.name, summary);
    finishIfDone();
}

void ClusterActionRunner::emitProgress()
{
    int done = 0;
    int total = 0;
    for (const Slot &slot : std::as_const(m_slots)) {
        done += slot.answered;
        total += slot.total;
    }
    emit progress(done, total);
}

void ClusterActionRunner::cancel()
{
    if (!m_running)
        return;
    for (const Slot &slot : std::as_const(m_slots))
        if (slot.runner && slot.runner->isRunning())
            slot.runner->cancel();
}

void ClusterActionRunner::finishIfDone()
{
    if (!m_running)
        return;
    for (const Slot &slot : std::as_const(m_slots))
        if (!slot.done)
            return;
    m_running = false;
    emit finished(summary());
}

ClusterSummary ClusterActionRunner::summary() const
{
    ClusterSummary result;
    result.error = m_error;
    for (const Slot &slot : m_slots) {
        ClusterMemberResult member;
        member.name = slot.name;
        member.refusal = slot.refusal;
        if (slot.runner) {
            member.summary = slot.runner->summary();
            member.outcomes = slot.runner->outcomes();
        } else if (!slot.refusal.isEmpty()) {
            // Nothing was sent to this member: every target NotSent, with the reason.
            for (const ServerTarget &target : m_targets) {
                ActionOutcome outcome;
                outcome.target = target;
                outcome.status = ActionOutcome::Status::NotSent;
                outcome.reply.error = RuntimeError::Cancelled;
                outcome.reply.errorMessage = slot.refusal;
                outcome.text = slot.refusal;
                member.outcomes.append(outcome);
            }
            member.summary.total = int(m_targets.size());
            member.summary.notSent = int(m_targets.size());
            member.summary.error = slot.refusal;
        }
        result.members.append(member);
    }
    return result;
}
