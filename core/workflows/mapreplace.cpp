#include "core/workflows/mapreplace.h"

#include "core/logging.h"
#include "core/workflows/commandchannel.h"

#include <QHash>
#include <QSet>

namespace {

using Entry = MapCommands::Entry;
using Kind = MapCommands::Kind;

constexpr qint64 LongestVersion = 0xffffffffll; // batches are sized for the longest "@ver"

Result<RuntimeCommand> batchCommand(
    const MapCommands::Target &target, const QList<Entry> &batch, qint64 version)
{
    if (target.kind == Kind::Acl) // no payload form for ACLs on 2.6 and 3.0
        return MapCommands::add(target, batch.constFirst(), version);
    return MapCommands::addMany(target, batch, version);
}

} // namespace

MapDiff MapDiff::compute(const QList<PatternEntry> &live, const QList<Entry> &wanted)
{
    QHash<QString, QString> current;
    QStringList order;
    for (const PatternEntry &e : live) {
        const QString key = QString::fromUtf8(e.key);
        if (!current.contains(key)) {
            current.insert(key, QString::fromUtf8(e.value));
            order.append(key);
        }
    }
    MapDiff diff;
    QSet<QString> kept;
    for (const Entry &e : wanted) {
        const auto it = current.constFind(e.key);
        if (it == current.cend())
            diff.added.append(e);
        else if (*it != e.value)
            diff.changed.append(e);
        kept.insert(e.key);
    }
    for (const QString &key : std::as_const(order)) {
        if (!kept.contains(key))
            diff.removed.append(key);
    }
    return diff;
}

MapReplace::MapReplace(CommandChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{ }

bool MapReplace::isRunning() const
{
    return m_state == State::Reading || m_state == State::Preparing || m_state == State::Adding
        || m_state == State::Committing;
}

Result<void> MapReplace::start(const MapCommands::Target &target, const QList<Entry> &entries)
{
    if (isRunning())
        return Result<void>::failure(tr("a replacement is already running"));
    if (!m_channel)
        return Result<void>::failure(tr("there is no connection to send through"));
    const auto prepare = MapCommands::prepare(target);
    if (!prepare)
        return Result<void>::failure(prepare.error());
    m_target = target;
    const Result<void> built = buildBatches(entries);
    if (!built)
        return built;
    m_entries = entries;
    m_diff = {};
    m_version = MapCommands::NoVersion;
    m_next = 0;
    m_cancelRequested = false;
    readLive();
    return {};
}

Result<void> MapReplace::buildBatches(const QList<Entry> &entries)
{
    m_batches.clear();
    QSet<QString> seen;
    QList<Entry> batch;
    qsizetype bytes = 0;
    // "add map @4294967295 <ref> <<", its LF and the empty line that ends the payload.
    const qsizetype overhead = 32 + m_target.reference.toUtf8().size();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const auto one = batchCommand(m_target, { e }, LongestVersion);
        if (!one)
            return Result<void>::failure(tr("entry %1: %2").arg(i + 1).arg(one.error()));
        if (seen.contains(e.key))
            return Result<void>::failure(tr("entry %1: the key '%2' is listed twice").arg(i + 1).arg(e.key));
        seen.insert(e.key);
        const qsizetype size = MapCommands::payloadBytes(e);
        const bool full = m_target.kind == Kind::Acl || batch.size() >= MaxBatchEntries
            || overhead + bytes + size > MapCommands::MaxPayloadBytes;
        if (!batch.isEmpty() && full) {
            m_batches.append(batch);
            batch.clear();
            bytes = 0;
        }
        batch.append(e);
        bytes += size;
    }
    if (!batch.isEmpty())
        m_batches.append(batch);
    for (const QList<Entry> &b : std::as_const(m_batches)) {
        const auto command = batchCommand(m_target, b, LongestVersion);
        if (!command)
            return Result<void>::failure(command.error());
    }
    return {};
}

void MapReplace::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MapReplace::cancel()
{
    if (!isRunning() || m_state == State::Committing)
        return;
    m_cancelRequested = true;
    if (!m_inFlight)
        abandon(State::Cancelled, tr("Cancelled; the live contents are untouched."));
}

