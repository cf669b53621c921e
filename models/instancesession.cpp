#include "models/instancesession.h"

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/historystore.h"
#include "models/stattablemodel.h"

#include <QElapsedTimer>

namespace {

ConnectionOptions optionsFor(const Endpoint &endpoint)
{
    ConnectionOptions options;
    // An ssh login (key exchange, agent, maybe a jump host) can take longer than a socket.
    if (endpoint.kind == Endpoint::Kind::Ssh)
        options.connectTimeoutMs = 20000;
    return options;
}

} // namespace

InstanceSession::InstanceSession(const ConnectionProfile &profile, const Endpoint &endpoint,
    int pollIntervalMs, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_id(endpoint.toString())
    , m_history(history)
    , m_connection(new RuntimeConnection(endpoint, optionsFor(endpoint), this))
    , m_poller(new Poller(m_connection, this))
    , m_model(new StatTableModel(this))
{
    m_poller->setInterval(pollIntervalMs);
    connect(m_poller, &Poller::snapshotReady, this, &InstanceSession::onSnapshot);
    // A reconnect must not compute a rate across the time nobody was watching.
    connect(m_connection, &RuntimeConnection::stateChanged, this, [this](RuntimeConnection::State state) {
        if (state != RuntimeConnection::State::Ready && m_history)
            m_history->markDisconnected(m_id);
    });
}

InstanceSession::~InstanceSession()
{
    close();
}

QString InstanceSession::displayName() const
{
    return m_profile.name.isEmpty() ? m_id : m_profile.name;
}

void InstanceSession::setPollInterval(int ms)
{
    m_profile.pollIntervalMs = ms;
    m_poller->setInterval(ms);
}

void InstanceSession::open()
{
    m_connection->open();
    m_poller->start();
}

void InstanceSession::close()
{
    m_poller->stop();
    m_connection->close();
    m_model->clear();
    m_last.reset();
    if (m_history)
        m_history->markDisconnected(m_id);
}

void InstanceSession::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    QElapsedTimer merge;
    merge.start();
    m_model->setSnapshot(snapshot);
    m_lastMergeUs = merge.nsecsElapsed() / 1000;
    // Only queued here: at 10,000 servers recording takes milliseconds the GUI thread has not.
    if (m_history)
        m_history->addSnapshot(m_id, snapshot);
    emit snapshotApplied(snapshot);
}
