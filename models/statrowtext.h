#pragma once

#include "core/parsers/statparser.h"

#include <QString>

// What the stat table says about a row in words: numbers, byte counts and durations
// formatted for people, the weight, role and health check texts, and the tooltips that
// give what a cell has no room for. StatTableModel's DisplayRole and ToolTipRole read them.
class StatRowText
{
public:
    static QString number(qint64 value); // "" when absent
    static QString bytes(qint64 bytes); // binary units: "1.50 KiB"
    static QString duration(qint64 seconds); // the two largest units: "3d 4h"
    // Whether duration(a) and duration(b) read the same, without formatting them: a merge asks
    // it for every row's last change every second.
    static bool sameDuration(qint64 a, qint64 b);
    static QString weight(const StatRow &row);
    static QString role(const StatRow &row); // "backup", "active", "2 active, 1 backup"
    static QString check(const StatRow &row); // "L7OK/200 in 1 ms"
    static QString checkDetails(const StatRow &row); // what the health check and the agent said
    // A cell's tooltip; empty when it has none.
    static QString toolTip(const StatRow &row, int column);
};
