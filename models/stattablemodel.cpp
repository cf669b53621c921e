#include "models/stattablemodel.h"

#include "models/statrowkey.h"
#include "models/statrowtext.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cstring>
#include <iterator>
#include <numeric>
#include <utility>

namespace {

constexpr qint64 NoValue = StatRow::NoValue;

// A cell's RawRole before it becomes a QVariant: compareRows() reads it directly, so the
// sort proxy orders 10,000 rows without allocating.
struct RawValue
{
    qint64 number = NoValue;
    QByteArrayView text;
    bool isText = false;

    static RawValue ofText(QByteArrayView t)
    {
        RawValue v;
        v.text = t;
        v.isText = true;
        return v;
    }
    static RawValue ofNumber(qint64 n)
    {
        RawValue v;
        v.number = n;
        return v;
    }
};

bool isProxyRow(const StatRow &row)
{
    return row.isFrontend() || row.isBackend();
}

// "* L4OK" while a check runs: the star is not part of the result, and sorting on it would
// move rows back and forth with every check.
QByteArrayView checkResult(const StatRow &row)
{
    QByteArrayView v = row.checkStatus;
    if (v.startsWith("* "))
        v = v.sliced(2);
    return v;
}

qint64 sum(qint64 a, qint64 b)
{
    if (!StatRow::has(a))
        return b;
    if (!StatRow::has(b))
        return a;
    return a + b;
}

bool isNumberColumn(int column)
{
    switch (column) {
    case StatTableModel::Name:
    case StatTableModel::Proxy:
    case StatTableModel::Status:
    case StatTableModel::Role:
    case StatTableModel::CheckStatus:
    case StatTableModel::Address:
        return false;
    default:
        return true;
    }
}

RawValue rawValue(const StatRow &row, int column)
{
    switch (column) {
    case StatTableModel::Name:
        return RawValue::ofText(isProxyRow(row) ? row.pxname : row.svname);
    case StatTableModel::Proxy:
        return RawValue::ofText(row.pxname);
    case StatTableModel::Status:
        return RawValue::ofText(row.status);
    case StatTableModel::Weight:
        return RawValue::ofNumber(row.weight);
    case StatTableModel::Role:
        // A server: 0 active, 1 backup. A backend: how many active servers it has.
        if (row.isServer())
            return RawValue::ofNumber(StatRow::has(row.bck) ? (row.bck > 0 ? 1 : 0) : NoValue);
        return RawValue::ofNumber(row.act);
    case StatTableModel::CurrentSessions:
        return RawValue::ofNumber(row.scur);
    case StatTableModel::MaxSessions:
        return RawValue::ofNumber(row.smax);
    case StatTableModel::SessionLimit:
        return RawValue::ofNumber(row.slim);
    case StatTableModel::SessionRate:
        return RawValue::ofNumber(row.rate);
    case StatTableModel::Queue:
        return RawValue::ofNumber(row.qcur);
    case StatTableModel::TotalSessions:
        return RawValue::ofNumber(row.stot);
    case StatTableModel::BytesIn:
        return RawValue::ofNumber(row.bin);
    case StatTableModel::BytesOut:
        return RawValue::ofNumber(row.bout);
    case StatTableModel::Denied:
        return RawValue::ofNumber(sum(row.dreq, row.dresp));
    case StatTableModel::ConnectionErrors:
        return RawValue::ofNumber(row.econ);
    case StatTableModel::ResponseErrors:
        return RawValue::ofNumber(row.eresp);
    case StatTableModel::Retries:
        return RawValue::ofNumber(row.wretr);
    case StatTableModel::Redispatches:
        return RawValue::ofNumber(row.wredis);
    case StatTableModel::Http4xx:
        return RawValue::ofNumber(row.hrsp4xx);
    case StatTableModel::Http5xx:
        return RawValue::ofNumber(row.hrsp5xx);
    case StatTableModel::CheckStatus:
        return RawValue::ofText(checkResult(row));
    case StatTableModel::LastChange:
        return RawValue::ofNumber(row.lastchg);
    case StatTableModel::Downtime:
        return RawValue::ofNumber(row.downtime);
    case StatTableModel::Address:
        return RawValue::ofText(row.addr);
    default:
        return {};
    }
}

int compareRaw(const RawValue &a, const RawValue &b)
{
    if (a.isText != b.isText) // not within one column; keeps the order total anyway
        return a.isText ? 1 : -1;
    if (a.isText)
        return qstrnicmp(a.text.data(), a.text.size(), b.text.data(), b.text.size());
    // NoValue is qint64's minimum: empty cells sort first without a special case.
    return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
}

using ColumnMask = quint32; // bit c: column c
static_assert(StatTableModel::ColumnCount <= 32);

constexpr ColumnMask bit(int column)
{
    return ColumnMask(1) << column;
}

constexpr ColumnMask AllColumns = bit(StatTableModel::ColumnCount) - 1;

// What the health check and the agent say: the check cell, and the tooltips of the name,
// status and check cells (StatRowText::checkDetails).
bool sameCheck(const StatRow &a, const StatRow &b)
{
    return a.checkCode == b.checkCode && a.checkDuration == b.checkDuration && a.checkHealth == b.checkHealth
        && a.checkRise == b.checkRise && a.checkFall == b.checkFall && a.chkfail == b.chkfail
        && a.chkdown == b.chkdown && a.agentCode == b.agentCode && a.agentDuration == b.agentDuration
        && a.checkStatus == b.checkStatus && a.checkDesc == b.checkDesc && a.lastChk == b.lastChk
        && a.agentStatus == b.agentStatus && a.agentDesc == b.agentDesc && a.lastAgt == b.lastAgt
        && a.tracked == b.tracked;
}

// The cells of a row that look different in some role of data(): the merge signals these
// and no others, so a view repaints only them and a sort proxy re-sorts only when its
// column is among them. Every field data() reads is here.
StatTableModel::CellChanges changedColumns(const StatRow &a, const StatRow &b)
{
    using M = StatTableModel;
    // The state and the backup flag colour every cell of the row.
    if (a.status != b.status || a.bck != b.bck)
        return { AllColumns, 0 };
    ColumnMask mask = 0;
    ColumnMask quiet = 0;
    // A duration whose text stays ("3h 12m" for another second) changes only its RawRole.
    auto noteDuration = [&mask, &quiet](qint64 before, qint64 now, ColumnMask column) {
        if (before != now)
            (StatRowText::sameDuration(before, now) ? quiet : mask) |= column;
    };
    auto note = [&mask](bool changed, ColumnMask columns) {
        if (changed)
            mask |= columns;
    };
    note(a.weight != b.weight || a.uweight != b.uweight, bit(M::Weight));
    note(a.act != b.act, bit(M::Role));
    note(a.scur != b.scur, bit(M::CurrentSessions));
    note(a.smax != b.smax, bit(M::MaxSessions));
    note(a.slim != b.slim, bit(M::SessionLimit));
    note(a.rate != b.rate, bit(M::SessionRate));
    note(a.qcur != b.qcur || a.qmax != b.qmax || a.qlimit != b.qlimit, bit(M::Queue));
    note(a.stot != b.stot, bit(M::TotalSessions));
    note(a.bin != b.bin, bit(M::BytesIn));
    note(a.bout != b.bout, bit(M::BytesOut));
    note(a.dreq != b.dreq || a.dresp != b.dresp, bit(M::Denied));
    note(a.econ != b.econ, bit(M::ConnectionErrors));
    note(a.eresp != b.eresp, bit(M::ResponseErrors));
    note(a.wretr != b.wretr, bit(M::Retries));
    note(a.wredis != b.wredis, bit(M::Redispatches));
    note(a.hrsp4xx != b.hrsp4xx, bit(M::Http4xx));
    note(a.hrsp5xx != b.hrsp5xx, bit(M::Http5xx));
    note(!sameCheck(a, b), bit(M::Name) | bit(M::Status) | bit(M::CheckStatus));
    noteDuration(a.lastchg, b.lastchg, bit(M::LastChange));
    noteDuration(a.downtime, b.downtime, bit(M::Downtime));
    note(a.addr != b.addr, bit(M::Address));
    return { mask, quiet };
}

bool sameKey(const StatRow &a, const StatRow &b)
{
    return a.type == b.type && a.svname == b.svname && a.pxname == b.pxname;
}

QString displayText(const StatRow &row, int column)
{
    switch (column) {
    case StatTableModel::Name:
    case StatTableModel::Proxy:
    case StatTableModel::Status:
    case StatTableModel::Address:
        return QString::fromUtf8(rawValue(row, column).text);
    case StatTableModel::Weight:
        return StatRowText::weight(row);
    case StatTableModel::Role:
        return StatRowText::role(row);
    case StatTableModel::BytesIn:
    case StatTableModel::BytesOut:
        return StatRowText::bytes(rawValue(row, column).number);
    case StatTableModel::CheckStatus:
        return StatRowText::check(row);
    case StatTableModel::LastChange:
    case StatTableModel::Downtime:
        return StatRowText::duration(rawValue(row, column).number);
    default:
        return StatRowText::number(rawValue(row, column).number);
    }
}

} // namespace

