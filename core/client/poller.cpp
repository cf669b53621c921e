#include "core/client/poller.h"

#include "core/client/focusmerge.h"
#include "core/client/runtimeconnection.h"
#include "core/logging.h"
#include "core/protocol/commandbuilder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

// HAProxy's cumulative counters: they only grow while the same worker runs, so one that
// went down means the counters were cleared (or the process is another one).
constexpr qint64 StatRow::*CumulativeCounters[] = {
    &StatRow::stot,
    &StatRow::bin,
    &StatRow::bout,
    &StatRow::dreq,
    &StatRow::dresp,
    &StatRow::ereq,
    &StatRow::econ,
    &StatRow::eresp,
    &StatRow::wretr,
    &StatRow::wredis,
    &StatRow::wrew,
    &StatRow::eint,
    &StatRow::dcon,
    &StatRow::dses,
    &StatRow::chkfail,
    &StatRow::chkdown,
    &StatRow::hanafail,
    &StatRow::lbtot,
    &StatRow::reqTot,
    &StatRow::connTot,
    &StatRow::hrsp1xx,
    &StatRow::hrsp2xx,
    &StatRow::hrsp3xx,
    &StatRow::hrsp4xx,
    &StatRow::hrsp5xx,
    &StatRow::hrspOther,
    &StatRow::cliAbrt,
    &StatRow::srvAbrt,
    &StatRow::connect,
    &StatRow::reuse,
};

qint64 steadyNowMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

bool sameKey(const StatRow &a, const StatRow &b)
{
    return a.type == b.type && a.svname == b.svname && a.pxname == b.pxname;
}

QByteArray keyOf(const StatRow &row)
{
    // '\0' cannot occur in a proxy or server name.
    return row.pxname + '\0' + row.svname + '\0' + char('0' + int(row.type));
}

bool rowWentBack(const StatRow &before, const StatRow &now)
{
    for (const auto counter : CumulativeCounters) {
        const qint64 a = before.*counter;
        const qint64 b = now.*counter;
        if (StatRow::has(a) && StatRow::has(b) && b < a)
            return true;
    }
    return false;
}

bool infoWentBack(const HaproxyInfo &before, const HaproxyInfo &now)
{
    const qint64 pidBefore = before.pid();
    const qint64 pidNow = now.pid();
    if (pidBefore > 0 && pidNow > 0 && pidBefore != pidNow)
        return true;
    for (const char *key : { "Uptime_sec", "CumConns", "CumReq" }) {
        const qint64 a = before.number(key);
        const qint64 b = now.number(key);
        if (a >= 0 && b >= 0 && b < a)
            return true;
    }
    return false;
}

bool countersWentBack(const Snapshot &before, const Snapshot &now)
{
    if (infoWentBack(before.info, now.info))
        return true;
    const QList<StatRow> &old = before.stat.rows;
    const QList<StatRow> &rows = now.stat.rows;
    // Rows nearly always come in the same order as last time: compare side by side and
    // build a hash only for the rows that moved (servers added or removed).
    QHash<QByteArray, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        const StatRow *match = nullptr;
        if (i < old.size() && sameKey(old.at(i), row)) {
            match = &old.at(i);
        } else {
            if (index.isEmpty()) {
                index.reserve(old.size());
                for (qsizetype j = 0; j < old.size(); ++j)
                    index.insert(keyOf(old.at(j)), j);
            }
            const auto found = index.constFind(keyOf(row));
            if (found != index.cend())
                match = &old.at(*found);
        }
        if (match && rowWentBack(*match, row))
            return true;
    }
    return false;
}

