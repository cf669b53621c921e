#include "models/traffichistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <bit>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <vector>

namespace {

constexpr int TierCount = int(InstanceHistory::Tiers.size());
// The metrics before this one are rates of cumulative counters; the rest are gauges.
constexpr int CounterCount = int(Metric::CurrentSessions);
constexpr float NoSample = std::numeric_limits<float>::quiet_NaN();
constexpr qint64 NoSlot = std::numeric_limits<qint64>::min();

static_assert(MetricCount <= 32, "the recorded set is a 32-bit mask");

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

char typeLetter(StatRow::Type type)
{
    switch (type) {
    case StatRow::Type::Frontend:
        return 'f';
    case StatRow::Type::Backend:
        return 'b';
    case StatRow::Type::Server:
        return 's';
    case StatRow::Type::Listener:
        return 'l';
    case StatRow::Type::Unknown:
        break;
    }
    return '?';
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
void growTo(std::vector<float> &ring, qsizetype size, int capacity)
{
    const auto wanted = size_t(size);
    if (wanted <= ring.size())
        return; // a series created during a snapshot is already at the size its ops reach
    if (wanted > ring.capacity()) {
        const size_t step = size_t(std::max(16, capacity / 16));
        ring.reserve(std::min(size_t(capacity), std::max(wanted, ring.capacity() + step)));
    }
    ring.resize(wanted, NoSample);
}

} // namespace

struct InstanceHistory::Private
{
    // Objects are keyed by their names' bytes, as the snapshot holds them: no QString is
    // built per row and per poll.
    struct Key
    {
        char type = '?';
        QByteArray proxy;
        QByteArray name;

