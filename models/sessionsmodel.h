#pragma once

#include "core/parsers/sessionparser.h"
#include "models/keyedtablemodel.h"

// The streams of one instance (`show sess`), with the fields people look at: stream id,
// age, source, frontend, backend, server, protocol and the request channel's state.
// Merged by stream id with frontend and source (HAProxy reuses a freed stream's pointer).
// The CLI's own streams (frontend GLOBAL) are left out unless asked for.
class SessionsModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AgeColumn,
        SourceColumn,
        FrontendColumn,
        BackendColumn,
        ServerColumn,
        ProtocolColumn,
        RequestColumn,
        ColumnCount
    };

    using KeyedTableModel::KeyedTableModel;

    void setSessions(const QList<SessionRow> &rows);
    void setShowCli(bool show) { m_showCli = show; }
    const QList<SessionRow> &sessions() const { return m_rows; }
    const SessionRow *at(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    static QString key(const SessionRow &row);
    // 3720 -> "1h2m"
    static QString ageText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const SessionRow &row, int column) const;

    QList<SessionRow> m_rows;
    bool m_showCli = false;
};
