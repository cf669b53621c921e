#pragma once

#include <QByteArray>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

class StatTableModel;

// The cut of a StatTableModel a view shows: which row types, which proxies, a text filter
// over name and address (applied ~300 ms after the last keystroke), and toggles to hide
// DOWN, MAINT and backup servers. Sorts on the raw value of each column with a stable
// tie-break on the row key, so rows do not jump while their values change every second.
//
// The text filter matches rows whose name, address or proxy name contain every word of the
// text, ignoring case. "Down" means the DOWN state in any form ("DOWN", "DOWN 1/2" going up,
// "DOWN (agent)"), for backends too; "UP 1/3" (still up, going down) is not down. "Maint"
// means MAINT in any form, "MAINT (via be/srv)" and "MAINT (resolution)" included; DRAIN
// is not maintenance (the server still serves its sessions). "Backup" is a backup server.
// Sorting and filtering read StatTableModel's rows directly when it is the source model, and
// its roles otherwise (e.g. behind another proxy). Sorted order and the filter follow every
// merge, though dynamicSortFilter is off: see followSource().
class StatFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum TypeFlag { Frontends = 1, Backends = 2, Servers = 4, Listeners = 8, AllTypes = 15 };
    Q_DECLARE_FLAGS(Types, TypeFlag)

    static constexpr int FilterDelayMs = 300;

    explicit StatFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setTypes(Types types);
    Types types() const { return m_types; }
    void setProxies(const QStringList &proxies); // empty: all
    QStringList proxies() const { return m_proxies; }
    void setFilterText(const QString &text); // debounced
    void applyFilterTextNow(); // for tests and Enter
    QString filterText() const { return m_pendingText; }
    // A typed text waits for the pause in typing before it is applied.
    bool isFilterTextPending() const { return m_debounce.isActive(); }
    void setHideDown(bool hide);
    void setHideMaint(bool hide);
    void setHideBackup(bool hide);
    bool hideDown() const { return m_hideDown; }
    bool hideMaint() const { return m_hideMaint; }
    bool hideBackup() const { return m_hideBackup; }

signals:
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct RowFacts;
    bool accepts(const RowFacts &row) const;
    const StatTableModel *statModel() const;
    // Source rows [firstRow, lastRow] changed: notes whether one of them now passes the
    // filter differently (looked at only when filterMayChange), or the sort column changed;
    // settle() acts on it.
    void followSource(int firstRow, int lastRow, bool filterMayChange, bool sortColumnChanged);
    void settle(); // filters again and/or sorts again if the order no longer holds
    bool isInOrder() const; // the rows are in the order sort() would give them
    void ensureSorted();
    void refilter();

    const StatTableModel *m_statModel = nullptr; // sourceModel() when it is one
    Types m_types = AllTypes;
    QStringList m_proxies;
    QList<QByteArray> m_proxyNames; // m_proxies in UTF-8, as rows hold them
    QString m_pendingText;
    QString m_text;
    QList<QByteArray> m_words; // m_text split and lowercased, in UTF-8
    bool m_hideDown = false;
    bool m_hideMaint = false;
    bool m_hideBackup = false;
    QTimer m_debounce;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_filterPending = false; // since the last settle()
    bool m_sortPending = false;
    QList<int> m_ranks; // StatTableModel::sortRanks() of the column being sorted, during sort()
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StatFilterProxyModel::Types)