        bool operator==(const Key &other) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.proxy, key.name, key.type);
        }
        QString text() const
        {
            return QLatin1Char(type) + u'/' + QString::fromUtf8(proxy) + u'/' + QString::fromUtf8(name);
        }
    };

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
        std::array<std::vector<float>, TierCount> rings;
        // Each tier's newest slot is averaged here, and written to its ring when the tier
        // moves on: a poll touches this and tier 0's ring, not the coarser rings.
        std::array<float, TierCount> newest {};
        std::array<quint32, TierCount> counts {}; // samples in `newest`
    };

    struct Object
    {
        Key key;
        std::array<qint64, CounterCount> counters {}; // as of the last snapshot it was in
        quint64 seenTick = 0;
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
        qint64 slot = 0; // Advance: the new newest slot; Propagate: the tier-0 slot to pass on
        qint64 origin = 0;
        qsizetype size = 0;
        bool unflushed = false; // Propagate: the slot is still tier 0's newest (in Series::newest)
    };

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
        const char type = typeLetter(row.type);
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
        const char type = typeLetter(row.type);
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
        qsizetype floats = 0;
        for (const InstanceHistory::Tier &tier : InstanceHistory::Tiers)
            floats += tier.capacity;
        return qsizetype(sizeof(Series)) + floats * qsizetype(sizeof(float));
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

    void planPropagate(qint64 slot)
    {
        for (int tier = 1; tier < TierCount; ++tier)
            advanceAxis(tier, coarseSlot(tier, slot));
        plan.push_back({ Op::Propagate, 0, NoSlot, slot, 0, 0, slot == axes[0].newest });
    }

    static void addToNewest(Series &series, int tier, float value)
    {
        float &mean = series.newest[size_t(tier)];
        quint32 &count = series.counts[size_t(tier)];
        ++count;
        mean = count == 1 ? value : mean + (value - mean) / float(count);
    }
    static float newestOf(const Series &series, int tier)
    {
        return series.counts[size_t(tier)] ? series.newest[size_t(tier)] : NoSample;
    }
    static float valueAt(const Axes &on, const Series &series, int tier, qint64 slot)
    {
        const Axis &axis = on[size_t(tier)];
        return slot == axis.newest
            ? newestOf(series, tier)
            : series.rings[size_t(tier)][size_t((slot - axis.origin) % capacityOf(tier))];
    }

    void apply(Object &object, int metric, Series &series) const
    {
        for (const Op &op : plan) {
            switch (op.kind) {
            case Op::Advance: {
                std::vector<float> &ring = series.rings[size_t(op.tier)];
                const int capacity = capacityOf(op.tier);
                growTo(ring, op.size, capacity);
                if (op.from != NoSlot)
                    ring[size_t((op.from - op.origin) % capacity)] = newestOf(series, op.tier);
                // Slots that come back round in the ring start empty; the grown ones already are.
                const qint64 first =
                    op.from == NoSlot ? op.slot : std::max(op.from + 1, op.slot - capacity + 1);
                for (qint64 slot = first; slot <= op.slot; ++slot)
                    ring[size_t((slot - op.origin) % capacity)] = NoSample;
                series.counts[size_t(op.tier)] = 0;
                break;
            }
            case Op::Propagate: {
                const float value =
                    op.unflushed ? newestOf(series, 0) : series.rings[0][size_t(position(0, op.slot))];
                if (std::isnan(value))
                    break;
                // The plan advanced each coarser tier to the slot this one falls into.
                for (int tier = 1; tier < TierCount; ++tier)
                    addToNewest(series, tier, value);
                break;
            }
            case Op::Write: {
                const float value = object.pending[size_t(metric)];
                if (std::isnan(value))
                    break;
                const qint64 newest = axes[0].newest;
                const qint64 from = metric < CounterCount ? object.rateFrom : object.gaugeFrom;
                for (qint64 slot = from; slot < newest; ++slot)
                    series.rings[0][size_t(position(0, slot))] = value; // a fresh slot of this snapshot
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
                for (std::vector<float> &ring : series->rings)
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
        const QByteArray bytes = key.toUtf8();
        // "s/be/s1": proxy names cannot hold a '/', server names can only after it.
        if (bytes.size() < 4 || bytes.at(1) != '/')
            return nullptr;
        const qsizetype slash = bytes.indexOf('/', 2);
        if (slash < 0)
            return nullptr;
        const Key k { bytes.at(0), bytes.mid(2, slash - 2), bytes.mid(slash + 1) };
        return index.value(k);
    }
};

InstanceHistory::InstanceHistory()
    : d(std::make_unique<Private>())
{ }

InstanceHistory::~InstanceHistory() = default;

void InstanceHistory::addSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    Private &p = *d;
    // Three steps, so that a chart's reads wait for slices of a millisecond or so rather than
    // for the whole snapshot: the plan and the objects under the lock; the rates without it
    // (in fields readers never look at); the rings under the lock, a slice of objects at a
    // time. Readers see each object either before or after this snapshot, never half of it
    // (axesOf()).
    QMutexLocker locker(&p.mutex);
    QElapsedTimer held;
    held.start();
    qint64 holdNs = 0;
    const qint64 step0 = Private::stepOf(0);
    const int capacity0 = Private::capacityOf(0);
    qint64 now = floorDiv(snapshot->takenAtMs, step0);
    const qint64 elapsedMs = snapshot->monotonicMs - p.previousMonotonicMs;
    // Within maxGapMs the rates are the averages over the interval since the previous
    // snapshot, so they fill every slot of it (a 2 s poll leaves no hole in the 1 s tier).
    // Beyond, the connection was lost or the poller stalled: a gap, never interpolated.
    bool continued = p.haveBaseline && elapsedMs > 0 && elapsedMs <= p.maxGapMs;
    const bool rates = continued && !snapshot->countersReset;

    Private::Axis &axis0 = p.axes[0];
    if (!axis0.isEmpty() && now < axis0.newest) {
        // The wall clock stepped back. A little: count it in the newest slot. Much: the
        // slots already written would carry wrong times, so the history restarts.
        if ((axis0.newest - now) * step0 <= p.maxGapMs) {
            now = axis0.newest;
        } else {
            p.clearRings();
            continued = false;
        }
    }

    ++p.tick;
    p.previousAxes = p.axes;
    p.writing = p.tick;
    p.plan.clear();
    const qint64 previous = axis0.newest;
    if (previous != NoSlot && now > previous)
        p.planPropagate(previous); // it will not change any more
    p.advanceAxis(0, now);
    const qint64 fillFrom =
        previous != NoSlot && now > previous ? std::max(previous + 1, now - capacity0 + 1) : now;
    p.plan.push_back({ Private::Op::Write, 0, NoSlot, 0, 0, 0 });
    for (qint64 slot = fillFrom; slot < now; ++slot)
        p.planPropagate(slot);

    const QList<StatRow> &rows = snapshot->stat.rows;
    p.untracked = 0;
    if (p.keptDirty || p.floorBytes() > p.budget)
        p.applyBudget();
    p.rowObjects.resize(size_t(rows.size()), nullptr);
    // Set now: a markDisconnected() from another thread during the steps below counts.
    p.previousMonotonicMs = snapshot->monotonicMs;
    p.haveBaseline = true;
    holdNs = held.nsecsElapsed();
    locker.unlock();

    // The rates of one row, into its object's pending values.
    const auto record = [&](Private::Object &object, const StatRow &row) {
        const std::array<qint64, MetricCount> values = valuesOf(row);
        // An object missing from the previous snapshot has nothing to take a rate against.
        const bool objectContinued = continued && object.seenTick + 1 == p.tick;
        bool objectRates = rates && objectContinued;
        // One counter going back (the server was deleted and added again, a partial reset)
        // makes the row's interval a gap: its other deltas cover an unknown mix.
        for (int c = 0; objectRates && c < CounterCount; ++c) {
            const qint64 before = object.counters[size_t(c)];
            const qint64 after = values[size_t(c)];
            if (StatRow::has(before) && StatRow::has(after) && after < before)
                objectRates = false;
        }
        object.rateFrom = fillFrom;
        object.gaugeFrom = objectContinued ? fillFrom : now;
        // `kept` only changes under the lock below, or after this snapshot (budgetChanged());
        // the ring step checks it again.
        for (int metric = 0; metric < MetricCount; ++metric) {
            const qint64 value = values[size_t(metric)];
            float &pending = object.pending[size_t(metric)];
            pending = NoSample;
            if (!(object.kept & (1u << metric)) || !StatRow::has(value))
                continue;
            if (metric < CounterCount) {
                const qint64 before = object.counters[size_t(metric)];
                if (objectRates && StatRow::has(before))
                    pending = float(double(value - before) * 1000.0 / double(elapsedMs));
            } else {
                pending = float(value);
            }
        }
        std::copy_n(values.cbegin(), CounterCount, object.counters.begin());
        object.seenTick = p.tick;
        object.lastSeenSlot = now;
    };
    p.newRows.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        Private::Object *&object = p.rowObjects[size_t(i)];
        object = row.type == StatRow::Type::Unknown ? nullptr : p.lookup(row, object);
        if (object)
            record(*object, row);
        else if (row.type != StatRow::Type::Unknown)
            p.newRows.push_back(i);
    }
    if (!p.newRows.empty()) {
        // New objects, under the lock: readers see them, and the budget is decided again
        // before any of their series is allocated.
        locker.relock();
        held.restart();
        p.createNew(rows);
        const bool forgot = p.keptDirty && p.applyBudget();
        holdNs = std::max(holdNs, held.nsecsElapsed());
        locker.unlock();
        for (const qsizetype i : p.newRows) {
            const StatRow &row = rows.at(i);
            Private::Object *object = p.lookup(row, nullptr);
            if (!forgot) // else rowObjects was emptied: the next snapshot looks them up
                p.rowObjects[size_t(i)] = object;
            if (object)
                record(*object, row);
        }
    }

    // About 1 ms of work per slice at 10 kept series an object.
    constexpr size_t slice = 256;
    for (size_t first = 0; first < p.objects.size(); first += slice) {
        locker.relock();
        held.restart();
        const size_t end = std::min(p.objects.size(), first + slice);
        for (size_t i = first; i < end; ++i) {
            Private::Object &object = *p.objects[i];
            if (object.seenTick != p.tick)
                object.pending.fill(NoSample);
            for (int metric = 0; metric < MetricCount; ++metric) {
                Private::Series *series = object.series[size_t(metric)].get();
                if (!series && (object.kept & (1u << metric)) && !std::isnan(object.pending[size_t(metric)]))
                    series = &p.seriesFor(object, metric);
                if (series)
                    p.apply(object, metric, *series);
            }
            object.appliedTick = p.tick;
        }
        holdNs = std::max(holdNs, held.nsecsElapsed());
        locker.unlock();
    }

    locker.relock();
    held.restart();
    p.writing = 0;
    p.lastWallMs = snapshot->takenAtMs;
    if (p.keptDirty)
        p.applyBudget(); // a setter ran during the steps above
    if (p.tick % 1024 == 0)
        p.expire(now);
    p.lastHoldNs = std::max(holdNs, held.nsecsElapsed());
}

