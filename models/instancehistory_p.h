#pragma once

// InstanceHistory's insides: the objects, the rings and their shared time axes, the plan a
// snapshot replays on each ring, and the memory budget's arithmetic. Included by
// instancehistory.cpp only.

#include "models/historyring.h"
#include "models/instancehistory.h"
#include "models/statrowkey.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <bit>
#include <limits>
#include <vector>

namespace {

constexpr int TierCount = int(InstanceHistory::Tiers.size());
constexpr int CounterCount = CounterMetricCount;
constexpr float NoSample = std::numeric_limits<float>::quiet_NaN();
constexpr qint64 NoSlot = std::numeric_limits<qint64>::min();
// How long an object's own counters stay a baseline while its rows are carried over rather
// than read (Snapshot::staleRows): the Poller reads what is off screen every 10 to 120 s.
constexpr qint64 StaleBaselineMs = 150'000;

static_assert(MetricCount <= 32, "the recorded set is a 32-bit mask");

// Each tier's slot holds whole slots of the finer one.
constexpr bool tiersNest()
{
    for (size_t tier = 1; tier < InstanceHistory::Tiers.size(); ++tier) {
        if (InstanceHistory::Tiers[tier].stepMs % InstanceHistory::Tiers[tier - 1].stepMs != 0)
            return false;
    }
    return true;
}
static_assert(tiersNest());

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// In Metric's order: the counters first, then the gauges.
std::array<qint64, MetricCount> valuesOf(const StatRow &row)
{
    return { row.stot, row.reqTot, row.lbtot, row.bin, row.bout, row.hrsp2xx, row.hrsp3xx, row.hrsp4xx,
        row.hrsp5xx, row.econ, row.eresp, row.scur, row.qcur, row.rtime, row.ttime };
}

quint32 maskOf(const QList<Metric> &metrics)
{
    quint32 mask = 0;
    for (Metric metric : metrics) {
        if (int(metric) < MetricCount)
            mask |= 1u << int(metric);
    }
    return mask;
}

// The rings grow as time passes, by a sixteenth of their capacity, rather than being
// allocated full: the 7-day tier holds 144 slots after a day, not 1,008.
void growTo(HistoryRing &ring, qsizetype size, int capacity)
{
    if (size <= ring.size())
        return; // a series created during a snapshot is already at the size its ops reach
    if (size > ring.capacity()) {
        const qsizetype step = std::max(16, capacity / 16);
        ring.reserve(std::min<qsizetype>(capacity, std::max(size, ring.capacity() + step)));
    }
    ring.resize(size);
}

} // namespace

struct InstanceHistory::Private
{
    // Objects are keyed by their names' bytes, as the snapshot holds them: no QString is
    // built per row and per poll.
    using Key = StatRowKey;

    // One tier's time axis, shared by every series of the instance: slot number N covers
    // [N × step, (N + 1) × step) of wall-clock time, and lives at (N - origin) % capacity in
    // every ring of that tier.
    struct Axis
    {
        qint64 origin = NoSlot; // first slot ever recorded (NoSlot: empty)
        qint64 newest = NoSlot;
        qsizetype size = 0; // slots kept: min(capacity, newest - origin + 1)

        bool isEmpty() const { return newest == NoSlot; }
        qint64 oldest() const { return newest - size + 1; }
        bool holds(qint64 slot) const { return !isEmpty() && slot <= newest && slot >= oldest(); }
        // Nothing was dropped yet: this tier holds everything since the history started.
        bool complete(int capacity) const { return !isEmpty() && newest - origin + 1 <= capacity; }
    };

    struct Series
    {
        std::array<HistoryRing, TierCount> rings;
        // Each tier's newest slot is averaged here, and written to its ring when the tier
        // moves on: a poll touches this and tier 0's ring, not the coarser rings.
        std::array<float, TierCount> newest {};
        std::array<quint32, TierCount> counts {}; // samples in `newest`
    };

