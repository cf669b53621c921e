#include "views/reloadflow.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/procparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/workflows/haproxycommandline.h"
#include "core/workflows/reapplyplan.h"
#include "core/workflows/reloadsnapshotreader.h"
#include "models/instancesession.h"
#include "views/actionpreviewdialog.h"
#include "views/reloaddialog.h"
#include "views/reloadresultdialog.h"

ReloadFlow::ReloadFlow(InstanceSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

ReloadFlow::~ReloadFlow() = default;

QString ReloadFlow::unavailableReason(const InstanceSession *session)
{
    if (!session)
        return tr("No instance is shown.");
    const RuntimeConnection *connection = session->connection();
    if (!connection || !connection->isReady())
        return tr("Not connected.");
    if (!connection->isMaster())
        return tr(
            "This is a worker's stats socket: connect to the master socket (haproxy -W -S …) to reload.");
    if (connection->level() < AccessLevel::Operator)
        return tr("The master socket's level is %1; reloading needs operator or admin.")
            .arg(accessLevelName(connection->level()));
    return {};
}

void ReloadFlow::start()
{
    if (const QString reason = unavailableReason(m_session); !reason.isEmpty()) {
        deleteLater();
        return;
    }
    // The configuration the master runs, when it is on this machine: the loss on HAProxy
    // 3.0+ needs it to tell servers added at runtime.
    if (!ReloadSnapshotReader::filesAreLocal(m_session->connection()->endpoint())) {
        readSnapshot({});
        return;
    }
    m_session->connection()->send(CommandBuilder::showProc(), this, [this](const RuntimeReply &reply) {
        const auto list =
            reply.ok() ? ProcParser::parse(reply.body) : Result<ProcList>::failure(reply.errorMessage);
        const QStringList files =
            list.ok() ? HaproxyCommandLine::configFilesOfProcess(list.value().master.pid) : QStringList();
        readSnapshot(files.value(0));
    });
}

void ReloadFlow::readSnapshot(const QString &configurationPath)
{
    if (!m_session)
        return deleteLater();
    auto *reader = new ReloadSnapshotReader(m_session->connection(), this);
    connect(reader, &ReloadSnapshotReader::finished, this,
        [this, reader, configurationPath](const ReloadSnapshot &snapshot) {
            reader->deleteLater();
            openConfirm(snapshot, configurationPath);
        });
    connect(
        reader, &ReloadSnapshotReader::failed, this, [this, reader, configurationPath](const QString &error) {
            reader->deleteLater();
            ReloadSnapshot unread;
            unread.notes.append(tr("What the reload would lose could not be read: %1").arg(error));
            openConfirm(unread, configurationPath);
        });
    reader->start(configurationPath);
}

void ReloadFlow::openConfirm(const ReloadSnapshot &snapshot, const QString &configurationPath)
{
    if (!m_session || !m_window)
        return deleteLater();
    m_confirm = new ReloadDialog(snapshot, m_session->displayName(), m_window);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    if (!configurationPath.isEmpty())
        m_confirm->setConfigurationFile(configurationPath);
    connect(m_confirm, &ReloadDialog::reloadRequested, this, [this](bool reapply) {
        m_before = m_confirm->snapshot();
        m_configurationPath = m_confirm->configurationFile();
        runReload(reapply);
    });
    connect(m_confirm, &QDialog::rejected, this, &QObject::deleteLater);
    m_confirm->open();
    emit confirmShown();
}

void ReloadFlow::runReload(bool reapply)
{
    if (!m_session || !m_window)
        return deleteLater();
    m_reapply = reapply;
    m_result = new ReloadResultDialog(m_session->displayName(), m_window);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_result, &QObject::destroyed, this, &QObject::deleteLater);
    connect(m_result, &ReloadResultDialog::reviewPlanRequested, this, &ReloadFlow::reviewPlan);
    m_result->show();
    m_reload = new MasterReload(m_session->connection(), Clock::system(), this);
    connect(m_reload, &MasterReload::progress, m_result, &ReloadResultDialog::setProgress);
    connect(m_reload, &MasterReload::finished, this, &ReloadFlow::onReloadFinished);
    m_reload->start();
}

void ReloadFlow::onReloadFinished(const MasterReload::Report &report)
{
    if (m_result)
        m_result->setReport(report);
    emit reloadFinished(report);
    if (!m_reapply || !m_result)
        return;
    if (report.outcome != MasterReload::Outcome::Loaded) {
        m_result->setReapplyState(tr("Nothing is put back: the reload did not load a new worker."), false);
        emit reapplyReady();
        return;
    }
    m_result->setReapplyState(tr("Reading the new worker's state to see what to put back…"), false);
    readAfter();
}

void ReloadFlow::readAfter()
{
    if (!m_session)
        return;
    auto *reader = new ReloadSnapshotReader(m_session->connection(), this);
    connect(reader, &ReloadSnapshotReader::finished, this, [this, reader](const ReloadSnapshot &after) {
        reader->deleteLater();
        m_after = after;
        const ReapplyPlan plan = ReapplyPlan::build(m_before, m_after);
        QStringList lines;
        if (plan.isEmpty())
            lines.append(
                tr("Nothing to put back: the new worker already runs every change that was listed."));
        else
            lines.append(tr("%n change(s) can be put back. Review them; nothing is sent until you confirm.",
                nullptr, int(plan.steps.size())));
        if (!plan.refused.isEmpty())
            lines.append(
                tr("Not put back (refused by the checks): %1").arg(plan.refused.join(QStringLiteral("; "))));
        lines.append(plan.notes);
        if (m_result)
            m_result->setReapplyState(lines.join(u'\n'), !plan.isEmpty());
        emit reapplyReady();
    });
    connect(reader, &ReloadSnapshotReader::failed, this, [this, reader](const QString &error) {
        reader->deleteLater();
        if (m_result)
            m_result->setReapplyState(
                tr("The new worker's state could not be read, so nothing is put back: %1").arg(error), false);
        emit reapplyReady();
    });
    reader->start(m_configurationPath);
}

void ReloadFlow::reviewPlan()
{
    if (!m_session || !m_result)
        return;
    // Built again from the two snapshots: the preview shows exactly what will be sent.
    const ReapplyPlan plan = ReapplyPlan::build(m_before, m_after);
    if (plan.isEmpty())
        return;
    auto *preview = new ActionPreviewDialog(plan.action(), m_session->connection(), m_result);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    emit previewShown();
}
