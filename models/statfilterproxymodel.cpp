#include "models/statfilterproxymodel.h"

#include "models/stattablemodel.h"

#include <algorithm>
#include <utility>

namespace {

StatFilterProxyModel::TypeFlag flagOf(StatRow::Type type)
{
    switch (type) {
    case StatRow::Type::Frontend:
        return StatFilterProxyModel::Frontends;
    case StatRow::Type::Backend:
        return StatFilterProxyModel::Backends;
    case StatRow::Type::Server:
        return StatFilterProxyModel::Servers;
    case StatRow::Type::Listener:
        return StatFilterProxyModel::Listeners;
    case StatRow::Type::Unknown:
        break;
    }
    return StatFilterProxyModel::TypeFlag(0);
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Whether `haystack` contains `word` (already lowercase), ignoring ASCII case: names and
// addresses are ASCII, and this runs for every row on every refresh while a filter is set.
bool containsWord(QByteArrayView haystack, QByteArrayView word)
{
    const qsizetype n = word.size();
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        qsizetype j = 0;
        while (j < n && asciiLower(haystack[i + j]) == word[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

// The generic order of two RawRole values, the same as StatTableModel::compareRows():
// numbers before texts, numbers by value (NoValue is the smallest qint64), texts ignoring case.
int compareRawVariants(const QVariant &a, const QVariant &b)
{
    const bool aNumber = a.typeId() == QMetaType::LongLong, bNumber = b.typeId() == QMetaType::LongLong;
    if (aNumber != bNumber)
        return aNumber ? -1 : 1;
    if (aNumber) {
        const qint64 x = a.toLongLong(), y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

} // namespace

// What the filter looks at in one row, read from a StatRow or from roles.
struct StatFilterProxyModel::RowFacts
{
    StatRow::Type type = StatRow::Type::Unknown;
    QByteArrayView proxy;
    QByteArrayView name;
    QByteArrayView address;
    QByteArrayView status; // decoded only when a hide toggle needs it
    StatStatus::State state = StatStatus::State::Unknown;
    bool stateKnown = false;
    bool backup = false;
};

StatFilterProxyModel::StatFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // QSortFilterProxyModel's own dynamic sort checks every changed row against its
    // neighbours through model indexes and, when one is out of place, takes every changed row
    // out and inserts each back by binary search. At 10,000 servers every refresh changes
    // every row: with it, the merge took 13-15 ms of the GUI thread per poll (bench_scale).
    // The proxy follows merges itself instead (followSource): one pass to see whether the
    // order still holds, and a full sort on precomputed ranks only when it does not.
    setDynamicSortFilter(false);
    setSortRole(StatTableModel::RawRole);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(FilterDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &StatFilterProxyModel::applyFilterTextNow);
}

void StatFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // Before the base class sorts and filters the new model with it.
    m_statModel = qobject_cast<const StatTableModel *>(sourceModel);
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (!sourceModel)
        return;
    // Connected after the base class, so these run once it has mapped the change.
    m_sourceConnections << connect(sourceModel, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            auto covers = [&](int column) {
                return column >= topLeft.column() && column <= bottomRight.column();
            };
            // A StatTableModel signals the cells that changed: what the filter reads (state,
            // backup flag, address) changes the status or the address cell.
            const bool filterMayChange =
                !statModel() || covers(StatTableModel::Status) || covers(StatTableModel::Address);
            followSource(topLeft.row(), bottomRight.row(), filterMayChange, covers(sortColumn()));
        });
    m_sourceConnections << connect(
        sourceModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
            if (parent.isValid())
                return;
            m_sortPending = true; // new rows were placed in source order
            if (!statModel())
                settle();
        });
    // A StatTableModel merge signals each run of changed rows apart (a hundred runs when 1 %
    // of 10,000 rows changed): sort and filter once, when the merge is over.
    if (m_statModel)
        m_sourceConnections << connect(
            m_statModel, &StatTableModel::merged, this, &StatFilterProxyModel::settle);
}

void StatFilterProxyModel::followSource(
    int firstRow, int lastRow, bool filterMayChange, bool sortColumnChanged)
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || firstRow < 0)
        return;
    // A changed row that now passes the filter, or no longer does: filter everything again
    // (rare: a state change under a hide toggle, a new address under a text filter). A row's
    // type, proxy and name never change (they are its key), so with only the type and proxy
    // cuts set, a merge cannot change what passes.
    const bool filterReadsValues =
        filterMayChange && (!statModel() || m_hideDown || m_hideMaint || m_hideBackup || !m_words.isEmpty());
    for (int row = firstRow; filterReadsValues && !m_filterPending && row <= lastRow; ++row) {
        if (mapFromSource(source->index(row, 0)).isValid() != filterAcceptsRow(row, {}))
            m_filterPending = true;
    }
    m_sortPending = m_sortPending || sortColumnChanged;
    if (!statModel())
        settle(); // no merged() to wait for
}

void StatFilterProxyModel::settle()
{
    const bool filter = std::exchange(m_filterPending, false);
    const bool sort = std::exchange(m_sortPending, false);
    if (filter)
        refilter(); // sorts too
    else if (sort)
        ensureSorted();
}

bool StatFilterProxyModel::isInOrder() const
{
    const int column = sortColumn();
    const int rows = rowCount();
    if (column < 0 || rows < 2)
        return true;
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    QModelIndex previous = mapToSource(index(0, column));
    for (int row = 1; row < rows; ++row) {
        const QModelIndex current = mapToSource(index(row, column));
        // Strict: the order is total (ties broken on the key), as sort() made it.
        if (ascending ? !lessThan(previous, current) : !lessThan(current, previous))
            return false;
        previous = current;
    }
    return true;
}