void InstanceHistory::markDisconnected()
{
    QMutexLocker locker(&d->mutex);
    d->haveBaseline = false;
}

QList<HistoryPoint> InstanceHistory::series(
    const QString &key, Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    const Private &p = *d;
    QMutexLocker locker(&p.mutex);
    const Private::Object *object = p.findObject(key);
    const Private::Series *series =
        object && int(metric) < MetricCount ? object->series[size_t(metric)].get() : nullptr;
    if (!series || toMs < fromMs)
        return {};
    const Private::Axes &axes = p.axesOf(*object);

    // The finest tier that still holds fromMs (a slot's worth of slack, so that "the last
    // 24 h" is the 1-minute tier and not the 10-minute one); failing that, the one reaching
    // furthest back.
    int tier = -1;
    for (int t = 0; t < TierCount && tier < 0; ++t) {
        const Private::Axis &axis = axes[size_t(t)];
        if (axis.isEmpty())
            continue;
        const qint64 step = Private::stepOf(t);
        if (axis.complete(Private::capacityOf(t)) || axis.oldest() * step <= fromMs + step)
            tier = t;
    }
    if (tier < 0) {
        for (int t = TierCount - 1; t >= 0 && tier < 0; --t) {
            if (!axes[size_t(t)].isEmpty())
                tier = t;
        }
    }
    if (tier < 0)
        return {};

    const Private::Axis &axis = axes[size_t(tier)];
    const qint64 step = Private::stepOf(tier);
    const qint64 first = std::max(axis.oldest(), floorDiv(fromMs, step));
    const qint64 last = std::min(axis.newest, floorDiv(toMs, step));
    if (first > last)
        return {};
    const auto valueAt = [&](qint64 slot) { return Private::valueAt(axes, *series, tier, slot); };

    QList<HistoryPoint> points;
    const qint64 count = last - first + 1;
    maxPoints = std::max(1, maxPoints);
    if (count <= maxPoints) {
        points.reserve(count);
        for (qint64 slot = first; slot <= last; ++slot)
            points.append({ slot * step, double(valueAt(slot)) });
        return points;
    }
    // Buckets aligned on multiples of their width, so that a window sliding by one slot
    // keeps the same averages instead of shimmering; one bucket more than count / width
    // for the partial ones at both ends.
    const qint64 width = maxPoints == 1 ? count : (count + maxPoints - 2) / (maxPoints - 1);
    points.reserve(maxPoints);
    qint64 slot = first;
    while (slot <= last) {
        const qint64 end = maxPoints == 1 ? last : std::min(last, (floorDiv(slot, width) + 1) * width - 1);
        double sum = 0;
        int samples = 0;
        for (qint64 s = slot; s <= end; ++s) {
            const float value = valueAt(s);
            if (!std::isnan(value)) {
                sum += value;
                ++samples;
            }
        }
        points.append({ slot * step, samples ? sum / samples : std::nan("") });
        slot = end + 1;
    }
    return points;
}

