#pragma once

#include <QString>

#include <functional>

// One message for the desktop: what happened, in words, and on which instance.
struct Notification
{
    // Each kind can be switched off on its own (NotificationCenter::setEnabled()).
    enum class Kind {
        ServerDown, // a server or backend went DOWN
        ServerUp, // ... and came back UP
        DrainFinished, // a scheduled drain ended as planned
        DrainFailed,
        ReloadFailed, // or its outcome is unknown
        CertExpiring, // a certificate has 7 days or less left
        Connection, // the link to an instance was lost, or came back
        Summary, // what the rate limit held back, in one message (not switchable)
    };

    Kind kind = Kind::Summary;
    QString title;
    QString body;
    QString instanceId; // the instance's endpoint text; empty for a summary of several
    // What the rate limit counts by, within the kind: "be/s1", a drain's id, a certificate.
    QString subject;
};

// Where notifications go: the desktop's notification service in the application
// (DesktopNotifier), a recorder in tests.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const Notification &notification) = 0;
    // False when this desktop has nowhere to show them; the settings say so.
    virtual bool isAvailable() const { return true; }
    // Where notifications go (or why nowhere), in words, for the settings; may be empty.
    virtual QString description() const { return {}; }
    // Called with a notification's instance id when the user clicks it (where the desktop
    // tells); NotificationCenter::activated() passes it on.
    void setActivationHandler(std::function<void(const QString &instanceId)> handler)
    {
        m_onActivated = std::move(handler);
    }

protected:
    void activated(const QString &instanceId) const
    {
        if (m_onActivated)
            m_onActivated(instanceId);
    }

private:
    std::function<void(const QString &)> m_onActivated;
};
