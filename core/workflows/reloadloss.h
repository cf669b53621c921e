#pragma once

#include "core/workflows/reloadsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One runtime change a reload would lose, in words.
struct ReloadLossItem
{
    enum class Group {
        RuntimeServers, // added with `add server`: gone after any reload
        Weights,
        AdminStates,
        Addresses, // address or port
        PatternEntries, // map and ACL entries added, changed or deleted at runtime
    };
    Group group = Group::RuntimeServers;
    QString subject; // "be/s1", or the map's or ACL's file
    QString key; // the entry's key or pattern (PatternEntries), else empty
    QString configured; // what the reload brings: "1", "ready", the file's value, "absent"
    QString current; // what runs now
    QString text; // a sentence for people
};

// What a reload would lose, grouped: the drift of the servers (DriftDetector) and the map and
// ACL entries that differ from their files. Notes say what could not be told (no configuration
// file, files not readable here): nothing is guessed.
class ReloadLoss
{
    Q_DECLARE_TR_FUNCTIONS(ReloadLoss)

public:
    using Group = ReloadLossItem::Group;
    static constexpr Group Groups[] = { Group::RuntimeServers, Group::Weights, Group::AdminStates,
        Group::Addresses, Group::PatternEntries };

    static ReloadLoss of(const ReloadSnapshot &snapshot);

    QList<ReloadLossItem> items; // grouped, in the order of Groups
    QStringList notes;

    bool isEmpty() const { return items.isEmpty(); }
    int count(Group group) const;
    QList<ReloadLossItem> itemsOf(Group group) const;
    static QString groupName(Group group); // "Servers added at runtime", ...
};
