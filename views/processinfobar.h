#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/accesslevel.h"

#include <QFrame>
#include <QHash>

class QLabel;

// The strip above the tables that says which HAProxy this is and how busy it is: version,
// node, worker PID, uptime, current connections and rates from `show info`, and what the
// connection may do (its level) and how it travels (plain, TLS, SSH).
class ProcessInfoBar : public QFrame
{
    Q_OBJECT
public:
    enum class Field {
        Version,
        Node,
        Pid,
        Uptime,
        Connections,
        RequestRate,
        SessionRate,
        ConnectionRate,
        Idle,
        Level,
        Transport,
    };
    Q_ENUM(Field)

    explicit ProcessInfoBar(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    void setConnection(AccessLevel level, const QString &transport, const QString &endpoint);
    void clear(); // dashes everywhere: not connected

    // As narrow as the window wants: on a narrow window the last fields are cut rather than
    // the bar's dozen fields setting the window's minimum width (over 1,100 px once filled).
    QSize minimumSizeHint() const override;

    // The value shown for a field (for tests and accessibility).
    QString text(Field field) const;

    // "3d 04h", "2h 05m", "3m 38s": HAProxy's own "0d 0h03m38s" is hard to read at a glance.
    static QString formatUptime(qint64 seconds);

private:
    void addField(Field field, const QString &caption, const QString &toolTip);
    void setValue(Field field, const QString &value);

    QHash<int, QLabel *> m_values;
    SnapshotPtr m_previous; // for rates HAProxy does not report itself
};
