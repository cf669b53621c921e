#include "core/protocol/tablecommands.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/commandbuilder_p.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableCommands)
};

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using Built = Result<RuntimeCommand>;
using Words = Result<QByteArray>;

// HAProxy's default `len` for string and binary tables.
constexpr int DefaultStringLength = 32;

const char *opWord(TableCommands::Op op)
{
    switch (op) {
    case TableCommands::Op::Eq:
        return "eq";
    case TableCommands::Op::Ne:
        return "ne";
    case TableCommands::Op::Lt:
        return "lt";
    case TableCommands::Op::Le:
        return "le";
    case TableCommands::Op::Gt:
        return "gt";
    case TableCommands::Op::Ge:
        return "ge";
    }
    return nullptr;
}

// A column of this table, by the name HAProxy prints without its period.
Words column(const TableCommands::Table &table, const QString &name)
{
    for (const QChar c : name) {
        if (!(c.isLower() && c.unicode() < 0x80) && !(c.isDigit() && c.unicode() < 0x80) && c != u'_')
            return Words::failure(Tr::tr("data column '%1' is not a column name").arg(name.left(64)));
    }
    if (name.isEmpty() || !table.columns.contains(name))
        return Words::failure(Tr::tr("table '%1' has no data column '%2' (it has: %3)")
                                  .arg(table.name, name.left(64), table.columns.join(QStringLiteral(", "))));
    return QByteArray("data." + name.toLatin1());
}

Words ipKey(const QString &key, bool v6)
{
    QHostAddress address;
    const bool parsed = address.setAddress(key) && address.scopeId().isEmpty();
    const bool wanted = v6 ? address.protocol() == QAbstractSocket::IPv6Protocol && !key.contains(u'.')
                           : address.protocol() == QAbstractSocket::IPv4Protocol && key.count(u'.') == 3;
    if (!parsed || !wanted)
        return Words::failure(v6 ? Tr::tr("key '%1' is not an IPv6 address").arg(key.left(64))
                                 : Tr::tr("key '%1' is not an IPv4 address").arg(key.left(64)));
    return key.toLatin1();
}

Words integerKey(const QString &key)
{
    bool ok = false;
    const qulonglong value = key.toULongLong(&ok);
    const bool digits = !key.isEmpty()
        && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digits || value > 0xffffffffULL)
        return Words::failure(Tr::tr("key '%1' is not an integer from 0 to 4294967295").arg(key.left(64)));
    return QByteArray::number(value);
}

Words stringKey(const QString &key, int length)
{
    const int limit = length > 0 ? length : DefaultStringLength;
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u';' || c == u'\\' || c == u'#')
            return Words::failure(Tr::tr("key '%1' holds a space, a control character, ';', '\\', '#' "
                                         "or a non-ASCII character, which cannot be sent safely")
                                      .arg(key.left(64)));
    }
    if (key.isEmpty() || key.size() > limit)
        return Words::failure(Tr::tr("key '%1' must be 1 to %2 characters long (the table's len)")
                                  .arg(key.left(64))
                                  .arg(limit));
    return key.toLatin1();
}

Built finishTable(const QByteArray &line, Effect effect, AccessLevel level, Rule rule)
{
    Built built = CommandBuilderPrivate::finish(line, effect, level, rule);
    if (built && effect == Effect::Read)
        built.value().setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
    return built;
}

} // namespace

std::optional<TableCommands::KeyType> TableCommands::keyType(QByteArrayView word)
{
    if (word == "ip")
        return KeyType::Ip;
    if (word == "ipv6")
        return KeyType::Ipv6;
    if (word == "integer")
        return KeyType::Integer;
    if (word == "string")
        return KeyType::String;
    if (word == "binary")
        return KeyType::Binary;
    return std::nullopt;
}

Result<QByteArray> TableCommands::tableName(const QString &name)
{
    // A table of a peers section is named "<peers>/<table>".
    const qsizetype slash = name.indexOf(u'/');
    if (slash < 0)
        return ArgumentValidator::name(name, Tr::tr("table name"));
    const Words section = ArgumentValidator::name(name.left(slash), Tr::tr("peers section name"));
    if (!section)
        return section;
    const Words table = ArgumentValidator::name(name.mid(slash + 1), Tr::tr("table name"));
    if (!table)
        return table;
    return QByteArray(*section + '/' + *table);
}

