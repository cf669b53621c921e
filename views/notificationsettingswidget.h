#pragma once

#include "models/notifier.h"

#include <QHash>
#include <QWidget>

class NotificationCenter;
class QCheckBox;

// The notification switches, one check box per kind, applied at once and kept in the settings
// ("notifications/<kind>"), with where notifications go and the rate limit in words. A page of
// the Preferences; View › Notifications holds the same switches (NotificationMenu).
class NotificationSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationSettingsWidget(NotificationCenter *center, QWidget *parent = nullptr);

    QCheckBox *checkBox(Notification::Kind kind) const { return m_boxes.value(int(kind)); }

private:
    NotificationCenter *m_center;
    QHash<int, QCheckBox *> m_boxes; // by Kind
};
