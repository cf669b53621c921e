#include "core/workflows/reloadsnapshot.h"

void ReloadSnapshot::setConfigurationFile(const QString &path)
{
    configurationPath = path;
    configuration = DriftDetector::readConfiguration(path, conn);
}

const QSet<QString> *ReloadSnapshot::configuredServers() const
{
    return configuration.servers ? &*configuration.servers : nullptr;
}

QList<DriftItem> ReloadSnapshot::drift() const
{
    return DriftDetector::detect(
        state, conn, configuredServers(), configuration.addresses ? &*configuration.addresses : nullptr);
}

const ServerStateRow *ReloadSnapshot::server(const QString &backend, const QString &name) const
{
    const QByteArray backendName = backend.toUtf8();
    const QByteArray serverName = name.toUtf8();
    for (const ServerStateRow &row : state.rows) {
        if (row.backendName == backendName && row.name == serverName)
            return &row;
    }
    return nullptr;
}

const ReloadPatternList *ReloadSnapshot::patternList(MapParser::Kind kind, const QString &file) const
{
    for (const ReloadPatternList &list : patterns) {
        if (list.kind == kind && list.file == file)
            return &list;
    }
    return nullptr;
}
