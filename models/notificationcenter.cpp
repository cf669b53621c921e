#include "models/notificationcenter.h"

#include "core/client/runtimeconnection.h"
#include "core/workflows/drainscheduler.h"
#include "models/certificatesloader.h"
#include "models/certificatesmodel.h"
#include "models/instancesession.h"
#include "models/notificationthrottle.h"
#include "models/sessionmanager.h"
#include "models/settings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "hadesk.notify", QtInfoMsg)

NotificationCenter::NotificationCenter(Settings *settings, Notifier *notifier, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_throttle(new NotificationThrottle(clock, this))
{
    connect(m_throttle, &NotificationThrottle::summaryDue, this, &NotificationCenter::showSummary);
    m_notifier->setActivationHandler([this](const QString &instanceId) { emit activated(instanceId); });
}

NotificationCenter::~NotificationCenter()
{
    m_notifier->setActivationHandler({});
    if (m_sessions)
        disconnect(m_sessions, nullptr, this, nullptr);
}

// ---------------------------------------------------------------------------------------
// Kinds and their switches

QList<NotificationCenter::Kind> NotificationCenter::switchableKinds()
{
    return { Kind::ServerDown, Kind::ServerUp, Kind::DrainFinished, Kind::DrainFailed, Kind::ReloadFailed,
        Kind::CertExpiring, Kind::Connection };
}

QString NotificationCenter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ServerDown:
        return QStringLiteral("server-down");
    case Kind::ServerUp:
        return QStringLiteral("server-up");
    case Kind::DrainFinished:
        return QStringLiteral("drain-finished");
    case Kind::DrainFailed:
        return QStringLiteral("drain-failed");
    case Kind::ReloadFailed:
        return QStringLiteral("reload-failed");
    case Kind::CertExpiring:
        return QStringLiteral("cert-expiring");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Summary:
        break;
    }
    return QStringLiteral("summary");
}

QString NotificationCenter::settingsKey(Kind kind)
{
    return QStringLiteral("notifications/") + kindName(kind);
}

QString NotificationCenter::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::ServerDown:
        return tr("A server or backend goes DOWN");
    case Kind::ServerUp:
        return tr("A server or backend comes back UP");
    case Kind::DrainFinished:
        return tr("A scheduled drain finishes");
    case Kind::DrainFailed:
        return tr("A scheduled drain fails");
    case Kind::ReloadFailed:
        return tr("A reload fails, or its outcome is unknown");
    case Kind::CertExpiring:
        return tr("A certificate enters its last %1 days").arg(CertificateWarningDays);
    case Kind::Connection:
        return tr("The connection to an instance is lost, or comes back");
    case Kind::Summary:
        break;
    }
    return tr("What was held back");
}

QString NotificationCenter::rateLimitText()
{
    return tr("Nothing is shown while hadesk is the active window. The same server, drain or "
              "certificate is told at most once a minute, and at most %1 notifications in %2 "
              "seconds; what is held back comes later in one summary.")
        .arg(NotificationThrottle::Budget)
        .arg(NotificationThrottle::BudgetWindowMs / 1000);
}

bool NotificationCenter::isEnabled(Kind kind) const
{
    if (kind == Kind::Summary)
        return true;
    return m_settings->store().value(settingsKey(kind), true).toBool();
}

void NotificationCenter::setEnabled(Kind kind, bool enabled)
{
    if (kind == Kind::Summary || isEnabled(kind) == enabled)
        return;
    m_settings->store().setValue(settingsKey(kind), enabled);
    if (kind == Kind::CertExpiring)
        updateCertificateReads();
    emit enabledChanged(kind, enabled);
}

void NotificationCenter::setInFront(std::function<bool()> inFront)
{
    m_inFront = std::move(inFront);
}

// ---------------------------------------------------------------------------------------
// Following sessions and the scheduler

void NotificationCenter::setSessionManager(SessionManager *sessions)
{
    if (m_sessions)
        disconnect(m_sessions, nullptr, this, nullptr);
    m_sessions = sessions;
    if (!sessions)
        return;
    for (InstanceSession *session : sessions->sessions())
        follow(session);
    connect(sessions, &SessionManager::sessionOpened, this, &NotificationCenter::follow);
    connect(sessions, &SessionManager::sessionClosing, this, [this](InstanceSession *session) {
        disconnect(session, nullptr, this, nullptr);
        disconnect(session->connection(), nullptr, this, nullptr);
        m_instances.remove(session->id());
    });
    updateCertificateReads();
}

void NotificationCenter::follow(InstanceSession *session)
{
    connect(session, &InstanceSession::snapshotApplied, this, [this, session](const SnapshotPtr &snapshot) {
        applySnapshot(session->id(), session->displayName(), snapshot);
    });
    watchLink(session);
}

