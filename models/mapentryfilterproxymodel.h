#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

class MapEntriesModel;

// The entries a view shows: those whose key or value contains the filter text, ignoring case
// (applied ~300 ms after the last keystroke), optionally only those that differ from the file.
// Reads MapEntriesModel's rows directly: filtering 100,000 entries takes milliseconds. Sorted
// by the text of a column with the source order as tie-break; unsorted, HAProxy's order.
class MapEntryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int FilterDelayMs = 300;

    explicit MapEntryFilterProxyModel(QObject *parent = nullptr);

    void setEntriesModel(MapEntriesModel *model);
    MapEntriesModel *entriesModel() const { return m_entries; }

    void setFilterText(const QString &text); // debounced
    void applyFilterTextNow(); // for Enter and tests
    QString filterText() const { return m_pendingText; }
    bool isFilterTextPending() const { return m_debounce.isActive(); }
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }

signals:
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    MapEntriesModel *m_entries = nullptr;
    QString m_pendingText;
    QString m_text;
    bool m_differencesOnly = false;
    QTimer m_debounce;
};
