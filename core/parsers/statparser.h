#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <limits>

// The `status` cell of one `show stat` row, decoded, so that views colour, filter and
// sort on a state instead of on text that changes with every health check.
struct StatStatus
{
    enum class State : quint8 {
        Unknown, // a text this client does not know (a newer HAProxy?); keep showing the text
        // servers; Up and Down also for backends
        Up,
        Down,
        Drain,
        Nolb,
        Maint,
        NoCheck, // "no check": running, no health check to say otherwise
        // frontends (Open, Stop, Paused) and listeners (Open, Waiting, Full)
        Open,
        Stop,
        Paused,
        Waiting,
        Full,
    };

    State state = State::Unknown;
    // "UP 1/3", "DOWN 1/2", "NOLB 2/3", "DRAIN 1/3": a health check series is moving the
    // server to the other side. For UP/NOLB/DRAIN, checkCount is how many more failed checks
    // put it DOWN (health - rise + 1) and checkLimit is `fall`; for DOWN, checkCount is the
    // successful checks so far (health) and checkLimit is `rise`. checkCount can be negative
    // ("UP -1/3" was observed on 2.6).
    bool inTransition = false;
    int checkCount = 0;
    int checkLimit = 0;
    bool byAgent = false; // "DOWN (agent)", "DRAIN (agent)"
    bool byResolution = false; // "MAINT (resolution)": the server's FQDN did not resolve
    QByteArray via; // "MAINT (via be/srv)": the tracked server it inherits maintenance from
    // "UP (UNPUB)" (HAProxy 3.4): a backend running but not published to frontends yet.
    bool unpublished = false;
    // A backend's "UP (3/4)" (shown with the `up` / `no-maint` filters): usable servers / servers.
    int serversUp = -1;
    int serversTotal = -1;

    static StatStatus parse(QByteArrayView text);

    bool goingDown() const { return inTransition && state != State::Down; }
    bool goingUp() const { return inTransition && state == State::Down; }
};

// One row of `show stat`: a frontend, backend, server or listener. Members are named after
// HAProxy's columns in camelCase (req_rate -> reqRate, hrsp_1xx -> hrsp1xx). Text stays bytes:
// names are ASCII by HAProxy's own rules, models key on them, and decoding 10,000 rows of
// strings to UTF-16 on every poll would cost more than the whole parse; views decode the few
// cells they display (QString::fromUtf8).
struct StatRow
{
    // A numeric cell that is empty or absent (the column does not exist in this HAProxy
    // version, or does not apply to this kind of row) holds NoValue, never 0 and never -1,
    // because -1 is a real value (lastsess = -1: no session yet).
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();
    static constexpr bool has(qint64 value) { return value != NoValue; }

    enum class Type : qint8 { Unknown = -1, Frontend = 0, Backend = 1, Server = 2, Listener = 3 };

    QByteArray pxname;
    QByteArray svname; // "FRONTEND", "BACKEND", a server name or a listener name
    QByteArray status; // as sent; see decodedStatus()
    QByteArray tracked; // "be/srv" when the server tracks another one
    QByteArray checkStatus; // "L4OK", "L7STS"; "* L4OK" while a check runs
    QByteArray checkDesc;
    QByteArray agentStatus;
    QByteArray agentDesc;
    QByteArray lastChk;
    QByteArray lastAgt;
    QByteArray addr;
    QByteArray cookie;
    QByteArray mode; // "http", "tcp"
    QByteArray algo; // backends: "roundrobin", "leastconn"...

    Type type = Type::Unknown;

    qint64 qcur = NoValue, qmax = NoValue, qlimit = NoValue;
    qint64 scur = NoValue, smax = NoValue, slim = NoValue, stot = NoValue;
    qint64 bin = NoValue, bout = NoValue;
    qint64 dreq = NoValue, dresp = NoValue, ereq = NoValue, econ = NoValue, eresp = NoValue;
    qint64 wretr = NoValue, wredis = NoValue, wrew = NoValue, eint = NoValue;
    qint64 dcon = NoValue, dses = NoValue;
    qint64 weight = NoValue, uweight = NoValue, act = NoValue, bck = NoValue;
    qint64 chkfail = NoValue, chkdown = NoValue, hanafail = NoValue;
    qint64 lastchg = NoValue, downtime = NoValue, lastsess = NoValue;
    qint64 pid = NoValue, iid = NoValue, sid = NoValue;
    qint64 throttle = NoValue, lbtot = NoValue;
    qint64 rate = NoValue, rateLim = NoValue, rateMax = NoValue;
    qint64 reqRate = NoValue, reqRateMax = NoValue, reqTot = NoValue;
    qint64 connRate = NoValue, connRateMax = NoValue, connTot = NoValue;
    qint64 checkCode = NoValue, checkDuration = NoValue;
    qint64 checkRise = NoValue, checkFall = NoValue, checkHealth = NoValue;
    qint64 agentCode = NoValue, agentDuration = NoValue;
    qint64 agentRise = NoValue, agentFall = NoValue, agentHealth = NoValue;
    qint64 hrsp1xx = NoValue, hrsp2xx = NoValue, hrsp3xx = NoValue, hrsp4xx = NoValue, hrsp5xx = NoValue;
    qint64 hrspOther = NoValue;
    qint64 cliAbrt = NoValue, srvAbrt = NoValue;
    qint64 qtime = NoValue, ctime = NoValue, rtime = NoValue, ttime = NoValue;
    qint64 qtimeMax = NoValue, ctimeMax = NoValue, rtimeMax = NoValue, ttimeMax = NoValue;
    qint64 connect = NoValue, reuse = NoValue;
    qint64 idleConnCur = NoValue, safeConnCur = NoValue, usedConnCur = NoValue, needConnEst = NoValue;

