#include "views/notificationmenu.h"

#include "models/notificationcenter.h"

#include <QSignalBlocker>

NotificationMenu::NotificationMenu(NotificationCenter *center, QWidget *parent)
    : QMenu(tr("&Notifications"), parent)
{
    setObjectName(QStringLiteral("notificationsMenu"));
    setToolTipsVisible(true);
    const Notifier *notifier = center->notifier();
    for (const Notification::Kind kind : NotificationCenter::switchableKinds()) {
        QAction *action = addAction(NotificationCenter::kindLabel(kind));
        action->setObjectName(QStringLiteral("actionNotify-") + NotificationCenter::kindName(kind));
        action->setCheckable(true);
        action->setChecked(center->isEnabled(kind));
        action->setStatusTip(NotificationCenter::rateLimitText());
        action->setEnabled(notifier->isAvailable());
        connect(action, &QAction::toggled, center, [center, kind](bool on) { center->setEnabled(kind, on); });
        m_actions.insert(int(kind), action);
    }
    if (!notifier->isAvailable()) {
        addSeparator();
        addAction(notifier->description())->setEnabled(false);
    }
    connect(center, &NotificationCenter::enabledChanged, this, [this](Notification::Kind kind, bool on) {
        if (QAction *action = m_actions.value(int(kind))) {
            const QSignalBlocker blocker(action);
            action->setChecked(on);
        }
    });
}
