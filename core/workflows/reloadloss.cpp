#include "core/workflows/reloadloss.h"

#include <algorithm>

namespace {

using Group = ReloadLossItem::Group;

Group groupOf(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::RuntimeOnly:
        return Group::RuntimeServers;
    case DriftItem::Kind::WeightChanged:
        return Group::Weights;
    case DriftItem::Kind::AdminStateChanged:
        return Group::AdminStates;
    case DriftItem::Kind::AddressChanged:
        return Group::Addresses;
    }
    return Group::RuntimeServers;
}

ReloadLossItem entryItem(const ReloadPatternList &list, const QByteArray &key)
{
    ReloadLossItem item;
    item.group = Group::PatternEntries;
    item.subject = list.file;
    item.key = QString::fromUtf8(key);
    return item;
}

void appendPatternLosses(const ReloadPatternList &list, QList<ReloadLossItem> *items)
{
    const bool map = list.kind == MapParser::Kind::Map;
    for (qsizetype i = 0; i < list.live.size() && i < list.comparison.liveStates.size(); ++i) {
        const PatternEntry &entry = list.live.at(i);
        const MapFileState state = list.comparison.liveStates.at(i);
        if (state != MapFileState::NotInFile && state != MapFileState::Differs)
            continue;
        ReloadLossItem item = entryItem(list, entry.key);
        item.current = map ? QString::fromUtf8(entry.value) : item.key;
        if (state == MapFileState::NotInFile) {
            item.configured = ReloadLoss::tr("absent");
            item.text = map
                ? ReloadLoss::tr("%1 → %2 was added to %3 at runtime").arg(item.key, item.current, list.file)
                : ReloadLoss::tr("%1 was added to %2 at runtime").arg(item.key, list.file);
        } else {
            item.configured = QString::fromUtf8(list.comparison.fileValues.value(i));
            item.text = ReloadLoss::tr("%1 was set to %2 in %3 at runtime; the file gives %4")
                            .arg(item.key, item.current, list.file, item.configured);
        }
        items->append(item);
    }
    for (const MapFileEntry &gone : list.comparison.onlyInFile) {
        ReloadLossItem item = entryItem(list, gone.key);
        item.configured = map ? QString::fromUtf8(gone.value) : item.key;
        item.current = ReloadLoss::tr("deleted");
        item.text = ReloadLoss::tr("%1 was deleted from %2 at runtime; the reload brings it back (line %3)")
                        .arg(item.key, list.file)
                        .arg(gone.line);
        items->append(item);
    }
}

} // namespace

ReloadLoss ReloadLoss::of(const ReloadSnapshot &snapshot)
{
    ReloadLoss loss;
    for (const DriftItem &drift : snapshot.drift()) {
        ReloadLossItem item;
        item.group = groupOf(drift.kind);
        item.subject = drift.backend + u'/' + drift.server;
        item.configured = drift.configured;
        item.current = drift.current;
        item.text = drift.text;
        loss.items.append(item);
    }
    for (const ReloadPatternList &list : snapshot.patterns) {
        if (list.compared)
            appendPatternLosses(list, &loss.items);
    }
    std::stable_sort(loss.items.begin(), loss.items.end(),
        [](const ReloadLossItem &a, const ReloadLossItem &b) { return a.group < b.group; });
    if (!snapshot.configuration.note.isEmpty())
        loss.notes.append(snapshot.configuration.note);
    loss.notes += snapshot.notes;
    return loss;
}

int ReloadLoss::count(Group group) const
{
    return int(std::count_if(
        items.cbegin(), items.cend(), [group](const ReloadLossItem &item) { return item.group == group; }));
}

QList<ReloadLossItem> ReloadLoss::itemsOf(Group group) const
{
    QList<ReloadLossItem> result;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(result),
        [group](const ReloadLossItem &item) { return item.group == group; });
    return result;
}

QString ReloadLoss::groupName(Group group)
{
    switch (group) {
    case Group::RuntimeServers:
        return tr("Servers added at runtime");
    case Group::Weights:
        return tr("Weights");
    case Group::AdminStates:
        return tr("Maintenance and drain states");
    case Group::Addresses:
        return tr("Addresses and ports");
    case Group::PatternEntries:
        return tr("Map and ACL entries");
    }
    return {};
}
