#pragma once

#include "models/notifier.h"

#include <QHash>
#include <QMenu>

class NotificationCenter;
class QAction;

// View › Notifications: one checkable action per kind of notification, the same switches as
// the Preferences' page (NotificationSettingsWidget), reachable from the keyboard.
class NotificationMenu : public QMenu
{
    Q_OBJECT
public:
    explicit NotificationMenu(NotificationCenter *center, QWidget *parent = nullptr);

    QAction *action(Notification::Kind kind) const { return m_actions.value(int(kind)); }

private:
    QHash<int, QAction *> m_actions; // by Kind
};
