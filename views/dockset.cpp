#include "views/dockset.h"

#include "core/client/poller.h"
#include "core/workflows/drainscheduler.h"
#include "models/clusterstore.h"
#include "models/historystore.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "models/stattablemodel.h"
#include "views/auditlogdock.h"
#include "views/certificatesdock.h"
#include "views/chartpanel.h"
#include "views/clusterdock.h"
#include "views/consoledock.h"
#include "views/errorsdock.h"
#include "views/instanceview.h"
#include "views/mapreplacedialog.h"
#include "views/mapsdock.h"
#include "views/processesdock.h"
#include "views/schedulesdock.h"
#include "views/sessionsdock.h"
#include "views/stattableview.h"
#include "views/sticktablesdock.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

DockSet::DockSet(const Sources &sources, InstanceView *tables, QMainWindow *window)
    : QObject(window)
    , m_sources(sources)
    , m_tables(tables)
    , m_window(window)
{
    setObjectName(QStringLiteral("dockSet"));
    m_auditDock = new AuditLogDock(window);
    m_auditDock->setWindowTitle(tr("Audit Log"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();
    createChartsDock();
    createConsoleDock();
    createClusterDock();
    createSchedulesDock();
    createMapsDock();
    createTrafficDocks();
    createCertificatesDock();
    createProcessesDock();
    window->tabifyDockWidget(m_auditDock, m_chartsDock);
    window->tabifyDockWidget(m_chartsDock, m_consoleDock);
    window->tabifyDockWidget(m_consoleDock, m_clusterDock);
    window->tabifyDockWidget(m_clusterDock, m_schedulesDock);
    window->tabifyDockWidget(m_schedulesDock, m_mapsDock);
    window->tabifyDockWidget(m_mapsDock, m_stickTablesDock);
    window->tabifyDockWidget(m_stickTablesDock, m_sessionsDock);
    window->tabifyDockWidget(m_sessionsDock, m_errorsDock);
    window->tabifyDockWidget(m_errorsDock, m_certificatesDock);
    window->tabifyDockWidget(m_certificatesDock, m_processesDock);
    setUpToggles();
}

void DockSet::createChartsDock()
{
    m_chartsDock = new QDockWidget(tr("Traffic Charts"), m_window);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartPanel = new ChartPanel(m_chartsDock);
    m_chartPanel->setObjectName(QStringLiteral("chartPanel"));
    m_chartsDock->setWidget(m_chartPanel);
    // Sessions/s exist for every row on every HAProxy (2.6 servers have no request counter);
    // the canary shares what the weights decide: the balancer's picks.
    m_chartPanel->setMetric(Metric::SessionRate);
    m_chartPanel->setShareMetric(Metric::LbRate);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            plotSelection();
            m_chartPanel->refresh();
        }
    });
    connect(m_sources.history, &HistoryStore::updated, this, [this](const QString &instanceId) {
        if (m_session && instanceId == m_session->id() && m_chartsDock->isVisible())
            m_chartPanel->refresh();
    });
}

void DockSet::createConsoleDock()
{
    m_consoleDock = new ConsoleDock(m_window);
    m_consoleDock->setObjectName(QStringLiteral("consoleDock"));
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_consoleDock);
    m_consoleDock->hide();
    // What the console changed shows in the tables at once.
    connect(m_consoleDock, &ConsoleDock::commandAnswered, this, [this](const RuntimeCommand &command) {
        if (command.isWrite() && m_session)
            m_session->poller()->refreshNow();
    });
}

void DockSet::createClusterDock()
{
    m_clusterDock = new ClusterDock(m_sources.clusters, m_sources.profiles, m_window);
    m_clusterDock->setObjectName(QStringLiteral("clusterDock"));
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_clusterDock);
    m_clusterDock->hide();
    connect(m_clusterDock, &ClusterDock::statusMessage, this, &DockSet::statusMessage);
}

void DockSet::createSchedulesDock()
{
    m_schedulesDock = new SchedulesDock(m_window);
    m_schedulesDock->setObjectName(QStringLiteral("schedulesDock"));
    m_schedulesDock->setScheduler(m_sources.drainScheduler);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_schedulesDock);
    m_schedulesDock->hide();
    connect(m_schedulesDock, &SchedulesDock::statusMessage, this,
        [this](const QString &text) { emit statusMessage(text, false); });
    connect(m_sources.drainScheduler, &DrainScheduler::storeError, this,
        [this](const QString &text) { emit statusMessage(tr("Scheduled drains: %1").arg(text), true); });
    // Overdue jobs are asked about in the dock: show it.
    connect(m_sources.drainScheduler, &DrainScheduler::overdueJobs, m_schedulesDock, &QWidget::show);
}

