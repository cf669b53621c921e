#include "core/parsers/statparser.h"

#include "core/parsers/parsetext.h"

#include <QHash>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using ParseText::firstLineOf;

inline qint64 parseInteger(const char *b, const char *e)
{
    return ParseText::toInteger(b, e);
}

inline qint64 parseInteger(QByteArrayView v)
{
    return ParseText::toInteger(v);
}

// One CSV cell: [begin, end) is the raw text, quotes included when `quoted`.
struct Cell
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool quoted = false;

    bool isEmpty() const { return begin == end; }
    QByteArrayView view() const { return QByteArrayView(begin, end - begin); }
};

// Reads the cell starting at p and returns where it stops: at the ',' or '\n' that ends it,
// or at `end`. HAProxy's csv_enc() quotes a cell that holds ',', '"', CR or LF and doubles
// its '"'; a quoted cell can therefore span lines. A CR before the line's LF is not part
// of the cell, so CRLF answers read like LF ones.
inline const char *scanCell(const char *p, const char *end, Cell &cell)
{
    cell.begin = p;
    cell.quoted = p != end && *p == '"';
    const char *q = p;
    if (cell.quoted) {
        ++q;
        for (;;) {
            q = static_cast<const char *>(std::memchr(q, '"', end - q));
            if (!q) {
                cell.end = end; // unterminated: the rest of the answer
                return end;
            }
            ++q;
            if (q != end && *q == '"') {
                ++q; // "" is an escaped quote
                continue;
            }
            break;
        }
    }
    while (q != end && *q != ',' && *q != '\n')
        ++q;
    cell.end = (q != end && *q == '\n' && q != cell.begin && q[-1] == '\r') ? q - 1 : q;
    return q;
}

QByteArray unquote(QByteArrayView raw)
{
    if (!raw.startsWith('"'))
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    bool inside = true;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const char c = raw[i];
        if (inside && c == '"') {
            if (i + 1 < raw.size() && raw[i + 1] == '"') {
                out.append('"');
                ++i;
            } else {
                inside = false;
            }
            continue;
        }
        out.append(c);
    }
    return out;
}

qint64 cellNumber(const Cell &cell)
{
    if (!cell.quoted)
        return parseInteger(cell.begin, cell.end);
    return parseInteger(unquote(cell.view()));
}

// Stores the offsets (from b) of the commas in [b, e) into `out`, at most `capacity` of
// them, and returns how many it stored (capacity + 1 would mean "too many"). With SSE2
// (every x86-64) 16 bytes are compared at once: a 2.6 line is ~220 bytes of 129 mostly
// empty or one-digit cells, where a byte-by-byte loop spends its time mispredicting.
qsizetype findCommas(const char *b, const char *e, qint32 *out, qsizetype capacity)
{
    qsizetype n = 0;
    const char *p = b;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    while (e - p >= 16) {
        __m128i chunk;
        std::memcpy(&chunk, p, sizeof chunk);
        quint32 mask = quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, comma)));
        while (mask) {
            if (n == capacity)
                return n;
            out[n++] = qint32(p - b) + qint32(qCountTrailingZeroBits(mask));
            mask &= mask - 1;
        }
        p += 16;
    }
#endif
    for (; p != e; ++p) {
        if (*p == ',') {
            if (n == capacity)
                return n;
            out[n++] = qint32(p - b);
        }
    }
    return n;
}

// "type" is handled apart (it is an enum).
using KnownColumn = ParseText::KnownColumn<StatRow>;

constexpr KnownColumn num(const char *name, qint64 StatRow::*member)
{
    return ParseText::numberColumn(name, member);
}
constexpr KnownColumn txt(const char *name, QByteArray StatRow::*member)
{
    return ParseText::textColumn(name, member);
}

