#pragma once

#include <QList>
#include <QTableView>

class QAction;
class StatusDelegate;

// A table of stat rows (servers, frontends, backends) built to stay smooth at 10,000 rows:
// fixed row heights, no size-to-contents modes, sorting by the proxy model. It colours rows
// by state, lets the user hide and show columns from the header's context menu, and keeps
// selection, current row and scroll position across refreshes because the model under it
// never resets on a refresh.
class StatTableView : public QTableView
{
    Q_OBJECT
public:
    explicit StatTableView(QWidget *parent = nullptr);

    // Columns hidden until the user shows them; also what "Reset Columns" goes back to.
    void setDefaultHiddenColumns(const QList<int> &columns);
    QList<int> defaultHiddenColumns() const { return m_defaultHidden; }
    void resetColumns();
    // A column that takes the width the others leave (the side list's names); -1: none.
    void setStretchColumn(int logical);

    // Header layout (order, widths, hidden columns, sort). restoreHeaderState() returns false
    // and changes nothing when state is empty or unreadable; columns that come back with
    // zero width (a saved state from a build with fewer columns) are given a usable width.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

    // Actions offered by the rows' context menu (copy, and later state changes). The view
    // only shows them; their owner acts on selectedRows() of the view that asked.
    void setContextActions(const QList<QAction *> &actions);

    // The selected rows as indexes of column 0 of model(), in view order.
    QModelIndexList selectedRows() const;
    // The model's KeyRole of each selected row.
    QStringList selectedKeys() const;
    // The KeyRole of the current row; empty when there is none.
    QString currentKey() const;

    StatusDelegate *statusDelegate() const { return m_delegate; }

    // Sizes columns to what the visible rows need, once, when the first rows arrive and no
    // saved layout said otherwise.
    void fitColumnsOnce();

signals:
    // Emitted before the rows' context menu is shown, so the owner can enable its actions
    // for this view's selection.
    void contextMenuAboutToShow(StatTableView *view);
    void contextMenuClosed(StatTableView *view);

protected:
    // Repaints only the changed cells the viewport shows, and none for a change of RawRole
    // alone: a refresh of 10,000 rows then repaints a few cells, or nothing.
    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void fixRowHeight();
    void fixZeroWidthColumns();

    StatusDelegate *m_delegate = nullptr;
    QList<int> m_defaultHidden;
    int m_stretchColumn = -1;
    QList<QAction *> m_contextActions;
    bool m_fitted = false;
};