    // Where this row's record lies in StatTable::answer (for StatTable::field()).
    qsizetype lineOffset = 0;
    qsizetype lineLength = 0;

    StatStatus decodedStatus() const { return StatStatus::parse(status); }
    bool isFrontend() const { return type == Type::Frontend; }
    bool isBackend() const { return type == Type::Backend; }
    bool isServer() const { return type == Type::Server; }
    bool isListener() const { return type == Type::Listener; }
    // A backup server: takes traffic only when no active server of its backend can.
    bool isBackupServer() const { return isServer() && has(bck) && bck > 0; }
};

// A parsed `show stat` answer. Rows keep offsets into `answer`, which the table shares
// (no copy), so any column, known to this client or not, can still be read by name.
struct StatTable
{
    QByteArray answer;
    // The header's names in order: 128 on 2.6, including the literal "-" column that
    // separates the module counters. The empty field after the trailing comma of every
    // line is not a column.
    QList<QByteArray> columns;
    QList<StatRow> rows;
    // Rows left out because their field count did not match the header (a truncated
    // answer, a foreign line); the first one's line number (1 = header; a record whose
    // quoted cell spans lines counts as one) helps diagnose.
    int skippedRows = 0;
    int firstSkippedLine = 0;
    // The answer ended with HAProxy's end-of-output blank line; false can mean truncation.
    bool complete = false;

    int columnIndex(QByteArrayView name) const; // -1 when there is no such column
    bool hasColumn(QByteArrayView name) const { return columnIndex(name) >= 0; }

    // The cell as sent (CSV quotes kept); empty when out of range. Cheap: rescans one line.
    QByteArrayView rawField(const StatRow &row, int column) const;
    // The cell's value (quotes removed, "" unescaped).
    QByteArray field(const StatRow &row, int column) const;
    QByteArray field(const StatRow &row, QByteArrayView column) const;
    // The cell as a decimal integer, StatRow::NoValue when absent, empty or not a number.
    qint64 number(const StatRow &row, QByteArrayView column) const;

    // Rows by name, in `show stat` order (a scan: a table is read a few times, not indexed).
    const StatRow *backend(QByteArrayView name) const // nullptr when there is none
    {
        for (const StatRow &row : rows) {
            if (row.isBackend() && row.pxname == name)
                return &row;
        }
        return nullptr;
    }
    const StatRow *server(QByteArrayView backendName, QByteArrayView serverName) const
    {
        for (const StatRow &row : rows) {
            if (row.isServer() && row.pxname == backendName && row.svname == serverName)
                return &row;
        }
        return nullptr;
    }
    QList<const StatRow *> serversOf(QByteArrayView backendName) const
    {
        QList<const StatRow *> servers;
        for (const StatRow &row : rows) {
            if (row.isServer() && row.pxname == backendName)
                servers.append(&row);
        }
        return servers;
    }
    QList<QByteArray> backendNames() const
    {
        QList<QByteArray> names;
        for (const StatRow &row : rows) {
            if (row.isBackend())
                names.append(row.pxname);
        }
        return names;
    }
};

// Turns a `show stat` CSV answer into typed rows, reading columns by their header name so
// that it keeps working as HAProxy adds, moves or drops columns between versions.
class StatParser
{
    Q_DECLARE_TR_FUNCTIONS(StatParser)

public:
    // Fails when the answer is not a `show stat` CSV ("No such proxy.", an empty answer,
    // a header without pxname/svname); the message quotes what HAProxy said. Rows whose
    // field count does not match the header are skipped and counted, not fatal. Re-entrant.
    static Result<StatTable> parse(const QByteArray &answer);
};

Q_DECLARE_TYPEINFO(StatStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(StatRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(StatTable)