// A link lost for less than ConnectionGraceMs is not told (a reload through the master CLI
// drops it); either way the first snapshot after the reconnect is a new baseline.
void NotificationCenter::watchLink(InstanceSession *session)
{
    const QString id = session->id();
    m_instances[id].linkUp = session->connection()->isReady();
    connect(session->connection(), &RuntimeConnection::stateChanged, this,
        [this, session, id](RuntimeConnection::State state) {
            Instance &instance = m_instances[id];
            const QString name = session->displayName();
            if (state == RuntimeConnection::State::Ready) {
                instance.linkUp = true;
                ++instance.lostGeneration;
                if (std::exchange(instance.lostTold, false))
                    connectionBack(id, name);
                return;
            }
            const bool wasUp = std::exchange(instance.linkUp, false);
            instance.health.clear();
            if (!wasUp || state != RuntimeConnection::State::WaitingToReconnect)
                return;
            const int generation = ++instance.lostGeneration;
            m_clock->singleShot(ConnectionGraceMs, this, [this, id, name, generation] {
                const auto it = m_instances.find(id);
                if (it == m_instances.end() || it->lostGeneration != generation || it->linkUp)
                    return;
                it->lostTold = true;
                connectionLost(id, name);
            });
        });
}

void NotificationCenter::setDrainScheduler(DrainScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    m_drainStates.clear();
    if (!scheduler)
        return;
    for (const DrainJob &job : scheduler->jobs())
        m_drainStates.insert(job.id, job.state);
    // A job read from the file is where it was: only what changes from now on is news.
    connect(scheduler, &DrainScheduler::jobAdded, this, [this](const QUuid &id) {
        if (const DrainJob *job = m_scheduler->job(id))
            m_drainStates.insert(id, job->state);
    });
    connect(scheduler, &DrainScheduler::jobChanged, this, &NotificationCenter::onDrainJob);
    connect(
        scheduler, &DrainScheduler::jobRemoved, this, [this](const QUuid &id) { m_drainStates.remove(id); });
}

void NotificationCenter::onDrainJob(const QUuid &id)
{
    if (const DrainJob *job = m_scheduler ? m_scheduler->job(id) : nullptr)
        drainJobChanged(*job);
}

// ---------------------------------------------------------------------------------------
// Servers and backends

NotificationCenter::Health NotificationCenter::healthOf(const StatStatus &status)
{
    switch (status.state) {
    case StatStatus::State::Up:
    case StatStatus::State::Drain:
    case StatStatus::State::Nolb:
        return Health::Alive;
    case StatStatus::State::Down:
        return Health::Down;
    default:
        return Health::Other;
    }
}

void NotificationCenter::applySnapshot(
    const QString &instanceId, const QString &instanceName, const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    Instance &instance = m_instances[instanceId];
    // Another worker (a reload) starts its servers afresh: its first state is a baseline too.
    const qint64 pid = snapshot->info.pid();
    if (pid > 0 && instance.pid > 0 && pid != instance.pid)
        instance.health.clear();
    if (pid > 0)
        instance.pid = pid;

    // A stale row's status was carried over from an earlier poll: it keeps its last state, and
    // only a snapshot read in full says which rows are gone (on a large instance most polls
    // read only what is on screen: their few fresh rows are all this looks at).
    const bool full = snapshot->staleCount() == 0;
    QSet<StatRowKey> present;
    const QList<StatRow> &rows = snapshot->stat.rows;
    if (full)
        present.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatRow &row = rows.at(i);
        if ((!row.isServer() && !row.isBackend()) || !snapshot->isFresh(i))
            continue;
        const StatRowKey key = StatRowKey::of(row);
        if (full)
            present.insert(key);
        const Health now = healthOf(row.decodedStatus());
        const auto it = instance.health.find(key);
        if (it == instance.health.end()) {
            instance.health.insert(key, now); // the baseline, or a row new since
            continue;
        }
        const Health before = std::exchange(it.value(), now);
        if ((before == Health::Alive && now == Health::Down)
            || (before == Health::Down && now == Health::Alive))
            notifyHealth(instanceId, instanceName, row, now);
    }
    if (full)
        instance.health.removeIf([&present](const auto &entry) { return !present.contains(entry.key()); });
}

