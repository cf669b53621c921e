#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class InstanceView;
class Poller;
class StatTableView;

// Keeps a Poller's focus (Poller::setFocus()) on what an InstanceView shows, so that a large
// instance is asked for the rows on screen at every poll and for everything else only now and
// then: the proxies of the rows visible in the tab shown and of the selected rows (their
// charts), and the BACKEND rows visible in the side list. Every server listed (servers tab,
// no backend selected): every row matters, for sorting on a live column. Worked out again
// shortly after the view scrolls, resizes, re-sorts, filters, or changes tab or selection. The
// poller it leaves (another instance shown) is told that nothing of its instance is on screen.
class PollFocus : public QObject
{
    Q_OBJECT
public:
    static constexpr int SettleMs = 100; // a scroll or a resize settles before the focus follows
    static constexpr int MaxRowsPerTable = 300; // rows read from one table (a tall screen shows ~100)

    explicit PollFocus(InstanceView *view, QObject *parent = nullptr);

    void setPoller(Poller *poller); // nullptr: none
    Poller *poller() const { return m_poller; }
    QStringList proxies() const { return m_proxies; } // as last given to the poller
    QStringList backendRows() const { return m_backendRows; } // the side list's: their own row alone
    bool allRowsMatter() const { return m_allRowsMatter; }
    // Works the focus out and hands it over now rather than after SettleMs.
    void updateNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(StatTableView *table);
    void schedule();
    void collect(StatTableView *table, QStringList *proxies) const;

    InstanceView *m_view = nullptr;
    QPointer<Poller> m_poller;
    QTimer m_settle;
    QStringList m_proxies;
    QStringList m_backendRows;
    bool m_allRowsMatter = false;
};