double InstanceHistory::latest(const QString &key, Metric metric) const
{
    QMutexLocker locker(&d->mutex);
    const Private::Object *object = d->findObject(key);
    const Private::Series *series =
        object && int(metric) < MetricCount ? object->series[size_t(metric)].get() : nullptr;
    if (!series || d->axesOf(*object)[0].isEmpty())
        return std::nan("");
    return double(Private::newestOf(*series, 0));
}

QStringList InstanceHistory::keys() const
{
    QMutexLocker locker(&d->mutex);
    QStringList keys;
    keys.reserve(qsizetype(d->objects.size()));
    for (const auto &object : d->objects)
        keys.append(object->key.text());
    return keys;
}

qint64 InstanceHistory::firstTimeMs() const
{
    QMutexLocker locker(&d->mutex);
    qint64 first = 0;
    for (int tier = 0; tier < TierCount; ++tier) {
        const Private::Axis &axis = (d->writing ? d->previousAxes : d->axes)[size_t(tier)];
        if (axis.isEmpty())
            continue;
        const qint64 time = axis.oldest() * Private::stepOf(tier);
        first = first == 0 ? time : std::min(first, time);
    }
    return first;
}

qint64 InstanceHistory::lastTimeMs() const
{
    QMutexLocker locker(&d->mutex);
    return d->axes[0].isEmpty() ? 0 : d->lastWallMs;
}

