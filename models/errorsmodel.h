#pragma once

#include "core/parsers/errorsparser.h"
#include "models/keyedtablemodel.h"

// The protocol errors HAProxy captured (`show errors`), one row per event: when, which
// proxy caught it, request or response, who sent it, where the first refused byte is and
// how many bytes were kept. Merged by proxy, direction, event number and date.
class ErrorsModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ProxyColumn,
        DirectionColumn,
        SourceColumn,
        PositionColumn,
        LengthColumn,
        PeerColumn,
        ColumnCount
    };

    using KeyedTableModel::KeyedTableModel;

    void setDump(const ErrorsDump &dump);
    const ErrorsDump &dump() const { return m_dump; }
    const ErrorEvent *at(int row) const
    {
        return row >= 0 && row < m_dump.events.size() ? &m_dump.events.at(row) : nullptr;
    }

    static QString key(const ErrorEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const ErrorEvent &event, int column) const;

    ErrorsDump m_dump; // its events are the rows
};
