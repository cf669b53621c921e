#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QKeyEvent;

// While the focus is inside a dock, the dock's own shortcuts win over the window's: F5 reads
// the dock again instead of the instance, Ctrl+F finds in the dock, Ctrl+Shift+R replaces a
// map rather than setting a server ready. Without this Qt finds two matching shortcuts and
// runs neither. Keys a text field uses itself (Delete, Insert, Enter, Backspace without Ctrl
// or Alt) stay the text field's.
//
//     new DockShortcuts(this); // at the end of a dock's constructor, once its widgets exist
class DockShortcuts : public QObject
{
public:
    explicit DockShortcuts(QDockWidget *dock); // a child of the dock

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QObject *object);
    // The dock's enabled action (dock-wide context) for this key typed in `watched`, if any.
    QAction *actionFor(QObject *watched, const QKeyEvent *key) const;

    QDockWidget *m_dock;
};