qsizetype InstanceHistory::memoryBytes() const
{
    const Private &p = *d;
    QMutexLocker locker(&p.mutex);
    // What the allocations hold, without the allocator's own overhead (RSS shows that).
    qsizetype bytes = sizeof(Private) + qsizetype(p.objects.capacity() * sizeof(void *))
        + qsizetype(p.rowObjects.capacity() * sizeof(void *))
        + qsizetype(p.plan.capacity() * sizeof(Private::Op))
        + p.index.capacity() * qsizetype(sizeof(Private::Key) + 2 * sizeof(void *));
    for (const auto &object : p.objects) {
        bytes += sizeof(Private::Object) + object->key.proxy.capacity() + object->key.name.capacity();
        for (const auto &series : object->series) {
            if (!series)
                continue;
            bytes += sizeof(Private::Series);
            for (const std::vector<float> &ring : series->rings)
                bytes += qsizetype(ring.capacity() * sizeof(float));
        }
    }
    return bytes;
}

QList<Metric> InstanceHistory::allMetrics()
{
    QList<Metric> metrics;
    for (int metric = 0; metric < MetricCount; ++metric)
        metrics.append(Metric(metric));
    return metrics;
}

QList<Metric> InstanceHistory::defaultRecordedMetrics()
{
    return { Metric::SessionRate, Metric::RequestRate, Metric::LbRate, Metric::BytesInRate,
        Metric::BytesOutRate, Metric::Http4xxRate, Metric::Http5xxRate, Metric::CurrentSessions,
        Metric::Queue, Metric::ResponseTime };
}

void InstanceHistory::setRecordedMetrics(const QList<Metric> &metrics)
{
    QMutexLocker locker(&d->mutex);
    d->recorded = maskOf(metrics);
    d->budgetChanged();
}

QList<Metric> InstanceHistory::recordedMetrics() const
{
    QMutexLocker locker(&d->mutex);
    QList<Metric> metrics;
    for (int metric = 0; metric < MetricCount; ++metric) {
        if (d->recorded & (1u << metric))
            metrics.append(Metric(metric));
    }
    return metrics;
}

bool InstanceHistory::isRecorded(Metric metric) const
{
    QMutexLocker locker(&d->mutex);
    return int(metric) < MetricCount && (d->recorded & (1u << int(metric)));
}

qint64 InstanceHistory::maxGapMs() const
{
    QMutexLocker locker(&d->mutex);
    return d->maxGapMs;
}

void InstanceHistory::setMaxGapMs(qint64 ms)
{
    QMutexLocker locker(&d->mutex);
    d->maxGapMs = ms;
}

QList<Metric> InstanceHistory::reducedMetrics()
{
    return { Metric::SessionRate, Metric::LbRate, Metric::CurrentSessions };
}

void InstanceHistory::setBudgetBytes(qsizetype bytes)
{
    QMutexLocker locker(&d->mutex);
    d->budget = std::max(MinimumBudgetBytes, bytes);
    d->budgetChanged();
}

qsizetype InstanceHistory::budgetBytes() const
{
    QMutexLocker locker(&d->mutex);
    return d->budget;
}

qsizetype InstanceHistory::projectedBytes() const
{
    QMutexLocker locker(&d->mutex);
    return d->projectedBytes();
}

QList<Metric> InstanceHistory::keptMetrics(const QString &key) const
{
    QMutexLocker locker(&d->mutex);
    const Private::Object *object = d->findObject(key);
    QList<Metric> metrics;
    for (int metric = 0; object && metric < MetricCount; ++metric) {
        if (object->kept & (1u << metric))
            metrics.append(Metric(metric));
    }
    return metrics;
}

bool InstanceHistory::isLimited() const
{
    QMutexLocker locker(&d->mutex);
    return d->reduced + d->dropped + d->untracked > 0;
}

int InstanceHistory::reducedCount() const
{
    QMutexLocker locker(&d->mutex);
    return d->reduced;
}

int InstanceHistory::unrecordedCount() const
{
    QMutexLocker locker(&d->mutex);
    return d->dropped + d->untracked;
}

