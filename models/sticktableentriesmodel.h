#pragma once

#include "core/parsers/sticktableparser.h"
#include "models/keyedtablemodel.h"

#include <QStringList>

// The entries of one stick table (`show table <t> [filters]`): key, time to expiry, use
// count, then the table's own data columns in HAProxy's order (gpc0, conn_rate(10s)...).
// RawRole holds the numbers for sorting. Merged by key while the table and its columns stay
// the same; another table (or other columns) resets it.
class StickTableEntriesModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum FixedColumn { KeyColumn, ExpiryColumn, UseColumn, DataColumnsStart };

    using KeyedTableModel::KeyedTableModel;

    void setDump(const StickTableDump &dump);
    void clear();

    const StickTableDump &dump() const { return m_dump; }
    const StickTableInfo &table() const { return m_dump.table; }
    // The data columns' names without their period ("gpc0", "conn_rate"), as filters name them.
    QStringList dataColumns() const;
    // The data column a model column shows, -1 for key, expiry and use.
    int dataColumnOf(int column) const { return column >= DataColumnsStart ? column - DataColumnsStart : -1; }
    QString keyAt(int row) const;

    // "9m56s" for people (HAProxy prints milliseconds).
    static QString expiryText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const StickTableEntry &entry, int column) const;

    StickTableDump m_dump; // its entries are the rows
};
