#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// A table model whose rows are merged by key on each refresh, so that a selection (kept by
// the view through the model's persistent indexes) survives: rows that went are removed,
// rows that stayed are updated in place with one dataChanged over them, new rows are
// appended. Subclasses keep their rows in a QList<Row> and call merge() with a key function.
class KeyedTableModel : public QAbstractTableModel
{
public:
    // The number behind a cell, for sorting (a sort proxy's sortRole).
    static constexpr int RawRole = Qt::UserRole + 1;
    // The row's key (the same for every column).
    static constexpr int KeyRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Row, typename KeyFn>
    void merge(QList<Row> &rows, QList<Row> fresh, KeyFn key)
    {
        QHash<QString, qsizetype> freshRow;
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshRow.insert(key(fresh.at(i)), i);
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (freshRow.contains(key(rows.at(i))))
                continue;
            beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            endRemoveRows();
        }
        QSet<QString> kept;
        for (Row &row : rows) {
            const QString k = key(row);
            row = fresh.at(freshRow.value(k));
            kept.insert(k);
        }
        if (!rows.isEmpty() && columnCount() > 0)
            emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
        QList<Row> added;
        for (Row &row : fresh) {
            if (!kept.contains(key(row)))
                added.append(std::move(row));
        }
        if (added.isEmpty())
            return;
        beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows.append(std::move(added));
        endInsertRows();
    }
};