// Everything a pool thread needs, owned by value: it shares nothing mutable with the Poller.
struct ParseJob
{
    QByteArray info;
    QList<QByteArray> stats; // one answer per proxy asked for, or the one answer for all
    SnapshotPtr previous;
    QStringList scope;
    // A focused poll: stats hold the focused proxies' answers, merged into previous's rows.
    bool focused = false;
    QStringList droppedProxies; // focused, but HAProxy has no such proxy any more
    QStringList backendRowsOnly; // focused for their BACKEND row alone
    qint64 takenAtMs = 0;
    qint64 monotonicMs = 0;
    qint64 pollDurationUs = 0;
    QThread *pollerThread = nullptr;
};

// One `show stat` text for the answers of several `show stat <proxy> -1 -1`: the first header
// and then every answer's rows, so the table's row offsets point into one buffer and
// StatTable::field() reads any row. Each header is checked against the first, because rows
// are read by the header's names.
Result<QByteArray> combineStatAnswers(const QList<QByteArray> &answers)
{
    QByteArray combined;
    if (answers.size() == 1) {
        combined = answers.constFirst();
    } else {
        const QByteArray &first = answers.constFirst();
        const qsizetype headerEnd = first.indexOf('\n');
        if (headerEnd < 0)
            return Result<QByteArray>::failure(Poller::tr("HAProxy sent a show stat answer without rows."));
        const QByteArrayView header(first.constData(), headerEnd + 1);
        qsizetype total = 1;
        for (const QByteArray &answer : answers)
            total += answer.size() + 1;
        combined.reserve(total);
        for (const QByteArray &answer : answers) {
            if (!answer.startsWith(header))
                return Result<QByteArray>::failure(
                    Poller::tr("HAProxy answered show stat with different columns for different proxies."));
            combined.append(
                combined.isEmpty() ? QByteArrayView(answer) : QByteArrayView(answer).sliced(header.size()));
            if (!combined.endsWith('\n'))
                combined.append('\n');
        }
    }
    // The connection frames answers on the prompt "\n> ", which swallows the blank line that
    // ends every dump; put it back so StatTable::complete says what HAProxy meant.
    if (!combined.endsWith('\n'))
        combined.append('\n');
    combined.append('\n');
    return combined;
}

} // namespace

// A parse job's result (declared in poller.h for onParsed()).
struct PollParseOutcome
{
    std::shared_ptr<Snapshot> snapshot;
    QString error;
    bool needFullPoll = false; // a focused poll that could not be merged
};

namespace {

PollParseOutcome parse(const ParseJob &job)
{
    QElapsedTimer clock;
    clock.start();
    PollParseOutcome outcome;
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->takenAtMs = job.takenAtMs;
    snapshot->monotonicMs = job.monotonicMs;
    snapshot->pollDurationUs = job.pollDurationUs;
    snapshot->scope = job.scope;
    snapshot->info = InfoParser::parse(job.info);
    if (snapshot->info.isEmpty()) {
        outcome.error = Poller::tr("HAProxy answered show info without any information.");
        return outcome;
    }
    // A scope whose every proxy is unknown asks for no rows: an empty table, not a failure.
    if (!job.stats.isEmpty()) {
        const Result<QByteArray> text = combineStatAnswers(job.stats);
        if (!text) {
            outcome.error = text.error();
            return outcome;
        }
        Result<StatTable> table = StatParser::parse(*text);
        if (!table) {
            outcome.error = table.error();
            return outcome;
        }
        snapshot->stat = std::move(table.value());
    }
    if (job.focused) {
        Result<StatTable> merged = job.previous
            ? mergeFocusedRows(job.previous->stat, snapshot->stat, job.droppedProxies, job.backendRowsOnly,
                &snapshot->staleRows)
            : Result<StatTable>::failure(Poller::tr("No full poll to merge with."));
        if (!merged) {
            outcome.error = merged.error();
            outcome.needFullPoll = true;
            return outcome;
        }
        snapshot->stat = std::move(merged.value());
    }
    snapshot->countersReset = job.previous && countersWentBack(*job.previous, *snapshot);
    snapshot->parsedOffThread = QThread::currentThread() != job.pollerThread;
    snapshot->parseDurationUs = clock.nsecsElapsed() / 1000;
    outcome.snapshot = std::move(snapshot);
    return outcome;
}

} // namespace

