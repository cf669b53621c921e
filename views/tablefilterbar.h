#pragma once

#include "core/protocol/tablecommands.h"
#include "core/result.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

// The filters of a stick table view, built with HAProxy's own syntax in mind: up to four
// data filters (a column of the table, eq/ne/lt/le/gt/ge, a number), all sent to HAProxy
// together, or one key to look up alone. changed() follows an edit after a short pause.
class TableFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TableFilterBar(QWidget *parent = nullptr);

    // The table's data columns ("gpc0", "http_req_rate"); filters on others are dropped.
    void setColumns(const QStringList &columns);
    // The filters set, or why one of them cannot be sent (a value that is not a number).
    Result<QList<TableCommands::DataFilter>> filters() const;
    QString key() const;
    // "data.gpc0 gt 5, data.conn_rate ge 2", for people.
    QString describe() const;
    bool isEmpty() const;

    // One filter row (0..MaxDataFilters-1), for tests and callers that prefill it.
    void setFilter(int row, const QString &column, TableCommands::Op op, const QString &value);
    void setKey(const QString &key);
    void clearFilters();

signals:
    void changed();

private:
    struct Row
    {
        QComboBox *column = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *value = nullptr;
    };

    void addRow(int i, class QGridLayout *grid);

    QList<Row> m_rows;
    QLineEdit *m_key = nullptr;
    QTimer *m_pause = nullptr;
};
