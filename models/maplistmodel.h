#pragma once

#include "core/parsers/mapparser.h"
#include "core/protocol/mapcommands.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The maps and ACLs of one instance, as `show map` and `show acl` (no argument) list them:
// maps first, then ACLs, each in HAProxy's order. Each list is merged by its reference (the
// file, or "#<id>" for an ACL written inline), so a refresh keeps the selection.
class MapListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Id, Name, Entries, Versions, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // numbers as numbers
        ReferenceRole, // what MapCommands addresses it by: the file, or "#<id>"
        KindRole, // MapCommands::Kind as int
        FileRole, // the file; empty for an inline ACL
    };

    struct Row
    {
        MapCommands::Kind kind = MapCommands::Kind::Map;
        PatternListInfo info;
        QString reference() const;
        MapCommands::Target target() const { return { kind, reference() }; }
    };

    explicit MapListModel(QObject *parent = nullptr);

    // Replaces one kind's rows with `list` (the parsed answer of showList(kind)).
    void setList(MapCommands::Kind kind, const QList<PatternListInfo> &list);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row *rowAt(int row) const;
    // The row of the map or ACL with this target, -1 when there is none.
    int rowOf(const MapCommands::Target &target) const;

private:
    QString displayText(const Row &row, int column) const;
    int firstRowOf(MapCommands::Kind kind) const; // where this kind's rows start

    QList<Row> m_rows;
};
