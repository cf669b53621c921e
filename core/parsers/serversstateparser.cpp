#include "core/parsers/serversstateparser.h"

#include "core/parsers/parsetext.h"

#include <QHash>

#include <cstring>

namespace {

constexpr qint64 NoValue = ServerStateRow::NoValue;
static_assert(NoValue == ParseText::NoValue);

using ParseText::firstLineOf;
using ParseText::isBlank;

inline qint64 parseInteger(const char *b, const char *e)
{
    return ParseText::toInteger(b, e);
}

using KnownColumn = ParseText::KnownColumn<ServerStateRow>;

constexpr KnownColumn num(const char *name, qint64 ServerStateRow::*member)
{
    return ParseText::numberColumn(name, member);
}
constexpr KnownColumn txt(const char *name, QByteArray ServerStateRow::*member)
{
    return ParseText::textColumn(name, member);
}

constexpr KnownColumn knownColumns[] = {
    num("be_id", &ServerStateRow::backendId),
    txt("be_name", &ServerStateRow::backendName),
    num("srv_id", &ServerStateRow::id),
    txt("srv_name", &ServerStateRow::name),
    txt("srv_addr", &ServerStateRow::addr),
    num("srv_op_state", &ServerStateRow::opState),
    num("srv_admin_state", &ServerStateRow::adminState),
    num("srv_uweight", &ServerStateRow::uweight),
    num("srv_iweight", &ServerStateRow::iweight),
    num("srv_time_since_last_change", &ServerStateRow::timeSinceLastChange),
    num("srv_check_status", &ServerStateRow::checkStatus),
    num("srv_check_result", &ServerStateRow::checkResult),
    num("srv_check_health", &ServerStateRow::checkHealth),
    num("srv_check_state", &ServerStateRow::checkState),
    num("srv_agent_state", &ServerStateRow::agentState),
    num("bk_f_forced_id", &ServerStateRow::backendIdForced),
    num("srv_f_forced_id", &ServerStateRow::idForced),
    txt("srv_fqdn", &ServerStateRow::fqdn),
    num("srv_port", &ServerStateRow::port),
    txt("srvrecord", &ServerStateRow::srvRecord),
    num("srv_use_ssl", &ServerStateRow::useSsl),
    num("srv_check_port", &ServerStateRow::checkPort),
    txt("srv_check_addr", &ServerStateRow::checkAddr),
    txt("srv_agent_addr", &ServerStateRow::agentAddr),
    num("srv_agent_port", &ServerStateRow::agentPort),
};

struct Step
{
    qint64 ServerStateRow::*number = nullptr;
    QByteArray ServerStateRow::*text = nullptr;
};

// [p, lineEnd) of the line starting at p, without its CR; `next` is the following line.
inline const char *lineEnd(const char *p, const char *end, const char *&next)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', end - p));
    next = nl ? nl + 1 : end;
    const char *e = nl ? nl : end;
    if (e != p && e[-1] == '\r')
        --e;
    return e;
}

struct Name
{
    quint32 bit;
    const char *text;
};

QByteArray flagNames(qint64 bits, const Name *names, size_t count)
{
    if (bits == NoValue)
        return {};
    QByteArray out;
    quint64 rest = quint64(bits);
    for (size_t i = 0; i < count; ++i) {
        if (rest & names[i].bit) {
            if (!out.isEmpty())
                out.append('|');
            out.append(names[i].text);
            rest &= ~quint64(names[i].bit);
        }
    }
    if (rest) {
        if (!out.isEmpty())
            out.append('|');
        out.append("0x" + QByteArray::number(rest, 16));
    }
    return out;
}

struct CheckStatusInfo
{
    const char *name;
    const char *description;
};

// HAProxy's check_statuses[] (src/check.c), indexed by HCHK_STATUS_*.
constexpr CheckStatusInfo checkStatuses[] = {
    { "UNK", "Unknown" },
    { "INI", "Initializing" },
    { "START", "" },
    { "CHECKED", "No status change" },
    { "HANA", "Health analyze" },
    { "SOCKERR", "Socket error" },
    { "L4OK", "Layer4 check passed" },
    { "L4TOUT", "Layer4 timeout" },
    { "L4CON", "Layer4 connection problem" },
    { "L6OK", "Layer6 check passed" },
    { "L6TOUT", "Layer6 timeout" },
    { "L6RSP", "Layer6 invalid response" },
    { "L7TOUT", "Layer7 timeout" },
    { "L7RSP", "Layer7 invalid response" },
    { "L57DATA", "" },
    { "L7OK", "Layer7 check passed" },
    { "L7OKC", "Layer7 check conditionally passed" },
    { "L7STS", "Layer7 wrong status" },
    { "PROCERR", "External check error" },
    { "PROCTOUT", "External check timeout" },
    { "PROCOK", "External check passed" },
};

} // namespace

