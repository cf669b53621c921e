#include "models/weightshare.h"

bool WeightShare::takesTraffic(const StatRow &row)
{
    const StatStatus::State state = row.decodedStatus().state;
    return state == StatStatus::State::Up || state == StatStatus::State::NoCheck;
}

WeightShare::Server WeightShare::of(const StatRow &row)
{
    Server server;
    server.weight = StatRow::has(row.weight) ? row.weight : 0;
    server.usable = takesTraffic(row);
    server.backup = row.isBackupServer();
    return server;
}

QList<double> WeightShare::shares(const QList<Server> &servers)
{
    const auto inPool = [](const Server &server, bool backups) {
        return server.usable && server.weight > 0 && server.backup == backups;
    };
    bool useBackups = true;
    for (const Server &server : servers) {
        if (inPool(server, false))
            useBackups = false;
    }
    qint64 total = 0;
    for (const Server &server : servers) {
        if (inPool(server, useBackups))
            total += server.weight;
    }
    QList<double> shares;
    shares.reserve(servers.size());
    for (const Server &server : servers)
        shares.append(total > 0 && inPool(server, useBackups) ? double(server.weight) / double(total) : 0.0);
    return shares;
}
