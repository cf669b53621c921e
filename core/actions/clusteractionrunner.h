#pragma once

#include "core/actions/actionrunner.h"
#include "core/actions/serveraction.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <algorithm>

class RuntimeConnection;

// One HAProxy instance of a cluster: the connection profile's name and its live connection.
struct ClusterMember
{
    QString name;
    RuntimeConnection *connection = nullptr;
};

// What became of an action on one member.
struct ClusterMemberResult
{
    QString name;
    // Why nothing was sent to this member (not connected, level too low); empty when it ran.
    QString refusal;
    ActionSummary summary;
    QList<ActionOutcome> outcomes;

    bool ok() const { return refusal.isEmpty() && summary.allOk(); }
};

struct ClusterSummary
{
    QList<ClusterMemberResult> members;
    // Set when nothing was sent to any member: the plan, a bad member list or the pre-check
    // refused the action.
    QString error;

    bool allOk() const;
    int succeededMembers() const;
    // "2 of 2 nodes done"; "1 of 2 nodes done; node-b: be/s1: No such server."
    QString text() const;
};

// Runs one ServerAction on every member of a cluster at once, with one ActionRunner per
// member (so each member's writes are never re-sent), and reports each member's result.
//
// By default it is all-or-nothing before sending: if the plan fails, or any member is not
// connected or its session's level is below what the action needs, nothing is sent to any
// member, so a cluster is never left half-changed by something known beforehand. With
// setAllowPartial(true) the members that pass still run and the others are reported as
// refused. What cannot be known beforehand (a server missing on one node) is HAProxy's to
// refuse: that member then reports HAProxy's words while the others succeed.
class ClusterActionRunner : public QObject
{
    Q_OBJECT
public:
    explicit ClusterActionRunner(QList<ClusterMember> members = {}, QObject *parent = nullptr);

    // Refused while running.
    bool setMembers(QList<ClusterMember> members);
    QList<ClusterMember> members() const;

    // Per member, as ActionRunner::setMaxInFlight (the members run in parallel regardless).
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }

    void setAllowPartial(bool allow) { m_allowPartial = allow; }
    bool allowPartial() const { return m_allowPartial; }

    // Why each member cannot run the action now, in members' order; empty strings for those
    // that can. A plan failure or a bad member list is reported once, in *error.
    QList<QString> precheck(const ServerAction &action, QString *error = nullptr) const;

    // Runs the action on every member that passed the pre-check. False (and finished()
    // soon after, with ClusterSummary::error, nothing sent anywhere) when it was refused.
    // Refused while a run is going on.
    bool start(const ServerAction &action);
    // Stops sending on every member; commands already sent still complete.
    void cancel();

    bool isRunning() const { return m_running; }
    ClusterSummary summary() const;

signals:
    void started(int members);
    void progress(int done, int total); // commands answered, over every member
    void memberFinished(const QString &name, const ActionSummary &summary);
    void finished(const ClusterSummary &summary);
    // A member's write has an unknown outcome: its shown state is stale.
    void refreshRequested(const QString &name);

private:
    struct Slot
    {
        QString name;
        QPointer<RuntimeConnection> connection;
        ActionRunner *runner = nullptr; // null when refused or not run
        QString refusal;
        bool done = false;
        int answered = 0;
        int total = 0;
    };

    void resetSlots();
    // Why nothing may be sent to any member (empty: send to those without a reason), and in
    // *others what the members that could have run are told.
    QString clusterRefusal(const QList<QString> &reasons, const QString &planError, QString *others) const;
    void createRunner(int index);
    void finishRefusedLater();
    void refuseAll(const QString &error, const QList<QString> &reasons, const QString &others);
    void onMemberFinished(int index, const ActionSummary &summary);
    void emitProgress();
    void finishIfDone();

    QList<Slot> m_slots;
    bool m_allowPartial = false;
    int m_maxInFlight = 4;
    bool m_running = false;
    int m_generation = 0;
    QString m_error;
    QList<ServerTarget> m_targets; // for the outcomes of refused members
};

Q_DECLARE_METATYPE(ClusterSummary)