void DockSet::createMapsDock()
{
    m_mapsDock = new MapsDock(m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_mapsDock);
    m_mapsDock->hide();
    connect(m_mapsDock, &MapsDock::statusMessage, this, &DockSet::statusMessage);
    connect(m_mapsDock, &MapsDock::replaceRequested, this, &DockSet::openMapReplace);
    // The dock may outlive this object while the window is torn down.
    m_mapsDock->setClusterLookup([self = QPointer<DockSet>(this)] {
        return self ? self->clusterOf(self->m_session) : MapsDock::Cluster {};
    });
}

void DockSet::createCertificatesDock()
{
    m_certificatesDock = new CertificatesDock(m_sources.sessions, m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_certificatesDock);
    m_certificatesDock->hide();
    connect(m_certificatesDock, &CertificatesDock::statusMessage, this, &DockSet::statusMessage);
}

void DockSet::createProcessesDock()
{
    m_processesDock = new ProcessesDock(m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_processesDock);
    m_processesDock->hide();
    connect(m_processesDock, &ProcessesDock::statusMessage, this, &DockSet::statusMessage);
}

void DockSet::createTrafficDocks()
{
    m_stickTablesDock = new StickTablesDock(m_window);
    m_sessionsDock = new SessionsDock(m_window);
    m_errorsDock = new ErrorsDock(m_window);
    const QList<QDockWidget *> docks { m_stickTablesDock, m_sessionsDock, m_errorsDock };
    for (QDockWidget *dock : docks) {
        m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    connect(m_stickTablesDock, &StickTablesDock::statusMessage, this, &DockSet::statusMessage);
    connect(m_sessionsDock, &SessionsDock::statusMessage, this, &DockSet::statusMessage);
    connect(m_errorsDock, &ErrorsDock::statusMessage, this, &DockSet::statusMessage);
}

void DockSet::setUpToggles()
{
    const struct
    {
        QDockWidget *dock;
        QString text;
        QKeySequence shortcut;
    } toggles[] = {
        { m_auditDock, tr("&Audit Log"), QKeySequence(Qt::CTRL | Qt::Key_L) },
        { m_chartsDock, tr("&Traffic Charts"), QKeySequence(Qt::CTRL | Qt::Key_G) },
        { m_consoleDock, tr("C&onsole"), QKeySequence(Qt::CTRL | Qt::Key_K) },
        { m_clusterDock, tr("Cl&usters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) },
        { m_schedulesDock, tr("Sc&heduled Drains"), QKeySequence(Qt::CTRL | Qt::Key_J) },
        { m_mapsDock, tr("&Maps && ACLs"), QKeySequence(Qt::CTRL | Qt::Key_3) },
        { m_stickTablesDock, tr("Stic&k Tables"), QKeySequence(Qt::CTRL | Qt::Key_4) },
        { m_sessionsDock, tr("Sessio&ns"), QKeySequence(Qt::CTRL | Qt::Key_5) },
        { m_errorsDock, tr("&Errors"), QKeySequence(Qt::CTRL | Qt::Key_6) },
        { m_certificatesDock, tr("Cert&ificates"), QKeySequence(Qt::CTRL | Qt::Key_7) },
        { m_processesDock, tr("Pro&cesses"), QKeySequence(Qt::CTRL | Qt::Key_8) },
    };
    for (const auto &toggle : toggles) {
        QDockWidget *dock = toggle.dock;
        dock->toggleViewAction()->setText(toggle.text);
        dock->toggleViewAction()->setShortcut(toggle.shortcut);
        // The docks share one tabbed area: the one asked for comes to the front, with the focus.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (!shown)
                return;
            dock->raise();
            if (QWidget *content = dock->widget())
                content->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

QList<QAction *> DockSet::toggleActions() const
{
    return { m_auditDock->toggleViewAction(), m_chartsDock->toggleViewAction(),
        m_consoleDock->toggleViewAction(), m_clusterDock->toggleViewAction(),
        m_schedulesDock->toggleViewAction(), m_mapsDock->toggleViewAction(),
        m_stickTablesDock->toggleViewAction(), m_sessionsDock->toggleViewAction(),
        m_errorsDock->toggleViewAction(), m_certificatesDock->toggleViewAction(),
        m_processesDock->toggleViewAction() };
}

QAction *DockSet::consoleToggle() const
{
    return m_consoleDock->toggleViewAction();
}

void DockSet::setSession(InstanceSession *session)
{
    m_session = session;
    const SnapshotPtr last = session ? session->lastSnapshot() : SnapshotPtr {};
    m_consoleDock->setConnection(session ? session->connection() : nullptr);
    m_stickTablesDock->setConnection(session ? session->connection() : nullptr);
    m_sessionsDock->setConnection(session ? session->connection() : nullptr);
    m_errorsDock->setConnection(session ? session->connection() : nullptr);
    m_consoleDock->setSnapshot(last);
    m_mapsDock->setConnection(session ? session->connection() : nullptr);
    m_processesDock->setSession(session);
    m_chartPanel->setHistory(session ? m_sources.history->find(session->id()) : nullptr);
    m_chartPanel->setSnapshot(last);
    plotSelection();
}

void DockSet::showSnapshot(const SnapshotPtr &snapshot)
{
    m_consoleDock->setSnapshot(snapshot);
    if (m_session)
        m_chartPanel->setHistory(m_sources.history->find(m_session->id()));
    m_chartPanel->setSnapshot(snapshot);
    // The chart redraws when the history has recorded this snapshot (on its own thread).
    if (m_chartsDock->isVisible()
        && (m_chartPanel->objects().isEmpty() || m_chartPanel->canaryBackend().isEmpty()))
        plotSelection(); // the first rows arrived
}

void DockSet::plotSelection()
{
    QList<ChartObject> objects;
    StatTableView *view = m_tables->activeTable();
    if (!view || view->selectedRows().isEmpty())
        view = m_tables->serversView();
    QModelIndexList rows = view->selectedRows();
    if (rows.isEmpty()) {
        // Nothing selected: the servers shown (the first dozen), so the chart is never blank.
        const QAbstractItemModel *servers = m_tables->serversView()->model();
        for (int row = 0; row < std::min(servers->rowCount(), 12); ++row)
            rows << servers->index(row, 0);
    }
    QString firstServerBackend;
    for (const QModelIndex &index : rows) {
        const QString proxy = index.data(StatTableModel::ProxyNameRole).toString();
        const QString server = index.data(StatTableModel::ServerNameRole).toString();
        objects.append({ index.data(StatTableModel::KeyRole).toString(),
            server.isEmpty() ? proxy : proxy + u'/' + server });
        if (firstServerBackend.isEmpty() && !server.isEmpty())
            firstServerBackend = proxy;
    }
    m_chartPanel->setObjects(objects);
    const QStringList backends = m_tables->selectedBackends();
    QString backend = backends.isEmpty() ? firstServerBackend : backends.first();
    const QAbstractItemModel *allBackends = m_tables->backendsView()->model();
    if (backend.isEmpty() && allBackends->rowCount() > 0)
        backend = allBackends->index(0, 0).data(StatTableModel::ProxyNameRole).toString();
    m_chartPanel->setCanaryBackend(backend);
}

void DockSet::showScheduledJob(const QUuid &id)
{
    m_schedulesDock->show();
    m_schedulesDock->raise();
    m_schedulesDock->selectJob(id);
}

MapsDock::Cluster DockSet::clusterOf(const InstanceSession *session) const
{
    if (!session)
        return {};
    // The first cluster the instance belongs to, with its members, open or not.
    const QString name = session->profile().name;
    for (const ClusterDefinition &cluster : m_sources.clusters->clusters()) {
        if (!cluster.members.contains(name))
            continue;
        MapsDock::Cluster found { cluster.name, {} };
        for (const QString &member : cluster.members) {
            RuntimeConnection *connection = nullptr;
            for (InstanceSession *open : m_sources.sessions->sessions()) {
                if (open->profile().name == member)
                    connection = open->connection();
            }
            found.members.append({ member, connection });
        }
        return found;
    }
    return {};
}

void DockSet::openMapReplace(const MapCommands::Target &target)
{
    if (!m_session || !m_session->connection())
        return;
    auto *dialog = new MapReplaceDialog(target, m_session->connection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const MapsDock::Cluster cluster = clusterOf(m_session);
    if (!cluster.name.isEmpty())
        dialog->setCluster(cluster.name, cluster.members);
    connect(dialog, &MapReplaceDialog::replaceFinished, m_mapsDock, &MapsDock::refresh);
    connect(dialog, &MapReplaceDialog::clusterFinished, m_mapsDock, &MapsDock::refresh);
    dialog->open();
}
