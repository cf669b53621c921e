#pragma once

#include "core/parsers/statparser.h"

#include <QList>

// The share of new traffic each server of a backend should get from the weights, as
// HAProxy's weighted algorithms give it: usable active servers in proportion to their
// weights; backups only when no active one can take traffic (counted as if `option
// allbackups` were set, which the stats do not tell). The weight dialog and the canary
// chart both show it.
class WeightShare
{
public:
    struct Server
    {
        qint64 weight = 0; // effective: 0 while draining, lower during slowstart
        bool usable = false; // takes new traffic if its weight lets it (takesTraffic())
        bool backup = false;
    };

    // A server takes new traffic when it is UP (even "UP 1/3", still up) or runs without
    // checks. DRAIN and NOLB have an effective weight of 0 or take only persistent traffic.
    static bool takesTraffic(const StatRow &row);
    // The server as the rule sees it.
    static Server of(const StatRow &row);
    // One share in [0, 1] per server, in their order; all 0 when none can take traffic.
    static QList<double> shares(const QList<Server> &servers);
};
