#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QObject;
class QWidget;

// Every keyboard shortcut a window answers, read from its actions and its QShortcut objects at
// the time of asking: never a list kept by hand. An action is named by where a user finds it
// ("Server › Set Weight…"); a QShortcut by the dock or field it lives in and its whatsThis.
class ShortcutCatalog
{
public:
    struct Entry
    {
        QString path; // "Server › Set Weight…", "Charts › Zoom out fully"
        QStringList keys; // native text, e.g. "Ctrl+Shift+W"
        QString tip; // the status tip, or the tooltip when there is none
        QPointer<QObject> source; // the QAction or QShortcut
    };
    // Entries with at least one key, those of the menu bar first in its order, then the others
    // by path. Actions and shortcuts inside a dialog (a window of its own) are left out.
    static QList<Entry> entries(const QWidget *window);

    // Two shortcuts that share a key where both can fire at once (Qt then runs neither): the
    // same window, or one widget's shortcut inside the area of another. A dock's own actions
    // are not counted against the window's: DockShortcuts lets them win inside the dock.
    struct Collision
    {
        QString key; // native text
        QString first;
        QString second;
    };
    static QList<Collision> collisions(const QWidget *window);

    static QString separator() { return QStringLiteral(" › "); }
};