StatTableModel::StatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatTableModel::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    if (snapshot == m_snapshot)
        return;
    m_lastMerge = {};
    const QList<StatRow> &newRows = snapshot->stat.rows;
    const qsizetype oldCount = m_rows.size();

    // 1. Match every new row to a model row. HAProxy answers in the same order every time,
    // so the row at the same place in the previous answer is tried first and the hash is
    // only asked when that guess fails (a row came, went or moved).
    QList<const StatRow *> newRowOf(oldCount, nullptr); // model row -> its row in newRows
    QList<const StatRow *> added; // rows of newRows the model does not have
    {
        QList<int> rowOfOldIndex;
        const StatRow *oldBegin = m_snapshot ? m_snapshot->stat.rows.constData() : nullptr;
        if (m_snapshot) {
            rowOfOldIndex.fill(-1, m_snapshot->stat.rows.size());
            for (int row = 0; row < oldCount; ++row)
                rowOfOldIndex[m_rows.at(row) - oldBegin] = row;
        }
        for (qsizetype i = 0; i < newRows.size(); ++i) {
            const StatRow &incoming = newRows.at(i);
            int row = -1;
            if (i < rowOfOldIndex.size() && rowOfOldIndex.at(i) >= 0 && sameKey(oldBegin[i], incoming))
                row = rowOfOldIndex.at(i);
            else
                row = m_rowOfKey.value(RowKey(incoming), -1);
            if (row < 0)
                added.append(&incoming);
            else if (!newRowOf.at(row))
                newRowOf[row] = &incoming;
            // else: the same key twice in one answer; the first one stands for it
        }
    }

    // 2. Rows that went.
    removeVanishedRows(newRowOf);

    // 3. Rows that stayed: note which ones look different, then point them to the new
    // snapshot. `previous` keeps the rows not yet switched alive through the signals.
    const SnapshotPtr previous = std::exchange(m_snapshot, snapshot);
    QList<int> changedRows;
    QList<CellChanges> changes;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const CellChanges change = changedColumns(*m_rows.at(row), *newRowOf.at(row));
        if (change.shown || change.quiet) {
            changedRows.append(int(row));
            changes.append(change);
        }
    }
    updateRows(changedRows, changes, newRowOf);

    // 4. Rows that came, appended in the answer's order: one contiguous insertion, and a
    // sort proxy puts them where they belong.
    const int first = int(m_rows.size());
    QList<const StatRow *> accepted;
    accepted.reserve(added.size());
    for (const StatRow *row : std::as_const(added)) {
        RowKey key(*row);
        if (m_rowOfKey.contains(key))
            continue; // the same key twice in one answer
        m_rowOfKey.insert(std::move(key), first + int(accepted.size()));
        accepted.append(row);
    }
    if (!accepted.isEmpty()) {
        beginInsertRows({}, first, first + int(accepted.size()) - 1);
        m_rows.append(accepted);
        m_keyRank.clear(); // before the signal: a sort proxy asks for ranks on it
        endInsertRows();
    }
    m_lastMerge.inserted = int(accepted.size());
    emit merged();
}

