#include "models/drainjobsmodel.h"

#include "core/workflows/drainjob.h"
#include "core/workflows/drainscheduler.h"

#include <QLocale>

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

qint64 rawTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

} // namespace

DrainJobsModel::DrainJobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DrainJobsModel::setScheduler(DrainScheduler *scheduler)
{
    if (m_scheduler == scheduler)
        return;
    beginResetModel();
    if (m_scheduler)
        m_scheduler->disconnect(this);
    m_scheduler = scheduler;
    m_ids.clear();
    if (m_scheduler) {
        for (const DrainJob &job : m_scheduler->jobs())
            m_ids.append(job.id);
        connect(m_scheduler, &DrainScheduler::jobAdded, this, &DrainJobsModel::onAdded);
        connect(m_scheduler, &DrainScheduler::jobChanged, this, &DrainJobsModel::onChanged);
        connect(m_scheduler, &DrainScheduler::jobRemoved, this, &DrainJobsModel::onRemoved);
        // By then the QPointer is already null: empty the rows here.
        connect(m_scheduler, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_scheduler = nullptr;
            m_ids.clear();
            endResetModel();
        });
    }
    endResetModel();
}

QUuid DrainJobsModel::jobId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

int DrainJobsModel::rowOf(const QUuid &id) const
{
    return int(m_ids.indexOf(id));
}

void DrainJobsModel::onAdded(const QUuid &id)
{
    if (m_ids.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void DrainJobsModel::onChanged(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DrainJobsModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

int DrainJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DrainJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrainJobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_ids.size() || index.column() < 0
        || index.column() >= ColumnCount || !m_scheduler)
        return {};
    const QUuid id = m_ids.at(index.row());
    const DrainJob *job = m_scheduler->job(id);
    if (!job)
        return {};
    switch (role) {
    case IdRole:
        return id;
    case ProgressRole:
        return job->progress();
    case SessionsRole:
        return job->currentSessions;
    case FinishedRole:
        return job->isFinished();
    case OverdueRole:
        return job->state == DrainJob::State::Overdue;
    default:
        break;
    }
    const auto column = Column(index.column());
    if (role == RawRole) {
        switch (column) {
        case Start:
            return rawTime(job->startAtUtc);
        case NextEvent:
            return rawTime(job->nextEventUtc());
        case State:
            return int(job->state);
        case EndAction:
            return int(job->endAction);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Server:
            return QString(job->backend + QLatin1Char('/') + job->server);
        case Instance:
            return job->instanceId;
        case Start:
            return localTime(job->startAtUtc);
        case EndAction:
            return job->endActionText();
        case State:
            return m_scheduler->statusText(id);
        case NextEvent:
            return localTime(job->nextEventUtc());
        case LastError:
            return job->lastError;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == LastError || (column == State && job->state == DrainJob::State::Failed))
            return job->lastError.isEmpty() ? QVariant() : QVariant(job->lastError);
        if (column == State && job->state == DrainJob::State::Overdue)
            return tr("Its time passed while hadesk was closed or disconnected. Run it now or cancel it.");
        if (column == State && job->idleDeadlineUtc().isValid())
            return tr("Idle deadline: %1").arg(localTime(job->idleDeadlineUtc()));
    }
    return {};
}

QVariant DrainJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case Server:
        return tr("Server");
    case Instance:
        return tr("Instance");
    case Start:
        return tr("Start");
    case EndAction:
        return tr("Then");
    case State:
        return tr("State");
    case NextEvent:
        return tr("Next event");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}
