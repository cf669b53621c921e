// DesktopNotifier on a private session bus (a dbus-daemon of the test's own) with a fake
// org.freedesktop.Notifications service on a second connection: nowhere to show without the
// service (the offscreen platform has no tray), the Notify call with the title and body once it
// is there, and a click (ActionInvoked "default") naming the instance it was about.

#include "views/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString BusName = u"fake-notifications"_s;

// What a notification daemon receives.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint /*replacesId*/, const QString & /*icon*/, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int /*timeout*/)
    {
        calls.append({ appName, summary, body, actions, hints });
        return uint(calls.size()) + 40;
    }
};

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_bus;

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed: the D-Bus route cannot be tried here");
        // A bus of its own with no service directory: a notification daemon installed on this
        // machine (and started on demand by the user's bus) must not answer here.
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(u"bus.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:tmpdir="
            + m_dir.path().toUtf8()
            + "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_bus = std::make_unique<QProcess>();
        m_bus->start(
            daemon, { u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s });
        QVERIFY(m_bus->waitForStarted());
        while (!m_bus->canReadLine())
            QVERIFY2(m_bus->waitForReadyRead(5000), "dbus-daemon printed no address");
        const QByteArray address = m_bus->readLine().trimmed();
        QVERIFY(!address.isEmpty());
        // Before the first use of the session bus: this process's session bus is the test's own.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(BusName);
        if (m_bus) {
            m_bus->kill();
            m_bus->waitForFinished();
        }
    }

    void throughTheNotificationService()
    {
        DesktopNotifier notifier;
        // No service yet, and no tray on the offscreen platform: nowhere, and said so.
        QCOMPARE(notifier.route(), DesktopNotifier::Route::None);
        QVERIFY(!notifier.isAvailable());
        QVERIFY(notifier.description().contains(u"not available"_s));
        Notification lost { Notification::Kind::ServerDown, u"lost"_s, u"nobody hears"_s, u"unix:/a"_s,
            u"be/s1"_s };
        notifier.notify(lost); // nothing to call, nothing breaks

        // A notification daemon starts on a connection of its own.
        QDBusConnection daemon =
            QDBusConnection::connectToBus(QString::fromUtf8(qgetenv("DBUS_SESSION_BUS_ADDRESS")), BusName);
        QVERIFY(daemon.isConnected());
        FakeNotificationService service;
        QVERIFY(daemon.registerObject(
            u"/org/freedesktop/Notifications"_s, &service, QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(DesktopNotifier::ServiceName));
        QTRY_COMPARE(notifier.route(), DesktopNotifier::Route::Service);
        QVERIFY(notifier.isAvailable());
        QVERIFY(notifier.description().contains(u"notification service"_s));

        QString clicked = u"(none)"_s;
        int clicks = 0;
        notifier.setActivationHandler([&](const QString &instanceId) {
            clicked = instanceId;
            ++clicks;
        });
        notifier.notify({ Notification::Kind::ServerDown, u"Server be/s1 is DOWN on demo"_s,
            u"Status: DOWN (last check: L4CON)"_s, u"unix:/run/demo.sock"_s, u"be/s1"_s });
        QTRY_COMPARE(service.calls.size(), 1);
        const FakeNotificationService::Call call = service.calls.constFirst();
        QCOMPARE(call.summary, u"Server be/s1 is DOWN on demo"_s);
        QCOMPARE(call.body, u"Status: DOWN (last check: L4CON)"_s);
        QCOMPARE(call.appName, QCoreApplication::applicationName());
        QVERIFY(call.actions.contains(u"default"_s));
        QVERIFY(call.hints.contains(u"urgency"_s));

        // A click on another program's notification is not ours; on ours, its instance.
        auto invoke = [&daemon](uint id) {
            QDBusMessage signal = QDBusMessage::createSignal(
                u"/org/freedesktop/Notifications"_s, DesktopNotifier::ServiceName, u"ActionInvoked"_s);
            signal << id << u"default"_s;
            return daemon.send(signal);
        };
        QVERIFY(invoke(7));
        QVERIFY(invoke(41));
        QTRY_COMPARE(clicked, u"unix:/run/demo.sock"_s);
        QCOMPARE(clicks, 1); // the signals come in order: 7 was heard first, and ignored

        // The daemon goes away: nowhere again.
        QVERIFY(daemon.unregisterService(DesktopNotifier::ServiceName));
        QTRY_COMPARE(notifier.route(), DesktopNotifier::Route::None);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
