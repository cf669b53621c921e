#pragma once

#include "core/workflows/drainscheduler.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QUuid>

// The jobs of a DrainScheduler as a table, in the order they were added, following the
// scheduler's signals: a row inserted per job added, removed per job removed, and one
// dataChanged over the row's columns per change. Keeps its own list of ids so that every
// row signal matches the rows it had before the change.
class DrainJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Server, Instance, Start, EndAction, State, NextEvent, LastError, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        // The value behind a cell, for sorting: Start and NextEvent qint64 ms since the epoch
        // (UTC; -1 when none), State int DrainJob::State, EndAction int DrainJob::EndAction,
        // others their text.
        RawRole = Qt::UserRole + 1,
        IdRole, // QUuid of the row's job
        // double 0..1 for the State column's progress bar: 1 - current/initial sessions while
        // waiting for them, 1 past that; -1 when there is no progress to show.
        ProgressRole,
        SessionsRole, // int scur + qcur last read; -1 when unknown
        FinishedRole, // bool: Done, Failed or Cancelled
        OverdueRole, // bool
    };

    explicit DrainJobsModel(QObject *parent = nullptr);

    // Shows scheduler's jobs and follows them; nullptr empties the model. A reset.
    void setScheduler(DrainScheduler *scheduler);
    DrainScheduler *scheduler() const { return m_scheduler; }

    QUuid jobId(int row) const; // null when out of range
    int rowOf(const QUuid &id) const; // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onAdded(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);

    QPointer<DrainScheduler> m_scheduler;
    QList<QUuid> m_ids;
};