void StatTableModel::removeVanishedRows(QList<const StatRow *> &newRowOf)
{
    const qsizetype lowest = newRowOf.indexOf(nullptr);
    if (lowest < 0)
        return;
    // Contiguous ranges, from the bottom up, so that the rows of the ranges still to remove
    // keep their numbers.
    for (qsizetype last = newRowOf.size() - 1; last >= lowest; --last) {
        if (newRowOf.at(last))
            continue;
        qsizetype first = last;
        while (first > lowest && !newRowOf.at(first - 1))
            --first;
        for (qsizetype row = first; row <= last; ++row)
            m_rowOfKey.remove(RowKey(*m_rows.at(row)));
        beginRemoveRows({}, int(first), int(last));
        m_rows.remove(first, last - first + 1);
        m_keyRank.clear(); // rows renumbered
        newRowOf.remove(first, last - first + 1);
        if (first == lowest) {
            // The rows below the lowest removed one moved up: renumber them once, here,
            // rather than once per range, so the hash is right when the last signal goes.
            for (qsizetype row = lowest; row < m_rows.size(); ++row)
                m_rowOfKey[RowKey(*m_rows.at(row))] = int(row);
        }
        endRemoveRows();
        m_lastMerge.removed += int(last - first + 1);
        last = first;
    }
}

