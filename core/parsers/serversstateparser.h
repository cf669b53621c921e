#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <limits>

// One server of `show servers state`: the states HAProxy keeps as numbers (operational
// state, admin flags, check state), which `show stat` only shows as a sentence.
// Members follow HAProxy's column names in camelCase without the srv_ prefix.
struct ServerStateRow
{
    // A "-" (HAProxy's empty) or a column missing in this HAProxy version; never 0 or -1.
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();
    static constexpr bool has(qint64 value) { return value != NoValue; }

    // srv_op_state
    enum class OpState : qint8 { Unknown = -1, Stopped = 0, Starting = 1, Running = 2, Stopping = 3 };
    // srv_admin_state bits (SRV_ADMF_*)
    enum AdminFlag : quint32 {
        ForcedMaint = 0x01, // FMAINT: `set server ... state maint`, `add server`, `disable server`
        InheritedMaint = 0x02, // IMAINT: from the tracked server
        ConfigMaint = 0x04, // CMAINT: `disabled` in the configuration (comes with FMAINT)
        ForcedDrain = 0x08, // FDRAIN: `set server ... state drain`
        InheritedDrain = 0x10, // IDRAIN: from the tracked server
        ResolutionMaint = 0x20, // RMAINT: the FQDN does not resolve
        FqdnFromCli = 0x40, // HMAINT: the FQDN was set from the CLI; NOT a maintenance state
    };
    static constexpr quint32 MaintMask = ForcedMaint | InheritedMaint | ConfigMaint | ResolutionMaint;
    static constexpr quint32 DrainMask = ForcedDrain | InheritedDrain;
    // srv_check_state / srv_agent_state bits (CHK_ST_*)
    enum CheckFlag : quint32 {
        CheckInProgress = 0x01,
        CheckConfigured = 0x02,
        CheckEnabled = 0x04,
        CheckPaused = 0x08, // by maintenance
        CheckAgent = 0x10, // set on srv_agent_state
    };
    // srv_check_result (CHK_RES_*)
    enum class CheckResult : qint8 { Unknown = 0, Neutral = 1, Failed = 2, Passed = 3, CondPass = 4 };

    qint64 backendId = NoValue; // be_id
    QByteArray backendName; // be_name
    qint64 id = NoValue; // srv_id
    QByteArray name; // srv_name
    QByteArray addr; // empty for "-" (e.g. an FQDN not resolved yet)
    qint64 opState = NoValue;
    qint64 adminState = NoValue;
    qint64 uweight = NoValue; // user weight (what `set server weight` changes)
    qint64 iweight = NoValue; // initial weight from the configuration
    qint64 timeSinceLastChange = NoValue; // seconds
    qint64 checkStatus = NoValue; // HCHK_STATUS_*, see checkStatusName()
    qint64 checkResult = NoValue;
    qint64 checkHealth = NoValue;
    qint64 checkState = NoValue;
    qint64 agentState = NoValue;
    qint64 backendIdForced = NoValue; // bk_f_forced_id: 1 when `id` was set in the configuration
    qint64 idForced = NoValue; // srv_f_forced_id
    QByteArray fqdn;
    qint64 port = NoValue;
    QByteArray srvRecord; // srvrecord
    qint64 useSsl = NoValue;
    qint64 checkPort = NoValue;
    QByteArray checkAddr;
    QByteArray agentAddr;
    qint64 agentPort = NoValue;

    // Where this row lies in ServersState::answer (for ServersState::field()).
    qsizetype lineOffset = 0;
    qsizetype lineLength = 0;

    OpState operationalState() const;
    bool hasAdminFlag(AdminFlag flag) const { return has(adminState) && (adminState & flag); }
    bool isMaint() const { return has(adminState) && (adminState & MaintMask); }
    bool isDrain() const { return has(adminState) && (adminState & DrainMask); }
    bool isCheckEnabled() const { return has(checkState) && (checkState & CheckEnabled); }
    bool isAgentEnabled() const { return has(agentState) && (agentState & CheckEnabled); }
    CheckResult checkResultCode() const;
};

// A parsed `show servers state` answer; rows keep offsets into `answer` (shared, not copied).
struct ServersState
{
    QByteArray answer;
    int formatVersion = 0; // the first line; 1 is the only format known (2.6 to 3.2)
    QList<QByteArray> columns; // header names, in order
    QList<ServerStateRow> rows;
    int skippedRows = 0; // rows whose field count did not match the header
    int firstSkippedLine = 0; // 1 = the version line
    bool complete = false; // ended with HAProxy's end-of-output blank line

    int columnIndex(QByteArrayView name) const; // -1 when absent
    // The field as sent ("-" kept); empty when out of range.
    QByteArrayView rawField(const ServerStateRow &row, int column) const;
    // The field's value: "-" reads as empty.
    QByteArray field(const ServerStateRow &row, QByteArrayView column) const;
};

// Turns `show servers state [backend]` into typed rows by header name, and names the codes
// it holds, so that views can show why a server is in the state it is in.
class ServersStateParser
{
    Q_DECLARE_TR_FUNCTIONS(ServersStateParser)

public:
    // Fails on an answer that is not a servers state dump ("Can't find backend.", empty)
    // and on a format version other than 1; the message quotes HAProxy. Re-entrant.
    static Result<ServersState> parse(const QByteArray &answer);

    // "STOPPED", "STARTING", "RUNNING", "STOPPING"; empty for an unknown code.
    static QByteArrayView opStateName(qint64 code);
    // "FMAINT|FDRAIN"; "" for 0; unknown bits as hex ("0x80").
    static QByteArray adminStateNames(qint64 bits);
    // "INPROGRESS|CONFIGURED|ENABLED|PAUSED|AGENT" bits of srv_check_state/srv_agent_state.
    static QByteArray checkStateNames(qint64 bits);
    // The short name `show stat` shows in check_status for this HCHK_STATUS code ("L4OK",
    // "L7OK" for 15, "UNK" for 0); the enum's own name for the two codes show stat never
    // shows (2 "START", 14 "L57DATA"); empty when out of range.
    static QByteArrayView checkStatusName(qint64 code);
    // HAProxy's description of a check status ("Layer4 check passed"); empty when unknown.
    static QByteArrayView checkStatusDescription(qint64 code);
    // "UNKNOWN", "NEUTRAL", "FAILED", "PASSED", "CONDPASS"; empty when out of range.
    static QByteArrayView checkResultName(qint64 code);
};

Q_DECLARE_TYPEINFO(ServerStateRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ServersState)
