#include "models/instancehistory.h"

#include "models/instancehistory_p.h"

#include <QElapsedTimer>

InstanceHistory::InstanceHistory()
    : d(std::make_unique<Private>())
{ }

InstanceHistory::~InstanceHistory() = default;

// What one snapshot covers on the 1 s tier, decided by begin().
InstanceHistory::Private::Interval InstanceHistory::Private::begin(const Snapshot &snapshot)
{
    const qint64 step0 = stepOf(0);
    Interval interval;
    interval.now = floorDiv(snapshot.takenAtMs, step0);
    interval.monotonicMs = snapshot.monotonicMs;
    interval.elapsedMs = snapshot.monotonicMs - previousMonotonicMs;
    interval.staleGapMs = std::max(maxGapMs, StaleBaselineMs);
    // Within maxGapMs the rates are the averages over the interval since the previous
    // snapshot, so they fill every slot of it (a 2 s poll leaves no hole in the 1 s tier).
    // Beyond, the connection was lost or the poller stalled: a gap, never interpolated.
    interval.continued = haveBaseline && interval.elapsedMs > 0 && interval.elapsedMs <= maxGapMs;
    interval.rates = interval.continued && !snapshot.countersReset;

    Axis &axis0 = axes[0];
    if (!axis0.isEmpty() && interval.now < axis0.newest) {
        // The wall clock stepped back. A little: count it in the newest slot. Much: the
        // slots already written would carry wrong times, so the history restarts.
        if ((axis0.newest - interval.now) * step0 <= maxGapMs) {
            interval.now = axis0.newest;
        } else {
            clearRings();
            interval.continued = false;
            interval.rates = false;
        }
    }

    if (!interval.rates)
        ++epoch;
    interval.epoch = epoch;
    ++tick;
    previousAxes = axes;
    writing = tick;
    plan.clear();
    const qint64 now = interval.now;
    const qint64 previous = axis0.newest;
    if (previous != NoSlot && now > previous)
        planPropagate(previous); // it will not change any more
    advanceAxis(0, now);
    interval.fillFrom =
        previous != NoSlot && now > previous ? std::max(previous + 1, now - capacityOf(0) + 1) : now;
    plan.push_back({ Op::Write, 0, NoSlot, 0, 0, 0 });
    // The filled slots hold one value: passed on a run at a time, each within one slot of the
    // next tier (and so of every coarser one), rather than slot by slot.
    const qint64 run = stepOf(1) / step0;
    for (qint64 slot = interval.fillFrom; slot < now;) {
        const qint64 end = std::min(now, (floorDiv(slot, run) + 1) * run);
        planPropagate(slot, end - slot);
        slot = end;
    }

    untracked = 0;
    if (keptDirty || floorBytes() > budget)
        applyBudget();
    rowObjects.resize(size_t(snapshot.stat.rows.size()), nullptr);
    // Set now: a markDisconnected() from another thread during the steps below counts.
    previousMonotonicMs = snapshot.monotonicMs;
    haveBaseline = true;
    return interval;
}

// The rates of one row, into its object's pending values: none from a row carried over
// (`fresh` false), and from a row read again after some were, the rate over the time since
// the object's own last reading, in the current slot only (the slots in between were
// passed on to the coarser tiers already).
void InstanceHistory::Private::record(
    Object &object, const StatRow &row, const Interval &interval, bool fresh) const
{
    object.pending.fill(NoSample);
    // An object missing from the previous snapshot may be another server of that name by
    // now (deleted and added again): its counters are no baseline.
    if (object.seenTick + 1 != tick)
        object.freshTick = 0;
    object.seenTick = tick;
    object.lastSeenSlot = interval.now;
    if (!fresh)
        return;
    const std::array<qint64, MetricCount> values = valuesOf(row);
    // Read in the previous snapshot too: the rates are that interval's, filling its slots.
    const bool consecutive = object.freshTick != 0 && object.freshTick + 1 == tick;
    // The epoch rules out any disconnect, reset or gap since (and so, for a consecutive
    // reading, an interval longer than maxGapMs).
    const qint64 elapsedMs = interval.monotonicMs - object.freshMonoMs;
    bool objectRates = object.freshTick != 0 && object.freshEpoch == interval.epoch && elapsedMs > 0
        && elapsedMs <= interval.staleGapMs;
    // One counter going back (the server was deleted and added again, a partial reset)
    // makes the row's interval a gap: its other deltas cover an unknown mix.
    for (int c = 0; objectRates && c < CounterCount; ++c) {
        const qint64 before = object.counters[size_t(c)];
        const qint64 after = values[size_t(c)];
        if (StatRow::has(before) && StatRow::has(after) && after < before)
            objectRates = false;
    }
    object.rateFrom = consecutive ? interval.fillFrom : interval.now;
    object.gaugeFrom = consecutive && interval.continued ? interval.fillFrom : interval.now;
    // `kept` only changes under the lock, or after this snapshot (budgetChanged()); the ring
    // step checks it again.
    for (int metric = 0; metric < MetricCount; ++metric) {
        const qint64 value = values[size_t(metric)];
        if (!(object.kept & (1u << metric)) || !StatRow::has(value))
            continue;
        float &pending = object.pending[size_t(metric)];
        if (metric < CounterCount) {
            const qint64 before = object.counters[size_t(metric)];
            if (objectRates && StatRow::has(before))
                pending = float(double(value - before) * 1000.0 / double(elapsedMs));
        } else {
            pending = float(value);
        }
    }
    std::copy_n(values.cbegin(), CounterCount, object.counters.begin());
    object.freshMonoMs = interval.monotonicMs;
    object.freshEpoch = interval.epoch;
    object.freshTick = tick;
}

// This snapshot into the rings of objects [first, end).
void InstanceHistory::Private::writeRings(size_t first, size_t end)
{
    for (size_t i = first; i < end; ++i) {
        Object &object = *objects[i];
        if (object.seenTick != tick)
            object.pending.fill(NoSample);
        for (int metric = 0; metric < MetricCount; ++metric) {
            Series *series = object.series[size_t(metric)].get();
            if (!series && (object.kept & (1u << metric)) && !std::isnan(object.pending[size_t(metric)]))
                series = &seriesFor(object, metric);
            if (series)
                apply(object, metric, *series);
        }
        object.appliedTick = tick;
    }
}

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
    const Private::Interval interval = p.begin(*snapshot);
    qint64 holdNs = held.nsecsElapsed();
    locker.unlock();

    const QList<StatRow> &rows = snapshot->stat.rows;
    p.newRows.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        Private::Object *&object = p.rowObjects[size_t(i)];
        object = row.type == StatRow::Type::Unknown ? nullptr : p.lookup(row, object);
        if (object)
            p.record(*object, row, interval, snapshot->isFresh(i));
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
                p.record(*object, row, interval, snapshot->isFresh(i));
        }
    }

    // About 1 ms of work per slice at 10 kept series an object.
    constexpr size_t slice = 256;
    for (size_t first = 0; first < p.objects.size(); first += slice) {
        locker.relock();
        held.restart();
        p.writeRings(first, std::min(p.objects.size(), first + slice));
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
        p.expire(interval.now);
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
    points.reserve(last - first + 1);
    for (qint64 slot = first; slot <= last; ++slot)
        points.append({ slot * step, double(valueAt(slot)) });
    return averageHistoryPoints(points, step, maxPoints);
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
            for (const HistoryRing &ring : series->rings)
                bytes += ring.capacityBytes();
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