constexpr KnownColumn knownColumns[] = {
    txt("pxname", &StatRow::pxname),
    txt("svname", &StatRow::svname),
    txt("status", &StatRow::status),
    txt("tracked", &StatRow::tracked),
    txt("check_status", &StatRow::checkStatus),
    txt("check_desc", &StatRow::checkDesc),
    txt("agent_status", &StatRow::agentStatus),
    txt("agent_desc", &StatRow::agentDesc),
    txt("last_chk", &StatRow::lastChk),
    txt("last_agt", &StatRow::lastAgt),
    txt("addr", &StatRow::addr),
    txt("cookie", &StatRow::cookie),
    txt("mode", &StatRow::mode),
    txt("algo", &StatRow::algo),
    num("qcur", &StatRow::qcur),
    num("qmax", &StatRow::qmax),
    num("qlimit", &StatRow::qlimit),
    num("scur", &StatRow::scur),
    num("smax", &StatRow::smax),
    num("slim", &StatRow::slim),
    num("stot", &StatRow::stot),
    num("bin", &StatRow::bin),
    num("bout", &StatRow::bout),
    num("dreq", &StatRow::dreq),
    num("dresp", &StatRow::dresp),
    num("ereq", &StatRow::ereq),
    num("econ", &StatRow::econ),
    num("eresp", &StatRow::eresp),
    num("wretr", &StatRow::wretr),
    num("wredis", &StatRow::wredis),
    num("wrew", &StatRow::wrew),
    num("eint", &StatRow::eint),
    num("dcon", &StatRow::dcon),
    num("dses", &StatRow::dses),
    num("weight", &StatRow::weight),
    num("uweight", &StatRow::uweight),
    num("act", &StatRow::act),
    num("bck", &StatRow::bck),
    num("chkfail", &StatRow::chkfail),
    num("chkdown", &StatRow::chkdown),
    num("hanafail", &StatRow::hanafail),
    num("lastchg", &StatRow::lastchg),
    num("downtime", &StatRow::downtime),
    num("lastsess", &StatRow::lastsess),
    num("pid", &StatRow::pid),
    num("iid", &StatRow::iid),
    num("sid", &StatRow::sid),
    num("throttle", &StatRow::throttle),
    num("lbtot", &StatRow::lbtot),
    num("rate", &StatRow::rate),
    num("rate_lim", &StatRow::rateLim),
    num("rate_max", &StatRow::rateMax),
    num("req_rate", &StatRow::reqRate),
    num("req_rate_max", &StatRow::reqRateMax),
    num("req_tot", &StatRow::reqTot),
    num("conn_rate", &StatRow::connRate),
    num("conn_rate_max", &StatRow::connRateMax),
    num("conn_tot", &StatRow::connTot),
    num("check_code", &StatRow::checkCode),
    num("check_duration", &StatRow::checkDuration),
    num("check_rise", &StatRow::checkRise),
    num("check_fall", &StatRow::checkFall),
    num("check_health", &StatRow::checkHealth),
    num("agent_code", &StatRow::agentCode),
    num("agent_duration", &StatRow::agentDuration),
    num("agent_rise", &StatRow::agentRise),
    num("agent_fall", &StatRow::agentFall),
    num("agent_health", &StatRow::agentHealth),
    num("hrsp_1xx", &StatRow::hrsp1xx),
    num("hrsp_2xx", &StatRow::hrsp2xx),
    num("hrsp_3xx", &StatRow::hrsp3xx),
    num("hrsp_4xx", &StatRow::hrsp4xx),
    num("hrsp_5xx", &StatRow::hrsp5xx),
    num("hrsp_other", &StatRow::hrspOther),
    num("cli_abrt", &StatRow::cliAbrt),
    num("srv_abrt", &StatRow::srvAbrt),
    num("qtime", &StatRow::qtime),
    num("ctime", &StatRow::ctime),
    num("rtime", &StatRow::rtime),
    num("ttime", &StatRow::ttime),
    num("qtime_max", &StatRow::qtimeMax),
    num("ctime_max", &StatRow::ctimeMax),
    num("rtime_max", &StatRow::rtimeMax),
    num("ttime_max", &StatRow::ttimeMax),
    num("connect", &StatRow::connect),
    num("reuse", &StatRow::reuse),
    num("idle_conn_cur", &StatRow::idleConnCur),
    num("safe_conn_cur", &StatRow::safeConnCur),
    num("used_conn_cur", &StatRow::usedConnCur),
    num("need_conn_est", &StatRow::needConnEst),
};

enum class SlotKind : quint8 { Ignore, Number, Text, Type };

struct Slot
{
    SlotKind kind = SlotKind::Ignore;
    qint64 StatRow::*number = nullptr;
    QByteArray StatRow::*text = nullptr;
};

// Neighbouring rows mostly repeat their proxy name, status, mode and check texts: sharing
// the previous row's bytes instead of allocating saves most of the allocations of a parse.
inline void assignText(QByteArray &target, const Cell &cell, const QByteArray *previous)
{
    if (cell.isEmpty())
        return;
    if (cell.quoted) {
        target = unquote(cell.view());
        return;
    }
    const qsizetype size = cell.end - cell.begin;
    if (previous && previous->size() == size && std::memcmp(previous->constData(), cell.begin, size) == 0)
        target = *previous;
    else
        target = QByteArray(cell.begin, size);
}

