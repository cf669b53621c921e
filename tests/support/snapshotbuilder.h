#pragma once

#include "core/client/snapshot.h"
#include "core/parsers/statparser.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTest>

#include <memory>
#include <utility>

// Test data for models and views: a `show stat` answer written row by row and parsed by the
// real StatParser into a Snapshot, so a test row is exactly what a poll would give (cells
// readable by name, absent numbers NoValue).
//
//     SnapshotBuilder().backend("app").server("app", "s1").status("UP").weight(10).build()
//
// frontend(), backend() and server() add a row, or select it again when it is already there;
// the setters after them fill that row's cells. The header names pxname, svname, type and
// every column set on some row, in the order first set, unless haproxy26Columns() asks for
// HAProxy 2.6's real 128 columns (tests/data/stat_26.csv); a cell nobody set is empty.
class SnapshotBuilder
{
public:
    // Rows: a frontend is OPEN, a backend and a server UP, until status() says otherwise.
    SnapshotBuilder &frontend(const QByteArray &name) { return row(name, "FRONTEND", "0", "OPEN"); }
    SnapshotBuilder &backend(const QByteArray &name) { return row(name, "BACKEND", "1", "UP"); }
    SnapshotBuilder &server(const QByteArray &backend, const QByteArray &name)
    {
        return row(backend, name, "2", "UP");
    }
    // Drops a row (and selects none).
    SnapshotBuilder &remove(const QByteArray &proxy, const QByteArray &name)
    {
        const qsizetype at = indexOf(proxy, name);
        if (at >= 0) {
            m_rows.removeAt(at);
            reindex();
        }
        m_current = -1;
        return *this;
    }

    // Moves the selected row just before another one (HAProxy lists a backend's servers
    // before its BACKEND row; a test may need a row added in the middle).
    SnapshotBuilder &moveBefore(const QByteArray &proxy, const QByteArray &name)
    {
        const qsizetype to = indexOf(proxy, name);
        if (m_current < 0 || to < 0)
            qFatal("SnapshotBuilder: no row to move, or no row %s/%s", proxy.constData(), name.constData());
        const qsizetype target = m_current < to ? to - 1 : to;
        m_rows.move(m_current, target);
        m_current = target;
        reindex();
        return *this;
    }

    // Cells of the selected row.
    SnapshotBuilder &set(const QByteArray &column, const QByteArray &value)
    {
        if (m_current < 0)
            qFatal("SnapshotBuilder: set %s before choosing a row", column.constData());
        if (!m_columns.contains(column))
            m_columns.append(column);
        m_rows[m_current].cells.insert(column, value);
        return *this;
    }
    // StatRow::NoValue writes an empty cell: the value is absent.
    SnapshotBuilder &set(const QByteArray &column, qint64 value)
    {
        return set(column, StatRow::has(value) ? QByteArray::number(value) : QByteArray());
    }
    SnapshotBuilder &status(const QByteArray &status) { return set("status", status); }
    // The user's weight and the effective one alike.
    SnapshotBuilder &weight(qint64 weight) { return set("weight", weight).set("uweight", weight); }
    // A backup server (bck 1, act 0) or an active one (bck 0, act 1).
    SnapshotBuilder &backup(bool backup) { return set("act", backup ? 0 : 1).set("bck", backup ? 1 : 0); }
    SnapshotBuilder &sessions(qint64 current) { return set("scur", current); }
    SnapshotBuilder &sessionsTotal(qint64 total) { return set("stot", total); }
    SnapshotBuilder &lbtot(qint64 total) { return set("lbtot", total); }
    SnapshotBuilder &bytes(qint64 in, qint64 out) { return set("bin", in).set("bout", out); }
    SnapshotBuilder &addr(const QByteArray &address) { return set("addr", address); }
    SnapshotBuilder &algo(const QByteArray &algorithm) { return set("algo", algorithm); }