Result<QByteArray> TableCommands::key(const Table &table, const QString &key)
{
    switch (table.type) {
    case KeyType::Ip:
        return ipKey(key, false);
    case KeyType::Ipv6:
        return ipKey(key, true);
    case KeyType::Integer:
        return integerKey(key);
    case KeyType::String:
        return stringKey(key, table.stringLength);
    case KeyType::Binary:
        break;
    }
    // 2.6 refuses to insert binary keys; 3.0 stores the bytes of the text as typed (key
    // "0102" becomes 30313032), so no form of it means the same on both.
    return Words::failure(Tr::tr("keys of binary tables cannot be given on the command line"));
}

Result<QByteArray> TableCommands::filterWords(const Table &table, const QList<DataFilter> &filters)
{
    if (filters.size() > MaxDataFilters)
        return Words::failure(
            Tr::tr("%1 filters given; HAProxy accepts at most %2").arg(filters.size()).arg(MaxDataFilters));
    QByteArray words;
    for (const DataFilter &filter : filters) {
        const Words name = column(table, filter.column);
        if (!name)
            return name;
        const char *op = opWord(filter.op);
        if (!op)
            return Words::failure(Tr::tr("unknown filter operator %1").arg(int(filter.op)));
        words += ' ' + *name + ' ' + op + ' ' + QByteArray::number(filter.value);
    }
    return words;
}

RuntimeCommand TableCommands::showTables()
{
    return finishTable("show table", Effect::Read, AccessLevel::User, Rule::AnyAnswer).value();
}

Result<RuntimeCommand> TableCommands::showTable(const Table &table, const QList<DataFilter> &filters)
{
    const Words name = tableName(table.name);
    if (!name)
        return Built::failure(name.error());
    const Words words = filterWords(table, filters);
    if (!words)
        return Built::failure(words.error());
    return finishTable("show table " + *name + *words, Effect::Read, AccessLevel::User, Rule::AnyAnswer);
}

// "<verb> table <t> key <k>", both checked.
Words TableCommands::keyLine(QByteArrayView verb, const Table &table, const QString &key)
{
    const Words name = tableName(table.name);
    if (!name)
        return name;
    const Words k = TableCommands::key(table, key);
    if (!k)
        return k;
    return QByteArray(verb.toByteArray() + " table " + *name + " key " + *k);
}

Result<RuntimeCommand> TableCommands::showTableKey(const Table &table, const QString &key)
{
    const Words line = keyLine("show", table, key);
    if (!line)
        return Built::failure(line.error());
    return finishTable(*line, Effect::Read, AccessLevel::User, Rule::AnyAnswer);
}

Result<RuntimeCommand> TableCommands::clearKey(const Table &table, const QString &key)
{
    const Words line = keyLine("clear", table, key);
    if (!line)
        return Built::failure(line.error());
    return finishTable(*line, Effect::Write, AccessLevel::Operator, Rule::EmptyAnswer);
}

Result<RuntimeCommand> TableCommands::clearMatching(const Table &table, const QList<DataFilter> &filters)
{
    const Words name = tableName(table.name);
    if (!name)
        return Built::failure(name.error());
    // Without a filter the line would empty the whole table.
    if (filters.isEmpty())
        return Built::failure(Tr::tr("clearing by data needs at least one filter"));
    const Words words = filterWords(table, filters);
    if (!words)
        return Built::failure(words.error());
    return finishTable(
        "clear table " + *name + *words, Effect::Write, AccessLevel::Operator, Rule::EmptyAnswer);
}

Result<RuntimeCommand> TableCommands::setData(
    const Table &table, const QString &key, const QString &columnName, qint64 value)
{
    const Words line = keyLine("set", table, key);
    if (!line)
        return Built::failure(line.error());
    const Words col = column(table, columnName);
    if (!col)
        return Built::failure(col.error());
    if (value < 0)
        return Built::failure(Tr::tr("value %1 is negative; stick table counters are unsigned").arg(value));
    return finishTable(*line + ' ' + *col + ' ' + QByteArray::number(value), Effect::Write,
        AccessLevel::Admin, Rule::EmptyAnswer);
}
