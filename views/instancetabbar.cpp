#include "views/instancetabbar.h"

#include "core/client/runtimeconnection.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"

InstanceTabBar::InstanceTabBar(SessionManager *sessions, QWidget *parent)
    : QTabBar(parent)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("instanceBar"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(false);
    setExpanding(false);
    setAccessibleName(tr("Instances"));
    hide();
    connect(m_sessions, &SessionManager::sessionOpened, this, &InstanceTabBar::addSession);
    connect(m_sessions, &SessionManager::sessionClosing, this, &InstanceTabBar::removeSession);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_sessions->sessions().size())
            emit sessionChosen(m_sessions->sessions().at(index));
    });
    connect(this, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (index >= 0 && index < m_sessions->sessions().size())
            emit closeRequested(m_sessions->sessions().at(index));
    });
    const QList<InstanceSession *> open = m_sessions->sessions();
    for (InstanceSession *session : open)
        addSession(session);
}

void InstanceTabBar::showSession(InstanceSession *session)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(m_sessions->indexOf(session));
}

void InstanceTabBar::showNext()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + 1) % count());
}

void InstanceTabBar::showPrevious()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

void InstanceTabBar::addSession(InstanceSession *session)
{
    {
        const QSignalBlocker blocker(this);
        insertTab(m_sessions->indexOf(session), session->displayName());
    }
    connect(session->connection(), &RuntimeConnection::stateChanged, this,
        [this, session] { updateTab(session); });
    updateTab(session);
}

void InstanceTabBar::removeSession(InstanceSession *session, int tab)
{
    disconnect(session->connection(), nullptr, this, nullptr);
    {
        const QSignalBlocker blocker(this);
        removeTab(tab);
    }
    setVisible(count() > 0);
}

void InstanceTabBar::updateTab(InstanceSession *session)
{
    const int tab = m_sessions->indexOf(session);
    if (tab < 0)
        return;
    const RuntimeConnection::State state = session->connection()->state();
    const bool ready = state == RuntimeConnection::State::Ready;
    QString stateText;
    switch (state) {
    case RuntimeConnection::State::Disconnected:
        stateText = tr("disconnected");
        break;
    case RuntimeConnection::State::Connecting:
        stateText = tr("connecting");
        break;
    case RuntimeConnection::State::Ready:
        stateText = tr("connected");
        break;
    case RuntimeConnection::State::WaitingToReconnect:
        stateText = tr("waiting to reconnect");
        break;
    }
    setTabText(tab, ready ? session->displayName() : tr("%1 (%2)").arg(session->displayName(), stateText));
    setTabToolTip(tab, tr("%1 — %2").arg(session->id(), stateText));
    // Not colour alone: the text says the state too.
    setTabTextColor(tab, ready ? QColor() : palette().color(QPalette::Disabled, QPalette::WindowText));
    setVisible(count() > 0);
}