struct Poller::Round
{
    int generation = 0;
    int waiting = 0; // answers still to come
    QElapsedTimer clock; // from sending `show info`
    QByteArray info;
    QStringList proxies; // the proxy of each `show stat`; one empty name when unscoped
    QList<QByteArray> stats; // answers, in the order of proxies
    QList<bool> answered; // stats[i] holds an answer (false: unknown proxy)
    QStringList unknown; // proxies HAProxy does not know
    bool focused = false; // the focus's proxies alone, merged into the last snapshot
    QStringList backendRowsOnly; // focused proxies asked for their BACKEND row alone
    QStringList reports; // messages to emit through pollFailed() besides a failure
    QString error; // the first failure: the poll gives no snapshot
};

// A pool thread must not touch a Poller that is being destroyed, and a QPointer may not be
// read from one thread while another destroys its object. The destructor clears `poller`
// under the mutex; a parse posts its result under the same mutex, so the Poller is alive
// while the event is posted, and Qt discards events posted to an object it then destroys.
struct Poller::DeliveryGuard
{
    QMutex mutex;
    Poller *poller = nullptr;
};

Poller::Poller(RuntimeConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(std::make_shared<DeliveryGuard>())
{
    // Under its alias too, as the signal's signature spells it: queued connections and
    // anything that looks the type up by name (QMetaType::fromName, QML) then find it.
    qRegisterMetaType<SnapshotPtr>("SnapshotPtr");
    m_guard->poller = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
    if (connection)
        connect(connection, &RuntimeConnection::ready, this, &Poller::onConnectionReady);
}

Poller::~Poller()
{
    QMutexLocker lock(&m_guard->mutex);
    m_guard->poller = nullptr;
}

void Poller::setInterval(int ms)
{
    const int before = m_intervalMs;
    m_intervalMs = std::clamp(ms, int(MinIntervalMs), int(MaxIntervalMs));
    if (m_intervalMs != before)
        emit pollPlanChanged();
    // The new interval counts from the next arm; only a wait already longer than the new
    // interval is cut short, so going from 1 h to 1 s does not take an hour.
    if (m_timer.isActive() && m_timer.remainingTime() > m_intervalMs)
        m_timer.start(m_intervalMs);
}

void Poller::setScope(const QStringList &proxies)
{
    QStringList scope;
    for (const QString &proxy : proxies) {
        if (!proxy.isEmpty() && !scope.contains(proxy))
            scope.append(proxy);
    }
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_unknownProxies.clear();
    m_forceFull = true;
    ++m_generation; // an answer for the old scope is not what the caller now shows
    if (m_running && !m_paused)
        refreshNow();
}

QList<RuntimeCommand> Poller::statCommandsFor(Round *round)
{
    QList<RuntimeCommand> commands;
    round->focused = m_scope.isEmpty() && !isFullPollDue();
    if (m_scope.isEmpty() && !round->focused) {
        round->proxies.append(QString());
        commands.append(CommandBuilder::showStat().value());
        return commands;
    }
    QStringList proxies = round->focused ? m_focus : m_scope;
    if (round->focused) {
        for (const QString &proxy : std::as_const(m_focusSummaries)) {
            if (!proxies.contains(proxy)) {
                proxies.append(proxy);
                round->backendRowsOnly.append(proxy);
            }
        }
    }
    for (const QString &proxy : std::as_const(proxies)) {
        if (m_unknownProxies.contains(proxy))
            continue;
        CommandBuilder::StatScope scope;
        scope.proxy = proxy;
        if (round->backendRowsOnly.contains(proxy))
            scope.typeMask = CommandBuilder::Backends;
        // By id where the last full poll knows it: a frontend and a backend may share a name.
        const QList<int> ids = round->focused ? m_proxyIds.value(proxy) : QList<int> {};
        for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
            scope.proxyId = ids.at(i);
            round->proxies.append(proxy);
            commands.append(CommandBuilder::showStat(scope).value());
        }
        scope.proxyId = ids.isEmpty() ? -1 : ids.constLast();
        const Result<RuntimeCommand> command = CommandBuilder::showStat(scope);
        if (!command) {
            round->unknown.append(proxy);
            if (!round->focused)
                round->reports.append(
                    tr("The proxy name “%1” is left out of polling: %2").arg(proxy, command.error()));
            continue;
        }
        round->proxies.append(proxy);
        commands.append(command.value());
    }
    return commands;
}

