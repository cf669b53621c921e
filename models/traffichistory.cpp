#include "traffichistory.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
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
        // This snapshot's values, written by the ring pass: NaN = none.
        std::array<float, MetricCount> pending {};
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

    std::array<Axis, TierCount> axes;
    std::vector<std::unique_ptr<Object>> objects;
    QHash<Key, Object *> index;
    std::vector<Object *> rowObjects; // by row of the previous snapshot: most rows keep their place
    std::vector<Op> plan;
    quint64 tick = 0;
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

    Object *objectFor(const StatRow &row, qsizetype rowIndex)
    {
        const char type = typeLetter(row.type);
        if (size_t(rowIndex) < rowObjects.size()) {
            Object *cached = rowObjects[size_t(rowIndex)];
            if (cached && cached->key.type == type && cached->key.name == row.svname
                && cached->key.proxy == row.pxname)
                return cached;
        }
        Key key { type, row.pxname, row.svname };
        Object *&slot = index[key];
        if (!slot) {
            objects.push_back(std::make_unique<Object>());
            slot = objects.back().get();
            slot->key = std::move(key);
            slot->counters.fill(StatRow::NoValue);
        }
        if (size_t(rowIndex) >= rowObjects.size())
            rowObjects.resize(size_t(rowIndex) + 1, nullptr);
        rowObjects[size_t(rowIndex)] = slot;
        return slot;
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
    float valueAt(const Series &series, int tier, qint64 slot) const
    {
        return slot == axes[size_t(tier)].newest ? newestOf(series, tier)
                                                 : series.rings[size_t(tier)][size_t(position(tier, slot))];
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
                index.remove(object->key);
        }
        rowObjects.clear();
        std::erase_if(objects, gone);
    }

    const Series *find(const QString &key, Metric metric) const
    {
        if (int(metric) >= MetricCount)
            return nullptr;
        const QByteArray bytes = key.toUtf8();
        // "s/be/s1": proxy names cannot hold a '/', server names can only after it.
        if (bytes.size() < 4 || bytes.at(1) != '/')
            return nullptr;
        const qsizetype slash = bytes.indexOf('/', 2);
        if (slash < 0)
            return nullptr;
        const Key k { bytes.at(0), bytes.mid(2, slash - 2), bytes.mid(slash + 1) };
        const Object *object = index.value(k);
        return object ? object->series[size_t(metric)].get() : nullptr;
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
    const qint64 step0 = Private::stepOf(0);
    const int capacity0 = Private::capacityOf(0);
    qint64 now = floorDiv(snapshot->takenAtMs, step0);
    const qint64 elapsedMs = snapshot->monotonicMs - p.previousMonotonicMs;
    // Within maxGapMs the rates are the averages over the interval since the previous
    // snapshot, so they fill every slot of it (a 2 s poll leaves no hole in the 1 s tier).
    // Beyond, the connection was lost or the poller stalled: a gap, never interpolated.
    bool continued = p.haveBaseline && elapsedMs > 0 && elapsedMs <= m_maxGapMs;
    const bool rates = continued && !snapshot->countersReset;

    Private::Axis &axis0 = p.axes[0];
    if (!axis0.isEmpty() && now < axis0.newest) {
        // The wall clock stepped back. A little: count it in the newest slot. Much: the
        // slots already written would carry wrong times, so the history restarts.
        if ((axis0.newest - now) * step0 <= m_maxGapMs) {
            now = axis0.newest;
        } else {
            p.clearRings();
            continued = false;
        }
    }

    p.plan.clear();
    const qint64 previous = axis0.newest;
    if (previous != NoSlot && now > previous)
        p.planPropagate(previous); // it will not change any more
    p.advanceAxis(0, now);
    const qint64 fillFrom =
        previous != NoSlot && now > previous ? std::max(previous + 1, now - capacity0 + 1) : now;

    ++p.tick;
    const QList<StatRow> &rows = snapshot->stat.rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        if (row.type == StatRow::Type::Unknown)
            continue;
        Private::Object &object = *p.objectFor(row, i);
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
        object.pending.fill(NoSample);
        for (int metric = 0; metric < MetricCount; ++metric) {
            const qint64 value = values[size_t(metric)];
            if (!(p.recorded & (1u << metric)) || !StatRow::has(value))
                continue;
            if (metric < CounterCount) {
                const qint64 before = object.counters[size_t(metric)];
                if (!objectRates || !StatRow::has(before))
                    continue;
                object.pending[size_t(metric)] = float(double(value - before) * 1000.0 / double(elapsedMs));
            } else {
                object.pending[size_t(metric)] = float(value);
            }
            p.seriesFor(object, metric);
        }
        std::copy_n(values.cbegin(), CounterCount, object.counters.begin());
        object.seenTick = p.tick;
        object.lastSeenSlot = now;
    }

    p.plan.push_back({ Private::Op::Write, 0, NoSlot, 0, 0, 0 });
    for (qint64 slot = fillFrom; slot < now; ++slot)
        p.planPropagate(slot);

    for (const auto &object : p.objects) {
        const bool present = object->seenTick == p.tick;
        if (!present)
            object->pending.fill(NoSample);
        for (int metric = 0; metric < MetricCount; ++metric) {
            if (Private::Series *series = object->series[size_t(metric)].get())
                p.apply(*object, metric, *series);
        }
    }

    p.previousMonotonicMs = snapshot->monotonicMs;
    p.lastWallMs = snapshot->takenAtMs;
    p.haveBaseline = true;
    if (p.tick % 1024 == 0)
        p.expire(now);
}

