#include "views/shortcutcatalog.h"

#include "views/dockshortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDockWidget>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QToolBar>

#include <algorithm>

namespace {

// "&Set Weight…" as a menu shows it: "Set Weight…" ("&&" stays one "&").
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

bool insideDialog(const QObject *object)
{
    for (const QObject *p = object; p; p = p->parent()) {
        if (qobject_cast<const QDialog *>(p))
            return true;
    }
    return false;
}

// Where a user finds what has no menu of the bar: the dock's title, else the nearest widget
// with a name of its own (the filter field), else the window.
QString ownerName(const QObject *object)
{
    for (const QObject *p = object; p; p = p->parent()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(p))
            return plain(dock->windowTitle());
    }
    for (const QObject *p = object; p; p = p->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(p);
        if (widget && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
        if (const auto *bar = qobject_cast<const QToolBar *>(p))
            return bar->windowTitle();
    }
    return QCoreApplication::translate("ShortcutCatalog", "Main window");
}

// The titles from a menu up to the one without a parent menu, under its owner's name.
QString menuPath(const QMenu *menu)
{
    QStringList titles;
    const QMenu *top = menu;
    for (const QMenu *m = menu; m;) {
        top = m;
        if (!m->title().isEmpty())
            titles.prepend(plain(m->title()));
        const QMenu *parentMenu = nullptr;
        const QList<QObject *> holders = m->menuAction()->associatedObjects();
        for (QObject *holder : holders) {
            if (auto *candidate = qobject_cast<QMenu *>(holder); candidate && candidate != m)
                parentMenu = candidate;
        }
        m = parentMenu;
    }
    titles.prepend(ownerName(top->parent()));
    return titles.join(ShortcutCatalog::separator());
}

QString actionPath(const QAction *action)
{
    const QList<QObject *> holders = action->associatedObjects();
    for (QObject *holder : holders) {
        if (const auto *menu = qobject_cast<const QMenu *>(holder))
            return menuPath(menu) + ShortcutCatalog::separator() + plain(action->text());
    }
    const QObject *owner = action->parent();
    for (QObject *holder : holders) {
        if (holder->isWidgetType())
            owner = holder;
    }
    return ownerName(owner) + ShortcutCatalog::separator() + plain(action->text());
}

QStringList nativeKeys(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    return texts;
}

QString actionTip(const QAction *action)
{
    if (!action->statusTip().isEmpty())
        return action->statusTip();
    // A disabled action's tooltip often says why it is disabled, not what it does; and
    // "Text (key)" says nothing more than the row does.
    const QString tip = action->toolTip();
    if (!action->isEnabled() || tip.startsWith(plain(action->text()).remove(u'…')))
        return action->whatsThis();
    return tip;
}

// The menu bar's actions, depth first: the order a user reads them in.
void walkMenuBar(const QList<QAction *> &actions, const QString &prefix, QHash<QAction *, QString> *paths,
    QList<QAction *> *order)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString path = prefix.isEmpty() ? plain(action->text())
                                              : prefix + ShortcutCatalog::separator() + plain(action->text());
        if (QMenu *menu = action->menu())
            walkMenuBar(menu->actions(), path, paths, order);
        else if (!paths->contains(action)) {
            paths->insert(action, path);
            order->append(action);
        }
    }
}

// Every action the window holds or shows, outside its dialogs.
QList<QAction *> windowActions(const QWidget *window)
{
    QList<QAction *> found = window->findChildren<QAction *>();
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets << const_cast<QWidget *>(window);
    for (QWidget *widget : std::as_const(widgets))
        found << widget->actions();
    QList<QAction *> unique;
    for (QAction *action : std::as_const(found)) {
        if (!unique.contains(action) && !action->menu() && !insideDialog(action))
            unique << action;
    }
    return unique;
}

// Where a shortcut can fire: the window for a window-wide one, else the widgets it belongs to.
// Empty when it is in no widget (it never fires).
struct Scope
{
    QString name;
    QList<QKeySequence> keys;
    QList<const QWidget *> areas;
    const QDockWidget *ownDock = nullptr; // a dock whose DockShortcuts lets this action win
};

const QDockWidget *dockWithShortcuts(const QObject *object)
{
    for (const QObject *p = object; p; p = p->parent()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(p)) {
            const QList<QObject *> children = dock->children();
            const bool handled = std::any_of(children.begin(), children.end(),
                [](QObject *child) { return dynamic_cast<DockShortcuts *>(child) != nullptr; });
            return handled ? dock : nullptr;
        }
    }
    return nullptr;
}

