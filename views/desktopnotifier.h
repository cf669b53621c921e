#pragma once

#include "models/notifier.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;
class QSystemTrayIcon;

// Shows notifications on the desktop: through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus) when there is one, else as a message of
// a tray icon, shown from the first message on, else nowhere (isAvailable() is false). A click
// on a notification, where the desktop tells it, brings the window to that instance.
class DesktopNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    enum class Route { Service, Tray, None };
    Q_ENUM(Route)
    static const QString ServiceName;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const Notification &notification) override;
    bool isAvailable() const override { return route() != Route::None; }
    Route route() const;
    QString description() const override;

private slots:
    // QtDBus connects signals of the bus to slots by their signature only.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void notifyThroughService(const Notification &notification);
    void notifyThroughTray(const Notification &notification);

    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_serviceRegistered = false;
    bool m_serviceActivatable = false;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayInstance; // the instance of the tray's last message
    QHash<uint, QString> m_instanceOf; // notification id → instance id, until it closes
};