void InstanceHistory::markDisconnected()
{
    d->haveBaseline = false;
}

QList<HistoryPoint> InstanceHistory::series(
    const QString &key, Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    const Private &p = *d;
    const Private::Series *series = p.find(key, metric);
    if (!series || toMs < fromMs)
        return {};

    // The finest tier that still holds fromMs (a slot's worth of slack, so that "the last
    // 24 h" is the 1-minute tier and not the 10-minute one); failing that, the one reaching
    // furthest back.
    int tier = -1;
    for (int t = 0; t < TierCount && tier < 0; ++t) {
        const Private::Axis &axis = p.axes[size_t(t)];
        if (axis.isEmpty())
            continue;
        const qint64 step = Private::stepOf(t);
        if (axis.complete(Private::capacityOf(t)) || axis.oldest() * step <= fromMs + step)
            tier = t;
    }
    if (tier < 0) {
        for (int t = TierCount - 1; t >= 0 && tier < 0; --t) {
            if (!p.axes[size_t(t)].isEmpty())
                tier = t;
        }
    }
    if (tier < 0)
        return {};

    const Private::Axis &axis = p.axes[size_t(tier)];
    const qint64 step = Private::stepOf(tier);
    const qint64 first = std::max(axis.oldest(), floorDiv(fromMs, step));
    const qint64 last = std::min(axis.newest, floorDiv(toMs, step));
    if (first > last)
        return {};
    const auto valueAt = [&](qint64 slot) { return p.valueAt(*series, tier, slot); };

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
    const Private::Series *series = d->find(key, metric);
    const Private::Axis &axis = d->axes[0];
    if (!series || axis.isEmpty())
        return std::nan("");
    return double(Private::newestOf(*series, 0));
}

QStringList InstanceHistory::keys() const
{
    QStringList keys;
    keys.reserve(qsizetype(d->objects.size()));
    for (const auto &object : d->objects)
        keys.append(object->key.text());
    return keys;
}

qint64 InstanceHistory::firstTimeMs() const
{
    qint64 first = 0;
    for (int tier = 0; tier < TierCount; ++tier) {
        const Private::Axis &axis = d->axes[size_t(tier)];
        if (axis.isEmpty())
            continue;
        const qint64 time = axis.oldest() * Private::stepOf(tier);
        first = first == 0 ? time : std::min(first, time);
    }
    return first;
}

qint64 InstanceHistory::lastTimeMs() const
{
    return d->axes[0].isEmpty() ? 0 : d->lastWallMs;
}

qsizetype InstanceHistory::memoryBytes() const
{
    const Private &p = *d;
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
    d->recorded = maskOf(metrics);
    for (const auto &object : d->objects) {
        for (int metric = 0; metric < MetricCount; ++metric) {
            if (!(d->recorded & (1u << metric)))
                object->series[size_t(metric)].reset();
        }
    }
}

QList<Metric> InstanceHistory::recordedMetrics() const
{
    QList<Metric> metrics;
    for (int metric = 0; metric < MetricCount; ++metric) {
        if (d->recorded & (1u << metric))
            metrics.append(Metric(metric));
    }
    return metrics;
}

bool InstanceHistory::isRecorded(Metric metric) const
{
    return int(metric) < MetricCount && (d->recorded & (1u << int(metric)));
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{ }

HistoryStore::~HistoryStore() = default;

InstanceHistory *HistoryStore::history(const QString &instanceId)
{
    std::shared_ptr<InstanceHistory> &history = m_histories[instanceId];
    if (!history)
        history = std::make_shared<InstanceHistory>();
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
    history(instanceId)->addSnapshot(snapshot);
    emit updated(instanceId);
}

void HistoryStore::markDisconnected(const QString &instanceId)
{
    if (InstanceHistory *h = m_histories.value(instanceId).get())
        h->markDisconnected();
}

QStringList HistoryStore::instances() const
{
    return m_histories.keys();
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