bool Poller::isFullPollDue() const
{
    if (m_forceFull || !m_hasFocus || !m_last || !m_last->scope.isEmpty())
        return true;
    const int period = fullPollIntervalMs();
    if (period <= m_intervalMs)
        return true;
    // Half an interval early rather than one interval late.
    return steadyNowMs() - m_lastFullMs + m_intervalMs / 2 >= period;
}

int Poller::fullPollIntervalMs() const
{
    if (!m_scope.isEmpty() || !m_hasFocus || m_fullRows == 0)
        return m_intervalMs;
    const int rowsPerSecond = m_allRowsMatter ? AllRowsPerSecond : BackgroundRowsPerSecond;
    const qint64 wanted = qint64(m_fullRows) * 1000 / rowsPerSecond;
    if (wanted <= m_intervalMs)
        return m_intervalMs;
    const qint64 polls = (wanted + m_intervalMs - 1) / m_intervalMs;
    return int(std::min<qint64>(polls * m_intervalMs, std::max(MaxFullPollMs, m_intervalMs)));
}

void Poller::setFocus(const QStringList &proxies, bool allRowsMatter, const QStringList &backendRowsOnly)
{
    QStringList focus;
    for (const QString &proxy : proxies) {
        if (!proxy.isEmpty() && !focus.contains(proxy))
            focus.append(proxy);
    }
    QStringList summaries;
    for (const QString &proxy : backendRowsOnly) {
        if (!proxy.isEmpty() && !focus.contains(proxy) && !summaries.contains(proxy))
            summaries.append(proxy);
    }
    if (m_hasFocus && focus == m_focus && summaries == m_focusSummaries && allRowsMatter == m_allRowsMatter)
        return;
    const auto isNew = [this](const QString &proxy) {
        return !m_focus.contains(proxy) && !m_focusSummaries.contains(proxy);
    };
    const bool added = std::any_of(focus.cbegin(), focus.cend(), isNew)
        || std::any_of(summaries.cbegin(), summaries.cend(), isNew);
    m_hasFocus = true;
    m_focus = focus;
    m_focusSummaries = summaries;
    m_allRowsMatter = allRowsMatter;
    // Rows that came on screen are read now, not up to a full period late.
    if (added && m_running && !m_paused && fullPollIntervalMs() > m_intervalMs)
        refreshNow();
    emit pollPlanChanged();
}

void Poller::clearFocus()
{
    if (!m_hasFocus)
        return;
    m_hasFocus = false;
    m_focus.clear();
    m_focusSummaries.clear();
    m_allRowsMatter = false;
    emit pollPlanChanged();
}

void Poller::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_paused)
        return;
    refreshNow();
}

void Poller::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_refreshRequested = false;
    m_timer.stop();
    ++m_generation;
}

void Poller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_refreshRequested = false;
    m_timer.stop();
    // Whoever pauses expects the view to hold still from now on, also against a poll in flight.
    ++m_generation;
    emit pausedChanged(true);
}

void Poller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_running)
        refreshNow();
    emit pausedChanged(false);
}

void Poller::refreshNow()
{
    m_refreshRequested = true;
    // With a poll in flight, finishPoll() starts the next one: polls never overlap.
    if (!m_busy)
        poll();
}