    struct Object
    {
        Key key;
        // As of the last snapshot that read its row (not one that carried it over), taken
        // at freshMonoMs in freshEpoch; freshTick 0: none to take a rate against.
        std::array<qint64, CounterCount> counters {};
        qint64 freshMonoMs = 0;
        quint64 freshEpoch = 0;
        quint64 freshTick = 0;
        quint64 seenTick = 0; // the last snapshot it was in, read or carried over
        qint64 lastSeenSlot = 0; // tier 0
        std::array<std::unique_ptr<Series>, MetricCount> series;
        quint32 kept = 0; // the metrics the budget lets it keep (a subset of `recorded`)
        // This snapshot's values, written by the ring pass: NaN = none.
        std::array<float, MetricCount> pending {};
        quint64 appliedTick = 0; // the last snapshot written to its rings
        qint64 rateFrom = NoSlot; // first tier-0 slot the rates fill (the interval they average)
        qint64 gaugeFrom = NoSlot;
    };

    // What every ring goes through in one snapshot, worked out once on the axes and then
    // replayed on each series in a single pass over memory.
    struct Op
    {
        enum Kind : quint8 { Advance, Propagate, Write } kind;
        int tier = 0;
        qint64 from = NoSlot; // Advance: the newest slot before (NoSlot: the tier was empty)
        qint64 slot = 0; // Advance: the new newest slot; Propagate: the first tier-0 slot to pass on
        qint64 origin = 0;
        qsizetype size = 0; // Advance: the axis's size; Propagate: the slots passed on
        bool unflushed = false; // Propagate: the slot is still tier 0's newest (in Series::newest)
    };

    // What one snapshot covers on the 1 s tier (see begin()).
    struct Interval
    {
        qint64 now = 0; // the snapshot's slot
        qint64 fillFrom = 0; // first slot the rates fill
        qint64 monotonicMs = 0; // the snapshot's
        qint64 elapsedMs = 0; // since the previous snapshot (monotonic)
        qint64 staleGapMs = 0; // the longest an object's own baseline lasts (see record())
        quint64 epoch = 0; // see Private::epoch
        bool continued = false; // close enough to the previous snapshot to continue it
        bool rates = false; // and its counters can be compared
    };
    // The three steps of InstanceHistory::addSnapshot(): under the lock, plans the rings'
    // moves and settles the budget; without it, records a row's rates into its object's
    // pending values; under the lock again, writes a slice of objects to their rings.
    Interval begin(const Snapshot &snapshot);
    void record(Object &object, const StatRow &row, const Interval &interval, bool fresh) const;
    void writeRings(size_t first, size_t end);

    using Axes = std::array<Axis, TierCount>;
    Axes axes;
    // While a snapshot is written (`writing` is its tick), the objects not written yet are
    // read on the axes as they were before it.
    Axes previousAxes;
    quint64 writing = 0;
    const Axes &axesOf(const Object &object) const
    {
        return writing != 0 && object.appliedTick != writing ? previousAxes : axes;
    }
    std::vector<std::unique_ptr<Object>> objects;
    QHash<Key, Object *> index;
    std::vector<Object *> rowObjects; // by row of the previous snapshot: most rows keep their place
    std::vector<qsizetype> newRows; // rows of objects not seen before (writer only)
    std::vector<Op> plan;
    quint64 tick = 0;
    // Bumped by every snapshot across which no rate may be taken (a disconnect, a counters
    // reset, a gap longer than maxGapMs, the history restarting): an object's counters are a
    // baseline only within the epoch they were read in.
    quint64 epoch = 0;
    // Readers and the writer take it; everything above and below is under it, except the
    // Object fields only the writer touches between its locked steps (see addSnapshot()).
    mutable QMutex mutex;
    qint64 maxGapMs = 10000;
    qsizetype budget = InstanceHistory::DefaultBudgetBytes;
    bool keptDirty = true; // objects came or went, or the budget or metrics changed
    int reduced = 0; // objects keeping some of the recorded metrics
    int dropped = 0; // objects keeping none
    int untracked = 0; // rows of the last snapshot not even tracked: see create()
    qint64 lastHoldNs = 0;
    bool haveBaseline = false;
    qint64 previousMonotonicMs = 0;
    qint64 lastWallMs = 0;
    quint32 recorded = maskOf(InstanceHistory::defaultRecordedMetrics());

