#include "models/statrowtext.h"

#include "models/stattablemodel.h"

#include <QLocale>
#include <QStringList>

#include <iterator>

// The strings keep StatTableModel's translation context: they are the table's words.

QString StatRowText::number(qint64 value)
{
    return StatRow::has(value) ? QLocale().toString(value) : QString();
}

// Binary units, as HAProxy's own stats page and most operators' tools count.
QString StatRowText::bytes(qint64 bytes)
{
    if (!StatRow::has(bytes))
        return QString();
    if (bytes < 1024 && bytes > -1024)
        return StatTableModel::tr("%1 B").arg(QLocale().toString(bytes));
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("StatTableModel", "%1 KiB"),
        QT_TRANSLATE_NOOP("StatTableModel", "%1 MiB"),
        QT_TRANSLATE_NOOP("StatTableModel", "%1 GiB"),
        QT_TRANSLATE_NOOP("StatTableModel", "%1 TiB"),
        QT_TRANSLATE_NOOP("StatTableModel", "%1 PiB"),
    };
    double value = double(bytes) / 1024;
    int unit = 0;
    while ((value >= 1024 || value <= -1024) && unit + 1 < int(std::size(units))) {
        value /= 1024;
        ++unit;
    }
    // Three significant digits at most: 1.5 KiB, 15.2 MiB, 152 GiB.
    const int decimals = (value < 10 && value > -10) ? 2 : ((value < 100 && value > -100) ? 1 : 0);
    return StatTableModel::tr(units[unit]).arg(QLocale().toString(value, 'f', decimals));
}

// The two largest units, like HAProxy's stats page: "3d 4h", "5m 12s", "42s".
QString StatRowText::duration(qint64 seconds)
{
    if (!StatRow::has(seconds))
        return QString();
    if (seconds < 0)
        return QLocale().toString(seconds);
    const qint64 days = seconds / 86400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60,
                 secs = seconds % 60;
    if (days > 0)
        return StatTableModel::tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return StatTableModel::tr("%1h %2m").arg(hours).arg(minutes);
    if (minutes > 0)
        return StatTableModel::tr("%1m %2s").arg(minutes).arg(secs);
    return StatTableModel::tr("%1s").arg(secs);
}

bool StatRowText::sameDuration(qint64 a, qint64 b)
{
    if (a == b)
        return true;
    if (!StatRow::has(a) || !StatRow::has(b) || a < 0 || b < 0)
        return false;
    // The smallest unit duration() shows: hours past a day, minutes past an hour, else seconds.
    auto step = [](qint64 seconds) -> qint64 { return seconds >= 86400 ? 3600 : (seconds >= 3600 ? 60 : 1); };
    return step(a) == step(b) && a / step(a) == b / step(b);
}

QString StatRowText::weight(const StatRow &row)
{
    if (!StatRow::has(row.weight))
        return QString();
    if (StatRow::has(row.uweight) && row.uweight != row.weight) {
        //: Effective weight, then in parentheses the weight the user set (slowstart and agents
        //: change the effective one)
        return StatTableModel::tr("%1 (%2)").arg(
            QLocale().toString(row.weight), QLocale().toString(row.uweight));
    }
    return QLocale().toString(row.weight);
}

QString StatRowText::role(const StatRow &row)
{
    if (row.isServer()) {
        if (row.isBackupServer())
            return StatTableModel::tr("backup");
        if (StatRow::has(row.act) && row.act > 0)
            return StatTableModel::tr("active");
        return QString();
    }
    if (row.isBackend() && StatRow::has(row.act) && StatRow::has(row.bck))
        return StatTableModel::tr("%1 active, %2 backup").arg(row.act).arg(row.bck);
    return QString();
}

// "L7OK/200 in 1 ms", "L4TOUT in 2001 ms", "* L4OK" while the check runs.
QString StatRowText::check(const StatRow &row)
{
    if (row.checkStatus.isEmpty())
        return QString();
    QString text = QString::fromUtf8(row.checkStatus);
    if (StatRow::has(row.checkCode))
        text += u'/' + QString::number(row.checkCode);
    if (StatRow::has(row.checkDuration))
        return StatTableModel::tr("%1 in %2 ms").arg(text, QLocale().toString(row.checkDuration));
    return text;
}

