#pragma once

#include <QList>
#include <QWidget>

class ProcessInfoBar;
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

    // The names of the backends selected in the side list (empty: all).
    QStringList selectedBackends() const;
    // Once the first rows are in: columns sized to their content.
    void fitColumnsOnce();

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
    void currentTableChanged();

private:
    void createSideList();
    void createTabs();
    void applyDefaultColumns();
    void onBackendSelectionChanged();
    void updateCounts();
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
};
