#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The one gate for stick table commands: `show table`, `clear table`, `set table`. Every
// argument is checked against the table it is for (its key type and its own data columns),
// since HAProxy quietly turns a bad key into another one (2.6 stores "nothost" in an ip table
// as 0.0.0.0; 3.0 stores "abc" in an integer table as 0).
class TableCommands
{
public:
    enum class KeyType { Ip, Ipv6, Integer, String, Binary };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge };

    // HAProxy 2.6 and 3.0 both accept at most four data filters on one line ("Detected extra
    // data in filter" on the fifth), and a key filter only alone.
    static constexpr int MaxDataFilters = 4;

    // What a command needs to know of its table (from `show table` and a dump of it).
    struct Table
    {
        QString name;
        KeyType type = KeyType::String;
        int stringLength = 0; // `len` of a string or binary table; 0: not known (32, HAProxy's default)
        QStringList columns; // its data columns, without the period: "gpc0", "conn_rate"
    };

    struct DataFilter
    {
        QString column;
        Op op = Op::Eq;
        qint64 value = 0;
    };

    // The key type of HAProxy's word for it ("ip", "ipv6", "integer", "string", "binary").
    static std::optional<KeyType> keyType(QByteArrayView word);

    static RuntimeCommand showTables();
    // `show table <t> [data.<col> <op> <v>]*` (at most MaxDataFilters).
    static Result<RuntimeCommand> showTable(const Table &table, const QList<DataFilter> &filters = {});
    static Result<RuntimeCommand> showTableKey(const Table &table, const QString &key);
    static Result<RuntimeCommand> clearKey(const Table &table, const QString &key);
    // `clear table <t> data.<col> <op> <v>...`: removes every matching entry. At least one
    // filter; showTable() with the same filters previews what it removes.
    static Result<RuntimeCommand> clearMatching(const Table &table, const QList<DataFilter> &filters);
    // `set table <t> key <k> data.<col> <v>`: creates the entry when missing.
    static Result<RuntimeCommand> setData(
        const Table &table, const QString &key, const QString &column, qint64 value);

    // The checked forms, for callers that want the words alone.
    static Result<QByteArray> tableName(const QString &name);
    static Result<QByteArray> key(const Table &table, const QString &key);

private:
    static Result<QByteArray> keyLine(QByteArrayView verb, const Table &table, const QString &key);
    static Result<QByteArray> filterWords(const Table &table, const QList<DataFilter> &filters);
};
