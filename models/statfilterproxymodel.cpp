#include "statfilterproxymodel.h"

#include "stattablemodel.h"

#include <algorithm>

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
    // Re-sorts and re-filters changed rows on every merge, so sorted order follows values.
    setDynamicSortFilter(true);
    setSortRole(StatTableModel::RawRole);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(FilterDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &StatFilterProxyModel::applyFilterTextNow);
}

void StatFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // Before the base class sorts and filters the new model with it.
    m_statModel = qobject_cast<const StatTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
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
    invalidateRowsFilter();
}

void StatFilterProxyModel::setProxies(const QStringList &proxies)
{
    if (proxies == m_proxies)
        return;
    m_proxies = proxies;
    m_proxyNames.clear();
    for (const QString &proxy : proxies)
        m_proxyNames.append(proxy.toUtf8());
    invalidateRowsFilter();
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
        invalidateRowsFilter();
    }
    emit filterApplied();
}

void StatFilterProxyModel::setHideDown(bool hide)
{
    if (hide == m_hideDown)
        return;
    m_hideDown = hide;
    invalidateRowsFilter();
}

void StatFilterProxyModel::setHideMaint(bool hide)
{
    if (hide == m_hideMaint)
        return;
    m_hideMaint = hide;
    invalidateRowsFilter();
}

void StatFilterProxyModel::setHideBackup(bool hide)
{
    if (hide == m_hideBackup)
        return;
    m_hideBackup = hide;
    invalidateRowsFilter();
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
    if (const StatTableModel *model = statModel(); model && left.model() == model && right.model() == model)
        return model->compareRows(left.row(), right.row(), left.column()) < 0;
    if (const int c =
            compareRawVariants(left.data(StatTableModel::RawRole), right.data(StatTableModel::RawRole)))
        return c < 0;
    const int c = QString::compare(
        left.data(StatTableModel::KeyRole).toString(), right.data(StatTableModel::KeyRole).toString());
    return c != 0 ? c < 0 : left.row() < right.row();
}