StatRow::Type typeFrom(qint64 value)
{
    switch (value) {
    case 0:
        return StatRow::Type::Frontend;
    case 1:
        return StatRow::Type::Backend;
    case 2:
        return StatRow::Type::Server;
    case 3:
        return StatRow::Type::Listener;
    default:
        return StatRow::Type::Unknown;
    }
}

} // namespace

StatStatus StatStatus::parse(QByteArrayView text)
{
    StatStatus status;
    const QByteArrayView t = text.trimmed();
    if (t == "no check") {
        status.state = State::NoCheck;
        return status;
    }
    const qsizetype space = t.indexOf(' ');
    const QByteArrayView word = space < 0 ? t : t.first(space);
    const QByteArrayView rest = space < 0 ? QByteArrayView() : t.sliced(space + 1).trimmed();

    struct Word
    {
        const char *text;
        State state;
    };
    static constexpr Word words[] = {
        { "UP", State::Up },
        { "DOWN", State::Down },
        { "DRAIN", State::Drain },
        { "NOLB", State::Nolb },
        { "MAINT", State::Maint },
        { "OPEN", State::Open },
        { "STOP", State::Stop },
        { "PAUSED", State::Paused },
        { "WAITING", State::Waiting },
        { "FULL", State::Full },
    };
    for (const Word &w : words) {
        if (word == w.text) {
            status.state = w.state;
            break;
        }
    }
    if (status.state == State::Unknown || rest.isEmpty())
        return status;

    // "a/b" with optional minus signs; false when malformed.
    auto fraction = [](QByteArrayView v, int &a, int &b) {
        const qsizetype slash = v.indexOf('/');
        if (slash < 0)
            return false;
        const qint64 x = parseInteger(v.first(slash));
        const qint64 y = parseInteger(v.sliced(slash + 1));
        constexpr qint64 lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
        if (x == StatRow::NoValue || y == StatRow::NoValue || x < lo || x > hi || y < lo || y > hi)
            return false;
        a = int(x);
        b = int(y);
        return true;
    };

    if (rest == "(agent)") {
        status.byAgent = true;
    } else if (rest == "(resolution)") {
        status.byResolution = true;
    } else if (rest == "(UNPUB)") {
        status.unpublished = true;
    } else if (rest.startsWith("(via ") && rest.endsWith(')')) {
        status.via = rest.sliced(5, rest.size() - 6).toByteArray();
    } else if (rest.startsWith('(') && rest.endsWith(')')) {
        int up = 0, total = 0;
        if (fraction(rest.sliced(1, rest.size() - 2), up, total)) {
            status.serversUp = up;
            status.serversTotal = total;
        }
    } else {
        status.inTransition = fraction(rest, status.checkCount, status.checkLimit);
    }
    return status;
}

int StatTable::columnIndex(QByteArrayView name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i) == name)
            return int(i);
    }
    return -1;
}

QByteArrayView StatTable::rawField(const StatRow &row, int column) const
{
    if (column < 0 || column >= columns.size() || row.lineOffset < 0 || row.lineLength < 0
        || row.lineOffset > answer.size() - row.lineLength)
        return {};
    const char *p = answer.constData() + row.lineOffset;
    const char *end = p + row.lineLength;
    Cell cell;
    for (int i = 0;; ++i) {
        const char *q = scanCell(p, end, cell);
        if (i == column)
            return cell.view();
        if (q == end || *q == '\n')
            return {};
        p = q + 1;
    }
}

QByteArray StatTable::field(const StatRow &row, int column) const
{
    return unquote(rawField(row, column));
}

QByteArray StatTable::field(const StatRow &row, QByteArrayView column) const
{
    return field(row, columnIndex(column));
}

qint64 StatTable::number(const StatRow &row, QByteArrayView column) const
{
    const QByteArrayView raw = rawField(row, columnIndex(column));
    return raw.startsWith('"') ? parseInteger(unquote(raw)) : parseInteger(raw);
}

