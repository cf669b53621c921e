#pragma once

#include "core/parsers/statparser.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

// The identity of a `show stat` row across polls, written "s/be/s1": a letter for its kind
// (f, b, s, l; ? for a kind this client does not know), its proxy and its name. Never a
// numeric id: HAProxy reuses server ids after a delete. StatTableModel's keys and the traffic
// history's series are named this one way, so that one can ask the other.
struct StatRowKey
{
    char type = '?';
    QByteArray proxy;
    QByteArray name;

    static StatRowKey of(const StatRow &row) { return { letterOf(row.type), row.pxname, row.svname }; }
    static char letterOf(StatRow::Type type);
    static StatRow::Type typeOf(char letter); // Unknown for '?' and any other letter
    // "t/proxy/name", split on its first two slashes: HAProxy refuses '/' in proxy names, a
    // server name may hold one. Nothing when the text is not a key or its letter is unknown.
    static std::optional<StatRowKey> parse(QStringView text);
    QString text() const;

    bool operator==(const StatRowKey &other) const = default;
    friend size_t qHash(const StatRowKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.proxy, key.name, key.type);
    }
};