void Poller::onConnectionReady()
{
    // The worker may be a new one (restart, reload): proxies unknown to the old one may exist
    // now, and the rows of the old one are no base for a focused poll.
    m_unknownProxies.clear();
    m_forceFull = true;
    if ((m_running && !m_paused) || m_refreshRequested) {
        m_refreshRequested = true;
        // From the event loop, not from inside the connection's handshake.
        if (!m_busy)
            m_timer.start(0);
    }
}

void Poller::schedule()
{
    if (m_running && !m_paused)
        m_timer.start(m_intervalMs);
}

void Poller::poll()
{
    m_timer.stop();
    if (m_busy || !m_connection)
        return;
    if (!m_refreshRequested && !(m_running && !m_paused))
        return;
    if (!m_connection->isReady()) {
        // Queued polls would pile up in the connection and all run at once on reconnect;
        // ready() starts one poll instead (and a refresh asked for meanwhile stays asked for).
        schedule();
        return;
    }
    m_refreshRequested = false;

    auto round = std::make_shared<Round>();
    round->generation = m_generation;
    const QList<RuntimeCommand> statCommands = statCommandsFor(round.get());
    round->stats.resize(round->proxies.size());
    round->answered.fill(false, round->proxies.size());
    round->waiting = 1 + int(statCommands.size());
    m_busy = true;

    // All commands at once: they are pipelined on the connection and answered in order.
    round->clock.start();
    m_connection->send(CommandBuilder::showInfo(), this, [this, round](const RuntimeReply &reply) {
        if (reply.ok())
            round->info = reply.body;
        else if (round->error.isEmpty())
            round->error = reply.errorMessage;
        onAnswer(round);
    });
    for (qsizetype i = 0; i < statCommands.size(); ++i) {
        m_connection->send(statCommands.at(i), this, [this, round, i](const RuntimeReply &reply) {
            const QString &proxy = round->proxies.at(i);
            if (reply.ok()) {
                round->stats[i] = reply.body;
                round->answered[i] = true;
            } else if (!proxy.isEmpty() && reply.error == RuntimeError::HaproxyError) {
                // HAProxy answered, in words, about this proxy alone ("No such proxy." on 2.6):
                // the other proxies' rows are still good.
                round->unknown.append(proxy);
                if (round->focused) // the screen's, not the user's words: dropped quietly
                    return onAnswer(round);
                round->reports.append(reply.body.startsWith("No such proxy")
                        ? tr("HAProxy has no proxy named “%1”; it is left out of polling.").arg(proxy)
                        : tr("The proxy “%1” is left out of polling: %2").arg(proxy, reply.errorMessage));
            } else if (round->error.isEmpty()) {
                round->error = reply.errorMessage;
            }
            onAnswer(round);
        });
    }
}

void Poller::onAnswer(const std::shared_ptr<Round> &round)
{
    if (--round->waiting == 0)
        onAnswers(round);
}