namespace {

// The header's names, unquoted, without the empty one after 2.6's trailing ','.
// Returns where the first row starts.
const char *readHeader(const char *p, const char *end, QList<QByteArray> &columns)
{
    for (;;) {
        Cell cell;
        const char *q = scanCell(p, end, cell);
        columns.append(unquote(cell.view()));
        if (q == end) {
            p = end;
            break;
        }
        p = q + 1;
        if (*q == '\n')
            break;
    }
    if (!columns.isEmpty() && columns.constLast().isEmpty())
        columns.removeLast();
    return p;
}

// What to do with each column of a row, decided once from the header. The fast path reads
// numbers, then texts, in two uniform loops: no per-cell switch.
struct RowPlan
{
    struct NumberStep
    {
        qsizetype column;
        qint64 StatRow::*member;
    };
    struct TextStep
    {
        qsizetype column;
        QByteArray StatRow::*member;
    };
    QList<Slot> cells; // one per column, for the quoted path
    QList<NumberStep> numberSteps;
    QList<TextStep> textSteps;
    qsizetype typeColumn = -1;
};

QList<Slot> columnSlots(const QList<QByteArray> &columns)
{
    QList<Slot> plan(columns.size());
    // A hash, not a scan of knownColumns per column: a hostile header of a million names
    // must not cost a hundred million comparisons.
    QHash<QByteArrayView, qsizetype> knownIndex;
    knownIndex.reserve(qsizetype(std::size(knownColumns)));
    for (size_t k = 0; k < std::size(knownColumns); ++k)
        knownIndex.insert(QByteArrayView(knownColumns[k].name), qsizetype(k));
    QList<bool> taken(std::size(knownColumns), false); // a repeated name maps its first column only
    bool typeTaken = false;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray &name = columns.at(c);
        if (name == "type") {
            if (!typeTaken)
                plan[c].kind = SlotKind::Type;
            typeTaken = true;
            continue;
        }
        const auto known = knownIndex.constFind(QByteArrayView(name));
        if (known != knownIndex.cend() && !taken[*known]) {
            const KnownColumn &k = knownColumns[*known];
            taken[*known] = true;
            plan[c].kind = k.number ? SlotKind::Number : SlotKind::Text;
            plan[c].number = k.number;
            plan[c].text = k.text;
        }
    }
    return plan;
}

RowPlan rowPlan(const QList<QByteArray> &columns)
{
    RowPlan plan;
    plan.cells = columnSlots(columns);
    for (qsizetype c = 0; c < plan.cells.size(); ++c) {
        const Slot &slot = plan.cells.at(c);
        if (slot.kind == SlotKind::Number)
            plan.numberSteps.append({ c, slot.number });
        else if (slot.kind == SlotKind::Text)
            plan.textSteps.append({ c, slot.text });
        else if (slot.kind == SlotKind::Type)
            plan.typeColumn = c;
    }
    return plan;
}

qsizetype countLines(const char *p, const char *end)
{
    qsizetype lines = 0;
    for (const char *s = p; s != end;) {
        const void *nl = std::memchr(s, '\n', end - s);
        ++lines;
        if (!nl)
            break;
        s = static_cast<const char *>(nl) + 1;
    }
    return lines;
}

void applyCell(const Slot &slot, StatRow &row, const StatRow *previous, const Cell &cell)
{
    switch (slot.kind) {
    case SlotKind::Ignore:
        break;
    case SlotKind::Number:
        row.*slot.number = cellNumber(cell);
        break;
    case SlotKind::Text:
        assignText(row.*slot.text, cell, previous ? &(previous->*slot.text) : nullptr);
        break;
    case SlotKind::Type:
        row.type = typeFrom(cellNumber(cell));
        break;
    }
}

struct QuotedRow
{
    const char *next; // where the next record starts
    const char *recordEnd; // the end of this one, without its CR and newline
    bool valid;
};

// A record with a '"': cell by cell, since a quoted text may hold ',' or a newline.
QuotedRow readQuotedRow(
    const RowPlan &plan, const char *p, const char *end, StatRow &row, const StatRow *previous)
{
    const char *const recordStart = p;
    const qsizetype columnCount = plan.cells.size();
    QuotedRow result { end, end, false };
    qsizetype column = 0;
    bool extraText = false;
    for (;;) {
        Cell cell;
        const char *q = scanCell(p, end, cell);
        if (column < columnCount)
            applyCell(plan.cells.at(column), row, previous, cell);
        else if (!cell.isEmpty())
            extraText = true;
        ++column;
        if (q == end)
            break;
        p = q + 1;
        if (*q == '\n') {
            result.next = p;
            result.recordEnd = (q != recordStart && q[-1] == '\r') ? q - 1 : q;
            break;
        }
    }
    // Every 2.6 line ends with ',': one empty cell more than the header names.
    result.valid = column == columnCount || (column == columnCount + 1 && !extraText);
    return result;
}