void StatFilterProxyModel::ensureSorted()
{
    if (!isInOrder())
        sort(sortColumn(), sortOrder()); // re-sorts: the sort is not dynamic
}

void StatFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // A re-sort of 10,000 rows makes ~150,000 comparisons: of integers, with every row's rank
    // worked out once beforehand, rather than of rows.
    if (const StatTableModel *model = statModel(); model && column >= 0)
        m_ranks = model->sortRanks(column);
    QSortFilterProxyModel::sort(column, order);
    m_ranks.clear();
}

void StatFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    ensureSorted(); // rows that came back were placed in source order
}

const StatTableModel *StatFilterProxyModel::statModel() const
{
    // A destroyed source is replaced by an empty model without a call to setSourceModel().
    return m_statModel && sourceModel() == m_statModel ? m_statModel : nullptr;
}

void StatFilterProxyModel::setTypes(Types types)
{
    if (types == m_types)
        return;
    m_types = types;
    refilter();
}

void StatFilterProxyModel::setProxies(const QStringList &proxies)
{
    if (proxies == m_proxies)
        return;
    m_proxies = proxies;
    m_proxyNames.clear();
    for (const QString &proxy : proxies)
        m_proxyNames.append(proxy.toUtf8());
    refilter();
}

void StatFilterProxyModel::setFilterText(const QString &text)
{
    m_pendingText = text;
    if (m_pendingText == m_text)
        m_debounce.stop(); // typed back to what is applied: nothing to do
    else
        m_debounce.start(); // restarts: the filter waits for a pause in typing
}

void StatFilterProxyModel::applyFilterTextNow()
{
    m_debounce.stop();
    if (m_pendingText != m_text) {
        m_text = m_pendingText;
        m_words.clear();
        const QStringList words = m_text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words)
            m_words.append(word.toUtf8());
        refilter();
    }
    emit filterApplied();
}

void StatFilterProxyModel::setHideDown(bool hide)
{
    if (hide == m_hideDown)
        return;
    m_hideDown = hide;
    refilter();
}

void StatFilterProxyModel::setHideMaint(bool hide)
{
    if (hide == m_hideMaint)
        return;
    m_hideMaint = hide;
    refilter();
}

void StatFilterProxyModel::setHideBackup(bool hide)
{
    if (hide == m_hideBackup)
        return;
    m_hideBackup = hide;
    refilter();
}

bool StatFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    RowFacts facts;
    if (const StatTableModel *model = statModel()) {
        const StatRow *row = model->statRow(sourceRow);
        if (!row)
            return false;
        facts.type = row->type;
        facts.proxy = row->pxname;
        facts.name = (row->isFrontend() || row->isBackend()) ? row->pxname : row->svname;
        facts.address = row->addr;
        facts.status = row->status;
        facts.backup = row->isServer() && StatRow::has(row->bck) && row->bck > 0;
        return accepts(facts);
    }
    const QAbstractItemModel *model = sourceModel();
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount(sourceParent))
        return false;
    auto value = [&](int column, int role) {
        return model->index(sourceRow, column, sourceParent).data(role);
    };
    bool ok = false;
    const int type = value(0, StatTableModel::TypeRole).toInt(&ok);
    facts.type = ok ? StatRow::Type(type) : StatRow::Type::Unknown;
    const QByteArray proxy = value(0, StatTableModel::ProxyNameRole).toString().toUtf8();
    const QByteArray name = value(StatTableModel::Name, StatTableModel::RawRole).toString().toUtf8();
    const QByteArray address = value(StatTableModel::Address, StatTableModel::RawRole).toString().toUtf8();
    facts.proxy = proxy;
    facts.name = name;
    facts.address = address;
    const int state = value(0, StatTableModel::StateRole).toInt(&ok);
    facts.state = ok ? StatStatus::State(state) : StatStatus::State::Unknown;
    facts.stateKnown = true;
    facts.backup = value(0, StatTableModel::BackupRole).toBool();
    return accepts(facts);
}

bool StatFilterProxyModel::accepts(const RowFacts &row) const
{
    const TypeFlag flag = flagOf(row.type);
    if (flag ? !m_types.testFlag(flag) : m_types != AllTypes) // rows of an unknown type: only with all types
        return false;
    if (!m_proxyNames.isEmpty()
        && std::none_of(m_proxyNames.cbegin(), m_proxyNames.cend(),
            [&row](const QByteArray &proxy) { return QByteArrayView(proxy) == row.proxy; })) {
        return false;
    }
    if (m_hideBackup && row.backup)
        return false;
    if (m_hideDown || m_hideMaint) {
        const StatStatus::State state = row.stateKnown ? row.state : StatStatus::parse(row.status).state;
        if ((m_hideDown && state == StatStatus::State::Down)
            || (m_hideMaint && state == StatStatus::State::Maint))
            return false;
    }
    for (const QByteArray &word : m_words) {
        if (!containsWord(row.name, word) && !containsWord(row.address, word)
            && !containsWord(row.proxy, word))
            return false;
    }
    return true;
}

bool StatFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const StatTableModel *model = statModel(); model && left.model() == model && right.model() == model) {
        if (left.column() == sortColumn() && left.row() < m_ranks.size() && right.row() < m_ranks.size())
            return m_ranks.at(left.row()) < m_ranks.at(right.row()); // during sort()
        return model->compareRows(left.row(), right.row(), left.column()) < 0;
    }
    if (const int c =
            compareRawVariants(left.data(StatTableModel::RawRole), right.data(StatTableModel::RawRole)))
        return c < 0;
    const int c = QString::compare(
        left.data(StatTableModel::KeyRole).toString(), right.data(StatTableModel::KeyRole).toString());
    return c != 0 ? c < 0 : left.row() < right.row();
}
