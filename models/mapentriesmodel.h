#pragma once

#include "core/parsers/mapfile.h"
#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// The entries of one map or ACL (`show map|acl <m>`), in HAProxy's order, and, when its file
// was compared, how each stands against the file, followed by the file's entries that are no
// longer live. Plain rows in one vector, reset on each load: it holds 100,000 entries.
class MapEntriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, Reference, File, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // the text, for sorting
        RefRole, // "0x55578a195060"; empty for a row only in the file
        FileStateRole, // MapFileState as int
        KeyRole,
        ValueRole,
    };

    struct Row
    {
        QString key;
        QString value;
        QString ref; // empty: only in the file
        MapFileState state = MapFileState::Unknown;
        int fileLine = 0; // the file's line, for rows only in the file
        QString fileValue; // the file's value, for a row that differs
        bool isLive() const { return !ref.isEmpty(); }
    };

    explicit MapEntriesModel(QObject *parent = nullptr);

    // The live entries of a map or ACL; `comparison` (MapFile::compare of the same entries), if
    // given, says how each stands against the file and adds the rows only in the file.
    void load(MapCommands::Kind kind, const QList<PatternEntry> &entries,
        const MapFileComparison *comparison = nullptr);
    void clear();

    MapCommands::Kind kind() const { return m_kind; }
    bool isCompared() const { return m_compared; }
    const MapFileComparison &comparison() const { return m_comparison; }
    int liveCount() const { return m_liveCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row> &rows() const { return m_rows; }
    // The first live row with this reference, -1 when there is none.
    int rowOfRef(const QString &ref) const;
    // The first live row with this key, -1 when there is none.
    int rowOfKey(const QString &key) const;

    static QString stateText(MapFileState state);

private:
    QString cellText(const Row &row, int column) const;

    MapCommands::Kind m_kind = MapCommands::Kind::Map;
    QList<Row> m_rows;
    MapFileComparison m_comparison;
    bool m_compared = false;
    int m_liveCount = 0;
};