    static qint64 stepOf(int tier) { return InstanceHistory::Tiers[size_t(tier)].stepMs; }
    static int capacityOf(int tier) { return InstanceHistory::Tiers[size_t(tier)].capacity; }
    qsizetype position(int tier, qint64 slot) const
    {
        return qsizetype((slot - axes[size_t(tier)].origin) % capacityOf(tier));
    }
    // The tier-`tier` slot that tier-0 slot `slot` falls into.
    static qint64 coarseSlot(int tier, qint64 slot) { return floorDiv(slot * stepOf(0), stepOf(tier)); }

    // The object of a row (nullptr: none yet): the rows usually come in the order of the
    // previous snapshot, so the object at the same row is tried before the hash. Only the
    // writer changes `index`, so the writer may call it without the lock.
    Object *lookup(const StatRow &row, Object *cached) const
    {
        const char type = StatRowKey::letterOf(row.type);
        if (cached && cached->key.type == type && cached->key.name == row.svname
            && cached->key.proxy == row.pxname)
            return cached;
        return index.value(Key { type, row.pxname, row.svname });
    }

    // The objects of newRows, frontends and backends first: they come before servers in the
    // budget.
    void createNew(const QList<StatRow> &rows)
    {
        for (const bool servers : { false, true }) {
            for (const qsizetype i : newRows) {
                if ((rows.at(i).type == StatRow::Type::Server) == servers)
                    create(rows.at(i));
            }
        }
    }

    Object *create(const StatRow &row)
    {
        const char type = StatRowKey::letterOf(row.type);
        auto created = std::make_unique<Object>();
        created->key = Key { type, row.pxname, row.svname };
        // Even its counters (a frontend's or backend's: its series too) must fit; beyond, the
        // object is not tracked at all.
        const bool server = type == 's';
        if (floorBytes() + overheadOf(*created) + (server ? 0 : fullObjectBytes()) > budget) {
            ++untracked;
            return nullptr;
        }
        created->counters.fill(StatRow::NoValue);
        trackedBytes += overheadOf(*created);
        nonServers += server ? 0 : 1;
        Object *object = created.get();
        index.insert(object->key, object);
        objects.push_back(std::move(created));
        keptDirty = true;
        return object;
    }

    // The budget's arithmetic. A series, once its rings are full; an object's own share of
    // the containers (the hash holds up to four buckets per entry, the vectors twice their
    // size); and what does not depend on the objects (the plan of a snapshot that fills the
    // whole 1 s tier, at twice its size).
    static constexpr qsizetype fullSeriesBytes()
    {
        qsizetype bytes = qsizetype(sizeof(Series));
        for (const InstanceHistory::Tier &tier : InstanceHistory::Tiers)
            bytes += HistoryRing::bytesFor(tier.capacity);
        return bytes;
    }
    static qsizetype overheadOf(const Object &object)
    {
        return qsizetype(sizeof(Object)) + object.key.proxy.capacity() + object.key.name.capacity()
            + 4 * qsizetype(sizeof(Key) + 2 * sizeof(void *)) + 4 * qsizetype(sizeof(void *));
    }
    qsizetype fixedBytes() const
    {
        constexpr qsizetype planBytes =
            2 * (InstanceHistory::Tiers[0].capacity + 2) * TierCount * qsizetype(sizeof(Op));
        // Containers that grew for objects long gone keep their size until they are squeezed.
        const qsizetype containers = std::max<qsizetype>(0,
            qsizetype((objects.capacity() + rowObjects.capacity()) * sizeof(void *))
                + index.capacity() * qsizetype(sizeof(Key) + 2 * sizeof(void *))
                - qsizetype(objects.size()) * 4 * qsizetype(sizeof(Key) + 3 * sizeof(void *)));
        return qsizetype(sizeof(Private)) + std::max(planBytes, qsizetype(plan.capacity() * sizeof(Op)))
            + containers;
    }
    qsizetype trackedBytes = 0; // the objects' overhead: sum of overheadOf()
    qsizetype nonServers = 0; // objects other than servers
    qsizetype fullObjectBytes() const { return std::popcount(recorded) * fullSeriesBytes(); }
    // What the budget must hold before any server's series.
    qsizetype floorBytes() const { return fixedBytes() + trackedBytes + nonServers * fullObjectBytes(); }
    void forget(const Object &object)
    {
        index.remove(object.key);
        trackedBytes -= overheadOf(object);
        nonServers -= object.key.type == 's' ? 0 : 1;
    }

