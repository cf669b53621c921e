#pragma once

#include "core/protocol/runtimereply.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// Where a server is, as HAProxy last said: the one type the workflows decide by and report.
enum class ServerCondition {
    Unknown, // not read yet, or the answer could not be read
    Ready,
    Drain,
    Maint,
    Deleted, // not in the backend (removed, or not added yet), or the backend itself is gone
};

// "READY", "DRAIN", "MAINT", "deleted"; empty for Unknown. For people, and the drain job's file.
QString serverConditionName(ServerCondition condition);
// For a sentence ("left in %1"): serverConditionName(), or "an unknown state".
QString serverConditionText(ServerCondition condition);

// The conditions of one backend's servers, read from its `show servers state B` answer. The one
// reading rule: a server missing from a good answer is deleted, and so is every server of a
// backend HAProxy cannot find; any other failed or unreadable answer leaves them all Unknown.
class ServerConditionReader
{
public:
    static ServerConditionReader read(const RuntimeReply &reply);

    ServerCondition of(const QString &server) const;
    bool isRead() const { return m_read; }
    QString error() const { return m_error; } // why nothing could be read; empty when read

private:
    bool m_read = false;
    QHash<QByteArray, ServerCondition> m_servers;
    QString m_error;
};