qint64 InstanceHistory::lastWriteHoldNs() const
{
    QMutexLocker locker(&d->mutex);
    return d->lastHoldNs;
}

// The store's worker: one thread, one queue, so each instance's calls run in their order.
// std::condition_variable rather than QWaitCondition: ThreadSanitizer follows it without a
// Qt built for it.
struct HistoryStore::Worker
{
    struct Task
    {
        QString instanceId;
        std::shared_ptr<InstanceHistory> history;
        SnapshotPtr snapshot; // nullptr: markDisconnected()
    };

    std::mutex mutex;
    std::condition_variable wake; // a task came, or stop
    std::condition_variable idle; // the queue ran dry
    std::deque<Task> queue;
    bool busy = false;
    bool stopping = false;
    bool stopped = false; // run() returned: said under the mutex, which sanitizers follow
    std::unique_ptr<QThread> thread;

    void run(HistoryStore *store)
    {
        std::unique_lock locker(mutex);
        for (;;) {
            wake.wait(locker, [this] { return !queue.empty() || stopping; });
            if (stopping) {
                stopped = true;
                idle.notify_all();
                return;
            }
            Task task = std::move(queue.front());
            queue.pop_front();
            busy = true;
            locker.unlock();
            if (task.snapshot) {
                task.history->addSnapshot(task.snapshot);
                // Delivered on the store's thread; dropped with the store if it is gone by then.
                QMetaObject::invokeMethod(
                    store, [store, id = task.instanceId] { emit store->updated(id); }, Qt::QueuedConnection);
            } else {
                task.history->markDisconnected();
            }
            task = {}; // the snapshot is released here, not by the next wait
            locker.lock();
            busy = false;
            if (queue.empty())
                idle.notify_all();
        }
    }
};

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_worker->thread.reset(QThread::create([worker = m_worker.get(), this] { worker->run(this); }));
    m_worker->thread->setObjectName(QStringLiteral("hadesk-history"));
    m_worker->thread->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    {
        const std::lock_guard locker(m_worker->mutex);
        // What is still queued would only be recorded to be thrown away.
        m_worker->queue.clear();
        m_worker->stopping = true;
        m_worker->wake.notify_all();
    }
    {
        std::unique_lock locker(m_worker->mutex);
        m_worker->idle.wait(locker, [this] { return m_worker->stopped; });
    }
    m_worker->thread->wait();
}

InstanceHistory *HistoryStore::history(const QString &instanceId)
{
    std::shared_ptr<InstanceHistory> &history = m_histories[instanceId];
    if (!history) {
        history = std::make_shared<InstanceHistory>();
        history->setBudgetBytes(m_budgetBytes);
    }
    return history.get();
}

const InstanceHistory *HistoryStore::find(const QString &instanceId) const
{
    const auto it = m_histories.constFind(instanceId);
    return it == m_histories.cend() ? nullptr : it->get();
}

void HistoryStore::addSnapshot(const QString &instanceId, const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    history(instanceId); // find() knows it from now on
    enqueue(instanceId, snapshot);
}

void HistoryStore::markDisconnected(const QString &instanceId)
{
    if (m_histories.contains(instanceId))
        enqueue(instanceId, nullptr);
}

void HistoryStore::enqueue(const QString &instanceId, const SnapshotPtr &snapshot)
{
    const std::lock_guard locker(m_worker->mutex);
    m_worker->queue.push_back({ instanceId, m_histories.value(instanceId), snapshot });
    m_worker->wake.notify_one();
}

QStringList HistoryStore::instances() const
{
    return m_histories.keys();
}

void HistoryStore::setBudgetBytes(qsizetype bytes)
{
    m_budgetBytes = bytes;
    for (const std::shared_ptr<InstanceHistory> &history : std::as_const(m_histories))
        history->setBudgetBytes(bytes);
}

