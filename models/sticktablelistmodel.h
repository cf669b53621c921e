#pragma once

#include "core/parsers/sticktableparser.h"
#include "models/keyedtablemodel.h"

// The stick tables of one instance (`show table`): name, key type, size and entries used,
// merged by name.
class StickTableListModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, UsedColumn, ColumnCount };

    using KeyedTableModel::KeyedTableModel;

    void setTables(const QList<StickTableInfo> &tables);
    const QList<StickTableInfo> &tables() const { return m_tables; }
    // The table named name, nullptr when it is not listed.
    const StickTableInfo *find(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StickTableInfo> m_tables;
};
