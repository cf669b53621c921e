#pragma once

#include "core/workflows/commandchannel.h"
#include "core/workflows/reloadsnapshot.h"

#include <QObject>
#include <QString>

class RuntimeConnection;
struct Endpoint;

// Reads a ReloadSnapshot from one HAProxy worker through its RuntimeConnection: `show info`
// (which worker answers; a stopping one is refused), `show servers state`, `show servers
// conn`, `show map` and `show acl`, then the entries of every map and ACL loaded from a file
// that can be read here, compared with that file. Only reads: nothing is written.
class ReloadSnapshotReader : public QObject
{
    Q_OBJECT
public:
    explicit ReloadSnapshotReader(RuntimeConnection *connection, QObject *parent = nullptr);

    // configurationPath: the instance's configuration file, as the drift dialog is given it
    // (empty: none). False, and nothing sent, while a read runs.
    bool start(const QString &configurationPath = {});
    // Answers still to come are dropped; neither finished() nor failed() follows.
    void cancel();
    bool isRunning() const { return m_running; }

    // Map and ACL files are read only up to this size.
    static constexpr qint64 MaxPatternFileBytes = 64ll * 1024 * 1024;
    // Whether the files HAProxy names can be the ones read here: a Unix socket or a loopback
    // address. Through ssh or to another host they are not compared (nothing is guessed).
    static bool filesAreLocal(const Endpoint &endpoint);

signals:
    void finished(const ReloadSnapshot &snapshot);
    void failed(const QString &error);

private:
    void onInfo(const RuntimeReply &reply);
    void onList(MapParser::Kind kind, const RuntimeReply &reply);
    void readEntries(MapParser::Kind kind, const QString &file);
    void onEntries(int index, const RuntimeReply &reply);
    void stepDone();

    CommandChannel m_channel;
    ReloadSnapshot m_snapshot;
    QString m_configurationPath;
    QString m_error;
    int m_pending = 0;
    bool m_running = false;
    bool m_filesLocal = true;
};