ServerStateRow::OpState ServerStateRow::operationalState() const
{
    return (opState >= 0 && opState <= 3) ? OpState(opState) : OpState::Unknown;
}

ServerStateRow::CheckResult ServerStateRow::checkResultCode() const
{
    return (checkResult >= 0 && checkResult <= 4) ? CheckResult(checkResult) : CheckResult::Unknown;
}

int ServersState::columnIndex(QByteArrayView name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i) == name)
            return int(i);
    }
    return -1;
}

QByteArrayView ServersState::rawField(const ServerStateRow &row, int column) const
{
    if (column < 0 || row.lineOffset < 0 || row.lineLength < 0
        || row.lineOffset > answer.size() - row.lineLength)
        return {};
    const char *p = answer.constData() + row.lineOffset;
    const char *const end = p + row.lineLength;
    for (int i = 0;; ++i) {
        while (p != end && isBlank(*p))
            ++p;
        if (p == end)
            return {};
        const char *const start = p;
        while (p != end && !isBlank(*p))
            ++p;
        if (i == column)
            return QByteArrayView(start, p - start);
    }
}

QByteArray ServersState::field(const ServerStateRow &row, QByteArrayView column) const
{
    const QByteArrayView raw = rawField(row, columnIndex(column));
    return raw == "-" ? QByteArray() : raw.toByteArray();
}

namespace {

// "# be_id be_name ...": its names into columns, or why it is not a usable header.
Result<void> readHeader(QByteArrayView header, QList<QByteArray> &columns)
{
    if (!header.startsWith("# "))
        return Result<void>::failure(
            ServersStateParser::tr("The show servers state answer has no header line: \"%1\"")
                .arg(firstLineOf(header)));
    const char *const e = header.data() + header.size();
    for (const char *h = header.data() + 2; h != e;) {
        while (h != e && isBlank(*h))
            ++h;
        const char *start = h;
        while (h != e && !isBlank(*h))
            ++h;
        if (h != start)
            columns.append(QByteArray(start, h - start));
    }
    for (const char *required : { "be_name", "srv_name" }) {
        if (!columns.contains(QByteArrayView(required)))
            return Result<void>::failure(
                ServersStateParser::tr("The show servers state header has no \"%1\" column: \"%2\"")
                    .arg(QLatin1String(required), firstLineOf(header)));
    }
    return {};
}

QList<Step> columnPlan(const QList<QByteArray> &columns)
{
    QList<Step> plan(columns.size());
    QHash<QByteArrayView, qsizetype> knownIndex; // not a scan per column: headers can be hostile
    knownIndex.reserve(qsizetype(std::size(knownColumns)));
    for (size_t k = 0; k < std::size(knownColumns); ++k)
        knownIndex.insert(QByteArrayView(knownColumns[k].name), qsizetype(k));
    QList<bool> taken(std::size(knownColumns), false); // a repeated name maps its first column only
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const auto known = knownIndex.constFind(QByteArrayView(columns.at(c)));
        if (known != knownIndex.cend() && !taken[*known]) {
            taken[*known] = true;
            plan[c] = { knownColumns[*known].number, knownColumns[*known].text };
        }
    }
    return plan;
}

qsizetype countLines(const char *p, const char *end)
{
    qsizetype lines = 0;
    for (const char *s = p; s != end; ++lines) {
        const void *nl = std::memchr(s, '\n', end - s);
        s = nl ? static_cast<const char *>(nl) + 1 : end;
    }
    return lines;
}

// Reads the fields of [p, e) in place by the plan; returns how many fields the line has.
qsizetype readRow(const QList<Step> &plan, const char *p, const char *e, ServerStateRow &row,
    const ServerStateRow *previous)
{
    const qsizetype columnCount = plan.size();
    qsizetype column = 0;
    for (const char *t = p; t != e;) {
        while (t != e && isBlank(*t))
            ++t;
        if (t == e)
            break;
        const char *start = t;
        while (t != e && !isBlank(*t))
            ++t;
        if (column < columnCount) {
            const Step &step = plan.at(column);
            const bool dash = t - start == 1 && *start == '-';
            if (step.number) {
                row.*step.number = dash ? NoValue : parseInteger(start, t);
            } else if (step.text && !dash) {
                const qsizetype size = t - start;
                const QByteArray *prev = previous ? &(previous->*step.text) : nullptr;
                if (prev && prev->size() == size && std::memcmp(prev->constData(), start, size) == 0)
                    row.*step.text = *prev;
                else
                    row.*step.text = QByteArray(start, size);
            }
        }
        ++column;
    }
    return column;
}

} // namespace

