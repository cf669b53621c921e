#include "models/certificatesloader.h"

#include "core/client/runtimeconnection.h"
#include "core/protocol/sslcertcommands.h"
#include "models/certificatesmodel.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"

CertificatesLoader::CertificatesLoader(SessionManager *sessions, CertificatesModel *model, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_model(model)
{
    m_timer.setInterval(RefreshMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &CertificatesLoader::refresh);
    if (!m_sessions)
        return;
    for (InstanceSession *session : m_sessions->sessions())
        watch(session);
    connect(m_sessions, &SessionManager::sessionOpened, this, [this](InstanceSession *session) {
        watch(session);
        if (m_active)
            load(session);
    });
    connect(m_sessions, &SessionManager::sessionClosing, this, [this](InstanceSession *session) {
        const QString id = session->id();
        m_loads.remove(id);
        if (m_loading.remove(id) && m_loading.isEmpty())
            emit loadingChanged(false);
        if (m_errors.remove(id))
            emit errorsChanged();
        m_model->removeInstance(id);
    });
}

void CertificatesLoader::watch(InstanceSession *session)
{
    // A fresh connection (first or after a reconnect) may hold other certificates by now.
    connect(session->connection(), &RuntimeConnection::ready, this, [this, session] {
        if (m_active)
            load(session);
    });
}

void CertificatesLoader::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void CertificatesLoader::refresh()
{
    if (!m_sessions)
        return;
    for (InstanceSession *session : m_sessions->sessions())
        load(session);
}

QHash<QString, QString> CertificatesLoader::errors() const
{
    QHash<QString, QString> byName;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        byName.insert(it->first, it->second);
    return byName;
}

void CertificatesLoader::setError(const QString &instanceId, const QString &name, const QString &message)
{
    const bool had = m_errors.contains(instanceId);
    if (message.isEmpty())
        m_errors.remove(instanceId);
    else
        m_errors.insert(instanceId, { name, message });
    if (had || !message.isEmpty())
        emit errorsChanged();
}

void CertificatesLoader::load(InstanceSession *session)
{
    const QString id = session->id();
    RuntimeConnection *connection = session->connection();
    if (!connection || !connection->isReady()) {
        setError(id, session->displayName(), tr("not connected"));
        return;
    }
    Load &state = m_loads[id];
    const int generation = ++state.generation;
    state.outstanding = 0;
    state.certs.clear();
    state.problems.clear();
    const bool wasLoading = isLoading();
    m_loading.insert(id, session->displayName());
    if (!wasLoading)
        emit loadingChanged(true);
    sendRead(session, generation, SslCertCommands::showCerts(), 1,
        [this, generation](InstanceSession *s, const RuntimeReply &reply) { onList(s, generation, reply); });
}

// HAProxy answers "Operations on certificates are currently locked!" while another CLI session
// works on certificates (another hadesk, a replace, two sessions to one instance reading at
// once): a read is asked again a little later, a few times.
void CertificatesLoader::sendRead(InstanceSession *session, int generation, const RuntimeCommand &command,
    int attempt, const std::function<void(InstanceSession *, const RuntimeReply &)> &done)
{
    QPointer<InstanceSession> guard(session);
    session->connection()->send(command, this, [=, this](const RuntimeReply &reply) {
        if (!guard || m_loads.value(guard->id()).generation != generation)
            return;
        if (reply.ok() || !reply.body.contains("currently locked") || attempt >= LockedAttempts)
            return done(guard, reply);
        QTimer::singleShot(LockedRetryMs * attempt, this, [=, this] {
            if (guard && guard->connection() && m_loads.value(guard->id()).generation == generation)
                sendRead(guard, generation, command, attempt + 1, done);
        });
    });
}

void CertificatesLoader::onList(InstanceSession *session, int generation, const RuntimeReply &reply)
{
    Load &state = m_loads[session->id()];
    if (state.generation != generation)
        return;
    if (!reply.ok()) {
        state.problems << tr("the list of certificates: %1").arg(reply.text());
        return finishLoad(session);
    }
    const auto list = SslCertParser::parseList(reply.body);
    if (!list) {
        state.problems << tr("the list of certificates: %1").arg(list.error());
        return finishLoad(session);
    }
    if (list->files.isEmpty())
        return finishLoad(session);
    for (const QByteArray &file : list->files) {
        const auto command = SslCertCommands::showCert(QString::fromUtf8(file));
        if (!command) {
            state.problems << tr("%1: %2").arg(QString::fromUtf8(file), command.error());
            continue;
        }
        ++state.outstanding;
        sendRead(session, generation, *command, 1,
            [this, generation](InstanceSession *s, const RuntimeReply &r) { onCert(s, generation, r); });
    }
    if (state.outstanding == 0)
        finishLoad(session);
}

void CertificatesLoader::onCert(InstanceSession *session, int generation, const RuntimeReply &reply)
{
    Load &state = m_loads[session->id()];
    if (state.generation != generation)
        return;
    --state.outstanding;
    const auto info =
        reply.ok() ? SslCertParser::parseCert(reply.body) : Result<SslCertInfo>::failure(reply.text());
    if (info)
        state.certs << *info;
    else
        state.problems << info.error();
    if (state.outstanding == 0)
        finishLoad(session);
}

void CertificatesLoader::finishLoad(InstanceSession *session)
{
    const QString id = session->id();
    const Load &state = m_loads[id];
    // Nothing read: the rows from before stay (a refusal is not "no certificates").
    if (!state.certs.isEmpty() || state.problems.isEmpty())
        m_model->setInstance(id, session->displayName(), state.certs);
    setError(id, session->displayName(), state.problems.join(QStringLiteral("; ")));
    if (m_loading.remove(id) && m_loading.isEmpty())
        emit loadingChanged(false);
}