void Poller::onAnswers(const std::shared_ptr<Round> &round)
{
    const qint64 pollUs = round->clock.nsecsElapsed() / 1000;
    if (round->generation != m_generation) {
        m_busy = false;
        finishPoll();
        return;
    }
    if (round->focused) {
        for (const QString &proxy : std::as_const(round->unknown)) {
            m_focus.removeAll(proxy);
            m_focusSummaries.removeAll(proxy);
        }
        m_forceFull = m_forceFull || !round->unknown.isEmpty(); // the screen follows the full poll
    } else {
        for (const QString &proxy : std::as_const(round->unknown)) {
            if (!m_unknownProxies.contains(proxy))
                m_unknownProxies.append(proxy);
        }
    }
    // A slot may delete this Poller; nothing is touched after an emit without checking.
    const QPointer<Poller> self(this);
    for (const QString &report : std::as_const(round->reports)) {
        emit pollFailed(report);
        if (!self)
            return;
    }
    if (!round->error.isEmpty()) {
        m_busy = false;
        emit pollFailed(tr("Polling HAProxy failed: %1").arg(round->error));
        if (self)
            finishPoll();
        return;
    }

    ParseJob job;
    job.info = round->info;
    for (qsizetype i = 0; i < round->stats.size(); ++i) {
        if (round->answered.at(i))
            job.stats.append(round->stats.at(i));
    }
    job.previous = m_last;
    job.scope = m_scope;
    job.focused = round->focused;
    if (round->focused) {
        job.droppedProxies = round->unknown;
        job.backendRowsOnly = round->backendRowsOnly;
    }
    job.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer now;
    now.start();
    job.monotonicMs = now.msecsSinceReference();
    job.pollDurationUs = pollUs;
    job.pollerThread = thread();

    const int generation = round->generation;
    QThreadPool::globalInstance()->start([job = std::move(job), guard = m_guard, generation] {
        PollParseOutcome outcome = parse(job);
        QMutexLocker lock(&guard->mutex);
        if (Poller *poller = guard->poller) {
            QMetaObject::invokeMethod(
                poller,
                [poller, generation, outcome = std::move(outcome)] { poller->onParsed(generation, outcome); },
                Qt::QueuedConnection);
        }
    });
}

void Poller::onParsed(int generation, const PollParseOutcome &outcome)
{
    m_busy = false;
    if (generation != m_generation) {
        finishPoll();
        return;
    }
    const std::shared_ptr<Snapshot> &snapshot = outcome.snapshot;
    const QString &error = outcome.error;
    if (outcome.needFullPoll) {
        // Not the user's concern: the rows are read in full at once instead.
        qCDebug(lcPoller, "focused poll not merged (%s): full poll", qPrintable(error));
        m_forceFull = true;
        m_refreshRequested = true;
        finishPoll();
        return;
    }
    const QPointer<Poller> self(this);
    if (snapshot && snapshot->staleRows.isEmpty() && snapshot->scope.isEmpty())
        noteFullPoll(*snapshot);
    if (!snapshot) {
        qCWarning(lcPoller, "poll failed: %s", qPrintable(error));
        emit pollFailed(tr("Could not read HAProxy's answer: %1").arg(error));
    } else {
        // Numbered here, not in the pool, so dropped results leave no gaps.
        snapshot->sequence = ++m_sequence;
        qCDebug(lcPoller, "snapshot %llu: poll %lld µs, parse %lld µs",
            static_cast<unsigned long long>(snapshot->sequence),
            static_cast<long long>(snapshot->pollDurationUs),
            static_cast<long long>(snapshot->parseDurationUs));
        m_last = snapshot;
        emit snapshotReady(m_last);
    }
    if (self)
        finishPoll();
}

void Poller::noteFullPoll(const Snapshot &snapshot)
{
    m_forceFull = false;
    m_lastFullMs = snapshot.monotonicMs;
    const int before = fullPollIntervalMs();
    m_fullRows = int(snapshot.stat.rows.size());
    m_proxyIds.clear();
    for (const StatRow &row : snapshot.stat.rows) {
        if ((row.isFrontend() || row.isBackend()) && StatRow::has(row.iid) && row.iid > 0) {
            QList<int> &ids = m_proxyIds[QString::fromUtf8(row.pxname)];
            if (!ids.contains(int(row.iid)))
                ids.append(int(row.iid));
        }
    }
    if (fullPollIntervalMs() != before)
        emit pollPlanChanged();
}

void Poller::finishPoll()
{
    // A slot of snapshotReady() or pollFailed() may have started the next poll already.
    if (m_busy)
        return;
    if (m_refreshRequested) {
        // From the event loop: this may run inside a reply handler of the connection.
        m_timer.start(0);
        return;
    }
    if (!m_timer.isActive())
        schedule();
}