// What a health check and an agent said, for the tooltip of the status, check and name
// cells: the status column only has room for "DOWN 1/2".
QString StatRowText::checkDetails(const StatRow &row)
{
    QStringList lines;
    const StatStatus status = row.decodedStatus();
    if (!status.via.isEmpty())
        lines << StatTableModel::tr("In maintenance because %1 is").arg(QString::fromUtf8(status.via));
    if (status.byResolution)
        lines << StatTableModel::tr("In maintenance because its address did not resolve");
    if (status.inTransition) {
        lines << (status.goingUp() ? StatTableModel::tr("Going up: %1 of %2 successful checks")
                                         .arg(status.checkCount)
                                         .arg(status.checkLimit)
                                   : StatTableModel::tr("Going down: %1 more failed checks of %2")
                                         .arg(status.checkCount)
                                         .arg(status.checkLimit));
    }
    if (!row.tracked.isEmpty())
        lines << StatTableModel::tr("Tracks %1").arg(QString::fromUtf8(row.tracked));
    if (!row.checkStatus.isEmpty())
        lines << StatTableModel::tr("Check: %1").arg(check(row));
    if (!row.checkDesc.isEmpty())
        lines << QString::fromUtf8(row.checkDesc);
    if (!row.lastChk.isEmpty())
        lines << StatTableModel::tr("Last check: %1").arg(QString::fromUtf8(row.lastChk));
    if (StatRow::has(row.checkHealth) && StatRow::has(row.checkRise) && StatRow::has(row.checkFall)) {
        lines << StatTableModel::tr("Health %1 (rise %2, fall %3)")
                     .arg(row.checkHealth)
                     .arg(row.checkRise)
                     .arg(row.checkFall);
    }
    if (StatRow::has(row.chkfail))
        lines << StatTableModel::tr("Failed checks: %1").arg(number(row.chkfail));
    if (StatRow::has(row.chkdown) && row.chkdown > 0)
        lines << StatTableModel::tr(
            "Went DOWN %n time(s)", nullptr, int(std::min<qint64>(row.chkdown, INT_MAX)));
    if (!row.agentStatus.isEmpty()) {
        QString agent = QString::fromUtf8(row.agentStatus);
        if (StatRow::has(row.agentCode))
            agent += u'/' + QString::number(row.agentCode);
        if (StatRow::has(row.agentDuration))
            agent = StatTableModel::tr("%1 in %2 ms").arg(agent, QLocale().toString(row.agentDuration));
        lines << StatTableModel::tr("Agent: %1").arg(agent);
    }
    if (!row.agentDesc.isEmpty())
        lines << QString::fromUtf8(row.agentDesc);
    if (!row.lastAgt.isEmpty())
        lines << StatTableModel::tr("Last agent check: %1").arg(QString::fromUtf8(row.lastAgt));
    return lines.join(u'\n');
}

QString StatRowText::toolTip(const StatRow &row, int column)
{
    QString text;
    switch (column) {
    case StatTableModel::Name:
    case StatTableModel::Status:
    case StatTableModel::CheckStatus:
        text = checkDetails(row);
        break;
    case StatTableModel::BytesIn:
    case StatTableModel::BytesOut:
        if (const qint64 bytes = column == StatTableModel::BytesIn ? row.bin : row.bout; StatRow::has(bytes))
            text = StatTableModel::tr("%1 bytes").arg(QLocale().toString(bytes));
        break;
    case StatTableModel::Queue:
        if (StatRow::has(row.qmax) || StatRow::has(row.qlimit)) {
            text = StatTableModel::tr("Queued now %1, at most %2, limit %3")
                       .arg(number(row.qcur), number(row.qmax), number(row.qlimit));
        }
        break;
    case StatTableModel::Denied:
        if (StatRow::has(row.dreq) || StatRow::has(row.dresp)) {
            text = StatTableModel::tr("Requests %1, responses %2").arg(number(row.dreq), number(row.dresp));
        }
        break;
    default:
        break;
    }
    return text;
}