// Checks that answer is a show stat answer and reads its header ("# pxname,svname,...,");
// returns where the rows start.
Result<const char *> readAnswerHeader(const QByteArray &answer, QList<QByteArray> &columns)
{
    const char *const end = answer.constData() + answer.size();
    const char *p = answer.constData();
    while (p != end && (*p == '\n' || *p == '\r'))
        ++p;
    if (p == end)
        return Result<const char *>::failure(StatParser::tr("HAProxy sent an empty answer to show stat."));
    const QByteArrayView rest(p, end - p);
    if (!rest.startsWith("# "))
        return Result<const char *>::failure(
            StatParser::tr("Not a show stat answer. HAProxy said: \"%1\"").arg(firstLineOf(rest)));
    p = readHeader(p + 2, end, columns);
    for (const char *required : { "pxname", "svname" }) {
        if (!columns.contains(QByteArrayView(required)))
            return Result<const char *>::failure(
                StatParser::tr("The show stat header has no \"%1\" column: \"%2\"")
                    .arg(QLatin1String(required), firstLineOf(rest)));
    }
    return p;
}

} // namespace

// The hot loop of every poll (one pass over thousands of rows each second): the fast path
// stays inline, as a helper per row measured 2-3% slower in bench_parsers; the header, the
// column plan and quoted rows are read by the helpers above.
Result<StatTable> StatParser::parse(const QByteArray &answer)
{
    const char *const begin = answer.constData();
    const char *const end = begin + answer.size();
    StatTable table;
    table.answer = answer;
    const Result<const char *> rows = readAnswerHeader(answer, table.columns);
    if (!rows)
        return Result<StatTable>::failure(rows.error());
    const char *p = *rows;
    const RowPlan plan = rowPlan(table.columns);
    table.rows.reserve(countLines(p, end));
    const qsizetype columnCount = table.columns.size();
    const QList<RowPlan::NumberStep> numberSteps = plan.numberSteps;
    const QList<RowPlan::TextStep> textSteps = plan.textSteps;
    const qsizetype typeColumn = plan.typeColumn;
    // cuts[c] is the offset of the comma before cell c (-1 for the first cell), cuts[c + 1]
    // the one after it, or the line's length for the last cell.
    QVarLengthArray<qint32, 256> cuts(columnCount + 3);
    int lineNumber = 1;
    while (p != end) {
        if (*p == '\n' || (*p == '\r' && p + 1 != end && p[1] == '\n')) {
            table.complete = true; // the blank line that ends every answer
            break;
        }
        ++lineNumber;
        const char *const recordStart = p;
        const char *recordEnd = end;
        StatRow &row = table.rows.emplace_back();
        const qsizetype count = table.rows.size();
        const StatRow *previous = count > 1 ? &table.rows.at(count - 2) : nullptr;
        bool valid = false;
        const char *const newline = static_cast<const char *>(std::memchr(p, '\n', end - p));
        const char *lineEnd = newline ? newline : end;
        if (lineEnd != p && lineEnd[-1] == '\r')
            --lineEnd;
        if (!std::memchr(p, '"', lineEnd - p)) {
            // Fast path, every line HAProxy writes unless a text holds ',' '"' or a newline:
            // find all the commas at once, then read only the columns we keep.
            const qsizetype length = lineEnd - p;
            const qsizetype found = length < std::numeric_limits<qint32>::max()
                ? findCommas(p, lineEnd, cuts.data() + 1, columnCount + 1)
                : columnCount + 1; // a 2 GB line is not a row
            cuts[0] = -1;
            cuts[found + 1] = qint32(length);
            const qsizetype cells = found + 1;
            valid = cells == columnCount || (cells == columnCount + 1 && cuts[found] + 1 == length);
            if (valid) {
                const qint32 *const cut = cuts.constData();
                for (const RowPlan::NumberStep &step : std::as_const(numberSteps))
                    row.*step.member = parseInteger(p + cut[step.column] + 1, p + cut[step.column + 1]);
                Cell cell;
                for (const RowPlan::TextStep &step : std::as_const(textSteps)) {
                    cell.begin = p + cut[step.column] + 1;
                    cell.end = p + cut[step.column + 1];
                    assignText(row.*step.member, cell, previous ? &(previous->*step.member) : nullptr);
                }
                if (typeColumn >= 0)
                    row.type = typeFrom(parseInteger(p + cut[typeColumn] + 1, p + cut[typeColumn + 1]));
            }
            recordEnd = lineEnd; // without the CR, as field() must read the same last cell
            p = newline ? newline + 1 : end;
        } else {
            const QuotedRow quoted = readQuotedRow(plan, p, end, row, previous);
            valid = quoted.valid;
            recordEnd = quoted.recordEnd;
            p = quoted.next;
        }
        row.lineOffset = recordStart - begin;
        row.lineLength = recordEnd - recordStart;
        if (!valid) {
            table.rows.removeLast();
            if (table.skippedRows++ == 0)
                table.firstSkippedLine = lineNumber;
        }
    }
    return table;
}