void NotificationCenter::notifyHealth(
    const QString &instanceId, const QString &instanceName, const StatRow &row, Health now)
{
    const QString proxy = QString::fromUtf8(row.pxname);
    const QString what = row.isBackend() ? tr("Backend %1").arg(proxy)
                                         : tr("Server %1/%2").arg(proxy, QString::fromUtf8(row.svname));
    Notification notification;
    notification.instanceId = instanceId;
    notification.subject = row.isBackend() ? proxy : proxy + u'/' + QString::fromUtf8(row.svname);
    QString detail = QString::fromUtf8(row.checkStatus).remove(u'*').trimmed();
    if (!row.checkDesc.isEmpty())
        detail =
            (detail.isEmpty() ? QString() : detail + QStringLiteral(": ")) + QString::fromUtf8(row.checkDesc);
    if (detail.isEmpty())
        detail = QString::fromUtf8(row.status);
    if (now == Health::Down) {
        notification.kind = Kind::ServerDown;
        notification.title = tr("%1 is DOWN on %2").arg(what, instanceName);
    } else {
        notification.kind = Kind::ServerUp;
        notification.title = tr("%1 is back UP on %2").arg(what, instanceName);
    }
    notification.body = tr("Status: %1 (last check: %2)").arg(QString::fromUtf8(row.status), detail);
    m_names.insert(instanceId, instanceName);
    submit(notification);
}

void NotificationCenter::forgetInstance(const QString &instanceId)
{
    const auto it = m_instances.find(instanceId);
    if (it != m_instances.end()) {
        it->health.clear();
        it->pid = 0;
    }
}

// ---------------------------------------------------------------------------------------
// Links, drains, reloads

void NotificationCenter::connectionLost(const QString &instanceId, const QString &instanceName)
{
    m_names.insert(instanceId, instanceName);
    submit({ Kind::Connection, tr("Connection to %1 lost").arg(instanceName),
        tr("hadesk keeps trying to reconnect; its tables show the last state read."), instanceId,
        tr("lost") });
}

void NotificationCenter::connectionBack(const QString &instanceId, const QString &instanceName)
{
    m_names.insert(instanceId, instanceName);
    submit({ Kind::Connection, tr("Connection to %1 is back").arg(instanceName),
        tr("The tables show live numbers again."), instanceId, tr("back") });
}

void NotificationCenter::drainJobChanged(const DrainJob &job)
{
    const DrainJob::State before = m_drainStates.value(job.id, DrainJob::State::Waiting);
    m_drainStates.insert(job.id, job.state);
    if (before == job.state || (job.state != DrainJob::State::Done && job.state != DrainJob::State::Failed))
        return;
    const InstanceSession *session = m_sessions ? m_sessions->find(job.instanceId) : nullptr;
    const QString instanceName = session ? session->displayName() : job.instanceId;
    const QString server = job.backend + u'/' + job.server;
    Notification notification;
    notification.instanceId = job.instanceId;
    notification.subject = server;
    if (job.state == DrainJob::State::Done) {
        notification.kind = Kind::DrainFinished;
        notification.title = tr("Drain of %1 finished on %2").arg(server, instanceName);
        notification.body = job.endActionText();
    } else {
        notification.kind = Kind::DrainFailed;
        notification.title = tr("Drain of %1 failed on %2").arg(server, instanceName);
        notification.body = job.lastError.isEmpty() ? tr("No reason was given.") : job.lastError;
        if (!job.serverState.isEmpty())
            notification.body += u' ' + tr("The server was left in %1.").arg(job.serverState);
    }
    m_names.insert(job.instanceId, instanceName);
    submit(notification);
}

void NotificationCenter::reloadFinished(
    const QString &instanceId, const QString &instanceName, const MasterReload::Report &report)
{
    Notification notification { Kind::ReloadFailed, {}, report.message, instanceId, {} };
    if (report.outcome == MasterReload::Outcome::Failed) {
        notification.title = tr("Reload of %1 failed").arg(instanceName);
        notification.subject = tr("failed");
    } else if (report.outcome == MasterReload::Outcome::Unknown) {
        notification.title = tr("Reload of %1: outcome unknown").arg(instanceName);
        notification.subject = tr("outcome unknown");
    } else {
        return; // loaded, or refused before it was sent (said at once in the window)
    }
    m_names.insert(instanceId, instanceName);
    submit(notification);
}

// ---------------------------------------------------------------------------------------
// Certificates

void NotificationCenter::certificatesRead(
    const QString &instanceId, const QString &instanceName, const QList<SslCertInfo> &certs)
{
    const QDateTime now = m_clock->nowUtc();
    for (const SslCertInfo &cert : certs) {
        if (cert.isTransaction() || !cert.notAfter.isValid()
            || now.msecsTo(cert.notAfter) > qint64(CertificateWarningDays) * 24 * 3600 * 1000)
            continue;
        const QString told = instanceId + u'\n' + QString::fromUtf8(cert.filename) + u'\n'
            + cert.notAfter.toString(Qt::ISODate);
        if (m_certificatesTold.contains(told))
            continue;
        m_certificatesTold.insert(told);
        const QString name = QString::fromUtf8(cert.filename);
        const qint64 days = cert.daysLeft(now);
        Notification notification { Kind::CertExpiring, {}, {}, instanceId, name };
        notification.title = now >= cert.notAfter
            ? tr("Certificate %1 on %2 has expired").arg(name, instanceName)
            : tr("Certificate %1 on %2 expires in %n day(s)", "", int(days)).arg(name, instanceName);
        notification.body = tr("Valid until %1 (UTC). Subject: %2")
                                .arg(cert.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    QString::fromUtf8(cert.subject));
        m_names.insert(instanceId, instanceName);
        submit(notification);
    }
}

