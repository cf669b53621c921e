#include "core/parsers/serversconnparser.h"

#include "core/parsers/parsetext.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 NoValue = ServerConnRow::NoValue;
static_assert(NoValue == ParseText::NoValue);

using ParseText::firstLineOf;
using ParseText::isBlank;

inline qint64 parseInteger(QByteArrayView v)
{
    return ParseText::toInteger(v);
}

// Splits on blanks into `out` (cleared first; its capacity is reused from line to line).
void tokens(QByteArrayView line, QList<QByteArrayView> &out)
{
    out.clear();
    const char *p = line.data();
    const char *const e = p + line.size();
    while (p != e) {
        while (p != e && isBlank(*p))
            ++p;
        const char *start = p;
        while (p != e && !isBlank(*p))
            ++p;
        if (p != start)
            out.append(QByteArrayView(start, p - start));
    }
}

// The previous row's bytes when equal (rows of a backend repeat its name and often the
// address), so that 10,000 rows do not cost 30,000 allocations.
QByteArray shared(QByteArrayView value, const QByteArray *previous)
{
    if (previous && *previous == value)
        return *previous;
    return value.toByteArray();
}

enum class Kind : quint8 { Ignore, Names, Ids, Addr, Number, PerThread };

struct Step
{
    Kind kind = Kind::Ignore;
    qint64 ServerConnRow::*number = nullptr;
};

struct KnownNumber
{
    const char *name;
    qint64 ServerConnRow::*member;
};

constexpr KnownNumber knownNumbers[] = {
    { "port", &ServerConnRow::port },
    { "purge_delay", &ServerConnRow::purgeDelay },
    { "used_cur", &ServerConnRow::usedCur },
    { "used_max", &ServerConnRow::usedMax },
    { "need_est", &ServerConnRow::needEst },
    { "unsafe_nb", &ServerConnRow::unsafeNb },
    { "safe_nb", &ServerConnRow::safeNb },
    { "idle_lim", &ServerConnRow::idleLim },
    { "idle_cur", &ServerConnRow::idleCur },
};

// The lines of an answer, one at a time, without their line end.
struct LineReader
{
    QByteArrayView answer;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= answer.size(); }
    QByteArrayView next()
    {
        const qsizetype nl = answer.indexOf('\n', pos);
        const qsizetype stop = nl < 0 ? answer.size() : nl;
        QByteArrayView line = answer.sliced(pos, stop - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl < 0 ? answer.size() : nl + 1;
        return line;
    }
};

Step stepFor(QByteArrayView name)
{
    Step step;
    if (name == "bkname/svname") {
        step.kind = Kind::Names;
    } else if (name == "bkid/svid") {
        step.kind = Kind::Ids;
    } else if (name == "addr") {
        step.kind = Kind::Addr;
    } else {
        for (const KnownNumber &known : knownNumbers) {
            if (name == known.name) {
                step.kind = Kind::Number;
                step.number = known.member;
                break;
            }
        }
    }
    return step;
}

// The header's names into conn.columns, and one step per column. The first
// "idle_per_thr[N]" sets conn.threads.
QList<Step> headerPlan(const QList<QByteArrayView> &names, ServersConn &conn)
{
    QList<Step> plan(names.size());
    bool perThreadSeen = false;
    for (qsizetype c = 0; c < names.size(); ++c) {
        const QByteArrayView name = names.at(c);
        conn.columns.append(name.toByteArray());
        if (name.startsWith("idle_per_thr[") && name.endsWith(']')) {
            if (perThreadSeen)
                continue;
            const qint64 n = parseInteger(name.sliced(13, name.size() - 14));
            if (n >= 0 && n <= 4096) { // HAProxy's MAX_THREADS is far below
                plan[c].kind = Kind::PerThread;
                conn.threads = int(n);
                perThreadSeen = true;
            }
            continue;
        }
        plan[c] = stepFor(name);
    }
    return plan;
}

// One row's fields read by the header's plan; perThread values stand in the per-thread column.
ServerConnRow readRow(const QList<Step> &plan, const QList<QByteArrayView> &fields, qsizetype perThread,
    const ServerConnRow *previous)
{
    ServerConnRow row;
    qsizetype f = 0;
    for (const Step &step : plan) {
        if (step.kind == Kind::PerThread) {
            row.idlePerThread.reserve(perThread);
            for (qsizetype i = 0; i < perThread; ++i)
                row.idlePerThread.append(parseInteger(fields.at(f++)));
            continue;
        }
        const QByteArrayView value = fields.at(f++);
        const qsizetype slash = value.indexOf('/');
        switch (step.kind) {
        case Kind::Ignore:
        case Kind::PerThread:
            break;
        case Kind::Names:
            row.backend =
                shared(slash < 0 ? value : value.first(slash), previous ? &previous->backend : nullptr);
            row.server = slash < 0 ? QByteArray() : value.sliced(slash + 1).toByteArray();
            break;
        case Kind::Ids:
            row.backendId = parseInteger(slash < 0 ? value : value.first(slash));
            row.serverId = slash < 0 ? NoValue : parseInteger(value.sliced(slash + 1));
            break;
        case Kind::Addr:
            if (value != "-")
                row.addr = shared(value, previous ? &previous->addr : nullptr);
            break;
        case Kind::Number:
            row.*step.number = parseInteger(value);
            break;
        }
    }
    return row;
}

} // namespace

Result<ServersConn> ServersConnParser::parse(QByteArrayView answer)
{
    LineReader reader { answer };
    while (reader.pos < answer.size() && (answer[reader.pos] == '\n' || answer[reader.pos] == '\r'))
        ++reader.pos;
    if (reader.atEnd())
        return Result<ServersConn>::failure(
            ServersConnParser::tr("HAProxy sent an empty answer to show servers conn."));
    const QByteArrayView header = reader.next();
    if (!header.startsWith("# "))
        return Result<ServersConn>::failure(
            ServersConnParser::tr("Not a show servers conn answer. HAProxy said: \"%1\"")
                .arg(firstLineOf(header)));

    ServersConn conn;
    QList<QByteArrayView> names;
    tokens(header.sliced(2), names);
    const QList<Step> plan = headerPlan(names, conn);
    const bool hasPerThread = std::any_of(
        plan.cbegin(), plan.cend(), [](const Step &step) { return step.kind == Kind::PerThread; });
    if (std::none_of(plan.cbegin(), plan.cend(), [](const Step &step) { return step.kind == Kind::Names; }))
        return Result<ServersConn>::failure(
            ServersConnParser::tr("The show servers conn header has no \"bkname/svname\" column: \"%1\"")
                .arg(firstLineOf(header)));

    // Without the per-thread column every other header name is one field; with it, a row
    // has either all N values (static server) or none (dynamic server).
    const qsizetype fixed = names.size() - (hasPerThread ? 1 : 0);
    int lineNumber = 1;
    conn.rows.reserve(answer.count('\n'));
    QList<QByteArrayView> fields;
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.isEmpty()) {
            conn.complete = true; // the blank line that ends every answer
            break;
        }
        ++lineNumber;
        tokens(line, fields);
        const qsizetype perThread = fields.size() - fixed;
        if (perThread != 0 && perThread != conn.threads) {
            if (conn.skippedRows++ == 0)
                conn.firstSkippedLine = lineNumber;
            continue;
        }
        const ServerConnRow *previous = conn.rows.isEmpty() ? nullptr : &conn.rows.constLast();
        conn.rows.append(readRow(plan, fields, perThread, previous));
    }
    return conn;
}
