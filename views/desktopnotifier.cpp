#include "views/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcDesktopNotifier, "hadesk.notify.desktop", QtInfoMsg)

namespace {

const QString ObjectPath = QStringLiteral("/org/freedesktop/Notifications");
const QString DesktopEntry = QStringLiteral("io.github.hadesk.hadesk");
constexpr int TrayMessageMs = 10000;

} // namespace

const QString DesktopNotifier::ServiceName = QStringLiteral("org.freedesktop.Notifications");

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    // Asked once, at start: a service that starts on demand counts as there.
    m_serviceRegistered = bus.interface()->isServiceRegistered(ServiceName);
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    m_serviceActivatable = activatable.isValid() && activatable.value().contains(ServiceName);
    m_watcher = new QDBusServiceWatcher(ServiceName, bus,
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { m_serviceRegistered = true; });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_serviceRegistered = false;
        m_instanceOf.clear();
    });
    bus.connect(ServiceName, ObjectPath, ServiceName, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(ServiceName, ObjectPath, ServiceName, QStringLiteral("NotificationClosed"), this,
        SLOT(onClosed(uint, uint)));
    qCDebug(lcDesktopNotifier) << "notification service registered:" << m_serviceRegistered
                               << "activatable:" << m_serviceActivatable;
}

DesktopNotifier::~DesktopNotifier() = default;

DesktopNotifier::Route DesktopNotifier::route() const
{
    if (m_serviceRegistered || m_serviceActivatable)
        return Route::Service;
    if (QSystemTrayIcon::isSystemTrayAvailable())
        return Route::Tray;
    return Route::None;
}

QString DesktopNotifier::description() const
{
    switch (route()) {
    case Route::Service:
        return tr("Notifications go to the desktop's notification service.");
    case Route::Tray:
        return tr("This desktop has no notification service: notifications are shown by a tray icon.");
    case Route::None:
        break;
    }
    return tr("Notifications are not available on this desktop: it has neither a notification "
              "service nor a system tray.");
}

void DesktopNotifier::notify(const Notification &notification)
{
    switch (route()) {
    case Route::Service:
        notifyThroughService(notification);
        return;
    case Route::Tray:
        notifyThroughTray(notification);
        return;
    case Route::None:
        qCInfo(lcDesktopNotifier) << "nowhere to show:" << notification.title;
        return;
    }
}

void DesktopNotifier::notifyThroughService(const Notification &notification)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(ServiceName, ObjectPath, ServiceName, QStringLiteral("Notify"));
    const QVariantMap hints { { QStringLiteral("desktop-entry"), DesktopEntry },
        { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) } };
    call << QCoreApplication::applicationName() << uint(0) << DesktopEntry << notification.title
         << notification.body << QStringList { QStringLiteral("default"), tr("Show") } << hints << int(-1);
    // Asynchronous: the answer (the notification's id) comes later, nothing waits for it.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, notification](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError()) {
                qCWarning(lcDesktopNotifier).noquote()
                    << "the notification service refused:" << reply.error().message();
                if (QSystemTrayIcon::isSystemTrayAvailable())
                    notifyThroughTray(notification);
                return;
            }
            m_instanceOf.insert(reply.value(), notification.instanceId);
            qCDebug(lcDesktopNotifier) << "shown as notification" << reply.value();
        });
}

void DesktopNotifier::notifyThroughTray(const Notification &notification)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { activated(m_trayInstance); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { activated(m_trayInstance); });
    }
    m_tray->show();
    m_trayInstance = notification.instanceId;
    const auto icon = notification.kind == Notification::Kind::ServerUp
            || notification.kind == Notification::Kind::DrainFinished
        ? QSystemTrayIcon::Information
        : QSystemTrayIcon::Warning;
    m_tray->showMessage(notification.title, notification.body, icon, TrayMessageMs);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action == QLatin1String("default") && m_instanceOf.contains(id))
        activated(m_instanceOf.value(id));
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    m_instanceOf.remove(id);
}
