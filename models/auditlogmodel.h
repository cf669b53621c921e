#pragma once

#include "core/storage/auditlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

// The records of an AuditLog as a table, oldest first, following the log as records are
// appended (rows inserted at the end) and as the oldest leave memory (rows removed at the
// top). Keeps its own copy of the records so that every row signal brackets the change it
// announces; the records' strings are shared with the log, not duplicated.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Endpoint, Command, Result, Answer, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        // The value behind a cell, for sorting: Time qint64 ms since the epoch (UTC), Result
        // the error name ("ok" on success), Answer the full answer, others their text.
        RawRole = Qt::UserRole + 1,
        SuccessRole, // bool
        SequenceRole, // qint64: the record's position in the log since the last reset; unique
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    // Shows log's records and follows it; nullptr empties the model. A reset.
    void setLog(AuditLog *log);
    AuditLog *log() const { return m_log; }

    const AuditRecord *record(int row) const; // nullptr if out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onAppended(const AuditRecord &record);
    void onDropped(int count);

    QPointer<AuditLog> m_log;
    QList<AuditRecord> m_records;
    qint64 m_firstSequence = 0; // SequenceRole of row 0: grows as rows are dropped at the top
};

// The cut of an AuditLogModel the audit dock shows: a text filter (every word, ignoring
// case, in the command, endpoint, user or answer; applied ~300 ms after the last
// keystroke) and an "errors only" toggle. Sorts on RawRole with the record's sequence as
// tie-break, so equal cells keep the log's order.
class AuditLogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int FilterDelayMs = 300;

    explicit AuditLogFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text); // debounced
    void applyFilterTextNow(); // for tests and Enter
    QString filterText() const { return m_pendingText; }
    void setErrorsOnly(bool errorsOnly);
    bool errorsOnly() const { return m_errorsOnly; }

    // The records shown, in the order shown (for export).
    QList<AuditRecord> shownRecords() const;

signals:
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QTimer m_filterTimer;
    QString m_pendingText;
    QStringList m_words; // of the applied text
    bool m_errorsOnly = false;
};