void StatTableModel::updateRows(
    const QList<int> &changedRows, const QList<CellChanges> &changes, const QList<const StatRow *> &newRowOf)
{
    m_lastMerge.changed = int(changedRows.size());
    QList<int> shownRows, quietRows;
    QList<quint32> shownColumns, quietColumns;
    for (qsizetype i = 0; i < changedRows.size(); ++i) {
        if (changes.at(i).shown) {
            shownRows.append(changedRows.at(i));
            shownColumns.append(changes.at(i).shown);
        }
        if (changes.at(i).quiet) {
            quietRows.append(changedRows.at(i));
            quietColumns.append(changes.at(i).quiet);
        }
    }
    // What a view repaints first, each run of rows switched with its own signal; then the
    // values only a sort reads, which every second brings to every row (the last change).
    signalChanges(shownRows, shownColumns, newRowOf, {});
    m_rows = newRowOf;
    signalChanges(quietRows, quietColumns, newRowOf, { RawRole });
}

void StatTableModel::signalChanges(const QList<int> &rows, const QList<quint32> &columns,
    const QList<const StatRow *> &newRowOf, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    // Past half, one signal per run of changed columns is cheaper for every view and proxy
    // than thousands of them, and a view repaints only what it shows anyway.
    if (rows.size() * 2 > m_rows.size()) {
        m_rows = newRowOf;
        m_lastMerge.fullRangeUpdate = true;
        quint32 all = 0;
        for (const quint32 mask : columns)
            all |= mask;
        emitColumns(0, int(m_rows.size()) - 1, all, roles);
        return;
    }
    // One signal per run of changed rows (and of changed columns in it), and each run's new
    // values appear only with its signal: a sorting proxy moves the run's rows by binary
    // search among the other rows, which must therefore still hold the values it last saw.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        quint32 mask = columns.at(i);
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            mask |= columns.at(++j);
        for (qsizetype k = i; k <= j; ++k)
            m_rows[rows.at(k)] = newRowOf.at(rows.at(k));
        emitColumns(rows.at(i), rows.at(j), mask, roles);
        i = j + 1;
    }
}

void StatTableModel::emitColumns(int firstRow, int lastRow, quint32 columns, const QList<int> &roles)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (!(columns & bit(column)))
            continue;
        int last = column;
        while (last + 1 < ColumnCount && (columns & bit(last + 1)))
            ++last;
        emit dataChanged(index(firstRow, column), index(lastRow, last), roles);
        column = last;
    }
}

void StatTableModel::clear()
{
    m_lastMerge = {};
    if (m_rows.isEmpty()) {
        m_snapshot.reset();
        m_rowOfKey.clear();
        return;
    }
    beginResetModel();
    m_snapshot.reset();
    m_rows.clear();
    m_rowOfKey.clear();
    m_keyRank.clear();
    endResetModel();
}