void HistoryStore::waitForIdle()
{
    {
        std::unique_lock locker(m_worker->mutex);
        m_worker->idle.wait(locker, [this] { return m_worker->queue.empty() && !m_worker->busy; });
    }
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

QString MetricInfo::name(Metric metric)
{
    switch (metric) {
    case Metric::SessionRate:
        return QCoreApplication::translate("Metric", "Sessions/s");
    case Metric::RequestRate:
        return QCoreApplication::translate("Metric", "Requests/s");
    case Metric::LbRate:
        return QCoreApplication::translate("Metric", "Balancer picks/s");
    case Metric::BytesInRate:
        return QCoreApplication::translate("Metric", "Bytes in/s");
    case Metric::BytesOutRate:
        return QCoreApplication::translate("Metric", "Bytes out/s");
    case Metric::Http2xxRate:
        return QCoreApplication::translate("Metric", "2xx responses/s");
    case Metric::Http3xxRate:
        return QCoreApplication::translate("Metric", "3xx responses/s");
    case Metric::Http4xxRate:
        return QCoreApplication::translate("Metric", "4xx responses/s");
    case Metric::Http5xxRate:
        return QCoreApplication::translate("Metric", "5xx responses/s");
    case Metric::ConnectionErrorRate:
        return QCoreApplication::translate("Metric", "Connection errors/s");
    case Metric::ResponseErrorRate:
        return QCoreApplication::translate("Metric", "Response errors/s");
    case Metric::CurrentSessions:
        return QCoreApplication::translate("Metric", "Current sessions");
    case Metric::Queue:
        return QCoreApplication::translate("Metric", "Queued requests");
    case Metric::ResponseTime:
        return QCoreApplication::translate("Metric", "Response time");
    case Metric::TotalTime:
        return QCoreApplication::translate("Metric", "Total time");
    case Metric::Count:
        break;
    }
    return {};
}

QString MetricInfo::unit(Metric metric)
{
    switch (metric) {
    case Metric::SessionRate:
        return QCoreApplication::translate("Metric", "sess/s");
    case Metric::RequestRate:
        return QCoreApplication::translate("Metric", "req/s");
    case Metric::LbRate:
        return QCoreApplication::translate("Metric", "picks/s");
    case Metric::BytesInRate:
    case Metric::BytesOutRate:
        return QCoreApplication::translate("Metric", "B/s");
    case Metric::Http2xxRate:
    case Metric::Http3xxRate:
    case Metric::Http4xxRate:
    case Metric::Http5xxRate:
        return QCoreApplication::translate("Metric", "resp/s");
    case Metric::ConnectionErrorRate:
    case Metric::ResponseErrorRate:
        return QCoreApplication::translate("Metric", "err/s");
    case Metric::CurrentSessions:
        return QCoreApplication::translate("Metric", "sessions");
    case Metric::Queue:
        return QCoreApplication::translate("Metric", "requests");
    case Metric::ResponseTime:
    case Metric::TotalTime:
        return QCoreApplication::translate("Metric", "ms");
    case Metric::Count:
        break;
    }
    return {};
}

bool MetricInfo::isRate(Metric metric)
{
    return int(metric) < CounterCount;
}

QString MetricInfo::format(Metric metric, double value)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    const bool bytes = metric == Metric::BytesInRate || metric == Metric::BytesOutRate;
    const bool milliseconds = metric == Metric::ResponseTime || metric == Metric::TotalTime;
    // SI prefixes (1 kB = 1,000 B), as network rates are usually given.
    static const char *const prefixes[] = { "", "k", "M", "G", "T" };
    int prefix = 0;
    double scaled = value;
    if (bytes || isRate(metric)) {
        while (std::abs(scaled) >= 999.95 && prefix < 4) {
            scaled /= 1000;
            ++prefix;
        }
    }
    // Three significant digits at most: "1.23", "12.5", "123"; whole numbers without ".0".
    const double magnitude = std::abs(scaled);
    int decimals = magnitude < 9.995 ? 2 : magnitude < 99.95 ? 1 : 0;
    if (milliseconds)
        decimals = std::min(decimals, 1);
    QString number = QLocale().toString(scaled, 'f', decimals);
    if (decimals > 0) {
        const QString zero = QLocale().zeroDigit();
        while (number.endsWith(zero))
            number.chop(zero.size());
        const QString point = QLocale().decimalPoint();
        if (number.endsWith(point))
            number.chop(point.size());
    }
    const QString unitText = unit(metric);
    if (bytes)
        return number + u' ' + QLatin1StringView(prefixes[prefix]) + unitText;
    return number + QLatin1StringView(prefixes[prefix]) + u' ' + unitText;
}