    // The snapshot itself.
    SnapshotBuilder &at(qint64 ms) // wall clock and steady clock alike
    {
        m_takenAtMs = ms;
        m_monotonicMs = ms;
        return *this;
    }
    SnapshotBuilder &at(qint64 wallMs, qint64 monotonicMs)
    {
        m_takenAtMs = wallMs;
        m_monotonicMs = monotonicMs;
        return *this;
    }
    SnapshotBuilder &sequence(quint64 sequence)
    {
        m_sequence = sequence;
        return *this;
    }
    SnapshotBuilder &countersReset(bool reset = true)
    {
        m_countersReset = reset;
        return *this;
    }
    SnapshotBuilder &scope(const QStringList &proxies)
    {
        m_scope = proxies;
        return *this;
    }
    // HAProxy 2.6's full header, as in tests/data/stat_26.csv (the "-" column filled with "-").
    SnapshotBuilder &haproxy26Columns()
    {
        m_header = haproxy26Header();
        return *this;
    }

    QByteArray csv() const
    {
        const QList<QByteArray> header = m_header.isEmpty() ? defaultHeader() : m_header;
        for (const QByteArray &column : std::as_const(m_columns)) {
            if (!header.contains(column))
                qFatal("SnapshotBuilder: no column %s in the header", column.constData());
        }
        QByteArray out = "# " + header.join(',') + ",\n";
        for (const Row &row : m_rows) {
            QList<QByteArray> cells;
            cells.reserve(header.size());
            for (const QByteArray &column : header)
                cells.append(column == "-" ? QByteArray("-") : row.cells.value(column));
            out += cells.join(',') + ",\n";
        }
        return out + '\n';
    }
    StatTable table() const
    {
        const Result<StatTable> table = StatParser::parse(csv());
        if (!table)
            qFatal("SnapshotBuilder: the answer does not parse: %s", qPrintable(table.error()));
        return *table;
    }
    SnapshotPtr build() const
    {
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->sequence = m_sequence;
        snapshot->takenAtMs = m_takenAtMs;
        snapshot->monotonicMs = m_monotonicMs;
        snapshot->scope = m_scope;
        snapshot->countersReset = m_countersReset;
        snapshot->stat = table();
        return snapshot;
    }

private:
    struct Row
    {
        QByteArray proxy;
        QByteArray name;
        QHash<QByteArray, QByteArray> cells;
    };

    SnapshotBuilder &row(
        const QByteArray &proxy, const QByteArray &name, const QByteArray &type, const QByteArray &status)
    {
        m_current = indexOf(proxy, name);
        if (m_current >= 0)
            return *this;
        m_rows.append(Row { proxy, name, {} });
        m_current = m_rows.size() - 1;
        m_index.insert(keyOf(proxy, name), m_current);
        return set("pxname", proxy).set("svname", name).set("type", type).set("status", status);
    }
    static QByteArray keyOf(const QByteArray &proxy, const QByteArray &name) { return proxy + '/' + name; }
    qsizetype indexOf(const QByteArray &proxy, const QByteArray &name) const
    {
        return m_index.value(keyOf(proxy, name), -1);
    }
    void reindex()
    {
        m_index.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i).proxy, m_rows.at(i).name), i);
    }
    QList<QByteArray> defaultHeader() const
    {
        return m_columns.isEmpty() ? QList<QByteArray> { "pxname", "svname" } : m_columns;
    }
    static QList<QByteArray> haproxy26Header()
    {
        static const QList<QByteArray> columns = [] {
            QFile file(QFINDTESTDATA("data/stat_26.csv"));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("SnapshotBuilder: cannot read tests/data/stat_26.csv");
            QByteArray header = file.readLine().trimmed().mid(2); // "# "
            if (header.endsWith(','))
                header.chop(1);
            return header.split(',');
        }();
        return columns;
    }

    QList<Row> m_rows;
    QHash<QByteArray, qsizetype> m_index; // "proxy/name" -> row
    qsizetype m_current = -1;
    QList<QByteArray> m_columns; // every column set, in the order first set
    QList<QByteArray> m_header; // empty: m_columns
    quint64 m_sequence = 0;
    qint64 m_takenAtMs = 0;
    qint64 m_monotonicMs = 0;
    QStringList m_scope;
    bool m_countersReset = false;
};