void NotificationCenter::updateCertificateReads()
{
    const bool wanted = m_sessions && isEnabled(Kind::CertExpiring);
    if (wanted && !m_certLoader) {
        m_certModel = new CertificatesModel(this);
        m_certLoader = new CertificatesLoader(m_sessions, m_certModel, this);
        connect(m_certLoader, &CertificatesLoader::loadingChanged, this, [this](bool loading) {
            if (!loading)
                readCertificates();
        });
    }
    if (m_certLoader)
        m_certLoader->setActive(wanted);
}

void NotificationCenter::readCertificates()
{
    QHash<QString, QList<SslCertInfo>> byInstance;
    QHash<QString, QString> names;
    for (int row = 0; row < m_certModel->rowCount(); ++row) {
        const QString id = m_certModel->instanceId(row);
        byInstance[id].append(*m_certModel->certificate(row));
        names.insert(id, m_certModel->index(row, CertificatesModel::Instance).data().toString());
    }
    for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it)
        certificatesRead(it.key(), names.value(it.key()), it.value());
}

// ---------------------------------------------------------------------------------------
// Showing

void NotificationCenter::submit(const Notification &notification)
{
    if (!isEnabled(notification.kind))
        return;
    if (m_inFront && m_inFront()) {
        qCDebug(lcNotify) << "not shown, hadesk is in front:" << notification.title;
        return;
    }
    if (!m_throttle->offer(notification)) {
        qCInfo(lcNotify) << "held back for the summary:" << notification.title;
        return;
    }
    qCInfo(lcNotify).noquote() << "notify:" << notification.title << "—" << notification.body;
    m_notifier->notify(notification);
}

QString NotificationCenter::summaryLine(Kind kind, const QString &instanceName, const QStringList &subjects)
{
    const QString list = subjects.join(QStringLiteral(", "));
    switch (kind) {
    case Kind::ServerDown:
        return tr("Went DOWN on %1: %2").arg(instanceName, list);
    case Kind::ServerUp:
        return tr("Came back UP on %1: %2").arg(instanceName, list);
    case Kind::DrainFinished:
        return tr("Drains finished on %1: %2").arg(instanceName, list);
    case Kind::DrainFailed:
        return tr("Drains failed on %1: %2").arg(instanceName, list);
    case Kind::ReloadFailed:
        return tr("Reloads of %1: %2").arg(instanceName, list);
    case Kind::CertExpiring:
        return tr("Certificates expiring on %1: %2").arg(instanceName, list);
    case Kind::Connection:
        return tr("Connection to %1: %2").arg(instanceName, list);
    case Kind::Summary:
        break;
    }
    return list;
}

void NotificationCenter::showSummary(const QList<Notification> &held)
{
    if (held.isEmpty())
        return;
    if (m_inFront && m_inFront()) {
        qCInfo(lcNotify) << "summary of" << held.size() << "not shown, hadesk is in front";
        return;
    }
    // Grouped by kind and instance in the order they first came, each subject with its count.
    QList<QPair<int, QString>> groups;
    QHash<QPair<int, QString>, QStringList> subjects;
    QHash<QString, int> counts;
    const auto countKey = [](Kind kind, const QString &instanceId, const QString &subject) -> QString {
        return QString::number(int(kind)) + u'\n' + instanceId + u'\n' + subject;
    };
    for (const Notification &notification : held) {
        const QPair<int, QString> group { int(notification.kind), notification.instanceId };
        if (!groups.contains(group))
            groups.append(group);
        if (counts[countKey(notification.kind, notification.instanceId, notification.subject)]++ == 0)
            subjects[group].append(notification.subject);
    }
    QStringList lines;
    for (const auto &group : std::as_const(groups)) {
        QStringList listed;
        for (const QString &subject : subjects.value(group)) {
            const int count = counts.value(countKey(Kind(group.first), group.second, subject));
            listed << (count > 1 ? tr("%1 ×%2").arg(subject).arg(count) : subject);
        }
        lines << summaryLine(Kind(group.first), m_names.value(group.second, group.second), listed);
    }
    lines << tr("Last: %1").arg(held.constLast().title);
    Notification summary;
    summary.kind = Kind::Summary;
    summary.title = tr("%n more notification(s) held back", "", int(held.size()));
    summary.body = lines.join(u'\n');
    if (groups.size() == 1)
        summary.instanceId = groups.constFirst().second;
    qCInfo(lcNotify).noquote() << "notify:" << summary.title << "—" << summary.body;
    m_notifier->notify(summary);
}
