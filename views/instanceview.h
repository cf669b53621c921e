#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class ProcessInfoBar;
class QAction;
class RuntimeConnection;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;
class Settings;
class StatFilterProxyModel;
class StatTableModel;
class StatTableView;

// One instance's tables: the process's vital signs on top, the backends in a side list, and
// their servers and the frontends in tabs, three sorted and filtered cuts of one model. The
// window swaps the model when another instance is shown; the views and their layout stay.
class InstanceView : public QWidget
{
    Q_OBJECT
public:
    explicit InstanceView(QWidget *parent = nullptr);
    ~InstanceView() override;

    void setModel(StatTableModel *model); // not owned; nullptr: an empty table
    StatTableModel *model() const { return m_model; } // never nullptr
    bool hasModel() const { return m_model != m_emptyModel; }

    ProcessInfoBar *infoBar() const { return m_infoBar; }
    StatTableView *backendsView() const { return m_backendsView; }
    StatTableView *serversView() const { return m_serversView; }
    StatTableView *frontendsView() const { return m_frontendsView; }
    QList<StatTableView *> tables() const { return { m_backendsView, m_serversView, m_frontendsView }; }
    StatFilterProxyModel *backendsProxy() const { return m_backendsProxy; }
    StatFilterProxyModel *serversProxy() const { return m_serversProxy; }
    StatFilterProxyModel *frontendsProxy() const { return m_frontendsProxy; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    StatTableView *currentTable() const; // the tab shown
    // Keyboard order follows the eye: after previous, the side list, then the tables.
    void setTabOrderAfter(QWidget *previous);
    void showServers(); // the servers tab, with the focus
    void showFrontends();

    // The filter text and state toggles apply to the servers and frontends; the side list
    // always lists every backend, so a filter never hides the way back.
    void setFilterText(const QString &text);
    void applyFilterTextNow();
    void setHideDown(bool hide);
    void setHideMaint(bool hide);
    void setHideBackup(bool hide);

    // The table the user means: the one whose context menu is open, else the one with the
    // focus, else the tab shown.
    StatTableView *activeTable() const;
    // Copy Name and the socat command lines act on activeTable()'s selection; the window puts
    // them in its Edit menu. The socat lines name connection's endpoint (nullptr: disabled).
    QList<QAction *> copyActions() const;
    void setConnection(RuntimeConnection *connection);
    void updateCopyActions(); // enabled for activeTable()'s selection
    // Shown above the copy actions in the servers table's context menu.
    void setServerContextActions(const QList<QAction *> &actions);

    // The names of the backends selected in the side list (empty: all).
    QStringList selectedBackends() const;
    // Once the first rows are in: columns sized to their content.
    void fitColumnsOnce();
    // How much wider and taller the servers table would need to be to show every column and
    // every row without scrolling (0 where it already does).
    QSize serversTableShortfall() const;

    // Where saveLayout() keeps the splitter, the table headers and the tab shown.
    struct LayoutKeys
    {
        QString splitter;
        QString serversHeader;
        QString frontendsHeader;
        QString backendsHeader;
        QString tab;
    };
    // Through Settings::setLayout(); restoreLayout() returns false when nothing usable was saved.
    void saveLayout(Settings *settings, const LayoutKeys &keys) const;
    bool restoreLayout(Settings *settings, const LayoutKeys &keys);

signals:
    void backendSelectionChanged();
    // A table's selection changed, or which table is active (focus, tab, context menu).
    void activeSelectionChanged();
    // What a copy action did, for the status bar, shown for timeoutMs.
    void transientMessage(const QString &text, int timeoutMs);

private:
    void createSideList();
    void createTabs();
    void applyDefaultColumns();
    void onBackendSelectionChanged();
    void updateCounts();
    void createCopyActions();
    void updateCopyActionsFor(StatTableView *view);
    void copyNames();
    void copySocatGetWeight();
    void copySocatShowStat();
    void copyLines(const QStringList &lines, const QString &refused);
    template<typename Apply>
    void forEachFiltered(Apply &&apply);

    StatTableModel *m_model = nullptr;
    StatTableModel *m_emptyModel = nullptr;
    StatFilterProxyModel *m_backendsProxy = nullptr;
    StatFilterProxyModel *m_serversProxy = nullptr;
    StatFilterProxyModel *m_frontendsProxy = nullptr;
    ProcessInfoBar *m_infoBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_backendsLabel = nullptr;
    QToolButton *m_allBackendsButton = nullptr;
    StatTableView *m_backendsView = nullptr;
    QTabWidget *m_tabs = nullptr;
    StatTableView *m_serversView = nullptr;
    StatTableView *m_frontendsView = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyGetWeightAction = nullptr;
    QAction *m_copyShowStatAction = nullptr;
    QPointer<StatTableView> m_contextView; // the table whose context menu is open
    QPointer<RuntimeConnection> m_connection;
};