int StatTableModel::rowForKey(const QString &key) const
{
    const std::optional<StatRowKey> parsed = StatRowKey::parse(key);
    if (!parsed)
        return -1;
    RowKey k;
    k.type = StatRowKey::typeOf(parsed->type);
    k.pxname = parsed->proxy;
    k.svname = parsed->name;
    return m_rowOfKey.value(k, -1);
}

const StatRow *StatTableModel::statRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_rows.at(row);
}

QString StatTableModel::keyOf(const StatRow &row)
{
    return StatRowKey::of(row).text();
}

int StatTableModel::compareKeys(const StatRow &a, const StatRow &b)
{
    const char ta = StatRowKey::letterOf(a.type), tb = StatRowKey::letterOf(b.type);
    if (ta != tb)
        return ta < tb ? -1 : 1;
    // The sort proxy falls back on this for every tie (a column where all rows hold the same
    // value), 150,000 times per re-sort of 10,000 rows: compare the parts with memcmp first.
    const qsizetype pa = a.pxname.size(), pb = b.pxname.size();
    const int proxies = std::memcmp(a.pxname.constData(), b.pxname.constData(), size_t(std::min(pa, pb)));
    if (proxies != 0)
        return proxies < 0 ? -1 : 1;
    if (pa == pb) {
        const qsizetype sa = a.svname.size(), sb = b.svname.size();
        const int names = std::memcmp(a.svname.constData(), b.svname.constData(), size_t(std::min(sa, sb)));
        if (names != 0)
            return names < 0 ? -1 : 1;
        return sa == sb ? 0 : (sa < sb ? -1 : 1);
    }
    // One proxy name is a prefix of the other: the '/' after the shorter one meets a byte of
    // the longer one (never a '/', which HAProxy refuses in proxy names, but the order must
    // stay total for any bytes: the general loop below decides then).
    {
        const QByteArray &longer = pa < pb ? b.pxname : a.pxname;
        const uchar next = uchar(longer.at(std::min(pa, pb)));
        if (next != '/')
            return (pa < pb) == ('/' < next) ? -1 : 1;
    }
    // Compares "proxy/name" byte by byte without joining the parts, so that the order is
    // exactly that of the KeyRole strings (names are ASCII).
    auto at = [](const StatRow &row, qsizetype i) -> int {
        const qsizetype proxyLength = row.pxname.size();
        if (i < proxyLength)
            return uchar(row.pxname.at(i));
        if (i == proxyLength)
            return '/';
        i -= proxyLength + 1;
        return i < row.svname.size() ? uchar(row.svname.at(i)) : -1;
    };
    for (qsizetype i = 0;; ++i) {
        const int ca = at(a, i), cb = at(b, i);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        if (ca < 0)
            return 0;
    }
}

int StatTableModel::compareRows(int left, int right, int column) const
{
    const StatRow *a = statRow(left);
    const StatRow *b = statRow(right);
    if (!a || !b)
        return (a ? 1 : 0) - (b ? 1 : 0);
    if (const int c = compareRaw(rawValue(*a, column), rawValue(*b, column)))
        return c;
    return compareKeys(*a, *b);
}

QList<int> StatTableModel::sortRanks(int column) const
{
    const int count = int(m_rows.size());
    if (m_keyRank.size() != count) {
        // The key order changes only when rows come or go: kept between sorts.
        QList<int> rows(count);
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(
            rows.begin(), rows.end(), [this](int a, int b) { return compareKeys(rowAt(a), rowAt(b)) < 0; });
        m_keyRank.resize(count);
        for (int rank = 0; rank < count; ++rank)
            m_keyRank[rows.at(rank)] = rank;
    }
    // Each row's value read once, rather than twice per comparison.
    QList<RawValue> values(count);
    for (int row = 0; row < count; ++row)
        values[row] = rawValue(rowAt(row), column);
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = compareRaw(values.at(a), values.at(b));
        return c != 0 ? c < 0 : m_keyRank.at(a) < m_keyRank.at(b);
    });
    QList<int> ranks(count);
    for (int rank = 0; rank < count; ++rank)
        ranks[rows.at(rank)] = rank;
    return ranks;
}

int StatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount) {
        return {};
    }
    const StatRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (const QString text = StatRowText::toolTip(row, column); !text.isEmpty())
            return text;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawRole: {
        const RawValue raw = rawValue(row, column);
        return raw.isText ? QVariant(QString::fromUtf8(raw.text)) : QVariant(raw.number);
    }
    case KeyRole:
        return keyOf(row);
    case TypeRole:
        return int(row.type);
    case ProxyNameRole:
        return QString::fromUtf8(row.pxname);
    case StateRole:
        return int(row.decodedStatus().state);
    case InTransitionRole:
        return row.decodedStatus().inTransition;
    case BackupRole:
        return row.isBackupServer();
    case ServerNameRole:
        return isProxyRow(row) ? QString() : QString::fromUtf8(row.svname);
    default:
        return {};
    }
}

QVariant StatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    struct Title
    {
        const char *title;
        const char *toolTip;
    };
    // The short titles of HAProxy's stats page, with its field names in the tooltips for
    // operators who know the CSV.
    static constexpr Title titles[ColumnCount] = {
        { QT_TR_NOOP("Name"), QT_TR_NOOP("Server, listener or proxy name (svname, pxname)") },
        { QT_TR_NOOP("Proxy"), QT_TR_NOOP("Frontend or backend (pxname)") },
        { QT_TR_NOOP("Status"), QT_TR_NOOP("State, and the checks of a state change in progress (status)") },
        { QT_TR_NOOP("Weight"),
            QT_TR_NOOP("Effective weight, and the weight set when it differs (weight, uweight)") },
        { QT_TR_NOOP("Role"), QT_TR_NOOP("Active or backup server; a backend's counts of both (act, bck)") },
        { QT_TR_NOOP("Sessions"), QT_TR_NOOP("Current sessions (scur)") },
        { QT_TR_NOOP("Max"), QT_TR_NOOP("Most sessions at once (smax)") },
        { QT_TR_NOOP("Limit"), QT_TR_NOOP("Session limit (slim)") },
        { QT_TR_NOOP("Rate"), QT_TR_NOOP("Sessions per second, last second (rate)") },
        { QT_TR_NOOP("Queue"), QT_TR_NOOP("Requests waiting for a server (qcur)") },
        { QT_TR_NOOP("Total"), QT_TR_NOOP("Sessions since start (stot)") },
        { QT_TR_NOOP("In"), QT_TR_NOOP("Bytes received (bin)") },
        { QT_TR_NOOP("Out"), QT_TR_NOOP("Bytes sent (bout)") },
        { QT_TR_NOOP("Denied"), QT_TR_NOOP("Denied requests and responses (dreq + dresp)") },
        { QT_TR_NOOP("Conn. errors"), QT_TR_NOOP("Failed connections to a server (econ)") },
        { QT_TR_NOOP("Resp. errors"), QT_TR_NOOP("Bad or aborted responses (eresp)") },
        { QT_TR_NOOP("Retries"), QT_TR_NOOP("Connection retries (wretr)") },
        { QT_TR_NOOP("Redispatches"), QT_TR_NOOP("Requests sent to another server (wredis)") },
        { QT_TR_NOOP("4xx"), QT_TR_NOOP("HTTP responses with a 4xx status (hrsp_4xx)") },
        { QT_TR_NOOP("5xx"), QT_TR_NOOP("HTTP responses with a 5xx status (hrsp_5xx)") },
        { QT_TR_NOOP("Check"), QT_TR_NOOP("Last health check: result, code and duration (check_status)") },
        { QT_TR_NOOP("Last change"), QT_TR_NOOP("Time since the last change of state (lastchg)") },
        { QT_TR_NOOP("Downtime"), QT_TR_NOOP("Total time down (downtime)") },
        { QT_TR_NOOP("Address"), QT_TR_NOOP("Server address and port (addr)") },
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr(titles[section].title);
    case Qt::ToolTipRole:
        return tr(titles[section].toolTip);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(section))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}