    // Decides which metrics each object keeps (see InstanceHistory::setBudgetBytes()) and
    // drops the series it no longer may. If even the objects' bookkeeping does not fit (the
    // budget was lowered), the newest objects are forgotten: returns true then, and
    // rowObjects must be resolved again.
    bool applyBudget()
    {
        keptDirty = false;
        const bool over = floorBytes() > budget;
        while (!objects.empty() && floorBytes() > budget) {
            forget(*objects.back());
            objects.pop_back();
        }
        if (over)
            rowObjects.clear();
        const quint32 full = recorded;
        const quint32 small = recorded & maskOf(InstanceHistory::reducedMetrics());
        const qsizetype fullCost = std::popcount(full) * fullSeriesBytes();
        const qsizetype smallCost = std::popcount(small) * fullSeriesBytes();
        qsizetype available = budget - fixedBytes() - trackedBytes;
        qsizetype servers = 0;
        for (const auto &object : objects) {
            if (object->key.type == 's') {
                ++servers;
            } else {
                object->kept = fullCost <= available ? full : 0;
                available -= std::popcount(object->kept) * fullSeriesBytes();
            }
        }
        available = std::max<qsizetype>(0, available);
        qsizetype fullServers = 0;
        qsizetype smallServers = 0;
        if (servers * fullCost <= available) {
            fullServers = servers;
        } else if (servers * smallCost <= available) {
            smallServers = servers;
            fullServers = fullCost > smallCost
                ? std::min(servers, (available - servers * smallCost) / (fullCost - smallCost))
                : servers;
        } else {
            smallServers = smallCost > 0 ? available / smallCost : servers;
        }
        reduced = 0;
        dropped = 0;
        qsizetype rank = 0;
        for (const auto &object : objects) {
            if (object->key.type == 's') {
                object->kept = rank < fullServers ? full : rank < smallServers ? small : 0;
                ++rank;
            }
            if (object->kept == 0 && full != 0)
                ++dropped;
            else if (object->kept != full)
                ++reduced;
            for (int metric = 0; metric < MetricCount; ++metric) {
                if (!(object->kept & (1u << metric)))
                    object->series[size_t(metric)].reset();
            }
        }
        return over;
    }

    // From a setter: a snapshot being written (by another thread, between its locked steps)
    // applies it when it is done, since its objects must stay put until then.
    void budgetChanged()
    {
        if (writing != 0)
            keptDirty = true;
        else
            applyBudget();
    }

    qsizetype projectedBytes() const
    {
        qsizetype bytes = fixedBytes() + trackedBytes;
        for (const auto &object : objects)
            bytes += std::popcount(object->kept) * fullSeriesBytes();
        return bytes;
    }

    Series &seriesFor(Object &object, int metric)
    {
        std::unique_ptr<Series> &series = object.series[size_t(metric)];
        if (!series) {
            series = std::make_unique<Series>();
            for (int tier = 0; tier < TierCount; ++tier)
                growTo(series->rings[size_t(tier)], axes[size_t(tier)].size, capacityOf(tier));
        }
        return *series;
    }

    void advanceAxis(int tier, qint64 to)
    {
        Axis &axis = axes[size_t(tier)];
        if (!axis.isEmpty() && to <= axis.newest)
            return;
        Op op { Op::Advance, tier, axis.newest, to, 0, 0 };
        if (axis.isEmpty())
            axis.origin = to;
        axis.newest = to;
        axis.size = qsizetype(std::min<qint64>(capacityOf(tier), to - axis.origin + 1));
        op.origin = axis.origin;
        op.size = axis.size;
        plan.push_back(op);
    }

    // Passes on tier-0 slots [slot, slot + count), which lie in one slot of each coarser tier.
    void planPropagate(qint64 slot, qsizetype count = 1)
    {
        for (int tier = 1; tier < TierCount; ++tier)
            advanceAxis(tier, coarseSlot(tier, slot));
        plan.push_back({ Op::Propagate, 0, NoSlot, slot, 0, count, slot == axes[0].newest });
    }