Scope actionScope(const QAction *action, const QWidget *window)
{
    Scope scope { actionPath(action), action->shortcuts(), {}, nullptr };
    const QList<QObject *> holders = action->associatedObjects();
    const Qt::ShortcutContext context = action->shortcutContext();
    for (QObject *holder : holders) {
        if (!holder->isWidgetType())
            continue;
        if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut) {
            scope.areas = { window };
            break;
        }
        if (!qobject_cast<QMenu *>(holder))
            scope.areas << static_cast<const QWidget *>(holder);
    }
    if (context == Qt::WidgetWithChildrenShortcut)
        scope.ownDock = dockWithShortcuts(action);
    return scope;
}

Scope shortcutScope(const QShortcut *shortcut, const QWidget *window)
{
    const bool windowWide =
        shortcut->context() == Qt::WindowShortcut || shortcut->context() == Qt::ApplicationShortcut;
    const auto *parent = qobject_cast<const QWidget *>(shortcut->parent());
    Scope scope { ownerName(shortcut->parent()) + ShortcutCatalog::separator() + shortcut->whatsThis(),
        shortcut->keys(), {}, nullptr };
    if (parent)
        scope.areas = { windowWide ? window : parent };
    return scope;
}

bool within(const QWidget *inner, const QWidget *outer)
{
    return inner == outer || outer->isAncestorOf(inner);
}

// Whether both can fire on one key press: one's area inside the other's, and not a dock's
// own action against one from outside that dock.
bool overlap(const Scope &a, const Scope &b)
{
    for (const QWidget *x : a.areas) {
        for (const QWidget *y : b.areas) {
            const QWidget *inner = within(x, y) ? x : within(y, x) ? y : nullptr;
            if (!inner)
                continue;
            const Scope &narrow = inner == x ? a : b;
            const QWidget *wide = inner == x ? y : x;
            if (narrow.ownDock && !within(wide, narrow.ownDock))
                continue;
            return true;
        }
    }
    return false;
}

} // namespace

QList<ShortcutCatalog::Collision> ShortcutCatalog::collisions(const QWidget *window)
{
    QList<Scope> scopes;
    const QList<QAction *> actions = windowActions(window);
    for (const QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            scopes << actionScope(action, window);
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        if (!insideDialog(shortcut) && !shortcut->keys().isEmpty())
            scopes << shortcutScope(shortcut, window);
    }
    QList<Collision> found;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        for (qsizetype j = i + 1; j < scopes.size(); ++j) {
            for (const QKeySequence &key : std::as_const(scopes[i].keys)) {
                if (!key.isEmpty() && scopes[j].keys.contains(key) && overlap(scopes[i], scopes[j]))
                    found << Collision { key.toString(QKeySequence::NativeText), scopes[i].name,
                        scopes[j].name };
            }
        }
    }
    return found;
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::entries(const QWidget *window)
{
    QHash<QAction *, QString> menuBarPaths;
    QList<QAction *> menuBarOrder;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        if (const auto *bar = qobject_cast<const QMenuBar *>(main->menuWidget()))
            walkMenuBar(bar->actions(), QString(), &menuBarPaths, &menuBarOrder);
    }
    QList<Entry> first;
    for (QAction *action : std::as_const(menuBarOrder)) {
        if (const QStringList keys = nativeKeys(action->shortcuts()); !keys.isEmpty())
            first << Entry { menuBarPaths.value(action), keys, actionTip(action), action };
    }
    QList<Entry> rest;
    const QList<QAction *> actions = windowActions(window);
    for (QAction *action : actions) {
        const QStringList keys = nativeKeys(action->shortcuts());
        if (!keys.isEmpty() && !menuBarPaths.contains(action))
            rest << Entry { actionPath(action), keys, actionTip(action), action };
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        const QStringList keys = nativeKeys(shortcut->keys());
        if (keys.isEmpty() || insideDialog(shortcut))
            continue;
        const QString what = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        rest << Entry { ownerName(shortcut->parent()) + separator() + what, keys, QString(), shortcut };
    }
    std::stable_sort(rest.begin(), rest.end(),
        [](const Entry &a, const Entry &b) { return a.path.localeAwareCompare(b.path) < 0; });
    return first + rest;
}
