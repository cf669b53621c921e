#include "core/workflows/reloadsnapshotreader.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/infoparser.h"
#include "core/protocol/commandbuilder.h"
#include "core/protocol/mapcommands.h"

#include <QFile>
#include <QHostAddress>

namespace {

MapCommands::Kind commandKind(MapParser::Kind kind)
{
    return kind == MapParser::Kind::Map ? MapCommands::Kind::Map : MapCommands::Kind::Acl;
}

QString kindWord(MapParser::Kind kind)
{
    return kind == MapParser::Kind::Map ? QStringLiteral("map") : QStringLiteral("ACL");
}

} // namespace

ReloadSnapshotReader::ReloadSnapshotReader(RuntimeConnection *connection, QObject *parent)
    : QObject(parent)
    , m_channel(connection)
{ }

bool ReloadSnapshotReader::filesAreLocal(const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return true;
    case Endpoint::Kind::Tcp:
    case Endpoint::Kind::Tls:
        return endpoint.host == u"localhost" || QHostAddress(endpoint.host).isLoopback();
    case Endpoint::Kind::Ssh:
        return false;
    }
    return false;
}

bool ReloadSnapshotReader::start(const QString &configurationPath)
{
    if (m_running)
        return false;
    m_running = true;
    m_snapshot = ReloadSnapshot();
    m_configurationPath = configurationPath;
    m_error.clear();
    const RuntimeConnection *connection = m_channel.connection();
    m_filesLocal = connection && filesAreLocal(connection->endpoint());
    if (connection)
        m_snapshot.version = connection->version();
    m_pending = 5;
    m_channel.send(
        CommandBuilder::showInfo(), [this](const RuntimeReply &reply) { onInfo(reply); }, false);
    m_channel.send(
        CommandBuilder::showServersState(),
        [this](const RuntimeReply &reply) {
            if (!reply.ok()) {
                m_error = reply.errorMessage;
            } else if (Result<ServersState> state = ServersStateParser::parse(reply.body); !state) {
                m_error = state.error();
            } else {
                m_snapshot.state = *state;
            }
            stepDone();
        },
        false);
    m_channel.send(
        CommandBuilder::showServersConn(),
        [this](const RuntimeReply &reply) {
            if (!reply.ok()) {
                m_error = reply.errorMessage;
            } else if (Result<ServersConn> conn = ServersConnParser::parse(reply.body); !conn) {
                m_error = conn.error();
            } else {
                m_snapshot.conn = *conn;
            }
            stepDone();
        },
        false);
    m_snapshot.patternsRead = true;
    for (const MapParser::Kind kind : { MapParser::Kind::Map, MapParser::Kind::Acl }) {
        m_channel.send(
            MapCommands::showList(commandKind(kind)),
            [this, kind](const RuntimeReply &reply) { onList(kind, reply); }, false);
    }
    return true;
}

void ReloadSnapshotReader::cancel()
{
    if (!m_running)
        return;
    m_channel.dropAnswers();
    m_running = false;
    m_pending = 0;
}

void ReloadSnapshotReader::onInfo(const RuntimeReply &reply)
{
    if (!reply.ok()) {
        m_error = reply.errorMessage;
    } else {
        const HaproxyInfo info = InfoParser::parse(reply.body);
        m_snapshot.workerPid = info.pid();
        if (info.isStopping()) {
            m_error = tr("The worker that answered (pid %1) is stopping: a reload left the connection on "
                         "it. Read again once the connection has followed the new worker.")
                          .arg(info.pid());
        }
    }
    stepDone();
}

void ReloadSnapshotReader::onList(MapParser::Kind kind, const RuntimeReply &reply)
{
    const Result<QList<PatternListInfo>> lists = reply.ok()
        ? MapParser::parseList(reply.body)
        : Result<QList<PatternListInfo>>::failure(reply.errorMessage);
    if (!lists) {
        m_snapshot.patternsRead = false;
        m_snapshot.notes.append(kind == MapParser::Kind::Map
                ? tr("The maps could not be listed (%1): their runtime changes are not shown.")
                      .arg(lists.error())
                : tr("The ACLs could not be listed (%1): their runtime changes are not shown.")
                      .arg(lists.error()));
    } else {
        bool remoteNoted = false;
        for (const PatternListInfo &info : *lists) {
            if (info.isInline())
                continue; // written in the configuration: nothing to lose
            if (!m_filesLocal) {
                if (!remoteNoted) {
                    m_snapshot.notes.append(
                        tr("The map and ACL files are on the instance's host, which is not this one: "
                           "entries changed at runtime are not compared with them."));
                }
                remoteNoted = true;
                continue;
            }
            readEntries(kind, QString::fromUtf8(info.file));
        }
    }
    stepDone();
}

void ReloadSnapshotReader::readEntries(MapParser::Kind kind, const QString &file)
{
    ReloadPatternList list;
    list.kind = kind;
    list.file = file;
    m_snapshot.patterns.append(list);
    const int index = int(m_snapshot.patterns.size()) - 1;
    ++m_pending;
    m_channel.send(
        MapCommands::showEntries({ commandKind(kind), file }),
        [this, index](const RuntimeReply &reply) { onEntries(index, reply); }, false);
}

void ReloadSnapshotReader::onEntries(int index, const RuntimeReply &reply)
{
    ReloadPatternList &list = m_snapshot.patterns[index];
    const Result<QList<PatternEntry>> entries = reply.ok()
        ? MapParser::parseEntries(reply.body, list.kind)
        : Result<QList<PatternEntry>>::failure(reply.errorMessage);
    if (!entries) {
        m_snapshot.notes.append(tr("The entries of the %1 %2 could not be read: %3")
                                    .arg(kindWord(list.kind), list.file, entries.error()));
        stepDone();
        return;
    }
    list.live = *entries;
    QFile file(list.file);
    if (!file.open(QIODevice::ReadOnly)) {
        m_snapshot.notes.append(tr("%1 could not be read here (%2): its entries are not compared.")
                                    .arg(list.file, file.errorString()));
    } else if (file.size() > MaxPatternFileBytes) {
        m_snapshot.notes.append(tr("%1 is larger than %2 MiB: its entries are not compared.")
                                    .arg(list.file)
                                    .arg(MaxPatternFileBytes >> 20));
    } else {
        list.fileEntries = MapFile::parse(file.readAll(), list.kind);
        list.comparison = MapFile::compare(list.live, list.fileEntries, list.kind);
        list.compared = true;
    }
    stepDone();
}

void ReloadSnapshotReader::stepDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    if (!m_error.isEmpty()) {
        emit failed(m_error);
        return;
    }
    m_snapshot.setConfigurationFile(m_configurationPath);
    emit finished(m_snapshot);
}