    static void addToNewest(Series &series, int tier, float value, quint32 times = 1)
    {
        float &mean = series.newest[size_t(tier)];
        quint32 &count = series.counts[size_t(tier)];
        count += times;
        mean = count == times ? value : mean + (value - mean) * float(times) / float(count);
    }
    static float newestOf(const Series &series, int tier)
    {
        return series.counts[size_t(tier)] ? series.newest[size_t(tier)] : NoSample;
    }
    static float valueAt(const Axes &on, const Series &series, int tier, qint64 slot)
    {
        const Axis &axis = on[size_t(tier)];
        return slot == axis.newest ? newestOf(series, tier)
                                   : series.rings[size_t(tier)].at((slot - axis.origin) % capacityOf(tier));
    }

    // `count` slots of a ring from the one `offset` after its origin, wrapping round.
    static void fillSlots(
        HistoryRing &ring, int capacity, qint64 offset, qint64 count, HistoryRing::Code code)
    {
        const qint64 first = offset % capacity;
        const qint64 head = std::min(count, capacity - first);
        ring.fill(first, head, code);
        ring.fill(0, count - head, code);
    }

    static qint64 fillStart(const Object &object, int metric)
    {
        return metric < CounterCount ? object.rateFrom : object.gaugeFrom;
    }

    void apply(Object &object, int metric, Series &series) const
    {
        for (const Op &op : plan) {
            switch (op.kind) {
            case Op::Advance: {
                HistoryRing &ring = series.rings[size_t(op.tier)];
                const int capacity = capacityOf(op.tier);
                growTo(ring, op.size, capacity);
                if (op.from != NoSlot)
                    ring.set((op.from - op.origin) % capacity, newestOf(series, op.tier));
                // Slots that come back round in the ring start empty; the grown ones already are.
                const qint64 first =
                    op.from == NoSlot ? op.slot : std::max(op.from + 1, op.slot - capacity + 1);
                fillSlots(ring, capacity, first - op.origin, op.slot + 1 - first, HistoryRing::NoSampleCode);
                series.counts[size_t(op.tier)] = 0;
                break;
            }
            case Op::Propagate: {
                // A slot this snapshot filled passes on the value it was filled with, not its
                // code: a coarser slot is then rounded once, from the exact average.
                const float value = op.unflushed           ? newestOf(series, 0)
                    : op.slot >= fillStart(object, metric) ? object.pending[size_t(metric)]
                                                           : NoSample;
                if (std::isnan(value))
                    break;
                // The plan advanced each coarser tier to the slot these fall into.
                for (int tier = 1; tier < TierCount; ++tier)
                    addToNewest(series, tier, value, quint32(op.size));
                break;
            }
            case Op::Write: {
                const float value = object.pending[size_t(metric)];
                if (std::isnan(value))
                    break;
                // The slots of this snapshot's interval, fresh from their Advance.
                const qint64 from = fillStart(object, metric);
                fillSlots(series.rings[0], capacityOf(0), from - axes[0].origin, axes[0].newest - from,
                    HistoryRing::encode(value));
                addToNewest(series, 0, value);
                break;
            }
            }
        }
    }

    void clearRings()
    {
        axes = {};
        for (const auto &object : objects) {
            for (const auto &series : object->series) {
                if (!series)
                    continue;
                for (HistoryRing &ring : series->rings)
                    ring.clear();
                series->counts = {};
            }
        }
    }

    // Forgets the objects whose every slot has aged out of the coarsest tier (servers
    // deleted long ago, renamed by rolling replacements): memory stays bounded over weeks.
    void expire(qint64 nowSlot)
    {
        const qint64 keptSlots = stepOf(TierCount - 1) / stepOf(0) * capacityOf(TierCount - 1);
        const auto gone = [&](const std::unique_ptr<Object> &object) {
            return object->lastSeenSlot < nowSlot - keptSlots;
        };
        if (std::none_of(objects.cbegin(), objects.cend(), gone))
            return;
        for (const auto &object : objects) {
            if (gone(object))
                forget(*object);
        }
        rowObjects.clear();
        std::erase_if(objects, gone);
        keptDirty = true; // the servers after them move up the ranking
    }

    const Object *findObject(const QString &key) const
    {
        const std::optional<StatRowKey> k = StatRowKey::parse(key);
        return k ? index.value(*k) : nullptr;
    }
};