Result<ServersState> ServersStateParser::parse(const QByteArray &answer)
{
    const char *const begin = answer.constData();
    const char *const end = begin + answer.size();
    const char *p = begin;
    while (p != end && (*p == '\n' || *p == '\r'))
        ++p;
    if (p == end)
        return Result<ServersState>::failure(
            ServersStateParser::tr("HAProxy sent an empty answer to show servers state."));

    const char *next = nullptr;
    const char *e = lineEnd(p, end, next);
    const QByteArrayView versionLine = QByteArrayView(p, e - p).trimmed();
    const qint64 version = parseInteger(versionLine.data(), versionLine.data() + versionLine.size());
    if (version == NoValue || version < 0)
        return Result<ServersState>::failure(
            ServersStateParser::tr("Not a show servers state answer. HAProxy said: \"%1\"")
                .arg(firstLineOf(QByteArrayView(p, end - p))));
    if (version != 1)
        return Result<ServersState>::failure(ServersStateParser::tr(
            "Unsupported show servers state format version %1 (this client reads version 1).")
                                                 .arg(version));

    ServersState state;
    state.answer = answer;
    state.formatVersion = int(version);
    p = next;
    int lineNumber = 1;
    if (p != end && *p != '\n' && *p != '\r') {
        e = lineEnd(p, end, next);
        const Result<void> header = readHeader(QByteArrayView(p, e - p), state.columns);
        if (!header)
            return Result<ServersState>::failure(header.error());
        ++lineNumber;
        p = next;
    }

    const QList<Step> plan = columnPlan(state.columns);
    state.rows.reserve(countLines(p, end));
    while (p != end) {
        e = lineEnd(p, end, next);
        if (e == p) {
            state.complete = true; // the blank line that ends every answer
            break;
        }
        ++lineNumber;
        ServerStateRow &row = state.rows.emplace_back();
        const qsizetype count = state.rows.size();
        const ServerStateRow *previous = count > 1 ? &state.rows.at(count - 2) : nullptr;
        row.lineOffset = p - begin;
        row.lineLength = e - p;
        if (readRow(plan, p, e, row, previous) != plan.size()) {
            state.rows.removeLast();
            if (state.skippedRows++ == 0)
                state.firstSkippedLine = lineNumber;
        }
        p = next;
    }
    return state;
}

QByteArrayView ServersStateParser::opStateName(qint64 code)
{
    static constexpr const char *names[] = { "STOPPED", "STARTING", "RUNNING", "STOPPING" };
    return (code >= 0 && code < qint64(std::size(names))) ? QByteArrayView(names[code]) : QByteArrayView();
}

QByteArray ServersStateParser::adminStateNames(qint64 bits)
{
    static constexpr Name names[] = {
        { ServerStateRow::ForcedMaint, "FMAINT" },
        { ServerStateRow::InheritedMaint, "IMAINT" },
        { ServerStateRow::ConfigMaint, "CMAINT" },
        { ServerStateRow::ForcedDrain, "FDRAIN" },
        { ServerStateRow::InheritedDrain, "IDRAIN" },
        { ServerStateRow::ResolutionMaint, "RMAINT" },
        { ServerStateRow::FqdnFromCli, "HMAINT" },
    };
    return flagNames(bits, names, std::size(names));
}

QByteArray ServersStateParser::checkStateNames(qint64 bits)
{
    static constexpr Name names[] = {
        { ServerStateRow::CheckInProgress, "INPROGRESS" },
        { ServerStateRow::CheckConfigured, "CONFIGURED" },
        { ServerStateRow::CheckEnabled, "ENABLED" },
        { ServerStateRow::CheckPaused, "PAUSED" },
        { ServerStateRow::CheckAgent, "AGENT" },
    };
    return flagNames(bits, names, std::size(names));
}

QByteArrayView ServersStateParser::checkStatusName(qint64 code)
{
    if (code < 0 || code >= qint64(std::size(checkStatuses)))
        return {};
    return checkStatuses[code].name;
}

QByteArrayView ServersStateParser::checkStatusDescription(qint64 code)
{
    if (code < 0 || code >= qint64(std::size(checkStatuses)))
        return {};
    return checkStatuses[code].description;
}

QByteArrayView ServersStateParser::checkResultName(qint64 code)
{
    static constexpr const char *names[] = { "UNKNOWN", "NEUTRAL", "FAILED", "PASSED", "CONDPASS" };
    return (code >= 0 && code < qint64(std::size(names))) ? QByteArrayView(names[code]) : QByteArrayView();
}