void MapReplace::readLive()
{
    setState(State::Reading);
    m_inFlight = true;
    m_channel->send(MapCommands::showEntries(m_target), [this](const RuntimeReply &reply) {
        m_inFlight = false;
        if (m_cancelRequested)
            return finish(State::Cancelled, tr("Cancelled before anything was changed."));
        if (failedReply(reply, tr("reading the live entries")))
            return;
        const auto live = MapParser::parseEntries(
            reply.body, m_target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
        if (!live)
            return finish(State::Failed, tr("Nothing was changed: %1").arg(live.error()));
        m_diff = MapDiff::compute(*live, m_entries);
        sendPrepare();
    });
}

void MapReplace::sendPrepare()
{
    setState(State::Preparing);
    m_inFlight = true;
    m_channel->send(MapCommands::prepare(m_target), [this](const RuntimeReply &reply) {
        m_inFlight = false;
        if (reply.ok()) {
            const auto version = MapCommands::preparedVersion(reply.body);
            if (version)
                m_version = *version;
        }
        if (m_cancelRequested)
            return abandon(State::Cancelled, tr("Cancelled; the live contents are untouched."));
        if (failedReply(reply, tr("preparing a new version")))
            return;
        if (m_version == MapCommands::NoVersion)
            return finish(State::Failed,
                tr("HAProxy did not say which version it prepared; the live "
                   "contents are untouched."));
        setState(State::Adding);
        emit progress(0, batchCount());
        if (!m_cancelRequested) // a receiver of progress() may have cancelled
            sendNextBatch();
    });
}

void MapReplace::sendNextBatch()
{
    if (m_next >= m_batches.size())
        return sendCommit();
    m_inFlight = true;
    m_channel->send(
        batchCommand(m_target, m_batches.at(m_next), m_version), [this](const RuntimeReply &reply) {
            m_inFlight = false;
            if (m_cancelRequested)
                return abandon(State::Cancelled, tr("Cancelled; the live contents are untouched."));
            if (failedReply(reply, tr("adding entries to version %1").arg(m_version)))
                return;
            ++m_next;
            emit progress(m_next, batchCount());
            if (!m_cancelRequested)
                sendNextBatch();
        });
}

void MapReplace::sendCommit()
{
    setState(State::Committing);
    const auto commit = MapCommands::commit(m_target, m_version);
    m_inFlight = true;
    m_channel->send(commit, [this, commit](const RuntimeReply &reply) {
        m_inFlight = false;
        if (commit && CommandChannel::outcomeUnknown(*commit, reply)) {
            return finish(State::OutcomeUnknown,
                tr("The link was lost after the commit was sent: the new contents may or may not be live. "
                   "Read the map again before doing anything else."));
        }
        if (!reply.ok()) {
            return abandon(State::Failed,
                tr("HAProxy refused the commit (%1); the live contents are untouched.").arg(reply.message()));
        }
        finish(State::Done, tr("%n entries are live.", nullptr, int(m_entries.size())));
    });
}

// Before the commit: any failure leaves the live contents as they were.
bool MapReplace::failedReply(const RuntimeReply &reply, const QString &step)
{
    if (reply.ok())
        return false;
    abandon(State::Failed,
        tr("Failed while %1 (%2); the live contents are untouched.").arg(step, reply.message()));
    return true;
}

void MapReplace::abandon(State state, const QString &message)
{
    if (m_version == MapCommands::NoVersion || !m_channel)
        return finish(state, message);
    // Not to leave the prepared entries in memory; its answer does not change the outcome.
    m_inFlight = true;
    m_channel->send(MapCommands::clear(m_target, m_version), [this, state, message](const RuntimeReply &) {
        m_inFlight = false;
        finish(state, message);
    });
}

void MapReplace::finish(State state, const QString &message)
{
    qCInfo(lcWorkflow) << "map replace of" << m_target.reference << "ended:" << message;
    setState(state);
    emit finished(state, message);
}
