#include "views/notificationsettingswidget.h"

#include "models/notificationcenter.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

NotificationSettingsWidget::NotificationSettingsWidget(NotificationCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("notificationSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *group = new QGroupBox(tr("While hadesk is not in front, notify me when"), this);
    auto *boxes = new QVBoxLayout(group);
    for (const Notification::Kind kind : NotificationCenter::switchableKinds()) {
        auto *box = new QCheckBox(NotificationCenter::kindLabel(kind), group);
        box->setObjectName(QStringLiteral("notify-") + NotificationCenter::kindName(kind));
        box->setChecked(center->isEnabled(kind));
        connect(box, &QCheckBox::toggled, center, [center, kind](bool on) { center->setEnabled(kind, on); });
        boxes->addWidget(box);
        m_boxes.insert(int(kind), box);
    }
    layout->addWidget(group);
    // The same switches are in the View menu: whichever changes, both show it.
    connect(center, &NotificationCenter::enabledChanged, this, [this](Notification::Kind kind, bool on) {
        if (QCheckBox *box = m_boxes.value(int(kind))) {
            const QSignalBlocker blocker(box);
            box->setChecked(on);
        }
    });

    auto *rule = new QLabel(NotificationCenter::rateLimitText(), this);
    rule->setObjectName(QStringLiteral("rateLimitLabel"));
    rule->setWordWrap(true);
    layout->addWidget(rule);

    const Notifier *notifier = center->notifier();
    auto *where = new QLabel(notifier->description(), this);
    where->setObjectName(QStringLiteral("availabilityLabel"));
    where->setWordWrap(true);
    where->setVisible(!where->text().isEmpty());
    layout->addWidget(where);
    // Nowhere to show them: the switches are kept, but say they do nothing here.
    group->setEnabled(notifier->isAvailable());
    layout->addStretch(1);
}
