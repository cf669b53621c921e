#include "views/dockshortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {

bool isTextInput(const QObject *object)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(object))
        return combo->isEditable();
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
        || qobject_cast<const QPlainTextEdit *>(object) || qobject_cast<const QTextEdit *>(object);
}

// A key a text field would use itself: no Ctrl or Alt, and not a function key.
bool isEditingKey(const QKeyEvent *key)
{
    const bool functionKey = key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35;
    return !functionKey && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

} // namespace

DockShortcuts::DockShortcuts(QDockWidget *dock)
    : QObject(dock)
    , m_dock(dock)
{
    watch(dock);
}

void DockShortcuts::watch(QObject *object)
{
    if (!object->isWidgetType())
        return;
    object->installEventFilter(this);
    for (QObject *child : object->children())
        watch(child);
}

QAction *DockShortcuts::actionFor(QObject *watched, const QKeyEvent *key) const
{
    // A dialog the dock opened is a window of its own: its keys are its own.
    if (static_cast<QWidget *>(watched)->window() != m_dock->window())
        return nullptr;
    if (isTextInput(watched) && isEditingKey(key))
        return nullptr;
    const QKeySequence typed(key->keyCombination());
    const QList<QAction *> actions = m_dock->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isEnabled() && action->shortcutContext() == Qt::WidgetWithChildrenShortcut
            && action->shortcuts().contains(typed))
            return action;
    }
    return nullptr;
}

bool DockShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        watch(static_cast<QChildEvent *>(event)->child());
        return false;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        if (!watched->isWidgetType())
            return false;
        QAction *action = actionFor(watched, static_cast<QKeyEvent *>(event));
        if (!action)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // a key press for the dock, not a window shortcut
            return true;
        }
        action->trigger();
        return true;
    }
    default:
        return false;
    }
}
