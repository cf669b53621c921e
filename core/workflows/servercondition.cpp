#include "core/workflows/servercondition.h"

#include "core/parsers/serversstateparser.h"

#include <QCoreApplication>

QString serverConditionName(ServerCondition condition)
{
    switch (condition) {
    case ServerCondition::Unknown:
        return {};
    case ServerCondition::Ready:
        return QCoreApplication::translate("ServerCondition", "READY");
    case ServerCondition::Drain:
        return QCoreApplication::translate("ServerCondition", "DRAIN");
    case ServerCondition::Maint:
        return QCoreApplication::translate("ServerCondition", "MAINT");
    case ServerCondition::Deleted:
        return QCoreApplication::translate("ServerCondition", "deleted");
    }
    return {};
}

QString serverConditionText(ServerCondition condition)
{
    if (condition == ServerCondition::Unknown)
        return QCoreApplication::translate("ServerCondition", "an unknown state");
    return serverConditionName(condition);
}

ServerConditionReader ServerConditionReader::read(const RuntimeReply &reply)
{
    ServerConditionReader reader;
    if (!reply.ok()) {
        // "Can't find backend." comes as an error: the backend, and its servers, are gone.
        if (reply.error == RuntimeError::HaproxyError
            && reply.text().contains(QStringLiteral("find backend")))
            reader.m_read = true;
        else
            reader.m_error = reply.text();
        return reader;
    }
    const Result<ServersState> state = ServersStateParser::parse(reply.body);
    if (!state) {
        reader.m_error = state.error();
        return reader;
    }
    reader.m_read = true;
    for (const ServerStateRow &row : state->rows) {
        reader.m_servers.insert(row.name,
            row.isMaint()       ? ServerCondition::Maint
                : row.isDrain() ? ServerCondition::Drain
                                : ServerCondition::Ready);
    }
    return reader;
}

ServerCondition ServerConditionReader::of(const QString &server) const
{
    if (!m_read)
        return ServerCondition::Unknown;
    return m_servers.value(server.toUtf8(), ServerCondition::Deleted);
}
